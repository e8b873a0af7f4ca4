import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("ran-long", () => {
  cueExamples("ran-long", {
    fires: [
      "We were booked for 45 minutes and went on for an hour and a quarter.",
      "It ran 20 minutes over the hour.",
      "We went over time by a good half hour.",
      "Honestly we went way over, nobody was watching the clock.",
    ],
    not: [
      "The recruiter said things are taking a little longer than planned.",
      "I hope it doesn't run over, I have a train.",
      "We went over my CV for ten minutes.",
      "He said interviews often run over.",
      "The quote went way over my budget.",
    ],
  });
});
