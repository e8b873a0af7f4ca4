import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("specific-next-steps", () => {
  cueExamples("specific-next-steps", {
    fires: [
      'Results by email "normally within two weeks" then a panel.',
      'Odile to set up the 2nd round with the VP, "probably week of the 14th".',
      'She said "I\'ll ring you by Friday either way."',
      "The chair said they'd let everyone know by the end of next week.",
      "She said \"if you're successful you'll get an email within two weeks.\"",
      "The manager emailed afterwards to say they'd decide by Friday.",
    ],
    not: [
      "Timeline: CV sent, screening call, then a panel two weeks later.",
      "Interns could get results within one week.",
      "Usually there is a technical round after this one.",
      "I need to book a call with my referee next week.",
      '"The recruitment team will be in touch", no date given.',
      "If I don't hear by Friday I will email them.",
      // The process as it went, before the interview: no step still to come.
      "The agency contacted me within a week to book a screening call.",
      "Sent my CV on Monday and got a call two days later to set up the first interview.",
    ],
  });
});
