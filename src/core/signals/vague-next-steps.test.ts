import { describe, expect, it } from "vitest";
import { cueExamples, idsFromNotes } from "../../../test/cue-examples.js";

describe("vague-next-steps", () => {
  cueExamples("vague-next-steps", {
    fires: [
      '"The recruitment team will be in touch", no date given.',
      "We will contact you regarding the result.",
      "At the end he just said we'll be in touch.",
      "No timeline, no next steps, just 'we'll let you know'.",
    ],
    not: ["We will contact you by Friday.", "She said they'd decide by Friday and call me either way."],
  });
});

// Kept apart from the lists above, which the learned part trains on.
describe("vague-next-steps, a span with no edge", () => {
  it.each([
    "At the end he said they would decide in the coming weeks.",
    "She said they would get back to me in due course.",
    'Next step: "the panel will be in touch", no date given.',
  ])("reads it as vague, not specific ← %s", (text) => {
    const ids = idsFromNotes(text);
    expect(ids).toContain("vague-next-steps");
    expect(ids).not.toContain("specific-next-steps");
  });
});
