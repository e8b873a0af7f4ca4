import { readOutcomes } from "../store/read-application.js";
import type { OutcomeRow, Store } from "../store/workspace-store.js";

export const OUTCOMES = ["offer", "rejected", "withdrew", "ghosted"] as const;
export type OutcomeName = (typeof OUTCOMES)[number];

/** What `debrief outcome` takes: an outcome, or "open" to say the process is still going (a wrong one read from mail). */
export const OUTCOME_WORDS = [...OUTCOMES, "open"] as const;

/**
 * An application's outcome: the candidate's latest word, else what the mail said last. The candidate's
 * "open" overrides the mail: no outcome.
 */
export function currentOutcome(outcomes: OutcomeRow[], applicationId: number): OutcomeRow | undefined {
  const mine = outcomes.filter((o) => o.application_id === applicationId);
  const said = mine.filter((o) => o.recorded_by === "you").at(-1);
  if (said) return said.outcome === "open" ? undefined : said;
  return mine.filter((o) => o.recorded_by === "email").at(-1);
}

/**
 * The candidate's latest word on each application they spoke of: an outcome, or "open" (still going,
 * whatever the mail seemed to say).
 */
export async function readUserOutcomes(store: Store): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (const o of await readOutcomes(store))
    if (o.recorded_by === "you") out.set(o.application_id, o.outcome);
  return out;
}
