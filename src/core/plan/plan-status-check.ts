import { dayText } from "../draft/draft-status-check.js";
import { addBusinessDaysIn, addDaysIn, describeDay, toIsoIn } from "../time/add-days.js";
import {
  companyWord,
  type Dated,
  lastPromise,
  type NextRound,
  type Promised,
  signal,
  timeOf,
  where,
} from "../timeline/build-timeline.js";
import type { Action } from "./action.js";
import { type Context, DEFAULT_NUDGE_AFTER_DAYS, DEFAULT_WAIT_BUSINESS_DAYS } from "./plan-context.js";
import { firstName, quoted } from "./plan-wording.js";

function statusText(c: Context, to: string | undefined, promise: Promised | undefined): string {
  const heard = promise
    ? ` You mentioned I would hear by ${dayText(promise.due)}, so I wanted to check in.`
    : "";
  const on = c.interview ? ` on ${describeDay(c.interview.end)}` : "";
  return [
    `Hi ${firstName(to) ?? "[name]"},`,
    "",
    `I hope you're well. I'm following up on my interview${on}.${heard} I'm still very interested in the role and would be grateful for any update on the timeline.`,
    "",
    "Best regards,",
    c.me ?? "[your name]",
  ].join("\n");
}

export function planStatusCheck(c: Context, round: NextRound | undefined): Action | undefined {
  if (round?.time && Date.parse(round.time.start) >= c.nowMs) return undefined;
  // Times offered for the next round: the next step is to answer them, not to ask where things stand.
  if (!round?.time && round?.options?.some((o) => Date.parse(o.start) >= c.nowMs)) return undefined;
  const promise = c.timeline.promise;
  const words = companyWord(c.box);
  const lastWord = words.at(-1);
  const to = lastWord?.from?.name ?? promise?.speaker ?? c.interviewer;
  const nudge = c.nudgeAfterDays;
  if (promise) {
    const due = nudge === 0 ? promise.due : addDaysIn(promise.due, nudge, c.zone);
    const rule =
      nudge === DEFAULT_NUDGE_AFTER_DAYS
        ? "a week past it, the patient reading of the seeds (one says a week after, another on the date; --nudge-after 0 asks on the date)"
        : nudge === 0
          ? "on the date itself, as --nudge-after 0 asks (the default is a week past it)"
          : `${nudge} ${nudge === 1 ? "day" : "days"} past it, as --nudge-after asks (the default is a week)`;
    return {
      kind: "status-check",
      due,
      why: `They said word would come by ${describeDay(promise.due)}: ${quoted({ quote: promise.quote, source: promise.where })}. If nothing has come, ask ${rule}. Keep it polite and restate your interest.`,
      text: statusText(c, to, promise),
      sources: [promise.source],
    };
  }
  const anchors: (Dated & { ms: number })[] = [];
  if (c.interview) {
    anchors.push({
      iso: c.interview.end,
      ms: Date.parse(c.interview.end),
      basis: `the interview (${c.interview.basis})`,
    });
  }
  if (lastWord && (!c.interview || timeOf(lastWord) > Date.parse(c.interview.end))) {
    anchors.push({
      iso: toIsoIn(timeOf(lastWord), c.zone),
      ms: timeOf(lastWord),
      basis: `their last message, ${describeDay(toIsoIn(timeOf(lastWord), c.zone))} (${lastWord.source})`,
    });
  }
  if (round?.time && Date.parse(round.time.start) < c.nowMs) {
    anchors.push({
      iso: round.time.start,
      ms: Date.parse(round.time.start),
      basis: `the next round, ${describeDay(round.time.start)} (${round.basis ?? where(round.evidence)})`,
    });
  }
  const anchor = anchors.sort((a, b) => b.ms - a.ms)[0] ?? {
    iso: c.timeline.anchor.iso,
    ms: Date.parse(c.timeline.anchor.iso),
    basis: `${c.timeline.anchor.basis} (the inputs do not say when the interview was)`,
  };
  const runaround = signal(c.analysis, "scheduling-runaround")?.evidence.find((e) => !e.isFact);
  const moved = runaround
    ? ` The next round keeps moving (${quoted(runaround)}): stay flexible once more, then ask plainly whether the role is still open.`
    : "";
  // Word promised in a window that names no day ("in a few days") is quoted, but dates nothing.
  const loose = lastPromise(c.timeline.promises);
  const vague = loose?.isVague
    ? {
        quote: loose.quote,
        source: loose.source,
        ...(loose.line !== undefined ? { line: loose.line } : {}),
        ...(loose.at ? { at: loose.at } : {}),
      }
    : signal(c.analysis, "vague-next-steps")?.evidence.find((e) => !e.isFact);
  const noDate = vague
    ? `No date was given for word (${quoted(vague)})`
    : "No date for word is in the inputs";
  // With no date promised there is no date to hold them to: the check has no due date, only a fair wait.
  const fairWait = describeDay(addBusinessDaysIn(anchor.iso, DEFAULT_WAIT_BUSINESS_DAYS, c.zone));
  return {
    kind: "status-check",
    why: `${noDate}; ${DEFAULT_WAIT_BUSINESS_DAYS} working days after ${anchor.basis} (${fairWait}) is a fair wait before asking where things stand.${moved} Keep it polite and restate your interest.`,
    text: statusText(c, to, undefined),
    sources: [
      ...(vague ? [vague.source] : []),
      ...(c.interview?.sources ?? []),
      ...(lastWord ? [lastWord.source] : []),
    ],
  };
}
