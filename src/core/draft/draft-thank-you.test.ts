import { describe, expect, it } from "vitest";
import { analyzeInterview } from "../read/analyze-interview.js";
import type { Doc, InviteDoc, NotesDoc, TranscriptDoc } from "../read/documents.js";
import { draftThankYou } from "./draft-thank-you.js";
import { findInterviewers } from "./find-interviewers.js";
import { namesInNotes } from "./names-in-notes.js";
import { countWords } from "./words.js";

const NOW = "2026-03-05T18:00:00-05:00";

const INVITE: InviteDoc = {
  kind: "invite",
  source: "invite.ics",
  summary: "Harbor Loop - Data Engineer - Sam Okafor / Priya Raman",
  start: "2026-03-05T15:00:00.000Z",
  end: "2026-03-05T16:00:00.000Z",
  organizer: { name: "Priya Raman", email: "priya.raman@harborloop.example" },
  attendees: [
    { name: "Priya Raman", email: "priya.raman@harborloop.example" },
    { name: "Sam Okafor", email: "sam.okafor@example.org" },
  ],
};

const TURNS: [string, string][] = [
  ["Priya Raman", "Hi Sam, thanks for joining. Can you hear me all right?"],
  ["Sam Okafor", "Yes, loud and clear."],
  ["Priya Raman", "Tell me about the billing migration you led last year."],
  [
    "Sam Okafor",
    "We moved four hundred invoices a minute from a cron job to a queue, and I wrote the replay tool.",
  ],
  ["Priya Raman", "How do you deal with schema drift in an event stream?"],
  ["Sam Okafor", "Versioned schemas in a registry, and consumers that reject what they cannot read."],
  [
    "Priya Raman",
    "Let me tell you about us. Our warehouse ingests tide gauge readings from forty harbours every minute. We are replacing the nightly batch jobs with streaming this summer.",
  ],
  ["Priya Raman", "You'd own the ingestion service, and you'd pair with Tomasz on the alerting rules."],
  ["Sam Okafor", "What does success look like after six months?"],
  [
    "Priya Raman",
    "A warehouse the port authorities trust without calling us first. We'll be in touch by Friday.",
  ],
];

const TRANSCRIPT: TranscriptDoc = {
  kind: "transcript",
  source: "transcript.vtt",
  format: "vtt",
  utterances: TURNS.map(([speaker, text], i) => ({
    speaker,
    text,
    start: i * 120,
    end: i * 120 + 60,
    line: 3 + i * 3,
  })),
};

function draftsOf(docs: Doc[], candidateName?: string) {
  const analysis = analyzeInterview({ docs, now: NOW, ...(candidateName ? { me: candidateName } : {}) });
  return draftThankYou({ docs, analysis, ...(candidateName ? { candidateName } : {}) });
}

function notes(text: string): NotesDoc {
  return { kind: "notes", source: "notes.md", text };
}

describe("draftThankYou from a transcript", () => {
  const drafts = draftsOf([INVITE, TRANSCRIPT]);
  const draft = drafts[0];

  it("writes one draft, to the interviewer, by first name, at the invite's address", () => {
    expect(drafts).toHaveLength(1);
    expect(draft?.to).toEqual({ name: "Priya Raman", email: "priya.raman@harborloop.example" });
    expect(draft?.body.startsWith("Dear Priya,\n")).toBe(true);
    expect(draft?.subject).toBe("Thank you - Data Engineer interview");
    expect(draft?.body).toContain("the Data Engineer role at Harbor Loop");
    expect(draft?.about).toMatchObject({
      role: "Data Engineer",
      company: "Harbor Loop",
      source: "invite.ics",
    });
  });

  it("refers to two things the interviewer said, each quoted from her own turns with its time", () => {
    expect(draft?.specifics.length).toBeGreaterThanOrEqual(2);
    const hers = TRANSCRIPT.utterances.filter((u) => u.speaker === "Priya Raman");
    for (const s of draft?.specifics ?? []) {
      const turn = hers.find((u) => u.text.includes(s.quote));
      expect(turn, s.quote).toBeDefined();
      expect(s.line).toBe(turn?.line);
      expect(s.at).toMatch(/^\d{2}:\d{2}:\d{2}$/);
      expect(s.speaker).toBe("Priya Raman");
      expect(draft?.body).toContain(s.text);
    }
  });

  it("turns the interviewer's we and you around to address her", () => {
    const texts = (draft?.specifics ?? []).map((s) => s.text).join(" | ");
    expect(texts).not.toMatch(/\b(?:we|our|us)\b/i);
    expect(texts).toMatch(
      /\bI'd own the ingestion service\b|\byou are replacing the nightly batch jobs\b|\byour warehouse\b/,
    );
  });

  it("restates interest, closes professionally, signs with the candidate's name, under 180 words", () => {
    expect(draft?.body).toContain("I came away even more interested in joining Harbor Loop.");
    expect(draft?.body.trimEnd().endsWith("Best regards,\nSam Okafor")).toBe(true);
    expect(draft?.words).toBe(countWords(draft?.body ?? ""));
    expect(draft?.words).toBeLessThan(180);
    expect(draft?.note).toBeUndefined();
  });

  it("never takes the candidate's own words as a specific", () => {
    for (const s of draft?.specifics ?? []) {
      expect(s.quote).not.toMatch(/replay tool|registry|invoices/);
    }
  });
});

