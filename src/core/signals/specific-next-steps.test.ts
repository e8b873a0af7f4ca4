import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("specific-next-steps", () => {
  cueExamples("specific-next-steps", {
    fires: ["She said \"if you're successful you'll get an email within two weeks.\""],
    not: ["If I don't hear by Friday I will email them."],
  });
});
