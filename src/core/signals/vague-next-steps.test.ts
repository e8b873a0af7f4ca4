import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

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
