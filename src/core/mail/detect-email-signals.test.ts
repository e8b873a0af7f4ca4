import { describe, expect, it } from "vitest";
import type { EmailDoc, Person } from "../read/documents.js";
import type { Finding } from "../signals/evidence.js";
import type { SignalId } from "../signals/signal.js";
import {
  describeReply,
  detectEmailSignals,
  type EmailSignalInput,
  isAutoReply,
  judgeReply,
  outcomeOf,
  ownText,
} from "./detect-email-signals.js";

// A data-engineering candidate and a marine-sensor company; every word here is written for these tests.
const SAM: Person = { name: "Sam Rivera", email: "sam.rivera@mail.example" };
const DANA: Person = { name: "Dana Okafor", email: "dana.okafor@tidewire.example" };
const LEE: Person = { name: "Lee Marsh", email: "lee.marsh@tidewire.example" };
const CANDIDATE = { names: ["Sam Rivera"], addresses: ["sam.rivera@mail.example"] };

interface MailSpec {
  id: string;
  from: Person;
  to?: Person;
  date: string;
  subject: string;
  text: string;
  inReplyTo?: string;
  isAutomatic?: boolean;
}

function mail(spec: MailSpec): EmailDoc {
  const to = spec.to ?? (spec.from === SAM ? DANA : SAM);
  return {
    kind: "email",
    source: `emails/${spec.id}.eml`,
    messageId: `<${spec.id}@test.example>`,
    ...(spec.inReplyTo ? { inReplyTo: `<${spec.inReplyTo}@test.example>` } : {}),
    references: spec.inReplyTo ? [`<${spec.inReplyTo}@test.example>`] : [],
    from: spec.from,
    to: [to],
    cc: [],
    date: spec.date,
    subject: spec.subject,
    text: spec.text,
    ...(spec.isAutomatic ? { isAutomatic: true } : {}),
  };
}

function detect(emails: EmailDoc[], now: string, extra: Partial<EmailSignalInput> = {}): Finding[] {
  return detectEmailSignals({ emails, candidate: CANDIDATE, now, ...extra });
}

function ids(findings: Finding[]): SignalId[] {
  return findings.map((f) => f.id).sort();
}

function one(findings: Finding[], id: SignalId): Finding {
  const found = findings.find((f) => f.id === id);
  if (!found) throw new Error(`no ${id} in ${ids(findings).join(", ")}`);
  return found;
}

const NOTE = mail({
  id: "note",
  from: SAM,
  date: "2026-03-02T17:00:00-05:00",
  subject: "Thank you - Data Engineer interview",
  text: `Hi Dana,

Thank you for the conversation this morning. I keep thinking about the buoy telemetry backlog and how a
small replay queue could absorb the storm-season spikes.

I'm very interested in the role.

Best,
Sam`,
});

