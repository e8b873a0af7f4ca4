import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readAndAnalyze, withDrafts } from "../src/app/analyze-case.js";
import { checkDraft } from "../src/core/draft/check-draft.js";
import { draftStatusCheck } from "../src/core/draft/draft-status-check.js";
import { draftThankYou } from "../src/core/draft/draft-thank-you.js";
import { planFollowUps } from "../src/core/plan/plan-actions.js";
import { analyzeInterview } from "../src/core/read/analyze-interview.js";
import type { Doc } from "../src/core/read/documents.js";
import { buildTimeline } from "../src/core/timeline/build-timeline.js";
import { describeShared, nowOf, tunedOnFolders } from "./shared.js";

/**
 * Every draft a candidate could be handed must be English they would send (checkDraft): over the tuned-on
 * case folders (../shared/corpus and eval/train, never eval/heldout) and over the blind bank of messy notes
 * in test/fixtures/draft-notes (written by someone who had not read the code; its texts are not edited).
 */

const BANK = join(import.meta.dirname, "fixtures", "draft-notes");

const folders = tunedOnFolders();

/** Every draft of one case: a thank-you per interviewer, the status check, and the plan's own texts. */
function draftsOf(docs: Doc[], now: string) {
  const analysis = analyzeInterview({ docs, now });
  return draftsOfRead(docs, analysis, now);
}

function draftsOfRead(docs: Doc[], analysis: ReturnType<typeof analyzeInterview>, now: string) {
  const timeline = buildTimeline({ docs, analysis, now });
  const names = timeline.people.candidate.names;
  const ranLong = analysis.signals.some((s) => s.id === "ran-long");
  const out: { what: string; body: string; problems: string[] }[] = [];
  for (const d of draftThankYou({ docs, analysis, candidateNames: names })) {
    const problems = checkDraft(d.body, { isSenderKnown: names.length > 0, isRecipientKnown: true, ranLong });
    out.push({ what: `thank-you to ${d.to.name}`, body: d.body, problems });
  }
  const status = draftStatusCheck({
    docs,
    analysis,
    now,
    timeline,
    ...(names[0] ? { candidateName: names[0] } : {}),
  });
  out.push({
    what: "status check",
    body: status.body,
    problems: checkDraft(status.body, {
      isSenderKnown: names.length > 0,
      isRecipientKnown: status.to.name !== "",
      ranLong,
    }),
  });
  const plan = withDrafts(planFollowUps({ docs, analysis, now, timeline }), docs, analysis, now, timeline);
  for (const a of plan.actions) {
    if (!a.text) continue;
    // The planner's own wording is a template to fill in where no draft could be made: names only.
    const problems = checkDraft(a.text, {
      isSenderKnown: names.length > 0,
      isRecipientKnown: timeline.people.interviewers.length > 0,
      ranLong,
      allowsTemplate: true,
    });
    out.push({ what: `plan: ${a.kind}`, body: a.text, problems });
  }
  return out;
}

