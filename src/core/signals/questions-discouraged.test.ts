import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("questions-discouraged", () => {
  cueExamples("questions-discouraged", {
    fires: [
      "When I started asking questions he said we were out of time and to email any questions to HR.",
      "She said they weren't taking questions today.",
    ],
    not: [
      "They answered all my questions.",
      "I had no more questions.",
      "He said to email him any questions I think of later.",
    ],
  });
});