describe("warm-reply and curt-reply", () => {
  const cases: { name: string; reply: MailSpec | undefined; expected: SignalId[] }[] = [
    {
      name: "warm: fast and specific",
      reply: {
        id: "reply",
        from: DANA,
        date: "2026-03-02T19:00:00-05:00",
        subject: "Re: Thank you - Data Engineer interview",
        inReplyTo: "note",
        text: `Hi Sam,

Thanks for writing. The replay queue came up again at our standup, and Priya wants to try it against
last winter's telemetry spikes.

Dana`,
      },
      expected: ["warm-reply"],
    },
    {
      name: "warm: slower, but warm and specific",
      reply: {
        id: "reply",
        from: DANA,
        date: "2026-03-04T09:00:00-05:00",
        subject: "Re: Thank you - Data Engineer interview",
        inReplyTo: "note",
        text: `Hi Sam,

Apologies for the slow reply, it has been a hectic week. I really loved your thinking on the storm-season
backlog, it is exactly the kind of practical idea we need. It was wonderful to meet you, and thank you again
for such a thoughtful note.

Best wishes,
Dana`,
      },
      expected: ["warm-reply"],
    },
    {
      name: "curt: two words",
      reply: {
        id: "reply",
        from: DANA,
        date: "2026-03-03T08:00:00-05:00",
        subject: "RE: Thank you - Data Engineer interview",
        inReplyTo: "note",
        text: "Thanks, noted.\n\nD",
      },
      expected: ["curt-reply"],
    },
    {
      name: "neither: an out-of-office auto-reply",
      reply: {
        id: "reply",
        from: DANA,
        date: "2026-03-02T17:00:05-05:00",
        subject: "Automatic reply: Thank you - Data Engineer interview",
        inReplyTo: "note",
        isAutomatic: true,
        text: "I am out of the office until Monday 9 March with limited access to email.",
      },
      expected: [],
    },
    {
      name: "neither: the candidate's own follow-up is not a reply",
      reply: {
        id: "reply",
        from: SAM,
        date: "2026-03-03T10:00:00-05:00",
        subject: "Re: Thank you - Data Engineer interview",
        inReplyTo: "note",
        text: "Hi Dana,\n\nOne more thought: the replay queue could also absorb the telemetry spikes.\n\nSam",
      },
      expected: [],
    },
    { name: "neither: no reply at all", reply: undefined, expected: [] },
  ];

  it.each(cases)("$name", ({ reply, expected }) => {
    const emails = reply ? [NOTE, mail(reply)] : [NOTE];
    const found = detect(emails, "2026-03-05T12:00:00-05:00");
    expect(ids(found).filter((id) => id === "warm-reply" || id === "curt-reply")).toEqual(expected);
  });

  it("puts the four measures in a fact and quotes the reply, with the message it came from", () => {
    const reply = mail(cases[0]?.reply ?? ({} as MailSpec));
    const warm = one(detect([NOTE, reply], "2026-03-05T12:00:00-05:00"), "warm-reply");
    const [fact, quote] = warm.evidence;
    expect(fact?.isFact).toBe(true);
    expect(fact?.quote).toMatch(/^reply after 2\.0 h, \d+ words, tone [+-]\d\.\d\d, refers to "replay"/);
    expect(fact?.source).toBe("emails/reply.eml");
    expect(fact?.message).toEqual({
      from: "Dana Okafor",
      date: "2026-03-02T19:00:00-05:00",
      subject: "Re: Thank you - Data Engineer interview",
    });
    expect(quote?.quote).toContain("replay queue");
    expect(quote?.isFact).toBeUndefined();
  });

  // A short logistics note from the same person arrives first: it would be curt if it were taken as the reply.
  const decoy = mail({
    id: "decoy",
    from: DANA,
    date: "2026-03-02T18:00:00-05:00",
    subject: "Parking",
    text: "Visitor parking is on level 2.",
  });
  it.each([
    {
      name: "matched by In-Reply-To, whatever its subject",
      reply: { subject: "Quick note", inReplyTo: "note" },
    },
    {
      name: "matched by subject when it has no threading headers",
      reply: { subject: "RE: Thank you - Data Engineer interview" },
    },
  ])("the reply is $name", ({ reply }) => {
    const threaded = mail({
      id: "reply",
      from: DANA,
      date: "2026-03-02T20:00:00-05:00",
      text: "Hi Sam,\n\nThe replay queue idea is a good one; I shared it with the telemetry team tonight.\n\nDana",
      ...reply,
    });
    const found = detect([NOTE, decoy, threaded], "2026-03-05T12:00:00-05:00");
    expect(ids(found)).toEqual(["warm-reply"]);
    expect(one(found, "warm-reply").evidence[0]?.source).toBe("emails/reply.eml");
  });

  it("falls back to the note's recipient within a week, and ignores other senders", () => {
    const other = mail({
      id: "other",
      from: LEE,
      date: "2026-03-03T09:00:00-05:00",
      subject: "Your availability",
      text: "Hi Sam,\n\nCould you send me your availability for next week?\n\nLee",
    });
    expect(ids(detect([NOTE, other], "2026-03-05T12:00:00-05:00"))).toEqual([]);
    const fromDana = { ...other, from: DANA, source: "emails/dana.eml", text: "Thanks.", subject: "Hello" };
    expect(ids(detect([NOTE, fromDana], "2026-03-05T12:00:00-05:00"))).toEqual(["curt-reply"]);
  });

  it("reads a reply that gives news of the process as informative, not curt", () => {
    const update = mail({
      id: "reply",
      from: DANA,
      date: "2026-03-03T11:00:00-05:00",
      subject: "Re: Thank you - Data Engineer interview",
      inReplyTo: "note",
      text: "Hi Sam,\n\nThanks, passed on. The panel meets on Thursday, and I will let you know on Friday.\n\nDana",
    });
    expect(ids(detect([NOTE, update], "2026-03-04T12:00:00-05:00"))).toEqual([]);
  });

  it.each([
    [{ latencyHours: 2, words: 60, tone: 0.1, shared: ["telemetry"], news: false }, "warm"],
    [{ latencyHours: 90, words: 30, tone: 0.6, shared: [], news: false }, "warm"],
    [{ latencyHours: 5, words: 30, tone: 0.35, shared: [], news: false }, "warm"],
    [{ latencyHours: 30, words: 30, tone: 0.35, shared: [], news: false }, "neither"],
    [{ latencyHours: 5, words: 12, tone: 0.45, shared: [], news: false }, "curt"],
    [{ latencyHours: 5, words: 45, tone: 0.1, shared: [], news: false }, "curt"],
    [{ latencyHours: 5, words: 45, tone: 0.1, shared: [], news: true }, "neither"],
    [{ words: 5, tone: 0, shared: [], news: false }, "curt"],
    // A reference in a one-line acknowledgement is no warmth.
    [{ latencyHours: 3, words: 3, tone: 0.44, shared: ["pipeline"], news: false }, "curt"],
    [{ latencyHours: 3, words: 9, tone: 0.2, shared: ["pipeline"], news: false }, "warm"],
  ] as const)("judgeReply(%j) is %s", (measures, verdict) => {
    expect(judgeReply({ ...measures, shared: [...measures.shared] })).toBe(verdict);
  });

  it("describes the measures as a fact", () => {
    expect(
      describeReply({
        latencyHours: 2.14,
        words: 68,
        tone: 0.823,
        shared: ["buoy", "pipeline"],
        news: false,
      }),
    ).toBe('reply after 2.1 h, 68 words, tone +0.82, refers to "buoy", "pipeline"');
    expect(describeReply({ words: 1, tone: -0.2, shared: [], news: false })).toBe(
      "reply (time unknown), 1 word, tone -0.20, no specific reference",
    );
  });
});

