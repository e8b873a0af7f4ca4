import { describe, expect, it } from "vitest";
import { endOfDayIn, findPromisedDate } from "./find-promised-date.js";

// Wednesday 4 March 2026, mid-morning in Chicago.
const SAID = "2026-03-04T10:30:00-06:00";

describe("findPromisedDate", () => {
  it.each([
    ["by Friday", "You'll hear from us by Friday.", "2026-03-06T23:59:59-06:00"],
    [
      "early next week (Wednesday of next week)",
      "We'll get back to you early next week.",
      "2026-03-11T23:59:59-06:00",
    ],
    ["next week (its Friday)", "The hiring manager will decide next week.", "2026-03-13T23:59:59-06:00"],
    ["by the 20th", "We expect to reach a decision by the 20th.", "2026-03-20T23:59:59-06:00"],
    [
      "by the 2nd (next month, the 2nd has passed)",
      "I'll be in touch by the 2nd.",
      "2026-04-02T23:59:59-06:00",
    ],
    ["within two weeks", "We will let you know within two weeks.", "2026-03-18T23:59:59-06:00"],
    [
      "a named person and weekday",
      "Jonah will email by Thursday with the outcome.",
      "2026-03-05T23:59:59-06:00",
    ],
    ["the end of this week", "You should hear back by the end of this week.", "2026-03-06T23:59:59-06:00"],
    ["a day and month", "I'll update you on Monday 9 March either way.", "2026-03-09T23:59:59-06:00"],
    ["a typographic apostrophe", "We\u2019ll get back to you by Friday.", "2026-03-06T23:59:59-06:00"],
    ["respond within days", "We will respond within five days.", "2026-03-09T23:59:59-06:00"],
    [
      "the end of the month",
      "You will have our decision before the end of the month.",
      "2026-03-31T23:59:59-06:00",
    ],
    [
      "a past interview date is not the promise",
      "Thanks again for coming in on Monday; we'll get back to you by Thursday.",
      "2026-03-05T23:59:59-06:00",
    ],
  ])("%s", (_name, text, due) => {
    expect(findPromisedDate(text, SAID)?.due).toBe(due);
  });

  it.each([
    ["no date", "We'll be in touch."],
    ["no promise verb", "The panel meets on Thursday to compare notes."],
    ["a question", "Could we speak on Friday?"],
    ["a hypothetical", "If we move forward, you'll hear from us by Friday."],
    ["a date said without a year that has passed", "We'll be in touch by 20 February."],
    ["a duration, not a deadline", "The call centre team has wanted this for a year."],
    ["hearing something that is not word from the company", "You may hear it again on Tuesday."],
    ["thanks for a response", "Thank you for your response on Monday."],
  ])("none for %s", (_name, text) => {
    expect(findPromisedDate(text, SAID)).toBeUndefined();
  });

  it("quotes the promising sentence and keeps the latest date when several promise", () => {
    const text =
      "Thanks for the note.\n\nThe panel will decide by Monday, and I'll email you by Wednesday 11 March.";
    expect(findPromisedDate(text, SAID)).toEqual({
      due: "2026-03-11T23:59:59-06:00",
      quote: "The panel will decide by Monday, and I'll email you by Wednesday 11 March.",
    });
  });

  it("reads a weekday said on that weekday as the next one", () => {
    expect(findPromisedDate("We'll call you Wednesday.", SAID)?.due).toBe("2026-03-11T23:59:59-06:00");
  });

  it("writes the due date in the offset it was said in", () => {
    expect(findPromisedDate("You'll hear from us by Friday.", "2026-03-04T22:00:00Z")?.due).toBe(
      "2026-03-06T23:59:59Z",
    );
    expect(findPromisedDate("You'll hear from us by Friday.", "2026-03-05T07:00:00+09:00")?.due).toBe(
      "2026-03-06T23:59:59+09:00",
    );
  });
});

describe("endOfDayIn", () => {
  it.each([
    ["2026-03-04T10:30:00-06:00", "2026-03-04T23:59:59-06:00"],
    ["2026-03-04T23:30:00+01:00", "2026-03-04T23:59:59+01:00"],
    ["2026-12-31T08:00:00Z", "2026-12-31T23:59:59Z"],
  ])("%s → %s", (iso, end) => {
    expect(endOfDayIn(iso)).toBe(end);
  });

  it("refuses what is not a date", () => {
    expect(() => endOfDayIn("next Tuesday")).toThrow(RangeError);
  });
});
