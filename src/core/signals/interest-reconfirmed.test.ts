import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("interest-reconfirmed", () => {
  cueExamples("interest-reconfirmed", {
    fires: [
      "The recruiter called to check I'm still interested before the final round.",
      "HR emailed to ask if I am still keen on the role.",
    ],
    not: ["I told them I'm still interested."],
  });
});
