import { describe, expect, it } from "vitest";
import { CONTEXT_TURNS, FOLD_OVER_TURNS, foldTurns, OPENING_TURNS } from "./fold-turns.js";

const shownCount = (runs: ReturnType<typeof foldTurns>) =>
  runs.filter((r) => r.kind === "shown").reduce((n, r) => n + r.to - r.from, 0);

describe("foldTurns", () => {
  it("shows a short transcript whole, and nothing of an empty one", () => {
    expect(foldTurns(FOLD_OVER_TURNS, new Set([5]))).toEqual([
      { kind: "shown", from: 0, to: FOLD_OVER_TURNS },
    ]);
    expect(foldTurns(0, new Set())).toEqual([]);
  });

  it("keeps the opening and each quote's turn with its neighbours; folds the rest", () => {
    const runs = foldTurns(600, new Set([100, 350]));
    expect(runs).toEqual([
      { kind: "shown", from: 0, to: OPENING_TURNS },
      { kind: "folded", from: OPENING_TURNS, to: 100 - CONTEXT_TURNS },
      { kind: "shown", from: 99, to: 102 },
      { kind: "folded", from: 102, to: 349 },
      { kind: "shown", from: 349, to: 352 },
      { kind: "folded", from: 352, to: 600 },
    ]);
    // Every turn is in exactly one run, in order.
    expect(runs.flatMap((r) => [r.from, r.to])).toEqual([0, 3, 3, 99, 99, 102, 102, 349, 349, 352, 352, 600]);
    expect(shownCount(runs)).toBe(9);
  });

  it("shows a run too short to fold, and a fold the reader opened, joined to what is around them", () => {
    expect(foldTurns(100, new Set([5]))).toEqual([
      { kind: "shown", from: 0, to: 7 },
      { kind: "folded", from: 7, to: 100 },
    ]);
    expect(foldTurns(100, new Set([99]), new Set([3]))).toEqual([{ kind: "shown", from: 0, to: 100 }]);
  });

  it("keeps quotes at the very ends without going past them", () => {
    const runs = foldTurns(200, new Set([0, 199]));
    expect(runs[0]).toEqual({ kind: "shown", from: 0, to: 3 });
    expect(runs.at(-1)).toEqual({ kind: "shown", from: 198, to: 200 });
  });
});
