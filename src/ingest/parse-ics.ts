import ical from "node-ical";
import type { InviteDoc, Person } from "../core/documents.js";
import { excerptOf, failed, type ParseResult, type Problem, parsed } from "./parse-result.js";
import { readVtimezone, type ZoneRules, zoneWallToUtc } from "./read-vtimezone.js";
import { ianaZoneOf } from "./windows-time-zones.js";

/** The largest calendar file read, in characters; invites are a few kB. */
export const MAX_ICS_CHARS = 5 * 1024 * 1024;

/** The most problems one file reports; a file broken throughout says so once. */
const MAX_PROBLEMS = 20;

const DAY_MS = 86_400_000;

/** Recurrence properties: a series is one invite with its first start, so these are never expanded. */
const RECURRENCE = new Set(["RRULE", "RDATE", "EXRULE", "EXDATE", "RECURRENCE-ID"]);

/** One unfolded "NAME;PARAM=x:value" line. */
interface ContentLine {
  name: string;
  params: ReadonlyMap<string, string>;
  value: string;
  /** The whole unfolded line, as node-ical gets it back. */
  text: string;
  line: number;
}

interface EventBlock {
  line: number;
  props: ContentLine[];
}

interface ZoneBlock {
  tzid?: string;
  lines: string[];
}

interface Scan {
  calendarProps: ContentLine[];
  /** VTIMEZONE blocks by TZID, each as unfolded lines from BEGIN to END. */
  zones: Map<string, string>;
  events: EventBlock[];
  problems: Problem[];
}

/** A DTSTART or DTEND read to an instant. */
type TimeRead =
  | { ok: true; ms: number; allDay: boolean; zone?: string; warning?: string }
  | { ok: false; message: string };

/**
 * Reads an iCalendar file into one invite per VEVENT. A recurring series is one invite with its first
 * start (never expanded; overrides of single occurrences are folded into their series). Times are
 * ISO instants in UTC; `timeZone` is the IANA zone the event was scheduled in, where the file says.
 * All-day events start and end at UTC midnight of their dates and carry no zone.
 *
 * A file that is not a calendar, or whose every event is unreadable, fails; one bad event among good
 * ones, an unknown time zone or a stray line is a warning.
 */
export interface IcsOptions {
  /**
   * The IANA zone of the person reading: floating times (no TZID, no "Z") are wall times wherever
   * they are read (RFC 5545 §3.3.5), so they are read in it. Without it they are read as UTC.
   */
  floatingZone?: string;
}

export function parseIcs(text: string, source: string, options: IcsOptions = {}): ParseResult<InviteDoc[]> {
  if (text.length > MAX_ICS_CHARS) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return failed({ source, message: `the file is ${mb} MB; an invite is expected to be under 5 MB` });
  }
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const notCalendar = checkCalendarStart(body, source);
  if (notCalendar !== undefined) return failed(notCalendar);

  const scan = scanCalendar(body, source);
  const problems = [...scan.problems];
  const calendarZoneProp = scan.calendarProps.find((p) => p.name === "X-WR-TIMEZONE");
  const calendarZone = calendarZoneProp === undefined ? undefined : ianaZoneOf(calendarZoneProp.value);

  const masters = new Set<string>();
  for (const event of scan.events) {
    const uid = propOf(event, "UID")?.value.trim();
    if (uid !== undefined && propOf(event, "RECURRENCE-ID") === undefined) masters.add(uid);
  }

  const docs: InviteDoc[] = [];
  for (const event of scan.events) {
    const uid = propOf(event, "UID")?.value.trim();
    // A changed single occurrence of a series that is in the file: the series stands for it.
    if (uid !== undefined && propOf(event, "RECURRENCE-ID") !== undefined && masters.has(uid)) continue;
    const read = readEvent(event, {
      source,
      zones: scan.zones,
      calendarZone,
      floatingZone: options.floatingZone,
      rules: new Map(),
    });
    problems.push(...read.problems);
    if (read.doc !== undefined) docs.push(read.doc);
  }

  const reported = capProblems(problems, source);
  if (docs.length === 0) {
    if (reported.length > 0) return failed(...reported);
    return parsed(docs, [{ source, message: "the calendar has no events (no BEGIN:VEVENT)" }]);
  }
  return parsed(docs, reported);
}

