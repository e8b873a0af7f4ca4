// English only, as the other readers of dates.
import * as chrono from "chrono-node/en";
import type { Doc } from "../read/documents.js";
import { splitSentences } from "../text/sentences.js";
import { offsetMinutesAt, type Zone } from "../time/add-days.js";

// The interview's day told in a sentence further down the notes, where their top names none:
// "Interview was Thursday 26 Nov.", "Interview date: 26/11", "The call on 26 November went well".

/** A sentence that says when this interview was: its word, then "was", "on", "date:" and the date. */
const TOLD =
  /\b(?:interview(?:ed)?|call|panel|conversation|chat|meeting)\b(?:\s+(?:date|day|itself|with\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?))?\s*(?::|\bwas\b(?:\s+on\b)?|\bon\b|\bheld\s+on\b)\s*/giu;

/** A sentence about another meeting, or one still to come: its date is not this interview's. */
const OTHER_MEETING =
  /\b(?:next|second|2nd|third|3rd|final|follow-up|another|later)\s+(?:round|interview|stage|call|conversation|meeting|chat)\b|\bround\s+(?:2|3|two|three)\b|\b(?:will|going\s+to|'ll|would|invit\w*|schedul\w*\s+for)\b/i;

/** The day a sentence below the notes' top tells the interview was on, at noon in the zone, not after now. */
export function dayToldBelow(
  docs: Doc[],
  nowMs: number,
  zone: Zone,
  isInRange: (ms: number) => boolean,
): { start: string; basis: string; line: number } | undefined {
  for (const doc of docs) {
    if (doc.kind !== "notes") continue;
    const lines = doc.text.split(/\r?\n/);
    for (const [i, line] of lines.entries()) {
      if (i < 6) continue;
      // Clauses after a semicolon apart: "…was on 26 Nov; the next round is on 3 Dec" tells two meetings.
      for (const sentence of splitSentences(line).flatMap((s) => s.split(/(?<=;)\s+/))) {
        if (OTHER_MEETING.test(sentence)) continue;
        for (const m of sentence.matchAll(TOLD)) {
          const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
          const timezone = offsetMinutesAt(nowMs, zone);
          const read = chrono.parse(rest, { instant: new Date(nowMs), timezone }, { forwardDate: false })[0];
          // The date must open the rest and name a day of the month: "Thursday 26 Nov", "26/11", not "Thursday".
          if (!read || read.index > 0 || !read.start.isCertain("day") || !read.start.isCertain("month"))
            continue;
          // A year only where four figures say one ("25 Nov, 40 minutes" is no year 40).
          const hasYear = read.start.isCertain("year") && /\b\d{4}\b/.test(read.text);
          const y = (hasYear ? read.start.get("year") : undefined) ?? new Date(nowMs).getUTCFullYear();
          const month = read.start.get("month") ?? 1;
          const day = read.start.get("day") ?? 1;
          for (const year of hasYear ? [y] : [y, y - 1]) {
            const ms = Date.UTC(year, month - 1, day, 12) - timezone * 60_000;
            if (isInRange(ms) && ms <= nowMs)
              return { start: new Date(ms).toISOString(), basis: doc.source, line: i + 1 };
          }
        }
      }
    }
  }
  return undefined;
}
