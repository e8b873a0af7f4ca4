import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("contact-shared", () => {
  cueExamples("contact-shared", {
    fires: [
      "She gave me her own email address and said to write anytime.",
      "He handed me his personal cell number.",
    ],
    not: [
      "I was given an option to solve it on my own time and email the solution to the manager within a day.",
    ],
  });
});
