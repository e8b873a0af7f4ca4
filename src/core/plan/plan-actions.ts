import { findMissedPoints } from "../detect/find-missed-points.js";
import type { Analysis } from "../read/analyze-interview.js";
import type { Doc } from "../read/documents.js";
import { describeDay } from "../time/add-days.js";
import { buildTimeline, type Timeline } from "../timeline/build-timeline.js";
import type { Action, ActionKind, Plan } from "./action.js";
import { planContact } from "./plan-contact.js";
import { type Context, DEFAULT_NUDGE_AFTER_DAYS, interviewerName } from "./plan-context.js";
import { planPrepare } from "./plan-prepare.js";
import { planSalary } from "./plan-salary.js";
import { planShareOffers } from "./plan-share-offers.js";
import { planStatusCheck } from "./plan-status-check.js";
import { planGap, planThankYou } from "./plan-thank-you.js";
import { settledBy } from "./settled-by.js";

export { DEFAULT_NUDGE_AFTER_DAYS, DEFAULT_WAIT_BUSINESS_DAYS } from "./plan-context.js";

/**
 * What to do after the interview, dated: the seeds' advice (../shared/spec/signals.md, "What to do after")
 * made concrete from one case's documents and its analysis. Pure: `now` is an argument, nothing is read.
 */
export interface PlanInput {
  docs: Doc[];
  analysis: Analysis;
  /** The timeline, where the caller worked it out already (else it is worked out here from the rest). */
  timeline?: Timeline;
  /** When these inputs were first filed: with no date for the interview, dates count from here, not now. */
  firstSeen?: string;
  /** ISO time the plan is made at, with its offset. */
  now: string;
  /** Days after a promised date before asking where things stand (default 7; 0 = on the date). */
  nudgeAfterDays?: number;
  /** The candidate says the process is still open: an outcome in the mail does not settle it. */
  isOpen?: boolean;
}

const ORDER: ActionKind[] = [
  "thank-you",
  "address-gap",
  "share-competing-offers",
  "keep-salary-consistent",
  "prepare-next-round",
  "status-check",
  "use-direct-contact",
];

/** Open and dated first, by date; then open and undated; done last. */
function byDue(a: Action, b: Action): number {
  const rank = (x: Action) => (x.done ? 2 : x.due ? 0 : 1);
  return (
    rank(a) - rank(b) ||
    (a.due && b.due ? Date.parse(a.due) - Date.parse(b.due) : 0) ||
    ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind)
  );
}

/**
 * The follow-ups for one interview, dated in the interview's zone (see planZone), each with why: the
 * thank-you (done once the candidate's note is in the inputs), the status check after the promised date
 * (`nudgeAfterDays` past it, default 7) or after a usual wait, preparing for the next round, telling the
 * recruiter about other offers, keeping the salary figure consistent, using a direct contact and, on a
 * weak or mixed read, what to add in the thank-you. Once an outcome is seen there is no plan, only a note.
 */
export function planFollowUps(input: PlanInput): Plan {
  const nowMs = Date.parse(input.now);
  if (Number.isNaN(nowMs)) throw new RangeError(`now is not an ISO date: ${input.now}`);
  const nudgeAfterDays = input.nudgeAfterDays ?? DEFAULT_NUDGE_AFTER_DAYS;
  if (!Number.isInteger(nudgeAfterDays) || nudgeAfterDays < 0) {
    throw new RangeError(`nudgeAfterDays must be a whole number of days, 0 or more: ${nudgeAfterDays}`);
  }
  const timeline =
    input.timeline ??
    buildTimeline({
      docs: input.docs,
      analysis: input.analysis,
      now: input.now,
      ...(input.firstSeen ? { firstSeen: input.firstSeen } : {}),
    });
  const { zone, box, interview } = timeline;
  const c: Context = {
    docs: input.docs,
    analysis: input.analysis,
    now: timeline.now,
    nowMs,
    zone,
    nudgeAfterDays,
    box,
    interview,
    me: timeline.people.candidate.names[0] ?? input.analysis.candidate.names[0],
    // The interviewer the thank-you draft is written to: the people module's first, the drafts' order.
    interviewer:
      timeline.people.interviewers[0]?.name ?? interviewerName(input.analysis, input.docs, box.who),
    missed: findMissedPoints(input.docs),
    timeline,
  };
  const settled = input.isOpen ? undefined : settledBy(c);
  if (settled) return { actions: [], settled };

  const round = timeline.booked;
  // Only mail, no time of an interview, and one booked ahead: the invitation came, the interview has
  // not happened, so there is nothing to thank anyone for yet (only to prepare).
  const isOnlyInvited =
    interview === undefined &&
    input.docs.every((d) => d.kind === "email") &&
    round?.time !== undefined &&
    Date.parse(round.time.start) > nowMs &&
    c.timeline.thankYou === undefined;
  const thankYou = isOnlyInvited ? undefined : planThankYou(c);
  const actions = [
    thankYou,
    thankYou ? planGap(c, thankYou, round) : undefined,
    planShareOffers(c),
    planSalary(c),
    planPrepare(c, round),
    afterThanks(planStatusCheck(c, round), thankYou),
    planContact(c),
  ].filter((a): a is Action => a !== undefined);
  return { actions: actions.sort(byDue) };
}

/**
 * A status check never comes before the thank-you it follows: word promised "this week" on the last day
 * of the week is due before the thank-you's day is out, so the check waits for the thank-you's due.
 */
function afterThanks(check: Action | undefined, thankYou: Action | undefined): Action | undefined {
  if (!check?.due || !thankYou?.due || thankYou.done || Date.parse(check.due) >= Date.parse(thankYou.due))
    return check;
  return {
    ...check,
    due: thankYou.due,
    why: `${check.why} Not before your thank-you is due, ${describeDay(thankYou.due)}: thanks come first.`,
  };
}
