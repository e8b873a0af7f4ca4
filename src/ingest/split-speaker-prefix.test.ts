import { describe, expect, it } from "vitest";
import { looksLikeSpeakerName, splitSpeakerPrefix } from "./split-speaker-prefix.js";

describe("looksLikeSpeakerName", () => {
  it.each([
    "Jordan Lee",
    "Interviewer",
    "me",
    "Q",
    "Speaker 2",
    "Dr. Amara Okafor",
    "Ana de la Cruz",
    "Seán O'Brien",
    "Mary-Kate Olsen",
    "JOHN SMITH",
    "李 明",
    "Nora Vik (she/her)",
    "Nora Vik (Guest)",
    "Nora Vik (NV)",
    "Nora’s iPad",
    "Ivo's Galaxy S21",
  ])("%j is a name", (name) => {
    expect(looksLikeSpeakerName(name)).toBe(true);
  });

  it.each([
    "",
    "Here's the plan",
    "the thing is",
    "So what I said was",
    "Note",
    "Next steps",
    "https",
    "10",
    "2 Speaker",
    "One Two Three Four Five",
    "A".repeat(41),
    "Recorded with permission. Speakers",
    "Smith, John",
    "(Guest)",
    "Nora Vik (she: her)",
    "the dog's dinner",
    "Source",
  ])("%j is not a name", (name) => {
    expect(looksLikeSpeakerName(name)).toBe(false);
  });
});

describe("splitSpeakerPrefix", () => {
  it.each([
    ["Jordan Lee: Hello there.", { speaker: "Jordan Lee", text: "Hello there." }],
    ["Interviewer:  So, tell me.", { speaker: "Interviewer", text: "So, tell me." }],
    ["Jordan  Lee: spaces", { speaker: "Jordan Lee", text: "spaces" }],
    ["Jordan Lee:", { speaker: "Jordan Lee", text: "" }],
    ["Nora Vik (she/her): Hi both.", { speaker: "Nora Vik (she/her)", text: "Hi both." }],
    ["Ivo’s iPhone: Can you hear me?", { speaker: "Ivo’s iPhone", text: "Can you hear me?" }],
  ])("splits %j", (text, expected) => {
    expect(splitSpeakerPrefix(text)).toEqual(expected);
  });

  it.each([
    "The plan was simple: ship it.",
    "See https://example.com for details",
    "We met at 10:30 and talked",
    "Ratio 3:1 is fine",
    "No colon at all",
    ": starts with a colon",
    "Note: this is a label",
    `${"word ".repeat(30)}: far away colon`,
  ])("leaves %j alone", (text) => {
    expect(splitSpeakerPrefix(text)).toBeUndefined();
  });
});
