import type { TranscriptDoc, Utterance } from "../core/read/documents.js";
import { limitWarnings } from "./limit-warnings.js";
import { failed, type ParseResult, type Problem, parsed } from "./parse-result.js";
import { parseTimestamp } from "./parse-timestamp.js";
import { splitLines } from "./split-lines.js";
import { looksLikeSpeakerName, splitSpeakerPrefix } from "./split-speaker-prefix.js";

/** A turn started by a line: who, when, and the text on that line (may be empty). */
interface Turn {
  speaker?: string;
  start?: number;
  text: string;
}

interface Draft {
  speaker: string | undefined;
  start: number | undefined;
  parts: string[];
  /** Line of the first text; unset while a header waits for its paragraph. */
  line: number | undefined;
}

/** The longest bracketed stamp: `[1000:00:00.000]`. */
const MAX_STAMP = 18;
/** What a stamp is made of; a bracket of these that is not a time gets a warning. */
const STAMP_CHARS = /^[\d:.,]+$/;
const OPENERS: ReadonlyMap<string, string> = new Map([
  ["[", "]"],
  ["(", ")"],
]);
/** Otter's closing line, "Transcribed by https://otter.ai". */
const OTTER_FOOTER = /^transcribed by\b/i;
/** Zoom's saved captions: "[Name] 13:32:23", the time of day, then the text below. */
const BRACKET_HEADER = /^\[([^\][]{1,60})\][ \t]+(\d{1,2}:\d{2}(?::\d{2})?)$/;
const DAY_SECONDS = 86_400;

/**
 * How a plain-text transcript marks its turns, by what its lines look like:
 * - `timed-headers`: a name, a gap and a time on a line of its own, the text below (Otter, Teams);
 * - `bracket-headers`: `[Name] 13:32:23` and the text below (Zoom's saved captions);
 * - `timed-lines`: a time and a name before the text, or after the name (`[00:01] Name: text`,
 *   `00:01:02<TAB>Name:<TAB>text` of Zoom's chat, `Name (00:01):` of Rev);
 * - `speaker-lines`: `Name: text` (Meet, Fireflies, typed by hand).
 */
export type TextLayout = "timed-headers" | "bracket-headers" | "timed-lines" | "speaker-lines";

/** Reads a plain-text transcript's lines one at a time: what `parseTranscriptText` is made of. */
export interface TextTurnReader {
  /** Reads the next line (`lineNo` is 1-based); returns the utterances it completed. */
  push(raw: string, lineNo: number): Utterance[];
  /** The input has ended: returns the utterance still open. */
  end(): Utterance[];
  readonly warnings: Problem[];
  /** Lines before the first turn, left out: the first of them and how many. */
  readonly preamble: { line: number; text: string; count: number } | undefined;
  /** The first line that is not blank, for a message about a file without turns. */
  readonly firstLine: { line: number; text: string } | undefined;
  /** How many lines started a turn with a speaker, by the layout they are written in. */
  readonly layouts: ReadonlyMap<TextLayout, number>;
}

/**
 * Reads plain-text transcript lines one at a time (see `parseTranscriptText` for the shapes). An
 * utterance is complete when the next turn starts or the input ends: a line without a speaker may
 * still continue it.
 */
