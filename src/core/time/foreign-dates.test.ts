import { describe, expect, it } from "vitest";
import { findMeetingTimes } from "./find-meeting-time.js";
import { datesInEnglish } from "./foreign-dates.js";

// Everything here is made up.
describe("datesInEnglish", () => {
  it.each([
    [
      "German, with the day's full stop and 'Uhr'",
      "am Dienstag, 10. November 2026 um 15:00 Uhr (MEZ)",
      "on Tuesday, 10 November 2026 at 15:00 (CET)",
    ],
    ["French, 'le' and '14h30'", "le jeudi 12 novembre à 14h30", "on Thursday 12 November at 14:30"],
    [
      "Spanish, 'de' between day and month",
      "el martes 10 de noviembre a las 15:00",
      "on Tuesday 10 November at 15:00",
    ],
    ["Portuguese, 'às 10h'", "na quinta-feira, 12 de novembro, às 10h", "on Thursday, 12 November, at 10:00"],
    [
      "a German range of hours",
      "Donnerstag, 26. November, 10:00 bis 11:00 Uhr",
      "Thursday, 26 November, 10:00 - 11:00",
    ],
  ])("%s", (_, written, english) => {
    expect(datesInEnglish(written)).toBe(english);
  });

  it.each([
    ["English is left as it is", "See you on Tuesday 10 November at 3pm."],
    ["a name that is also a month or a day is no date", "Mai said Domingo would join us within 24h."],
  ])("%s", (_, text) => {
    expect(datesInEnglish(text)).toBe(text);
  });
});

describe("findMeetingTimes, in other languages", () => {
  it("reads a German invitation's day and hour in its own zone, and quotes it as written", () => {
    const text =
      "Wir laden Sie zu einem ersten Videogespräch am Dienstag, 10. November 2026 um 15:00 Uhr (MEZ) ein.";
    const [found] = findMeetingTimes(text, "2026-11-04T10:00:00+01:00", "Europe/Dublin");
    expect(found).toMatchObject({ start: "2026-11-10T14:00:00+00:00", hasTime: true });
    expect(found?.quote).toContain("Dienstag");
  });

  it("reads a French invitation's day and hour", () => {
    const text = "Nous vous proposons un entretien le mardi 10 novembre à 14h30.";
    const [found] = findMeetingTimes(text, "2026-11-05T09:00:00-05:00", "America/Toronto");
    expect(found?.start).toBe("2026-11-10T14:30:00-05:00");
  });
});