function checkCalendarStart(text: string, source: string): Problem | undefined {
  if (text.includes("\u0000")) {
    return { source, message: "not an iCalendar file: it is binary, expected text starting BEGIN:VCALENDAR" };
  }
  const match = /^[ \t\r\n]*([^\r\n]*)/.exec(text);
  const first = match?.[1] ?? "";
  if (first.trim().toUpperCase() === "BEGIN:VCALENDAR") return undefined;
  if (first.trim() === "") return { source, message: "not an iCalendar file: the file is empty" };
  const leading = match?.[0] ?? "";
  const line = countNewlines(leading, leading.length - first.length) + 1;
  return {
    source,
    line,
    message: "not an iCalendar file: expected BEGIN:VCALENDAR on the first line",
    excerpt: excerptOf(first),
  };
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** Unfolds continuation lines (RFC 5545 §3.1), keeping the physical line each logical line starts on. */
function* unfoldLines(text: string): Generator<{ text: string; line: number }> {
  let current: string[] = [];
  let start = 0;
  let lineNo = 0;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    let physical = text.slice(pos, end);
    if (physical.endsWith("\r")) physical = physical.slice(0, -1);
    lineNo++;
    pos = end + 1;
    if ((physical.startsWith(" ") || physical.startsWith("\t")) && current.length > 0) {
      current.push(physical.slice(1));
      continue;
    }
    if (current.length > 0) yield { text: current.join(""), line: start };
    current = physical === "" ? [] : [physical];
    start = lineNo;
  }
  if (current.length > 0) yield { text: current.join(""), line: start };
}

/** Splits "NAME;P=v;Q="a:b":value", minding quoted parameter values. Undefined when not of that shape. */
function parseContentLine(text: string, line: number): ContentLine | undefined {
  const n = text.length;
  let i = 0;
  while (i < n && text[i] !== ";" && text[i] !== ":") i++;
  const name = text.slice(0, i).trim().toUpperCase();
  if (i >= n || !/^[A-Z0-9-]+$/.test(name)) return undefined;
  const params = new Map<string, string>();
  while (text[i] === ";") {
    const nameStart = i + 1;
    let j = nameStart;
    while (j < n && text[j] !== "=" && text[j] !== ";" && text[j] !== ":") j++;
    const param = text.slice(nameStart, j).trim().toUpperCase();
    if (text[j] !== "=") {
      i = j;
      continue;
    }
    let k = j + 1;
    let quoted = false;
    // Parentheses too: some exporters leave "TZID=(UTC+01:00) Amsterdam, Berlin" unquoted.
    let parens = 0;
    while (k < n) {
      const c = text[k];
      if (c === '"') quoted = !quoted;
      else if (!quoted && c === "(") parens++;
      else if (!quoted && c === ")" && parens > 0) parens--;
      else if (!quoted && parens === 0 && (c === ";" || c === ":")) break;
      k++;
    }
    params.set(param, unquote(text.slice(j + 1, k)));
    i = k;
  }
  if (text[i] !== ":") return undefined;
  return { name, params, value: text.slice(i + 1), text, line };
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1)
    : trimmed;
}

/**
 * Walks BEGIN/END nesting: collects VEVENTs and VTIMEZONEs, and says what is unbalanced. An event
 * that is never closed is dropped with a problem; everything complete is kept.
 */
