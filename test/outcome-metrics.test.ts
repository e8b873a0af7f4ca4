import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitLogistic, folds, predict, type Row } from "../scripts/fit-logistic.js";
import {
  auc,
  bootstrap,
  bootstrapAuc,
  calibrationTable,
  READ_BINS,
  seededRandom,
} from "../scripts/outcome-metrics.js";

/** Every positive–negative pair, ties half: the definition AUC must agree with. */
function bruteForceAuc(scores: number[], labels: boolean[]): number {
  let wins = 0;
  let pairs = 0;
  scores.forEach((p, i) => {
    if (!labels[i]) return;
    scores.forEach((n, j) => {
      if (labels[j]) return;
      pairs++;
      wins += p > n ? 1 : p === n ? 0.5 : 0;
    });
  });
  return pairs === 0 ? Number.NaN : wins / pairs;
}

describe("auc", () => {
  it("is 1 for a perfect ranking, 0 reversed, 0.5 when all tie", () => {
    const labels = [false, false, false, true, true];
    expect(auc([0.1, 0.2, 0.3, 0.8, 0.9], labels)).toBe(1);
    expect(auc([0.9, 0.8, 0.7, 0.2, 0.1], labels)).toBe(0);
    expect(auc([0.5, 0.5, 0.5, 0.5, 0.5], labels)).toBe(0.5);
  });

  it("counts ties half", () => {
    // One positive tied with one of two negatives, above the other: (1 + 0.5) / 2.
    expect(auc([0.5, 0.5, 0.1], [true, false, false])).toBe(0.75);
  });

  it("is NaN when a class is missing", () => {
    expect(auc([0.1, 0.2], [true, true])).toBeNaN();
    expect(auc([], [])).toBeNaN();
  });

  it("matches a brute-force count of pairs on random data, ties included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean()), { minLength: 2, maxLength: 80 }),
        (data) => {
          const scores = data.map(([s]) => s / 20);
          const labels = data.map(([, y]) => y);
          const expected = bruteForceAuc(scores, labels);
          const got = auc(scores, labels);
          if (Number.isNaN(expected)) expect(got).toBeNaN();
          else expect(got).toBeCloseTo(expected, 12);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe("bootstrap", () => {
  const random = seededRandom(3);
  const labels = Array.from({ length: 200 }, () => random() < 0.4);
  const scores = labels.map((y) => (y ? 0.3 : 0) + random());

  it("gives an interval around the point estimate", () => {
    const i = bootstrapAuc(scores, labels, { resamples: 500, seed: 9 });
    expect(i.estimate).toBeCloseTo(auc(scores, labels), 12);
    expect(i.low).toBeLessThanOrEqual(i.estimate);
    expect(i.high).toBeGreaterThanOrEqual(i.estimate);
    expect(i.high - i.low).toBeGreaterThan(0);
    expect(i.resamples).toBe(500);
  });

  it("is the same for the same seed and differs for another", () => {
    const a = bootstrapAuc(scores, labels, { resamples: 300, seed: 5 });
    const b = bootstrapAuc(scores, labels, { resamples: 300, seed: 5 });
    const c = bootstrapAuc(scores, labels, { resamples: 300, seed: 6 });
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it("narrows with a lower level and takes any statistic", () => {
    const mean = (idx: readonly number[]) => idx.reduce((s, i) => s + (scores[i] as number), 0) / idx.length;
    const wide = bootstrap(scores.length, mean, { resamples: 400, seed: 1, level: 0.95 });
    const narrow = bootstrap(scores.length, mean, { resamples: 400, seed: 1, level: 0.5 });
    expect(narrow.high - narrow.low).toBeLessThan(wide.high - wide.low);
  });

  it("draws from a seeded generator in [0, 1)", () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe("calibrationTable", () => {
  it("puts every score in exactly one bin: counts sum to n", () => {
    const random = seededRandom(11);
    const scores = [0, 0.35, 0.5, 0.5, 0.71, 0.85, 1, ...Array.from({ length: 300 }, () => random())];
    const labels = scores.map(() => random() < 0.5);
    const rows = calibrationTable(scores, labels, READ_BINS);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(scores.length);
    expect(rows.reduce((n, r) => n + r.positives, 0)).toBe(labels.filter(Boolean).length);
    expect(rows.find((r) => r.name === "= 0.5")?.count).toBe(2);
    for (const r of rows) if (r.count > 0) expect(r.rate).toBe(r.positives / r.count);
  });

  it("refuses a score no bin holds", () => {
    expect(() => calibrationTable([0.2], [true], [{ name: "high", holds: (s) => s > 0.5 }])).toThrow(
      /falls in 0 bins/,
    );
  });
});

describe("fitLogistic", () => {
  const random = seededRandom(21);
  // Feature 0 raises the odds (true weight +6 at scale 6 = +1 logit), feature 1 lowers them.
  const rows: Row[] = Array.from({ length: 30_000 }, () => {
    const x: [number, number][] = [];
    if (random() < 0.3) x.push([0, 1]);
    if (random() < 0.3) x.push([1, 1]);
    const z = -0.2 + x.reduce((s, [j]) => s + (j === 0 ? 1 : -1.5), 0);
    return { x, y: random() < 1 / (1 + Math.exp(-z)) };
  });

  it("recovers the weights when the prior barely pulls, at a point where the gradient vanishes", () => {
    const fit = fitLogistic(rows, [0, 0, 0], { lambda: 1e-9, scale: 6 });
    expect(Math.abs((fit.weights[0] as number) - 6)).toBeLessThan(0.5);
    expect(Math.abs((fit.weights[1] as number) + 9)).toBeLessThan(0.75);
    expect(Math.abs(fit.intercept + 0.2)).toBeLessThan(0.1);
    // A feature never seen keeps its prior exactly.
    expect(fit.weights[2]).toBe(0);
    const gradient = [0, 0, 0];
    for (const r of rows) {
      const residual = predict(fit, r, 6) - (r.y ? 1 : 0);
      gradient[0] = (gradient[0] as number) + residual;
      for (const [j, v] of r.x) gradient[j + 1] = (gradient[j + 1] as number) + (residual * v) / 6;
    }
    for (const g of gradient) expect(Math.abs(g / rows.length)).toBeLessThan(1e-6);
  });

  it("stays at the prior when the prior pulls hard", () => {
    const fit = fitLogistic(rows, [2, 2, -1], { lambda: 1e3, scale: 6 });
    expect(fit.weights[0]).toBeCloseTo(2, 2);
    expect(fit.weights[1]).toBeCloseTo(2, 2);
    expect(fit.weights[2]).toBe(-1);
  });

  it("keeps each weight on its prior's side of zero when asked", () => {
    const free = fitLogistic(rows, [2, 2, 1], { lambda: 1e-6, scale: 6 });
    const kept = fitLogistic(rows, [2, 2, 1], { lambda: 1e-6, scale: 6, keepSigns: true });
    expect(free.weights[1]).toBeLessThan(0);
    expect(kept.weights[1]).toBe(0);
    expect(kept.weights[0]).toBeGreaterThan(0);
  });

  it("splits rows into k folds of near equal size, the same for a seed", () => {
    const f = folds(103, 5, 4);
    const sizes = [0, 1, 2, 3, 4].map((k) => f.filter((x) => x === k).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(folds(103, 5, 4)).toEqual(f);
  });
});
