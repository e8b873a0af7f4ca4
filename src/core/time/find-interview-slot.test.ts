import { describe, expect, it } from "vitest";
import { findInterviewSlot, type SlotLengths } from "./find-interview-slot.js";

const hhmm = (c: { hour: number; minute: number } | undefined) =>
  c ? `${String(c.hour).padStart(2, "0")}:${String(c.minute).padStart(2, "0")}` : undefined;

/** Start and end as "HH:MM", reading the date from line 1. */
function slot(text: string, lengths: SlotLengths = {}) {
  const s = findInterviewSlot(text, 1, lengths);
  return s ? [hhmm(s.start), hhmm(s.end)] : undefined;
}

describe("findInterviewSlot", () => {
  it.each([
    // The end said outright, after a start on the date line or in a booking.
    ["Thu 4 Jun, 2pm, video call.\nWe finished at 3:40.", "14:00", "15:40"],
    ["Thu 4 Jun, 2pm.\nIt ran until half four, which I did not expect.", "14:00", "16:30"],
    [
      "Mon 8 Jun\nCalendar said 10:00-11:00, we actually wrapped up around 11:25 because of the demo.",
      "10:00",
      "11:25",
    ],
    ["Tue 9 Jun\nBooked 1-2pm, finished about 2:12.", "13:00", "14:12"],
    ["Tue 9 Jun\nBooked 9-10, we finished just after 10.", "09:00", "10:00"],
    ["Wed 10 Jun, 2:00, in their office.\nI left at twenty to four.", "14:00", "15:40"],
    ["Wed 10 Jun, 14:00\n- went on until about 15:26, nobody minded", "14:00", "15:26"],
    ["Wed 10 Jun 2pm\nWe hung up at 3:17.", "14:00", "15:17"],
    ["Fri 12 Jun, 1:00 to 2:00 was the slot\nwe finished a bit before ten to three", "13:00", "14:50"],
    // No start, but the end.
    ["Fri 12 Jun, panel\nEnded at about 16:55.", undefined, "16:55"],
    // A start and the length the read measured, or the booked end.
    ["Mon 15 Jun, 10am, Zoom", "10:00", "10:50", { actualMinutes: 50 }],
    ["Mon 15 Jun, 10:00-11:30, on site", "10:00", "11:30"],
    // A range of bare hours on the date line, its end saying a.m. or p.m.; the 24-hour clock in four figures.
    ["Mon 15 Jun, 10am-11am, on site", "10:00", "11:00"],
    ["Mon 15 Jun, 2pm-2:45pm, video", "14:00", "14:45"],
    ["Mon 15 Jun 1-2pm", "13:00", "14:00"],
    ["Mon 15 Jun, 0930hrs, panel", "09:30", "10:15", { actualMinutes: 45 }],
    ["Mon 15 Jun 1400 hrs\nWe finished at 1450hrs.", "14:00", "14:50"],
    ["Mon 15 Jun, 3.40pm slot", "15:40", "16:10", { scheduledMinutes: 30 }],
    ["Tue 16 Jun\nThe interview was Tuesday 14h at their office.", "14:00", "15:00", { actualMinutes: 60 }],
    ["Tue 16 Jun\nThe day was from 8:30 until almost 4pm at the hotel.", "08:30", "16:00"],
    ["Fri 19 Jun, 10:00-11:30\n- Done right at 11:30", "10:00", "11:30"],
    // A length under a third of the slot is a part of it misread: the booked end.
    [
      "Fri 19 Jun, 10:00-11:30\n- he talked for ~5 min about the new line",
      "10:00",
      "11:30",
      { actualMinutes: 5 },
    ],
    // The start alone: dated from it, as an invite with no end is.
    ["Thu 4 Jun, 2pm, video call.\nWe talked about the roadmap.", "14:00", "14:00"],
    // Arriving early is not the start.
    ["Wed 17 Jun, arrived 9:15 for 10am", "10:00", "10:45", { actualMinutes: 45 }],
  ] as [string, string | undefined, string, SlotLengths?][])("%s → %s–%s", (text, start, end, lengths) => {
    expect(slot(text, lengths)).toEqual([start, end]);
  });

  it.each([
    // Only the day.
    ["Thu 4 Jun, video call.\nWe talked about the roadmap."],
    // Times that are not the interview's: prices, lengths, the job's hours, setting out.
    ["Thu 4 Jun\nParking was £7.80 for two hours. Shifts run 8.30-5."],
    ["Thu 4 Jun\nI left home at 8 to beat the traffic."],
    ["Thu 4 Jun, 1h scheduled\nThe role is 30-45 min from home."],
    // Lengths written like times: "1h50", "1:09 by the recording".
    ["Thu 4 Jun\nBooked for 60 min, went 1h50."],
    ["Thu 4 Jun\nIt was booked for 45 min and we went over an hour, 1:09 by the recording."],
    // A later dated entry's times belong to that day.
    ["Thu 4 Jun: final round.\n\nFri 5 Jun, 6pm: she called. We hung up at 6:20."],
    // A next round booked in the notes is not this one.
    ["Thu 4 Jun\nThey booked the second round for 2pm next Tuesday."],
  ])("%s → no time", (text) => {
    expect(slot(text)).toBeUndefined();
  });

  it("says what the end was read from", () => {
    expect(findInterviewSlot("Thu 4 Jun, 2pm.\nWe finished at 3:40.", 1, {})?.basis).toBe(
      "“We finished at 3:40.”",
    );
    expect(findInterviewSlot("Thu 4 Jun, 2pm.", 1, { actualMinutes: 40 })?.basis).toBe(
      "14:00 + 40 minutes it ran",
    );
  });
});
