import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("superficial-questions", () => {
  cueExamples("superficial-questions", {
    fires: [
      "He asked very standard questions, nothing unexpected.",
      "The interviewer didn't really ask any questions.",
      "It felt like she was just filling out a checklist.",
      "Questions were completely behavioral ones.",
    ],
    not: [
      "They asked standard DSA questions on arrays.",
      "I had no questions to ask at the end.",
      "They sent me a satisfaction survey afterwards.",
      "No follow-up from HR since the interview.",
    ],
  });
});