describe("ownText", () => {
  it.each([
    ["greeting, sign-off and name", "Hi Sam,\n\nThanks, noted.\n\nBest,\nDana", "Thanks, noted."],
    ["a bare-name greeting and initials", "Sam,\n\nGood to hear.\n\n-D", "Good to hear."],
    ["a one-line message is not a greeting", "Thanks.", "Thanks."],
    ["a title in the greeting", "Dear Dr. Rivera,\n\nThank you.", "Thank you."],
    [
      "signature block and disclaimer",
      "Thank you for your email. It has been passed on.\n\nRegards,\nDana Okafor\nTalent Team | Tidewire\n\nThis message may be confidential.",
      "Thank you for your email. It has been passed on.",
    ],
    ["quoted mail", "Sounds good.\n\nOn Mon, 2 Mar 2026 Sam wrote:\n> Thank you", "Sounds good."],
    ["a phone signature", "Noted, thanks.\n\nSent from my phone", "Noted, thanks."],
  ])("drops %s", (_name, text, own) => {
    expect(ownText(mail({ id: "x", from: DANA, date: "2026-03-02T19:00:00Z", subject: "x", text }))).toBe(
      own,
    );
  });
});

describe("isAutoReply and outcomeOf", () => {
  const base = { id: "x", from: DANA, date: "2026-03-02T19:00:00Z" };
  it.each([
    ["an automatic header", { subject: "Re: hello", text: "Noted.", isAutomatic: true }, true],
    [
      "out-of-office wording",
      { subject: "Re: hello", text: "I'm currently out of the office until Monday." },
      true,
    ],
    ["an automatic reply subject", { subject: "Automatic reply: hello", text: "Away." }, true],
    ["a person's reply", { subject: "Re: hello", text: "Thanks Sam, talk soon." }, false],
    [
      "an automatic rejection (it is the outcome, word from the company)",
      {
        subject: "Your application",
        text: "We have decided not to progress your application.",
        isAutomatic: true,
      },
      false,
    ],
  ])("isAutoReply: %s", (_name, spec, expected) => {
    expect(isAutoReply(mail({ ...base, ...spec }))).toBe(expected);
  });

  it.each([
    ["We have decided to move forward with another candidate for this role.", "rejection"],
    ["Unfortunately you weren\u2019t selected for the position.", "rejection"],
    ["We won't be progressing your application.", "rejection"],
    ["We would like to offer you the position of Data Engineer.", "offer"],
    ["Your offer letter is attached.", "offer"],
    ["If you are not selected, we will keep your details on file.", undefined],
    ["We're moving you forward to the final round.", undefined],
    ["I will let you know by Friday.", undefined],
  ])("outcomeOf(%j) is %s", (text, outcome) => {
    expect(outcomeOf(mail({ ...base, subject: "Update", text }))).toBe(outcome);
  });
});

