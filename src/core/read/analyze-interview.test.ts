import { describe, expect, it } from "vitest";
import type { SignalId } from "../signals/signal.js";
import { analyzeInterview } from "./analyze-interview.js";
import type { Doc, Utterance } from "./documents.js";

const NOW = "2026-03-04T18:00:00-05:00";

function idsFromNotes(text: string): SignalId[] {
  return analyzeInterview({ docs: [{ kind: "notes", source: "notes.md", text }], now: NOW }).signals.map(
    (s) => s.id,
  );
}

function transcript(lines: [string, string][]): Doc {
  const utterances: Utterance[] = lines.map(([speaker, text], i) => ({
    speaker,
    text,
    start: i * 60,
    line: i + 1,
  }));
  return { kind: "transcript", source: "transcript.txt", format: "text", utterances };
}

describe("language, not keywords: notes", () => {
  const cases: { text: string; has?: SignalId; hasNot?: SignalId }[] = [
    { text: "She asked when I could start.", has: "start-date-discussed" },
    { text: "He wanted to know my notice period.", has: "start-date-discussed" },
    { text: "I asked about salary at the end.", hasNot: "compensation-discussed" },
    { text: "The recruiter asked what salary I was looking for.", has: "compensation-discussed" },
    { text: "He never mentioned next steps.", has: "vague-next-steps" },
    { text: "There was no tour.", hasNot: "met-the-team" },
    {
      text: "She gave me a tour of the warehouse and introduced me to two of the leads.",
      has: "met-the-team",
    },
    { text: "At my last job we owned the whole billing platform.", hasNot: "pictured-in-role" },
    { text: 'She said "when you join, you\'d own onboarding end to end."', has: "pictured-in-role" },
    { text: "He said I'd be reporting to Martha from day one.", has: "pictured-in-role" },
    { text: 'He said "great, ok, next question" after every answer.', hasNot: "positive-feedback" },
    { text: "She said it was a great answer and exactly what they need.", has: "positive-feedback" },
    { text: "Salary never came up.", hasNot: "compensation-discussed" },
    { text: "She'll email me by Thursday with a decision.", has: "specific-next-steps" },
    { text: "He said they'd be in touch.", has: "vague-next-steps" },
    { text: "He said they'd be in touch by Friday.", hasNot: "vague-next-steps" },
    { text: "He checked his phone several times while I was talking.", has: "disengaged-interviewer" },
    { text: "I checked my phone after the call.", hasNot: "disengaged-interviewer" },
    { text: "She asked how I handle tight deadlines.", hasNot: "competing-offers-asked" },
    { text: "She asked where else I'm interviewing.", has: "competing-offers-asked" },
    { text: "If we move forward there is usually a technical round.", hasNot: "next-round-booked" },
    { text: "They booked the final round with the CTO for Tuesday before I left.", has: "next-round-booked" },
    { text: "The interview ran 25 minutes over.", has: "ran-long" },
    { text: "It was booked for an hour and we were done in 25 minutes.", has: "cut-short" },
    { text: "Nothing about long-term goals, nothing about progression.", has: "no-growth-talk" },
    { text: "They rejected me two years ago for another role.", hasNot: "rejected" },
    { text: "Unfortunately they decided to move forward with other candidates.", has: "rejected" },
  ];
  it.each(cases)("$text", ({ text, has, hasNot }) => {
    const ids = idsFromNotes(text);
    if (has) expect(ids).toContain(has);
    if (hasNot) expect(ids).not.toContain(hasNot);
  });
});