describe("draftThankYou from notes", () => {
  const PANEL = notes(
    [
      "Cobalt Pay, product designer, panel round",
      "",
      "Panel with Marta Silva (head of design) and Joe Brandt (staff engineer), 60 minutes.",
      "",
      "Marta walked me through the roadmap: the new checkout flow, the accessibility audit planned for May, and the move to a shared component library. She asked how I would test a pricing page with real customers.",
      "",
      "Joe asked about my offline sync project. He explained that the team ships to production twice a week and every release goes behind a flag.",
      "",
      "I forgot to mention my certificate in inclusive design.",
    ].join("\n"),
  );
  const drafts = draftsOf([PANEL]);
  const marta = drafts.find((d) => d.to.name === "Marta Silva");
  const joe = drafts.find((d) => d.to.name === "Joe Brandt");

  it("finds both interviewers from 'with X (role)' and writes to each", () => {
    expect(namesInNotes(PANEL).map((n) => n.name)).toEqual(["Marta Silva", "Joe Brandt"]);
    expect(drafts.map((d) => d.to.name).sort()).toEqual(["Joe Brandt", "Marta Silva"]);
    expect(joe?.body.startsWith("Dear Joe,")).toBe(true);
  });

  it("gives each interviewer the things the notes say they said, with the notes' line", () => {
    expect(marta?.specifics.length).toBeGreaterThanOrEqual(2);
    for (const s of marta?.specifics ?? []) {
      expect(PANEL.text.split("\n")[(s.line ?? 0) - 1]).toContain(s.quote);
      expect(s.quote).not.toMatch(/offline sync|twice a week/);
    }
    expect(marta?.specifics.map((s) => s.text).join(" ")).toMatch(
      /checkout flow|accessibility audit|component library/,
    );
    expect(joe?.specifics.map((s) => s.quote).join(" ")).toMatch(/offline sync|twice a week/);
    for (const s of joe?.specifics ?? []) expect(s.quote).not.toMatch(/checkout|pricing page/);
  });

  it("turns the notes' she and they to you, and keeps the candidate's I", () => {
    const texts = drafts.flatMap((d) => d.specifics.map((s) => s.text)).join(" | ");
    expect(texts).not.toMatch(/\b(?:she|he|they|their)\b/i);
    expect(joe?.specifics.some((s) => /\bmy offline sync project\b/.test(s.text))).toBe(true);
  });

  it("adds the point the candidate forgot, in their words, to one draft", () => {
    const gaps = drafts.flatMap((d) => (d.gap ? [d.gap] : []));
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.text).toContain("my certificate in inclusive design");
    expect(gaps[0]).toMatchObject({ source: "notes.md", line: 9 });
    expect(drafts.find((d) => d.gap)?.body).toContain(gaps[0]?.text ?? "?");
  });

  it("reads the role and company from the notes' first line, and signs with a placeholder when no name is known", () => {
    expect(marta?.about).toMatchObject({ role: "product designer", company: "Cobalt Pay", line: 1 });
    expect(marta?.body.trimEnd().endsWith("[your name]")).toBe(true);
    expect(draftsOf([PANEL], "Ana Lima")[0]?.body.trimEnd().endsWith("Ana Lima")).toBe(true);
  });

  it("says so, and writes a shorter honest draft, when nothing specific can be found", () => {
    const thin = draftsOf([notes("Video call with Lena Ortiz today.\n\nIt was fine. Not sure how it went.")]);
    expect(thin).toHaveLength(1);
    expect(thin[0]?.specifics).toEqual([]);
    expect(thin[0]?.note).toMatch(/Nothing specific Lena said/);
    expect(thin[0]?.body).not.toMatch(/especially|also appreciated|good to learn/);
    expect(thin[0]?.words).toBeLessThan(70);
  });

  it("offers to finish a point the interviewer cut off", () => {
    const cut = draftsOf([
      notes(
        "Interview with Osric Haddad (engineering manager).\n\nHe cut me off before the latency numbers, which mattered.",
      ),
    ]);
    expect(cut[0]?.gap?.text).toContain("the latency numbers");
    expect(cut[0]?.gap?.why).toMatch(/cut off/);
  });

  it("offers to follow up on a part the notes say went wrong, in the words of text/slip-words.ts", () => {
    const slip = draftsOf([
      notes(
        "Interview with Osric Haddad (engineering manager).\n\nI got stuck on the cache eviction question.",
      ),
    ]);
    expect(slip[0]?.gap?.text).toContain("the cache eviction question");
    expect(slip[0]?.gap?.why).toMatch(/went badly/);
  });

  it("writes no draft where no interviewer can be named", () => {
    expect(draftsOf([notes("It went fine. They said they would call.")])).toEqual([]);
  });
});

