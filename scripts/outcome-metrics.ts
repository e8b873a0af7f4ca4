/**
 * Figures for how well a score predicts a yes/no outcome: AUC by ranks, a seeded bootstrap
 * interval, and a calibration table. Pure: no I/O, and randomness only from a given seed.
 */

/**
 * Area under the ROC curve: the chance that a random positive scores above a random negative,
 * ties counted half. By ranks (Mann–Whitney U), O(n log n). NaN when either class is empty.
 */
export function auc(scores: readonly number[], labels: readonly boolean[]): number {
  if (scores.length !== labels.length) throw new Error("auc: scores and labels differ in length");
  const order = scores.map((_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    const s = scores[order[i] as number] as number;
    let j = i;
    while (j < order.length && scores[order[j] as number] === s) j++;
    // Ranks i+1 … j share their average.
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (labels[order[k] as number]) {
        positives++;
        rankSum += rank;
      }
    }
    i = j;
  }
  const negatives = scores.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mulberry32: a small, fast, seeded PRNG giving floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Interval {
  estimate: number;
  low: number;
  high: number;
  /** Resamples used (those where the statistic was defined). */
  resamples: number;
}

/** The q-quantile of sorted numbers, linearly interpolated. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
  /** Coverage of the interval (default 0.95). */
  level?: number;
}

/**
 * Percentile bootstrap for any statistic of n records: `stat` is given the indices of one
 * resample (drawn with replacement). The same seed draws the same resamples, so two statistics
 * bootstrapped with one seed are paired. Resamples where the statistic is NaN are skipped.
 */
export function bootstrap(
  n: number,
  stat: (indices: readonly number[]) => number,
  { resamples = 1000, seed = 1, level = 0.95 }: BootstrapOptions = {},
): Interval {
  const all = Array.from({ length: n }, (_, i) => i);
  const estimate = stat(all);
  const random = seededRandom(seed);
  const values: number[] = [];
  const indices = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) indices[i] = Math.floor(random() * n);
    const v = stat(indices);
    if (!Number.isNaN(v)) values.push(v);
  }
  values.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return {
    estimate,
    low: quantile(values, tail),
    high: quantile(values, 1 - tail),
    resamples: values.length,
  };
}

/** AUC with a percentile bootstrap interval. */
export function bootstrapAuc(
  scores: readonly number[],
  labels: readonly boolean[],
  options: BootstrapOptions = {},
): Interval {
  return bootstrap(
    scores.length,
    (idx) =>
      auc(
        idx.map((i) => scores[i] as number),
        idx.map((i) => labels[i] as boolean),
      ),
    options,
  );
}

/** A score bin: a name and a test; the bins of a table must not overlap and must cover [0, 1]. */
export interface ScoreBin {
  name: string;
  holds: (score: number) => boolean;
}

export interface CalibrationRow {
  name: string;
  count: number;
  positives: number;
  /** Observed share of positives (NaN for an empty bin). */
  rate: number;
  /** Mean score in the bin (NaN for an empty bin). */
  meanScore: number;
}

/** Observed outcome rate per score bin. Throws if a score falls in no bin or in two. */
export function calibrationTable(
  scores: readonly number[],
  labels: readonly boolean[],
  bins: readonly ScoreBin[],
): CalibrationRow[] {
  const rows = bins.map((b) => ({ name: b.name, count: 0, positives: 0, sum: 0 }));
  scores.forEach((s, i) => {
    const hits = bins.flatMap((b, k) => (b.holds(s) ? [k] : []));
    if (hits.length !== 1) throw new Error(`calibrationTable: score ${s} falls in ${hits.length} bins`);
    const row = rows[hits[0] as number] as (typeof rows)[number];
    row.count++;
    row.sum += s;
    if (labels[i]) row.positives++;
  });
  return rows.map((r) => ({
    name: r.name,
    count: r.count,
    positives: r.positives,
    rate: r.count === 0 ? Number.NaN : r.positives / r.count,
    meanScore: r.count === 0 ? Number.NaN : r.sum / r.count,
  }));
}

/** Bins that keep the read's bands apart and give the held-back score of exactly 0.5 its own row. */
export const READ_BINS: readonly ScoreBin[] = [
  { name: "< 0.35 (weak)", holds: (s) => s < 0.35 },
  { name: "0.35–0.5", holds: (s) => s >= 0.35 && s < 0.5 },
  { name: "= 0.5", holds: (s) => s === 0.5 },
  { name: "0.5–0.71", holds: (s) => s > 0.5 && s < 0.71 },
  { name: "0.71–0.85 (promising)", holds: (s) => s >= 0.71 && s < 0.85 },
  { name: "≥ 0.85 (strong)", holds: (s) => s >= 0.85 },
];
