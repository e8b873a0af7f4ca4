import { describe, expect, it } from "vitest";
import { parseTimestamp } from "./parse-timestamp.js";

describe("parseTimestamp", () => {
  it.each([
    ["00:00:01.000", 1],
    ["01:02:03.500", 3723.5],
    ["00:01:02,250", 62.25],
    ["02:03.400", 123.4],
    ["0:03", 3],
    ["1:02:03", 3723],
    ["75:30", 4530],
    ["100:00:00.000", 360000],
    [" 00:00:05.5 ", 5.5],
  ])("reads %j as %d seconds", (text, seconds) => {
    expect(parseTimestamp(text)).toBeCloseTo(seconds, 6);
  });

  it.each([
    "",
    "00:00:0x.000",
    "00:61:00.000",
    "00:00:60.000",
    "10",
    "1:2:3",
    "00:00:01.0000",
    "00:00:01.",
    "-00:00:01.000",
    "0:".repeat(100_000),
  ])("refuses %j", (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
});
