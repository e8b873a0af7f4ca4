import { describe, expect, it } from "vitest";
import { normaliseVoiceName, splitCueVoices } from "./split-cue-voices.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 10 }));

describe("normaliseVoiceName", () => {
  it.each([
    ["Jordan Lee", "Jordan Lee"],
    ["  Jordan   Lee ", "Jordan Lee"],
    ["Lee, Jordan", "Jordan Lee"],
    ["O'Neil, Mary-Kate", "Mary-Kate O'Neil"],
    ["Smith, J.", "Smith, J."],
    ["Smith, John (Guest)", "Smith, John (Guest)"],
    ["Smith, John, Jr", "Smith, John, Jr"],
    ["Smith,", "Smith,"],
  ])("%j → %j", (name, expected) => {
    expect(normaliseVoiceName(name)).toBe(expected);
  });
});

describe("splitCueVoices", () => {
  it("reads the voice and joins lines with a space", () => {
    expect(splitCueVoices(lines("<v Jordan Lee>Hello", "there.</v>"))).toEqual([
      { speaker: "Jordan Lee", text: "Hello there.", line: 10 },
    ]);
  });

  it("reads voice classes and Teams names", () => {
    expect(splitCueVoices(lines("<v.loud Lee, Jordan>Hi"))).toEqual([
      { speaker: "Jordan Lee", text: "Hi", line: 10 },
    ]);
  });

  it("splits a cue where the voice changes", () => {
    expect(splitCueVoices(lines("<v Ann>Hi.</v>", "<v Bob>Hello.</v>"))).toEqual([
      { speaker: "Ann", text: "Hi.", line: 10 },
      { speaker: "Bob", text: "Hello.", line: 11 },
    ]);
  });

  it("keeps one segment when the same voice is tagged twice", () => {
    expect(splitCueVoices(lines("<v Ann>Hi.</v>", "<v Ann>Again.</v>"))).toHaveLength(1);
  });

  it("has no speaker without a voice tag, and strips other tags", () => {
    expect(splitCueVoices(lines("<i>Just</i> <c.blue>text</c> &amp; more"))).toEqual([
      { text: "Just text & more", line: 10 },
    ]);
  });

  it("drops segments without words", () => {
    expect(splitCueVoices(lines("<v Ann></v>", "  "))).toEqual([]);
  });

  it("does not take <video> or <vx> for a voice", () => {
    expect(splitCueVoices(lines("<vx>a</vx> <video>b"))).toEqual([{ text: "a b", line: 10 }]);
  });
});
