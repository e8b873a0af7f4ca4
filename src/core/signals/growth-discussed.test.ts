import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("growth-discussed", () => {
  cueExamples("growth-discussed", {
    fires: [
      "We talked about where I want to be in five years and how people get promoted there.",
      "She described the career path from analyst to manager.",
      "He asked about my long-term goals and the training budget they offer.",
    ],
    not: ["Nobody mentioned progression at all.", "I asked about growth but got no answer."],
  });
});
