/**
 * `npm run eval`, real outcomes: how well the read's score predicts an offer on the `test` split
 * of the Glassdoor reviews (records that state the outcome left out), against VADER's sentiment
 * of the whole text as the naive baseline; with the catalogue's weights and with the weights
 * `npm run fit` fitted on `train`. Also checks what the fitted weights would do to the corpus
 * bands, the product's other measure.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import vader from "vader-sentiment";
import { analyzeCase } from "../src/app/analyze-case.js";
import { scoreRead } from "../src/core/read/score-read.js";
import { BANDS, type Band } from "../src/core/signals/signal.js";
import {
  auc,
  bootstrap,
  bootstrapAuc,
  calibrationTable,
  type Interval,
  READ_BINS,
} from "./outcome-metrics.js";
import { REVIEWS_PATH, type ReadReview, readReview, readReviews, rescore, SHARED } from "./read-reviews.js";
import { type FittedWeights, readFittedWeights } from "./signal-model.js";

const RESAMPLES = 1000;
/** One seed for every interval: the same resamples, so intervals of differences are paired. */
const SEED = 20260601;

const f2 = (n: number) => n.toFixed(2);
const f3 = (n: number) => n.toFixed(3);
const pct = (a: number, b: number) => `${((a / Math.max(1, b)) * 100).toFixed(1)}%`;
const ci = (i: Interval) => `${f3(i.estimate)} [${f3(i.low)}, ${f3(i.high)}]`;

/** AUC of a minus AUC of b on the same resamples. */
function aucDifference(a: readonly number[], b: readonly number[], labels: readonly boolean[]): Interval {
  return bootstrap(
    labels.length,
    (idx) => {
      const y = idx.map((i) => labels[i] as boolean);
      return (
        auc(
          idx.map((i) => a[i] as number),
          y,
        ) -
        auc(
          idx.map((i) => b[i] as number),
          y,
        )
      );
    },
    { resamples: RESAMPLES, seed: SEED },
  );
}

const pick = <T>(xs: readonly T[], idx: readonly number[]): T[] => idx.map((i) => xs[i] as T);

/** Band agreement on the corpus cases, under the catalogue's weights and under the given ones. */
async function corpusBands(
  weights: FittedWeights["weights"],
): Promise<{ cases: number; exact: [number, number]; withinOne: [number, number]; changed: string[] }> {
  const dir = join(SHARED, "corpus", "cases");
  const cases = (await readdir(dir)).sort();
  const exact: [number, number] = [0, 0];
  const withinOne: [number, number] = [0, 0];
  const changed: string[] = [];
  for (const name of cases) {
    const expected = JSON.parse(await readFile(join(dir, name, "expected.json"), "utf8")) as {
      band: Band;
      now: string;
    };
    const { analysis } = await analyzeCase([join(dir, name)], { now: expected.now });
    const findings = analysis.signals.map((s) => ({ id: s.id, evidence: s.evidence }));
    const ownSense = analysis.read.ownSense;
    const fittedRead = scoreRead(findings, analysis.context, { weights, ...(ownSense ? { ownSense } : {}) });
    const [prior, fitted] = [analysis.read.band, fittedRead.band];
    for (const [k, band] of [prior, fitted].entries()) {
      const d = Math.abs(BANDS.indexOf(band) - BANDS.indexOf(expected.band));
      if (d === 0) exact[k as 0 | 1]++;
      if (d <= 1) withinOne[k as 0 | 1]++;
    }
    if (prior !== fitted) changed.push(`${name} ${prior}→${fitted} (expected ${expected.band})`);
  }
  return { cases: cases.length, exact, withinOne, changed };
}