describe("findInterviewers", () => {
  it("takes a transcript's company speakers, most words first, and leaves out invitees who never spoke", () => {
    const silent: InviteDoc = {
      ...INVITE,
      attendees: [...INVITE.attendees, { name: "Max Ferris", email: "max@harborloop.example" }],
    };
    const found = findInterviewers([silent, TRANSCRIPT], ["Sam Okafor"]);
    expect(found.map((f) => f.name)).toEqual(["Priya Raman"]);
    expect(found[0]?.basis).toBe("speaks in transcript.vtt");
  });

  it("without a transcript, takes the invite's attendees other than the candidate, names turned to First Last", () => {
    const invite: InviteDoc = {
      ...INVITE,
      attendees: [{ name: "Raman, Priya", email: "p@h.example" }, ...INVITE.attendees.slice(1)],
    };
    expect(findInterviewers([invite], ["Sam Okafor"]).map((f) => f.name)).toEqual(["Priya Raman"]);
  });
});

describe("a specific enters a draft only as it was said", () => {
  // Made-up notes: a denied question, the candidate's own question, an interview that ran long.
  const NOTES =
    "Interview with Osric Haddley, Tue 3 Mar.\n\n" +
    "- Osric walked me through the cold-chain audit they run every Monday at the Leith depot.\n" +
    "- He never once asked where else I'm interviewing.\n" +
    "- I asked about the night shift rota and he said it rotates monthly.\n" +
    "- Osric said I'd own the carrier scorecard from day one.\n" +
    "- It was meant to be 45 minutes and ran over by 25, he said he was enjoying it.\n";

  it("leaves out a denied question, the candidate's own question, and 'short on time' after a long interview", () => {
    const docs: Doc[] = [notes(NOTES)];
    const analysis = analyzeInterview({ docs, now: NOW });
    const [draft] = draftThankYou({ docs, analysis, candidateName: "Wren Aldous" });
    expect(draft?.to.name).toBe("Osric Haddley");
    expect(draft?.body).toMatch(/^Dear Osric,/);
    const said = draft?.specifics.map((s) => s.text).join(" | ") ?? "";
    expect(said).not.toMatch(/where else/i);
    expect(
      draft?.specifics
        .filter((s) => s.kind === "question")
        .map((s) => s.text)
        .join(" "),
    ).not.toMatch(/night shift/i);
    expect(draft?.body).not.toMatch(/short on time/i);
    expect(draft?.body).not.toMatch(/\babout (?:if|hopefully|or|and)\b/);
    expect(draft?.specifics.length).toBeGreaterThan(0);
  });
});
