import { atTimeOnDayIn, isKnownZone, offsetOf, toIsoIn, type Zone } from "../add-days.js";
import type { Doc, InviteDoc, TranscriptDoc } from "../documents.js";
import { findInterviewTime } from "../find-interview-time.js";

// When the interview was, and the zone dates are worked in.

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
  /** "invite.ics", "invite.ics start + the 79-minute transcript.vtt", "notes.md (the day, not the time)". */
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

export function findInterview(docs: Doc[], now: string, zone: Zone): InterviewTime | undefined {
  const nowMs = Date.parse(now);
  const found = findInterviewTime(docs, now);
  if (!found.start) return undefined;
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
