import { outcomeOf, ownText } from "../mail/detect-email-signals.js";
import { threadSubject } from "../mail/thread-subject.js";
import type { Analysis, DetectedSignal } from "../read/analyze-interview.js";
import type { Doc, EmailDoc, NotesDoc } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import { splitSentences } from "../text/sentences.js";
import { addDaysIn, toIsoIn, type Zone } from "../time/add-days.js";
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
  if (!booked || !first)
    return invitedByMail(box, interview, zone) ?? roundInNotes(docs, interview, nowMs, zone);
  const last = bookingThread(analysis, booked, box).at(-1);
  if (last) return roundByMail(first, last, box, zone);
  const { round, isPastOnly } = roundInEvidence(booked, docs, interview, nowMs, zone);
  if (round) return round;
  // Every sentence read as a booking names only the interview's own day or earlier ("The interview was
  // scheduled for Monday 30 November at 10:00"): that is the round that happened, not a next one.
  if (isPastOnly && !booked.evidence.some((e) => e.message))
    return invitedByMail(box, interview, zone) ?? roundInNotes(docs, interview, nowMs, zone);
  const noted = roundInNotes(docs, interview, nowMs, zone);
  return noted?.time ? noted : { evidence: first };
}

/** The company's mail of the thread the booking (or a runaround) was read in, by message or by subject. */
function bookingThread(analysis: Analysis, booked: DetectedSignal, box: Mail): EmailDoc[] {
  const mailSources = new Set(
    [...booked.evidence, ...(signal(analysis, "scheduling-runaround")?.evidence ?? [])]
      .filter((e) => e.message)
      .map((e) => e.source),
  );
  const subjects = new Set(
    box.mail.filter((d) => mailSources.has(d.source)).map((d) => threadSubject(d.subject)),
  );
  return companyWord(box).filter(
    (d) =>
      mailSources.has(d.source) ||
      (subjects.has(threadSubject(d.subject)) && threadSubject(d.subject) !== ""),
  );
}

