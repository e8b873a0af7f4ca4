import type { InviteDoc } from "../core/read/documents.js";
import type { ContentLine } from "./parse-content-line.js";
import { excerptOf, failed, type ParseResult, type Problem, parsed } from "./parse-result.js";
import { DAY_MS, durationMs, type EventContext, readTime, type TimeRead } from "./read-ics-time.js";
import { personOf, readWithNodeIcal, textOf } from "./read-with-node-ical.js";
import { type EventBlock, propOf, scanCalendar } from "./scan-calendar.js";
import { ianaZoneOf } from "./windows-time-zones.js";

/** The largest calendar file read, in characters; invites are a few kB. */
export const MAX_ICS_CHARS = 5 * 1024 * 1024;

/** The most problems one file reports; a file broken throughout says so once. */
const MAX_PROBLEMS = 20;

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

/** The end of an event read, or why it cannot be. */
type EndRead =
  | { ok: true; endMs: number | undefined; end: TimeRead | undefined }
  | { ok: false; prop: ContentLine; message: string };

/** Where an event ends: its DTEND, else DTSTART plus its DURATION, else a day after an all-day start. */
function readEnd(
  event: EventBlock,
  ctx: EventContext,
  start: TimeRead & { ok: true },
  dtstart: ContentLine,
  nodeEnd: unknown,
): EndRead {
  const dtend = propOf(event, "DTEND");
  const duration = propOf(event, "DURATION");
  if (dtend !== undefined) {
    const end = readTime(dtend, ctx, nodeEnd);
    if (!end.ok) return { ok: false, prop: dtend, message: `DTEND "${dtend.value.trim()}" ${end.message}` };
    if (end.ms < start.ms) {
      return {
        ok: false,
        prop: dtend,
        message: `DTEND ${dtend.value.trim()} is before DTSTART ${dtstart.value.trim()}`,
      };
    }
    return { ok: true, endMs: end.ms, end };
  }
  if (duration !== undefined) {
    const ms = durationMs(duration.value);
    if (ms === undefined)
      return { ok: false, prop: duration, message: `DURATION "${duration.value.trim()}" is not a duration` };
    if (ms < 0)
      return { ok: false, prop: duration, message: `DURATION "${duration.value.trim()}" is negative` };
    return { ok: true, endMs: start.ms + ms, end: undefined };
  }
  return { ok: true, endMs: start.allDay ? start.ms + DAY_MS : undefined, end: undefined };
}

/** The invite an event makes, from what node-ical read of it and its times. */
function inviteOf(
  nodeEvent: Record<string, unknown>,
  source: string,
  start: TimeRead & { ok: true },
  endMs: number | undefined,
): InviteDoc {
  const doc: InviteDoc = { kind: "invite", source, attendees: [] };
  const summary = textOf(nodeEvent.summary);
  if (summary !== undefined) doc.summary = summary;
  const description = textOf(nodeEvent.description);
  if (description !== undefined) doc.description = description;
  doc.start = new Date(start.ms).toISOString();
  if (endMs !== undefined) doc.end = new Date(endMs).toISOString();
  if (!start.allDay && start.zone !== undefined) doc.timeZone = start.zone;
  const organizer = personOf(nodeEvent.organizer);
  if (organizer !== undefined) doc.organizer = organizer;
  const attendees = nodeEvent.attendee;
  for (const a of Array.isArray(attendees) ? attendees : [attendees]) {
    const person = personOf(a);
    if (person !== undefined) doc.attendees.push(person);
  }
  return doc;
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
  const ending = readEnd(event, ctx, start, dtstart, node.event.end);
  if (!ending.ok) return bad(ending.prop, ending.message);

  for (const [read, prop] of [
    [start, dtstart],
    [ending.end, propOf(event, "DTEND")],
  ] as const) {
    if (read?.ok && read.warning !== undefined && prop !== undefined) {
      if (!problems.some((p) => p.message === read.warning)) {
        problems.push({ source, line: prop.line, message: read.warning, excerpt: excerptOf(prop.text) });
      }
    }
  }
  return { doc: inviteOf(node.event, source, start, ending.endMs), problems };
}

function capProblems(problems: Problem[], source: string): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { source, message: `${rest} more problem${rest === 1 ? "" : "s"} like these left out` },
  ];
}
