import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("deep-follow-ups", () => {
  cueExamples("deep-follow-ups", {
    fires: [
      "She asked me more about the rota I built for the summer.",
      "I said we halved the backlog and she asked how, and what the team thought.",
      "He asked how it turned out and who signed it off.",
      "She asked what I did the following week, whether I followed up with the referral.",
      "He asked what I changed afterward and then what happened to the driver.",
      "Dev pushed on the sepsis one: what bloods, when to call for help.",
      "She followed up on the valuation story.",
      "Then he ask more and more detail, how many doctors trained.",
      "Every answer I gave, he came back with another why.",
      "When I mentioned the rollout she stopped me and asked how exactly I got the nurses on board.",
      "He pressed for the actual numbers behind the saving.",
      "She pushed back on my estimate and asked what I had assumed.",

      "He kept asking.",
      'She asked lots of "why" and "how exactly".',
      "Asked follow ups on every answer.",
      "She kept asking follow-up questions about the migration.",
      "He dug into every number on my slide.",
      "He asked me to go deeper on the outage, then asked why again.",
    ],
    not: [
      "They asked more about my notice period.",
      "I said I was free on Monday and she asked whether the morning suited.",
      "She asked why I applied and what I knew about the company.",
      "He asked how I heard about the job.",
      "I followed up on the application by email.",
      "I came back with more questions for her at the end.",
      "He will come back with a decision next week.",
      "I asked what exactly the team does.",
      "It was a challenging year for the company.",

      "My mum keeps asking how it went.",
      "They pushed back the interview to Friday.",
      "She asked the standard questions and moved on.",
      "I asked a lot of follow-up questions about the team.",
    ],
  });
});
