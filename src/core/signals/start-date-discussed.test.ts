import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("start-date-discussed", () => {
  cueExamples("start-date-discussed", {
    fires: [
      "The manager asked about my joining date.",
      "The manager was pushing for early joining because of a project.",
    ],
    not: ["I asked them about the joining date."],
  });
});