export function createTextTurnReader(source: string): TextTurnReader {
  const warnings: Problem[] = [];
  let current: Draft | undefined;
  let preamble: { line: number; text: string; count: number } | undefined;
  let firstLine: { line: number; text: string } | undefined;
  const layouts = new Map<TextLayout, number>();
  const count = (layout: TextLayout) => layouts.set(layout, (layouts.get(layout) ?? 0) + 1);
  /** The time of day of the first bracket header: its turns start from there. */
  let clockBase: number | undefined;

  const flush = (out: Utterance[]) => {
    if (current?.line !== undefined && current.parts.length > 0) out.push(toUtterance(current));
    current = undefined;
  };

  const push = (raw: string, lineNo: number): Utterance[] => {
    const out: Utterance[] = [];
    const trimmed = raw.trim();
    if (trimmed !== "") firstLine ??= { line: lineNo, text: trimmed };
    if (trimmed === "" || OTTER_FOOTER.test(trimmed)) return out;

    const bracket = readBracketHeader(trimmed);
    if (bracket !== undefined) {
      flush(out);
      count("bracket-headers");
      clockBase ??= bracket.clock;
      // A time of day: seconds since the first header, across midnight too.
      const start = (bracket.clock - clockBase + DAY_SECONDS) % DAY_SECONDS;
      current = { speaker: bracket.speaker, start, parts: [], line: undefined };
      return out;
    }

    const header = readOtterHeader(trimmed);
    if (header !== undefined) {
      flush(out);
      count("timed-headers");
      current = { speaker: header.speaker, start: header.start, parts: [], line: undefined };
      return out;
    }

    const turn = readTurn(trimmed, source, lineNo, warnings);
    if (turn.speaker !== undefined || turn.start !== undefined) {
      flush(out);
      if (turn.speaker !== undefined) count(turn.start === undefined ? "speaker-lines" : "timed-lines");
      current = {
        speaker: turn.speaker,
        start: turn.start,
        parts: turn.text === "" ? [] : [turn.text],
        line: turn.text === "" ? undefined : lineNo,
      };
      return out;
    }
    if (turn.text === "") return out;
    if (current !== undefined) {
      current.parts.push(turn.text);
      current.line ??= lineNo;
      return out;
    }
    if (preamble === undefined) preamble = { line: lineNo, text: turn.text, count: 1 };
    else preamble.count++;
    return out;
  };

  const end = (): Utterance[] => {
    const out: Utterance[] = [];
    flush(out);
    return out;
  };

  return {
    push,
    end,
    warnings,
    get preamble() {
      return preamble;
    },
    get firstLine() {
      return firstLine;
    },
    layouts,
  };
}

/**
 * Reads a plain-text transcript into utterances. Understood line shapes:
 *
 * - `Name: text`, with an optional stamp first: `[00:01:02]`, `[01:02]`, `(00:01:02)` or a bare
 *   `00:01:02`; or after the name: `Name (00:01:02): text`, `Name [01:02]: text`.
 * - Otter exports: a header `Name  0:03` (two or more spaces or a tab, then a time) and the
 *   paragraph below it as that speaker's text. `Name:` alone on a line works the same way.
 * - Zoom's saved captions: a header `[Name] 13:32:23` and the text below. The time is the time of
 *   day, so turns start from the first header's.
 * - A line without a speaker continues the previous utterance, joined with a space, also after a
 *   blank line (a new paragraph is not a new turn).
 * - A bracketed stamp on its own starts a new utterance without a speaker.
 *
 * "Name" must look like a name (see `looksLikeSpeakerName`) so prose with a colon stays prose.
 * Lines before the first turn (a title, a list of attendees) are left out with a warning.
 */
