import type { Evidence } from "../signals/evidence.js";

// What a reading of the interview's length gives: the slot, the talk, or an overrun told outright, each
// with where it was read.

/** A length in minutes with where it was read. */
export interface Minutes {
  minutes: number;
  evidence: Evidence;
}

export interface InterviewLength {
  scheduled?: Minutes;
  actual?: Minutes;
  /** Minutes over (positive) or under (negative) the slot, when a note states it outright. */
  statedDelta?: Minutes;
}

/** A length's evidence: a fact of the source, or (with its line) a sentence of the notes. */
export function factEvidence(source: string, quote: string, line?: number): Evidence {
  return { source, quote, isFact: line === undefined, ...(line === undefined ? {} : { line }) };
}
