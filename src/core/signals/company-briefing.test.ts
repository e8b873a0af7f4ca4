import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("company-briefing", () => {
  cueExamples("company-briefing", {
    fires: [
      "She spent twenty minutes on their roadmap and the expansion into Spain. Then she went through the funding round and the headcount plan.",
    ],
    not: ["I read about their funding round on the website. The strategy page was vague."],
  });
});
