import { describe, expect, it } from "vitest";
import { checkDraft } from "./check-draft.js";
import { sentencesOf } from "./conversation-unit.js";

// Everything here is made up.
describe("a notes arrow, from a question to the answer jotted after it", () => {
  it("ends a sentence of the notes: the question stands alone", () => {
    expect(
      sentencesOf("she asked about my Dutch -> fine, half the call was in Dutch").map((s) => s.text),
    ).toEqual(["she asked about my Dutch", "fine, half the call was in Dutch"]);
  });

  it("never reaches a letter", () => {
    expect(checkDraft("I especially enjoyed your questions about my Dutch -> fine.")).toEqual([
      expect.stringMatching(/^notes shorthand/),
    ]);
    expect(checkDraft("I especially enjoyed your questions about my Dutch.")).toEqual([]);
  });
});
