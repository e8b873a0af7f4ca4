import { readOffset, type WallTime } from "../time/add-days.js";
import type { Action, ActionKind, Plan } from "./action.js";

/**
 * The plan as calendar reminders: an iCalendar (RFC 5545) text that Google Calendar, Outlook and
 * Apple Calendar import.
 *
 * - One VEVENT per action that has a `due` and is not done; a settled plan has none. A calendar with
 *   no events is still a well-formed VCALENDAR that the importers accept.
 * - A due with a time and an offset ("2026-02-04T16:00:00-08:00") is a timed event: DTSTART at that
 *   instant in UTC (…Z), DTEND 30 minutes later, and an alarm 30 minutes before.
 * - A due that is a bare date ("2026-02-10") is an all-day event (DTSTART;VALUE=DATE, DTEND the next
 *   day): the plan did not say when in the day. Its alarm fires at 09:00 on the day (TRIGGER:PT9H):
 *   -PT30M before an all-day event would ring at 23:30 the evening before.
 * - A due with a time but no offset is floating (DTSTART without Z): the same wall-clock time in
 *   whatever zone the calendar shows, which is all such a due says.
 * - UIDs are stable: a hash of the kind, the due (as an instant where it is one) and the calendar
 *   title, so importing the same plan again updates the events instead of duplicating them, and two
 *   cases' reminders with the same kind and due stay apart when each has its own title.
 *
 * Seconds are kept, fractions of a second dropped. Text is escaped (RFC 5545 §3.3.11), lines are
 * folded at 75 octets without splitting a UTF-8 character (§3.1), and lines end in CRLF.
 */
