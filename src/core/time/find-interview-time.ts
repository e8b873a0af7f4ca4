// English only: the whole package loads every locale (about 70 ms more of every start).
import * as chrono from "chrono-node/en";
import type { Doc } from "../read/documents.js";
import { offsetOf, readOffset } from "./add-days.js";

/** A weekday or month as written (whole words: "friendly" and "decision" are not dates), a numeric date, today. */
const CALENDAR_WORDS =
  /\b(mon(day)?|tue(s|sday)?|wed(s|nesday)?|thu(r|rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?|\b\d{1,2}[/.-]\d{1,2}\b|\b(today|yesterday)\b/i;

export interface InterviewTime {
  /** ISO start and end of the interview, where the inputs tell. */
  start?: string;
  end?: string;
  /** Where it was read: the invite, or a date written in the notes. */
  basis?: string;
  /** The line of the notes (1-based) the date was read from. */
  line?: number;
}

/**
 * When the interview was: the invite's slot; else a date written at the top of the notes
 * ("Tue 10 Feb", "3/17"), read as the most recent such day on or before `now`.
 */
export function findInterviewTime(docs: Doc[], now: string): InterviewTime {
  const invites = docs.filter((d) => d.kind === "invite" && d.start);
  const invite = invites.sort(
    (a, b) =>
      Date.parse(b.kind === "invite" ? (b.start ?? "") : "") -
      Date.parse(a.kind === "invite" ? (a.start ?? "") : ""),
  )[0];
  if (invite?.kind === "invite" && invite.start) {
    return { start: invite.start, ...(invite.end ? { end: invite.end } : {}), basis: invite.source };
  }
  const reference = new Date(now);
  if (Number.isNaN(reference.getTime())) return {};
  for (const doc of docs) {
    if (doc.kind !== "notes") continue;
    // The date of an interview is written at the top of the notes, if anywhere.
    const head = doc.text.slice(0, 240).split("\n").slice(0, 6).join("\n");
    // Only a calendar word can make a date that counts (below): without one, chrono has nothing to find.
    if (!CALENDAR_WORDS.test(head)) continue;
    const timezone = offsetMinutesOf(now);
    const ref = timezone === undefined ? { instant: reference } : { instant: reference, timezone };
    const found = chrono.parse(head, ref, { forwardDate: false });
    // A calendar day written out: a weekday, a month, or a numeric date; not "for an hour".
    const first = found.find(
      (r) => (r.start.isCertain("day") || r.start.isCertain("weekday")) && CALENDAR_WORDS.test(r.text),
    );
    if (!first) continue;
    let date = first.start.date();
    // "Wed 18th", "Tuesday the 10th": chrono reads the weekday and drops the day of the month after it.
    const dayAfter = first.start.isCertain("day")
      ? undefined
      : ORDINAL_AFTER.exec(head.slice(first.index + first.text.length));
    const byDay = dayAfter ? weekdayOnDay(date, Number(dayAfter[1]), reference) : undefined;
    if (byDay) date = byDay;
    // Without a written four-digit year ("Thu Jan 15, 60 minutes…" is not 1960), the day is the
    // most recent such day on or before now.
    if (!/\b\d{4}\b/.test(first.text) && first.start.isCertain("month")) {
      date.setFullYear(reference.getFullYear());
      if (date.getTime() > reference.getTime() + 86_400_000) date.setFullYear(reference.getFullYear() - 1);
    }
    if (date.getTime() > reference.getTime() + 86_400_000) date = new Date(date.getTime() - 7 * 86_400_000);
    if (date.getTime() > reference.getTime() + 86_400_000) continue;
    const end = new Date(Math.min(reference.getTime(), date.getTime() + 23 * 3_600_000));
    const line = head.slice(0, first.index).split("\n").length;
    return { start: date.toISOString(), end: end.toISOString(), basis: doc.source, line };
  }
  return {};
}

/** A day of the month written as an ordinal right after a weekday: " 18th", ", the 3rd". */
const ORDINAL_AFTER = /^,?[ \t]+(?:the[ \t]+)?(\d{1,2})(?:st|nd|rd|th)\b/i;

/**
 * The most recent day on or before `reference` (within a year) that falls on `day` of its month and on
 * the weekday of `weekdayDate`, at `weekdayDate`'s time of day; undefined where none does.
 */
function weekdayOnDay(weekdayDate: Date, day: number, reference: Date): Date | undefined {
  if (day < 1 || day > 31) return undefined;
  const candidate = new Date(weekdayDate.getTime());
  candidate.setUTCFullYear(reference.getUTCFullYear(), reference.getUTCMonth(), day);
  for (let i = 0; i < 13; i++) {
    if (
      candidate.getUTCDate() === day &&
      candidate.getUTCDay() === weekdayDate.getUTCDay() &&
      candidate.getTime() <= reference.getTime() + 86_400_000
    )
      return candidate;
    candidate.setUTCDate(1);
    candidate.setUTCMonth(candidate.getUTCMonth() - 1);
    candidate.setUTCDate(day);
  }
  return undefined;
}

/** Minutes east of UTC of the offset an ISO string ends in; undefined where it ends in none. */
function offsetMinutesOf(iso: string): number | undefined {
  return /(?:Z|[+-]\d{2}:?\d{2})$/.test(iso) ? readOffset(offsetOf(iso)) : undefined;
}
