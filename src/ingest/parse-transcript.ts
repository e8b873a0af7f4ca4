import type { TranscriptDoc } from "../core/read/documents.js";
import { looksLikeCueTiming } from "./parse-cue-timing.js";
import type { ParseResult } from "./parse-result.js";
import { parseSrt } from "./parse-srt.js";
import { parseTranscriptText } from "./parse-transcript-text.js";
import { parseVtt } from "./parse-vtt.js";
import { splitLines } from "./split-lines.js";

export type TranscriptFormat = TranscriptDoc["format"];

/**
 * The format a transcript's text is in: WebVTT when it starts with `WEBVTT` or its first timing line
 * has `.` before the milliseconds, SubRip when that is a `,`, plain text when there is no timing line.
 */
export function sniffTranscriptFormat(text: string): TranscriptFormat {
  const head = text
    .slice(0, 64)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("WEBVTT")) return "vtt";
  for (const line of splitLines(text)) {
    if (!line.includes("-->")) continue;
    const trimmed = line.trim();
    if (!looksLikeCueTiming(trimmed)) continue;
    return trimmed.slice(0, trimmed.indexOf("-->")).includes(",") ? "srt" : "vtt";
  }
  return "text";
}

/**
 * Reads a transcript in whichever of WebVTT, SubRip or plain text its content is written in. A .vtt
 * or .srt file with no cue anywhere is read as plain text if it is that, and otherwise refused as
 * the cue file its name says it is, so the error speaks of cues rather than of "Name: text" lines.
 */
export function parseTranscript(text: string, source: string): ParseResult<TranscriptDoc> {
  const format = sniffTranscriptFormat(text);
  const named = transcriptFormatOf(source);
  if (format === "text" && (named === "vtt" || named === "srt")) {
    const plain = parseTranscriptText(text, source);
    if (plain.ok) return plain;
    return named === "vtt" ? parseVtt(text, source) : parseSrt(text, source);
  }
  return parseAs(format, text, source);
}

function parseAs(format: TranscriptFormat, text: string, source: string): ParseResult<TranscriptDoc> {
  switch (format) {
    case "vtt":
      return parseVtt(text, source);
    case "srt":
      return parseSrt(text, source);
    case "text":
      return parseTranscriptText(text, source);
    default: {
      const never: never = format;
      throw new Error(`unknown transcript format ${String(never)}`);
    }
  }
}

const EXTENSIONS: ReadonlyMap<string, TranscriptFormat> = new Map([
  ["vtt", "vtt"],
  ["srt", "srt"],
  ["txt", "text"],
]);

/** The transcript format a file name's extension promises (.vtt, .srt, .txt, any case), if any. */
export function transcriptFormatOf(fileName: string): TranscriptFormat | undefined {
  const base = fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return undefined;
  return EXTENSIONS.get(base.slice(dot + 1).toLowerCase());
}
