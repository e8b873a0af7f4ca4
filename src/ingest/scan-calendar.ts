import { type ContentLine, parseContentLine, unfoldLines, unquote } from "./parse-content-line.js";
import { excerptOf, type Problem } from "./parse-result.js";

// The calendar's structure: its VEVENTs and VTIMEZONEs, and what is not closed or not opened.

export interface EventBlock {
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

/** Where the walk through the calendar is: the open blocks, and the event and zone being collected. */
interface Walk {
  scan: Scan;
  source: string;
  stack: { name: string; line: number }[];
  event: EventBlock | undefined;
  eventDepth: number;
  zone: ZoneBlock | undefined;
  zoneDepth: number;
}

/** Closes the blocks open from depth `from` that `closer` (at line `at`) cuts short, each with a problem. */
function dropUnclosed(w: Walk, from: number, closer: string, at: number): void {
  for (let d = w.stack.length - 1; d >= from; d--) {
    const open = w.stack[d];
    if (open === undefined) continue;
    w.scan.problems.push({
      source: w.source,
      line: open.line,
      message: `BEGIN:${open.name} has no END:${open.name} (${closer} at line ${at} comes first)`,
    });
    if (d === w.eventDepth) w.event = undefined;
    if (d === w.zoneDepth) w.zone = undefined;
  }
  w.stack.length = from;
}

function openBlock(w: Walk, cl: ContentLine): void {
  const name = cl.value.trim().toUpperCase();
  if (name === "VEVENT" && w.event !== undefined) dropUnclosed(w, w.eventDepth, "BEGIN:VEVENT", cl.line);
  if (w.stack.length === 0 && name !== "VCALENDAR") {
    w.scan.problems.push({
      source: w.source,
      line: cl.line,
      message: `BEGIN:${name} outside BEGIN:VCALENDAR`,
    });
  }
  if (w.zone !== undefined) w.zone.lines.push(cl.text);
  if (name === "VEVENT") {
    w.event = { line: cl.line, props: [] };
    w.eventDepth = w.stack.length;
  } else if (name === "VTIMEZONE" && w.event === undefined && w.zone === undefined) {
    w.zone = { lines: [cl.text] };
    w.zoneDepth = w.stack.length;
  }
  w.stack.push({ name, line: cl.line });
}

function closeBlock(w: Walk, cl: ContentLine): void {
  const name = cl.value.trim().toUpperCase();
  let at = -1;
  for (let d = w.stack.length - 1; d >= 0; d--) {
    if (w.stack[d]?.name === name) {
      at = d;
      break;
    }
  }
  if (at === -1) {
    w.scan.problems.push({
      source: w.source,
      line: cl.line,
      message: `END:${name} without a BEGIN:${name}; skipped`,
    });
    return;
  }
  if (at < w.stack.length - 1) dropUnclosed(w, at + 1, `END:${name}`, cl.line);
  if (w.zone !== undefined) w.zone.lines.push(cl.text);
  w.stack.length = at;
  if (at === w.eventDepth && w.event !== undefined) {
    w.scan.events.push(w.event);
    w.event = undefined;
    w.eventDepth = -1;
  }
  if (at === w.zoneDepth && w.zone !== undefined) {
    if (w.zone.tzid !== undefined) w.scan.zones.set(w.zone.tzid, w.zone.lines.join("\r\n"));
    w.zone = undefined;
    w.zoneDepth = -1;
  }
}

/** A property goes to the event or zone being collected, or to the calendar itself. */
function addProperty(w: Walk, cl: ContentLine): void {
  if (w.event !== undefined) {
    if (w.stack.length === w.eventDepth + 1) w.event.props.push(cl);
  } else if (w.zone !== undefined) {
    w.zone.lines.push(cl.text);
    if (cl.name === "TZID" && w.stack.length === w.zoneDepth + 1) w.zone.tzid = unquote(cl.value);
  } else if (w.stack.length === 1 && w.stack[0]?.name === "VCALENDAR") {
    w.scan.calendarProps.push(cl);
  }
}

/** The calendar and the event still open where the file ends: truncated. */
function reportTruncated(w: Walk): void {
  for (let d = w.stack.length - 1; d >= 0; d--) {
    const open = w.stack[d];
    if (open === undefined) continue;
    if (d === w.eventDepth || d === 0) {
      w.scan.problems.push({
        source: w.source,
        line: open.line,
        message: `the file ends inside BEGIN:${open.name} without END:${open.name} (truncated?)${d === w.eventDepth ? "; this event is skipped" : ""}`,
      });
    }
  }
}

/**
 * Walks BEGIN/END nesting: collects VEVENTs and VTIMEZONEs, and says what is unbalanced. An event
 * that is never closed is dropped with a problem; everything complete is kept.
 */
export function scanCalendar(text: string, source: string): Scan {
  const w: Walk = {
    scan: { calendarProps: [], zones: new Map(), events: [], problems: [] },
    source,
    stack: [],
    event: undefined,
    eventDepth: -1,
    zone: undefined,
    zoneDepth: -1,
  };
  for (const logical of unfoldLines(text)) {
    if (logical.text.trim() === "") continue;
    const cl = parseContentLine(logical.text, logical.line);
    if (cl === undefined) {
      if (w.event !== undefined || w.stack.length > 0) {
        w.scan.problems.push({
          source,
          line: logical.line,
          message: 'line is not a property ("NAME:value"); skipped',
          excerpt: excerptOf(logical.text),
        });
      }
      continue;
    }
    if (cl.name === "BEGIN") openBlock(w, cl);
    else if (cl.name === "END") closeBlock(w, cl);
    else addProperty(w, cl);
  }
  reportTruncated(w);
  return w.scan;
}

export function propOf(event: EventBlock, name: string): ContentLine | undefined {
  return event.props.find((p) => p.name === name);
}
