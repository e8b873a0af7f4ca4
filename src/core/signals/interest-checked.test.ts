import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("interest-checked", () => {
  cueExamples("interest-checked", {
    fires: [
      "She asked how interested I was in the role.",
      "He asked if I would accept an offer in that range.",
      "At the end she asked whether this job is my first choice.",
    ],
    not: ["I asked whether they were interested in remote candidates."],
  });
});
