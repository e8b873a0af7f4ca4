import { describe, expect, it } from "vitest";
import { readSentences } from "./nlp.js";
import { RUN_ON_TOKENS, stretchOf } from "./run-on.js";

const tokensOf = (text: string) => readSentences(text)[0]?.tokens ?? [];
const words = (text: string, at: string) => {
  const tokens = tokensOf(text);
  const i = tokens.findIndex((t) => t.text === at);
  const s = stretchOf(tokens, i, i);
  return tokens
    .slice(s.start, s.end + 1)
    .map((t) => t.raw ?? t.text)
    .join(" ");
};

describe("stretchOf", () => {
  const memo =
    "so first there was the forklift test with the trainer and he said my reversing was spot on and then the manager showed me the loading bay and I said if I get it I would hand my notice in on friday";

  it("reads a run-on sentence stretch by stretch, where a joiner brings a new subject: 'and he', 'and I'", () => {
    expect(tokensOf(memo).length).toBeGreaterThan(RUN_ON_TOKENS);
    expect(words(memo, "spot")).toBe(
      "and he said my reversing was spot on and then the manager showed me the loading bay",
    );
    expect(words(memo, "notice")).toBe("and i said if i get it i would hand my notice in on friday");
  });

  it("opens a stretch at a subject straight after a noun: '…my last job I was…'", () => {
    const text =
      "they asked about the warehouse and the forklift licence and the night shifts at my last job I was never late once in three years and that seemed to land well with both of them";
    expect(words(text, "late")).toBe(
      "i was never late once in three years and that seemed to land well with both of them",
    );
  });

  it("keeps a short sentence whole", () => {
    const text = "If you are successful we will call you on Friday.";
    const tokens = tokensOf(text);
    expect(stretchOf(tokens, 3, 3)).toEqual({ start: 0, end: tokens.length - 1 });
  });
});
