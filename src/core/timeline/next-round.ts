import { outcomeOf, ownText } from "../mail/detect-email-signals.js";
import { threadSubject } from "../mail/thread-subject.js";
import type { Analysis } from "../read/analyze-interview.js";
import type { Doc, EmailDoc } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import { toIsoIn, type Zone } from "../time/add-days.js";
import { distinctDays, findMeetingTimes, type MeetingTime, meetingAskIn } from "../time/find-meeting-time.js";
import { signal, utteranceText, where } from "./evidence-place.js";
import type { InterviewTime } from "./find-interview.js";
import { saidAt } from "./said-at.js";
import { companyWord, type Mail, timeOf } from "./timeline-mail.js";

// The next round and when it is: booked in the read, or offered by mail.

const HOUR_MS = 3_600_000;

export interface NextRound {
  evidence: Evidence;
  time?: MeetingTime;
  /** Where the date was read: "emails/05-confirm.eml", "transcript.vtt 01:14:11". */
  basis?: string;
  basisSource?: string;
  /** Times offered to choose from, where the company gave several. */
  options?: MeetingTime[];
}

/**
 * The next round and when it is: from the next-round-booked evidence and, for a round booked by email, the
 * latest company message about it (a move, a confirmation); a message that calls it off without a new day
 * leaves the date unknown.
 */
export function nextRound(
  analysis: Analysis,
  docs: Doc[],
  box: Mail,
  interview: InterviewTime | undefined,
  nowMs: number,
  zone: Zone,
): NextRound | undefined {
  const booked = signal(analysis, "next-round-booked");
  const first = booked?.evidence.find((e) => !e.isFact);
  if (!booked || !first) return invitedByMail(box, interview, zone);
  const mailSources = new Set(
    [...booked.evidence, ...(signal(analysis, "scheduling-runaround")?.evidence ?? [])]
      .filter((e) => e.message)
      .map((e) => e.source),
  );
  const subjects = new Set(
    box.mail.filter((d) => mailSources.has(d.source)).map((d) => threadSubject(d.subject)),
  );
  const thread = companyWord(box).filter(
    (d) =>
      mailSources.has(d.source) ||
      (subjects.has(threadSubject(d.subject)) && threadSubject(d.subject) !== ""),
  );
  const last = thread.at(-1);
  if (last) {
    const times = distinctDays(
      findMeetingTimes(ownText(last), toIsoIn(timeOf(last), zone), zone, { isEveryDay: true }),
    );
    const only = times.length === 1 ? times[0] : undefined;
    return {
      evidence: first,
      ...(only ? { time: only, basis: last.source, basisSource: last.source } : {}),
      ...(times.length > 1 ? { options: times } : {}),
    };
  }
  for (const e of booked.evidence) {
    if (e.isFact || e.message) continue;
    const said = saidAt(e, docs, interview, nowMs, zone);
    if (said === undefined) continue;
    const text = e.line !== undefined ? (utteranceText(docs, e) ?? e.quote) : e.quote;
    const times = distinctDays(findMeetingTimes(text, toIsoIn(said, zone), zone));
    const only = times.length === 1 ? times[0] : undefined;
    if (only) return { evidence: e, time: only, basis: where(e), basisSource: e.source };
  }
  return { evidence: first };
}

/** A later round named as such: the invitation is to the next one, not to the first. */
const LATER_ROUND =
  /\b(?:second|2nd|third|3rd|final|next|last|follow-up)\s+(?:round|interview|stage|conversation|call)|\bround\s+(?:2|3|two|three)\b/i;

/**
 * The next round booked by mail where the read found none: the company's latest message after the
 * interview (or naming a later round) that asks to meet. One day named books it for that day; several
 * days are times offered, so a round is on the table without a date yet.
 */
function invitedByMail(box: Mail, interview: InterviewTime | undefined, zone: Zone): NextRound | undefined {
  const startMs = Date.parse(interview?.start ?? interview?.end ?? "");
  const askIn = (d: EmailDoc) => meetingAskIn(ownText(d));
  const asks = companyWord(box).filter((d) => {
    if (d.isAutomatic || outcomeOf(d)) return false;
    const isAfter = !Number.isNaN(startMs) && timeOf(d) > startMs;
    return (isAfter || LATER_ROUND.test(`${d.subject ?? ""}\n${ownText(d)}`)) && askIn(d) !== undefined;
  });
  const last = asks.at(-1);
  if (!last) return undefined;
  const text = ownText(last);
  const found = distinctDays(
    findMeetingTimes(text, toIsoIn(timeOf(last), zone), zone, { isEveryDay: true }),
  ).filter(
    // "A chat afterwards, about 20 minutes" reads as a time 20 minutes on: a meeting is not that close.
    (t) => Date.parse(t.start) > timeOf(last) + 2 * HOUR_MS,
  );
  // A day with a time is the meeting; days without one beside it are asides ("one is away until February").
  const timed = found.filter((t) => t.hasTime);
  const times = timed.length > 0 ? timed : found;
  const only = times.length === 1 ? times[0] : undefined;
  const sentence = askIn(last) ?? only?.quote ?? "an invitation to meet";
  const evidence: Evidence = {
    source: last.source,
    quote: sentence,
    ...(last.from?.name ? { speaker: last.from.name } : {}),
    message: {
      ...(last.from?.name ? { from: last.from.name } : {}),
      ...(last.date ? { date: last.date } : {}),
      ...(last.subject ? { subject: last.subject } : {}),
    },
  };
  return {
    evidence,
    ...(only ? { time: only, basis: last.source, basisSource: last.source } : {}),
    ...(times.length > 1 ? { options: times } : {}),
  };
}
