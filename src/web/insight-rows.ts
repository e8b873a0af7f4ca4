import type { ApplicationSummary, SignalInsight } from "./api-types.js";

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

/** The search itself: how many applied, got an interview, an offer; and how many heard back at all. */
export interface Funnel {
  applied: number;
  interviewed: number;
  offers: number;
  /** Applications with any word from the company: a message, or a round (someone met you). */
  heardBack: number;
  rejected: number;
  ghosted: number;
}

export function funnelOf(
  apps: readonly Pick<ApplicationSummary, "rounds" | "outcome" | "lastFromCompany">[],
): Funnel {
  const outcome = (a: (typeof apps)[number], o: string) => a.outcome?.outcome === o;
  return {
    applied: apps.length,
    interviewed: apps.filter((a) => a.rounds > 0 || outcome(a, "offer")).length,
    offers: apps.filter((a) => outcome(a, "offer")).length,
    heardBack: apps.filter(
      (a) => a.rounds > 0 || a.lastFromCompany !== undefined || outcome(a, "offer") || outcome(a, "rejected"),
    ).length,
    rejected: apps.filter((a) => outcome(a, "rejected")).length,
    ghosted: apps.filter((a) => outcome(a, "ghosted")).length,
  };
}
