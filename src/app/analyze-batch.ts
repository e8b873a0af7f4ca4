import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { analyzeInterview } from "../core/read/analyze-interview.js";
import type { Evidence } from "../core/signals/evidence.js";
import type { Band, Polarity } from "../core/signals/signal.js";
import { analyzeCase } from "./analyze-case.js";

/** Notes in one record may be this long (UTF-8 bytes). */
export const MAX_NOTES_BYTES = 1024 * 1024;
/** A line may be this long (characters); longer lines are cut by `readLines` and refused here. */
export const MAX_LINE_CHARS = 8 * 1024 * 1024;

export interface BatchRead {
  id: string;
  signals: { id: string; polarity: Polarity; evidence: Evidence[] }[];
  read: { band: Band; score: number; summary: string };
  /** Files of a `dir` record that could not be read (only when there were some). */
  skipped?: { source: string; reason: string }[];
}

export type BatchErrorCode =
  | "line-too-long"
  | "not-json"
  | "not-an-object"
  | "missing-id"
  | "missing-input"
  | "both-inputs"
  | "bad-notes"
  | "empty-notes"
  | "notes-too-long"
  | "bad-dir"
  | "dir-not-found"
  | "nothing-readable"
  | "internal-error";

export interface BatchError {
  id?: string;
  /** 1-based line of the input the record was on. */
  line: number;
  error: { code: BatchErrorCode; message: string };
}

export type BatchLine = BatchRead | BatchError;

export function isBatchError(line: BatchLine): line is BatchError {
  return "error" in line;
}

export interface BatchOptions {
  /** ISO time the reads are made at. */
  now: string;
  /** Folder that `dir` records are relative to (default: the working folder). */
  baseDir?: string;
  /** The candidate's name, for transcripts and emails of `dir` records. */
  me?: string;
}

type BatchRecord = { id: string; notes: string } | { id: string; dir: string };

