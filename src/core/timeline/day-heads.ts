import { offsetMinutesAt, sameWallTimeIn, type Zone } from "../time/add-days.js";

// The dated lines of the notes ("**Tue Jan 27**", "Update 4 Nov:"): what day a line opens with. Read by
// when evidence was said (said-at.ts) and by when the interview was (find-interview.ts).

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
