import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

// What the sentence splitters of before agreed on: a sentence ends at ".", "!" or "?" before the next
// one's capital or number, and never runs across a blank line.
describe("splitSentences", () => {
  it("ends a sentence at its stop before a capital, a number or an opening quote", () => {
    expect(
      splitSentences("Thanks for coming in. We will write by Friday! Any questions? 3 people said so."),
    ).toEqual(["Thanks for coming in.", "We will write by Friday!", "Any questions?", "3 people said so."]);
    expect(splitSentences('She paused. "Tell me more."')).toEqual(["She paused.", '"Tell me more."']);
    // A capital beyond A-Z too, as the role and company reader had it.
    expect(splitSentences("We met at ten. Øyvind led the tour.")).toEqual([
      "We met at ten.",
      "Øyvind led the tour.",
    ]);
  });

  it("joins a sentence wrapped over lines, and never joins across a blank line", () => {
    expect(splitSentences("We would like to\ninvite you back\n\nBest wishes")).toEqual([
      "We would like to invite you back",
      "Best wishes",
    ]);
  });

  it("does not end a sentence before a word in lower case (an abbreviation, a version)", () => {
    expect(splitSentences("Bring your ID, e.g. a passport. See you then.")).toEqual([
      "Bring your ID, e.g. a passport.",
      "See you then.",
    ]);
  });
});
