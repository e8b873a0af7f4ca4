import { describe, expect, it } from "vitest";
import { turnPronouns } from "./turn-pronouns.js";

describe("turnPronouns", () => {
  it.each([
    ["you'd own the ingestion service", "speech", "I'd own the ingestion service"],
    ["we are hiring two engineers", "speech", "you are hiring two engineers"],
    ["what you build on Monday ships on Thursday", "speech", "what I build on Monday ships on Thursday"],
    ["I told you about our team", "speech", "You told me about your team"],
    ["as I said, we ship weekly", "speech", "as you said, you ship weekly"],
    ["you are the first hire", "speech", "I am the first hire"],
    ["she runs the design critique", "narration", "you run the design critique"],
    ["they hold critique every Thursday", "narration", "you hold critique every Thursday"],
    ["why she left her bank job", "narration", "why you left your bank job"],
    ["the tour I asked her about", "narration", "the tour I asked you about"],
    ["she's been there six years", "narration", "you've been there six years"],
  ] as const)("%s (%s)", (text, voice, turned) => {
    expect(turnPronouns(text, voice)).toBe(turned);
  });
});
