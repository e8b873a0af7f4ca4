import { firstNameOf } from "../draft/display-name.js";
import { dayText } from "../draft/draft-status-check.js";
import { describeDay } from "../time/add-days.js";
import type { Timeline } from "../timeline/build-timeline.js";
import type { Action, Plan } from "./action.js";

/**
 * Where a plan disagrees with itself or with its timeline: a reason that says there is no date for word
 * beside a draft that names one, "the inputs do not say when the interview was" beside a date for it, "none
 * is booked yet" beside a booked round, a draft greeting someone other than the one its reason names. Each
 * problem is a sentence for a person, naming the action. Pure: a check over what was planned.
 */
export function findContradictions(plan: Plan, timeline: Timeline): string[] {
  const problems: string[] = [];
  const say = (a: Action, what: string) => problems.push(`${a.kind}: ${what}`);
  const whys = plan.actions.map((a) => a.why).join("\n");

  for (const a of plan.actions) {
    const text = a.text ?? "";
    // The interview's date: known in the timeline, or said to be unknown; never both.
    if (/do not say when the interview was/.test(a.why)) {
      if (timeline.interview)
        say(a, `says the interview's date is unknown, but the timeline has it (${timeline.interview.basis})`);
      if (/\b(?:interview|time)\s+on\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(text))
        say(a, "says the interview's date is unknown, but its draft names the day");
    }
    if (
      !timeline.interview &&
      /\b(?:after the interview ended|days since the (?:last )?interview)\b/.test(a.why)
    )
      say(a, "counts from the interview, which has no date in the inputs");

    // Word promised: the reason, the draft and the timeline name the same day, or none.
    if (a.kind === "status-check") {
      const promise = timeline.promise;
      const noDate = /\bNo date (?:for word is in the inputs|was given for word)\b/.test(a.why);
      const namesDate = /\b(?:update|word|hear(?: back)?)\s+by\s+\w+day, \w+ \d{1,2}\b/.test(text);
      if (noDate && namesDate) say(a, "says no date for word was given, but its draft names one");
      if (noDate && promise) say(a, `says no date for word was given, but one stands (${promise.where})`);
      const whyDay = /word would come by ((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3})/.exec(a.why)?.[1];
      if (whyDay && promise && whyDay !== describeDay(promise.due))
        say(a, `names ${whyDay} for word, the timeline ${describeDay(promise.due)}`);
      if (whyDay && !promise) say(a, `names ${whyDay} for word, but no promise stands in the timeline`);
      if (whyDay && text && promise && !text.includes(dayText(promise.due)))
        say(a, `its reason names ${whyDay} for word, its draft does not`);
    }

    // The next round: booked, or not yet; never both.
    if (/\bnone is booked yet\b/.test(a.why) && timeline.booked)
      say(
        a,
        `says no next round is booked, but one is (${timeline.booked.basis ?? timeline.booked.evidence.source})`,
      );
    if (/\bNext round booked for\b/.test(a.why) && !timeline.booked?.time)
      say(a, "says a next round is booked for a date the timeline does not have");

    // The greeting is to the person the reason says to write to.
    const named = /\bName (.+?), refer to\b/u.exec(a.why)?.[1];
    const greeted = /^(?:Dear|Hi|Hello) ([^,\n]+),/m.exec(text)?.[1];
    if (
      a.kind === "thank-you" &&
      named &&
      named !== "the interviewer" &&
      greeted &&
      firstNameOf(named) !== greeted &&
      !greeted.startsWith("[")
    )
      say(a, `its reason says to name ${named}, its draft greets ${greeted}`);

    if (a.due && Number.isNaN(Date.parse(a.due))) say(a, `its due date ${a.due} is not a date`);
  }

  // The order of things: a thank-you is due before the status check, and a status check does not come
  // before the interview it follows up.
  const thank = plan.actions.find((a) => a.kind === "thank-you" && !a.done);
  const status = plan.actions.find((a) => a.kind === "status-check");
  if (thank?.due && status?.due && Date.parse(status.due) < Date.parse(thank.due))
    say(status, "is due before the thank-you");
  const interviewEnd = Date.parse(timeline.interview?.end ?? "");
  if (status?.due && !Number.isNaN(interviewEnd) && Date.parse(status.due) < interviewEnd)
    say(status, "is due before the interview ended");
  if (/\bnone is booked yet\b/.test(whys) && /\bNext round booked for\b/.test(whys))
    problems.push("plan: one reason says a next round is booked, another that none is");
  return problems;
}
