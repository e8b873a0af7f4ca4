/**
 * L2-regularised logistic regression pulled towards prior weights, for fitting the read's signal
 * weights on real outcomes (scripts/fit-weights.ts). Pure: no I/O; folds from a given seed.
 *
 * The model is the read's own: z = intercept + Σ wᵢ·xᵢ / scale, P(offer) = 1 / (1 + e^−z), with
 * wᵢ in the catalogue's units (a strong signal is 3) and `scale` the read's SCALE. It minimises
 *
 *   mean log-loss + λ · Σ (wᵢ − priorᵢ)²
 *
 * so a signal seen rarely keeps (nearly) its prior weight, and one never seen keeps it exactly.
 * The intercept is not penalised. With `signs`, each wᵢ is held on its prior's side of zero
 * (a positive signal may count for nothing, never against).
 */
import { seededRandom } from "./outcome-metrics.js";

/** One record: its features as [feature index, value] pairs (absent features are 0), and the outcome. */
export interface Row {
  x: readonly (readonly [number, number])[];
  y: boolean;
}

export interface LogisticOptions {
  lambda: number;
  /** Divides the weighted sum before the logistic (the read's SCALE). */
  scale: number;
  /** Keep each weight on the side of zero its prior is on. */
  keepSigns?: boolean;
  /** Coordinate-descent sweeps at most (default 500). */
  maxSweeps?: number;
  /** Stop when no weight moves more than this in a sweep (default 1e-7). */
  tolerance?: number;
}

