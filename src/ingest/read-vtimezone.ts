/**
 * The rules of a time zone that a calendar file defines itself (a VTIMEZONE, RFC 5545 §3.6.5), for a
 * TZID that names no zone the runtime knows ("1", "custom_America/New_York", "Customized Time Zone").
 * Times are "wall" milliseconds: the wall-clock time read as if it were UTC.
 */
export interface ZoneRules {
  observances: Observance[];
}

/** One STANDARD or DAYLIGHT block: from its onsets on, the offset is `to`. */
interface Observance {
  /** DTSTART: the first onset, in the wall time before it (`from`). */
  start: number;
  from: number;
  to: number;
  rule?: YearlyRule;
  /** RDATE onsets, wall times. */
  dates: number[];
}

/** The part of an RRULE that zones use: a yearly onset in some month, on a weekday or a day. */
interface YearlyRule {
  interval: number;
  months: number[];
  /** `2SU` is { n: 2, weekday: 0 }; `-1SU` the last Sunday; n 0 is any such weekday of the month. */
  days: { n: number; weekday: number }[];
  monthDays: number[];
  /** UNTIL as an instant (a "Z" time) or as a wall time (a floating one). */
  until?: { ms: number; utc: boolean };
  count?: number;
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?(Z?)$/i;
const OFFSET = /^([+-])(\d{2})(\d{2})(\d{2})?$/;

/**
 * Reads a VTIMEZONE block (its unfolded lines) into rules. Undefined when it has no observance with
 * a start and both offsets: such a zone cannot be read, and the caller says so.
 */
export function readVtimezone(block: string): ZoneRules | undefined {
  const observances: Observance[] = [];
  let current: Partial<Observance> & { dates: number[]; rrule?: string } = { dates: [] };
  let inside = false;
  for (const raw of block.split(/\r?\n/)) {
    const colon = raw.indexOf(":");
    if (colon <= 0) continue;
    const name = (raw.slice(0, colon).split(";")[0] ?? "").trim().toUpperCase();
    const value = raw.slice(colon + 1).trim();
    const upper = value.toUpperCase();
    if (name === "BEGIN" && (upper === "STANDARD" || upper === "DAYLIGHT")) {
      current = { dates: [] };
      inside = true;
    } else if (name === "END" && (upper === "STANDARD" || upper === "DAYLIGHT")) {
      const observance = finish(current);
      if (observance !== undefined) observances.push(observance);
      inside = false;
    } else if (inside) {
      if (name === "DTSTART") {
        const start = readDateTime(value);
        if (start !== undefined) current.start = start.ms;
      } else if (name === "TZOFFSETFROM") {
        const from = readOffset(value);
        if (from !== undefined) current.from = from;
      } else if (name === "TZOFFSETTO") {
        const to = readOffset(value);
        if (to !== undefined) current.to = to;
      } else if (name === "RRULE") {
        current.rrule = value;
      } else if (name === "RDATE") {
        for (const part of value.split(",")) {
          const date = readDateTime((part.split("/")[0] ?? "").trim());
          if (date !== undefined) current.dates.push(date.ms);
        }
      }
    }
  }
  return observances.length === 0 ? undefined : { observances };
}

function finish(draft: Partial<Observance> & { dates: number[]; rrule?: string }): Observance | undefined {
  const { start, from, to } = draft;
  if (start === undefined || from === undefined || to === undefined) return undefined;
  const observance: Observance = { start, from, to, dates: draft.dates };
  if (draft.rrule !== undefined) {
    const rule = readYearlyRule(draft.rrule, start);
    if (rule !== undefined) observance.rule = rule;
  }
  return observance;
}

/** An RRULE of FREQ=YEARLY; other frequencies are not how zones change, and are left out. */
function readYearlyRule(text: string, start: number): YearlyRule | undefined {
  const parts = new Map<string, string>();
  for (const part of text.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0)
      parts.set(
        part.slice(0, eq).trim().toUpperCase(),
        part
          .slice(eq + 1)
          .trim()
          .toUpperCase(),
      );
  }
  if (parts.get("FREQ") !== "YEARLY") return undefined;
  const numbers = (key: string) =>
    (parts.get(key) ?? "")
      .split(",")
      .map((n) => Number.parseInt(n, 10))
      .filter((n) => Number.isFinite(n));
  const months = numbers("BYMONTH").filter((m) => m >= 1 && m <= 12);
  const days: { n: number; weekday: number }[] = [];
  for (const day of (parts.get("BYDAY") ?? "").split(",")) {
    const match = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(day.trim());
    if (match !== null) days.push({ n: Number(match[1] ?? 0), weekday: WEEKDAYS.indexOf(match[2] ?? "") });
  }
  const rule: YearlyRule = {
    interval: Math.max(1, numbers("INTERVAL")[0] ?? 1),
    months: months.length > 0 ? months : [new Date(start).getUTCMonth() + 1],
    days,
    monthDays: numbers("BYMONTHDAY"),
  };
  const until = parts.get("UNTIL");
  const untilRead = until === undefined ? undefined : readDateTime(until);
  if (untilRead !== undefined) rule.until = untilRead;
  const count = numbers("COUNT")[0];
  if (count !== undefined && count > 0) rule.count = count;
  return rule;
}

