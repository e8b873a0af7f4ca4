import { describe, expect, it } from "vitest";
import { cueExamples, idsFromNotes } from "../../../test/cue-examples.js";

describe("offer-made", () => {
  cueExamples("offer-made", {
    fires: [
      "In the end they made me the offer I had hoped for.",
      "She called at 10 in the morning and said they want me!!! Contract by email.",
      "I got offer within a week.",
      "I didn't accept the offer since the package was low.",
      "The offer letter was released two weeks later.",
      "They offered me a lower package than my current one.",
      "I got placed in the company after the final round.",
      "HR helped me a lot in getting the offer.",
      "I accepted the offer on the portal.",
      "Decided not to take the offer because of the location.",
    ],
    not: [
      "Since they took months, I signed the offer I had from the bakery.",
      "With an offer in hand I asked them to hurry.",
      "They called at noon and said they want me in for a second interview.",
      "He said they want me back on Thursday at 10.",
      "I did not get selected.",
      "I got selected for the next round.",
      "If you clear all rounds, the offer letter is released after verification.",
      "The offer letter will be released after background verification.",
      "I already have an offer from another company.",
      "You must score 60% for getting the offer.",
      "Then go to the portal and accept the offer.",
    ],
  });
});

// Kept apart from the lists above, which the learned part trains on.
describe("offer-made, told in passing", () => {
  it.each([
    "It took them nearly six weeks to release offer letter.",
    "It took almost a month to get the offer letter, then the paperwork.",
    "After the document check the offer letter and joining letter were issued.",
  ])("reads the offer ← %s", (text) => {
    expect(idsFromNotes(text)).toContain("offer-made");
  });
  it.each([
    "It will take a month to get the offer letter.",
    "They usually release offer letter after two weeks.",
    "I hope to get the offer letter soon.",
  ])("reads no offer ← %s", (text) => {
    expect(idsFromNotes(text)).not.toContain("offer-made");
  });
});
