import type { Doc, EmailDoc, InviteDoc, NotesDoc, TranscriptDoc } from "../read/documents.js";
import {
  addDaysIn,
  atTimeOnDayIn,
  isKnownZone,
  offsetMinutesAt,
  offsetOf,
  sameWallTimeIn,
  toIsoIn,
  type Zone,
} from "../time/add-days.js";
import { findBookedInterview } from "../time/find-booked-interview.js";
import { findInterviewSlot, type SlotLengths } from "../time/find-interview-slot.js";
import { findInterviewTime, type InterviewTime as ReadTime } from "../time/find-interview-time.js";
import { dayOfHead } from "./day-heads.js";
import { dayToldBelow } from "./told-day.js";

// When the interview was, for the timeline: an invite (with a transcript's length), the notes' day and
// hours, or the company's mail that booked it.

/** A date for the interview further back than this, or after now, is a misreading of the notes. */
export const INTERVIEW_HORIZON_DAYS = 180;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const END_OF_DAY = { hour: 23, minute: 59, second: 59 };

/** When the interview was, as far as the inputs tell. */
export interface InterviewTime {
  start?: string;
  /** ISO end (in the plan's zone); for a day read from the notes, the end of that day. */
  end: string;
  /** "invite.ics", "invite.ics start + the 79-minute transcript.vtt", "notes.md: “We finished at 3:40.”". */
  basis: string;
  /** True when only the day is known (a date in the notes). */
  isDayOnly: boolean;
  sources: string[];
}

/**
 * The zone dates are worked in: the invite's IANA zone where it names one (daylight saving applied),
 * else the offset `now` is written in (fixed, no daylight saving: the instant stays right, the wall
 * clock after a change is an hour off). Invites are stored in UTC, so their own "Z" says nothing local.
 */
export function planZone(docs: Doc[], now: string): Zone {
  const invite = docs.find((d): d is InviteDoc => d.kind === "invite" && d.timeZone !== undefined);
  if (invite?.timeZone && isKnownZone(invite.timeZone)) return invite.timeZone;
  return offsetOf(now);
}

function transcriptMinutes(doc: TranscriptDoc): number | undefined {
  const timed = doc.utterances.filter((u) => u.start !== undefined);
  const first = timed[0];
  const last = timed.at(-1);
  if (first?.start === undefined || last?.start === undefined) return undefined;
  // Recordings usually start with the call; a late start is counted from the first words.
  const begin = first.start < 300 ? 0 : first.start;
  const minutes = ((last.end ?? last.start) - begin) / 60;
  return minutes > 0 && minutes <= 12 * 60 ? minutes : undefined;
}

/**
 * When the interview was: the invite's slot (its end from a transcript's length where there is one), else
 * the day at the top of the notes with the hours they give, else the time the company's mail booked
 * (`mail.company`, oldest first; `mail.thankedMs`, the candidate's latest thank-you). Dates after now, or
 * further back than INTERVIEW_HORIZON_DAYS, are misreadings.
 */
export function findInterview(
  docs: Doc[],
  now: string,
  zone: Zone,
  lengths: SlotLengths = {},
  mail: { company: EmailDoc[]; thankedMs?: number } = { company: [] },
): InterviewTime | undefined {
  const nowMs = Date.parse(now);
  const recorded = docs.some((d) => d.kind === "invite" && d.start)
    ? undefined
    : recordedStart(docs, nowMs, zone);
  if (recorded) return recorded;
  const byMail = () => bookedByMail(docs, mail.company, mail.thankedMs, lengths, nowMs, zone);
  const isInRange = (ms: number) => ms <= nowMs + DAY_MS && ms >= nowMs - INTERVIEW_HORIZON_DAYS * DAY_MS;
  const found = dayRead(docs, now, zone, isInRange, byMail);
  if (!found || "isDayOnly" in found) return found;
  if (!found.start) return undefined;
  const startMs = Date.parse(found.start);
  if (Number.isNaN(startMs) || !isInRange(startMs)) return undefined;
  const invite = docs.find((d): d is InviteDoc => d.kind === "invite" && d.source === found.basis);
  const notesDoc = docs.find((d): d is NotesDoc => d.kind === "notes" && d.source === found.basis);
  // Notes dated the day they were written may tell the interview's day from there ("my interview last Tuesday").
  const told = !invite && notesDoc ? daysBackTold(notesDoc.text, startMs, zone, found.line) : 0;
  const back =
    told || (notesDoc ? weeksBeforeLaterWord(notesDoc, found.line, startMs, mail.thankedMs, nowMs, zone) : 0);
  const start = addDaysIn(toIsoIn(startMs, zone), -back, zone);
  return invite
    ? invitedSlot(docs, invite, found, start, startMs, zone)
    : notesDay(docs, found, start, lengths, nowMs, zone, byMail);
}

