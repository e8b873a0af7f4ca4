import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("sold-the-role", () => {
  cueExamples("sold-the-role", {
    fires: ["She spent the first ten minutes selling the practice to me."],
    not: ["He didn't try to sell the role at all.", "I tried to sell myself rather than the project."],
  });
});
