import type { SignalId } from "./signal.js";

/** Two readings of the same thing that cannot both hold of one interview. */
export const OPPOSITES: readonly (readonly [SignalId, SignalId])[] = [
  ["specific-next-steps", "vague-next-steps"],
  ["ran-long", "cut-short"],
  ["deep-follow-ups", "superficial-questions"],
  ["questions-welcomed", "questions-discouraged"],
  ["growth-discussed", "no-growth-talk"],
  ["company-briefing", "thin-company-info"],
  ["warm-reply", "curt-reply"],
];

/** The readings that cannot hold beside this one. */
export function oppositesOf(id: SignalId): SignalId[] {
  return OPPOSITES.flatMap(([a, b]) => (a === id ? [b] : b === id ? [a] : []));
}