describe("gone-quiet", () => {
  const promise = mail({
    id: "promise",
    from: LEE,
    date: "2026-02-02T10:00:00-05:00",
    subject: "Next steps",
    text: "Hi Sam,\n\nThe panel is comparing notes this week. You'll hear from us by Friday.\n\nLee",
  });
  const followUp = mail({
    id: "follow-up",
    from: SAM,
    to: LEE,
    date: "2026-02-11T09:00:00-05:00",
    subject: "Checking in",
    text: "Hi Lee,\n\nI wanted to check in on the status of the Data Engineer role.\n\nSam",
  });

  it.each([
    ["before the promised date", "2026-02-05T12:00:00-05:00", false],
    ["the day after the promised date (grace)", "2026-02-07T12:00:00-05:00", false],
    ["nine days after the promised date", "2026-02-16T12:00:00-05:00", true],
  ])("with a promise, %s: %s", (_name, now, quiet) => {
    const found = detect([promise, followUp], now);
    expect(ids(found).includes("gone-quiet")).toBe(quiet);
  });

  it("says what was promised, how long it has been, and the unanswered follow-ups", () => {
    const quiet = one(detect([promise, followUp], "2026-02-16T12:00:00-05:00"), "gone-quiet");
    expect(quiet.evidence.map((e) => e.quote)).toEqual([
      "You'll hear from us by Friday.",
      "promised by Fri 6 Feb; no word from the company in 9 days since",
      "1 follow-up from the candidate went unanswered",
      "I wanted to check in on the status of the Data Engineer role.",
    ]);
    expect(quiet.evidence[1]).toMatchObject({ isFact: true, source: "emails/promise.eml" });
    expect(quiet.evidence[3]?.message).toEqual({
      from: "Sam Rivera",
      date: "2026-02-11T09:00:00-05:00",
      subject: "Checking in",
    });
  });

  it("is not gone-quiet when the promise was kept", () => {
    const kept = mail({
      id: "kept",
      from: LEE,
      date: "2026-02-06T15:00:00-05:00",
      subject: "Re: Next steps",
      inReplyTo: "promise",
      text: "Hi Sam,\n\nA quick update: the panel needs one more day.\n\nLee",
    });
    expect(ids(detect([promise, kept], "2026-02-12T12:00:00-05:00"))).not.toContain("gone-quiet");
  });

  it("takes a promise made in the interview from the caller", () => {
    const found = detect([], "2026-03-20T12:00:00Z", {
      interviewEnd: "2026-03-02T11:00:00Z",
      promises: [
        { due: "2026-03-06T23:59:59Z", quote: "You'll have an answer by Friday.", source: "notes.md" },
      ],
    });
    expect(one(found, "gone-quiet").evidence.map((e) => e.quote)).toEqual([
      "You'll have an answer by Friday.",
      "promised by Fri 6 Mar; no word from the company in 13 days since",
    ]);
  });

  const reply = mail({
    id: "reply",
    from: DANA,
    date: "2026-03-03T09:00:00-05:00",
    subject: "Re: Thank you - Data Engineer interview",
    inReplyTo: "note",
    text: "Thanks Sam, we'll be in touch.",
  });
  const rejection = (date: string) =>
    mail({
      id: "outcome",
      from: LEE,
      date,
      subject: "Your application",
      text: "Hi Sam,\n\nThank you for your time. We have decided to move forward with another candidate.\n\nLee",
    });

  it.each([
    ["9 days of silence", [NOTE, reply], "2026-03-12T12:00:00-05:00", false],
    ["16 days of silence, no promise", [NOTE, reply], "2026-03-19T12:00:00-05:00", true],
    [
      "an outcome 9 days in stops the clock",
      [NOTE, reply, rejection("2026-03-12T10:00:00-05:00")],
      "2026-04-20T12:00:00-05:00",
      false,
    ],
    [
      "an outcome after 20 days of silence: the silence happened",
      [NOTE, reply, rejection("2026-03-23T10:00:00-05:00")],
      "2026-04-20T12:00:00-05:00",
      true,
    ],
    [
      "20 days of silence the company ended with ordinary word: a slow patch",
      [
        NOTE,
        reply,
        mail({
          id: "later",
          from: LEE,
          date: "2026-03-23T10:00:00-05:00",
          subject: "Next steps",
          text: "Hi Sam,\n\nSorry for the wait. The panel meets on Thursday and I will update you then.\n\nLee",
        }),
      ],
      "2026-03-24T12:00:00-05:00",
      false,
    ],
  ])("%s", (_name, emails, now, quiet) => {
    const found = detect(emails, now, { interviewEnd: "2026-03-02T11:00:00-05:00" });
    expect(ids(found).includes("gone-quiet")).toBe(quiet);
  });

  it("states a long silence as a fact", () => {
    const quiet = one(
      detect([NOTE, reply], "2026-03-19T12:00:00-05:00", { interviewEnd: "2026-03-02T11:00:00-05:00" }),
      "gone-quiet",
    );
    expect(quiet.evidence[0]).toMatchObject({
      quote: "no word from the company for 16 days since the last company message on Tue 3 Mar",
      isFact: true,
      source: "emails/reply.eml",
    });
  });

  it.each([
    [
      "the company asked the candidate something and is waiting for the answer",
      "Hi Sam,\n\nCould you send two references before we go further?\n\nLee",
    ],
    [
      "the next meeting is booked weeks ahead",
      "Hi Sam,\n\nThe site visit is booked for Monday 30 March at 10:00. See you there.\n\nLee",
    ],
  ])("is not gone-quiet when %s", (_name, text) => {
    const last = mail({ id: "last", from: LEE, date: "2026-03-04T10:00:00-05:00", subject: "Next", text });
    const found = detect([NOTE, last], "2026-03-27T12:00:00-05:00", {
      interviewEnd: "2026-03-02T11:00:00-05:00",
    });
    expect(ids(found)).not.toContain("gone-quiet");
  });

  it("does not count silence before a promised date that is still ahead", () => {
    const later = mail({
      id: "later",
      from: LEE,
      date: "2026-03-03T10:00:00-05:00",
      subject: "Timeline",
      text: "Hi Sam,\n\nWe're interviewing through March and will get back to you by the 27th.\n\nLee",
    });
    expect(ids(detect([NOTE, later], "2026-03-25T12:00:00-05:00"))).not.toContain("gone-quiet");
  });
});

