import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("hiring-manager-call", () => {
  cueExamples("hiring-manager-call", {
    fires: [],
    not: ["I got a call from the recruiting manager about the phone interview."],
  });
});