export function formatReminders(plan: Plan, options: ReminderOptions): string {
  const stamp = readDue(options.now);
  if (stamp === undefined) throw new RangeError(`now ${JSON.stringify(options.now)} is not an ISO date`);
  const dtstamp = stamp.kind === "instant" ? utcStamp(stamp.ms) : utcStamp(wallMs(stamp.wall));
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  if (options.title !== undefined && options.title.trim() !== "") {
    lines.push(`X-WR-CALNAME:${icsEscape(options.title.trim())}`);
  }
  for (const action of remindableActions(plan)) {
    lines.push(...eventLines(action, dtstamp, options));
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join(CRLF)}${CRLF}`;
}

export interface ReminderOptions {
  /** When the calendar is made (ISO 8601): its DTSTAMP, in UTC. */
  now: string;
  /** The calendar's name (X-WR-CALNAME), e.g. the case; also part of every UID. */
  title?: string;
  /** The right-hand side of the UIDs; "debrief.local" unless given. */
  uidDomain?: string;
}

const CRLF = "\r\n";
const PRODID = "-//Debrief//Debrief reminders//EN";
const DEFAULT_UID_DOMAIN = "debrief.local";
const EVENT_MINUTES = 30;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** The longest physical line, in octets, without its CRLF (RFC 5545 §3.1). */
const MAX_LINE_OCTETS = 75;

/** The actions that become reminders: dated, not done, and only while the process is not settled. */
export function remindableActions(plan: Plan): Action[] {
  if (plan.settled !== undefined) return [];
  return plan.actions.filter((a) => a.due !== undefined && a.done !== true);
}

/** What to do, as a reminder says it: "send the thank-you note". */
export function reminderSummary(kind: ActionKind): string {
  switch (kind) {
    case "thank-you":
      return "send the thank-you note";
    case "status-check":
      return "ask where things stand";
    case "prepare-next-round":
      return "prepare for the next round";
    case "share-competing-offers":
      return "tell them about your other offers";
    case "keep-salary-consistent":
      return "keep your salary figure consistent";
    case "use-direct-contact":
      return "follow up with your direct contact";
    case "address-gap":
      return "address the gap they raised";
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** The event's DESCRIPTION before escaping: the why, then the text to send when there is one. */
export function reminderDescription(action: Action): string {
  const why = action.why.trim();
  const text = action.text?.trim();
  return text === undefined || text === "" ? why : `${why}\n\nText to send:\n${text}`;
}

/** A stable UID: the same kind, due and title give the same UID on every run. */
export function reminderUid(action: Action, options: { title?: string; uidDomain?: string } = {}): string {
  const due = action.due ?? "";
  const read = readDue(due);
  const when = read?.kind === "instant" ? new Date(Math.floor(read.ms / 1000) * 1000).toISOString() : due;
  const key = [action.kind, when, options.title?.trim() ?? ""].join("\u0000");
  return `debrief-${action.kind}-${fnv1a64(key)}@${options.uidDomain ?? DEFAULT_UID_DOMAIN}`;
}

/** A due as a person reads it, in the due's own offset: "Tue 11 Feb 14:45", or "Tue 11 Feb" for a date. */
export function formatDueShort(due: string): string {
  const read = readDue(due);
  if (read === undefined) return due;
  const { year, month, day, hour, minute } = read.wall;
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? "";
  const date = `${weekday} ${day} ${MONTHS[month - 1] ?? ""}`;
  if (read.kind === "date") return date;
  if (isEndOfDayWall(read.wall)) return `${date}, end of day`;
  return `${date} ${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** The hour a reminder for something due by the end of a day is set for. */
const MORNING_HOUR = 9;

/** 23:59 (any seconds): "by the end of the day", as the plan writes a day-only due. */
function isEndOfDayWall(wall: { hour: number; minute: number }): boolean {
  return wall.hour === 23 && wall.minute === 59;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, any line
 * break becomes "\n". Control characters other than tab are not allowed in TEXT and are dropped.
 */
export function icsEscape(text: string): string {
  let out = "";
  const normalized = text.replace(/\r\n?/g, "\n");
  for (const ch of normalized) {
    switch (ch) {
      case "\\":
        out += "\\\\";
        break;
      case ";":
        out += "\\;";
        break;
      case ",":
        out += "\\,";
        break;
      case "\n":
        out += "\\n";
        break;
      default: {
        const code = ch.codePointAt(0) ?? 0;
        if ((code < 0x20 && ch !== "\t") || code === 0x7f) break;
        out += ch;
      }
    }
  }
  return out;
}

/**
 * Folds one content line (RFC 5545 §3.1): physical lines of at most 75 octets of UTF-8, each
 * continuation starting with a space, never splitting a character. Joined with CRLF; unfolding
 * (removing every CRLF followed by a space) gives the line back.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    // The first physical line holds 75 octets; a continuation holds 74 after its leading space.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3; // a lone surrogate is written as U+FFFD, 3 octets
  return 4;
}

function eventLines(action: Action, dtstamp: string, options: ReminderOptions): string[] {
  const due = action.due ?? "";
  const read = readDue(due);
  if (read === undefined)
    throw new RangeError(`the ${action.kind} action's due ${JSON.stringify(due)} is not an ISO date`);
  const summary = `Debrief: ${reminderSummary(action.kind)}`;
  const lines = ["BEGIN:VEVENT", `UID:${icsEscape(reminderUid(action, options))}`, `DTSTAMP:${dtstamp}`];
  let trigger: string;
  switch (read.kind) {
    case "instant": {
      // Due "by the end of the day" (23:59 in its own zone): a reminder at 23:29 would come too late to
      // act on, so it is set for the morning of that day, 09:00 in the same zone, ringing as it starts.
      const isEndOfDay = isEndOfDayWall(read.wall);
      const start = isEndOfDay
        ? read.ms - ((read.wall.hour - MORNING_HOUR) * 3600 + read.wall.minute * 60 + read.wall.second) * 1000
        : Math.floor(read.ms / 1000) * 1000;
      lines.push(`DTSTART:${utcStamp(start)}`, `DTEND:${utcStamp(start + EVENT_MINUTES * MINUTE_MS)}`);
      trigger = isEndOfDay ? "PT0M" : `-PT${EVENT_MINUTES}M`;
      break;
    }
    case "floating": {
      const start = wallMs(read.wall);
      lines.push(
        `DTSTART:${floatingStamp(start)}`,
        `DTEND:${floatingStamp(start + EVENT_MINUTES * MINUTE_MS)}`,
      );
      trigger = `-PT${EVENT_MINUTES}M`;
      break;
    }
    case "date": {
      const start = wallMs(read.wall);
      lines.push(`DTSTART;VALUE=DATE:${dateStamp(start)}`, `DTEND;VALUE=DATE:${dateStamp(start + DAY_MS)}`);
      trigger = "PT9H";
      break;
    }
    default: {
      const never: never = read;
      return never;
    }
  }
  lines.push(
    `SUMMARY:${icsEscape(summary)}`,
    `DESCRIPTION:${icsEscape(reminderDescription(action))}`,
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `TRIGGER:${trigger}`,
    `DESCRIPTION:${icsEscape(summary)}`,
    "END:VALARM",
    "END:VEVENT",
  );
  return lines;
}

type Wall = Omit<WallTime, "weekday">;

/** A due read: an instant (it had an offset), a floating wall-clock time, or a bare date. */
type DueTime = { kind: "instant"; ms: number; wall: Wall } | { kind: "floating" | "date"; wall: Wall };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Reads an ISO 8601 date or date-time (no clock, no machine zone). Undefined when it is not one. */
function readDue(text: string): DueTime | undefined {
  const m = ISO.exec(text.trim());
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  const wall: Wall = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
  };
  if (!isRealWall(wall)) return undefined;
  if (h === undefined) return { kind: "date", wall };
  if (zone === undefined) return { kind: "floating", wall };
  const offset = readOffset(zone);
  if (offset === undefined) return undefined;
  return { kind: "instant", ms: wallMs(wall) - offset * MINUTE_MS, wall };
}

function isRealWall(w: Wall): boolean {
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.hour > 23 || w.minute > 59 || w.second > 60) return false;
  return new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDate() === w.day;
}

/** Milliseconds of a wall-clock time read as if it were UTC (a leap second is read as :59). */
function wallMs(w: Wall): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, Math.min(w.second, 59));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function dateStamp(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

function floatingStamp(ms: number): string {
  const d = new Date(ms);
  return `${dateStamp(ms)}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

function utcStamp(ms: number): string {
  return `${floatingStamp(ms)}Z`;
}

/** FNV-1a, 64 bits, over the UTF-8 octets of `text`, as 16 hex digits. */
function fnv1a64(text: string): string {
  const PRIME = 0x100000001b3n;
  const MASK = 0xffffffffffffffffn;
  let hash = 0xcbf29ce484222325n;
  for (const octet of utf8Octets(text)) {
    hash ^= BigInt(octet);
    hash = (hash * PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, "0");
}

function* utf8Octets(text: string): Generator<number> {
  for (const ch of text) {
    let cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) yield cp;
    else if (cp < 0x800) {
      yield 0xc0 | (cp >> 6);
      yield 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      yield 0xe0 | (cp >> 12);
      yield 0x80 | ((cp >> 6) & 0x3f);
      yield 0x80 | (cp & 0x3f);
    } else {
      yield 0xf0 | (cp >> 18);
      yield 0x80 | ((cp >> 12) & 0x3f);
      yield 0x80 | ((cp >> 6) & 0x3f);
      yield 0x80 | (cp & 0x3f);
    }
  }
}
