import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("positive-feedback", () => {
  cueExamples("positive-feedback", {
    fires: [
      'Her words were "exactly the profile" and she wants you to meet the director.',
      "Right, that's the right split.",
      "He disagreed with one choice and then agreed with my reasoning.",
      'I said under half a percent, he said "not bad" and wrote it down.',
      "He told me he liked how I handled the difficult customer scenario.",
      "My experience with audits is exactly what they are missing, he said.",
      'The manager kept saying "perfect" while I talked about the project.',

      '"Brilliant", "lovely", "I like that you picked a real one" on the mistake question.',
      'Said "nice weld, real clean" when he checked the coupon.',
      'Update: the director was "very positive", she said.',
      "I said I'd run the rota before and she said \"oh good, that's helpful\".",
      "She said I made a great impression on the partners.",
      "The recruiter said I came across really well with the panel.",
      "He told me the team thought I was excellent.",
      "He said good, he liked that I checked the numbers first.",
      "The manager said my example about the audit was a strong one.",
      "They liked my answers on system design.",
      "HR told me I did well in the technical round.",
      "The panel appreciated my approach to the problem.",
      'When I finished, the director said "oh, I love that" and wrote it down.',
      'The founder said: "Frankly, that is better than the last three people we spoke to."',
      'The recruiter rang to say I was "one of two they are taking forward".',
      'At the door he said "honestly, you are the one we want".',
      "The agency said the feedback was very solid.",
    ],
    not: [
      "The panel were impressed by the strength of applications received.",
      "We are looking for exactly the right person.",
      "Is that the right approach, do you think?",
      "I agreed with his reasoning about the budget.",
      "I liked how I answered the last one.",
      "She asked how I liked the office.",

      "It was a very positive interview experience.",
      "He said nice weather for it.",
      "She said that's exactly how they run it for everyone.",
      "I said great and asked about the team.",
      "I hope I made a good impression.",
      "I think I came across well.",
      "Make sure you make a good impression on Tuesday, my friend said.",
      "I liked my interviewer.",
      'She said "oh, I love that view" when we passed the window.',
      "The last candidate was the strongest one they had seen, apparently.",
      "I hope I was the best candidate they met.",
      "I think the interview went really well.",
      "He didn't do very well on the whiteboard, he said.",
      "You should get positive feedback from every interviewer to be hired.",
      "She said good luck and showed me out.",
      "I said my answer was a good one, but I'm not sure.",
    ],
  });
});
