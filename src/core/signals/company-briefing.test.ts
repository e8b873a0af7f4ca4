import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("company-briefing", () => {
  cueExamples("company-briefing", {
    fires: [
      "They have 64 trucks now, twenty more coming in December. They want to double the fleet in three years.",
      "She opened with a long intro about the centre. They see about 900 citizens a year.",
      "The manager spent a lot of the time on the desk's plan. He talked at length about the bank's strategy.",
      "Welcome, then a presentation about the company, the depots and the rota.",
      "He walked me through the whole plan: the new depot, the second shift, the contracts they're bidding for.",
      "A long and candid briefing: the listing plan, the move into rail freight, the margin problem.",
      "She spent twenty minutes on their roadmap and the expansion into Spain. Then she went through the funding round and the headcount plan.",
      // Who owns it, its money, what it does counted.
      "It is a family business, the grandson runs it now. She said their funding is cut by a fifth this year.",
      "He said they run 40 weddings a year. Their revenue is around two million.",
    ],
    not: [
      "I have 40 staff now and my depot runs 38 routes. They asked how many trucks we had.",
      "They want to hire someone by March. They plan to decide next week.",
      "They asked me to prepare a presentation about the company's brand.",
      "I read about their funding round on the website. The strategy page was vague.",
      "I told them the whole story of my last company's relaunch.",
      "My firm was founded in 1990. I asked what their budget is for training.",
    ],
  });
});