/**
 * The interview's day as first read: the invite's or the top of the notes' (a numeric date read month
 * first that falls out of range may be written day first, "01/12/2026"); with no day at the top of the
 * notes, the company's booking (returned whole), else a sentence further down that tells it.
 */
function dayRead(
  docs: Doc[],
  now: string,
  zone: Zone,
  isInRange: (ms: number) => boolean,
  byMail: () => InterviewTime | undefined,
): ReadTime | InterviewTime | undefined {
  const nowMs = Date.parse(now);
  const read = findInterviewTime(docs, now);
  const readMs = Date.parse(read.start ?? "");
  const atTop = read.start && isInRange(readMs) ? read : (dayFirstDate(docs, nowMs, zone, isInRange) ?? read);
  const below = atTop.start ? undefined : (byMail() ?? dayToldBelow(docs, nowMs, zone, isInRange));
  return below ?? atTop;
}

/** The interview where the notes give its day: their hours, else mail that booked it that day, else the whole day. */
function notesDay(
  docs: Doc[],
  found: ReadTime,
  start: string,
  lengths: SlotLengths,
  nowMs: number,
  zone: Zone,
  byMail: () => InterviewTime | undefined,
): InterviewTime {
  const timed = timedByNotes(docs, found, start, lengths, nowMs, zone);
  if (timed) return timed;
  // The notes give the day; mail that booked the interview on that day gives the time.
  const mailed = byMail();
  if (mailed?.start && mailed.start.slice(0, 10) === start.slice(0, 10)) return mailed;
  return {
    start,
    end: atTimeOnDayIn(start, END_OF_DAY, zone),
    basis: `${found.basis ?? "the notes"}, which give the day, not the time`,
    isDayOnly: true,
    sources: found.basis ? [found.basis] : [],
  };
}

/** The invite's slot: its start, to the end a transcript's length gives, else the invite's own end. */
function invitedSlot(
  docs: Doc[],
  invite: InviteDoc,
  found: ReadTime,
  start: string,
  startMs: number,
  zone: Zone,
): InterviewTime {
  const transcript = docs.find(
    (d): d is TranscriptDoc => d.kind === "transcript" && transcriptMinutes(d) !== undefined,
  );
  const minutes = transcript ? transcriptMinutes(transcript) : undefined;
  if (transcript && minutes !== undefined) {
    return {
      start,
      end: toIsoIn(startMs + Math.round(minutes) * 60_000, zone),
      basis: `${invite.source} start + the ${Math.round(minutes)}-minute ${transcript.source}`,
      isDayOnly: false,
      sources: [invite.source, transcript.source],
    };
  }
  const endMs = Date.parse(found.end ?? "");
  return {
    start,
    end: toIsoIn(Number.isNaN(endMs) ? startMs : endMs, zone),
    basis: Number.isNaN(endMs) ? `${invite.source} (start; it gives no end)` : `${invite.source}`,
    isDayOnly: false,
    sources: [invite.source],
  };
}

/**
 * The interview as a transcript's heading dates its recording ("Thu, Nov 26, 2026 2:00PM" above an Otter
 * export), where no invite does: from that start for the transcript's length. Not after now, nor further back
 * than INTERVIEW_HORIZON_DAYS.
 */