describe("scheduling-runaround", () => {
  const invite = mail({
    id: "invite",
    from: LEE,
    date: "2026-03-03T10:00:00-05:00",
    subject: "Final round with Ana",
    text: "Hi Sam,\n\nCould you meet Ana, our Head of Operations, on Thursday 12 March at 10:00?\n\nLee",
  });
  const accept = mail({
    id: "accept",
    from: SAM,
    to: LEE,
    date: "2026-03-03T12:00:00-05:00",
    subject: "Re: Final round with Ana",
    inReplyTo: "invite",
    text: "Hi Lee,\n\nThursday at 10:00 works for me.\n\nSam",
  });
  const move = (id: string, date: string, text: string, inReplyTo = "invite") =>
    mail({
      id,
      from: LEE,
      date,
      subject: "Re: Final round with Ana",
      inReplyTo,
      text: `Hi Sam,\n\n${text}\n\nLee`,
    });

  it("fires on three company reschedules, quoting each", () => {
    const emails = [
      invite,
      accept,
      move(
        "move-1",
        "2026-03-11T09:00:00-05:00",
        "I'm sorry, Ana has to travel tomorrow. Can we push it back to Tuesday 17 March at 14:00?",
      ),
      move(
        "move-2",
        "2026-03-16T09:00:00-05:00",
        "Apologies again. A board call has landed on Ana's diary. Would Friday 20 March at 9:00 work?",
      ),
      move(
        "move-3",
        "2026-03-19T09:00:00-05:00",
        "Really sorry, we need to reschedule again. I will send new times soon.",
      ),
    ];
    const runaround = one(detect(emails, "2026-03-20T12:00:00-05:00"), "scheduling-runaround");
    expect(runaround.evidence.map((e) => e.source)).toEqual([
      "emails/move-1.eml",
      "emails/move-2.eml",
      "emails/move-3.eml",
    ]);
    expect(runaround.evidence[0]?.quote).toBe("Can we push it back to Tuesday 17 March at 14:00?");
  });

  it("does not fire on one company move and the candidate's own request", () => {
    const emails = [
      invite,
      mail({
        id: "ask",
        from: SAM,
        to: LEE,
        date: "2026-03-04T09:00:00-05:00",
        subject: "Re: Final round with Ana",
        inReplyTo: "invite",
        text: "Hi Lee,\n\nUnfortunately I'm travelling that day. Could we find another time?\n\nSam",
      }),
      move(
        "agree",
        "2026-03-04T11:00:00-05:00",
        "No problem, let's move it to Monday 16 March at 11:00.",
        "ask",
      ),
      move(
        "move-1",
        "2026-03-13T09:00:00-05:00",
        "Sorry, Ana has a conflict on Monday. Could we do Wednesday 18 March at 11:00?",
      ),
    ];
    expect(ids(detect(emails, "2026-03-14T12:00:00-05:00"))).not.toContain("scheduling-runaround");
  });

  it("does not read the first invitation or a confirmation as a move", () => {
    const confirm = move(
      "confirm",
      "2026-03-03T13:00:00-05:00",
      "Great, the invite for Thursday 12 March is on its way.",
    );
    expect(ids(detect([invite, accept, confirm], "2026-03-05T12:00:00-05:00"))).toEqual([]);
  });
});

