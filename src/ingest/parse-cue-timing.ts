import { parseTimestamp } from "./parse-timestamp.js";

/** A cue's times in seconds, and whatever followed the end time (WebVTT cue settings). */
export interface CueTiming {
  start: number;
  end: number;
  settings: string;
}

export type CueTimingResult = ({ ok: true } & CueTiming) | { ok: false; message: string };

const ARROW = "-->";

/** A time then a short arrow: `00:00:01,000 -> 00:00:02,000`, a timing line typed by hand. */
const SHORT_ARROW = /^\d{1,4}:\d\d[\d:.,]{0,12}\s{0,4}(?:-{1,2}|–|—)>/;

/**
 * Whether a line is meant as a cue timing line, even a broken one: it has `-->` and the part before
 * the arrow is one short token with a digit in it, or it starts with a time and an arrow like `->`.
 * Prose with an arrow in it ("then --> we") is not.
 */
export function looksLikeCueTiming(line: string): boolean {
  const arrow = line.indexOf(ARROW);
  if (arrow < 0) return SHORT_ARROW.test(line);
  const left = line.slice(0, arrow).trim();
  if (left.length > 20 || /\s/.test(left)) return false;
  return left === "" || /\d/.test(left);
}

/**
 * Reads `00:00:01.000 --> 00:00:04.000 align:start` (or with `,` before the milliseconds, as in
 * SubRip). The end must not come before the start.
 */
export function parseCueTiming(line: string): CueTimingResult {
  const arrow = line.indexOf(ARROW);
  if (arrow < 0) return { ok: false, message: "no '-->' between the start and end times" };
  const left = line.slice(0, arrow).trim();
  const right = line.slice(arrow + ARROW.length).trim();
  // Settings may follow the end time with no space ("00:04.000line:40%"): the time ends where its
  // digits and separators do, as WebVTT's own parser reads it.
  const endText = /^\d[\d:.,]*/.exec(right)?.[0] ?? right.split(/\s/)[0] ?? "";
  const settings = right.slice(endText.length).trim();
  const start = parseTimestamp(left);
  if (start === undefined) {
    return { ok: false, message: `start time ${quoteToken(left)} is not a time like 00:00:01.000` };
  }
  const end = parseTimestamp(endText);
  if (end === undefined) {
    return { ok: false, message: `end time ${quoteToken(endText)} is not a time like 00:00:04.000` };
  }
  if (end < start) return { ok: false, message: `end time ${endText} is before start time ${left}` };
  return { ok: true, start, end, settings };
}

function quoteToken(token: string): string {
  if (token === "") return "(missing)";
  return JSON.stringify(token.length > 24 ? `${token.slice(0, 23)}…` : token);
}
