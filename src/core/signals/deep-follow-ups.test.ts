import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("deep-follow-ups", () => {
  cueExamples("deep-follow-ups", {
    fires: [
      "She kept asking follow-up questions about the migration.",
      "He dug into every number on my slide.",
      "He asked me to go deeper on the outage, then asked why again.",
    ],
    not: [
      "She asked the standard questions and moved on.",
      "I asked a lot of follow-up questions about the team.",
    ],
  });
});
