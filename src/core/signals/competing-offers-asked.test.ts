import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("competing-offers-asked", () => {
  cueExamples("competing-offers-asked", {
    fires: [
      "She ask also if I have other applications running.",
      "Is there anything on your side timing-wise we should know about?",
      "The recruiter asked me to let her know if the other process moves on.",
      "She asked where else I'm interviewing.",
      "He wanted to know if I had any other offers on the table.",
      "The recruiter asked about my timeline with other companies.",
    ],
    not: [
      "I asked if they had other applications from internal people.",
      "I told them nothing about other offers, and nobody asked.",
      "I asked if they had other candidates.",
    ],
  });
});
