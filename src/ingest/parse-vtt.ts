import type { TranscriptDoc } from "../core/read/documents.js";
import { fileCuesToUtterances } from "./cues-to-utterances.js";
import { limitWarnings } from "./limit-warnings.js";
import { looksLikeCueTiming } from "./parse-cue-timing.js";
import { failed, type ParseResult, parsed } from "./parse-result.js";
import { type CueReader, createCueReader, type RawCue } from "./read-cues.js";
import { splitLines } from "./split-lines.js";

const EXAMPLE = "00:00:01.000 --> 00:00:04.000";
const HEADER = /^WEBVTT(?:[ \t]|$)/;
const META_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

/**
 * Reads WebVTT lines one at a time into cues (see `createCueReader`), after the header.
 *
 * - The `WEBVTT` line and its header lines (`Kind:`, `Language:`) are skipped; without the header
 *   the file is still read, with a warning. NOTE, STYLE and REGION blocks are skipped.
 * - Cue identifiers (numbers, Teams ids like `…/12-0`) are optional. Times may be `hh:mm:ss.mmm` or
 *   `mm:ss.mmm`; cue settings after the end time are ignored.
 * - A timing line that cannot be read is a warning naming the line; that cue is skipped.
 */
export function createVttReader(source: string): CueReader {
  const cues = createCueReader({ source, example: EXAMPLE, isSkippedBlock: (l) => META_BLOCK.test(l) });
  let phase: "lead" | "header" | "cues" = "lead";
  const push = (raw: string, lineNo: number): RawCue[] => {
    const line = raw.trim();
    if (phase === "lead") {
      if (line === "") return [];
      if (HEADER.test(line)) {
        phase = "header";
        return [];
      }
      cues.warnings.push({
        source,
        line: lineNo,
        message: "no WEBVTT header on the first line; read as WebVTT anyway",
        excerpt: line.slice(0, 200),
      });
      phase = "cues";
    } else if (phase === "header") {
      if (line !== "" && !looksLikeCueTiming(line)) return [];
      phase = "cues";
    }
    return cues.push(raw, lineNo);
  };
  return { push, end: () => cues.end(), warnings: cues.warnings };
}

/**
 * Reads a WebVTT transcript (Teams, Zoom, Meet, caption tools) into utterances.
 *
 * - The header, NOTE, STYLE and REGION blocks, identifiers and bad timing lines: see `createVttReader`.
 * - The speaker comes from `<v Name>` (Teams' `<v Last, First>` becomes "First Last", see
 *   `normaliseVoiceName`) or, without a voice tag, from a "Name: text" start (Zoom).
 * - Cue lines are joined with a space, other tags stripped, entities decoded. Each cue is its own
 *   utterance, even when the same person speaks in the next one.
 */
export function parseVtt(text: string, source: string): ParseResult<TranscriptDoc> {
  const lines = splitLines(text);
  const reader = createVttReader(source);
  const cues: RawCue[] = [];
  // One by one: spread into push, a file of 300,000 cues overflows the stack.
  for (let i = 0; i < lines.length; i++) for (const cue of reader.push(lines[i] ?? "", i + 1)) cues.push(cue);
  for (const cue of reader.end()) cues.push(cue);
  const warnings = reader.warnings;
  const utterances = fileCuesToUtterances(cues);
  if (utterances.length === 0) {
    const message =
      cues.length === 0
        ? `no cues found; expected WEBVTT cues like '${EXAMPLE}'`
        : "cues found, but none has any text";
    return failed({ source, message }, ...limitWarnings(warnings));
  }
  return parsed({ kind: "transcript", source, format: "vtt", utterances }, limitWarnings(warnings));
}
