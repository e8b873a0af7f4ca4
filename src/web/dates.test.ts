import { describe, expect, it } from "vitest";
import { dayDifference, formatTime, relativeDue } from "./dates.js";

describe("relative due dates", () => {
  const now = Date.parse("2026-03-05T12:00:00Z");
  const clock = { timeZone: "Europe/Berlin", now };

  it.each([
    ["2026-03-02T09:00:00Z", "Overdue by 3 days"],
    ["2026-03-04T22:30:00Z", "Overdue by 1 day"],
    ["2026-03-05T08:00:00Z", "Overdue since earlier today"],
    ["2026-03-05T18:00:00Z", "Due today"],
    ["2026-03-06T09:00:00Z", "Due tomorrow"],
    ["2026-03-10T09:00:00Z", "Due in 5 days"],
  ])("%s is %s", (iso, words) => {
    expect(relativeDue(iso, clock)).toBe(words);
  });

  it("counts calendar days in the candidate's zone, not 24-hour spans", () => {
    // 23:30 UTC on the 5th is already the 6th in Berlin, and still the 5th in New York.
    expect(dayDifference("2026-03-05T23:30:00Z", now, "Europe/Berlin")).toBe(1);
    expect(dayDifference("2026-03-05T23:30:00Z", now, "America/New_York")).toBe(0);
  });
});

describe("times of day", () => {
  it("gives the time in the candidate's zone, and in the browser's for a zone it does not know", () => {
    expect(formatTime("2026-03-05T12:15:00Z", "Europe/Berlin")).toMatch(/^0?1:15|13:15/);
    expect(formatTime("2026-03-05T12:15:00Z", "Asia/Tokyo")).toMatch(/^0?9:15|21:15/);
    expect(formatTime("2026-03-05T12:15:00Z", "Not/AZone")).toMatch(/\d:15/);
    expect(formatTime("not a date", "Europe/Berlin")).toBe("no time");
  });
});
