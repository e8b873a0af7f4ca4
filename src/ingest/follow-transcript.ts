import type { Utterance } from "../core/read/documents.js";
import { cuesToUtterances } from "./cues-to-utterances.js";
import { limitWarnings } from "./limit-warnings.js";
import { looksLikeCueTiming } from "./parse-cue-timing.js";
import type { Problem } from "./parse-result.js";
import { createSrtReader } from "./parse-srt.js";
import type { TranscriptFormat } from "./parse-transcript.js";
import { createTextTurnReader } from "./parse-transcript-text.js";
import { createVttReader } from "./parse-vtt.js";

/** Reads a transcript as it is written: text in, as it comes, complete utterances out. */
export interface TranscriptFollower {
  /** Reads the next piece of text, cut anywhere; returns the utterances it completed, in order. */
  push(chunk: string): Utterance[];
  /** The text is complete: returns what was held back (a last line without a line break, the last cue). */
  end(): Utterance[];
  /** The format, once the first lines have told it. */
  readonly format: TranscriptFormat | undefined;
  /** What was read with reservations (a bad timing line, lines before the first turn). */
  readonly warnings: Problem[];
}

/** How many characters of the start `sniffTranscriptFormat` looks at for `WEBVTT`. */
const HEAD = 64;
/** Lines without a timing line after which a transcript is taken as plain text. */
const SNIFF_LINES = 8;
/** A `Name: text` line (with an optional stamp first), as a plain-text transcript starts. */
const TURN_LINE = /^\s*(\[?\d{1,2}:\d{2}(:\d{2})?\]?\s*)?[\p{Lu}][\p{L}.'’-]*(\s[\p{L}.'’-]+){0,3}\s*:\s\S/u;
const LINE_BREAK = /\r\n|\r|\n/g;

interface LineReader {
  push(raw: string, lineNo: number): Utterance[];
  end(): Utterance[];
  readonly warnings: Problem[];
}

function readerFor(format: TranscriptFormat, source: string): LineReader {
  switch (format) {
    case "vtt":
    case "srt": {
      const cues = format === "vtt" ? createVttReader(source) : createSrtReader(source);
      return {
        push: (raw, lineNo) => cuesToUtterances(cues.push(raw, lineNo)),
        end: () => cuesToUtterances(cues.end()),
        warnings: cues.warnings,
      };
    }
    case "text": {
      const turns = createTextTurnReader(source);
      return {
        push: (raw, lineNo) => turns.push(raw, lineNo),
        end: () => turns.end(),
        get warnings() {
          const p = turns.preamble;
          if (p === undefined) return turns.warnings;
          const n = p.count;
          const preamble: Problem = {
            source,
            line: p.line,
            message: `${n} line${n === 1 ? "" : "s"} before the first speaker turn left out (read as a heading)`,
            excerpt: p.text.slice(0, 200),
          };
          return [preamble, ...turns.warnings];
        },
      };
    }
    default: {
      const never: never = format;
      throw new Error(`unknown transcript format ${String(never)}`);
    }
  }
}

/**
 * Follows a transcript that is being written: a caption file a meeting tool keeps appending to (WebVTT,
 * SubRip) or `Name: text` lines. Give it the text as it comes, cut anywhere (mid-line, mid-cue, between
 * the CR and LF of a line break); it returns each utterance once it is complete, with the line it is
 * on in the whole text. What `parseTranscript` gives for the whole text is what the follower gives
 * for it in pieces.
 *
 * - A line is read once its line break has come; the last line, without one, waits for `end()`.
 * - A cue is complete when the next timing line comes, since text after a stray blank line still
 *   belongs to it; a plain-text turn when the next turn starts, since a line without a speaker
 *   continues it. So the newest utterance is held back until then, or until `end()`.
 * - The format is `sniffTranscriptFormat`'s, decided from the first lines: `WEBVTT` at the start, or
 *   the first timing line (`,` before the milliseconds is SubRip). A `Name: text` line before any
 *   timing line, or 8 lines without one, is plain text (so a file whose first timing line comes later
 *   than that is read as plain text, where the whole-file sniff would read cues).
 * - A byte order mark at the start is dropped.
 */
