import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("met-the-team", () => {
  cueExamples("met-the-team", {
    fires: ["Met with two of the peers I would be working with.", "The boss walked in and said hello."],
    not: [
      "I had a meeting with my team about the offer.",
      "Next time I hope to meet with the team.",
      "It may include meetings with team members or a tour of the office.",
      "They asked me to come in for an interview.",
      "They asked everything in relation to the job description, with the manager present.",
    ],
  });
});
