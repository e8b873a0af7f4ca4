import { looksLikeCueTiming, parseCueTiming } from "./parse-cue-timing.js";
import type { Problem } from "./parse-result.js";

/** One line of cue text and its 1-based line number. */
export interface CueLine {
  text: string;
  line: number;
}

/** A timed cue as written, before tags, voices and speakers are read. */
export interface RawCue {
  start: number;
  end: number;
  /** 1-based line of the timing line. */
  timingLine: number;
  lines: CueLine[];
}

export interface ReadCuesOptions {
  source: string;
  /** 0-based index of the first line to read (after a header). */
  from?: number;
  /** A timing line to show in messages, e.g. `00:00:01.000 --> 00:00:04.000`. */
  example: string;
  /** Blocks skipped whole, told the block's first line (WebVTT NOTE, STYLE and REGION blocks). */
  isSkippedBlock?: (firstLine: string) => boolean;
}

export interface ReadCuesResult {
  cues: RawCue[];
  warnings: Problem[];
}

const CUE_NUMBER = /^\d+$/;
/** Microsoft Teams cue ids: a GUID, a slash, then `12-0`. */
const TEAMS_CUE_ID = /^[0-9a-fA-F-]{8,}\/\d+-\d+$/;

/** Whether a line is a cue identifier that the timing line follows: `12` or a Teams id. */
export function looksLikeCueId(line: string): boolean {
  return CUE_NUMBER.test(line) || TEAMS_CUE_ID.test(line);
}

/**
 * Reads timed cues from WebVTT or SubRip lines in one pass: an optional identifier line, a timing
 * line, then text lines up to a blank line.
 *
 * Lenient where real files are sloppy: a missing blank line before the next timing line is
 * tolerated (a cue number left at the end of the previous cue's text is taken off it), and text
 * after a stray blank line inside a cue is added to that cue. A timing line that cannot be read is a
 * warning naming the line; that cue is skipped and reading goes on.
 */
export function readCues(lines: readonly string[], opts: ReadCuesOptions): ReadCuesResult {
  const { source, example } = opts;
  const cues: RawCue[] = [];
  const warnings: Problem[] = [];
  /** The cue taking text lines, until a blank line. */
  let current: RawCue | undefined;
  /** The last good cue: text after a stray blank line is added to it. */
  let last: RawCue | undefined;
  /** After a bad timing line, that cue's text is dropped up to the next timing line. */
  let dropping = false;
  /** Inside a block that is skipped up to the next blank line. */
  let skippingBlock = false;

  for (let i = opts.from ?? 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const trimmed = raw.trim();
    const lineNo = i + 1;

    if (trimmed === "") {
      current = undefined;
      skippingBlock = false;
      continue;
    }
    if (skippingBlock) continue;

    if (looksLikeCueTiming(trimmed)) {
      const timing = parseCueTiming(trimmed);
      if (timing.ok) {
        const tail = current?.lines.at(-1);
        if (current !== undefined && tail !== undefined && looksLikeCueId(tail.text.trim())) {
          current.lines.pop();
        }
        current = { start: timing.start, end: timing.end, timingLine: lineNo, lines: [] };
        cues.push(current);
        last = current;
        dropping = false;
      } else {
        warnings.push({
          source,
          line: lineNo,
          message: `cue timing is not valid: ${timing.message}; expected a line like '${example}'; cue skipped`,
          excerpt: trimmed.slice(0, 200),
        });
        current = undefined;
        dropping = true;
      }
      continue;
    }

    if (current !== undefined) {
      current.lines.push({ text: raw, line: lineNo });
      continue;
    }

    // A block that does not start with a timing line.
    const next = lines[i + 1];
    if (next !== undefined && looksLikeCueTiming(next.trim())) continue; // a cue identifier
    if (opts.isSkippedBlock?.(trimmed) === true) {
      skippingBlock = true;
      continue;
    }
    if (dropping || CUE_NUMBER.test(trimmed)) continue;
    if (last !== undefined) {
      last.lines.push({ text: raw, line: lineNo });
      current = last;
      continue;
    }
    warnings.push({
      source,
      line: lineNo,
      message: `text before the first cue skipped; expected a timing line like '${example}'`,
      excerpt: trimmed.slice(0, 200),
    });
    skippingBlock = true;
  }
  return { cues, warnings };
}
