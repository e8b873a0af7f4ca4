import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("cut-short", () => {
  cueExamples("cut-short", {
    fires: ["My interview was just 5 minutes.", "The interview was very short."],
    not: ["You only have 50 minutes for 50 questions."],
  });
});