describe("who is speaking: transcripts", () => {
  it("counts the interviewer's words, not the candidate's", () => {
    const doc = transcript([
      ["Pat Lee", "Tell me about your last role."],
      ["Sam Roe", "When you join a team like mine you'd own the whole pipeline, that's how we worked."],
      ["Pat Lee", "What salary are you expecting?"],
      ["Sam Roe", "Around ninety."],
    ]);
    const ids = analyzeInterview({ docs: [doc], now: NOW, me: "Sam Roe" }).signals.map((s) => s.id);
    expect(ids).toContain("compensation-discussed");
    expect(ids).not.toContain("pictured-in-role");
  });

  it("reads pictured-in-role from the interviewer", () => {
    const doc = transcript([
      ["Pat Lee", "When you join, you'd own the ingestion layer outright."],
      ["Sam Roe", "That sounds great."],
    ]);
    const ids = analyzeInterview({ docs: [doc], now: NOW, me: "Sam Roe" }).signals.map((s) => s.id);
    expect(ids).toContain("pictured-in-role");
  });

  it("measures talk share and states who the candidate is", () => {
    const doc = transcript([
      ["Pat Lee", "So tell me about yourself?"],
      ["Sam Roe", "I have led three teams and I built my own reporting stack from scratch over four years."],
    ]);
    const a = analyzeInterview({ docs: [doc], now: NOW });
    expect(a.candidate.names).toEqual(["Sam Roe"]);
    expect(a.candidate.how).toBe("inferred");
    const sam = a.talkShare.find((t) => t.speaker === "Sam Roe");
    expect(sam?.isCandidate).toBe(true);
    expect(sam?.share).toBeGreaterThan(0.7);
  });
});

describe("the read", () => {
  it("holds back when nothing was found", () => {
    const a = analyzeInterview({
      docs: [{ kind: "notes", source: "n", text: "We met on Tuesday." }],
      now: NOW,
    });
    expect(a.signals).toEqual([]);
    expect(a.read.band).toBe("mixed");
    expect(a.read.caveats.join(" ")).toMatch(/too little/);
  });

  it("an outcome settles it", () => {
    const a = analyzeInterview({
      docs: [
        {
          kind: "notes",
          source: "n",
          text: "They called today and made me a verbal offer. The interview ran 30 minutes over.",
        },
      ],
      now: NOW,
    });
    expect(a.read.outcome).toBe("offer-made");
    expect(a.read.band).toBe("strong");
  });

  it("every signal carries evidence with a source", () => {
    const a = analyzeInterview({
      docs: [
        {
          kind: "notes",
          source: "notes.md",
          text: "She asked when I could start. He never mentioned next steps.",
        },
      ],
      now: NOW,
    });
    expect(a.signals.length).toBeGreaterThan(0);
    for (const s of a.signals) {
      expect(s.evidence.length).toBeGreaterThan(0);
      for (const e of s.evidence) expect(e.source).toBe("notes.md");
    }
  });
});

describe("conditions and form letters are no evidence", () => {
  it("a condition is not a fact, but a conditional question is still asked", () => {
    expect(idsFromNotes("They will cut the interview short if they do not feel you're a fit.")).not.toContain(
      "cut-short",
    );
    expect(idsFromNotes('She asked: "If we offered you this, would you take it?"')).toContain(
      "interest-checked",
    );
  });

  it("an application autoresponder carries no signal, but a rejection in one still counts", () => {
    const mail = (text: string): Doc => ({
      kind: "email",
      source: "ack.eml",
      from: { name: "Acme Recruiting", email: "jobs@acme.example" },
      to: [{ name: "Sam Roe", email: "sam@example.net" }],
      cc: [],
      references: [],
      subject: "Thank you for applying",
      text,
    });
    const ack = analyzeInterview({
      docs: [
        mail("We have received your application. Our team will get back to you within five business days."),
      ],
      now: NOW,
      me: "Sam Roe",
    });
    expect(ack.signals.map((s) => s.id)).toEqual([]);
    const no = analyzeInterview({
      docs: [
        mail(
          "Thank you for applying. Unfortunately we have decided not to move forward with your application.",
        ),
      ],
      now: NOW,
      me: "Sam Roe",
    });
    expect(no.signals.map((s) => s.id)).toContain("rejected");
    expect(no.read.band).toBe("weak");
    // Written after the interview by someone who was there, it is no form letter: its praise counts.
    const after = analyzeInterview({
      docs: [
        mail(
          "Thank you for your application and for attending the interview on Monday. Unfortunately we have decided not to move forward. The panel was very impressed with your answer on the stock count.",
        ),
      ],
      now: NOW,
      me: "Sam Roe",
    });
    expect(after.signals.map((s) => s.id)).toEqual(expect.arrayContaining(["positive-feedback", "rejected"]));
  });
});