/** A DATE-TIME (or DATE) value as wall milliseconds, and whether it was a UTC ("Z") time. */
function readDateTime(value: string): { ms: number; utc: boolean } | undefined {
  const m = DATE_TIME.exec(value.trim());
  if (m === null) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  date.setUTCHours(Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0);
  return Number.isNaN(date.getTime()) ? undefined : { ms: date.getTime(), utc: m[7] !== "" };
}

/** "+0100", "-0741", "+053000" as milliseconds east of UTC. */
function readOffset(value: string): number | undefined {
  const m = OFFSET.exec(value.trim());
  if (m === null) return undefined;
  const ms = ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === "-" ? -ms : ms;
}

/**
 * The instant a wall time in the zone names: the offset of the observance whose latest onset is at
 * or before it. An onset is compared in the wall time before it, so in the autumn overlap the time
 * after the change is meant and in the spring gap the offset before it applies, as RFC 5545 reads
 * a wall time against a VTIMEZONE. Before the first onset the zone is at that onset's "from" offset.
 */
export function zoneWallToUtc(rules: ZoneRules, wall: number): number {
  let best: { onset: number; to: number } | undefined;
  let earliest: Observance | undefined;
  for (const observance of rules.observances) {
    if (earliest === undefined || observance.start < earliest.start) earliest = observance;
    const onset = latestOnset(observance, wall);
    if (onset !== undefined && (best === undefined || onset > best.onset))
      best = { onset, to: observance.to };
  }
  const offset = best?.to ?? earliest?.from ?? 0;
  return wall - offset;
}

/** The latest onset of an observance at or before `wall`; undefined when it has none by then. */
function latestOnset(observance: Observance, wall: number): number | undefined {
  if (observance.start > wall) return undefined;
  let latest = observance.start;
  for (const date of observance.dates) if (date <= wall && date > latest) latest = date;
  const rule = observance.rule;
  if (rule !== undefined) {
    const occurrence = latestOccurrence(rule, observance, wall);
    if (occurrence !== undefined && occurrence > latest) latest = occurrence;
  }
  return latest;
}

/** The latest onset a yearly rule gives at or before `wall` (and within UNTIL and COUNT). */
function latestOccurrence(rule: YearlyRule, observance: Observance, wall: number): number | undefined {
  const startYear = new Date(observance.start).getUTCFullYear();
  let high = new Date(wall).getUTCFullYear();
  if (rule.until !== undefined) high = Math.min(high, new Date(rule.until.ms).getUTCFullYear());
  if (rule.count !== undefined) high = Math.min(high, startYear + (rule.count - 1) * rule.interval);
  const low = Math.max(startYear, high - 2 * rule.interval);
  for (let year = high; year >= low; year--) {
    if ((year - startYear) % rule.interval !== 0) continue;
    let found: number | undefined;
    for (const month of rule.months) {
      const onset = onsetIn(rule, observance.start, year, month);
      if (onset === undefined || onset < observance.start || onset > wall) continue;
      if (rule.until !== undefined) {
        const compared = rule.until.utc ? onset - observance.from : onset;
        if (compared > rule.until.ms) continue;
      }
      if (found === undefined || onset > found) found = onset;
    }
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The onset of a yearly rule in one month of one year, at DTSTART's time of day. */
function onsetIn(rule: YearlyRule, start: number, year: number, month: number): number | undefined {
  const timeOfDay = ((start % DAY_MS) + DAY_MS) % DAY_MS;
  const first = new Date(0);
  first.setUTCFullYear(year, month - 1, 1);
  first.setUTCHours(0, 0, 0, 0);
  const firstMs = first.getTime();
  const length = daysIn(year, month);
  const weekdayOf = (day: number) => new Date(firstMs + (day - 1) * DAY_MS).getUTCDay();
  let day: number | undefined;
  const [byDay] = rule.days;
  if (byDay !== undefined && byDay.n !== 0) {
    if (byDay.n > 0) {
      const firstMatch = 1 + ((byDay.weekday - weekdayOf(1) + 7) % 7);
      day = firstMatch + (byDay.n - 1) * 7;
    } else {
      const lastMatch = length - ((weekdayOf(length) - byDay.weekday + 7) % 7);
      day = lastMatch + (byDay.n + 1) * 7;
    }
  } else if (byDay !== undefined) {
    // "BYMONTHDAY=8,9,…,14;BYDAY=SU": the listed day that falls on that weekday (else the first one).
    const candidates = rule.monthDays.length > 0 ? rule.monthDays : range(1, length);
    day = candidates.find((d) => d >= 1 && d <= length && weekdayOf(d) === byDay.weekday);
  } else {
    day = rule.monthDays[0] ?? new Date(start).getUTCDate();
  }
  if (day === undefined || day < 1 || day > length) return undefined;
  return firstMs + (day - 1) * DAY_MS + timeOfDay;
}

function daysIn(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