class RecordError extends Error {
  constructor(
    readonly code: BatchErrorCode,
    message: string,
    readonly id?: string,
  ) {
    super(message);
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

/** Checks one line's JSON against `{"id", "notes"}` or `{"id", "dir"}`; throws a RecordError saying what is wrong. */
function parseRecord(line: string): BatchRecord {
  if (line.length > MAX_LINE_CHARS) {
    throw new RecordError("line-too-long", `line is over ${MAX_LINE_CHARS / 1024 / 1024} MB`);
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    const excerpt = line.length > 40 ? `${line.slice(0, 40)}…` : line;
    throw new RecordError("not-json", `not JSON (${(e as Error).message}): ${JSON.stringify(excerpt)}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new RecordError(
      "not-an-object",
      `expected an object like {"id": "…", "notes": "…"}, got ${describe(value)}`,
    );
  }
  const rec = value as { id?: unknown; notes?: unknown; dir?: unknown };
  const id = typeof rec.id === "number" && Number.isFinite(rec.id) ? String(rec.id) : rec.id;
  if (typeof id !== "string" || id.trim() === "") {
    throw new RecordError(
      "missing-id",
      `"id" must be a non-empty string, got ${rec.id === undefined ? "none" : describe(rec.id)}`,
    );
  }
  const hasNotes = rec.notes !== undefined;
  const hasDir = rec.dir !== undefined;
  if (hasNotes && hasDir) throw new RecordError("both-inputs", 'give "notes" or "dir", not both', id);
  if (!hasNotes && !hasDir) {
    throw new RecordError("missing-input", 'a record needs "notes" (free text) or "dir" (a case folder)', id);
  }
  if (hasNotes) {
    if (typeof rec.notes !== "string")
      throw new RecordError("bad-notes", `"notes" must be a string, got ${describe(rec.notes)}`, id);
    const bytes = Buffer.byteLength(rec.notes, "utf8");
    if (bytes > MAX_NOTES_BYTES) {
      throw new RecordError(
        "notes-too-long",
        `notes are ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is 1 MB`,
        id,
      );
    }
    if (rec.notes.trim() === "") throw new RecordError("empty-notes", '"notes" is empty', id);
    return { id, notes: rec.notes };
  }
  if (typeof rec.dir !== "string" || rec.dir.trim() === "") {
    throw new RecordError("bad-dir", `"dir" must be a non-empty string, got ${describe(rec.dir)}`, id);
  }
  return { id, dir: rec.dir };
}

async function analyzeRecord(rec: BatchRecord, options: BatchOptions): Promise<BatchRead> {
  if ("notes" in rec) {
    const analysis = analyzeInterview({
      docs: [{ kind: "notes", source: rec.id, text: rec.notes }],
      now: options.now,
      ...(options.me ? { me: options.me } : {}),
    });
    return toBatchRead(rec.id, analysis.signals, analysis.read);
  }
  const dir = resolve(options.baseDir ?? ".", rec.dir);
  const exists = await stat(dir).then(
    () => true,
    () => false,
  );
  if (!exists)
    throw new RecordError(
      "dir-not-found",
      `dir ${JSON.stringify(rec.dir)} does not exist (looked for ${dir})`,
      rec.id,
    );
  const result = await analyzeCase([dir], { now: options.now, ...(options.me ? { me: options.me } : {}) });
  const { analysis } = result;
  if (result.isEmpty) {
    const first = analysis.skipped[0];
    const why = first ? `: ${first.source}: ${first.reason}` : " (no notes, transcripts, invites or emails)";
    throw new RecordError(
      "nothing-readable",
      `nothing in ${JSON.stringify(rec.dir)} could be read${why}`,
      rec.id,
    );
  }
  const out = toBatchRead(rec.id, analysis.signals, analysis.read);
  return analysis.skipped.length > 0 ? { ...out, skipped: analysis.skipped } : out;
}

function toBatchRead(
  id: string,
  signals: { id: string; polarity: Polarity; evidence: Evidence[] }[],
  read: { band: Band; score: number; summary: string },
): BatchRead {
  return {
    id,
    signals: signals.map((s) => ({ id: s.id, polarity: s.polarity, evidence: s.evidence })),
    read: { band: read.band, score: read.score, summary: read.summary },
  };
}

/**
 * Reads JSONL records (`{"id", "notes"}` or `{"id", "dir"}`) one at a time and yields one result per
 * record, in order: a read, or an error that says which line and what was wrong. Bad records never
 * stop the batch, and nothing is kept between records, so memory stays flat however long the input.
 * Blank lines are skipped.
 */
export async function* analyzeBatch(
  lines: AsyncIterable<string>,
  options: BatchOptions,
): AsyncGenerator<BatchLine> {
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === "") continue;
    yield await analyzeLine(line, lineNo, options);
  }
}

async function analyzeLine(line: string, lineNo: number, options: BatchOptions): Promise<BatchLine> {
  let id: string | undefined;
  try {
    const rec = parseRecord(line);
    id = rec.id;
    return await analyzeRecord(rec, options);
  } catch (e) {
    if (e instanceof RecordError) {
      const recId = e.id ?? id;
      return {
        ...(recId !== undefined ? { id: recId } : {}),
        line: lineNo,
        error: { code: e.code, message: e.message },
      };
    }
    // A bug in the analyser: report it on this record and go on with the rest.
    const message = e instanceof Error ? e.message : String(e);
    return { ...(id !== undefined ? { id } : {}), line: lineNo, error: { code: "internal-error", message } };
  }
}

/**
 * Splits a stream of text or bytes into lines (LF or CRLF), without holding more than one line.
 * A line longer than `maxChars` is cut to `maxChars + 1` characters (the rest is dropped), so that
 * `analyzeBatch` can refuse it without the whole line ever being in memory.
 */
export async function* readLines(
  chunks: AsyncIterable<string | Uint8Array>,
  maxChars = MAX_LINE_CHARS,
): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let current = "";
  let isFirst = true;
  const finish = (line: string): string => {
    let out = line.endsWith("\r") ? line.slice(0, -1) : line;
    if (isFirst && out.charCodeAt(0) === 0xfeff) out = out.slice(1);
    isFirst = false;
    return out;
  };
  const append = (piece: string) => {
    if (current.length <= maxChars) current += piece.slice(0, maxChars + 1 - current.length);
  };
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      append(text.slice(start, nl));
      yield finish(current);
      current = "";
      start = nl + 1;
    }
    append(text.slice(start));
  }
  append(decoder.decode());
  if (current !== "") yield finish(current);
}