describe("checkDraft", () => {
  it.each([
    [
      "a dangling 'about if'",
      "I especially enjoyed your questions about if I had questions at the very end.",
    ],
    ["a dangling 'about hopefully'", "I also appreciated learning about hopefully by the end of next week."],
    ["a name placeholder where the name is known", "Hi [name],\n\nThanks again."],
    ["a sender placeholder where the name is known", "Best regards,\n[your name]"],
    ["notes shorthand", "I enjoyed hearing about the rota w/ the night team."],
    ["a word twice", "Thank you for the the tour."],
    ["a sentence that ends mid-phrase", "I also appreciated learning about the. I look forward to it."],
    ["an aside from the notes", "I enjoyed hearing about the team structure - no idea how many."],
    ["a greeting to a title", "Dear Sister,\n\nThank you."],
    ["an unbalanced quotation mark", 'Thank you for the chat about the "Analyst role.'],
  ])("flags %s", (_what, body) => {
    expect(checkDraft(body, { isSenderKnown: true, isRecipientKnown: true })).not.toEqual([]);
  });

  it("flags 'short on time' only when the interview ran long", () => {
    const body = "I know we were short on time, so I'd be happy to expand on anything by email.";
    expect(checkDraft(body, { ranLong: true })).toHaveLength(1);
    expect(checkDraft(body, { ranLong: false })).toEqual([]);
  });

  it("passes a letter a candidate would send, and a placeholder for a name nobody knows", () => {
    const body =
      "Dear Priya,\n\nThank you for taking the time to speak with me about the Data Engineer role. I especially enjoyed hearing about the Monday yield report.\n\nBest regards,\n[your name]\n";
    expect(checkDraft(body, { isSenderKnown: false, isRecipientKnown: true })).toEqual([]);
  });

  it("reads a quotation wrapped over two lines of one paragraph as closed", () => {
    const body = 'Thank you for showing me the "Harbour\nLedger" project. I look forward to it.';
    expect(checkDraft(body, { isSenderKnown: true, isRecipientKnown: true })).toEqual([]);
  });

  it("reads a name written with an ampersand as a name, not a sentence ending on 'a'", () => {
    const body = "Thank you for speaking with me about the Analyst role at R&A. I look forward to it.";
    expect(checkDraft(body, { isSenderKnown: true, isRecipientKnown: true })).toEqual([]);
    expect(checkDraft("It was good to hear about a. Thanks.", {})).not.toEqual([]);
  });
});

describeShared("every draft over the tuned-on case folders passes the check", () => {
  it("finds case folders", () => expect(folders.length).toBeGreaterThan(30));

  it.each(folders.map((dir) => [dir.split("/").slice(-1)[0], dir]))("%s", async (_name, dir) => {
    const now = nowOf(dir) as string;
    const { analysis, docs } = await readAndAnalyze([dir], { now });
    for (const d of draftsOfRead(docs, analysis, now))
      expect(d.problems, `${d.what}:\n${d.body}`).toEqual([]);
  });
});

interface BankLabel {
  file: string;
  interviewers: string[];
  must_not_mention: string[];
}

const bank = existsSync(join(BANK, "expected.jsonl"))
  ? readFileSync(join(BANK, "expected.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as BankLabel)
  : [];

describe("the blind bank of messy notes (test/fixtures/draft-notes)", () => {
  it("holds at least 100 notes", () => expect(bank.length).toBeGreaterThanOrEqual(100));

  it.each(bank.map((b) => [b.file, b]))("%s", (file, label) => {
    const text = readFileSync(join(BANK, file as string), "utf8");
    const drafts = draftsOf([{ kind: "notes", source: "notes.md", text }], "2026-06-10T18:00:00+00:00");
    for (const d of drafts) expect(d.problems, `${d.what}:\n${d.body}`).toEqual([]);
    const thankYous = draftThankYou({
      docs: [{ kind: "notes", source: "notes.md", text }],
      analysis: analyzeInterview({
        docs: [{ kind: "notes", source: "notes.md", text }],
        now: "2026-06-10T18:00:00+00:00",
      }),
    });
    for (const d of thankYous) {
      // Nobody is greeted who is not in the notes.
      for (const token of d.to.name.split(/\s+/)) expect(text.toLowerCase()).toContain(token.toLowerCase());
      // No specific names a topic the labels say was not discussed (all of its longer words).
      for (const s of d.specifics) {
        const said = s.text.toLowerCase();
        const denied = (label as BankLabel).must_not_mention.find((m) => {
          const words = m
            .toLowerCase()
            .split(/[^\p{L}\p{N}]+/u)
            .filter((w) => w.length >= 3 && !["the", "and", "for", "with", "about"].includes(w));
          return words.length > 0 && words.every((w) => said.includes(w));
        });
        expect(denied, `${d.to.name}: "${s.text}"`).toBeUndefined();
      }
    }
  });
});
