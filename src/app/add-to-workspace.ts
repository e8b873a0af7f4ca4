import type { Timeline } from "../core/timeline/build-timeline.js";
import { commitIngest, type DerivedRows } from "../store/commit-ingest.js";
import { readOutcomes } from "../store/read-application.js";
import { readSources } from "../store/read-state.js";
import { StaleWorkspace } from "../store/revision.js";
import { readTimeZone } from "../store/workspace-settings.js";
import type { OutcomeRow, SourceRow, Store } from "../store/workspace-store.js";
import type { AddHooks, AddOptions, AddReport, Choice } from "./add/add-types.js";
import type { IngestPlan } from "./add/ingest-plan.js";
import { planIngest } from "./add/plan-ingest.js";
import { type AddInput, readEntries } from "./add/read-entries.js";
import { findApplication } from "./find-application.js";
import { cacheKey, type ParseCache, rebuildApplication } from "./rebuild-application.js";
import { readUserOutcomes } from "./workspace-outcomes.js";

export type {
  AddHooks,
  AddOptions,
  AddReport,
  Choice,
  FiledApplication,
  Progress,
  Question,
} from "./add/add-types.js";
export type { AddInput } from "./add/read-entries.js";
export { findApplication };

const MAX_ATTEMPTS = 8;

/**
 * `debrief add`: files interview folders, single files and whole mailboxes into the workspace. Reads
 * and parses everything first (`add/read-entries.ts`), works out which application and round each part
 * belongs to (`add/plan-ingest.ts`), re-reads the applications it touched, and writes all of it in one
 * transaction. A file stored before (same bytes) is left alone; a file that cannot be read is reported
 * and not stored. When another process wrote meanwhile, the plan is made again.
 */
export async function addToWorkspace(
  store: Store,
  input: AddInput,
  options: AddOptions,
  hooks: AddHooks = {},
): Promise<AddReport> {
  const paths = Array.isArray(input) ? input : input.uploads.map((u) => u.name);
  // Floating invite times are read in the candidate's zone: given now, or remembered from before.
  const timeZone = options.timeZone ?? (await readTimeZone(store));
  const read = await readEntries(input, hooks, timeZone);
  const report: AddReport = {
    filed: [],
    duplicates: [],
    repeated: [],
    duplicateReasons: [],
    skipped: read.skipped,
    warnings: read.warnings,
    outcomes: [],
    retries: 0,
  };
  if (read.entries.length === 0) return report;
  const answers = new Map<string, Choice>();
  // What was parsed to plan is what the re-read would parse again.
  const cache: ParseCache = new Map(
    read.entries.map((e) => [
      cacheKey(e.sha256, e.source),
      { docs: e.docs, ...(e.context ? { context: e.context } : {}) },
    ]),
  );
  for (let attempt = 1; ; attempt++) {
    const plan = await planIngest(store, read.entries, options, hooks, answers);
    reportUnfiled(report, plan);
    if (plan.newSources.length === 0) {
      report.filed = [];
      return report;
    }
    const touched = [...plan.filed.keys()];
    const storedSources = await readSources(
      store,
      touched.filter((id) => plan.state.applications.some((a) => a.id === id)),
    );
    const userOutcomes = await readUserOutcomes(store);
    const recorded = await readOutcomes(store);
    const derived = await rebuildTouched(plan, touched, storedSources, userOutcomes, {
      options,
      timeZone,
      cache,
      report,
    });
    try {
      await commitPlan(store, plan, derived, { options, hooks, paths, skipped: report.skipped.length });
    } catch (e) {
      if (e instanceof StaleWorkspace && attempt < MAX_ATTEMPTS) {
        report.retries++;
        continue;
      }
      throw e;
    }
    report.filed = [...plan.filed.values()];
    reportNews(report, plan, derived, recorded);
    return report;
  }
}

/**
 * Writes the plan and the derived rows of what it touched in one transaction, as one ingest that
 * remembers what was given; throws `StaleWorkspace`, writing nothing, when another process wrote first.
 */
