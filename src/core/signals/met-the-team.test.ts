import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("met-the-team", () => {
  cueExamples("met-the-team", {
    fires: [
      "I met basically the whole kitchen, seven people on Saturday.",
      "Met the crew on day shift as well.",
      "Afterwards I met two of the leads on the floor.",
      "The supervisor took me through the unit after.",
      "About 40 min in the CEO stuck her head in and said hi.",
      "Met with two of the peers I would be working with.",
      "The boss walked in and said hello.",
    ],
    not: [
      "I met with 3 people for one hour each.",
      "At the career fair I met with some members of the trading team.",
      "I met all three interviewers in a small room.",
      "Met all the deadlines at my current job.",
      "He walked me through my CV line by line.",
      "I had a meeting with my team about the offer.",
      "Next time I hope to meet with the team.",
      "It may include meetings with team members or a tour of the office.",
      "Reception also sells the boat tours to guests, for a small commission.",
      "They asked me to come in for an interview.",
      "They asked everything in relation to the job description, with the manager present.",
    ],
  });
});
