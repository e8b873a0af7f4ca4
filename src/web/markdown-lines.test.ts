import { describe, expect, it } from "vitest";
import { inlineRanges, MAX_INLINE, markdownLines } from "./markdown-lines.js";

const words = (text: string) => markdownLines(text).map((l) => [l.kind, text.slice(l.start, l.end)]);

describe("markdownLines", () => {
  it("names each line's kind and keeps only its words, at the original offsets", () => {
    const text =
      "# Round 2 with the platform team ##\n\n- asked about on-call\n* liked the queue answer\n1. next: a take-home\n> they will write by Friday\nPlain line, #not a heading\n   \n";
    expect(words(text)).toEqual([
      ["heading", "Round 2 with the platform team"],
      ["blank", ""],
      ["bullet", "asked about on-call"],
      ["bullet", "liked the queue answer"],
      ["number", "next: a take-home"],
      ["quote", "they will write by Friday"],
      ["text", "Plain line, #not a heading"],
      ["blank", "   "],
      ["blank", ""],
    ]);
  });

  it("takes CRLF lines, and a line that only looks like a marker is text", () => {
    expect(words("#hashtag\r\n-5 degrees\r\n2026. A year")).toEqual([
      ["text", "#hashtag"],
      ["text", "-5 degrees"],
      ["text", "2026. A year"],
    ]);
  });
});

describe("inlineRanges", () => {
  const styled = (text: string) =>
    inlineRanges(text, 0, text.length).map((r) => [r.style, text.slice(r.start, r.end)]);

  it("hides the markers and styles the words of strong, em and code", () => {
    expect(styled("She said **exactly** what they *need*, see `queue.ts`")).toEqual([
      ["hide", "**"],
      ["strong", "exactly"],
      ["hide", "**"],
      ["hide", "*"],
      ["em", "need"],
      ["hide", "*"],
      ["hide", "`"],
      ["code", "queue.ts"],
      ["hide", "`"],
    ]);
  });

  it("leaves snake_case, a lone star, and 2 * 3 * 4 alone", () => {
    expect(styled("my_var_name and 5 * 6 * 7 and a * star")).toEqual([]);
  });

  it("leaves a line longer than MAX_INLINE plain", () => {
    const text = `**b** ${"*a ".repeat(MAX_INLINE)}`;
    expect(inlineRanges(text, 0, text.length)).toEqual([]);
    expect(inlineRanges(text, 0, 5).map((r) => r.style)).toEqual(["hide", "strong", "hide"]);
  });

  it("keeps every range inside the line it was given, on a run of markers too", () => {
    const text = `x ${"*".repeat(900)}a${"_".repeat(900)} **b** y`;
    const from = 2;
    const to = text.length - 2;
    const ranges = inlineRanges(text, from, to);
    expect(ranges.length).toBeGreaterThan(0);
    for (const r of ranges) {
      expect(r.start).toBeGreaterThanOrEqual(from);
      expect(r.end).toBeLessThanOrEqual(to);
      expect(r.end).toBeGreaterThan(r.start);
    }
  });
});
