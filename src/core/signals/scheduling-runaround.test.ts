import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("scheduling-runaround", () => {
  cueExamples("scheduling-runaround", {
    fires: ["They rescheduled my interview two times."],
    not: [],
  });
});
