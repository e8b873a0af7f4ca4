import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASES, caseNames, describeShared } from "../../test/shared.js";
import type { TranscriptDoc } from "../core/read/documents.js";
import { decodeText } from "./decode-text.js";
import type { ParseResult } from "./parse-result.js";
import { parseSrt } from "./parse-srt.js";
import {
  parseTranscript,
  sniffTranscriptFormat,
  type TranscriptFormat,
  transcriptFormatOf,
} from "./parse-transcript.js";
import { parseTranscriptText } from "./parse-transcript-text.js";
import { parseVtt } from "./parse-vtt.js";

describe("sniffTranscriptFormat", () => {
  it.each<[string, string, TranscriptFormat]>([
    ["a WEBVTT header", "WEBVTT\n\n", "vtt"],
    ["a BOM and a WEBVTT header", "\uFEFF\n  WEBVTT", "vtt"],
    ["'.' milliseconds without a header", "1\n00:00:01.000 --> 00:00:02.000\nHi", "vtt"],
    ["',' milliseconds", "1\n00:00:01,000 --> 00:00:02,000\nHi", "srt"],
    ["Name: lines", "Ann: Hi.\nBob: Hello.", "text"],
    ["an arrow in prose", "Ann: first --> second\n", "text"],
  ])("reads %s as %s", (_, text, format) => {
    expect(sniffTranscriptFormat(text)).toBe(format);
  });
});

describe("parseTranscript", () => {
  it.each([
    ["a .vtt", "talk.vtt", /^no cues found; expected WEBVTT cues/],
    ["a .srt", "talk.srt", /^no subtitle blocks found; expected SRT blocks/],
  ])("refuses %s with no cue as a cue file, not for want of 'Name: text' lines", (_name, source, message) => {
    const result = parseTranscript("nothing like a transcript here\n", source);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.message).toMatch(message);
      expect(result.problems[0]?.message).not.toMatch(/Name: text/);
    }
  });

  it("reads a .vtt holding 'Name: text' lines as the text it is", () => {
    const result = parseTranscript("Ann: Hi.\nBob: Hello.\n", "talk.vtt");
    expect(result.ok && result.value.format).toBe("text");
  });

  it.each<[string, TranscriptFormat]>([
    ["WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi.", "vtt"],
    ["1\n00:00:01,000 --> 00:00:02,000\nAnn: Hi.", "srt"],
    ["[00:00:01] Ann: Hi.", "text"],
  ])("hands %j to the %s parser", (text, format) => {
    const result = parseTranscript(text, "t");
    expect(result.ok && result.value.format).toBe(format);
    expect(result.ok && result.value.utterances[0]).toMatchObject({ speaker: "Ann", text: "Hi.", start: 1 });
  });

  it("fails on text with no turns", () => {
    expect(parseTranscript("", "t").ok).toBe(false);
  });
});

describe("transcriptFormatOf", () => {
  it.each([
    ["transcript.vtt", "vtt"],
    ["Meeting Recording.VTT", "vtt"],
    ["cases/017/transcript.srt", "srt"],
    ["C:\\calls\\interview.txt", "text"],
    ["notes.md", undefined],
    ["invite.ics", undefined],
    [".vtt", undefined],
    ["vtt", undefined],
    ["x.constructor", undefined],
  ])("%j is %s", (name, format) => {
    expect(transcriptFormatOf(name)).toBe(format);
  });
});

const corpusFiles = caseNames()
  .flatMap((d) =>
    readdirSync(join(CASES, d))
      .filter((f) => /^transcript\.(vtt|srt|txt)$/.test(f))
      .map((f) => join(d, f)),
  )
  .sort();

const PARSERS: Record<TranscriptFormat, (text: string, source: string) => ParseResult<TranscriptDoc>> = {
  vtt: parseVtt,
  srt: parseSrt,
  text: parseTranscriptText,
};

function expectReadable(result: ParseResult<TranscriptDoc>, format: TranscriptFormat): void {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const { utterances } = result.value;
  expect(result.value.format).toBe(format);
  expect(utterances.length).toBeGreaterThanOrEqual(10);
  let previous = Number.NEGATIVE_INFINITY;
  for (const u of utterances) {
    expect(u.speaker?.trim()).toBeTruthy();
    expect(u.text.trim()).not.toBe("");
    expect(u.line).toBeGreaterThan(0);
    if (u.start !== undefined) {
      expect(u.start).toBeGreaterThanOrEqual(previous);
      previous = u.start;
    }
  }
}

describeShared("the sample corpus", () => {
  it("has transcripts to read", () => expect(corpusFiles.length).toBeGreaterThan(0));
  it.each(corpusFiles)("reads %s", (file) => {
    const decoded = decodeText(readFileSync(join(CASES, file)), file);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
    const format = transcriptFormatOf(file);
    if (format === undefined) throw new Error(`no format for ${file}`);
    expectReadable(PARSERS[format](decoded.value, file), format);
    expectReadable(parseTranscript(decoded.value, file), format);
  });
});
