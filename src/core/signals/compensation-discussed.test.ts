import { describe, expect, it } from "vitest";
import { cueExamples, idsFromNotes } from "../../../test/cue-examples.js";

describe("compensation-discussed", () => {
  cueExamples("compensation-discussed", {
    fires: [
      "He said the pay starts lower than agency rates, around 14 an hour.",
      "He asked what I'm looking for salary-wise.",
      "She asked what hourly I'd need.",
      "The recruiter asked what I'm on at the moment and what I'd need to move.",
      "HR asked my expected CTC and current CTC.",
      "Then they discussed the package with me.",
      "The last round was a salary negotiation with HR.",
      "The HR round was about the hike and joining date.",
    ],
    not: [
      // Pay put off, or an advert's words.
      "Asked about the night allowance: she said that is covered at offer stage.",
      "We offer a competitive salary and a generous pension.",
      "Honestly the pay could be better for the hours.",
      "First-year wages are very less here.",
      "Nobody asked about salary; the range is posted.",
      "The firm pays the first exam attempt.",
      "Retention rate is only 40%.",
      "I asked about the pay.",
      "I said I'm on 115k.",
      "I got a better package somewhere else.",
      "They asked me to install the package with npm.",
      "Tell me about a time you had to negotiate with a client.",
      "Write a query for the third highest salary.",
      "Offer and negotiation are the last steps.",
    ],
  });

  it("reads an offer of pay as pay, and an advert's 'competitive salary' as nothing", () => {
    expect(idsFromNotes("We offer a base of 52,000 plus a yearly bonus, she said.")).toContain(
      "compensation-discussed",
    );
    expect(idsFromNotes("Competitive salary and a generous pension, says the advert.")).not.toContain(
      "compensation-discussed",
    );
  });
});