export function parseTranscriptText(text: string, source: string): ParseResult<TranscriptDoc> {
  const lines = splitLines(text);
  const reader = createTextTurnReader(source);
  const utterances: Utterance[] = [];
  for (let i = 0; i < lines.length; i++)
    for (const u of reader.push(lines[i] ?? "", i + 1)) utterances.push(u);
  for (const u of reader.end()) utterances.push(u);
  const warnings = reader.warnings;

  if (!utterances.some((u) => u.speaker !== undefined)) {
    const problem: Problem = { source, message: "no speaker turns found; expected lines like 'Name: text'" };
    if (reader.firstLine !== undefined) {
      problem.line = reader.firstLine.line;
      problem.excerpt = reader.firstLine.text.slice(0, 200);
    }
    return failed(problem, ...limitWarnings(warnings));
  }
  const preamble = reader.preamble;
  if (preamble !== undefined) {
    const n = preamble.count;
    warnings.unshift({
      source,
      line: preamble.line,
      message: `${n} line${n === 1 ? "" : "s"} before the first speaker turn left out (read as a heading)`,
      excerpt: preamble.text.slice(0, 200),
    });
  }
  // The heading left out may say when the recording started ("Thu, Nov 26, 2026 2:00PM • 48:12").
  const firstLine = utterances[0]?.line ?? 1;
  const startedAt = recordingStart(lines.slice(0, Math.min(firstLine - 1, 12)).join("\n"));
  return parsed(
    { kind: "transcript", source, format: "text", utterances, ...(startedAt ? { startedAt } : {}) },
    limitWarnings(warnings),
  );
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A date with its year and a time in a transcript's heading: "Nov 26, 2026 2:00PM", "26 November 2026, 14:00". */
const HEADING_TIME =
  /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?/i;

/** The wall-clock time a transcript's heading gives for the recording's start ("2026-11-26T14:00:00"), if any. */
export function recordingStart(heading: string): string | undefined {
  const m = HEADING_TIME.exec(heading);
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[1] ?? m[4] ?? "").toLowerCase().slice(0, 3)) + 1;
  const day = Number(m[2] ?? m[3]);
  let hour = Number(m[6]);
  const minute = Number(m[7]);
  if (m[8]) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/^p/i.test(m[8]) ? 12 : 0);
  }
  if (month < 1 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${m[5]}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00`;
}

function toUtterance(draft: Draft): Utterance {
  const text = draft.parts.join(" ");
  const line = draft.line ?? 0; // flush() keeps only drafts with a line
  const timed: Utterance = draft.start === undefined ? { text, line } : { text, start: draft.start, line };
  return draft.speaker === undefined ? timed : { speaker: draft.speaker, ...timed };
}

/** `[Name] 13:32:23`: a speaker in brackets (any text with a letter) and a time of day. */
function readBracketHeader(line: string): { speaker: string; clock: number } | undefined {
  const match = BRACKET_HEADER.exec(line);
  const speaker = match?.[1]?.replace(/\s+/g, " ").trim() ?? "";
  if (match === null || !/\p{L}/u.test(speaker)) return undefined;
  const clock = parseTimestamp(match[2] ?? "");
  return clock === undefined ? undefined : { speaker, clock };
}

/** How many lines `textLayoutOf` looks at: the layout shows in the first screens of a file. */
const SNIFF_LINES = 200;
/** Turn headers on a line of their own are a strong sign: a fifth of the lines suffices. */
const HEADER_SHARE = 0.2;
/** "Name: text" lines are also how notes quote people: half the lines must be turns. */
const LINE_SHARE = 0.5;

/**
 * The layout a text is a transcript in, judged by its content (never by its name) over its first
 * lines: at least two turn headers making a fifth of the lines that are not blank, or at least
 * three speaker lines making half of them. Undefined for notes and other prose.
 */
export function textLayoutOf(text: string): TextLayout | undefined {
  const reader = createTextTurnReader("sniff");
  let lines = 0;
  let at = 0;
  while (at < text.length && lines < SNIFF_LINES) {
    let end = text.indexOf("\n", at);
    if (end === -1) end = text.length;
    const line = text.slice(at, end);
    at = end + 1;
    if (line.trim() === "") continue;
    lines++;
    reader.push(line, lines);
  }
  const headers = (["bracket-headers", "timed-headers"] as const).map(
    (l) => [l, reader.layouts.get(l) ?? 0] as const,
  );
  const [bestHeader] = [...headers].sort((a, b) => b[1] - a[1]);
  if (bestHeader !== undefined && bestHeader[1] >= 2 && bestHeader[1] >= lines * HEADER_SHARE)
    return bestHeader[0];
  const timed = reader.layouts.get("timed-lines") ?? 0;
  const plain = reader.layouts.get("speaker-lines") ?? 0;
  if (timed + plain >= 3 && timed + plain >= lines * LINE_SHARE)
    return timed >= plain ? "timed-lines" : "speaker-lines";
  return undefined;
}

/** `Name  0:03` or `Name\t1:02:03`: a name, two or more spaces or a tab, then a time. */
function readOtterHeader(line: string): { speaker: string; start: number } | undefined {
  const cut = Math.max(line.lastIndexOf(" "), line.lastIndexOf("\t"));
  if (cut <= 0) return undefined;
  const time = line.slice(cut + 1);
  if (!time.includes(":")) return undefined;
  const start = parseTimestamp(time);
  if (start === undefined) return undefined;
  let nameEnd = cut;
  while (nameEnd > 0 && isBlank(line.charAt(nameEnd - 1))) nameEnd--;
  const separator = line.slice(nameEnd, cut + 1);
  if (separator.length < 2 && separator !== "\t") return undefined;
  const speaker = line.slice(0, nameEnd).replace(/\s+/g, " ");
  return looksLikeSpeakerName(speaker) ? { speaker, start } : undefined;
}

function isBlank(ch: string): boolean {
  return ch === " " || ch === "\t";
}

/**
 * Reads a line's stamp and speaker. `text` is the line without them; a turn has neither when the
 * line is a continuation. A bracket that looks like a stamp but is not a time is a warning, and the
 * line is read without it.
 */
function readTurn(line: string, source: string, lineNo: number, warnings: Problem[]): Turn {
  let rest = line;
  let start: number | undefined;
  let bracketed = false;

  const close = OPENERS.get(line.charAt(0));
  if (close !== undefined) {
    const end = line.slice(0, MAX_STAMP).indexOf(close);
    const inner = end > 0 ? line.slice(1, end) : "";
    if (inner.includes(":") && STAMP_CHARS.test(inner)) {
      start = parseTimestamp(inner);
      if (start === undefined) {
        warnings.push({
          source,
          line: lineNo,
          message: `${line.slice(0, end + 1)} is not a time like [00:01:02]; line read without it`,
          excerpt: line.slice(0, 200),
        });
      } else {
        bracketed = true;
      }
      rest = line.slice(end + 1).trim();
    }
  } else if (/^\d/.test(line)) {
    const space = line.slice(0, MAX_STAMP).search(/\s/);
    const token = space < 0 ? "" : line.slice(0, space);
    const seconds = token.includes(":") ? parseTimestamp(token) : undefined;
    if (seconds !== undefined) {
      const speaker = readSpeaker(stripSeparator(line.slice(space).trim()));
      // A bare stamp counts only before a speaker: "10:30 works for me" is prose.
      if (speaker !== undefined) return { start: seconds, ...speaker };
    }
  }

  rest = stripSeparator(rest);
  const speaker = readSpeaker(rest);
  if (speaker !== undefined) return start === undefined ? speaker : { start, ...speaker };
  return bracketed && start !== undefined ? { start, text: rest } : { text: rest };
}

/** Drops a separator after a stamp: `[00:01] - Name: text`, `00:01 | Name: text`. */
function stripSeparator(text: string): string {
  const ch = text.charAt(0);
  return (ch === "-" || ch === "–" || ch === "|") && /\s/.test(text.charAt(1)) ? text.slice(2).trim() : text;
}

/** "Name: text", or "Name (00:01:02): text" / "Name [01:02]: text" with the stamp after the name. */
function readSpeaker(text: string): Turn | undefined {
  const head = text.slice(0, 80);
  const open = head.search(/[[(]/);
  if (open > 0) {
    const opener = head.charAt(open);
    const close = head.indexOf(OPENERS.get(opener) ?? "", open);
    const after = text.charAt(close + 2);
    if (close > open && text.charAt(close + 1) === ":" && (after === "" || /\s/.test(after))) {
      const start = parseTimestamp(text.slice(open + 1, close));
      const speaker = text.slice(0, open).replace(/\s+/g, " ").trim();
      if (start !== undefined && looksLikeSpeakerName(speaker)) {
        return { speaker, start, text: text.slice(close + 2).trim() };
      }
    }
  }
  const prefix = splitSpeakerPrefix(text);
  return prefix === undefined ? undefined : { speaker: prefix.speaker, text: prefix.text };
}
