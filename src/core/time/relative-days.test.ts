import { describe, expect, it } from "vitest";
import { findPromisedDate } from "./find-promised-date.js";

// Tuesday 24 November 2026, afternoon in London: the coming Thursday is the 26th, Friday the 27th.
const SAID = "2026-11-24T15:00:00+00:00";
const READ = { readsEvents: true };

describe("findPromisedDate: days told against another event (readsEvents)", () => {
  it.each([
    [
      "a deadline after the event's day",
      "We'll get back to you after the panel meets on Thursday, and no later than Friday 4 December.",
      "2026-12-04",
    ],
    [
      "a length after the event's day",
      "We'll get back to you two days after the final round on Thursday.",
      "2026-11-28",
    ],
    [
      "a length read as a day from now is not one",
      "Decision within 2 days after the final round on Thursday 3 December.",
      "2026-12-05",
    ],
    ["a week after", "We'll be in touch a week after the final interviews on Friday.", "2026-12-04"],
    [
      "a length pointing back at the day",
      "They see the last candidates on Thursday 3 December and will get back to you two days after that.",
      "2026-12-05",
    ],
    [
      "working days skip the weekend",
      "You'll hear from us three working days after the panel on Thursday.",
      "2026-12-01",
    ],
    [
      "a weekday inside the period named before it is that period's",
      "We're finishing first rounds this week and we'll make a decision on next steps by Friday.",
      "2026-11-27",
    ],
    [
      "a weekday before the period named before it is the one in it",
      "We are seeing people next week and will let you know by Friday.",
      "2026-12-04",
    ],
    [
      "a weekday alone after an event is the one after it",
      "We'll get back to you once the last interviews are done on Friday, hopefully by Wednesday.",
      "2026-12-02",
    ],
    [
      "a weekday alone after a day named before it",
      "We have the last interviews on Friday, so we'll get back to you by Wednesday.",
      "2026-12-02",
    ],
    [
      "the latest of two days with no 'or'",
      "We'll let you know by Friday, Monday at the latest.",
      "2026-11-30",
    ],
    // Unchanged: an event's day with no deadline after it is the day word follows; a plain alternative.
    ["after an event's day alone", "We'll get back to you after Thursday's final round.", "2026-11-26"],
    ["two days, one or the other", "They'll decide by Monday or Tuesday.", "2026-12-01"],
  ])("%s", (_name, text, day) => {
    expect(findPromisedDate(text, SAID, READ)?.due.slice(0, 10)).toBe(day);
  });

  it.each([
    [
      "mid-month",
      "The panel meets on Thursday and after that we'll get back to you by mid-December.",
      "2026-12-15",
    ],
    ["early in a month", "After Thursday's panel we'll get back to you in early December.", "2026-12-10"],
    ["the end of a month", "We'll have a decision for you by the end of December.", "2026-12-31"],
    [
      "mid-month, this month",
      "We'll get back to you after the board signs off, probably mid month.",
      "2026-12-15",
    ],
    ["before Christmas", "After that we'll let everyone know before Christmas.", "2026-12-24"],
    ["before the holidays", "We'll get back to you before the holidays.", "2026-12-23"],
    ["the candidate's notes reporting it", "Ravi said he'll let me know by Friday 4 December.", "2026-12-04"],
  ])("a part of a month, or another way of telling: %s", (_name, text, day) => {
    expect(findPromisedDate(text, "2026-12-01T15:00:00+00:00", READ)?.due.slice(0, 10)).toBe(day);
  });

  it("is not read unless asked (the signals' readers keep their tuned reading)", () => {
    expect(
      findPromisedDate("We'll get back to you two days after the final round on Thursday.", SAID)?.due.slice(
        0,
        10,
      ),
    ).toBe("2026-11-26");
  });
});
