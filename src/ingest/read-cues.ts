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

/** Reads cue lines one at a time, as a file grows: what `readCues` is made of. */
export interface CueReader {
  /** Reads the next line (`lineNo` is 1-based); returns the cues it closed, oldest first. */
  push(raw: string, lineNo: number): RawCue[];
  /** The input has ended: returns the cues still open. */
  end(): RawCue[];
  readonly warnings: Problem[];
}

/**
 * Reads timed cues from WebVTT or SubRip lines, one line at a time: an optional identifier line, a
 * timing line, then text lines up to a blank line.
 *
 * Lenient where real files are sloppy: a missing blank line before the next timing line is
 * tolerated (a cue number left at the end of the previous cue's text is taken off it), and text
 * after a stray blank line inside a cue is added to that cue. A timing line that cannot be read is a
 * warning naming the line; that cue is skipped and reading goes on.
 *
 * So a cue is complete only once the next timing line comes (or the input ends): `push` returns a
 * cue then, and not before. A line outside any cue waits for the next line, which tells whether it
 * was a cue identifier.
 */
export function createCueReader(opts: Omit<ReadCuesOptions, "from">): CueReader {
  const { source, example } = opts;
  const warnings: Problem[] = [];
  /** The cue taking text lines, until a blank line. */
  let current: RawCue | undefined;
  /** The last good cue: text after a stray blank line is added to it. */
  let last: RawCue | undefined;
  /** The last cue not yet returned: it may still take text. */
  let open: RawCue | undefined;
  /** After a bad timing line, that cue's text is dropped up to the next timing line. */
  let dropping = false;
  /** Inside a block that is skipped up to the next blank line. */
  let skippingBlock = false;
  /** A line outside any cue, waiting to see whether a timing line follows it (then it is an identifier). */
  let waiting: { raw: string; trimmed: string; lineNo: number } | undefined;

  const close = (out: RawCue[]) => {
    if (open !== undefined) out.push(open);
    open = undefined;
  };

  /** The rest of a line outside any cue, once the line after it is known (undefined at the end). */
  const settle = (line: { raw: string; trimmed: string; lineNo: number }, next: string | undefined) => {
    if (next !== undefined && looksLikeCueTiming(next.trim())) return; // a cue identifier
    if (opts.isSkippedBlock?.(line.trimmed) === true) {
      skippingBlock = true;
      return;
    }
    if (dropping || CUE_NUMBER.test(line.trimmed)) return;
    if (last !== undefined) {
      last.lines.push({ text: line.raw, line: line.lineNo });
      current = last;
      return;
    }
    warnings.push({
      source,
      line: line.lineNo,
      message: `text before the first cue skipped; expected a timing line like '${example}'`,
      excerpt: line.trimmed.slice(0, 200),
    });
    skippingBlock = true;
  };

  const push = (raw: string, lineNo: number): RawCue[] => {
    const out: RawCue[] = [];
    if (waiting !== undefined) {
      const line = waiting;
      waiting = undefined;
      settle(line, raw);
    }
    const trimmed = raw.trim();
    if (trimmed === "") {
      current = undefined;
      skippingBlock = false;
      return out;
    }
    if (skippingBlock) return out;

    if (looksLikeCueTiming(trimmed)) {
      const timing = parseCueTiming(trimmed);
      if (timing.ok) {
        const tail = current?.lines.at(-1);
        if (current !== undefined && tail !== undefined && looksLikeCueId(tail.text.trim())) {
          current.lines.pop();
        }
        close(out);
        current = { start: timing.start, end: timing.end, timingLine: lineNo, lines: [] };
        last = current;
        open = current;
        dropping = false;
      } else {
        warnings.push({
          source,
          line: lineNo,
          message: `cue timing is not valid: ${timing.message}; expected a line like '${example}'; cue skipped`,
          excerpt: trimmed.slice(0, 200),
        });
        // The last cue can take no more text: what follows is dropped up to the next timing line.
        close(out);
        current = undefined;
        dropping = true;
      }
      return out;
    }

    if (current !== undefined) {
      current.lines.push({ text: raw, line: lineNo });
      return out;
    }
    // A block that does not start with a timing line: what it is depends on the next line.
    waiting = { raw, trimmed, lineNo };
    return out;
  };

  const end = (): RawCue[] => {
    const out: RawCue[] = [];
    if (waiting !== undefined) settle(waiting, undefined);
    waiting = undefined;
    close(out);
    return out;
  };

  return { push, end, warnings };
}

/** Reads the timed cues of a whole file's lines (see `createCueReader`). */
export function readCues(lines: readonly string[], opts: ReadCuesOptions): ReadCuesResult {
  const reader = createCueReader(opts);
  const cues: RawCue[] = [];
  // One by one: spread into push, a file of 300,000 cues overflows the stack.
  for (let i = opts.from ?? 0; i < lines.length; i++)
    for (const cue of reader.push(lines[i] ?? "", i + 1)) cues.push(cue);
  for (const cue of reader.end()) cues.push(cue);
  return { cues, warnings: reader.warnings };
}