export async function evalOutcomes(): Promise<void> {
  const all = await readReviews();
  if (all.length === 0) {
    console.log(`\nReal outcomes: skipped, no reviews at ${REVIEWS_PATH}`);
    return;
  }
  const testAll = all.filter((r) => r.split === "test");
  const reviews: ReadReview[] = testAll.filter((r) => !r.states_outcome).map(readReview);
  const y = reviews.map((r) => r.offer);
  const offers = y.filter(Boolean).length;
  const prior = reviews.map((r) => r.analysis.read.score);
  // The read again from its own findings, as a check that rescoring is the product's path.
  for (const r of reviews) {
    if (rescore(r, {}).score !== r.analysis.read.score) throw new Error(`rescoring ${r.review.id} differs`);
  }
  const sentiment = reviews.map(
    (r) => vader.SentimentIntensityAnalyzer.polarity_scores(r.review.text).compound,
  );
  const fitted = await readFittedWeights();
  const fittedScores = fitted ? reviews.map((r) => rescore(r, { weights: fitted.weights }).score) : undefined;

  console.log(
    `\nReal outcomes: Glassdoor reviews, test split: ${reviews.length} reviews (${testAll.length - reviews.length} that state the outcome left out), each read as notes; ${offers} with an offer (${pct(offers, reviews.length)})`,
  );
  if (fitted) console.log(`Fitted weights: ${fitted.fittedOn} (npm run fit)`);
  console.log(
    `AUC for an offer (accepted or declined) against no offer, 95% bootstrap interval (${RESAMPLES} resamples, seed ${SEED}):`,
  );
  const opts = { resamples: RESAMPLES, seed: SEED };
  const label = (s: string) => `  ${s.padEnd(52)}`;
  /** The read (and the fitted read) against VADER on some of the texts, with the paired difference. */
  const compareOn = (idx: number[], indent: string, withFitted = true) => {
    const yi = pick(y, idx);
    const line = (name: string, interval: Interval) =>
      console.log(`${label(`${indent}${name}`)}${ci(interval)}`);
    line("read.score, catalogue weights", bootstrapAuc(pick(prior, idx), yi, opts));
    if (withFitted && fittedScores)
      line("read.score, fitted weights", bootstrapAuc(pick(fittedScores, idx), yi, opts));
    line("baseline: VADER compound", bootstrapAuc(pick(sentiment, idx), yi, opts));
    line("difference, catalogue − VADER (paired)", aucDifference(pick(prior, idx), pick(sentiment, idx), yi));
  };
  console.log(`${label("read.score, catalogue weights (the product)")}${ci(bootstrapAuc(prior, y, opts))}`);
  if (fitted && fittedScores) {
    console.log(
      `${label(`read.score, fitted weights (train, λ=${fitted.lambda})`)}${ci(bootstrapAuc(fittedScores, y, opts))}`,
    );
  } else console.log(`${label("read.score, fitted weights")}none: run npm run fit`);
  console.log(
    `${label("baseline: VADER compound of the whole text")}${ci(bootstrapAuc(sentiment, y, opts))}`,
  );
  console.log(`${label("difference, catalogue − VADER (paired)")}${ci(aucDifference(prior, sentiment, y))}`);
  if (fittedScores) {
    console.log(
      `${label("difference, fitted − VADER (paired)")}${ci(aucDifference(fittedScores, sentiment, y))}`,
    );
    console.log(
      `${label("difference, fitted − catalogue (paired)")}${ci(aucDifference(fittedScores, prior, y))}`,
    );
  }

  // Coverage: where nothing was found, the read should hold back.
  const covered = reviews.flatMap((r, i) => (r.analysis.signals.length > 0 ? [i] : []));
  const bare = reviews.flatMap((r, i) => (r.analysis.signals.length === 0 ? [i] : []));
  const settled = reviews.filter((r) => r.analysis.read.outcome !== undefined).length;
  console.log(
    `\nCoverage: ${covered.length}/${reviews.length} (${pct(covered.length, reviews.length)}) texts with at least one signal (${settled} of them an outcome the read takes as settled, scored 0 or 1)`,
  );
  // Holding back: the band stays mixed; the score is 0.5 unless the candidate said how it went.
  const held = new Map<string, number>();
  let holds = true;
  for (const i of bare) {
    const read = (reviews[i] as ReadReview).analysis.read;
    const leans = read.ownSense !== undefined && read.ownSense.weight !== 0;
    if (read.band !== "mixed" || (!leans && read.score !== 0.5)) holds = false;
    const key = leans
      ? `mixed ${read.score} (their own sense: ${read.ownSense?.lean})`
      : `${read.band} ${read.score}`;
    held.set(key, (held.get(key) ?? 0) + 1);
  }
  const byCount = [...held.entries()].sort((a, b) => b[1] - a[1]);
  console.log(
    `  no signal (${bare.length}): ${byCount.map(([k, v]) => `${v} read ${k}`).join(", ")}${holds ? " (holds back: band mixed, the score moved only by what the candidate said of how it went)" : " (DOES NOT HOLD BACK)"}; offer rate there ${pct(pick(y, bare).filter(Boolean).length, bare.length)}`,
  );
  const yc = pick(y, covered);
  console.log(
    `  AUC on the covered ${covered.length} (${yc.filter(Boolean).length} with an offer, ${pct(yc.filter(Boolean).length, covered.length)}):`,
  );
  compareOn(covered, "  ");

  // The candidate's own sense of how it went: where it was read, and the read without it.
  const withSense = reviews.flatMap((r, i) => (r.analysis.read.ownSense ? [i] : []));
  const withoutSense = reviews.map((r) => scoreRead(r.findings, r.analysis.context).score);
  const senseRate = (lean: string) => {
    const idx = withSense.filter((i) => reviews[i]?.analysis.read.ownSense?.lean === lean);
    return `${idx.length} ${lean} (${idx.length > 0 ? pct(pick(y, idx).filter(Boolean).length, idx.length) : "—"} offers)`;
  };
  console.log(
    `\nThe candidate's own sense of how it went, read in ${withSense.length}/${reviews.length} texts: ${["well", "badly", "mixed"].map(senseRate).join(", ")}`,
  );
  console.log(`${label("read.score without it")}${ci(bootstrapAuc(withoutSense, y, opts))}`);
  console.log(`${label("difference, with − without (paired)")}${ci(aucDifference(prior, withoutSense, y))}`);

  // Where the read found the outcome itself it only repeats the text: the rest, on their own.
  const open = reviews.flatMap((r, i) => (r.analysis.read.outcome === undefined ? [i] : []));
  const yo = pick(y, open);
  console.log(
    `\nWithout the ${reviews.length - open.length} texts where the read found the outcome itself (${open.length} left, ${yo.filter(Boolean).length} with an offer):`,
  );
  compareOn(open, "");
  const coveredOpen = open.filter((i) => (reviews[i] as ReadReview).analysis.signals.length > 0);
  const yco = pick(y, coveredOpen);
  console.log(
    `  of them with at least one signal (${coveredOpen.length}, ${yco.filter(Boolean).length} with an offer):`,
  );
  compareOn(coveredOpen, "  ", false);

  // Calibration: the observed offer rate in each range of the score.
  const tables: [string, number[]][] = [["catalogue weights", prior]];
  if (fittedScores) tables.push(["fitted weights", fittedScores]);
  const rows = tables.map(([, scores]) => calibrationTable(scores, y, READ_BINS));
  console.log(`\nCalibration on test: observed offer rate by read.score (n, offers, rate, mean score)`);
  console.log(`  ${"score".padEnd(24)}${tables.map(([name]) => name.padEnd(32)).join("")}`.trimEnd());
  READ_BINS.forEach((bin, k) => {
    const cells = rows.map((table) => {
      const r = table[k];
      if (!r || r.count === 0) return "—".padEnd(32);
      return `${String(r.count).padStart(4)} ${String(r.positives).padStart(4)}  ${f2(r.rate)}  ${f2(r.meanScore)}`.padEnd(
        32,
      );
    });
    console.log(`  ${bin.name.padEnd(24)}${cells.join("")}`.trimEnd());
  });

  if (!fitted) return;
  const bands = await corpusBands(fitted.weights);
  const n = bands.cases;
  console.log(
    `\nCorpus bands with fitted weights: exact ${bands.exact[0]}/${n} → ${bands.exact[1]}/${n}, within one ${bands.withinOne[0]}/${n} → ${bands.withinOne[1]}/${n}${bands.changed.length > 0 ? `; changed: ${bands.changed.join(", ")}` : "; no band changed"}`,
  );
  const worse = bands.exact[1] < bands.exact[0] || bands.withinOne[1] < bands.withinOne[0];
  console.log(
    worse
      ? "Product default: catalogue weights (the fitted weights would worsen the corpus bands; they are reported only)"
      : "Fitted weights keep the corpus bands: the product default is still the catalogue's; scoreRead(findings, context, { weights }) uses them",
  );
}
