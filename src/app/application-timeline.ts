import type { Timeline, TimelineEntry } from "../core/timeline/build-timeline.js";
import { readSomeApplications, readSources } from "../store/read-state.js";
import type { Store } from "../store/workspace-store.js";
import { rebuildApplication } from "./rebuild-application.js";

/**
 * The timeline the application's plan was made from, worked out again from its stored sources: when the
 * interview was, every promise of word and by when, the round booked, what was sent and received. What
 * `show` lists beside the rounds and messages, so it cannot disagree with the plan. Empty once an outcome
 * you recorded settled the application (no plan is made then).
 */
export async function readApplicationTimeline(
  store: Store,
  id: number,
  now: string,
): Promise<TimelineEntry[]> {
  return (await readPlanTimeline(store, id, now))?.entries ?? [];
}

/** The whole timeline the application's plan was made from (its people too), where a plan was made. */
export async function readPlanTimeline(store: Store, id: number, now: string): Promise<Timeline | undefined> {
  const state = await readSomeApplications(store, [id]);
  const application = state.applications.find((a) => a.id === id);
  if (!application) return undefined;
  // The candidate's latest word, as reanalyze reads it: an outcome, or "open".
  const userOutcome = state.userOutcomes.filter((o) => o.application_id === id).at(-1)?.outcome;
  let timeline: Timeline | undefined;
  await rebuildApplication(
    {
      application,
      rounds: state.rounds.filter((r) => r.application_id === id),
      sources: await readSources(store, [id]),
      ...(userOutcome ? { userOutcome } : {}),
    },
    {
      now,
      me: state.me,
      timeZone: state.timeZone,
      onTimeline: (t) => {
        timeline = t;
      },
    },
  );
  return timeline;
}
