import { describe, expect, it } from "vitest";
import { splitLines } from "./split-lines.js";

describe("splitLines", () => {
  it.each([
    ["a\nb", ["a", "b"]],
    ["a\r\nb", ["a", "b"]],
    ["a\rb", ["a", "b"]],
    ["a\r\n\r\nb\n", ["a", "", "b", ""]],
    ["", [""]],
  ])("splits %j", (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });
});
