import { describe, expect, it } from "vitest";
import type { Doc } from "../read/documents.js";
import { readOwnSense } from "./read-own-sense.js";

const notes = (text: string): Doc[] => [{ kind: "notes", source: "notes.md", text }];
const lean = (text: string) => readOwnSense(notes(text))?.lean;

describe("readOwnSense", () => {
  it.each([
    "I think I bombed the estimation question.",
    "Honestly I froze when she asked about pricing.",
    "I made a couple of silly mistakes in the SQL.",
    "I couldn't answer the follow-up on cash flow.",
    "I didn't do too well on the whiteboard part.",
    "The second round did not go well.",
    "It went badly from the start.",
    "I don't think I did well.",
    // The shared vocabulary of slips (text/slip-words.ts): words the other readers of a slip knew.
    "I botched the estimate.",
    "I rambled on the first answer.",
  ])("reads %j as went badly", (text) => {
    expect(lean(text)).toBe("badly");
  });

  it.each([
    "I think I did really well on the case.",
    "I answered all the questions they asked.",
    "The interview went well overall.",
    "I nailed the budgeting exercise.",
    "I felt confident the whole way through.",
  ])("reads %j as went well", (text) => {
    expect(lean(text)).toBe("well");
  });

  it.each([
    // Someone else's verdict is their feedback, not the candidate's sense.
    "She said I did really well on the case study.",
    "The recruiter told me I performed well in the panel.",
    // Wishes, conditions and advice are not a sense of how it went.
    "I hope I did well.",
    "If it goes well there is a second round.",
    "You did great, he said.",
    // Doing well elsewhere is not this interview.
    "I did well in college and they asked about it.",
    // A statement of fact about the company, not about the candidate.
    "They explained the team structure and the on-call rota.",
  ])("finds no own sense in %j", (text) => {
    expect(readOwnSense(notes(text))).toBeUndefined();
  });

  it("is mixed when the notes say both, and quotes each side with its line", () => {
    const sense = readOwnSense(notes("The interview went well.\nBut I struggled with the last question."));
    expect(sense?.lean).toBe("mixed");
    expect(sense?.evidence.map((e) => [e.quote, e.line])).toEqual([
      ["The interview went well.", 1],
      ["But I struggled with the last question.", 2],
    ]);
  });

  it("reads only the candidate's notes, never a transcript or the company's mail", () => {
    const docs: Doc[] = [
      {
        kind: "transcript",
        source: "call.vtt",
        format: "vtt",
        utterances: [{ speaker: "Ana", text: "I think I bombed my first interview too.", start: 1, line: 1 }],
      },
      {
        kind: "email",
        source: "reply.eml",
        from: { name: "Ana", email: "ana@example.com" },
        to: [{ email: "me@example.com" }],
        cc: [],
        references: [],
        subject: "Thanks",
        date: "2026-03-01T10:00:00Z",
        text: "It went well from our side too.",
      },
    ];
    expect(readOwnSense(docs)).toBeUndefined();
  });
});
