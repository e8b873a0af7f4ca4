import { expect, it } from "vitest";
import { analyzeInterview } from "../src/core/read/analyze-interview.js";
import type { SignalId } from "../src/core/signals/signal.js";

/** The signals read in a few lines of notes. */
export function idsFromNotes(text: string): SignalId[] {
  return analyzeInterview({
    docs: [{ kind: "notes", source: "notes.md", text }],
    now: "2026-06-01T12:00:00Z",
  }).signals.map((s) => s.id);
}

/**
 * A signal's examples, in notes: sentences that must show it, and near misses that must not
 * (negated, conditional, asked, generic advice, said by the candidate, another sense of a word).
 * Every word is made up for the test.
 */
export function cueExamples(id: SignalId, examples: { fires: string[]; not: string[] }): void {
  it.each(examples.fires)(`${id} ← %s`, (text) => {
    expect(idsFromNotes(text)).toContain(id);
  });
  if (examples.not.length > 0)
    it.each(examples.not)(`no ${id} ← %s`, (text) => {
      expect(idsFromNotes(text)).not.toContain(id);
    });
}
