import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("questions-discouraged", () => {
  cueExamples("questions-discouraged", {
    fires: [
      "I asked how the targets are set and he said that all comes later.",
      "I asked about the software and she said that's covered once you join.",
      "I had four questions written down and got to ask just one.",
      'I asked about the sales target for next year, she said "that\'s set by corporate".',
      "Couldn't tell me about clients because of an NDA.",
      "When I started asking questions he said we were out of time and to email any questions to HR.",
      "She said they weren't taking questions today.",
    ],
    not: [
      "They said I could ask them anything, so I asked two.",
      "I couldn't tell if she liked the answer.",
      "She said they can't say yet when they will decide.",
      "They answered all my questions.",
      "I had no more questions.",
      "He said to email him any questions I think of later.",
    ],
  });
});
