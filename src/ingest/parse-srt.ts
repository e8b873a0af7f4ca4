import type { TranscriptDoc } from "../core/read/documents.js";
import { fileCuesToUtterances } from "./cues-to-utterances.js";
import { limitWarnings } from "./limit-warnings.js";
import { failed, type ParseResult, parsed } from "./parse-result.js";
import { type CueReader, createCueReader, readCues } from "./read-cues.js";
import { splitLines } from "./split-lines.js";

const EXAMPLE = "00:00:01,000 --> 00:00:04,000";

/** Reads SubRip lines one at a time into cues (see `createCueReader`). */
export function createSrtReader(source: string): CueReader {
  return createCueReader({ source, example: EXAMPLE });
}

/**
 * Reads a SubRip (.srt) transcript into utterances: numbered blocks of a timing line
 * (`hh:mm:ss,mmm --> hh:mm:ss,mmm`, a `.` before the milliseconds is accepted too) and text lines.
 * Missing numbers and stray blank lines are tolerated. The speaker comes from a "Name: text" start or
 * a `<v Name>` tag; other tags (`<i>`, `<font>`, `{\an8}`) are stripped. A timing line that cannot be
 * read is a warning naming the line; that block is skipped.
 */
export function parseSrt(text: string, source: string): ParseResult<TranscriptDoc> {
  const read = readCues(splitLines(text), { source, example: EXAMPLE });
  const utterances = fileCuesToUtterances(read.cues);
  const warnings = limitWarnings(read.warnings);
  if (utterances.length === 0) {
    const message =
      read.cues.length === 0
        ? `no subtitle blocks found; expected SRT blocks like '1', '${EXAMPLE}', then the text`
        : "subtitle blocks found, but none has any text";
    return failed({ source, message }, ...warnings);
  }
  return parsed({ kind: "transcript", source, format: "srt", utterances }, warnings);
}
