/**
 * npm run fit: fits the read's per-signal weights on real outcomes, the `train` split of the
 * Glassdoor reviews only, and writes them to src/core/read/fitted-weights.json.
 *
 * - Records: the train split, less those whose text states the outcome (as in measuring).
 * - Features: for each signal the read weighs, its context factor in that review (1 when found
 *   and no context rule applied, the product of the rules' factors when some did, 0 when not
 *   found). So a fitted weight takes the catalogue weight's place and context still applies.
 * - Model: the read's own, P(offer) = logistic(intercept + Σ wᵢ·xᵢ / SCALE), by L2-regularised
 *   logistic regression pulled towards the catalogue weights: mean log-loss + λ·Σ(wᵢ − priorᵢ)².
 *   Each weight stays on its prior's side of zero (a positive signal may come to count for
 *   nothing, never against you); `--free-signs` drops that bound, to see what the data alone says.
 * - λ: by 5-fold cross-validation within train, repeated over 5 shuffles, lowest held-out log-loss.
 *
 * The intercept is written but the read does not use it: with no signals the read holds back at
 * 0.5, whatever the base rate of offers among people who post reviews.
 */
import { writeFile } from "node:fs/promises";
import { SCALE } from "../src/core/read/score-read.js";
import { crossValidate, fitLogistic, logLoss } from "./fit-logistic.js";
import { auc } from "./outcome-metrics.js";
import { type Review, readReview, readReviews } from "./read-reviews.js";
import {
  FITTED_WEIGHTS_PATH,
  type FittedWeights,
  MODEL_SIGNALS,
  PRIOR_WEIGHTS,
  rowOf,
} from "./signal-model.js";

const LAMBDAS = [1e-6, 3e-6, 1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1, 1];
const FOLDS = 5;
const REPEATS = 5;
const keepSigns = !process.argv.includes("--free-signs");
const dryRun = process.argv.includes("--dry-run");

/** Fitting may only ever see the train split: stop at once if anything else got in. */
function assertTrainOnly(records: readonly Review[]): void {
  const other = records.filter((r) => r.split !== "train");
  if (other.length > 0) {
    throw new Error(
      `fit-weights: ${other.length} record(s) outside the train split (e.g. ${other[0]?.id}, split "${other[0]?.split}"): refusing to fit`,
    );
  }
  if (records.length === 0) throw new Error("fit-weights: no train records found (is ../shared/data there?)");
}

const all = await readReviews();
const train = all.filter((r) => r.split === "train" && !r.states_outcome);
assertTrainOnly(train);
const read = train.map(readReview);
const rows = read.map(rowOf);
const y = rows.map((r) => r.y);
const offers = y.filter(Boolean).length;
const support = MODEL_SIGNALS.map((_, j) => rows.filter((r) => r.x.some(([k]) => k === j)).length);

console.log(
  `Fitting on the train split: ${rows.length} reviews (${all.filter((r) => r.split === "train").length - rows.length} that state the outcome left out), ${offers} with an offer (${((offers / rows.length) * 100).toFixed(1)}%), ${rows.filter((r) => r.x.length > 0).length} with a weighed signal`,
);
console.log(
  `λ by ${FOLDS}-fold cross-validation within train, ${REPEATS} shuffles; signs ${keepSigns ? "kept" : "free"}`,
);
console.log(`${"λ".padStart(8)}  held-out log-loss  held-out AUC (model, before the read's band rules)`);
const results = LAMBDAS.map((lambda) => {
  let loss = 0;
  let area = 0;
  for (let seed = 1; seed <= REPEATS; seed++) {
    const [cv] = crossValidate(rows, PRIOR_WEIGHTS, [lambda], { scale: SCALE, keepSigns, k: FOLDS, seed });
    if (!cv) throw new Error("fit-weights: cross-validation returned nothing");
    loss += cv.logLoss / REPEATS;
    area += auc(cv.heldOut, y) / REPEATS;
  }
  return { lambda, loss, area };
});
const best = results.reduce((a, b) => (b.loss < a.loss ? b : a));
for (const r of results) {
  console.log(
    `${String(r.lambda).padStart(8)}  ${r.loss.toFixed(5).padStart(17)}  ${r.area.toFixed(3).padStart(12)}${r === best ? "   ← chosen" : ""}`,
  );
}

const fit = fitLogistic(rows, PRIOR_WEIGHTS, { lambda: best.lambda, scale: SCALE, keepSigns });
const trainLoss = logLoss(
  rows.map(
    (r) =>
      1 /
      (1 +
        Math.exp(-(fit.intercept + r.x.reduce((s, [j, v]) => s + ((fit.weights[j] ?? 0) * v) / SCALE, 0)))),
  ),
  y,
);
console.log(
  `\nλ = ${best.lambda}: intercept ${fit.intercept.toFixed(3)}, ${fit.sweeps} sweeps, train log-loss ${trainLoss.toFixed(4)}`,
);
console.log(`${"signal".padEnd(26)} ${"train n".padStart(7)} ${"prior".padStart(6)} ${"fitted".padStart(7)}`);
const weights: FittedWeights["weights"] = {};
MODEL_SIGNALS.forEach((id, j) => {
  const w = Math.round((fit.weights[j] ?? 0) * 1000) / 1000;
  weights[id] = w;
  const n = support[j] ?? 0;
  if (n > 0)
    console.log(
      `${id.padEnd(26)} ${String(n).padStart(7)} ${String(PRIOR_WEIGHTS[j]).padStart(6)} ${w.toFixed(2).padStart(7)}`,
    );
});
console.log(`(${support.filter((n) => n === 0).length} signals never seen in train keep their prior weight)`);

const out: FittedWeights = {
  fittedOn: `glassdoor train split, ${rows.length} records`,
  lambda: best.lambda,
  intercept: Math.round(fit.intercept * 1000) / 1000,
  weights,
};
if (dryRun) console.log("\n--dry-run: nothing written");
else {
  await writeFile(FITTED_WEIGHTS_PATH, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\nwrote ${FITTED_WEIGHTS_PATH}`);
}
