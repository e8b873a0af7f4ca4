import { InputError } from "../app/input-error.js";

/** What every command that reads a case is told: what to give it. */
export const WHAT_WE_READ =
  "give a case folder, or files: notes.md, transcript.vtt/.srt/.txt, invite.ics, emails/*.eml (or - for notes on stdin)";

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Checks `--now`: an ISO 8601 date or time that really is one (no 31 February). */
export function parseNow(value: string): string {
  const trimmed = value.trim();
  const time = Date.parse(trimmed);
  const [, month, day] = /^\d{4}-(\d{2})-(\d{2})/.exec(trimmed) ?? [];
  const isRealDay =
    month !== undefined &&
    day !== undefined &&
    new Date(Date.UTC(Number(trimmed.slice(0, 4)), Number(month) - 1, Number(day))).getUTCDate() ===
      Number(day);
  if (!ISO_8601.test(trimmed) || Number.isNaN(time) || !isRealDay) {
    throw new InputError(
      "bad-now",
      `--now ${JSON.stringify(value)} is not a date; expected ISO 8601 like 2026-03-04T18:30:00-05:00`,
    );
  }
  const year = Number(trimmed.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw new InputError(
      "bad-now",
      `--now ${JSON.stringify(value)} is out of range: give a date between ${MIN_YEAR} and ${MAX_YEAR}`,
    );
  return trimmed;
}

/** The years a read can be made in: plans are dated, and dates outside these are typing slips. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/** The most days --nudge-after takes: past two months a nudge is no longer a nudge. */
export const MAX_NUDGE_AFTER_DAYS = 60;

/** Checks `--nudge-after`: a whole number of days from 0 to 60. */
export function parseNudgeAfter(value: string): number {
  const trimmed = value.trim();
  const days = Number(trimmed);
  if (!/^\d{1,3}$/.test(trimmed) || days > MAX_NUDGE_AFTER_DAYS) {
    throw new InputError(
      "bad-nudge-after",
      `--nudge-after ${JSON.stringify(value)} is not a whole number of days from 0 to ${MAX_NUDGE_AFTER_DAYS}`,
      "e.g. --nudge-after 0 to follow up on the promised date, or 7 (the default) for a week after it",
    );
  }
  return days;
}

/** A moment as local ISO 8601 with its offset, e.g. 2026-03-04T18:30:00-05:00. */
export function toLocalIso(date: Date): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, "0");
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** Checks `--me`: a name, not blank. */
export function parseMe(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === "") {
    throw new InputError(
      "bad-me",
      "--me is empty",
      'give your name as it appears in the inputs, e.g. --me "Jordan Lee"',
    );
  }
  return value.trim();
}

/**
 * Checks `--tz`: an IANA zone this machine knows ("Europe/Lisbon", "America/New_York", "UTC"), in
 * which an invite's floating times (no zone of their own) are read.
 */
export function parseTimeZone(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const zone = value.trim();
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw new InputError(
      "bad-time-zone",
      `--tz ${JSON.stringify(value)} is not a time zone`,
      "give an IANA zone, e.g. --tz Europe/Lisbon or --tz America/Chicago",
    );
  }
}

/** The options every command that reads a case shares: --now (default: the clock), --me, --tz, --nudge-after. */
export function parseCaseOptions(
  flags: { now?: string; me?: string; tz?: string; nudgeAfter?: string },
  clock: () => Date,
): { now: string; me?: string; timeZone?: string; nudgeAfterDays?: number } {
  const now = flags.now !== undefined ? parseNow(flags.now) : toLocalIso(clock());
  const me = parseMe(flags.me);
  const timeZone = parseTimeZone(flags.tz);
  const nudgeAfterDays = flags.nudgeAfter !== undefined ? parseNudgeAfter(flags.nudgeAfter) : undefined;
  return {
    now,
    ...(me !== undefined ? { me } : {}),
    ...(timeZone !== undefined ? { timeZone } : {}),
    ...(nudgeAfterDays !== undefined ? { nudgeAfterDays } : {}),
  };
}
