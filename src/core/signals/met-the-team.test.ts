import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("met-the-team", () => {
  cueExamples("met-the-team", {
    fires: ["The boss walked in and said hello."],
    not: [
      "It may include meetings with team members or a tour of the office.",
      "They asked me to come in for an interview.",
      "They asked everything in relation to the job description, with the manager present.",
    ],
  });
});
