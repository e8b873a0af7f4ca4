import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("vague-next-steps", () => {
  cueExamples("vague-next-steps", {
    fires: [
      "At the end he just said we'll be in touch.",
      "No timeline, no next steps, just 'we'll let you know'.",
    ],
    not: ["She said they'd decide by Friday and call me either way."],
  });
});
