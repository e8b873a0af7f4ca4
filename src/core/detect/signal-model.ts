/**
 * One signal's part of the learned sentence model (`sentence-model.ts`), as `npm run train` writes it
 * in `sentence-model-weights.ts`. A leaf: the weights file imports it from here, not from the model that
 * reads them, so the two do not import each other.
 */
export interface SignalModel {
  /** The score a sentence needs to show the signal. */
  rescue: number;
  /** Weight per feature; a feature not listed weighs nothing. */
  weights: Readonly<Record<string, number>>;
}
