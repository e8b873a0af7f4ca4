import type { Lean } from "../core/detect/read-own-sense.js";
import {
  type Insights,
  learnFromOutcomes,
  type Outcome,
  type OutcomeCase,
} from "../core/read/learn-from-outcomes.js";
import type { Band, SignalId } from "../core/signals/signal.js";
import { readRoundAnalyses } from "../store/read-application.js";
import { readApplicationSignals, readOverviewPages } from "../store/read-overview.js";
import type { OutcomeRow, Store } from "../store/workspace-store.js";
import { currentOutcome } from "./workspace-outcomes.js";

/** The candidate's own sense in a stored analysis (`read.ownSense.lean`), if it has one. */
function leanOf(analysis: string): Lean | undefined {
  try {
    const lean = (JSON.parse(analysis) as { read?: { ownSense?: { lean?: unknown } } }).read?.ownSense?.lean;
    return lean === "well" || lean === "badly" || lean === "mixed" ? lean : undefined;
  } catch {
    return undefined;
  }
}

/** Rows grouped by application, in one pass: a view of every application never filters per application. */
export function groupByApplication<T extends { application_id: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.application_id);
    if (list) list.push(r);
    else out.set(r.application_id, [r]);
  }
  return out;
}

/**
 * `debrief insights`: what this candidate's outcomes say about the signals and the reads. Read a page of
 * applications at a time (each page's rows, signals and own senses only) and made, as it goes, into one
 * small case per application, its list of signals shared with every application of the same signals:
 * what is held is a page's rows and the cases, not the workspace's rows. Of the stored analyses only
 * those that hold the candidate's own sense are parsed.
 */
export async function gatherInsights(store: Store, options: { pageSize?: number } = {}): Promise<Insights> {
  const cases: OutcomeCase[] = [];
  const signalLists = new Map<string, SignalId[]>();
  for await (const o of readOverviewPages(store, options)) {
    const range = { first: o.applications[0]?.id ?? 0, last: o.last ?? 0 };
    // The latest round in which the candidate said how it went.
    const senses = new Map<number, { number: number; lean: Lean }>();
    for await (const r of readRoundAnalyses(store, '"ownSense"', range)) {
      const lean = leanOf(r.analysis);
      const known = senses.get(r.application_id);
      if (lean && (!known || r.number > known.number))
        senses.set(r.application_id, { number: r.number, lean });
    }
    const rounds = groupByApplication(o.rounds);
    const outcomes = groupByApplication(o.outcomes);
    const signals = await readApplicationSignals(store, range);
    for (const app of o.applications) {
      const outcome: OutcomeRow | undefined = currentOutcome(outcomes.get(app.id) ?? [], app.id);
      const sense = senses.get(app.id)?.lean;
      const latest = (rounds.get(app.id) ?? [])
        .filter((r) => r.prior_band)
        .reduce<(typeof o.rounds)[number] | undefined>(
          (a, r) => (a && a.number > r.number ? a : r),
          undefined,
        );
      const ids = signals.get(app.id) ?? [];
      const key = ids.join(",");
      let shared = signalLists.get(key);
      if (!shared) {
        shared = ids as SignalId[];
        signalLists.set(key, shared);
      }
      cases.push({
        applicationId: app.id,
        label: `${app.company}${app.role ? `, ${app.role}` : ""}`,
        signals: shared,
        ...(outcome ? { outcome: outcome.outcome as Outcome } : {}),
        ...(sense ? { ownSense: sense } : {}),
        ...(latest?.prior_band
          ? { read: { band: latest.prior_band as Band, score: latest.prior_score ?? 0.5 } }
          : {}),
      });
    }
  }
  return learnFromOutcomes(cases);
}
