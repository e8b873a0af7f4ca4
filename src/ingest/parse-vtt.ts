import type { TranscriptDoc } from "../core/documents.js";
import { cuesToUtterances } from "./cues-to-utterances.js";
import { limitWarnings } from "./limit-warnings.js";
import { looksLikeCueTiming } from "./parse-cue-timing.js";
import { failed, type ParseResult, type Problem, parsed } from "./parse-result.js";
import { readCues } from "./read-cues.js";
import { splitLines } from "./split-lines.js";

const EXAMPLE = "00:00:01.000 --> 00:00:04.000";
const HEADER = /^WEBVTT(?:[ \t]|$)/;
const META_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

/**
 * Reads a WebVTT transcript (Teams, Zoom, Meet, caption tools) into utterances.
 *
 * - The `WEBVTT` line and its header lines (`Kind:`, `Language:`) are skipped; without the header
 *   the file is still read, with a warning. NOTE, STYLE and REGION blocks are skipped.
 * - Cue identifiers (numbers, Teams ids like `…/12-0`) are optional. Times may be `hh:mm:ss.mmm` or
 *   `mm:ss.mmm`; cue settings after the end time are ignored.
 * - The speaker comes from `<v Name>` (Teams' `<v Last, First>` becomes "First Last", see
 *   `normaliseVoiceName`) or, without a voice tag, from a "Name: text" start (Zoom).
 * - Cue lines are joined with a space, other tags stripped, entities decoded. Each cue is its own
 *   utterance, even when the same person speaks in the next one.
 * - A timing line that cannot be read is a warning naming the line; that cue is skipped.
 */
export function parseVtt(text: string, source: string): ParseResult<TranscriptDoc> {
  const lines = splitLines(text);
  const warnings: Problem[] = [];
  let from = 0;
  while (from < lines.length && (lines[from] ?? "").trim() === "") from++;
  const first = (lines[from] ?? "").trim();
  if (HEADER.test(first)) {
    from++;
    while (from < lines.length) {
      const line = (lines[from] ?? "").trim();
      if (line === "" || looksLikeCueTiming(line)) break;
      from++;
    }
  } else if (first !== "") {
    warnings.push({
      source,
      line: from + 1,
      message: "no WEBVTT header on the first line; read as WebVTT anyway",
      excerpt: first.slice(0, 200),
    });
  }

  const read = readCues(lines, { source, from, example: EXAMPLE, isSkippedBlock: (l) => META_BLOCK.test(l) });
  // One by one: spread into push, a file of 300,000 bad timing lines overflows the stack.
  for (const w of read.warnings) warnings.push(w);
  const utterances = cuesToUtterances(read.cues);
  if (utterances.length === 0) {
    const message =
      read.cues.length === 0
        ? `no cues found; expected WEBVTT cues like '${EXAMPLE}'`
        : "cues found, but none has any text";
    return failed({ source, message }, ...limitWarnings(warnings));
  }
  return parsed({ kind: "transcript", source, format: "vtt", utterances }, limitWarnings(warnings));
}