export interface LogisticFit {
  intercept: number;
  weights: number[];
  sweeps: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
/** log(1 + e^z) without overflow. */
const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/** Mean log-loss of probabilities against outcomes (clipped away from 0 and 1). */
export function logLoss(p: readonly number[], y: readonly boolean[]): number {
  let sum = 0;
  p.forEach((pi, i) => {
    const q = Math.min(1 - 1e-12, Math.max(1e-12, pi));
    sum -= y[i] ? Math.log(q) : Math.log(1 - q);
  });
  return sum / Math.max(1, p.length);
}

export function predict(fit: Pick<LogisticFit, "intercept" | "weights">, row: Row, scale: number): number {
  let z = fit.intercept;
  for (const [j, v] of row.x) z += ((fit.weights[j] ?? 0) * v) / scale;
  return sigmoid(z);
}

/**
 * Cyclic coordinate descent, each coordinate minimised by Newton steps with backtracking, the
 * sign bound applied by projection: the objective is convex, so this reaches its minimum.
 */
export function fitLogistic(
  rows: readonly Row[],
  prior: readonly number[],
  options: LogisticOptions,
): LogisticFit {
  const { lambda, scale, keepSigns = false, maxSweeps = 500, tolerance = 1e-7 } = options;
  const n = rows.length;
  const p = prior.length;
  if (n === 0) throw new Error("fitLogistic: no rows");
  const w = [...prior];
  const ys: number[] = rows.map((r) => (r.y ? 1 : 0));
  // Which rows each feature appears in, with its value there.
  const columns: { i: number; v: number }[][] = Array.from({ length: p }, () => []);
  rows.forEach((r, i) => {
    for (const [j, v] of r.x)
      if (v !== 0) (columns[j] as { i: number; v: number }[]).push({ i, v: v / scale });
  });
  const rate = ys.reduce((a, b) => a + b, 0) / n;
  let b = Math.log(Math.max(1e-6, rate) / Math.max(1e-6, 1 - rate));
  // z for every row, kept up to date as coordinates move.
  const z = rows.map((r) => r.x.reduce((s, [j, v]) => s + ((w[j] ?? 0) * v) / scale, b));

  /** The objective's part that depends on one coordinate, from its change d. */
  const partial = (
    entries: readonly { i: number; v: number }[],
    d: number,
    penalty: (d: number) => number,
  ) => {
    let s = 0;
    for (const { i, v } of entries) {
      const zi = (z[i] as number) + d * v;
      s += softplus(zi) - (ys[i] as number) * zi;
    }
    return s / n + penalty(d);
  };

  /** Minimises along one coordinate; returns the change made. */
  const step = (
    entries: readonly { i: number; v: number }[],
    penaltyGrad: (d: number) => number,
    penaltyCurv: number,
    penalty: (d: number) => number,
    clamp: (d: number) => number,
  ): number => {
    let d = 0;
    for (let it = 0; it < 25; it++) {
      let g = 0;
      let h = 0;
      for (const { i, v } of entries) {
        const s = sigmoid((z[i] as number) + d * v);
        g += (s - (ys[i] as number)) * v;
        h += s * (1 - s) * v * v;
      }
      g = g / n + penaltyGrad(d);
      h = h / n + penaltyCurv;
      if (h <= 0) break;
      const before = partial(entries, d, penalty);
      let t = 1;
      let next = clamp(d - g / h);
      while (t > 1e-6 && partial(entries, next, penalty) > before + 1e-15) {
        t /= 2;
        next = clamp(d - (t * g) / h);
      }
      const moved = Math.abs(next - d);
      d = next;
      if (moved < tolerance / 10) break;
    }
    if (d !== 0) for (const { i, v } of entries) z[i] = (z[i] as number) + d * v;
    return d;
  };

  const all = rows.map((_, i) => ({ i, v: 1 }));
  let sweeps = 0;
  for (; sweeps < maxSweeps; sweeps++) {
    const db = step(
      all,
      () => 0,
      0,
      () => 0,
      (d) => d,
    );
    b += db;
    let largest = Math.abs(db);
    for (let j = 0; j < p; j++) {
      const wj = w[j] as number;
      const pj = prior[j] as number;
      const entries = columns[j] as { i: number; v: number }[];
      const clamp = (d: number) => {
        if (!keepSigns || pj === 0) return d;
        const next = wj + d;
        return pj > 0 ? Math.max(0, next) - wj : Math.min(0, next) - wj;
      };
      const d = step(
        entries,
        (d) => 2 * lambda * (wj + d - pj),
        2 * lambda,
        (d) => lambda * (wj + d - pj) ** 2,
        clamp,
      );
      w[j] = wj + d;
      largest = Math.max(largest, Math.abs(d));
    }
    if (largest < tolerance) break;
  }
  return { intercept: b, weights: w, sweeps };
}

/** k folds of 0…n−1, shuffled by a seed, as near equal in size as can be. */
export function folds(n: number, k: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const fold = new Array<number>(n).fill(0);
  order.forEach((row, pos) => {
    fold[row] = pos % k;
  });
  return fold;
}

export interface CvResult {
  lambda: number;
  /** Mean held-out log-loss over the folds' records. */
  logLoss: number;
  /** Held-out probabilities, one per row, from the fold that left the row out. */
  heldOut: number[];
}

/** k-fold cross-validation of each λ: every row predicted by a fit that never saw it. */
export function crossValidate(
  rows: readonly Row[],
  prior: readonly number[],
  lambdas: readonly number[],
  options: Omit<LogisticOptions, "lambda"> & { k: number; seed: number },
): CvResult[] {
  const fold = folds(rows.length, options.k, options.seed);
  return lambdas.map((lambda) => {
    const heldOut = new Array<number>(rows.length).fill(Number.NaN);
    for (let f = 0; f < options.k; f++) {
      const fit = fitLogistic(
        rows.filter((_, i) => fold[i] !== f),
        prior,
        { ...options, lambda },
      );
      rows.forEach((r, i) => {
        if (fold[i] === f) heldOut[i] = predict(fit, r, options.scale);
      });
    }
    return {
      lambda,
      logLoss: logLoss(
        heldOut,
        rows.map((r) => r.y),
      ),
      heldOut,
    };
  });
}
