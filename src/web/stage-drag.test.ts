import { describe, expect, it } from "vitest";
import { columnOf, DROP_STAGES, stepDropStage } from "./stage-drag.js";

describe("stepDropStage", () => {
  it.each([
    ["applied", "ArrowRight", "interviewing"],
    ["applied", "ArrowDown", "interviewing"],
    ["waiting", "ArrowLeft", "interviewing"],
    ["waiting", "ArrowUp", "interviewing"],
    ["offer", "ArrowRight", "rejected"],
    ["ghosted", "ArrowRight", "ghosted"],
    ["applied", "ArrowLeft", "applied"],
    ["withdrew", "Home", "applied"],
    ["interviewing", "End", "ghosted"],
    ["waiting", "a", undefined],
    ["waiting", " ", undefined],
  ] as const)("from %s, %s goes to %s", (from, key, to) => {
    expect(stepDropStage(from, key)).toBe(to);
  });

  it("walks every stage once, in the board's order", () => {
    const seen = [DROP_STAGES[0]];
    for (let i = 0; i < 10; i++) {
      const next = stepDropStage(seen.at(-1) ?? "applied", "ArrowRight");
      if (next && next !== seen.at(-1)) seen.push(next);
    }
    expect(seen).toEqual(["applied", "interviewing", "waiting", "offer", "rejected", "withdrew", "ghosted"]);
  });
});

describe("columnOf", () => {
  it("puts an outcome that closes it in Closed, and every other stage in its own column", () => {
    expect(DROP_STAGES.map(columnOf)).toEqual([
      "applied",
      "interviewing",
      "waiting",
      "offer",
      "closed",
      "closed",
      "closed",
    ]);
  });
});
