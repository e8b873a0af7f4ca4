import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("curt-reply", () => {
  cueExamples("curt-reply", {
    fires: ["Her reply to my thank-you was one line: 'Thanks, noted.'"],
    not: ["She replied warmly to my thank-you.", "My reply was short."],
  });
});
