import { describe, expect, it } from "vitest";
import type { NotesDoc } from "../read/documents.js";
import { dayToldBelow } from "./told-day.js";

const NOW = Date.parse("2026-12-03T09:00:00Z");
const inRange = (ms: number) => ms <= NOW && ms > NOW - 180 * 86_400_000;
const notes = (below: string): NotesDoc[] => [
  { kind: "notes", source: "notes.md", text: `Brisk Lamps - buyer\n\n- a\n- b\n- c\n- d\n\n${below}\n` },
];

describe("dayToldBelow", () => {
  it.each([
    ["Interview was Thursday 26 Nov.", "2026-11-26"],
    ["Interview date: 24 November", "2026-11-24"],
    ["The call with Ines Roth was on 25 Nov, 40 minutes.", "2026-11-25"],
    // A semicolon parts two meetings' clauses; a stop before a word in lower case ends no sentence.
    ["Interview was on 23 Nov; the final round is on 8 Dec.", "2026-11-23"],
    ["Met Ines at 9 a.m. interview was on 23 Nov.", "2026-11-23"],
  ])("%s", (line, day) => {
    expect(dayToldBelow(notes(line), NOW, "+00:00", inRange)?.start.slice(0, 10)).toBe(day);
  });

  it.each([
    ["a weekday alone names no date", "Interview was Thursday, went fine."],
    ["another meeting's day", "Final round interview on 8 Dec."],
    ["a day still to come", "Interview: 14 December"],
  ])("reads none: %s", (_name, line) => {
    expect(dayToldBelow(notes(line), NOW, "+00:00", inRange)).toBeUndefined();
  });
});