/** The round as the thread's latest company message leaves it: moved, on its one day, or days offered. */
function roundByMail(first: Evidence, last: EmailDoc, box: Mail, zone: Zone): NextRound {
  const moved = movedTo(box, timeOf(last), zone);
  if (moved) return { evidence: first, ...moved };
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

/**
 * The round as the booking's own words date it (not in mail): the first that names one day, moved where
 * the notes say so; `isPastOnly` while every one read names only the interview's day or earlier.
 */
function roundInEvidence(
  booked: DetectedSignal,
  docs: Doc[],
  interview: InterviewTime | undefined,
  nowMs: number,
  zone: Zone,
): { round?: NextRound; isPastOnly: boolean } {
  let isPastOnly = true;
  for (const e of booked.evidence) {
    if (e.isFact || e.message) continue;
    const said = saidAt(e, docs, interview, nowMs, zone);
    if (said === undefined) {
      isPastOnly = false;
      continue;
    }
    const text = e.line !== undefined ? (utteranceText(docs, e) ?? e.quote) : e.quote;
    // A round is booked ahead of when it was told: a day before that ("Update 18 Nov: …") is when, not which.
    const found = bookedInLine(text, said, zone);
    // Read from a month before, the days it names at all (meeting times are read forward from a moment).
    const named = findMeetingTimes(text, toIsoIn(said - 30 * 24 * HOUR_MS, zone), zone);
    if (named.length === 0 || found.length > 0) isPastOnly = false;
    const timed = found.filter((t) => t.hasTime);
    const times = timed.length > 0 ? timed : found;
    const only = times.length === 1 ? times[0] : undefined;
    if (only) {
      const moved = e.line !== undefined ? movedInNotes(docs, e, only, interview, nowMs, zone) : undefined;
      return {
        round: moved
          ? { evidence: e, ...moved }
          : { evidence: e, time: only, basis: where(e), basisSource: e.source },
        isPastOnly,
      };
    }
  }
  return { isPastOnly };
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
  const askIn = (d: EmailDoc) =>
    meetingAskIn(ownText(d)) ?? laterRoundAsked(ownText(d)) ?? laterRoundStated(ownText(d));
  const asks = companyWord(box).filter((d) => {
    if (d.isAutomatic || outcomeOf(d)) return false;
    const isAfter = !Number.isNaN(startMs) && timeOf(d) > startMs;
    return (isAfter || LATER_ROUND.test(`${d.subject ?? ""}\n${ownText(d)}`)) && askIn(d) !== undefined;
  });
  const last = asks.at(-1);
  if (!last) return undefined;
  const moved = movedTo(box, timeOf(last), zone);
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
  if (moved) return { evidence, ...moved };
  return {
    evidence,
    ...(only ? { time: only, basis: last.source, basisSource: last.source } : {}),
    ...(times.length > 1 ? { options: times } : {}),
  };
}

/** A later round as notes jot it: "Round 2: Tue 8 Dec", "Stage 2 is…", "They want me back on…". */
const LATER_ROUND_NOTED =
  /\b(?:(?:second|2nd|third|3rd|final|next|technical|follow-up)\s+(?:round|interview|stage)|(?:round|stage)\s*(?:2|3|two|three)\b|wants?\s+me\s+back|invited\s+(?:me\s+)?back|(?:see|meet)\s+me\s+again)/i;
/**
 * A day given as a deadline ("she would email me by Friday 13 Feb with the final round", "in touch by next
 * Friday about the final round"): the day word comes, not the round's.
 */
const BY_A_DAY =
  /\b(?:by|before|until|till|no\s+later\s+than|within)\s+(?:the\s+)?(?:next\s+|this\s+|end\s+of\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|tomorrow|early|mid|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;

/** A line that leaves the round open: "if I get through", "hoping for a second round". */
const ROUND_OPEN = /\b(?:if|whether|might|may|maybe|hope|hoping|hopefully|could|would|no\s+word)\b|\?/i;

/**
 * The next round as the notes book it, where no booking was read elsewhere: the last line naming a later
 * round with one day ahead of when it was written (a time on it where one is given).
 */
function roundInNotes(
  docs: Doc[],
  interview: InterviewTime | undefined,
  nowMs: number,
  zone: Zone,
): NextRound | undefined {
  let found: NextRound | undefined;
  for (const notes of docs.filter((d): d is NotesDoc => d.kind === "notes")) {
    for (const [i, text] of notes.text.split(/\r?\n/).entries()) {
      const at = LATER_ROUND_NOTED.exec(text);
      if (!at || ROUND_OPEN.test(text) || BY_A_DAY.test(text)) continue;
      const evidence: Evidence = {
        source: notes.source,
        quote: text.replace(/^[\s*#>_-]+/, "").trim(),
        line: i + 1,
      };
      const said = saidAt(evidence, docs, interview, nowMs, zone);
      if (said === undefined) continue;
      const times = bookedInLine(text.slice(at.index), said, zone);
      const timed = times.filter((t) => t.hasTime);
      const [only, ...more] = timed.length > 0 ? timed : times;
      if (only && more.length === 0) {
        const moved = movedInNotes(docs, evidence, only, interview, nowMs, zone);
        found = moved
          ? { evidence, ...moved }
          : { evidence, time: only, basis: `${notes.source}:${i + 1}`, basisSource: notes.source };
      }
    }
  }
  return found;
}

/**
 * The round as a later line of the same notes moved it ("Update 1 Dec: they moved round 2 to Mon 7 Dec at
 * 2pm"): the last line after the booking that moves a meeting to one day ahead of when it was written.
 */
function movedInNotes(
  docs: Doc[],
  e: Evidence,
  old: MeetingTime | undefined,
  interview: InterviewTime | undefined,
  nowMs: number,
  zone: Zone,
): Pick<NextRound, "time" | "basis" | "basisSource"> | undefined {
  const notes = docs.find((d): d is NotesDoc => d.kind === "notes" && d.source === e.source);
  if (!notes || e.line === undefined) return undefined;
  const lines = notes.text.split(/\r?\n/);
  for (let i = lines.length - 1; i >= e.line; i--) {
    const text = lines[i] ?? "";
    const move = MOVED.exec(text);
    if (!move) continue;
    const line = i + 1;
    const said = saidAt({ source: notes.source, quote: text, line }, docs, interview, nowMs, zone);
    if (said === undefined) continue;
    // The new time follows the words that move it; a date before them is the line's own ("Update 1 Dec:").
    // The old time it moves from is not the new one ("moved from Fri 4 Dec to Thu 3 Dec").
    const after = text.slice(move.index).replace(MOVED_FROM, " ");
    const found = distinctDays(findMeetingTimes(after, toIsoIn(said, zone), zone)).filter(
      (t) => Date.parse(t.start) > said + HOUR_MS,
    );
    const timed = found.filter((t) => t.hasTime);
    const [only, ...more] = timed.length > 0 ? timed : found;
    // "Moved to the day before, same time": told against the time it had.
    const shifted = found.length === 0 ? shiftedFrom(after, old, zone) : undefined;
    const time = only && more.length === 0 ? only : shifted;
    if (time) return { time, basis: `${notes.source}:${line}`, basisSource: notes.source };
  }
  return undefined;
}

/** A question that asks to meet: "Would you be available for…", "Could you come in for…", "Are you free…". */
const ASKED =
  /\b(?:would|could|can|are|will)\s+you\b[^?]*\b(?:available|free|able\s+to\s+(?:come|join|meet)|come\s+in|join\s+us|meet)\b/i;

/**
 * A later round asked as a question ("Would you be available for a final interview on Tuesday 1 December
 * at 11:00?"): an invitation, though it ends with a question mark. A later round only: a question to meet
 * with no round named may be the first interview being arranged.
 */
function laterRoundAsked(text: string): string | undefined {
  return splitSentences(text).find((x) => x.endsWith("?") && ASKED.test(x) && LATER_ROUND.test(x));
}

/** A later round stated with its day: "Your second interview will be on Tuesday 8 December at 11:00." */
function laterRoundStated(text: string): string | undefined {
  return splitSentences(text).find(
    (x) =>
      LATER_ROUND.test(x) &&
      !ROUND_OPEN.test(x) &&
      !BY_A_DAY.test(x) &&
      /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i.test(
        x,
      ),
  );
}

/** Words that move a meeting already set: "could we move it to…", "rescheduled for…", "a new time". */
const MOVED =
  /\b(?:mov(?:e|ed|ing)\s+(?:it|things|the\s+\w+|your\s+\w+(?:\s+\w+)?|to|back|forward|from|(?:[\w-]+\s+){1,3}(?:to|until|till|back|forward|from|earlier|later)\b)|reschedul\w*|re-schedul\w*|push(?:ed)?\s+(?:it\s+)?(?:back|forward)|bring\s+(?:it\s+)?forward|brought\s+(?:it\s+)?forward|change\s+of\s+(?:time|date|plan)|new\s+(?:time|date|slot)|make\s+it|instead|postpon\w*|pushed\s+(?:it\s+)?(?:back\s+)?to|changed\s+(?:it\s+)?(?:to|from)|now\s+(?:on|at)\b)\b/i;

/** The old time a move names, before its new one: "from Fri 4 Dec" in "moved from Fri 4 Dec to Thu 3 Dec". */
const MOVED_FROM = /\bfrom\s+.*?(?=\s+to\b)|\bfrom\b[^;)]*/i;

/** A move told against the time it had: "a day earlier", "the day before", "an hour later". */
const SHIFTED =
  /\b(?:(an?|one|two|three|\d)\s+(day|hour|week)s?\s+(earlier|later|sooner)|the\s+(day|week)\s+(before|after))\b/i;
const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3 };

/** The time a move told against the old one gives ("moved to the day before, same time"), else undefined. */
function shiftedFrom(text: string, old: MeetingTime | undefined, zone: Zone): MeetingTime | undefined {
  const m = SHIFTED.exec(text);
  if (!m || !old) return undefined;
  const n = m[1] ? (COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
  const unit = (m[2] ?? m[4] ?? "day").toLowerCase();
  const sign = /^(?:earlier|sooner|before)$/i.test(m[3] ?? m[5] ?? "") ? -1 : 1;
  const start =
    unit === "hour"
      ? toIsoIn(Date.parse(old.start) + sign * n * HOUR_MS, zone)
      : addDaysIn(old.start, sign * n * (unit === "week" ? 7 : 1), zone);
  return { start, hasTime: old.hasTime, quote: text };
}

/**
 * The days a line of the notes books, ahead of when it was written: where the line moves the meeting, the
 * ones after the words that move it (not the old one it moves from), else the ones before them ("Thu 3 Dec
 * 10:00 (rescheduled from Fri 4 Dec)").
 */
function bookedInLine(text: string, said: number, zone: Zone): MeetingTime[] {
  const read = (t: string) =>
    distinctDays(findMeetingTimes(t, toIsoIn(said, zone), zone)).filter(
      (x) => Date.parse(x.start) > said + HOUR_MS,
    );
  const move = MOVED.exec(text);
  if (!move) return read(text);
  const after = read(text.slice(move.index).replace(MOVED_FROM, " "));
  return after.length > 0 ? after : read(text.slice(0, move.index));
}

/**
 * The round as the company moved it after it was set (`afterMs`): the latest of its later messages whose
 * sentences that move a meeting name one day ahead, a time on it where one is given. The latest move counts.
 */
function movedTo(
  box: Mail,
  afterMs: number,
  zone: Zone,
): Pick<NextRound, "time" | "basis" | "basisSource"> | undefined {
  const later = companyWord(box).filter((d) => timeOf(d) > afterMs && !d.isAutomatic && !outcomeOf(d));
  for (const d of later.reverse()) {
    const said = toIsoIn(timeOf(d), zone);
    const times = distinctDays(
      splitSentences(ownText(d))
        .filter((x) => MOVED.test(x))
        .flatMap((x) => findMeetingTimes(x, said, zone, { isEveryDay: true })),
    ).filter((t) => Date.parse(t.start) > timeOf(d) + 2 * HOUR_MS);
    const timed = times.filter((t) => t.hasTime);
    const [only, ...more] = timed.length > 0 ? timed : times;
    if (only && more.length === 0) return { time: only, basis: d.source, basisSource: d.source };
  }
  return undefined;
}