describe("mail as it comes", () => {
  const from = { name: "Dana Reyes", email: "dana@acme.example" };
  const base = {
    kind: "email" as const,
    to: [{ name: "Sam Roe", email: "sam@example.net" }],
    cc: [],
    references: [],
  };

  it("reads the candidate's own mail for what it tells of the interviewer, not of the candidate", () => {
    const sent = (text: string): Doc => ({
      ...base,
      to: [from],
      source: "emails/02.eml",
      from: { name: "Sam Roe", email: "sam@example.net" },
      subject: "Thank you",
      date: "2026-03-05T09:00:00Z",
      text,
    });
    const told = analyzeInterview({
      docs: [
        sent(
          "Dear Dana,\n\nThank you for the tour of the depot and for introducing me to the two shift leads.\n\nBest,\nSam",
        ),
      ],
      now: NOW,
      me: "Sam Roe",
    });
    const met = told.signals.find((s) => s.id === "met-the-team");
    expect(met?.evidence[0]?.message?.from).toBe("Sam Roe");
    // The candidate's own proposal and plans are not the company's doing.
    const own = analyzeInterview({
      docs: [
        sent(
          "Dear Dana,\n\nOn the routing question, I'd lead a two-week pilot with the night team before any change.\n\nBest,\nSam",
        ),
      ],
      now: NOW,
      me: "Sam Roe",
    });
    expect(own.signals.map((s) => s.id)).toEqual([]);
  });

  it("a kind reply that turns the candidate down is the outcome, not a warm reply", () => {
    const note: Doc = {
      ...base,
      to: [from],
      source: "emails/01.eml",
      from: { name: "Sam Roe", email: "sam@example.net" },
      subject: "Thank you",
      messageId: "<note@example.net>",
      date: "2026-03-05T09:00:00Z",
      text: "Dear Dana,\n\nThank you for the conversation about the depot routing pilot.\n\nBest,\nSam",
    };
    const reply: Doc = {
      ...base,
      source: "emails/02.eml",
      from,
      subject: "Re: Thank you",
      inReplyTo: "<note@example.net>",
      date: "2026-03-05T15:00:00Z",
      text: "Hi Sam,\n\nThanks so much for your note and for your thoughts on the routing pilot, which we really enjoyed. In the end we went with another candidate whose experience was closer to the brief.\n\nDana",
    };
    const a = analyzeInterview({ docs: [note, reply], now: "2026-03-06T18:00:00Z", me: "Sam Roe" });
    const ids = a.signals.map((s) => s.id);
    expect(ids).toContain("rejected");
    expect(ids).not.toContain("warm-reply");
  });

  it("reads a sentence hard-wrapped across lines", () => {
    const doc: Doc = {
      ...base,
      source: "emails/05.eml",
      from,
      subject: "Your application",
      date: "2026-03-09T11:20:03Z",
      text: "Dear Sam,\n\nAfter careful consideration, we have decided not to progress your\napplication further.\n\nKind regards,\nDana",
    };
    const a = analyzeInterview({ docs: [doc], now: NOW, me: "Sam Roe" });
    const rejected = a.signals.find((s) => s.id === "rejected");
    expect(rejected?.evidence[0]?.message).toEqual({
      from: "Dana Reyes",
      date: "2026-03-09T11:20:03Z",
      subject: "Your application",
    });
  });

  it("counts an outcome in automatic mail, and nothing else in it", () => {
    const doc: Doc = {
      ...base,
      source: "emails/ats.eml",
      from,
      isAutomatic: true,
      subject: "Update",
      text: "We were impressed by your background. Unfortunately we will not be moving forward with your application.",
    };
    const ids = analyzeInterview({ docs: [doc], now: NOW, me: "Sam Roe" }).signals.map((s) => s.id);
    expect(ids).toEqual(["rejected"]);
  });
});