describe("kept-warm", () => {
  const update1 = mail({
    id: "update-1",
    from: LEE,
    date: "2026-03-04T10:00:00-05:00",
    subject: "Where things stand",
    text: "Hi Sam,\n\nA quick update: the panel meets on Wednesday to compare notes.\n\nLee",
  });
  const update2 = mail({
    id: "update-2",
    from: LEE,
    date: "2026-03-06T15:00:00-05:00",
    subject: "Re: Where things stand",
    inReplyTo: "update-1",
    text: "Hi Sam,\n\nThe debrief went well, and we are now checking references.\n\nLee",
  });
  const offer = mail({
    id: "offer",
    from: LEE,
    date: "2026-03-10T15:00:00-05:00",
    subject: "Offer",
    text: "Hi Sam,\n\nWe are delighted to offer you the position. Your offer letter is attached.\n\nLee",
  });

  const posted = mail({
    id: "posted",
    from: LEE,
    date: "2026-03-05T10:00:00-05:00",
    subject: "Your application",
    text: "Hi Sam,\n\nKeeping you in the loop: the board meets on Thursday and will sign off then.\n\nLee",
  });

  it.each([
    ["two updates", [NOTE, update1, update2], true],
    ["one update", [NOTE, update2], false],
    ["one update and the offer", [NOTE, update2, offer], false],
    // One message that names itself as keeping the candidate posted is the habit told.
    ["one update that says so", [NOTE, posted], true],
    ["one quick update", [NOTE, update1], true],
  ])("%s: %s", (_name, emails, warm) => {
    const found = detect(emails, "2026-03-12T12:00:00-05:00", { interviewEnd: "2026-03-02T11:00:00-05:00" });
    expect(ids(found).includes("kept-warm")).toBe(warm);
  });

  it("quotes each update with its message", () => {
    const found = detect([NOTE, update1, update2], "2026-03-12T12:00:00-05:00");
    expect(one(found, "kept-warm").evidence).toEqual([
      {
        source: "emails/update-1.eml",
        quote: "A quick update: the panel meets on Wednesday to compare notes.",
        speaker: "Lee Marsh",
        message: { from: "Lee Marsh", date: "2026-03-04T10:00:00-05:00", subject: "Where things stand" },
      },
      {
        source: "emails/update-2.eml",
        quote: "The debrief went well, and we are now checking references.",
        speaker: "Lee Marsh",
        message: { from: "Lee Marsh", date: "2026-03-06T15:00:00-05:00", subject: "Re: Where things stand" },
      },
    ]);
  });

  it("does not count updates from before the interview", () => {
    const found = detect([update1, update2], "2026-03-12T12:00:00-05:00", {
      interviewEnd: "2026-03-09T11:00:00-05:00",
    });
    expect(ids(found)).not.toContain("kept-warm");
  });
});

