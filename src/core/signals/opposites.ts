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

const BY_ID = new Map<SignalId, SignalId[]>();
for (const [a, b] of OPPOSITES) {
  BY_ID.set(a, [...(BY_ID.get(a) ?? []), b]);
  BY_ID.set(b, [...(BY_ID.get(b) ?? []), a]);
}
const NONE: readonly SignalId[] = [];

/** The readings that cannot hold beside this one (looked up once per cue hit, so kept in a map). */
export function oppositesOf(id: SignalId): readonly SignalId[] {
  return BY_ID.get(id) ?? NONE;
}
