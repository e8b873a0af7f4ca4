import { describe, expect, it } from "vitest";
import { analyzeInterview } from "../src/core/read/analyze-interview.js";
import { BANK_CANDIDATE, type BankRow, bankDoc, readOutcomeBank } from "./outcome-bank.js";

/**
 * The outcome bank (test/fixtures/outcome-bank.jsonl): 344 sentences written blind, by a writer who
 * had not seen the code, of a candidate's notes or a company's mail; each says whether it reports
 * a decision (an offer, a rejection) or none (fears, hopes, guesses, denials, the future,
 * hypotheticals, other people's and other processes' outcomes, other senses of the words, talk
 * about outcomes in general, invitations). A second reader labelled them blind: 344 of 344 agreed.
 *
 * An outcome settles the read, so announcing one that did not happen is the worst error the
 * product can make: none is allowed. Decisions plainly reported must be read at 0.95 or better.
 */
const rows = readOutcomeBank();

function outcomeRead(row: BankRow): BankRow["outcome"] {
  const analysis = analyzeInterview({
    docs: [bankDoc(row)],
    now: "2026-06-01T12:00:00Z",
    me: BANK_CANDIDATE,
  });
  const ids = new Set(analysis.signals.map((s) => s.id as string));
  // An offer and a rejection in one sentence would be a contradiction: count it as wrong either way.
  if (ids.has("offer-made") && ids.has("rejected")) return "none";
  if (ids.has("offer-made")) return "offer-made";
  if (ids.has("rejected")) return "rejected";
  return "none";
}

describe("the outcome bank", () => {
  it("holds enough of each kind to mean something", () => {
    expect(rows.filter((r) => r.outcome === "none").length).toBeGreaterThanOrEqual(150);
    expect(rows.filter((r) => r.outcome !== "none").length).toBeGreaterThanOrEqual(90);
  });

  it("announces no outcome that did not happen", () => {
    const false_ = rows
      .filter((r) => r.outcome === "none")
      .map((r) => ({ read: outcomeRead(r), kind: r.kind, text: r.text }))
      .filter((r) => r.read !== "none");
    expect(false_).toEqual([]);
  });

  it("reads plain reports of a decision at 0.95 or better, and never the opposite decision", () => {
    const decisions = rows.filter((r) => r.outcome !== "none");
    const read = decisions.map((r) => ({ ...r, read: outcomeRead(r) }));
    const right = read.filter((r) => r.read === r.outcome).length;
    const opposite = read.filter((r) => r.read !== "none" && r.read !== r.outcome);
    expect(opposite).toEqual([]);
    expect(right / decisions.length).toBeGreaterThanOrEqual(0.95);
  });
});
