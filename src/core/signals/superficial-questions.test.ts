import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("superficial-questions", () => {
  cueExamples("superficial-questions", {
    fires: [
      "He asked very standard questions, nothing unexpected.",
      "The interviewer didn't really ask any questions.",
      "It felt like she was just filling out a checklist.",
      "Questions were completely behavioral ones.",
      "Just the usual questions, nothing about the actual work.",
    ],
    not: [
      "They asked standard DSA questions on arrays.",
      "I had no questions to ask at the end.",
      "They sent me a satisfaction survey afterwards.",
      "No follow-up from HR since the interview.",
      // A kind of question named, as a review lists them, is no judgement that they were shallow.
      "Usual competency questions about teamwork, then a case study.",
      "Common questions on my last placement and a short test.",
    ],
  });
});
