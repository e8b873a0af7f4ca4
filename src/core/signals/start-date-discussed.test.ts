import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("start-date-discussed", () => {
  cueExamples("start-date-discussed", {
    fires: [
      "The manager asked about my joining date.",
      "The manager was pushing for early joining because of a project.",
      // A start put to a date as a question, told in the notes or written in mail.
      "she ask if I can start 3 March.",
      "He said could I start the 9th of June.",
      "Could you confirm you are able to join within four weeks of an offer?",
      // The first days of the job given a date, and a start date told.
      "She asked about holidays because induction starts Feb 2.",
      "Start date to be confirmed after references, she mentioned mid-April.",
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
