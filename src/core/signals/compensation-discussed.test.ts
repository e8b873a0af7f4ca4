import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("compensation-discussed", () => {
  cueExamples("compensation-discussed", {
    fires: [
      "She said the pay is less than agency work at the start, about 650 a week.",
      "He asked what I'm looking for salary-wise.",
      "She asked what hourly I'd need.",
      "The recruiter asked what I'm on at the moment and what I'd need to move.",
      "HR asked my expected CTC and current CTC.",
      "Then they discussed the package with me.",
      "The last round was a salary negotiation with HR.",
      "The HR round was about the hike and joining date.",
    ],
    not: [
      "Salary could be better, but the people are nice.",
      "The pay will be very less for freshers.",
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
});
