import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("start-date-discussed", () => {
  cueExamples("start-date-discussed", {
    fires: [
      "The manager asked about my joining date.",
      "The manager was pushing for early joining because of a project.",
      // A start put to a date as a question, told in the notes or written in mail.
      "He asked whether I could start on 2 June.",
      "The owner asked could I begin the 1st of May.",
      "Are you able to join within a month?",
      // The first days of the job given a date, and a start date told.
      "The next cohort begins on 9 June, she said.",
      "She said the start date depends on the vetting.",
    ],
    not: [
      "I asked them about the joining date.",
      "I can start in March if needed, I told him.",
      "Start dates will be communicated to successful candidates.",
      "Apologies for the late notice on the interview time.",
      "The academy is on Friday afternoons.",
    ],
  });
});
