import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("questions-discouraged", () => {
  cueExamples("questions-discouraged", {
    fires: [
      "I asked about the team size and the chair said details at offer stage.",
      "I asked about the rota and they said you'll learn all that in training.",
      "I had three questions ready and could ask only one.",
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
