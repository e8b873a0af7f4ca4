import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("growth-discussed", () => {
  cueExamples("growth-discussed", {
    fires: [
      "I asked about training and she said the council supports the qualification after probation.",
      "They have a budget for courses, and one of the team is doing a diploma module, paid.",
      "We talked about where I want to be in five years and how people get promoted there.",
      "She described the career path from analyst to manager.",
      "He asked about my long-term goals and the training budget they offer.",
    ],
    not: [
      "I paid for the course myself last year.",
      "Nobody mentioned progression at all.",
      "I asked about growth but got no answer.",
    ],
  });
});
