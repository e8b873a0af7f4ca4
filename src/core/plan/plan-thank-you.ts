import type { SignalId } from "../signals/signal.js";
import { addDaysIn, describeDay, describeMoment } from "../time/add-days.js";
import type { NextRound } from "../timeline/build-timeline.js";
import type { Action } from "./action.js";
import { type Context, isWeak } from "./plan-context.js";
import { firstName, quoted } from "./plan-wording.js";

/** A thank-you this many days overdue is late, but still worth sending. */
const LATE_THANK_YOU_DAYS = 3;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const WEEKDAY_NAMES: Record<string, string> = {
  Mon: "Monday",
  Tue: "Tuesday",
  Wed: "Wednesday",
  Thu: "Thursday",
  Fri: "Friday",
  Sat: "Saturday",
  Sun: "Sunday",
};

function thankYouText(c: Context): string {
  const weekday = c.interview ? WEEKDAY_NAMES[describeDay(c.interview.end).slice(0, 3)] : undefined;
  const when = weekday ? ` on ${weekday}` : "";
  const body = [
    `Thank you for your time${when}. I enjoyed our conversation, especially [one specific thing you discussed].`,
  ];
  if (c.missed.length > 0 || isWeak(c.analysis)) {
    body.push("I also wanted to add one thing I didn't get across: [the point, in two sentences].");
  }
  body.push("I'm very interested in the role and would be glad to take the next step.");
  const lines = [
    `Hi ${firstName(c.interviewer) ?? "[name]"},`,
    "",
    body.join(" "),
    "",
    "Best regards,",
    c.me ?? "[your name]",
  ];
  return lines.join("\n");
}

export function planThankYou(c: Context): Action {
  const sent = c.timeline.thankYou;
  let due: string | undefined;
  let basis: string;
  if (c.interview && !c.interview.isDayOnly) {
    due = addDaysIn(c.interview.end, 1, c.zone);
    basis = `24 hours after the interview ended, ${describeMoment(c.interview.end)} (${c.interview.basis})`;
  } else if (c.interview) {
    due = addDaysIn(c.interview.end, 1, c.zone);
    basis = `by the end of the day after the interview, ${describeDay(c.interview.end)} (${c.interview.basis})`;
  } else if (!sent) {
    // Counted from when the inputs were first filed where that is known, so it does not move on each read.
    const anchor = c.timeline.anchor;
    due = addDaysIn(anchor.iso, 1, c.zone);
    basis = `within 24 hours of ${anchor.basis}: the inputs do not say when the interview was`;
  } else {
    basis = "";
  }
  const sources = [...(c.interview?.sources ?? []), ...(sent ? [sent.where.replace(/:\d+$/, "")] : [])];
  if (sent) {
    const when = sent.when ? ` on ${describeMoment(sent.when)}` : "";
    return {
      kind: "thank-you",
      ...(due ? { due } : {}),
      why: `Sent${when} (${sent.where})${basis ? `; it was due ${basis}` : ""}.`,
      done: true,
      sources,
    };
  }
  const late =
    due !== undefined && c.nowMs - Date.parse(due) > LATE_THANK_YOU_DAYS * DAY_MS
      ? " It is late now, but a short note still helps."
      : "";
  const gap = isWeak(c.analysis) ? " Whatever the read, send it; use it to add what was missed (below)." : "";
  return {
    kind: "thank-you",
    ...(due ? { due } : {}),
    why: `Due ${basis}. Name ${c.interviewer ?? "the interviewer"}, refer to something specific, restate your interest, keep it short.${gap}${late}`,
    text: thankYouText(c),
    sources,
  };
}

/** What to add in the thank-you for each negative signal of the interview. */
const GAP_ADVICE: Partial<Record<SignalId, string>> = {
  "cut-short": "it ended early: add the example or result you did not get to give",
  "disengaged-interviewer":
    "attention drifted: restate your strongest point in a line, in case it was missed",
  "superficial-questions":
    "the questions stayed generic: add one concrete example of how you would do this job",
  "thin-company-info": "little was said about the role: ask the one or two questions that matter most to you",
  "no-growth-talk": "growth never came up: if it matters to you, ask about it",
  "questions-discouraged": "your questions got short answers: put the important ones in writing",
  "vague-next-steps": "no timeline was given: ask politely what the next step is, and when",
};

export function planGap(c: Context, thankYou: Action, round?: NextRound): Action | undefined {
  if (!isWeak(c.analysis)) return undefined;
  const parts: string[] = [];
  const sources: string[] = [];
  for (const m of c.missed.slice(0, 2)) {
    parts.push(`add the point you did not get across, ${quoted(m)}`);
    sources.push(m.source);
  }
  for (const s of c.analysis.signals) {
    const advice = GAP_ADVICE[s.id];
    const e = s.evidence.find((x) => !x.isFact) ?? s.evidence[0];
    if (!advice || !e) continue;
    parts.push(`${advice} (${s.label.toLowerCase()}: ${quoted(e)})`);
    sources.push(e.source);
    if (parts.length >= 4) break;
  }
  if (parts.length === 0)
    parts.push("add a qualification or an example that the interview did not bring out");
  const sent = thankYou.done === true;
  // A thin read has no band to speak of: there is too little to read, not a mixed interview. Mail alone
  // (no notes, transcript or invite) tells of the process, not of the interview: no read either, as the
  // workspace's list says.
  const read =
    c.analysis.read.thin || c.docs.every((d) => d.kind === "email")
      ? "There is too little to read yet"
      : `The read is ${c.analysis.read.band}`;
  // With the next round booked ahead there is no status check to put it in: the round is the next chance.
  const ahead = round?.time && Date.parse(round.time.start) >= c.nowMs ? round.time : undefined;
  const lead = !sent
    ? `${read}: use the thank-you to close the gap`
    : ahead
      ? `${read} and the thank-you has gone already: bring this into the next round, ${describeDay(ahead.start)}`
      : `${read} and the thank-you has gone already: put this in your next note (the status check)`;
  return {
    kind: "address-gap",
    ...(!sent && thankYou.due ? { due: thankYou.due } : {}),
    why: `${lead}: ${parts.join("; ")}. Then reflect, ask for feedback if it ends, and keep your search moving.`,
    sources: [...new Set(sources)],
  };
}
