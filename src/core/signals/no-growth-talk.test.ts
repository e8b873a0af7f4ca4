import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("no-growth-talk", () => {
  cueExamples("no-growth-talk", {
    fires: ["Nobody mentioned training or promotion, and when I asked, he changed the subject."],
    not: ["We talked a lot about promotion and training."],
  });
});
