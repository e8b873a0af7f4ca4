import { describe, expect, it } from "vitest";
import { formatDueShort, reminderUid } from "../plan/format-reminders.js";
import {
  addBusinessDaysIn,
  addDaysIn,
  describeMoment,
  instantOf,
  offsetMinutesAt,
  readOffset,
  sameWallTimeIn,
  toIsoIn,
} from "./add-days.js";
import { offsetMinutes, offsetOf } from "./find-promised-date.js";

describe("addDaysIn", () => {
  it.each([
    // Spring forward in Los Angeles (8 March 2026): same wall clock, new offset, 23 hours.
    ["2026-03-07T17:00:00-08:00", 1, "America/Los_Angeles", "2026-03-08T17:00:00-07:00"],
    // Autumn back in Berlin (25 October 2026): 25 hours.
    ["2026-10-24T09:30:00+02:00", 1, "Europe/Berlin", "2026-10-25T09:30:00+01:00"],
    // A fixed offset never moves: exactly 24 hours, written the same way.
    ["2026-03-07T17:00:00-08:00", 1, "-08:00", "2026-03-08T17:00:00-08:00"],
    // Month and year ends roll over.
    ["2026-12-31T12:00:00Z", 1, "Z", "2027-01-01T12:00:00+00:00"],
    ["2026-01-31T10:00:00+01:00", 28, "Europe/Berlin", "2026-02-28T10:00:00+01:00"],
  ])("%s + %i day(s) in %s → %s", (iso, days, zone, expected) => {
    expect(addDaysIn(iso, days, zone)).toBe(expected);
  });

  it("reads the start of a UTC instant in the zone first", () => {
    expect(addDaysIn("2026-03-08T01:00:00.000Z", 1, "America/Los_Angeles")).toBe("2026-03-08T17:00:00-07:00");
  });
});

describe("addBusinessDaysIn", () => {
  it.each([
    ["2026-02-10T17:00:00-06:00", 10, "2026-02-24T17:00:00-06:00"], // Tue → Tue two weeks on
    ["2026-02-13T17:00:00-06:00", 1, "2026-02-16T17:00:00-06:00"], // Fri → Mon
    ["2026-02-14T17:00:00-06:00", 1, "2026-02-16T17:00:00-06:00"], // Sat → Mon
  ])("%s + %i working days → %s", (iso, days, expected) => {
    expect(addBusinessDaysIn(iso, days, "-06:00")).toBe(expected);
  });
});

describe("instantOf", () => {
  it("reads a time in the spring gap with the offset before it, and the autumn overlap as its first time", () => {
    const gap = instantOf(
      { year: 2026, month: 3, day: 8, hour: 2, minute: 30, second: 0 },
      "America/Los_Angeles",
    );
    expect(toIsoIn(gap, "America/Los_Angeles")).toBe("2026-03-08T03:30:00-07:00");
    const overlap = instantOf(
      { year: 2026, month: 11, day: 1, hour: 1, minute: 30, second: 0 },
      "America/Los_Angeles",
    );
    expect(offsetMinutesAt(overlap, "America/Los_Angeles")).toBe(-420);
  });
});

describe("sameWallTimeIn", () => {
  it("keeps the clock reading and corrects the offset across a change", () => {
    expect(sameWallTimeIn("2026-03-09T23:59:59-08:00", "America/Los_Angeles")).toBe(
      "2026-03-09T23:59:59-07:00",
    );
  });
});

describe("describeMoment", () => {
  it("reads the clock in the offset the date is written in", () => {
    expect(describeMoment("2026-02-04T17:19:00-08:00")).toBe("Wed 4 Feb, 17:19");
    expect(describeMoment("2026-02-05T01:19:00Z")).toBe("Thu 5 Feb, 01:19");
  });
});

// One reading of a UTC offset serves the zoned-time module, the promised dates and the reminders: these
// pin what each read before they shared it.
describe("offsets", () => {
  it.each([
    ["2026-02-04T09:00:00+01:00", "+01:00"],
    ["2026-02-04T09:00:00+0100", "+01:00"],
    ["2026-02-04T09:00:00-0830", "-08:30"],
    ["2026-02-04T09:00:00Z", "Z"],
    ["2026-02-04T09:00:00z", "Z"],
    ["2026-02-04T09:00:00.000Z", "Z"],
    ["2026-02-04T09:00:00", "Z"],
    [" 2026-02-04T09:00:00-05:00 ", "-05:00"],
  ])("offsetOf(%j) is %s", (iso, expected) => {
    expect(offsetOf(iso)).toBe(expected);
  });

  it.each([
    ["+05:30", 330],
    ["-08:00", -480],
    ["-00:30", -30],
    ["+00:00", 0],
    ["Z", 0],
    ["", 0],
    ["Europe/Berlin", 0],
  ])("offsetMinutes(%j) is %i", (offset, expected) => {
    expect(offsetMinutes(offset)).toBe(expected);
  });

  it.each([
    ["+05:30", 330],
    ["-08:00", -480],
    ["Z", 0],
    ["+14:00", 840],
  ])("a fixed zone %s is %i minutes east, whatever the instant", (zone, expected) => {
    expect(offsetMinutesAt(0, zone)).toBe(expected);
    expect(offsetMinutesAt(Date.parse("2026-07-01T00:00:00Z"), zone)).toBe(expected);
  });

  it("writes an instant in a fixed zone with that offset", () => {
    expect(toIsoIn(0, "+05:30")).toBe("1970-01-01T05:30:00+05:30");
    expect(toIsoIn(0, "-08:00")).toBe("1969-12-31T16:00:00-08:00");
  });

  it.each([
    ["2026-02-04T09:00:00+01", "Wed 4 Feb 09:00"],
    ["2026-02-04T09:00:00+0100", "Wed 4 Feb 09:00"],
    ["2026-02-04T09:00:00z", "Wed 4 Feb 09:00"],
    ["2026-02-04T09:00:00-00:30", "Wed 4 Feb 09:00"],
    // Hours over 23 or minutes over 59 are no offset: the due is not a date, and is shown as written.
    ["2026-02-04T09:00:00+24:00", "2026-02-04T09:00:00+24:00"],
    ["2026-02-04T09:00:00+01:60", "2026-02-04T09:00:00+01:60"],
  ])("a reminder's due %s reads as %s", (due, expected) => {
    expect(formatDueShort(due)).toBe(expected);
  });

  it("reads the same instant from every way of writing its offset", () => {
    const action = {
      id: "a",
      kind: "thank-you" as const,
      due: "2026-02-04T16:00:00+01:00",
      why: "",
      text: "",
    };
    const uid = reminderUid(action as Parameters<typeof reminderUid>[0]);
    for (const due of ["2026-02-04T16:00:00+0100", "2026-02-04T16:00:00+01", "2026-02-04T15:00:00Z"])
      expect(reminderUid({ ...action, due } as Parameters<typeof reminderUid>[0])).toBe(uid);
  });

  it.each([
    ["Z", 0],
    ["z", 0],
    ["+05:30", 330],
    ["+0530", 330],
    ["+05", 300],
    ["-08:00", -480],
    ["+23:59", 1439],
    ["+24:00", undefined],
    ["+01:60", undefined],
    ["+1:00", undefined],
    ["05:30", undefined],
    ["Europe/Berlin", undefined],
    ["", undefined],
  ])("readOffset(%j) is %s", (text, expected) => {
    expect(readOffset(text)).toBe(expected);
  });
});
