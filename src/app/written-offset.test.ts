import { describe, expect, it } from "vitest";
import { writtenOffset } from "./written-offset.js";

describe("writtenOffset", () => {
  // What the CLI's own readings of an ISO time's offset gave before they went through core's one reading.
  it.each([
    ["2026-02-11T14:45:00+05:30", 330],
    ["2026-02-11T14:45:00-0800", -480],
    ["2026-02-11T14:45:00-00:30", -30],
    ["2026-02-11T14:45:00Z", 0],
    ["2026-02-11T14:45:00", 0],
    [" 2026-02-11T14:45:00+01:00 ", 60],
  ])("%s is %i minutes east of UTC", (iso, minutes) => expect(writtenOffset(iso)).toBe(minutes));
});