function scanCalendar(text: string, source: string): Scan {
  const scan: Scan = { calendarProps: [], zones: new Map(), events: [], problems: [] };
  const stack: { name: string; line: number }[] = [];
  let event: EventBlock | undefined;
  let eventDepth = -1;
  let zone: ZoneBlock | undefined;
  let zoneDepth = -1;

  const dropUnclosed = (from: number, closer: string, at: number): void => {
    for (let d = stack.length - 1; d >= from; d--) {
      const open = stack[d];
      if (open === undefined) continue;
      scan.problems.push({
        source,
        line: open.line,
        message: `BEGIN:${open.name} has no END:${open.name} (${closer} at line ${at} comes first)`,
      });
      if (d === eventDepth) event = undefined;
      if (d === zoneDepth) zone = undefined;
    }
    stack.length = from;
  };

  for (const logical of unfoldLines(text)) {
    if (logical.text.trim() === "") continue;
    const cl = parseContentLine(logical.text, logical.line);
    if (cl === undefined) {
      if (event !== undefined || stack.length > 0) {
        scan.problems.push({
          source,
          line: logical.line,
          message: 'line is not a property ("NAME:value"); skipped',
          excerpt: excerptOf(logical.text),
        });
      }
      continue;
    }
    if (cl.name === "BEGIN") {
      const name = cl.value.trim().toUpperCase();
      if (name === "VEVENT" && event !== undefined) dropUnclosed(eventDepth, "BEGIN:VEVENT", cl.line);
      if (stack.length === 0 && name !== "VCALENDAR") {
        scan.problems.push({ source, line: cl.line, message: `BEGIN:${name} outside BEGIN:VCALENDAR` });
      }
      if (zone !== undefined) zone.lines.push(cl.text);
      if (name === "VEVENT") {
        event = { line: cl.line, props: [] };
        eventDepth = stack.length;
      } else if (name === "VTIMEZONE" && event === undefined && zone === undefined) {
        zone = { lines: [cl.text] };
        zoneDepth = stack.length;
      }
      stack.push({ name, line: cl.line });
      continue;
    }
    if (cl.name === "END") {
      const name = cl.value.trim().toUpperCase();
      let at = -1;
      for (let d = stack.length - 1; d >= 0; d--) {
        if (stack[d]?.name === name) {
          at = d;
          break;
        }
      }
      if (at === -1) {
        scan.problems.push({
          source,
          line: cl.line,
          message: `END:${name} without a BEGIN:${name}; skipped`,
        });
        continue;
      }
      if (at < stack.length - 1) dropUnclosed(at + 1, `END:${name}`, cl.line);
      if (zone !== undefined) zone.lines.push(cl.text);
      stack.length = at;
      if (at === eventDepth && event !== undefined) {
        scan.events.push(event);
        event = undefined;
        eventDepth = -1;
      }
      if (at === zoneDepth && zone !== undefined) {
        if (zone.tzid !== undefined) scan.zones.set(zone.tzid, zone.lines.join("\r\n"));
        zone = undefined;
        zoneDepth = -1;
      }
      continue;
    }
    if (event !== undefined) {
      if (stack.length === eventDepth + 1) event.props.push(cl);
    } else if (zone !== undefined) {
      zone.lines.push(cl.text);
      if (cl.name === "TZID" && stack.length === zoneDepth + 1) zone.tzid = unquote(cl.value);
    } else if (stack.length === 1 && stack[0]?.name === "VCALENDAR") {
      scan.calendarProps.push(cl);
    }
  }

  for (let d = stack.length - 1; d >= 0; d--) {
    const open = stack[d];
    if (open === undefined) continue;
    if (d === eventDepth || d === 0) {
      scan.problems.push({
        source,
        line: open.line,
        message: `the file ends inside BEGIN:${open.name} without END:${open.name} (truncated?)${d === eventDepth ? "; this event is skipped" : ""}`,
      });
    }
  }
  return scan;
}

function propOf(event: EventBlock, name: string): ContentLine | undefined {
  return event.props.find((p) => p.name === name);
}

