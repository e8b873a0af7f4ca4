import type { SignalInsight } from "./api-types.js";

/** One row of the dot-and-interval chart: a signal's difference in offer rate, with its interval and n. */
export interface DifferenceRow {
  id: string;
  polarity: SignalInsight["polarity"];
  /** Offer rate with it minus without it, in [−1, 1]. */
  value: number;
  low: number;
  high: number;
  /** Decided applications with it and without it. */
  withN: number;
  withoutN: number;
  verdict: SignalInsight["verdict"];
}

/**
 * The signals with enough decided applications to compare (not "too few"), largest difference first;
 * on a tie, the one with more decided applications first.
 */
export function differenceRows(signals: readonly SignalInsight[]): DifferenceRow[] {
  return signals
    .flatMap((s) =>
      s.difference && s.verdict !== "too-few"
        ? [
            {
              id: s.id,
              polarity: s.polarity,
              value: s.difference.value,
              low: s.difference.ci.low,
              high: s.difference.ci.high,
              withN: s.with.decided,
              withoutN: s.without.decided,
              verdict: s.verdict,
            },
          ]
        : [],
    )
    .sort((a, b) => b.value - a.value || b.withN - a.withN || a.id.localeCompare(b.id));
}
