import { describe, expect, it } from "vitest";
import { cleanCueText, collapseSpace, stripCueTags } from "./clean-cue-text.js";

describe("stripCueTags", () => {
  it.each([
    ["<i>hello</i> <b>there</b>", "hello there"],
    ["<c.yellow>word</c>", "word"],
    ["one<00:00:01.000> two", "one two"],
    ['<font color="#ff0">loud</font>', "loud"],
    ["{\\an8}top of screen", "top of screen"],
    ["x < y and y > z", "x  z"],
    ["a < b", "a < b"],
  ])("%j → %j", (text, expected) => {
    expect(stripCueTags(text)).toBe(expected);
  });

  it("stays linear on a megabyte of open brackets", () => {
    const text = "<".repeat(1_000_000);
    expect(stripCueTags(text)).toBe(text);
  });
});

describe("cleanCueText", () => {
  it("strips tags, decodes entities and collapses space", () => {
    expect(cleanCueText("  <i>Fish &amp; chips</i>\n&nbsp;tonight  ")).toBe("Fish & chips tonight");
  });

  it("keeps decoded angle brackets as text", () => {
    expect(cleanCueText("&lt;b&gt; is bold")).toBe("<b> is bold");
  });
});

describe("collapseSpace", () => {
  it("makes every run of whitespace one space", () => {
    expect(collapseSpace(" a \t\n b\u00a0 c ")).toBe("a b c");
  });
});
