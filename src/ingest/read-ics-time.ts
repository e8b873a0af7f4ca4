import type { ContentLine } from "./parse-content-line.js";
import { readVtimezone, type ZoneRules, zoneWallToUtc } from "./read-vtimezone.js";
import { ianaZoneOf } from "./windows-time-zones.js";

// An iCalendar DATE, DATE-TIME or DURATION read to milliseconds: UTC, floating, IANA, Windows or the file's own
// VTIMEZONE.

export const DAY_MS = 86_400_000;

/** A DTSTART or DTEND read to an instant. */
export type TimeRead =
  | { ok: true; ms: number; allDay: boolean; zone?: string; warning?: string }
  | { ok: false; message: string };

export interface EventContext {
  source: string;
  zones: ReadonlyMap<string, string>;
  calendarZone: string | undefined;
  floatingZone: string | undefined;
  /** The file's own zones as read so far (undefined: defined but unreadable). */
  rules: Map<string, ZoneRules | undefined>;
}

/** The rules of a zone the file defines, read once per event. */
function rulesOf(ctx: EventContext, tzid: string): ZoneRules | undefined {
  if (ctx.rules.has(tzid)) return ctx.rules.get(tzid);
  const block = ctx.zones.get(tzid);
  const rules = block === undefined ? undefined : readVtimezone(block);
  ctx.rules.set(tzid, rules);
  return rules;
}

const DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/i;
const UTC_PREFIX = /^\((?:UTC|GMT)([+-])(\d{1,2}):(\d{2})\)/i;

/**
 * Reads a DATE or DATE-TIME property to an instant. UTC times are read from the text, floating ones
 * in the calendar's X-WR-TIMEZONE or else the reader's zone; a TZID that names an IANA or Windows
 * zone (or an Outlook display name, or a libical path) is converted with the runtime's zone data
 * (DST-correct); any other TZID that a VTIMEZONE in the file defines is read by that definition.
 */
export function readTime(prop: ContentLine, ctx: EventContext, nodeValue: unknown): TimeRead {
  const value = prop.value.trim();
  const date = DATE.exec(value);
  if (date !== null) {
    const ms = wallMs(Number(date[1]), Number(date[2]), Number(date[3]), 0, 0, 0);
    return ms === undefined ? { ok: false, message: "is not a date" } : { ok: true, ms, allDay: true };
  }
  const dt = DATE_TIME.exec(value);
  if (dt === null) return { ok: false, message: "is not a date" };
  const wall = wallMs(
    Number(dt[1]),
    Number(dt[2]),
    Number(dt[3]),
    Number(dt[4]),
    Number(dt[5]),
    Math.min(Number(dt[6]), 59),
  );
  if (wall === undefined) return { ok: false, message: "is not a date" };
  if (dt[7] !== "") return withZone({ ok: true, ms: wall, allDay: false }, ctx.calendarZone);

  const tzid = prop.params.get("TZID");
  if (tzid === undefined) {
    if (ctx.calendarZone !== undefined) {
      return { ok: true, ms: zonedToUtc(wall, ctx.calendarZone), allDay: false, zone: ctx.calendarZone };
    }
    // Floating: the same wall time wherever it is read, so the reader's own.
    if (ctx.floatingZone !== undefined)
      return { ok: true, ms: zonedToUtc(wall, ctx.floatingZone), allDay: false };
    return { ok: true, ms: wall, allDay: false, warning: `${prop.name} has no time zone; read as UTC` };
  }
  const iana = ianaZoneOf(tzid);
  if (iana !== undefined) return { ok: true, ms: zonedToUtc(wall, iana), allDay: false, zone: iana };
  // A zone the file defines under a name of its own ("1", "custom_America/New_York"): its rules.
  const rules = rulesOf(ctx, tzid);
  if (rules !== undefined) return { ok: true, ms: zoneWallToUtc(rules, wall), allDay: false };
  if (ctx.zones.has(tzid) && nodeValue instanceof Date && !Number.isNaN(nodeValue.getTime())) {
    return { ok: true, ms: nodeValue.getTime(), allDay: false };
  }
  const fixed = UTC_PREFIX.exec(tzid);
  if (fixed !== null) {
    const offset = (Number(fixed[2]) * 60 + Number(fixed[3])) * 60_000 * (fixed[1] === "-" ? -1 : 1);
    return {
      ok: true,
      ms: wall - offset,
      allDay: false,
      warning: `time zone "${tzid}" is not known; read with its fixed UTC offset, without daylight saving`,
    };
  }
  return { ok: true, ms: wall, allDay: false, warning: `time zone "${tzid}" is not known; read as UTC` };
}

function withZone(read: TimeRead & { ok: true }, zone: string | undefined): TimeRead {
  return zone === undefined ? read : { ...read, zone };
}

/** Milliseconds of a wall-clock time read as if it were UTC; undefined when a field is out of range. */
function wallMs(year: number, month: number, day: number, hour: number, minute: number, second: number) {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  // Day 31 of a 30-day month rolls over: that is not a date.
  if (date.getUTCDate() !== day) return undefined;
  return date.getTime();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of `zone` from UTC at an instant, in milliseconds. */
function offsetMs(instant: number, zone: string): number {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
    formatters.set(zone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  let year = Number(parts.year);
  if (parts.era === "BC" || parts.era === "B") year = 1 - year;
  const asWall =
    wallMs(
      year,
      Number(parts.month),
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    ) ?? instant;
  return asWall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time in `zone` names. In the autumn overlap the first occurrence is meant
 * and in the spring gap the offset before the gap applies (RFC 5545 §3.3.5).
 */
function zonedToUtc(wall: number, zone: string): number {
  const before = offsetMs(wall - DAY_MS, zone);
  const after = offsetMs(wall + DAY_MS, zone);
  const early = wall - before;
  if (offsetMs(early, zone) === before) return early;
  const late = wall - after;
  if (offsetMs(late, zone) === after) return late;
  return early;
}

const DURATION =
  /^([+-])?P(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,6})S)?)?$/i;

/** An iCalendar DURATION ("PT45M", "P1D", "-PT5M") in milliseconds; undefined when not one. */
export function durationMs(value: string): number | undefined {
  const trimmed = value.trim();
  const m = DURATION.exec(trimmed);
  if (m === null || /^[+-]?PT?$/i.test(trimmed) || trimmed.toUpperCase().endsWith("T")) return undefined;
  const [, sign, weeks, days, hours, minutes, seconds] = m;
  const total =
    Number(weeks ?? 0) * 7 * DAY_MS +
    Number(days ?? 0) * DAY_MS +
    Number(hours ?? 0) * 3_600_000 +
    Number(minutes ?? 0) * 60_000 +
    Number(seconds ?? 0) * 1000;
  return sign === "-" ? -total : total;
}
