/**
 * The read as a model to fit: one weight per signal that counts towards the score, the catalogue's
 * signed strength weight as its prior. Shared by `npm run fit` (which writes the weights) and
 * `npm run eval` (which measures them).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { CATALOGUE } from "../src/core/catalogue.js";
import { type SignalId, STRENGTH_WEIGHT } from "../src/core/signals/signal.js";
import type { Row } from "./fit-logistic.js";
import { featuresOf, type ReadReview } from "./read-reviews.js";

/** The signals with a weight (outcomes settle the read instead), in catalogue order. */
export const MODEL_SIGNALS: readonly SignalId[] = CATALOGUE.filter((d) => d.polarity !== "outcome").map(
  (d) => d.id,
);

/** The catalogue's weights with their sign: what the read uses unless told otherwise. */
export const PRIOR_WEIGHTS: readonly number[] = CATALOGUE.filter((d) => d.polarity !== "outcome").map(
  (d) => (d.polarity === "positive" ? 1 : -1) * STRENGTH_WEIGHT[d.strength],
);

const INDEX = new Map(MODEL_SIGNALS.map((id, i) => [id, i]));

/** A read review as a row of the model: its signals' context factors, and whether an offer followed. */
export function rowOf(r: ReadReview): Row {
  return {
    x: [...featuresOf(r.analysis)].map(([id, v]) => [INDEX.get(id) as number, v] as const),
    y: r.offer,
  };
}

/** What `npm run fit` writes: derived coefficients only, no data. */
export interface FittedWeights {
  fittedOn: string;
  lambda: number;
  intercept: number;
  weights: Partial<Record<SignalId, number>>;
}

export const FITTED_WEIGHTS_PATH = join(
  import.meta.dirname,
  "..",
  "src",
  "core",
  "read",
  "fitted-weights.json",
);

/** The fitted weights, or undefined when `npm run fit` has not been run. */
export async function readFittedWeights(path = FITTED_WEIGHTS_PATH): Promise<FittedWeights | undefined> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as FittedWeights);
}
