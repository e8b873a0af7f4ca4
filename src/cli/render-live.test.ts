import { describe, expect, it } from "vitest";
import type { LiveSignalNote, LiveSnapshot } from "../core/read/live-session.js";
import { formatMinutes, renderBoard } from "./render-live.js";

function snapshot(over: Partial<LiveSnapshot> = {}): LiveSnapshot {
  return {
    signals: [],
    read: { band: "mixed", score: 0.5, summary: "", contributions: [], caveats: [] },
    context: [],
    length: {},
    talkShare: [],
    candidate: { names: [], how: "unknown", basis: "not found" },
    skipped: [],
    provisional: true,
    turns: 0,
    ...over,
  };
}

const note = (i: number): LiveSignalNote => ({
  id: "positive-feedback",
  label: `Signal ${i}`,
  polarity: i % 2 === 0 ? "positive" : "negative",
  minute: i,
  quote: `Quote number ${i} that goes on for a while so it has to be cut somewhere on a narrow terminal`,
  speaker: "Pat Lee",
});

describe("renderBoard", () => {
  it("waits for the transcript before the first turn", () => {
    const lines = renderBoard(
      { source: "t.vtt", snapshot: snapshot(), heard: [] },
      { color: false, width: 80 },
    );
    expect(lines).toEqual([
      "● LIVE  t.vtt  waiting for the transcript…  ·  0 turns",
      "Read so far: MIXED 0.50  ·  0 positive, 0 negative  (provisional)",
      "  no signals yet",
      "Ctrl-C: stop and show the full read",
    ]);
  });

  it("shows the time against the slot, over it when it runs long, and the talk share", () => {
    const lines = renderBoard(
      {
        source: "t.vtt",
        snapshot: snapshot({
          turns: 40,
          elapsed: { minutes: 52.5, basis: "transcript" },
          scheduledMinutes: 45,
          talkShare: [
            { speaker: "Pat Lee", words: 600, share: 0.6, isCandidate: false },
            { speaker: "Sam Roe", words: 400, share: 0.4, isCandidate: true },
          ],
        }),
        heard: [note(2)],
      },
      { color: false, width: 200 },
    );
    expect(lines[0]).toBe("● LIVE  t.vtt  52:30 of 45:00 (+07:30 over)  ·  40 turns");
    expect(lines[2]).toBe("Talk: Pat Lee 60% · Sam Roe (you) 40%");
    expect(lines[3]).toBe(`  +   2′  Signal 2  “${note(2).quote}” — Pat Lee`);
  });

  it("keeps every line within the width, and lists only the latest signals", () => {
    const heard = Array.from({ length: 12 }, (_, i) => note(i));
    const lines = renderBoard(
      { source: "t.vtt", snapshot: snapshot({ turns: 99 }), heard },
      { color: true, width: 40, maxSignals: 5 },
    );
    const plain = lines.map((l) => l.replace(new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`, "g"), ""));
    for (const l of plain) expect(l.length).toBeLessThanOrEqual(40);
    expect(plain).toContain("  … 7 heard earlier");
    expect(plain.filter((l) => l.includes("Signal"))).toHaveLength(5);
    expect(plain.some((l) => l.endsWith("…"))).toBe(true);
  });

  it("formats minutes as mm:ss, and hours when there are some", () => {
    expect([formatMinutes(0), formatMinutes(5.25), formatMinutes(90)]).toEqual(["00:00", "05:15", "1:30:00"]);
  });
});