describe("silence", () => {
  it("is gone-quiet after an interview, not after an application nobody answered", () => {
    expect(idsFromNotes("Applied online in March. Never heard back from them.")).not.toContain("gone-quiet");
    expect(idsFromNotes("Never even got an interview. Never heard back after applying.")).not.toContain(
      "gone-quiet",
    );
    // Debrief is used after an interview: silence that says nothing of one still counts.
    expect(idsFromNotes("HR never got back to me.")).toContain("gone-quiet");
    expect(
      idsFromNotes(
        "Had the phone screen with the team lead on the 3rd. Never heard back from them after it.",
      ),
    ).toContain("gone-quiet");
  });
});

describe("notes as people write them", () => {
  it("reads a bullet hard-wrapped onto the next line as one sentence", () => {
    const text = [
      "- The hiring manager asked when I could",
      "  start and what my notice period is.",
      "- Then she walked me round the",
      "warehouse and introduced me to the shift leads.",
    ].join("\n");
    const ids = idsFromNotes(text);
    expect(ids).toEqual(expect.arrayContaining(["start-date-discussed", "met-the-team"]));
  });

  it("reads a run-on sentence stretch by stretch: a condition or a 'never' in one stretch does not reach the next", () => {
    const memo =
      "ok so just got home and the manager asked loads about my last warehouse and he said my reversing was spot on and then I said if I get it I'd hand my notice in on friday and she asked when I could start";
    const ids = idsFromNotes(memo);
    expect(ids).toEqual(expect.arrayContaining(["positive-feedback", "start-date-discussed"]));
    // Inside its own stretch the guard still holds.
    expect(
      idsFromNotes(
        "ok so just got home and the manager asked loads about my last warehouse and the shifts and the pickers and then I said I hope he thought my reversing was strong but who knows",
      ),
    ).not.toContain("positive-feedback");
  });

  it("reads a list under a heading that says it did not happen as not said", () => {
    const list = ["- the salary band", "- when I could start", "- meeting the rest of the team"];
    const denied = idsFromNotes(["Went fine.", "", "Things we never covered:", ...list].join("\n"));
    expect(denied).not.toContain("compensation-discussed");
    expect(denied).not.toContain("start-date-discussed");
    // The same list under a heading that tells what was covered is read.
    const told = idsFromNotes(
      ["Went fine.", "", "What she asked about:", "- when I could start and my notice period"].join("\n"),
    );
    expect(told).toContain("start-date-discussed");
    // A heading that only mentions a lack in passing denies nothing.
    const passing = idsFromNotes(
      [
        "Went fine.",
        "",
        "Next steps (no date yet):",
        "- she asked when I could start and my notice period",
      ].join("\n"),
    );
    expect(passing).toContain("start-date-discussed");
    // A paragraph after the list is out of the heading's reach.
    const after = idsFromNotes(
      ["Things we never covered:", "- the salary band", "", "At the end she asked when I could start."].join(
        "\n",
      ),
    );
    expect(after).toContain("start-date-discussed");
  });

  it("never reads an interview as both running long and cut short", () => {
    const a = analyzeInterview({
      docs: [
        {
          kind: "notes",
          source: "notes.md",
          text: "Booked for 45 minutes and we went 25 minutes over. It felt rushed at the very end.",
        },
      ],
      now: NOW,
    });
    const ids = a.signals.map((s) => s.id);
    expect(ids).toContain("ran-long");
    expect(ids).not.toContain("cut-short");
  });
});

describe("evidence in notes cites the line the sentence is on", () => {
  it("counts hard-wrapped lines inside one paragraph", () => {
    const text =
      "Met the engineering manager for an hour.\nShe said my answer on the ingestion pipeline was\nexactly what they need.\nShe asked when I could start.\n";
    const a = analyzeInterview({
      docs: [{ kind: "notes", source: "notes.md", text }],
      now: "2026-03-05T12:00:00Z",
    });
    const line = (id: string) => a.signals.find((s) => s.id === id)?.evidence[0]?.line;
    expect(line("positive-feedback")).toBe(2);
    expect(line("start-date-discussed")).toBe(4);
  });
});
