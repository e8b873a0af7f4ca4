import { describe, expect, it } from "vitest";
import { analyzeInterview } from "../read/analyze-interview.js";

// Notes made up for these tests.
const ids = (text: string, learned: boolean) =>
  analyzeInterview(
    { docs: [{ kind: "notes", source: "notes.md", text }], now: "2026-05-02T12:00:00Z" },
    { learned },
  ).signals.map((s) => s.id);

describe("the learned part respects what the rules read as denied", () => {
  it("does not find a signal in a sentence whose cue the rules read as denied", () => {
    const text = 'Ninety minutes on the rota and the vans. No "when could you start", no date at all.';
    expect(ids(text, false)).not.toContain("start-date-discussed");
    expect(ids(text, true)).not.toContain("start-date-discussed");
  });
});
