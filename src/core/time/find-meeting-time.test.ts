import { describe, expect, it } from "vitest";
import { findMeetingTimes } from "./find-meeting-time.js";

const SAID = "2026-09-28T17:50:00+02:00"; // a Monday

describe("findMeetingTimes", () => {
  it.each([
    ["Can you do this Thursday, the first of October, at four, at the office?", "2026-10-01T16:00:00+02:00"],
    ["Come by Thursday the 1st at 4pm.", "2026-10-01T16:00:00+02:00"],
    ["The panel is on Wednesday 30 September, 13:00-16:00.", "2026-09-30T13:00:00+02:00"],
  ])("%s → %s", (text, start) => {
    expect(findMeetingTimes(text, SAID, "+02:00").map((m) => m.start)).toEqual([start]);
  });

  it("reads a length as no meeting: 'forty-five minutes' is not 45 minutes from now", () => {
    const text =
      "I'd like you to meet our CEO. It's a conversation, forty-five minutes. Can you do Thursday at four?";
    expect(findMeetingTimes(text, SAID, "+02:00").map((m) => m.start)).toEqual(["2026-10-01T16:00:00+02:00"]);
    expect(findMeetingTimes("It will take about an hour.", SAID, "+02:00")).toEqual([]);
  });

  it("skips a meeting called off", () => {
    expect(findMeetingTimes("We have to cancel Thursday at four.", SAID, "+02:00")).toEqual([]);
  });
});
