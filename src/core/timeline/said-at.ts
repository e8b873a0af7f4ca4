import type { Doc, NotesDoc } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import type { Zone } from "../time/add-days.js";
import { dayOfHead } from "./day-heads.js";
import type { InterviewTime } from "./find-interview.js";

// When a piece of evidence was said: its message, the dated paragraph of the notes it sits in, or the interview.

const DAY_MS = 24 * 3_600_000;

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
