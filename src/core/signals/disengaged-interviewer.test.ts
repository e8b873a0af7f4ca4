import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("disengaged-interviewer", () => {
  cueExamples("disengaged-interviewer", {
    fires: [
      "He talked over me twice.",

      "The interviewer was rude and kept interrupting.",
      "He seemed arrogant and condescending.",
      "The second interviewer didn't seem interested at all.",
      "She couldn't care less about my answers.",
      "The panel was unprofessional throughout.",
      "He kept looking at his mobile while I talked.",
      "The panel kept interrupting my answers.",
      "He kept interrupting me.",
      "The HR lead spent most of the time engrossed in a phone conversation.",
      "The manager was focused on his laptop the whole interview.",
    ],
    not: [
      "They talked about me taking over the Leeds accounts in January.",

      "There was no rudeness or condescension of any kind.",
      "It was an unprofessional call scheduled without notice.",
      "The interviewer was not rude at all.",
      "I was annoyed with myself for the mistake.",
      "Don't worry, they don't care about your marks.",
      "I interrupted him twice by accident.",
      "Sorry to interrupt you, he said, my dog is barking.",
      "I was focused on my laptop screen while coding.",
    ],
  });
});
