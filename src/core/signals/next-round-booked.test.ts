import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("next-round-booked", () => {
  cueExamples("next-round-booked", {
    fires: [
      "After that I got a mail for the HR interview the next day.",
      "Once I heard back, I scheduled an in-person interview for the Thursday.",
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
      "Got an email regarding the interview, then had a technical round and an HR round.",
      "Applied online and got an email a week later to set up a phone interview.",
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