function recordedStart(docs: Doc[], nowMs: number, zone: Zone): InterviewTime | undefined {
  const transcript = docs.find(
    (d): d is TranscriptDoc => d.kind === "transcript" && d.startedAt !== undefined,
  );
  const start = transcript?.startedAt ? sameWallTimeIn(`${transcript.startedAt}Z`, zone) : undefined;
  const startMs = Date.parse(start ?? "");
  if (!transcript || !start || Number.isNaN(startMs)) return undefined;
  if (startMs > nowMs || startMs < nowMs - INTERVIEW_HORIZON_DAYS * DAY_MS) return undefined;
  const minutes = transcriptMinutes(transcript);
  const endMs = Math.min(nowMs, startMs + Math.round(minutes ?? 0) * 60_000);
  return {
    start,
    end: toIsoIn(endMs, zone),
    basis:
      minutes === undefined
        ? `${transcript.source}: its heading's start; it gives no length`
        : `${transcript.source}: its heading's start + its ${Math.round(minutes)} minutes`,
    isDayOnly: false,
    sources: [transcript.source],
  };
}

/**
 * The interview as the company's mail booked it ("You're all set for Thursday 5 November at 14:00"), at a
 * time now past: its length from the message, else the transcript, else the read's; with none, the start.
 */
function bookedByMail(
  docs: Doc[],
  companyMail: EmailDoc[],
  thankedMs: number | undefined,
  lengths: SlotLengths,
  nowMs: number,
  zone: Zone,
): InterviewTime | undefined {
  const booked = findBookedInterview(companyMail, nowMs, zone, thankedMs);
  const startMs = Date.parse(booked?.start ?? "");
  if (!booked || Number.isNaN(startMs) || startMs < nowMs - INTERVIEW_HORIZON_DAYS * DAY_MS) return undefined;
  const transcript = docs.find(
    (d): d is TranscriptDoc => d.kind === "transcript" && transcriptMinutes(d) !== undefined,
  );
  const heard = transcript ? transcriptMinutes(transcript) : undefined;
  const minutes = booked.minutes ?? heard ?? lengths.actualMinutes ?? lengths.scheduledMinutes;
  const endMs = Math.min(nowMs, startMs + Math.round(minutes ?? 0) * 60_000);
  const said = `${booked.source} (“${booked.quote.replace(/\s+/g, " ").trim()}”)`;
  return {
    start: toIsoIn(startMs, zone),
    end: toIsoIn(endMs, zone),
    basis:
      minutes === undefined
        ? `${said}: the start; it gives no end`
        : `${said} + ${Math.round(minutes)} minutes`,
    isDayOnly: false,
    sources: [
      booked.source,
      ...(booked.minutes === undefined && transcript && heard ? [transcript.source] : []),
    ],
  };
}

/** A numeric date in the notes' opening lines: "01/12/2026", "1.12.", "01-12-26". */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?(?![\d/-])/;

/**
 * The interview's day from a numeric date at the top of the notes read day first, as most of the world
 * writes it, where the month-first reading fell out of range: at noon in the zone, like a day read in words.
 */
function dayFirstDate(
  docs: Doc[],
  nowMs: number,
  zone: Zone,
  isInRange: (ms: number) => boolean,
): { start: string; end?: string; basis: string; line: number } | undefined {
  for (const doc of docs) {
    if (doc.kind !== "notes") continue;
    const lines = doc.text.split(/\r?\n/).slice(0, 6);
    for (const [i, line] of lines.entries()) {
      const m = NUMERIC_DATE.exec(line);
      if (!m) continue;
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (day < 1 || day > 31 || month < 1 || month > 12) continue;
      const nowYear = new Date(nowMs).getUTCFullYear();
      const years = m[3] ? [m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])] : [nowYear, nowYear - 1];
      for (const year of years) {
        const iso = sameWallTimeIn(
          `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T12:00:00Z`,
          zone,
        );
        const ms = Date.parse(iso ?? "");
        if (iso && isInRange(ms)) return { start: iso, basis: doc.source, line: i + 1 };
      }
    }
  }
  return undefined;
}

const WEEKDAY_NAMES = ["sun", "mon", "tues", "wednes", "thurs", "fri", "satur"];

