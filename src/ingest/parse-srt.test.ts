import { describe, expect, it } from "vitest";
import type { TranscriptDoc } from "../core/read/documents.js";
import { parseSrt } from "./parse-srt.js";

function doc(text: string): TranscriptDoc {
  const result = parseSrt(text, "t.srt");
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  expect(result.warnings).toEqual([]);
  return result.value;
}

describe("parseSrt", () => {
  it("reads numbered blocks with Name: speakers", () => {
    expect(
      doc(
        "1\n00:00:01,800 --> 00:00:06,200\nAnn Lee: Morning.\n\n2\n00:00:06,600 --> 00:00:09,100\nBob Stone: Morning!\n",
      ),
    ).toEqual({
      kind: "transcript",
      source: "t.srt",
      format: "srt",
      utterances: [
        { speaker: "Ann Lee", text: "Morning.", start: 1.8, end: 6.2, line: 3 },
        { speaker: "Bob Stone", text: "Morning!", start: 6.6, end: 9.1, line: 7 },
      ],
    });
  });

  it.each([
    ["a BOM", "\uFEFF1\n00:00:01,000 --> 00:00:02,000\nAnn: Hi."],
    ["CRLF", "1\r\n00:00:01,000 --> 00:00:02,000\r\nAnn: Hi.\r\n\r\n"],
    ["'.' before the milliseconds", "1\n00:00:01.000 --> 00:00:02.000\nAnn: Hi."],
    ["no number", "00:00:01,000 --> 00:00:02,000\nAnn: Hi."],
    ["stray blank lines", "\n\n\n1\n\n00:00:01,000 --> 00:00:02,000\nAnn: Hi.\n\n\n\n"],
    ["a voice tag", "1\n00:00:01,000 --> 00:00:02,000\n<v Ann>Hi."],
    ["formatting tags", '1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Ann:</i> <font color="red">Hi.</font>'],
    ["a two-line cue", "1\n00:00:01,000 --> 00:00:02,000\nAnn:\nHi."],
  ])("reads a file with %s", (_, text) => {
    const { utterances } = doc(text);
    expect(utterances).toHaveLength(1);
    expect(utterances[0]).toMatchObject({ speaker: "Ann", text: "Hi.", start: 1, end: 2 });
  });

  it("joins lines of a cue and decodes entities", () => {
    const [u] = doc("1\n00:00:01,000 --> 00:00:02,000\nAnn: Fish &amp; chips\nfor  two.").utterances;
    expect(u).toMatchObject({ speaker: "Ann", text: "Fish & chips for two.", line: 3 });
  });

  it("keeps text after a blank line inside a cue", () => {
    const { utterances } = doc(
      "1\n00:00:01,000 --> 00:00:02,000\nAnn: One\n\ntwo.\n\n2\n00:00:03,000 --> 00:00:04,000\nBob: Three.",
    );
    expect(utterances.map((u) => [u.speaker, u.text])).toEqual([
      ["Ann", "One two."],
      ["Bob", "Three."],
    ]);
  });

  it("warns about a malformed timing line and keeps the other blocks", () => {
    const result = parseSrt(
      "1\n00:00:01,000 --> 00:00:02,000\nAnn: One.\n\n2\n00:00:03,000 -> 00:00:04,000\nAnn: Lost?\n\n3\n00:00:5,000 --> 00:00:06,000\nBob: Lost.\n\n4\n00:00:07,000 --> 00:00:08,000\nBob: Four.",
      "t.srt",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.utterances.map((u) => u.text)).toEqual(["One.", "Four."]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ line: 6, message: expect.stringMatching(/no '-->'/) }),
      expect.objectContaining({ line: 10, excerpt: "00:00:5,000 --> 00:00:06,000" }),
    ]);
  });

  it.each([
    ["empty text", ""],
    ["prose", "Ann: hello\nBob: hi"],
    ["numbers only", "1\n\n2\n\n3"],
  ])("fails on %s", (_, text) => {
    const result = parseSrt(text, "t.srt");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]?.message).toMatch(/^no subtitle blocks found; expected SRT blocks/);
  });

  it("reads 20,000 blocks with the same timestamp", () => {
    const blocks = Array.from(
      { length: 20_000 },
      (_, i) => `${i + 1}\n00:00:01,000 --> 00:00:01,000\nAnn: Same.\n`,
    );
    const result = parseSrt(blocks.join("\n"), "t.srt");
    expect(result.ok && result.value.utterances).toHaveLength(20_000);
  });

  it("does not hang on a megabyte line", () => {
    const result = parseSrt(`1\n00:00:01,000 --> 00:00:02,000\nAnn: ${"word ".repeat(200_000)}`, "t.srt");
    expect(result.ok && result.value.utterances[0]?.text.length).toBe(999_999);
  });
});
