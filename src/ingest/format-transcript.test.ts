import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASES, caseNames, describeShared } from "../../test/shared.js";
import type { Utterance } from "../core/read/documents.js";
import { formatTranscript } from "./format-transcript.js";
import { parseTranscript } from "./parse-transcript.js";

const said = (us: Utterance[]) => us.map(({ speaker, text, start }) => ({ speaker, text, start }));

function readBack(text: string): Utterance[] {
  const parsed = parseTranscript(text, "t");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value.utterances;
}

const corpus = caseNames().flatMap((d) =>
  readdirSync(join(CASES, d))
    .filter((f) => /^transcript\./.test(f))
    .map((f) => join(d, f)),
);

describeShared("formatTranscript on the corpus", () => {
  it("has transcripts to write", () => expect(corpus.length).toBeGreaterThan(0));
  it.each(corpus)("writes %s so it reads back to the same speakers, words and times", (file) => {
    const utterances = readBack(readFileSync(join(CASES, file), "utf8"));
    const out = formatTranscript(utterances);
    expect(out.format).toBe(utterances.every((u) => u.start !== undefined) ? "vtt" : "text");
    expect(said(readBack(out.text))).toEqual(said(utterances));
  });
});

describe("formatTranscript", () => {
  it("keeps markup characters and arrows as words", () => {
    const utterances: Utterance[] = [
      { speaker: "Ann Lee", text: "Use <b> & --> as you like", start: 1.5, end: 3.25, line: 1 },
      { speaker: "Sam", text: "Fine.", start: 4, line: 2 },
    ];
    expect(said(readBack(formatTranscript(utterances).text))).toEqual(said(utterances));
  });

  it("writes untimed turns as Name: text lines", () => {
    const utterances: Utterance[] = [
      { speaker: "Ann", text: "Hello.", line: 1 },
      { speaker: "Sam", text: "Hi.", start: 62, line: 2 },
    ];
    const out = formatTranscript(utterances);
    expect(out).toEqual({ text: "Ann: Hello.\n[00:01:02] Sam: Hi.\n", format: "text" });
    expect(said(readBack(out.text))).toEqual(said(utterances));
  });
});
