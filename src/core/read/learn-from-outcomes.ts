import { signalDef } from "../catalogue.js";
import type { Lean } from "../detect/read-own-sense.js";
import { BANDS, type Band, type SignalId } from "../signals/signal.js";

/*
 * What this candidate's own outcomes say so far: which signals came before their offers and
 * rejections, and how well the reads matched what happened. Counts first, with honest intervals;
 * with few outcomes every verdict is "too-few" and the counts are still given as they are.
 */

export type Outcome = "offer" | "rejected" | "withdrew" | "ghosted";

export interface OutcomeCase {
  applicationId: number;
  /** "Acme, Backend Engineer", for display. */
  label: string;
  /** Undefined: the application is still open. */
  outcome?: Outcome;
  /** Distinct signals seen in any round of the application. Outcome signals are dropped here. */
  signals: SignalId[];
  /** The latest read made before the outcome was known. */
  read?: { band: Band; score: number };
  /** What the candidate said of how it went, in the latest round where they said it. */
  ownSense?: Lean;
}

/** Below this many decided applications (offer, rejected or ghosted) no pattern means anything. */
export const MIN_DECIDED = 5;
/** Below this many decided applications with a signal, its verdict is "too-few". */
export const MIN_WITH_SIGNAL = 3;
/** The normal quantile for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** A closed interval of proportions (or of a difference of proportions), in [0, 1] (or [−1, 1]). */
export interface Interval {
  low: number;
  high: number;
}

/** `offers` of `decided` ended in an offer. */
export interface OfferRate {
  offers: number;
  decided: number;
  /** offers / decided; absent when decided is 0. */
  rate?: number;
  /** Wilson score interval, 95%; [0, 1] when decided is 0 (nothing is known). */
  ci: Interval;
}

/**
 * - `too-few`: fewer than MIN_WITH_SIGNAL decided applications with the signal, fewer than
 *   MIN_DECIDED decided in all, or none without it to compare against.
 * - `before-offers`: the 95% interval of the difference in offer rate lies above 0.
 * - `before-rejections`: it lies below 0.
 * - `no-clear-link`: it contains 0.
 */
export type SignalVerdict = "too-few" | "before-offers" | "before-rejections" | "no-clear-link";

/**
 * The observed direction (offer rate with the signal against without it, whatever the interval)
 * against the catalogue's polarity: a positive signal that came before rejections `disagrees`.
 * `no-direction` when the rates are equal or there is nothing to compare.
 */
export type PolarityCheck = "agrees" | "disagrees" | "no-direction";

/** Offer rates with and without something seen (a signal, a gut feeling), and what they say. */
interface Judged {
  /** Applications with the signal, whatever their status (open and withdrawn included). */
  seen: number;
  /** Decided applications with the signal, and how many of them ended in an offer. */
  with: OfferRate;
  /** Decided applications without the signal. */
  without: OfferRate;
  /**
   * with.rate − without.rate, with Newcombe's hybrid score interval (95%); absent when either
   * side has no decided application.
   */
  difference?: { value: number; ci: Interval };
  verdict: SignalVerdict;
  polarityCheck: PolarityCheck;
}

export interface SignalInsight extends Judged {
  id: SignalId;
  polarity: "positive" | "negative";
}

/**
 * The candidate's gut against their outcomes (seed 001: trust your gut, but be fair to yourself):
 * the applications where they felt it went well, or badly, and how those ended. `polarityCheck`
 * says whether the outcomes went the way the gut did.
 */
export interface OwnSenseInsight extends Judged {
  lean: "well" | "badly";
}

export interface BandOutcomes {
  band: Band;
  offers: number;
  notOffers: number;
  /** Offer rate in this band, with its Wilson interval. */
  offerRate: OfferRate;
}

/** Which predicted offers better by Brier score (lower is better). */
export type BrierVerdict = "read-better" | "base-rate-better" | "same";

export interface ReadsAgainstOutcomes {
  /** Decided applications with a read made before the outcome: the only ones judged here. */
  judged: number;
  /** Decided applications without such a read (counted, not judged). */
  unread: number;
  offers: number;
  notOffers: number;
  /** True when judged ≥ MIN_DECIDED; below that, every figure here is noise. */
  enoughToJudge: boolean;
  /** One row per band, weakest first (BANDS order), empty bands included. */
  bands: BandOutcomes[];
  /** Present when judged > 0. */
  brier?: {
    /** Mean of (score − offered)², the score clamped to [0, 1]. */
    read: number;
    /** The same for always predicting the judged cases' own offer rate (in-sample, so flattering). */
    baseRate: number;
    /** The rate that baseline predicts. */
    rate: number;
    verdict: BrierVerdict;
  };
  /** Probability that an offer's score beats a non-offer's (ties count half); needs ≥ 2 of each. */
  auc?: number;
}

