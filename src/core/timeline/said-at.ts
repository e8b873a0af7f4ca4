import type { Doc, NotesDoc } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import { offsetMinutesAt, sameWallTimeIn, type Zone } from "../time/add-days.js";
import type { InterviewTime } from "./find-interview.js";

// When a piece of evidence was said: its message, the dated paragraph of the notes it sits in, or the interview.

const DAY_MS = 24 * 3_600_000;

/** Lines of the notes that open with a date ("**Tue Jan 27**", "Fri 27 Mar, 11am:"), read as days on or before now. */
const DATE_HEAD =
  /^[\s*#_>-]*(?:update\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,2}\/\d{1,2})\b/i;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The day a dated line of the notes names, at noon in the zone: the latest such day on or before now. */
export function dayOfHead(line: string, nowMs: number, zone: Zone): number | undefined {
  const head = DATE_HEAD.exec(line)?.[0].toLowerCase();
  if (!head) return undefined;
  const slash = /(\d{1,2})\/(\d{1,2})/.exec(head);
  const named =
    /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.exec(
      head,
    );
  let month: number | undefined;
  let day: number | undefined;
  if (slash) {
    month = Number(slash[1]);
    day = Number(slash[2]);
  } else if (named) {
    month = MONTHS.indexOf((named[1] ?? named[4] ?? "").slice(0, 3)) + 1;
    day = Number(named[2] ?? named[3]);
  }
  if (!month || !day || month > 12 || day > 31) return undefined;
  const nowYear = new Date(nowMs + offsetMinutesAt(nowMs, zone) * 60_000).getUTCFullYear();
  for (const year of [nowYear, nowYear - 1]) {
    const ms = Date.parse(sameWallTimeIn(`${year}-${pad(month)}-${pad(day)}T12:00:00Z`, zone) ?? "");
    if (!Number.isNaN(ms) && ms <= nowMs + DAY_MS / 2) return ms;
  }
  return undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * When a line of the notes was written about: the nearest dated line above it, else undefined; `isFirst`
 * when that line heads the notes (their own date, which the interview's day was read from), not a later
 * entry ("Update 4 Nov: …").
 */
function notesDayAt(
  doc: NotesDoc,
  line: number,
  nowMs: number,
  zone: Zone,
): { day: number; isFirst: boolean } | undefined {
  const lines = doc.text.split(/\r?\n/);
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const day = dayOfHead(lines[i] ?? "", nowMs, zone);
    if (day === undefined) continue;
    const isFirst =
      lines.slice(0, i).filter((l) => l.trim() !== "").length <= 1 &&
      !/^[\s*#_>-]*update\b/i.test(lines[i] ?? "");
    return { day, isFirst };
  }
  return undefined;
}

/** When a piece of evidence was said: its message's date, its dated paragraph in the notes, or the interview. */
export function saidAt(
  e: Evidence,
  docs: Doc[],
  interview: InterviewTime | undefined,
  nowMs: number,
  zone: Zone,
) {
  if (e.message?.date) {
    const ms = Date.parse(e.message.date);
    if (!Number.isNaN(ms)) return ms;
  }
  const notes = docs.find((d): d is NotesDoc => d.kind === "notes" && d.source === e.source);
  if (notes && e.line !== undefined) {
    const head = notesDayAt(notes, e.line, nowMs, zone);
    const interviewMs = Date.parse(interview?.start ?? "");
    // Notes dated the day they were written, about an interview days before: said at the interview.
    const isWrittenLater =
      head?.isFirst === true && interview?.isDayOnly === true && head.day > interviewMs + DAY_MS;
    const day = isWrittenLater ? undefined : head?.day;
    if (day !== undefined && (Number.isNaN(interviewMs) || day >= interviewMs - DAY_MS / 2)) {
      return Number.isNaN(interviewMs) || day > interviewMs ? day : interviewMs;
    }
  }
  const end = Date.parse(interview?.end ?? "");
  // A day read from the notes ends at midnight: said on that day, by now at the latest.
  return Number.isNaN(end) ? undefined : interview?.isDayOnly ? Math.min(end, nowMs) : end;
}
