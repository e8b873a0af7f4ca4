import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("engaged-body-language", () => {
  cueExamples("engaged-body-language", {
    fires: [
      "He was nodding along and taking notes the whole time.",
      "She leaned in when I described the pilot.",
      "Lots of eye contact and smiling from both of them.",
    ],
    not: ["He leaned back in his chair and checked his phone.", "I tried to keep eye contact."],
  });
});