/** The interview told as a day before the notes' date: "my interview last Tuesday", "yesterday's call". */
const TOLD_BEFORE =
  /\b(?:interview(?:ed)?|call|chat|conversation)\b[^.!?\n]{0,50}?\b(yesterday|last\s+(mon|tues|wednes|thurs|fri|satur|sun)day|on\s+(mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(yesterday|last\s+(mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s)?\s+(?:interview|call|chat)\b/i;

/**
 * How many days before the notes' date the interview was, where their opening lines tell it from there:
 * "yesterday" one; "last Tuesday" written on a Friday three (a week on the same weekday); "on Tuesday"
 * the most recent Tuesday on or before the date. 0 where they do not.
 */
function daysBackTold(text: string, dayMs: number, zone: Zone, dateLine: number | undefined): number {
  const m = TOLD_BEFORE.exec(text.slice(0, 600));
  // On the line the day was read from, "yesterday" or "Tuesday" is that day itself, already counted.
  if (!m || text.slice(0, m.index).split("\n").length === dateLine) return 0;
  const phrase = (m[1] ?? m[4] ?? "").toLowerCase();
  if (phrase === "yesterday") return 1;
  const name = (m[2] ?? m[3] ?? m[5] ?? "").toLowerCase();
  const weekday = WEEKDAY_NAMES.indexOf(name);
  if (weekday < 0) return 0;
  const local = new Date(dayMs + offsetMinutesAt(dayMs, zone) * 60_000).getUTCDay();
  const back = (local - weekday + 7) % 7;
  return phrase.startsWith("last") && back === 0 ? 7 : back;
}

/**
 * Days to step a weekday named alone ("Tuesday - panel") back by whole weeks, read as the latest such day
 * before now, until it falls before what came after it: a later dated entry of the notes ("Thu 26 Nov: Osric
 * emailed"), or the candidate's thank-you. 0 where the day line names a date, or nothing came after.
 */
function weeksBeforeLaterWord(
  notes: NotesDoc,
  dateLine: number | undefined,
  startMs: number,
  thankedMs: number | undefined,
  nowMs: number,
  zone: Zone,
): number {
  const lines = notes.text.split(/\r?\n/);
  const dayLine = lines[(dateLine ?? 1) - 1] ?? "";
  // A date written out (a month, a day's number) is that date; only a weekday alone is a guess.
  if (/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(dayLine.replace(CLOCKS, "")))
    return 0;
  const later = lines
    .slice(dateLine ?? 1)
    .map((l) => dayOfHead(l, nowMs, zone))
    .filter((ms): ms is number => ms !== undefined);
  const before = Math.min(...later, thankedMs ?? Number.POSITIVE_INFINITY);
  if (!Number.isFinite(before) || startMs <= before + DAY_MS / 2) return 0;
  return Math.ceil((startMs - before - DAY_MS / 2) / (7 * DAY_MS)) * 7;
}

/** Times of day on a day line, which name no date: "10:30", "2pm", "0930hrs". */
const CLOCKS =
  /\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|hrs?\b|h\b)|\b\d{1,2}[:.]\d{2}\b|\b\d{4}\s?hrs?\b/gi;

/** The interview's hours on the day the notes give, where they also tell its start and end (not after now). */
function timedByNotes(
  docs: Doc[],
  found: { basis?: string; line?: number },
  day: string,
  lengths: SlotLengths,
  nowMs: number,
  zone: Zone,
): InterviewTime | undefined {
  const notes = docs.find((d): d is NotesDoc => d.kind === "notes" && d.source === found.basis);
  if (!notes) return undefined;
  // "2-3pm": the meridiem said once is both ends'.
  const text = notes.text.replace(/\b(\d{1,2})\s*[-–]\s*(\d{1,2})\s*([ap]\.?m\.?)/gi, "$1$3-$2$3");
  // The hours may sit on a line of their own near the day ("Tuesday" / "2pm, Teams"; "Time: 2:00 PM").
  const near = [found.line, ...[1, 2, 3, 4, 5, 6].filter((l) => l !== found.line)];
  const slot = near.map((l) => findInterviewSlot(text, l, lengths)).find((x) => x !== undefined);
  if (!slot) return undefined;
  const end = atTimeOnDayIn(day, slot.end, zone);
  if (Date.parse(end) > nowMs) return undefined;
  return {
    ...(slot.start ? { start: atTimeOnDayIn(day, slot.start, zone) } : {}),
    end,
    basis: `${notes.source}: ${slot.basis}`,
    isDayOnly: false,
    sources: [notes.source],
  };
}
