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

describe("findPromisedDate: word promised in another language, where asked", () => {
  // SAID is Wednesday 4 March.
  it.each([
    [
      "Portuguese, a weekday and its date",
      "Decisão sobre a proposta até sexta dia 13.",
      "2026-03-13T23:59:59-06:00",
    ],
    ["Portuguese, a weekday", "Vamos dar um retorno até sexta-feira.", "2026-03-06T23:59:59-06:00"],
    ["Spanish", "Le daremos una respuesta el viernes.", "2026-03-06T23:59:59-06:00"],
    ["French", "Nous vous ferons part de notre décision lundi.", "2026-03-09T23:59:59-06:00"],
    ["German", "Wir melden uns bis Freitag.", "2026-03-06T23:59:59-06:00"],
  ])("%s", (_name, text, due) => {
    expect(findPromisedDate(text, SAID, { isAnyLanguage: true })?.due).toBe(due);
    // The signals' readers do not ask: what they detect stays as tuned.
    expect(findPromisedDate(text, SAID)).toBeUndefined();
  });
});

describe("findPromisedDate: days named as alternatives", () => {
  // SAID is Wednesday 4 March: Friday the 6th, Monday the 9th.
  it.each([
    [
      "or … at the latest",
      "We'll let you know by Friday, or Monday at the latest.",
      "2026-03-09T23:59:59-06:00",
    ],
    ["or", "You'll hear from us on Friday or Monday.", "2026-03-09T23:59:59-06:00"],
  ])("the latest holds: %s", (_name, text, due) => {
    expect(findPromisedDate(text, SAID)?.due).toBe(due);
  });

  it("keeps a day that is not an alternative apart", () => {
    expect(findPromisedDate("We'll call you on Friday, and the panel meets on Monday.", SAID)?.due).toBe(
      "2026-03-06T23:59:59-06:00",
    );
  });
});

describe("findPromisedDate: vague promises give a dated window", () => {
  // SAID is a Wednesday: this week ends Friday 6 March, next week runs 9-13 March.
  it.each([
    [
      "times this week",
      "I'll send over some times this week.",
      {},
      { from: "2026-03-04T00:00:00-06:00", due: "2026-03-06T23:59:59-06:00" },
    ],
    [
      "the end of next week, hopefully, in a next-steps sentence",
      "Decision hopefully by the end of next week.",
      { isNextSteps: true },
      { from: "2026-03-12T00:00:00-06:00", due: "2026-03-13T23:59:59-06:00" },
    ],
    [
      "in a few days",
      "We'll get back to you in a few days.",
      {},
      { from: "2026-03-06T00:00:00-06:00", due: "2026-03-09T23:59:59-06:00" },
    ],
    [
      "in a couple of days, no verb, next steps",
      "Next steps: feedback in a couple of days.",
      { isNextSteps: true },
      { from: "2026-03-06T00:00:00-06:00", due: "2026-03-09T23:59:59-06:00" },
    ],
    [
      "a week or two",
      "You should hear from us in a week or two.",
      {},
      { from: "2026-03-11T00:00:00-06:00", due: "2026-03-18T23:59:59-06:00" },
    ],
    [
      "the week after next, with this week named before it",
      "We're seeing two more people this week, so you'll hear back the week after next.",
      {},
      { from: "2026-03-16T00:00:00-06:00", due: "2026-03-20T23:59:59-06:00" },
    ],
  ])("%s", (_name, text, reading, expected) => {
    const found = findPromisedDate(text, SAID, reading);
    expect({ from: found?.from, due: found?.due }).toEqual(expected);
  });

  // SAID is Wednesday 4 March: the coming Friday is the 6th, a week on is the 13th.
  it.each([
    ["Friday week", "We'll let you know by Friday week.", "2026-03-13T23:59:59-06:00"],
    ["a week on Monday", "You'll hear from us a week on Monday.", "2026-03-16T23:59:59-06:00"],
    ["the Friday after next", "We'll call you the Friday after next.", "2026-03-13T23:59:59-06:00"],
    ["said on the day itself", "We'll decide by Wednesday week.", "2026-03-11T23:59:59-06:00"],
    ["with no 'the'", "We'll come back to you Friday after next.", "2026-03-13T23:59:59-06:00"],
  ])("a weekday a week on: %s", (_name, text, due) => {
    expect(findPromisedDate(text, SAID)?.due).toBe(due);
  });

  it("marks a window that counts no days as vague; a counted one and a day named are not", () => {
    expect(findPromisedDate("We'll get back to you in a few days.", SAID)?.isVague).toBe(true);
    expect(findPromisedDate("You'll hear from us in the coming days.", SAID)?.isVague).toBe(true);
    expect(findPromisedDate("We'll get back to you in a couple of days.", SAID)?.isVague).toBeUndefined();
    // A day named beats the guess at a vague window's end, even an earlier day.
    const both = findPromisedDate("We'll be in touch in a few days and decide by Friday.", SAID);
    expect(both).toMatchObject({ due: "2026-03-06T23:59:59-06:00" });
    expect(both?.isVague).toBeUndefined();
  });

  it("needs a verb of telling unless the sentence is known to be about next steps", () => {
    expect(findPromisedDate("A decision hopefully by the end of next week.", SAID)?.due).toBeDefined();
    expect(findPromisedDate("Hopefully by the end of next week.", SAID)).toBeUndefined();
    expect(findPromisedDate("Hopefully by the end of next week.", SAID, { isNextSteps: true })?.due).toBe(
      "2026-03-13T23:59:59-06:00",
    );
  });

  it("does not take the candidate's own deadline for a promise", () => {
    expect(
      findPromisedDate("The other company wants an answer by Friday.", SAID, { isNextSteps: true }),
    ).toBeUndefined();
    // Nor an answer the company asks of the candidate.
    expect(
      findPromisedDate("We'd appreciate your answer by Friday.", SAID, { isNextSteps: true }),
    ).toBeUndefined();
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
