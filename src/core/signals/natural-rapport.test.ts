import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("natural-rapport", () => {
  cueExamples("natural-rapport", {
    fires: [
      "We laughed about the broken lift for a good while.",
      "The store manager was very down to earth.",
      "We clicked straight away, both of us from the north.",
      "We went off on a tangent about football for five minutes.",

      "Very direct but friendly, she asked me to call her Jo, not Dr Lee.",
      "He asked me to call him Ray.",
      "Both lovely.",
      "He is Dutch I think, very direct but kind.",
      "The interviewers were friendly.",
      "Very friendly in behaviour.",
      "Very formal but warm, she asked me to use her first name.",
      "overall: good chat, not sure about the pay.",
      "It was calm and friendly, they went through my CV line by line.",
      "Overall the interviewer was patient and polite.",
      "Two engineers joined, nice folks.",
      "We chatted about his weekend hiking before the questions.",
    ],
    not: [
      // One laugh is manners, nerves or the joke itself; shared or kept-up laughter is rapport.
      "The director laughed at my answer.",
      "Then she asked how I talked to a patient's family about the delay.",
      "She was polite, fast, reading from a list.",
      "We connected on LinkedIn afterwards.",
      "I went off on a tangent and lost my point.",
      "I clicked the link five minutes early.",

      "She was strict but not friendly.",
      "She laughed at me when I got the figure wrong.",
      "She kind of ignored me.",
      "I was nervous but friendly.",
      "I hope we get a good chat about the pay next time.",
      "The interviewer was not very friendly.",
      "The interviewers kept interrupting and even laughing at my answers.",
      "The offices were really nice.",
      "The portal is very user friendly.",
      "It was a nice interview overall.",
      "The booking app was very friendly to use.",
      "We talked about the remote work policy.",
    ],
  });
});
