/**
 * Clock times in transcripts: `hh:mm:ss.mmm` (WebVTT), `hh:mm:ss,mmm` (SubRip), and the shorter
 * `mm:ss.mmm`, `h:mm:ss` and `m:ss` that caption tools and transcript exports write.
 *
 * The pattern is anchored and has no nested or overlapping quantifiers, and inputs longer than a
 * timestamp can be are refused before it runs, so it cannot backtrack badly.
 */
const TIMESTAMP = /^(?:(\d{1,4}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/;

/** The longest text that can be a timestamp: `9999:59:59.999`. */
const MAX_LENGTH = 14;

/**
 * Reads a clock time as seconds from the start, or undefined when `text` is not one.
 * Seconds must be below 60, and so must minutes when hours are given; without hours, minutes may
 * run to 99 (`75:30` is an hour and a quarter). A fraction has one to three digits after `.` or `,`.
 */
export function parseTimestamp(text: string): number | undefined {
  const s = text.trim();
  if (s.length > MAX_LENGTH) return undefined;
  const m = TIMESTAMP.exec(s);
  if (m === null) return undefined;
  const [, h, mm, ss, frac] = m;
  const hours = h === undefined ? 0 : Number(h);
  const minutes = Number(mm);
  const seconds = Number(ss);
  if (seconds >= 60) return undefined;
  if (h !== undefined && minutes >= 60) return undefined;
  const fraction = frac === undefined ? 0 : Number(`0.${frac}`);
  return hours * 3600 + minutes * 60 + seconds + fraction;
}
