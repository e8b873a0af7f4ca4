import ical from "node-ical";
import type { Person } from "../core/read/documents.js";
import { unquote } from "./parse-content-line.js";
import type { EventBlock } from "./scan-calendar.js";
import { ianaZoneOf } from "./windows-time-zones.js";

// What node-ical reads for us: an event's text properties unescaped, its people, custom zone rules.

/** Recurrence properties: a series is one invite with its first start, so these are never expanded. */
const RECURRENCE = new Set(["RRULE", "RDATE", "EXRULE", "EXDATE", "RECURRENCE-ID"]);

type NodeRead = { ok: true; event: Record<string, unknown> } | { ok: false; message: string };

/**
 * Has node-ical read the event's properties (text unescaping, parameters, custom VTIMEZONE rules) from
 * a calendar holding just this event and the zones it names. One event per parse keeps a bad event from
 * spoiling the rest. Recurrence rules are left out (a series is read, never expanded), and so are the
 * times this module reads itself: node-ical reads floating and all-day times in the machine's zone.
 */
export function readWithNodeIcal(event: EventBlock, zones: ReadonlyMap<string, string>): NodeRead {
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

/** node-ical gives a text property as a string, or as { val, params } when it had parameters. */
export function textOf(value: unknown): string | undefined {
  const text = isRecord(value) ? value.val : value;
  if (typeof text !== "string") return undefined;
  const trimmed = text.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** ORGANIZER or ATTENDEE: the name from CN, the address from a mailto: value. */
export function personOf(value: unknown): Person | undefined {
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
