import type { Doc, EmailDoc, InviteDoc, NotesDoc, TranscriptDoc } from "../read/documents.js";
import { atTimeOnDayIn, isKnownZone, offsetOf, toIsoIn, type Zone } from "../time/add-days.js";
import { findBookedInterview } from "../time/find-booked-interview.js";
import { findInterviewSlot, type SlotLengths } from "../time/find-interview-slot.js";
import { findInterviewTime } from "../time/find-interview-time.js";

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
  const found = findInterviewTime(docs, now);
  const byMail = () => bookedByMail(docs, mail.company, mail.thankedMs, lengths, nowMs, zone);
  if (!found.start) return byMail();
  const startMs = Date.parse(found.start);
  if (
    Number.isNaN(startMs) ||
    startMs > nowMs + DAY_MS ||
    startMs < nowMs - INTERVIEW_HORIZON_DAYS * DAY_MS
  ) {
    return undefined;
  }
  const start = toIsoIn(startMs, zone);
  const invite = docs.find((d): d is InviteDoc => d.kind === "invite" && d.source === found.basis);
  if (!invite) {
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
  const slot = notes ? findInterviewSlot(notes.text, found.line, lengths) : undefined;
  if (!notes || !slot) return undefined;
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
