import { describe, expect, it } from "vitest";
import type { Doc } from "../read/documents.js";
import { findMissedPoints } from "./find-missed-points.js";

const notes = (text: string): Doc[] => [{ kind: "notes", source: "notes.md", text }];
const quotes = (text: string) => findMissedPoints(notes(text)).map((m) => m.quote);

describe("findMissedPoints", () => {
  it.each([
    "The one thing I fumbled: the kiln schedule question.",
    "Went blank on the second case.",
    "I forgot to mention the night-shift rota I set up.",
    "She cut me off before I finished the story.",
    // Slips of text/slip-words.ts, the vocabulary the candidate's own sense reads too.
    "Froze on the budget question.",
    "Totally messed it up when he asked about the audit.",
    "Rambling a bit on the first answer.",
  ])("finds %j", (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it.each(["I forgot to ask about parking.", "We talked about the kiln schedule for twenty minutes."])(
    "finds nothing in %j",
    (text) => {
      expect(quotes(text)).toEqual([]);
    },
  );
});
