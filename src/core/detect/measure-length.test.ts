import { describe, expect, it } from "vitest";
import type { Doc } from "../read/documents.js";
import { findLengthSignals, measureLength } from "./measure-length.js";

const notes = (text: string): Doc[] => [{ kind: "notes", source: "notes.md", text }];
const ids = (docs: Doc[]) => findLengthSignals(measureLength(docs, undefined)).map((f) => f.id);

describe("measureLength", () => {
  it("does not read a wait in days, a commute that would be long, or a range of shift hours as the talk", () => {
    expect(
      measureLength(notes("Booked for an hour. Took 3 weeks to get a reply."), undefined).actual,
    ).toBeUndefined();
    expect(
      measureLength(notes("The commute would be 45 minutes each way."), undefined).scheduled,
    ).toBeUndefined();
    expect(
      measureLength(notes("Shifts actually run 0700-1130 on Saturdays."), undefined).actual,
    ).toBeUndefined();
    expect(ids(notes("We went way over my budget on the relocation quote."))).toEqual([]);
  });

  it("reads an overrun told before its amount as ran-long, and a slot number as no length", () => {
    expect(ids(notes("The engineer and I ran over by like 20 min talking about the pumps."))).toEqual([
      "ran-long",
    ]);
    expect(
      measureLength(notes("Booked for 30 minutes. I was one of 2 candidates."), undefined).actual,
    ).toBeUndefined();
  });

  it.each([
    ["The invite said 45 minutes, 2:00 to 2:45. We hung up at 3:17.", 45, 77],
    ["booked for 30 min, went 50.", 30, 50],
    ["It was scheduled for an hour and lasted 25 minutes.", 60, 25],
    ["Calendar said 1:00-2:00, we actually finished around 2:20.", 60, 80],
    // Durations in prose: the length after the slot, in its unit; the length compared with the slot.
    ["Meant to be 25 mins and we went to nearly 40, which felt good.", 25, 40],
    ["Supposed to be 1 hour, ended up almost 2 because of the site walk.", 60, 120],
    ["About 75 minutes, much longer than the 45 they had planned.", 45, 75],
    ["Booked for half an hour, we went on nearly 50.", 30, 50],
    // The slot's start said with the slot, the end as a clock time; an interruption is not the talk.
    [
      "It was supposed to be 30 minutes at 2 and I got out at like 2:45! He took a phone call in the middle, like 6 minutes.",
      30,
      45,
    ],
    ["Slot booked for 10:15, 45 mins. We were done by 11:20.", 45, 65],
    // Minutes after hours, in figures or words; "N out of the M"; the length said plainly after "was".
    ["Total time maybe 1 hour 45 min. The invitation said 1 hour.", 60, 105],
    ["The invite said 45 minutes. All in all it was about 1 hour 20.", 45, 80],
    ["It was planned for one hour, I think we were like one hour ten.", 60, 70],
    ["About 20 minutes out of the 30.", 30, 20],
    ["The invitation said one hour. We finish at 11:35, so more than one and half hour.", 60, 90],
    ["Scheduled for 1h, we went 1h20.", 60, 80],
    // A line that is only a length, as notes jot it.
    ["It was supposed to be a 3 hour trial.\nSix hours!!", 180, 360],
    ["Booked for 45 minutes.\n- done 11:24\n- maybe 15 min", 45, 15],
    ["After I heard back, I scheduled an onsite that lasted about 4 hours.", undefined, 240],
    ["Scheduled 45 mins, we were done in about 40. Questions at the end: I got maybe 5 minutes.", 45, 40],
    // "half hour", "closer to the hour", what it "would be", a slot as a bare number, a log's 24-hour ranges,
    // the start and the end as times of day.
    ["it was booked as a half hour chat and it went over an hour", 30, 60],
    ["The slot was twenty minutes and it ran closer to the hour", 20, 60],
    ["HR told me it would be 45 minutes; it lasted 70 minutes.", 45, 70],
    ["Call with the buyer. Roughly 55 min, scheduled 40.", 40, 55],
    ["Booked: 1400-1430. Actual: 1402-1455.", 30, 53],
    ["The invite said an hour. We kicked off at 10 and I walked out at 11:20.", 60, 80],
  ])("%s", (text, scheduled, actual) => {
    const length = measureLength(notes(text), undefined);
    expect(length.scheduled?.minutes).toBe(scheduled);
    expect(length.actual?.minutes).toBe(actual);
  });

  it("reads a range of minutes on the cautious side, and quotes a sentence that gives both numbers once", () => {
    const long = findLengthSignals(
      measureLength(notes("The call was set for 30 minutes and went 40-45 minutes."), undefined),
    );
    expect(long.map((f) => f.id)).toEqual(["ran-long"]);
    expect(long[0]?.evidence.map((e) => e.quote)).toEqual([
      "ran 40 minutes against 30 scheduled (+10)",
      "The call was set for 30 minutes and went 40-45 minutes.",
    ]);
    expect(ids(notes("Scheduled for 60 minutes, we were done after 20-25 minutes."))).toEqual(["cut-short"]);
    expect(ids(notes("The interview was scheduled for an hour but it lasted about 3-4 hours."))).toEqual([
      "ran-long",
    ]);
  });

  it("leaves the way there, a task and a count after hours out of the talk's length", () => {
    for (const text of [
      "Call booked for 30 minutes. My commute was about an hour.",
      "Booked for 30 minutes. The test was about 90 minutes.",
      "Booked 1 hour 3 times a week.",
      "It was supposed to be an hour. Then the supervisor took me out on the floor for like 25 minutes.",
      "Invite says 60 minutes. For her it was 7 in the morning.",
      "It was a 40 minute interview. There were two HR's for the interview round.",
      // The slot's own number is no length of the talk; someone leaving is no end of it.
      "The slot was 60 minutes. A man from HR was there at first but he left after ten minutes.",
      "Booked for an hour. The secretary checked our certificates first, that part took long, almost an hour.",
      // A bare length on its own line is as likely the slot as the talk.
      "Interview with the ward manager\n- 45 min\n- video",
    ]) {
      const length = measureLength(notes(text), undefined);
      expect(length.actual, text).toBeUndefined();
    }
  });

  it("reads hours in words, and a moment during the interview is not its length", () => {
    const both = measureLength(notes("Scheduled for an hour, it went on for an hour and a half."), undefined);
    expect([both.scheduled?.minutes, both.actual?.minutes]).toEqual([60, 90]);
    // A point in time: "N minutes in", "into the call", "later".
    for (const text of [
      "The slot was an hour. About 45 minutes in she brought in two engineers, and we went 20 minutes past the hour.",
      "Booked for 60 minutes. Twenty minutes into the call the director joined.",
      "Set for 45 minutes; ten minutes later the manager came back with coffee.",
    ]) {
      const length = measureLength(notes(text), undefined);
      expect(
        length.actual?.minutes === 45 || length.actual?.minutes === 20 || length.actual?.minutes === 10,
      ).toBe(false);
      expect(ids(notes(text))).not.toContain("cut-short");
    }
    expect(
      ids(
        notes(
          "The slot was an hour. About 45 minutes in she brought in two engineers, and we went 20 minutes past the hour.",
        ),
      ),
    ).toEqual(["ran-long"]);
  });

  it("reads the slot from the invite and the length from the transcript", () => {
    const docs: Doc[] = [
      {
        kind: "invite",
        source: "invite.ics",
        start: "2026-02-04T00:00:00Z",
        end: "2026-02-04T01:00:00Z",
        attendees: [],
      },
      {
        kind: "transcript",
        source: "t.vtt",
        format: "vtt",
        utterances: [
          { speaker: "A", text: "Hi", start: 2, line: 1 },
          { speaker: "B", text: "Bye", start: 4700, end: 4710, line: 2 },
        ],
      },
    ];
    const length = measureLength(docs, undefined);
    expect(length.scheduled?.minutes).toBe(60);
    expect(Math.round(length.actual?.minutes ?? 0)).toBe(79);
    expect(ids(docs)).toEqual(["ran-long"]);
  });

  it("a transcript that stops long before the slot, where the notes say it went on, is part of the meeting", () => {
    const docs = (note: string): Doc[] => [
      {
        kind: "invite",
        source: "invite.ics",
        start: "2026-02-04T09:00:00Z",
        end: "2026-02-04T10:00:00Z",
        attendees: [],
      },
      {
        kind: "transcript",
        source: "t.vtt",
        format: "vtt",
        utterances: [
          { speaker: "A", text: "Hi", start: 2, line: 1 },
          { speaker: "B", text: "Thanks", start: 600, end: 610, line: 2 },
        ],
      },
      { kind: "notes", source: "notes.md", text: note },
    ];
    const partial = docs("The recording stopped early. It went on for an hour and twenty minutes.");
    expect(Math.round(measureLength(partial, undefined).actual?.minutes ?? 0)).toBe(80);
    expect(ids(partial)).toEqual(["ran-long"]);
    expect(ids(docs("Recording cut out after ten minutes; we ran twenty minutes over."))).toEqual([
      "ran-long",
    ]);
    // Notes that say nothing of the length leave the transcript's measure standing.
    expect(ids(docs("Nice people, a short call."))).toEqual(["cut-short"]);
  });

  it("the spec's thresholds: 10 minutes over is long; 2 over is not; ending far early is short", () => {
    expect(ids(notes("It was booked for 45 minutes and took 47 minutes."))).toEqual([]);
    expect(ids(notes("It was booked for 45 minutes and took 58 minutes."))).toEqual(["ran-long"]);
    expect(ids(notes("Booked for an hour; we were done in 30 minutes."))).toEqual(["cut-short"]);
    expect(ids(notes("The interview ran 20 minutes over."))).toEqual(["ran-long"]);
  });

  it("stated context beats the text", () => {
    const length = measureLength(notes("booked for 30 min, went 50."), {
      scheduledMinutes: 60,
      actualMinutes: 75,
    });
    expect(length.scheduled?.minutes).toBe(60);
    expect(length.actual?.minutes).toBe(75);
  });
});
