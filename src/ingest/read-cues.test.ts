import { describe, expect, it } from "vitest";
import { looksLikeCueId, readCues } from "./read-cues.js";

const opts = { source: "t.srt", example: "00:00:01,000 --> 00:00:04,000" };
const textsOf = (text: string) =>
  readCues(text.split("\n"), opts).cues.map((c) => c.lines.map((l) => l.text).join("|"));

describe("readCues", () => {
  it("reads numbered blocks", () => {
    const { cues, warnings } = readCues(
      ["1", "00:00:01,000 --> 00:00:02,000", "Hello", "", "2", "00:00:03,000 --> 00:00:04,000", "Bye"],
      opts,
    );
    expect(warnings).toEqual([]);
    expect(cues).toEqual([
      { start: 1, end: 2, timingLine: 2, lines: [{ text: "Hello", line: 3 }] },
      { start: 3, end: 4, timingLine: 6, lines: [{ text: "Bye", line: 7 }] },
    ]);
  });

  it.each([
    [
      "a missing blank line",
      "1\n00:00:01,000 --> 00:00:02,000\nHello\n2\n00:00:03,000 --> 00:00:04,000\nBye",
      ["Hello", "Bye"],
    ],
    [
      "a stray blank line inside a cue",
      "00:00:01,000 --> 00:00:02,000\nHello\n\nagain\n\n00:00:03,000 --> 00:00:04,000\nBye",
      ["Hello|again", "Bye"],
    ],
    [
      "missing numbers",
      "00:00:01,000 --> 00:00:02,000\nHello\n\n00:00:03,000 --> 00:00:04,000\nBye",
      ["Hello", "Bye"],
    ],
    [
      "a stray number",
      "00:00:01,000 --> 00:00:02,000\nHello\n\n7\n\n00:00:03,000 --> 00:00:04,000\nBye",
      ["Hello", "Bye"],
    ],
  ])("tolerates %s", (_, text, expected) => {
    expect(textsOf(text)).toEqual(expected);
  });

  it("warns about a bad timing line, drops that cue's text and keeps the rest", () => {
    const { cues, warnings } = readCues(
      [
        "00:00:01,000 --> 00:00:02,000",
        "Hello",
        "",
        "00:00:x --> 00:00:04,000",
        "Lost",
        "",
        "more lost",
        "",
        "00:00:05,000 --> 00:00:06,000",
        "Bye",
      ],
      opts,
    );
    expect(cues.map((c) => c.lines.map((l) => l.text))).toEqual([["Hello"], ["Bye"]]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ source: "t.srt", line: 4, excerpt: "00:00:x --> 00:00:04,000" });
    expect(warnings[0]?.message).toMatch(/start time "00:00:x" is not a time.*cue skipped/);
  });

  it("warns once about text before the first cue", () => {
    const { cues, warnings } = readCues(
      ["Title", "subtitle", "", "00:00:01,000 --> 00:00:02,000", "Hi"],
      opts,
    );
    expect(cues).toHaveLength(1);
    expect(warnings).toEqual([expect.objectContaining({ line: 1, excerpt: "Title" })]);
  });

  it("skips blocks the caller names", () => {
    const { cues, warnings } = readCues(
      ["NOTE a note", "more note", "", "00:00:01.000 --> 00:00:02.000", "Hi"],
      {
        ...opts,
        isSkippedBlock: (line) => line.startsWith("NOTE"),
      },
    );
    expect(warnings).toEqual([]);
    expect(cues).toHaveLength(1);
  });
});

describe("looksLikeCueId", () => {
  it.each([
    ["12", true],
    ["d5e3a1c2-8f7b-4c1e-9a2b-3c4d5e6f7a8b/12-0", true],
    ["Hello", false],
    ["12 apples", false],
  ])("%j is %s", (line, expected) => {
    expect(looksLikeCueId(line)).toBe(expected);
  });
});