export function followTranscript(source: string): TranscriptFollower {
  let partial = "";
  let head = "";
  let isStarted = false;
  let isEnded = false;
  let lineNo = 0;
  let format: TranscriptFormat | undefined;
  let reader: LineReader | undefined;
  /** Lines read before the format was known; replayed into the reader once it is. */
  const early: string[] = [];
  /** Lines of `early` that were not blank. */
  let nonBlank = 0;

  /** The format once it can be told, else undefined (wait for more lines). */
  const decide = (line: string): TranscriptFormat | undefined => {
    const trimmed = line.trim();
    if (line.includes("-->") && looksLikeCueTiming(trimmed))
      return trimmed.slice(0, trimmed.indexOf("-->")).includes(",") ? "srt" : "vtt";
    if (trimmed === "") return undefined;
    nonBlank++;
    return TURN_LINE.test(line) || nonBlank >= SNIFF_LINES ? "text" : undefined;
  };

  /** True once the start either is `WEBVTT` or cannot become it. */
  const headIsKnown = () => {
    const h = head.trimStart();
    return h.startsWith("WEBVTT") || h.length >= 6 || head.length >= HEAD || isEnded;
  };

  /** Lines of `early` looked at so far. */
  let looked = 0;
  /** Decides from the lines of `early` not yet looked at, up to `last`. */
  const decideFrom = (last: number): TranscriptFormat | undefined => {
    for (; looked <= last; looked++) {
      const chosen = decide(early[looked] ?? "");
      if (chosen !== undefined) {
        looked++;
        return chosen;
      }
    }
    return undefined;
  };

  const start = (chosen: TranscriptFormat, out: Utterance[]) => {
    format = chosen;
    reader = readerFor(chosen, source);
    for (const [i, raw] of early.entries()) for (const u of reader.push(raw, i + 1)) out.push(u);
    early.length = 0;
  };

  const readLine = (raw: string, out: Utterance[]) => {
    lineNo++;
    if (reader !== undefined) {
      for (const u of reader.push(raw, lineNo)) out.push(u);
      return;
    }
    early.push(raw);
    if (!headIsKnown()) return;
    if (head.trimStart().startsWith("WEBVTT")) return start("vtt", out);
    const chosen = decideFrom(early.length - 1);
    if (chosen !== undefined) start(chosen, out);
  };

  const push = (chunk: string): Utterance[] => {
    if (isEnded) throw new Error("followTranscript: push after end");
    const out: Utterance[] = [];
    if (chunk === "") return out;
    let text = chunk;
    if (!isStarted) {
      isStarted = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (head.length < HEAD) head += text.slice(0, HEAD - head.length);
    partial += text;
    let from = 0;
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(partial); m !== null; m = LINE_BREAK.exec(partial)) {
      // A CR at the very end may be the first half of a CRLF: wait for the next character.
      if (m[0] === "\r" && m.index === partial.length - 1) break;
      readLine(partial.slice(from, m.index), out);
      from = m.index + m[0].length;
    }
    partial = partial.slice(from);
    return out;
  };

  const end = (): Utterance[] => {
    const out: Utterance[] = [];
    if (isEnded) return out;
    // Whatever follows the last line break is the last line, as `splitLines` has it (even when empty).
    const last = partial.endsWith("\r") ? partial.slice(0, -1) : undefined;
    if (last !== undefined) {
      readLine(last, out);
      partial = "";
    }
    isEnded = true;
    readLine(partial, out);
    partial = "";
    if (reader === undefined) {
      if (head.trimStart().startsWith("WEBVTT")) start("vtt", out);
      else start(decideFrom(early.length - 1) ?? "text", out);
    }
    for (const u of reader?.end() ?? []) out.push(u);
    return out;
  };

  return {
    push,
    end,
    get format() {
      return format;
    },
    get warnings() {
      return limitWarnings(reader?.warnings ?? []);
    },
  };
}
