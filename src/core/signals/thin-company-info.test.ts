import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("thin-company-info", () => {
  cueExamples("thin-company-info", {
    fires: [
      "When I asked about the team, he said he couldn't really say much about it.",
      "She told me almost nothing about the company or the role.",
      "They didn't explain what the team actually works on.",
    ],
    not: ["She explained the team's work in detail."],
  });
});
