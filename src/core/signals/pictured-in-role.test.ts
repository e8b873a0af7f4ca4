import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("pictured-in-role", () => {
  cueExamples("pictured-in-role", {
    fires: [
      "In this position you'd actually be staffing the incentive district cases.",
      "He said maybe I'd go record temple bells in the mountains.",
      '"You\'d basically be my right hand on Saturdays."',
      'He introduced me to the foreman like "she might be joining us".',
      'She said "you would be one of two nurses on the ward at night."',
      "He said you'd go on the billing team.",
      "When you start, you will sit with the platform team.",
      "Once you join, you'd own the billing service.",
    ],
    not: [
      "What would you build first if you had a free hand?",
      "You'll have our decision by Friday.",
      "Your round with the hiring manager is scheduled for Tuesday.",
      "He said you'd be surprised how many people get it wrong.",
      "She asked what you would do if a patient fell.",
      "When could you start? she asked.",
      "How soon can you join us, he wondered.",
    ],
  });
});
