import { describe, expect, it } from "vitest";
import { looksLikeCueTiming, parseCueTiming } from "./parse-cue-timing.js";

describe("parseCueTiming", () => {
  it.each([
    ["00:00:01.000 --> 00:00:04.000", 1, 4, ""],
    ["00:00:01,000 --> 00:00:04,000", 1, 4, ""],
    ["01:02.000 --> 01:05.500 align:start position:10%", 62, 65.5, "align:start position:10%"],
    ["00:00:01.000-->00:00:02.000", 1, 2, ""],
    ["00:00:03.000 --> 00:00:03.000", 3, 3, ""],
    ["00:01.000 --> 00:02.500line:40% size:50%", 1, 2.5, "line:40% size:50%"],
  ])("reads %j", (line, start, end, settings) => {
    expect(parseCueTiming(line)).toEqual({ ok: true, start, end, settings });
  });

  it.each([
    ["00:00:0x.000 --> 00:00:04.000", /start time "00:00:0x.000"/],
    ["00:00:01.000 --> ", /end time \(missing\)/],
    ["00:00:01.000 --> 00:00:99.000", /end time "00:00:99.000"/],
    ["00:00:05.000 --> 00:00:04.000", /before start time/],
    ["00:00:01.000 00:00:04.000", /no '-->'/],
  ])("refuses %j", (line, message) => {
    const result = parseCueTiming(line);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe("looksLikeCueTiming", () => {
  it.each([
    ["00:00:01.000 --> 00:00:04.000", true],
    ["00:00:0x.000 --> nonsense", true],
    ["--> 00:00:04.000", true],
    ["00:00:01,000 -> 00:00:04,000", true],
    ["00:00:01.000 —> 00:00:04.000", true],
    ["10:30 -> we met", true],
    ["Step 1 --> step 2", false],
    ["then --> we ship", false],
    ["no arrow here 00:00:01.000", false],
    ["00:00:01.000 - 00:00:04.000", false],
    ["10:30 we met -> then left", false],
  ])("%j is %s", (line, expected) => {
    expect(looksLikeCueTiming(line)).toBe(expected);
  });
});
