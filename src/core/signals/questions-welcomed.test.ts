import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("questions-welcomed", () => {
  cueExamples("questions-welcomed", {
    fires: ["They left a good twenty minutes for my questions and answered every one in detail."],
    not: ["There was no time for my questions."],
  });
});
