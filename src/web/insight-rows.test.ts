import { describe, expect, it } from "vitest";
import type { SignalInsight } from "./api-types.js";
import { differenceRows } from "./insight-rows.js";

const rate = (offers: number, decided: number) => ({
  offers,
  decided,
  ...(decided > 0 ? { rate: offers / decided } : {}),
  ci: { low: 0, high: 1 },
});

function insight(
  id: string,
  value: number | undefined,
  verdict: SignalInsight["verdict"],
  withN = 5,
): SignalInsight {
  return {
    id: id as SignalInsight["id"],
    polarity: "positive",
    seen: withN,
    with: rate(2, withN),
    without: rate(1, 6),
    ...(value === undefined ? {} : { difference: { value, ci: { low: value - 0.3, high: value + 0.3 } } }),
    verdict,
    polarityCheck: "no-direction",
  };
}

describe("the dot-and-interval rows", () => {
  it("leaves out signals with too few decided applications, and sorts the rest by difference, largest first", () => {
    const rows = differenceRows([
      insight("asked-start-date", 0.1, "no-clear-link"),
      insight("met-more-team", 0.5, "before-offers"),
      insight("ran-over-time", 0.9, "too-few"),
      insight("curt-reply", -0.4, "before-rejections"),
      insight("praised-answers", undefined, "too-few"),
    ]);
    expect(rows.map((r) => r.id)).toEqual(["met-more-team", "asked-start-date", "curt-reply"]);
    expect(rows[0]).toMatchObject({ value: 0.5, low: 0.2, high: 0.8, withN: 5, withoutN: 6 });
  });

  it("puts the better-evidenced of two equal differences first", () => {
    const rows = differenceRows([
      insight("a-signal", 0.2, "no-clear-link", 3),
      insight("b-signal", 0.2, "no-clear-link", 8),
    ]);
    expect(rows.map((r) => r.id)).toEqual(["b-signal", "a-signal"]);
  });
});
