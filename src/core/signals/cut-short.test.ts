import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("cut-short", () => {
  cueExamples("cut-short", {
    fires: [
      "She was double-booked, so we had fifteen minutes.",
      "Barely ten minutes in the end, she had said fifteen twenty at the start.",
      "It was pretty quick, like fifteen min.",
      "My interview was just 5 minutes.",
      "The interview was very short.",
    ],
    not: [
      "I told the story of the double-booked wedding party.",
      "It was quick to get there on the tram.",
      "The whole process was quick, two weeks from application to offer.",
      "You only have 50 minutes for 50 questions.",
    ],
  });
});
