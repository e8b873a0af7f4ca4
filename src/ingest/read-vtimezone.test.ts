import { describe, expect, it } from "vitest";
import { readVtimezone, zoneWallToUtc } from "./read-vtimezone.js";

const block = (...lines: string[]) =>
  ["BEGIN:VTIMEZONE", "TZID:Office", ...lines, "END:VTIMEZONE"].join("\r\n");

/** The instant a wall time names in a zone, as an ISO string. */
function read(zone: string, wall: string): string {
  const rules = readVtimezone(zone);
  if (rules === undefined) throw new Error("no rules");
  return new Date(zoneWallToUtc(rules, Date.parse(`${wall}Z`))).toISOString();
}

const CENTRAL = block(
  "BEGIN:DAYLIGHT",
  "DTSTART:19810329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "DTSTART:19961027T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "END:STANDARD",
);

describe("zoneWallToUtc", () => {
  it.each([
    ["winter", "2026-01-12T11:00:00", "2026-01-12T10:00:00.000Z"],
    ["summer", "2026-07-12T11:00:00", "2026-07-12T09:00:00.000Z"],
    ["the day before the spring change", "2026-03-28T12:00:00", "2026-03-28T11:00:00.000Z"],
    ["just after the spring change", "2026-03-29T03:30:00", "2026-03-29T01:30:00.000Z"],
    ["the day after the autumn change", "2026-10-26T12:00:00", "2026-10-26T11:00:00.000Z"],
  ])("reads yearly last-Sunday rules: %s", (_name, wall, iso) => {
    expect(read(CENTRAL, wall)).toBe(iso);
  });

  it("reads a zone with one fixed offset in minutes", () => {
    const zone = block(
      "BEGIN:STANDARD",
      "DTSTART:16010101T000000",
      "TZOFFSETFROM:-0741",
      "TZOFFSETTO:-0741",
      "END:STANDARD",
    );
    expect(read(zone, "2026-03-06T13:42:00")).toBe("2026-03-06T21:23:00.000Z");
  });

  it("stops a rule at its UNTIL and follows the next one", () => {
    const zone = block(
      "BEGIN:DAYLIGHT",
      "DTSTART:19900401T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20000402T070000Z",
      "TZOFFSETFROM:-0500",
      "TZOFFSETTO:-0400",
      "END:DAYLIGHT",
      "BEGIN:DAYLIGHT",
      "DTSTART:20010311T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
      "TZOFFSETFROM:-0500",
      "TZOFFSETTO:-0400",
      "END:DAYLIGHT",
      "BEGIN:STANDARD",
      "DTSTART:19901028T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
      "TZOFFSETFROM:-0400",
      "TZOFFSETTO:-0500",
      "END:STANDARD",
    );
    // 2026-03-20 is after the second Sunday of March: daylight time.
    expect(read(zone, "2026-03-20T09:00:00")).toBe("2026-03-20T13:00:00.000Z");
    // 1995-03-20 is before the first Sunday of April, under the first rule: standard time.
    expect(read(zone, "1995-03-20T09:00:00")).toBe("1995-03-20T14:00:00.000Z");
  });

  it("reads a weekday among listed days of the month", () => {
    const zone = block(
      "BEGIN:DAYLIGHT",
      "DTSTART:20000312T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=SU",
      "TZOFFSETFROM:-0800",
      "TZOFFSETTO:-0700",
      "END:DAYLIGHT",
      "BEGIN:STANDARD",
      "DTSTART:20001105T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
      "TZOFFSETFROM:-0700",
      "TZOFFSETTO:-0800",
      "END:STANDARD",
    );
    // The second Sunday of March 2026 is the 8th.
    expect(read(zone, "2026-03-07T12:00:00")).toBe("2026-03-07T20:00:00.000Z");
    expect(read(zone, "2026-03-09T12:00:00")).toBe("2026-03-09T19:00:00.000Z");
  });

  it("takes the offset after a change at the very time of the change, and the one before it earlier", () => {
    const zone = block(
      "BEGIN:STANDARD",
      "DTSTART:20260101T000000",
      "TZOFFSETFROM:+1000",
      "TZOFFSETTO:+1200",
      "END:STANDARD",
      "BEGIN:DAYLIGHT",
      "DTSTART:20260601T080000",
      "TZOFFSETFROM:+1200",
      "TZOFFSETTO:+1000",
      "END:DAYLIGHT",
    );
    expect(read(zone, "2026-06-01T08:00:01")).toBe("2026-05-31T22:00:01.000Z");
    expect(read(zone, "2026-06-01T07:00:01")).toBe("2026-05-31T19:00:01.000Z");
    // Before its first onset a zone is at that onset's "from" offset.
    expect(read(zone, "2025-06-01T12:00:00")).toBe("2025-06-01T02:00:00.000Z");
  });

  it("reads no rules from a block without a usable observance", () => {
    expect(readVtimezone(block("BEGIN:STANDARD", "TZOFFSETTO:+0100", "END:STANDARD"))).toBeUndefined();
  });
});