describe("detectEmailSignals without candidate details", () => {
  it("infers the candidate from the thank-you note", () => {
    const reply = mail({
      id: "reply",
      from: DANA,
      date: "2026-03-03T08:00:00-05:00",
      subject: "RE: Thank you - Data Engineer interview",
      inReplyTo: "note",
      text: "Thanks, noted.",
    });
    const found = detectEmailSignals({
      emails: [reply, NOTE],
      candidate: { names: [], addresses: [] },
      now: "2026-03-04T12:00:00-05:00",
    });
    expect(ids(found)).toEqual(["curt-reply"]);
  });

  it("ignores mail dated after now", () => {
    const reply = mail({
      id: "reply",
      from: DANA,
      date: "2026-03-09T08:00:00-05:00",
      subject: "RE: Thank you - Data Engineer interview",
      inReplyTo: "note",
      text: "Thanks, noted.",
    });
    expect(ids(detect([NOTE, reply], "2026-03-04T12:00:00-05:00"))).toEqual([]);
  });
});

describe("a further interview set up by mail", () => {
  const end = "2026-03-02T11:00:00Z";

  it("reads mail after the interview that books another as next-round-booked", () => {
    const found = detect(
      [
        mail({
          id: "n1",
          from: DANA,
          date: "2026-03-04T09:00:00Z",
          subject: "Next conversation",
          text: "Hi Sam,\n\nI need to schedule you for a video call with Lee, our head of data, next week. Could you send me two or three time slots?\n\nDana",
        }),
      ],
      "2026-03-05T12:00:00Z",
      { interviewEnd: end },
    );
    const booked = found.find((f) => f.id === "next-round-booked");
    expect(booked?.evidence[0]?.quote).toMatch(/schedule you for a video call with Lee/);
  });

  it("does not read the invitation to the interview itself, a test, a move or an offer call", () => {
    const before = mail({
      id: "b1",
      from: DANA,
      date: "2026-02-25T09:00:00Z",
      subject: "Interview",
      text: "Hi Sam,\n\nWe would like to invite you to an interview on Monday at 10:00.\n\nDana",
    });
    const later = (id: string, text: string) =>
      mail({
        id,
        from: DANA,
        date: "2026-03-04T09:00:00Z",
        subject: "Update",
        text: `Hi Sam,\n\n${text}\n\nDana`,
      });
    const found = detect(
      [
        before,
        later("a1", "We'd like to invite you to complete an online coding test as the next step."),
        later(
          "a2",
          "Lee has to reschedule his interview with another candidate, so our decision will take a week.",
        ),
        later("a3", "We are pleased to invite you to a call with Lee to discuss our offer."),
      ],
      "2026-03-05T12:00:00Z",
      { interviewEnd: end },
    );
    expect(ids(found)).not.toContain("next-round-booked");
  });

  it("dates undated mail by the order it was given in: after an account of an interview", () => {
    const undated = (id: string): EmailDoc => {
      const { date: _date, ...rest } = mail({
        id,
        from: DANA,
        date: "2026-03-04T09:00:00Z",
        subject: "Phone interview",
        text: "Hi Sam,\n\nYou are invited to a phone interview with Lee; please send your availability.\n\nDana",
      });
      return rest;
    };
    const later = undated("u1");
    const first = undated("u2");
    const found = detect([first, later], "2026-03-05T12:00:00Z", { afterAnAccount: new Set([later]) });
    expect(found.find((f) => f.id === "next-round-booked")?.evidence).toHaveLength(1);
    expect(ids(detect([first], "2026-03-05T12:00:00Z"))).not.toContain("next-round-booked");
  });
});
