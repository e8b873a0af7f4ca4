import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords } from "./count-words.js";

/** What countWords stands for. */
const bySplitting = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("countWords", () => {
  it.each([
    ["", 0],
    ["   ", 0],
    ["one", 1],
    ["  two  words ", 2],
    ["tab\tand\nline\r\nends", 4],
    ["no\u00a0break and\u2009thin\u3000ideographic\ufeffmark", 6],
    ["emoji 🙂 counts", 3],
  ])("counts %j as %i words", (text, words) => {
    expect(countWords(text)).toBe(words);
    expect(bySplitting(text)).toBe(words);
  });

  it("counts as splitting at white space does, whatever the characters", () => {
    const pieces = fc.constantFrom(
      "a",
      "é",
      "'",
      "-",
      "🙂",
      " ",
      "\t",
      "\n",
      "\u000b",
      "\u00a0",
      "\u0085",
      "\u1680",
      "\u180e",
      "\u2000",
      "\u200a",
      "\u200b",
      "\u2028",
      "\u202f",
      "\u205f",
      "\u3000",
      "\ufeff",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(countWords(text)).toBe(bySplitting(text));
      }),
      { numRuns: 300 },
    );
    // Every UTF-16 code unit, alone between two letters.
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      if (countWords(text) !== bySplitting(text)) expect(code.toString(16)).toBe("a space either way");
    }
  });
});