export interface OutcomeTotals {
  applications: number;
  /** Offers + rejected + ghosted: the outcomes that say what the company thought. */
  decided: number;
  offers: number;
  /** Rejected + ghosted. */
  negative: number;
  rejected: number;
  ghosted: number;
  /** Withdrawn by the candidate: excluded from every statistic. */
  withdrew: number;
  open: number;
  /** The overall offer rate among decided applications. */
  offerRate: OfferRate;
  /** decided ≥ MIN_DECIDED. */
  enoughToLearn: boolean;
  /** How many more decided applications until enoughToLearn (0 once there). */
  needMore: number;
}

export interface Insights {
  totals: OutcomeTotals;
  /** Every non-outcome signal seen in any application; decided-with-signal count descending, then id. */
  signals: SignalInsight[];
  reads: ReadsAgainstOutcomes;
  /** "Went well" and "went badly", each where the candidate said it at least once. */
  ownSense: OwnSenseInsight[];
}

/**
 * Wilson score interval for `successes` of `n` at 95%. With n = 0 nothing is known: [0, 1].
 * p̂ = s/n; centre = (p̂ + z²/2n) / (1 + z²/n); half-width = z·√(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n).
 */
export function wilsonInterval(successes: number, n: number, z = Z95): Interval {
  if (n <= 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At 0 and n the bounds are exactly 0 and 1; rounding must not nudge them past.
  return {
    low: successes <= 0 ? 0 : Math.max(0, centre - half),
    high: successes >= n ? 1 : Math.min(1, centre + half),
  };
}

/**
 * The difference of two independent proportions, a − b, with Newcombe's hybrid score interval
 * (Newcombe 1998, method 10), built from each side's Wilson interval:
 *   low  = d − √((p₁ − l₁)² + (u₂ − p₂)²),  high = d + √((u₁ − p₁)² + (p₂ − l₂)²).
 * Chosen over the Wald interval because it stays inside [−1, 1] and behaves at 0/n and n/n,
 * which is where a few applications put us. Undefined when either side is empty.
 */
export function newcombeDifference(a: OfferRate, b: OfferRate): { value: number; ci: Interval } | undefined {
  if (a.rate === undefined || b.rate === undefined) return undefined;
  const value = a.rate - b.rate;
  const low = value - Math.hypot(a.rate - a.ci.low, b.ci.high - b.rate);
  const high = value + Math.hypot(a.ci.high - a.rate, b.rate - b.ci.low);
  return { value, ci: { low: Math.max(-1, low), high: Math.min(1, high) } };
}

export function offerRate(offers: number, decided: number): OfferRate {
  const ci = wilsonInterval(offers, decided);
  return decided > 0 ? { offers, decided, rate: offers / decided, ci } : { offers, decided, ci };
}

/** Brier score of predicting `p` for each case: mean squared error against 1 (offer) or 0. */
export function brierScore(predictions: readonly number[], offered: readonly boolean[]): number {
  if (predictions.length === 0) return 0;
  let sum = 0;
  predictions.forEach((p, i) => {
    const y = offered[i] ? 1 : 0;
    sum += (p - y) ** 2;
  });
  return sum / predictions.length;
}

/**
 * Area under the ROC curve by pairs: the share of (offer, non-offer) pairs in which the offer's
 * score is higher, ties counting half. Undefined without at least one of each.
 */
export function pairwiseAuc(scores: readonly number[], offered: readonly boolean[]): number | undefined {
  const pos = scores.filter((_, i) => offered[i]);
  const neg = scores.filter((_, i) => !offered[i]);
  if (pos.length === 0 || neg.length === 0) return undefined;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

function isDecided(outcome: Outcome | undefined): outcome is "offer" | "rejected" | "ghosted" {
  return outcome === "offer" || outcome === "rejected" || outcome === "ghosted";
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0.5;
}

/** Brier scores closer than this are called the same (they differ by rounding only). */
const BRIER_EPSILON = 1e-9;

function judgeReads(decided: OutcomeCase[]): ReadsAgainstOutcomes {
  const judgedCases = decided.filter((c) => c.read !== undefined);
  const offered = judgedCases.map((c) => c.outcome === "offer");
  const scores = judgedCases.map((c) => clamp01(c.read?.score ?? 0));
  const offers = offered.filter(Boolean).length;
  const notOffers = judgedCases.length - offers;

  const bands: BandOutcomes[] = BANDS.map((band) => {
    const inBand = judgedCases.filter((c) => c.read?.band === band);
    const bandOffers = inBand.filter((c) => c.outcome === "offer").length;
    return {
      band,
      offers: bandOffers,
      notOffers: inBand.length - bandOffers,
      offerRate: offerRate(bandOffers, inBand.length),
    };
  });

  const reads: ReadsAgainstOutcomes = {
    judged: judgedCases.length,
    unread: decided.length - judgedCases.length,
    offers,
    notOffers,
    enoughToJudge: judgedCases.length >= MIN_DECIDED,
    bands,
  };
  if (judgedCases.length > 0) {
    const rate = offers / judgedCases.length;
    const read = brierScore(scores, offered);
    const baseRate = brierScore(
      scores.map(() => rate),
      offered,
    );
    const verdict: BrierVerdict =
      Math.abs(read - baseRate) <= BRIER_EPSILON
        ? "same"
        : read < baseRate
          ? "read-better"
          : "base-rate-better";
    reads.brier = { read, baseRate, rate, verdict };
  }
  if (offers >= 2 && notOffers >= 2) {
    const auc = pairwiseAuc(scores, offered);
    if (auc !== undefined) reads.auc = auc;
  }
  return reads;
}

/** Offer rates of the decided applications with and without what `has` picks, and the verdict. */
function judge(
  has: (c: OutcomeCase) => boolean,
  polarity: "positive" | "negative",
  all: OutcomeCase[],
  decided: OutcomeCase[],
): Judged {
  const withCases = decided.filter(has);
  const withoutCases = decided.filter((c) => !has(c));
  const withRate = offerRate(withCases.filter((c) => c.outcome === "offer").length, withCases.length);
  const withoutRate = offerRate(
    withoutCases.filter((c) => c.outcome === "offer").length,
    withoutCases.length,
  );
  const difference = newcombeDifference(withRate, withoutRate);

  let verdict: SignalVerdict;
  if (!difference || withCases.length < MIN_WITH_SIGNAL || decided.length < MIN_DECIDED) verdict = "too-few";
  else if (difference.ci.low > 0) verdict = "before-offers";
  else if (difference.ci.high < 0) verdict = "before-rejections";
  else verdict = "no-clear-link";

  const sign = polarity === "positive" ? 1 : -1;
  const leaning = difference ? Math.sign(difference.value) * sign : 0;
  const polarityCheck: PolarityCheck = leaning > 0 ? "agrees" : leaning < 0 ? "disagrees" : "no-direction";

  const insight: Judged = {
    seen: all.filter(has).length,
    with: withRate,
    without: withoutRate,
    verdict,
    polarityCheck,
  };
  if (difference) insight.difference = difference;
  return insight;
}

/**
 * Learns from this candidate's recorded outcomes. An offer is positive; rejected and ghosted are
 * negative; withdrew says nothing about the company's view and is counted but left out of every
 * statistic; open applications are counted only.
 */
export function learnFromOutcomes(cases: OutcomeCase[]): Insights {
  const decided = cases.filter((c) => isDecided(c.outcome));
  const count = (o: Outcome) => cases.filter((c) => c.outcome === o).length;
  const offers = count("offer");
  const rejected = count("rejected");
  const ghosted = count("ghosted");

  const totals: OutcomeTotals = {
    applications: cases.length,
    decided: decided.length,
    offers,
    negative: rejected + ghosted,
    rejected,
    ghosted,
    withdrew: count("withdrew"),
    open: cases.filter((c) => c.outcome === undefined).length,
    offerRate: offerRate(offers, decided.length),
    enoughToLearn: decided.length >= MIN_DECIDED,
    needMore: Math.max(0, MIN_DECIDED - decided.length),
  };

  // Distinct non-outcome signals per application, and every one seen anywhere.
  const polarityOf = new Map<SignalId, "positive" | "negative">();
  const signalSets = new Map<OutcomeCase, Set<SignalId>>();
  for (const c of cases) {
    const set = new Set<SignalId>();
    for (const id of c.signals) {
      const { polarity } = signalDef(id);
      if (polarity === "outcome") continue;
      set.add(id);
      polarityOf.set(id, polarity);
    }
    signalSets.set(c, set);
  }

  const signals = [...polarityOf]
    .map(
      ([id, polarity]): SignalInsight => ({
        id,
        polarity,
        ...judge((c) => signalSets.get(c)?.has(id) === true, polarity, cases, decided),
      }),
    )
    .sort((a, b) => b.with.decided - a.with.decided || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const ownSense = (["well", "badly"] as const)
    .filter((lean) => cases.some((c) => c.ownSense === lean))
    .map(
      (lean): OwnSenseInsight => ({
        lean,
        ...judge((c) => c.ownSense === lean, lean === "well" ? "positive" : "negative", cases, decided),
      }),
    );

  return { totals, signals, reads: judgeReads(decided), ownSense };
}
