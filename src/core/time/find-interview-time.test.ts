import { describe, expect, it } from "vitest";
import type { Doc } from "../read/documents.js";
import { findInterviewTime } from "./find-interview-time.js";

const notes = (text: string): Doc[] => [{ kind: "notes", source: "notes.md", text }];

describe("findInterviewTime", () => {
  it("prefers the invite", () => {
    const docs: Doc[] = [
      ...notes("Tue 10 Feb"),
      {
        kind: "invite",
        source: "invite.ics",
        start: "2026-02-04T00:00:00Z",
        end: "2026-02-04T01:00:00Z",
        attendees: [],
      },
    ];
    expect(findInterviewTime(docs, "2026-02-05T00:00:00Z")).toMatchObject({
      start: "2026-02-04T00:00:00Z",
      basis: "invite.ics",
    });
  });

  it.each([
    ["Thu Jan 15, 60 minutes in person.", "2026-01-20T10:00:00Z", "2026-01-15"],
    // A weekday and the day of the month as an ordinal: the 18th that is a Wednesday, not this Wednesday.
    ["Wed 18th 10-11, the director and a senior analyst", "2026-11-25T14:00:00Z", "2026-11-18"],
    ["Tuesday the 3rd, panel", "2026-11-25T14:00:00Z", "2026-11-03"],
    ["Tue 10 Feb, written the same evening.", "2026-02-10T20:00:00-06:00", "2026-02-10"],
    ["Interview on 3 December.", "2026-01-10T10:00:00Z", "2025-12-03"],
    ["Thurs. 12 March, panel of three.", "2026-03-13T10:00:00Z", "2026-03-12"],
    ["Sept 3 — second round.", "2026-09-04T10:00:00Z", "2026-09-03"],
    ["Wednesday: call with the founders.", "2026-03-06T10:00:00Z", "2026-03-04"],
  ])("%s (now %s) → %s", (text, now, day) => {
    expect(findInterviewTime(notes(text), now).start?.slice(0, 10)).toBe(day);
  });

  it("finds nothing where no date is written", () => {
    expect(findInterviewTime(notes("We talked for an hour."), "2026-01-20T10:00:00Z")).toEqual({});
    // Words that only start like a weekday or month: friendly, decision, market, junior, saturated.
    expect(
      findInterviewTime(
        notes("Friendly talk on the decision, the market and junior hires; saturated team."),
        "2026-01-20T10:00:00Z",
      ),
    ).toEqual({});
  });
});

describe("findInterviewTime, in the offset `now` is written in", () => {
  // The day written in the notes is read in now's offset, however that offset is written.
  it.each([
    ["2026-02-11T09:00:00+09:00", "2026-02-10"],
    ["2026-02-11T09:00:00+0900", "2026-02-10"],
    ["2026-02-11T09:00:00-05:30", "2026-02-10"],
    ["2026-02-11T09:00:00Z", "2026-02-10"],
  ])("now %s", (now, day) => {
    const start = findInterviewTime(notes("Tue 10 Feb, 9:30am with the team lead."), now).start;
    expect(start).toBeDefined();
    const offsetMs = { "+09:00": 9, "+0900": 9, "-05:30": -5.5, Z: 0 }[now.slice(19)] ?? 0;
    // 9:30 on the day written, in now's offset.
    expect(Date.parse(start ?? "")).toBe(Date.parse(`${day}T09:30:00Z`) - offsetMs * 3_600_000);
  });
});
