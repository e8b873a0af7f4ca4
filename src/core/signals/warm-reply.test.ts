import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("warm-reply", () => {
  cueExamples("warm-reply", {
    fires: [
      "She replied to my thank-you within the hour, saying it was lovely to meet me.",
      "He responded to my thank-you warmly the same day.",
    ],
    not: ["No reply to my thank-you yet.", "My reply was warm and quick."],
  });
});
