import { describe, expect, it } from "vitest";
import { compilePattern, findMatches, isNegated } from "./match-pattern.js";
import { readSentences } from "./nlp.js";

function tokensOf(text: string) {
  return readSentences(text)[0]?.tokens ?? [];
}

describe("compilePattern and findMatches", () => {
  it.each([
    ["ask|wonder ~3 start", "She asked when I could start.", true],
    ["ask|wonder ~3 start", "I started asking questions.", false],
    ["next_step", "Next steps were clear.", true],
    ["can't ~2 say", "I can't really say.", true],
    ["day-to-day", "We went through the day-to-day.", true],
    ["reschedul* ~2 again", "They rescheduled it again.", true],
    ["by ~1 #ordinal", "Decision by the 13th.", true],
    ["by ~1 #ordinal", "Decision by Friday.", false],
    ["with ~1 #name", "A panel with Odile next week.", true],
    ["with ~1 #name", "A panel with the team next week.", false],
  ])("%s in %j → %s", (pattern, text, expected) => {
    expect(findMatches(compilePattern(pattern), tokensOf(text)).length > 0).toBe(expected);
  });

  it("rejects malformed patterns", () => {
    expect(() => compilePattern("a||b")).toThrow(/empty alternative/);
    expect(() => compilePattern("a ~x b")).toThrow(/bad gap/);
    expect(() => compilePattern("#nonsense")).toThrow(/empty alternative/);
    expect(() => compilePattern("   ")).toThrow(/empty pattern/);
  });
});

describe("isNegated", () => {
  const negatedAt = (pattern: string, text: string) => {
    const tokens = tokensOf(text);
    const [m] = findMatches(compilePattern(pattern), tokens);
    if (!m) throw new Error(`no match for ${pattern} in ${text}`);
    return isNegated(tokens, m);
  };
  it.each([
    ["mention ~2 next_step", "He never mentioned next steps.", true],
    ["tour", "There was no tour.", true],
    ["salary", "Salary never came up.", true],
    ["tour", "She gave me a tour.", false],
    // A negation does not reach across "and" or into a quotation.
    ["decide ~6 candidate", 'I got no feedback and the "team decided on other candidates".', false],
    ["tour", "It wasn't long, but there was a tour.", false],
    // A negation inside the match, in a gap between its words, negates it too.
    ["be ~2 friendly", "He was not very friendly.", true],
    ["i ~2 get ~1 selected", "I did not get selected.", true],
    ["be ~2 friendly", "He was very friendly.", false],
    // A list carries its negation over its commas, but not into a clause or an item of its own.
    ["pension", "Nobody went into the rota, pension or parking.", true],
    ["pension", "No rush, the pension is generous.", false],
    ["pension", "No parking, a decent pension.", false],
    // A quotation denied as a whole.
    ["when ~3 start", 'No "when can you start" at all.', true],
  ])("%s in %j → %s", (pattern, text, expected) => {
    expect(negatedAt(pattern, text)).toBe(expected);
  });
});
