import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("kept-warm", () => {
  cueExamples("kept-warm", {
    fires: ["She has sent me an update every few days, as promised."],
    not: ["I haven't heard anything since."],
  });
});
