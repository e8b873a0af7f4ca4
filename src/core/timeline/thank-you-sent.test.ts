import { describe, expect, it } from "vitest";
import type { NotesDoc } from "../read/documents.js";
import { findThankYouSent } from "./thank-you-sent.js";
import type { Mail } from "./timeline-mail.js";

const NO_MAIL: Mail = {
  mail: [],
  isCandidate: () => false,
  who: { names: [], addresses: [] },
};

function sentIn(text: string): string | undefined {
  const notes: NotesDoc = { kind: "notes", source: "notes.md", text };
  return findThankYouSent([notes], NO_MAIL, undefined, "+00:00")?.where;
}

describe("findThankYouSent: a line of the notes", () => {
  it.each([
    ["Sent a thank-you to Ines at 6pm.", "notes.md:1"],
    ["thank you email sent, no reply yet", "notes.md:1"],
  ])("saying it was sent counts: %s", (line, where) => {
    expect(sentIn(line)).toBe(where);
  });

  it.each([
    "Haven't sent the thank you yet - need to do it tonight.",
    "Need to send a thank-you to both of them.",
    "Wrote a thank-you draft below, will send it in the morning.",
    "Didn’t send a thank you, she said not to bother.",
  ])("saying it is not sent yet, or only drafted, does not: %s", (line) => {
    expect(sentIn(`# Notes\n\n${line}\n`)).toBeUndefined();
  });
});
