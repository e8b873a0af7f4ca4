import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("next-round-booked", () => {
  cueExamples("next-round-booked", {
    fires: [
      "She asked me to come Tuesday at nine to spend the morning on the ward.",
      "A week later I received an email for the second interview.",
      "When the recruiter replied, I booked my final round for Monday.",
      "Moved forward to technical screen, an hour of exercises.",
      "They called me for the next round the same day.",
      "After the technical interview I was called for the HR round.",
      "Got shortlisted for the final round!",
      "They moved me on to the last stage, a site visit.",
      "After lunch they called me back in for a final interview with the owner.",
      "The panel recommended me for the next round.",
      'At the door: "Come back Thursday at three and meet the owner."',
      "She wrote that the final round with the director is scheduled for Tuesday 14 May.",
    ],
    not: [
      "I asked if I could come Thursday instead, she said maybe.",
      "If the agency agrees, you could come Monday to see the yard.",
      "I got an email about the interview, and later there were two rounds with the team.",
      "I sent my CV in March and got a call to set up a first chat.",
      "Four of us were seen that day. One got a second interview.",
      "Candidates who do well are moved forward to the technical screen.",
      "The first interview is scheduled for 14 May.",
      "I have to come back Thursday to pick up my badge.",
      "After clearing the aptitude test I was shortlisted for the next round.",
      "Those who clear will be called for the HR round.",
      "I was not called for the next round.",
      "I hope I get invited to the final round.",
      "Shortlisted candidates will be invited to a second stage.",
      "Was looking forward to scheduling a second interview.",
      "Later she went back to something I had said about audits.",
    ],
  });
});