async function commitPlan(
  store: Store,
  plan: IngestPlan,
  derived: DerivedRows[],
  how: { options: AddOptions; hooks: AddHooks; paths: string[]; skipped: number },
): Promise<void> {
  const { options, hooks, paths } = how;
  const ingestId = plan.state.maxIds.ingests + 1;
  await commitIngest(
    store,
    {
      revision: plan.state.revision,
      ...(options.me ? { me: options.me } : {}),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      ingest: {
        id: ingestId,
        started_at: options.now,
        finished_at: options.now,
        summary: JSON.stringify({
          paths,
          sources: plan.newSources.length,
          duplicates: plan.duplicates.length,
          leftOut: plan.leftOut,
          skipped: how.skipped,
        }),
      },
      applications: plan.newApps,
      rounds: plan.newRounds,
      sources: plan.newSources.map((s) => ({ ...s, ingest_id: ingestId })),
      derived,
    },
    (done, total) => hooks.onProgress?.({ phase: "storing", done, total }),
  );
}

/** The plan's duplicates and left-out mail, as the report says them. */
function reportUnfiled(report: AddReport, plan: IngestPlan): void {
  report.duplicates = plan.duplicates;
  report.repeated = plan.repeated;
  report.duplicateReasons = plan.duplicateReasons;
  if (plan.leftOut > 0)
    report.leftOut = {
      count: plan.leftOut,
      reason: `messages of the mailbox that belong to no application (not stored): ${plan.leftOutReasons
        .map((r) => `${r.count} ${r.reason}`)
        .join("; ")}`,
      reasons: plan.leftOutReasons,
    };
  else delete report.leftOut;
}

/**
 * Every application the plan touched, read again from all its sources (stored and new): the derived
 * rows the add writes. A --me that matches no one in any of them is a typo, warned about in the report.
 */
async function rebuildTouched(
  plan: IngestPlan,
  touched: number[],
  storedSources: SourceRow[],
  userOutcomes: Awaited<ReturnType<typeof readUserOutcomes>>,
  how: { options: AddOptions; timeZone: string | undefined; cache: ParseCache; report: AddReport },
): Promise<DerivedRows[]> {
  const { options, timeZone, cache, report } = how;
  const me = options.me ?? plan.state.me;
  const derived = [];
  // A --me that matches no one in any application this add touched is a typo to warn about.
  const meWarnings: (string | undefined)[] = [];
  for (const id of touched) {
    const application = [...plan.state.applications, ...plan.newApps].find((a) => a.id === id);
    if (!application) continue;
    const userOutcome = userOutcomes.get(id);
    derived.push(
      await rebuildApplication(
        {
          application,
          rounds: [...plan.state.rounds, ...plan.newRounds].filter((r) => r.application_id === id),
          sources: [...storedSources, ...plan.newSources].filter((s) => s.application_id === id),
          ...(userOutcome ? { userOutcome } : {}),
        },
        {
          now: options.now,
          me,
          ...(timeZone ? { timeZone } : {}),
          ...(options.me ? { onTimeline: (t: Timeline) => meWarnings.push(t.people.warning) } : {}),
        },
        cache,
      ),
    );
  }
  const [meWarning] = meWarnings;
  if (meWarning && meWarnings.every((w) => w !== undefined) && !report.warnings.includes(meWarning))
    report.warnings.push(meWarning);
  return derived;
}

/**
 * News is an outcome the mail states that was not recorded before: not the candidate's own word
 * (theirs stands, "open" included), nor what earlier mail already said.
 */
function reportNews(
  report: AddReport,
  plan: IngestPlan,
  derived: DerivedRows[],
  recorded: OutcomeRow[],
): void {
  const isKnown = (applicationId: number, outcome: string) =>
    recorded.some(
      (r) => r.application_id === applicationId && (r.recorded_by === "you" || r.outcome === outcome),
    );
  for (const d of derived) {
    const o = d.outcomes[0];
    const filed = plan.filed.get(d.applicationId);
    if (o && filed && !isKnown(d.applicationId, o.outcome))
      report.outcomes.push({
        applicationId: d.applicationId,
        company: filed.company,
        outcome: o.outcome,
        quote: o.quote,
      });
  }
}