interface EventContext {
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

/** Reads one VEVENT. No doc when its times are missing or unreadable; the problems say why. */
function readEvent(event: EventBlock, ctx: EventContext): { doc?: InviteDoc; problems: Problem[] } {
  const { source } = ctx;
  const problems: Problem[] = [];
  const bad = (prop: ContentLine | undefined, message: string): { problems: Problem[] } => {
    const where = prop ?? { line: event.line, text: undefined };
    const problem: Problem = { source, line: where.line, message: `${message}; this event is skipped` };
    if (where.text !== undefined) problem.excerpt = excerptOf(where.text);
    return { problems: [...problems, problem] };
  };

  const node = readWithNodeIcal(event, ctx.zones);
  if (!node.ok) return bad(undefined, `could not read the VEVENT: ${node.message}`);

  const dtstart = propOf(event, "DTSTART");
  if (dtstart === undefined) return bad(undefined, "VEVENT has no DTSTART");
  const start = readTime(dtstart, ctx, node.event.start);
  if (!start.ok) return bad(dtstart, `DTSTART "${dtstart.value.trim()}" ${start.message}`);

  const dtend = propOf(event, "DTEND");
  const duration = propOf(event, "DURATION");
  let endMs: number | undefined;
  let end: TimeRead | undefined;
  if (dtend !== undefined) {
    end = readTime(dtend, ctx, node.event.end);
    if (!end.ok) return bad(dtend, `DTEND "${dtend.value.trim()}" ${end.message}`);
    if (end.ms < start.ms) {
      return bad(dtend, `DTEND ${dtend.value.trim()} is before DTSTART ${dtstart.value.trim()}`);
    }
    endMs = end.ms;
  } else if (duration !== undefined) {
    const ms = durationMs(duration.value);
    if (ms === undefined) return bad(duration, `DURATION "${duration.value.trim()}" is not a duration`);
    if (ms < 0) return bad(duration, `DURATION "${duration.value.trim()}" is negative`);
    endMs = start.ms + ms;
  } else if (start.allDay) {
    endMs = start.ms + DAY_MS;
  }

  for (const [read, prop] of [
    [start, dtstart],
    [end, dtend],
  ] as const) {
    if (read?.ok && read.warning !== undefined && prop !== undefined) {
      if (!problems.some((p) => p.message === read.warning)) {
        problems.push({ source, line: prop.line, message: read.warning, excerpt: excerptOf(prop.text) });
      }
    }
  }

  const doc: InviteDoc = { kind: "invite", source, attendees: [] };
  const summary = textOf(node.event.summary);
  if (summary !== undefined) doc.summary = summary;
  const description = textOf(node.event.description);
  if (description !== undefined) doc.description = description;
  doc.start = new Date(start.ms).toISOString();
  if (endMs !== undefined) doc.end = new Date(endMs).toISOString();
  if (!start.allDay && start.zone !== undefined) doc.timeZone = start.zone;
  const organizer = personOf(node.event.organizer);
  if (organizer !== undefined) doc.organizer = organizer;
  const attendees = node.event.attendee;
  for (const a of Array.isArray(attendees) ? attendees : [attendees]) {
    const person = personOf(a);
    if (person !== undefined) doc.attendees.push(person);
  }
  return { doc, problems };
}

type NodeRead = { ok: true; event: Record<string, unknown> } | { ok: false; message: string };

/**
 * Has node-ical read the event's properties (text unescaping, parameters, custom VTIMEZONE rules) from
 * a calendar holding just this event and the zones it names. One event per parse keeps a bad event from
 * spoiling the rest. Recurrence rules are left out (a series is read, never expanded), and so are the
 * times this module reads itself: node-ical reads floating and all-day times in the machine's zone.
 */
function readWithNodeIcal(event: EventBlock, zones: ReadonlyMap<string, string>): NodeRead {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0"];
  const props = event.props.filter((p) => {
    if (RECURRENCE.has(p.name) || p.name === "DURATION") return false;
    if (p.name !== "DTSTART" && p.name !== "DTEND") return true;
    // Times are read here; node-ical only reads those in a zone that the file alone defines.
    const tzid = p.params.get("TZID");
    return tzid !== undefined && zones.has(tzid) && ianaZoneOf(tzid) === undefined;
  });
  const named = new Set<string>();
  for (const p of props) {
    const tzid = p.params.get("TZID");
    if (tzid !== undefined) named.add(tzid);
  }
  for (const tzid of named) {
    const zone = zones.get(tzid);
    if (zone !== undefined) lines.push(zone);
  }
  lines.push("BEGIN:VEVENT", ...props.map((p) => p.text), "END:VEVENT", "END:VCALENDAR", "");
  let result: unknown;
  try {
    result = ical.sync.parseICS(lines.join("\r\n"));
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (typeof result === "object" && result !== null) {
    for (const value of Object.values(result)) {
      if (isRecord(value) && value.type === "VEVENT") return { ok: true, event: value };
    }
  }
  return { ok: false, message: "node-ical found no event in it" };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
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
function readTime(prop: ContentLine, ctx: EventContext, nodeValue: unknown): TimeRead {
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
function durationMs(value: string): number | undefined {
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

/** node-ical gives a text property as a string, or as { val, params } when it had parameters. */
function textOf(value: unknown): string | undefined {
  const text = isRecord(value) ? value.val : value;
  if (typeof text !== "string") return undefined;
  const trimmed = text.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** ORGANIZER or ATTENDEE: the name from CN, the address from a mailto: value. */
function personOf(value: unknown): Person | undefined {
  const address = isRecord(value) ? value.val : value;
  const params = isRecord(value) ? value.params : undefined;
  const person: Person = {};
  if (typeof address === "string") {
    const email = address
      .trim()
      .replace(/^mailto:/i, "")
      .trim();
    if (email.includes("@")) person.email = email;
  }
  const cn = isRecord(params) ? params.CN : undefined;
  if (typeof cn === "string") {
    const name = unquote(cn);
    if (name !== "") person.name = name;
  }
  return person.name === undefined && person.email === undefined ? undefined : person;
}

function capProblems(problems: Problem[], source: string): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { source, message: `${rest} more problem${rest === 1 ? "" : "s"} like these left out` },
  ];
}
