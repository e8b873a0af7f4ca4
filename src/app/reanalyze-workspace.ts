import { recordOutcome } from "../store/application-details.js";
import { commitDerived } from "../store/commit-ingest.js";
import { readApplication } from "../store/read-application.js";
import { readApplicationIds, readSomeApplications, readSources } from "../store/read-state.js";
import { StaleWorkspace } from "../store/revision.js";
import { setTimeZone } from "../store/workspace-settings.js";
import type { Store } from "../store/workspace-store.js";
import { groupByApplication } from "./gather-insights.js";
import { InputError } from "./input-error.js";
import { type ParseCache, rebuildApplication, type StoredApplication } from "./rebuild-application.js";
import { currentOutcome, OUTCOME_WORDS } from "./workspace-outcomes.js";
import { resolveApplication } from "./workspace-views.js";

const MAX_ATTEMPTS = 8;

/** A few applications as stored, with their sources, from a read of those applications only. */
async function loadStored(
  store: Store,
  part: Awaited<ReturnType<typeof readSomeApplications>>,
  ids: number[],
): Promise<StoredApplication[]> {
  const sources = groupByApplication(await readSources(store, ids));
  const rounds = groupByApplication(part.rounds);
  const userOutcomes = new Map(part.userOutcomes.map((o) => [o.application_id, o.outcome]));
  const applications = new Map(part.applications.map((a) => [a.id, a]));
  return ids.flatMap((id) => {
    const application = applications.get(id);
    if (!application) return [];
    const userOutcome = userOutcomes.get(id);
    return [
      {
        application,
        rounds: rounds.get(id) ?? [],
        sources: sources.get(id) ?? [],
        ...(userOutcome ? { userOutcome } : {}),
      },
    ];
  });
}

export interface ReanalyzeReport {
  applications: number;
  rounds: number;
  /** Rounds whose band changed. */
  changed: {
    applicationId: number;
    company: string;
    round: number;
    before: string | null;
    after: string | null;
  }[];
  retries: number;
}

/**
 * `debrief reanalyze`: re-reads every stored source with the current detectors and replaces what was
 * derived from them (reads, signals, messages, plans, outcomes found in mail). Sources, outcomes you
 * recorded and actions you marked done are kept. A few applications per transaction, so a large
 * workspace shows progress and another writer is never kept waiting long.
 */
export async function reanalyzeWorkspace(
  store: Store,
  options: {
    now: string;
    applicationIds?: number[];
    /** A new zone for floating invite times: remembered, and every source re-read in it. */
    timeZone?: string;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ReanalyzeReport> {
  if (options.timeZone) await setTimeZone(store, options.timeZone);
  const ids = options.applicationIds ?? (await readApplicationIds(store));
  const report: ReanalyzeReport = { applications: 0, rounds: 0, changed: [], retries: 0 };
  const PER_TRANSACTION = 10;
  for (let i = 0; i < ids.length; i += PER_TRANSACTION) {
    const chunk = ids.slice(i, i + PER_TRANSACTION);
    // Parsed sources are kept for a retry of this chunk only: memory stays flat however many are done.
    const cache: ParseCache = new Map();
    for (let attempt = 1; ; attempt++) {
      // Only this chunk's rows: the cost of a chunk does not grow with the workspace.
      const state = await readSomeApplications(store, chunk);
      const stored = await loadStored(store, state, chunk);
      const derived = [];
      for (const s of stored)
        derived.push(
          await rebuildApplication(s, { now: options.now, me: state.me, timeZone: state.timeZone }, cache),
        );
      try {
        await commitDerived(store, state.revision, derived, options.now);
      } catch (e) {
        if (e instanceof StaleWorkspace && attempt < MAX_ATTEMPTS) {
          report.retries++;
          continue;
        }
        throw e;
      }
      for (const d of derived) {
        report.applications++;
        for (const r of d.rounds) {
          report.rounds++;
          const before = state.rounds.find((x) => x.id === r.id);
          if (before && before.read_band !== r.read_band) {
            report.changed.push({
              applicationId: d.applicationId,
              company: state.applications.find((a) => a.id === d.applicationId)?.company ?? "",
              round: before.number,
              before: before.read_band,
              after: r.read_band,
            });
          }
        }
      }
      break;
    }
    options.onProgress?.(Math.min(ids.length, i + PER_TRANSACTION), ids.length);
  }
  return report;
}

export interface OutcomeReport {
  applicationId: number;
  company: string;
  outcome: string;
  /** What was recorded before, and by whom. */
  previous?: { outcome: string; recordedBy: string };
}

/** `debrief outcome APP offer|rejected|withdrew|ghosted|open`: the candidate's word, over the mail's. */
export async function setApplicationOutcome(
  store: Store,
  ref: string,
  outcome: string,
  now: string,
): Promise<OutcomeReport> {
  const word = outcome.trim().toLowerCase();
  if (!(OUTCOME_WORDS as readonly string[]).includes(word)) {
    throw new InputError(
      "bad-outcome",
      `"${outcome}" is not an outcome`,
      `use one of: ${OUTCOME_WORDS.join(", ")} ("open" if a wrong one was read from the mail)`,
    );
  }
  const app = await resolveApplication(store, ref);
  const before = currentOutcome((await readApplication(store, app.id))?.outcomes ?? [], app.id);
  await recordOutcome(store, app.id, word, now);
  // Re-plan: a settled application has nothing left to do; a reopened one gets its plan back.
  await reanalyzeWorkspace(store, { now, applicationIds: [app.id] });
  return {
    applicationId: app.id,
    company: app.company,
    outcome: word,
    ...(before ? { previous: { outcome: before.outcome, recordedBy: before.recorded_by } } : {}),
  };
}
