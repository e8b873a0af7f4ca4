/**
 * Calendar arithmetic in a zone: an IANA name ("America/Los_Angeles", daylight saving applied through Intl)
 * or a fixed offset ("-08:00", "Z", kept as it is). "A day later" keeps the wall-clock time, so across a
 * daylight-saving change it is 23 or 25 hours in an IANA zone and exactly 24 in a fixed offset. Pure: no clock.
 */

/** An IANA time zone name or a fixed offset ("+hh:mm", "Z"). */
export type Zone = string;

/** A wall-clock time, as read on a calendar and a clock in some zone. */
export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const FIXED = /^(?:Z|[+-]\d{2}:\d{2})$/i;

/** True for "+hh:mm", "-hh:mm" and "Z". */
export function isFixedOffset(zone: Zone): boolean {
  return FIXED.test(zone);
}

/**
 * Minutes east of UTC of an offset written "Z", "+hh:mm", "+hhmm" or "+hh": the one reading of an offset.
 * Undefined for anything else, and for hours over 23 or minutes over 59.
 */
export function readOffset(text: string): number | undefined {
  if (text.toUpperCase() === "Z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (m === null) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

/** Minutes east of UTC for an offset written as "+hh:mm" or "Z" (0 for anything that is not an offset). */
export function offsetMinutes(offset: string): number {
  return readOffset(offset) ?? 0;
}

/** The "+hh:mm" (or "Z") an ISO string was written in; "Z" where it has none. */
export function offsetOf(iso: string): string {
  const m = /(Z|[+-]\d{2}:?\d{2})$/i.exec(iso.trim());
  if (!m?.[1] || m[1].toUpperCase() === "Z") return "Z";
  const raw = m[1];
  return raw.includes(":") ? raw : `${raw.slice(0, 3)}:${raw.slice(3)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when the zone is a fixed offset or an IANA name this runtime knows. */
export function isKnownZone(zone: string): boolean {
  if (isFixedOffset(zone)) return true;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC in the zone at an instant. */
export function offsetMinutesAt(ms: number, zone: Zone): number {
  if (isFixedOffset(zone)) return offsetMinutes(zone);
  const parts = formatterFor(zone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / MINUTE_MS);
}

/** The wall-clock time of an instant in the zone. */
export function wallTimeIn(ms: number, zone: Zone): WallTime {
  const d = new Date(ms + offsetMinutesAt(ms, zone) * MINUTE_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/**
 * The instant a wall-clock time names in the zone. A time that happens twice (the autumn overlap) is the
 * first; a time that never happens (the spring gap) is read with the offset before the gap, as RFC 5545 does.
 * Days and months past their end roll over ("31 April" is 1 May).
 */
export function instantOf(wall: Omit<WallTime, "weekday">, zone: Zone): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  if (isFixedOffset(zone)) return asUtc - offsetMinutes(zone) * MINUTE_MS;
  const before = offsetMinutesAt(asUtc - DAY_MS, zone);
  const after = offsetMinutesAt(asUtc + DAY_MS, zone);
  const early = asUtc - before * MINUTE_MS;
  if (offsetMinutesAt(early, zone) === before) return early;
  const late = asUtc - after * MINUTE_MS;
  if (offsetMinutesAt(late, zone) === after) return late;
  return early;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant as ISO 8601 in the zone, to the second: "2026-03-08T17:00:00-07:00". */
export function toIsoIn(ms: number, zone: Zone): string {
  const w = wallTimeIn(ms, zone);
  return (
    `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    formatOffset(offsetMinutesAt(ms, zone))
  );
}

/** The same instant written in the zone; undefined for a string that is not a date. */
export function inZone(iso: string, zone: Zone): string | undefined {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : toIsoIn(ms, zone);
}

/**
 * The wall-clock time an ISO string spells, whatever its offset, read again in the zone: "23:59:59-08:00"
 * on a day the zone is at -07:00 becomes "23:59:59-07:00". For dates worked out in one offset (a promised
 * day) that fall on the other side of a daylight-saving change.
 */
export function sameWallTimeIn(iso: string, zone: Zone): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(iso.trim());
  if (!m) return undefined;
  const wall = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
  };
  return toIsoIn(instantOf(wall, zone), zone);
}

/** `days` calendar days after an instant, at the same wall-clock time in the zone. */
export function addDaysIn(iso: string, days: number, zone: Zone): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO date: ${iso}`);
  const w = wallTimeIn(ms, zone);
  return toIsoIn(instantOf({ ...w, day: w.day + days }, zone), zone);
}

/** `days` working days (Monday to Friday) after an instant, at the same wall-clock time in the zone. */
export function addBusinessDaysIn(iso: string, days: number, zone: Zone): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO date: ${iso}`);
  const w = wallTimeIn(ms, zone);
  let weekday = w.weekday;
  let calendarDays = 0;
  for (let left = days; left > 0; ) {
    calendarDays++;
    weekday = (weekday + 1) % 7;
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return toIsoIn(instantOf({ ...w, day: w.day + calendarDays }, zone), zone);
}

/** A wall-clock time on the day an instant falls on in the zone ("the end of that day", "9:00 that day"). */
export function atTimeOnDayIn(
  iso: string,
  time: { hour: number; minute: number; second?: number },
  zone: Zone,
): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO date: ${iso}`);
  const w = wallTimeIn(ms, zone);
  return toIsoIn(
    instantOf({ ...w, hour: time.hour, minute: time.minute, second: time.second ?? 0 }, zone),
    zone,
  );
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Tue 3 Feb", read in the offset the ISO string is written in. */
export function describeDay(iso: string): string {
  const w = writtenWallTime(iso);
  return w ? `${WEEKDAYS[w.weekday]} ${w.day} ${MONTHS[w.month - 1]}` : iso;
}

/** "Tue 3 Feb, 17:18", read in the offset the ISO string is written in. */
export function describeMoment(iso: string): string {
  const w = writtenWallTime(iso);
  return w ? `${describeDay(iso)}, ${pad(w.hour)}:${pad(w.minute)}` : iso;
}

/** The wall-clock time an ISO string shows in its own offset ("Z" where it has none). */
function writtenWallTime(iso: string): WallTime | undefined {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  return wallTimeIn(ms, offsetOf(iso));
}
