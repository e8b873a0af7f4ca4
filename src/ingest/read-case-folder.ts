import { open, readdir, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import type { ContextFacts, Doc } from "../core/read/documents.js";
import { decodeText } from "./decode-text.js";
import { type Kind, kindOfFile, unreadDocument } from "./kind-of-file.js";
import { formatProblem, type Problem } from "./parse-result.js";
import { parseTranscript, sniffTranscriptFormat } from "./parse-transcript.js";
import { type TextLayout, textLayoutOf } from "./parse-transcript-text.js";
import { looksLikeMbox, splitMbox } from "./split-mbox.js";

/** Kind is named here too: the workspace's add step imports it with the readers below. */
export type { Kind };

/** What reading a case folder (or a list of files) gave: documents, stated context, and what was skipped. */
export interface CaseFiles {
  docs: Doc[];
  context?: ContextFacts;
  /** Files that could not be read at all: each with a one-line reason. */
  skipped: { source: string; reason: string }[];
  /** Things read with reservations (a bad cue, a missing Date header). */
  warnings: string[];
  /** What each file read was taken for, judged by its content. */
  readAs: FileReading[];
}

/**
 * What a file was taken for: `notes`; a transcript as `webvtt`, `subrip` or a plain-text layout (see
 * `TextLayout`); an `invite`, an `email`, a `mailbox`; or `context`.
 */
export type ReadAs = "notes" | "webvtt" | "subrip" | TextLayout | "invite" | "email" | "mailbox" | "context";

export interface FileReading {
  source: string;
  as: ReadAs;
}

/** How files are read beyond what they hold. */
export interface ReadOptions {
  /**
   * The reader's IANA time zone, for an invite's floating times (see `parseIcs`); the machine's
   * zone when not given.
   */
  timeZone?: string;
}

/** The machine's own IANA zone: what a floating time means to the person at it. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A folder is read no deeper than this, and no more files than this, so a wrong path cannot hang us. */
const MAX_FILES = 2_000;
const MAX_MBOX_BYTES = 200 * 1024 * 1024;
const MAX_FILE_BYTES = 25 * 1024 * 1024;

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, depth: number) => {
    if (depth > 3 || out.length >= MAX_FILES) return;
    const entries = await readdir(d, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (out.length >= MAX_FILES) return;
      const p = join(d, e.name);
      if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") await walk(p, depth + 1);
      else if (e.isFile()) out.push(p);
    }
  };
  await walk(dir, 0);
  return out;
}

async function readBytes(path: string, limit: number): Promise<Uint8Array | string> {
  const info = await stat(path);
  if (info.size > limit) {
    return `file is ${Math.round(info.size / 1024 / 1024)} MB; the limit is ${Math.round(limit / 1024 / 1024)} MB`;
  }
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(info.size);
    await handle.read(buffer, 0, info.size, 0);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } finally {
    await handle.close();
  }
}

/**
 * How a text that may be a transcript reads, by its content: cue files (WebVTT, SubRip) by their
 * timing lines, plain-text exports by their turns (see `textLayoutOf`). Undefined for notes.
 */
function transcriptLayoutOf(text: string): ReadAs | undefined {
  switch (sniffTranscriptFormat(text)) {
    case "vtt":
      return "webvtt";
    case "srt":
      return "subrip";
    case "text":
      return textLayoutOf(text);
    default:
      return undefined;
  }
}

/** One file as given, before parsing: where it was found and its bytes. */
export interface GivenFile {
  /** The folder argument it was found in (its index in `paths`), or -1 for a file named on its own. */
  bundle: number;
  /** Its path relative to that folder, or its base name. */
  source: string;
  kind: Kind;
  bytes: Uint8Array;
}

/** Lists and reads the files behind `paths` (folders read recursively, a few levels deep). */
export async function readGivenFiles(paths: string[]): Promise<{
  files: GivenFile[];
  skipped: { source: string; reason: string }[];
  /** Documents a person would expect to be read (a .docx, a .pdf) that Debrief does not read, and why. */
  notRead: { source: string; reason: string }[];
}> {
  const skipped: { source: string; reason: string }[] = [];
  const notRead: { source: string; reason: string }[] = [];
  const files: GivenFile[] = [];
  const found: { path: string; source: string; bundle: number }[] = [];
  for (const [i, p] of paths.entries()) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(p);
    } catch {
      skipped.push({ source: p, reason: "no such file or folder" });
      continue;
    }
    if (info.isDirectory()) {
      for (const f of await listFiles(p))
        found.push({ path: f, source: relative(p, f) || basename(f), bundle: i });
    } else {
      found.push({ path: p, source: basename(p), bundle: -1 });
    }
  }
  for (const { path, source, bundle } of found) {
    const kind = kindOfFile(source);
    const unread = unreadDocument(source);
    if (unread) notRead.push({ source, reason: unread });
    if (kind === "ignore" || kind === "labels") continue;
    const bytes = await readBytes(path, kind === "mbox" ? MAX_MBOX_BYTES : MAX_FILE_BYTES).catch(
      (e: NodeJS.ErrnoException) => `cannot be read (${e.code ?? e.message})`,
    );
    if (typeof bytes === "string") skipped.push({ source, reason: bytes });
    else files.push({ bundle, source, kind, bytes });
  }
  return { files, skipped, notRead };
}

/**
 * Reads a case folder, or named files, into documents. Bad files are skipped with a reason and the
 * rest is still read. The one place in ingest that touches the disk.
 */
export async function readCaseFiles(
  paths: string[],
  stdinNotes?: string,
  options: ReadOptions = {},
): Promise<CaseFiles> {
  const zone = options.timeZone ?? machineTimeZone();
  const given = await readGivenFiles(paths);
  const result: CaseFiles = {
    docs: [],
    skipped: given.skipped,
    warnings: given.notRead.map((n) => n.reason),
    readAs: [],
  };
  if (stdinNotes !== undefined) await addText(result, "stdin", stdinNotes, "notes", zone);
  for (const f of given.files) await addFile(result, f.source, f.bytes, f.kind, zone);
  return result;
}

/** An uploaded file: its name (which says what it is) and bytes. */
export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads uploaded files and pasted notes the way a case folder is read, without touching the disk:
 * what the HTTP API's analysis and quick read use.
 */
export async function readUploads(
  uploads: Upload[],
  notes?: string,
  options: ReadOptions = {},
): Promise<CaseFiles> {
  const zone = options.timeZone ?? machineTimeZone();
  const given = givenUploads(uploads);
  const result: CaseFiles = { docs: [], skipped: given.skipped, warnings: [], readAs: [] };
  if (notes !== undefined && notes.trim() !== "") await addText(result, "notes", notes, "notes", zone);
  for (const f of given.files) await addFile(result, f.source, f.bytes, f.kind, zone);
  return result;
}

/**
 * Uploads as given files of one round (`bundle` -1), named by their base name: what a folder's files
 * are to `readGivenFiles`. Kinds Debrief does not read, and files over the size limits, are skipped.
 */
export function givenUploads(uploads: Upload[]): {
  files: GivenFile[];
  skipped: { source: string; reason: string }[];
} {
  const files: GivenFile[] = [];
  const skipped: { source: string; reason: string }[] = [];
  for (const u of uploads) {
    const source = basename(u.name.replace(/\\/g, "/")) || "upload";
    const kind = kindOfFile(source);
    const limit = kind === "mbox" ? MAX_MBOX_BYTES : MAX_FILE_BYTES;
    if (kind === "ignore" || kind === "labels")
      skipped.push({
        source,
        reason: "not a kind of file Debrief reads (.md .txt .vtt .srt .ics .eml .mbox)",
      });
    else if (u.bytes.length > limit)
      skipped.push({
        source,
        reason: `file is ${Math.round(u.bytes.length / 1024 / 1024)} MB; the limit is ${Math.round(limit / 1024 / 1024)} MB`,
      });
    else files.push({ bundle: -1, source, kind, bytes: u.bytes });
  }
  return { files, skipped };
}

/**
 * Parses one file's bytes (or, for an mbox, yields its messages one by one as separate files of
 * kind "email", each with its own bytes): what the workspace stores and re-reads.
 */
export async function parseGivenFile(
  source: string,
  bytes: Uint8Array,
  kind: Kind,
  options: ReadOptions = {},
): Promise<CaseFiles> {
  const result: CaseFiles = { docs: [], skipped: [], warnings: [], readAs: [] };
  await addFile(result, source, bytes, kind, options.timeZone ?? machineTimeZone());
  return result;
}

/** The messages of an mbox file, each as the bytes of one .eml; a bad file gives a reason instead. */
export function* splitMboxFile(
  source: string,
  bytes: Uint8Array,
): Generator<{ source: string; bytes: Uint8Array; line: number }, string | undefined> {
  const text = decodeText(bytes, source, { maxBytes: MAX_MBOX_BYTES });
  if (!text.ok) return text.problems[0] ? reasonOf(text.problems[0], source) : "could not be read";
  if (!looksLikeMbox(text.value)) return 'not an mbox file (expected messages starting with "From " lines)';
  const encoder = new TextEncoder();
  let n = 0;
  for (const { raw, line } of splitMbox(text.value)) {
    n++;
    yield { source: `${source}#${n}`, bytes: encoder.encode(raw), line };
  }
  return undefined;
}
function formatReadAs(format: "vtt" | "srt" | "text"): ReadAs {
  if (format === "vtt") return "webvtt";
  if (format === "srt") return "subrip";
  return "speaker-lines";
}

function skip(result: CaseFiles, problems: Problem[], source: string): void {
  const first = problems[0];
  result.skipped.push({ source, reason: first ? reasonOf(first, source) : "could not be read" });
}

/** A problem without the file name, which the reader shows before it: `line 4: the file ends inside …`. */
function reasonOf(problem: Problem, source: string): string {
  const { line, ...rest } = problem;
  const text = formatProblem(rest).replace(`${source}: `, "");
  return line === undefined ? text : `line ${line}: ${text}`;
}

function warn(result: CaseFiles, problems: Problem[]): void {
  // Many warnings from one file say the same thing: show the first few and count the rest.
  const shown = problems.slice(0, 5).map(formatProblem);
  result.warnings.push(...shown);
  if (problems.length > shown.length)
    result.warnings.push(`…and ${problems.length - shown.length} more warnings`);
}

async function addFile(
  result: CaseFiles,
  source: string,
  bytes: Uint8Array,
  kind: Kind,
  zone: string,
): Promise<void> {
  if (kind === "email") {
    const { parseEml } = await import("./parse-eml.js");
    const parsed = await parseEml(bytes, source);
    if (!parsed.ok) return skip(result, parsed.problems, source);
    warn(result, parsed.warnings);
    result.docs.push(parsed.value);
    result.readAs.push({ source, as: "email" });
    return;
  }
  const text = decodeText(bytes, source, kind === "mbox" ? { maxBytes: MAX_MBOX_BYTES } : {});
  if (!text.ok) return skip(result, text.problems, source);
  warn(result, text.warnings);
  await addText(result, source, text.value, kind, zone);
}

/** A context.json: the stated facts; a bad one is skipped with its problem. */
async function addContext(result: CaseFiles, source: string, text: string): Promise<void> {
  const { parseContext } = await import("./parse-context.js");
  const { context, problem } = parseContext(text, source);
  if (problem) result.skipped.push({ source, reason: problem.replace(`${source}: `, "") });
  if (context) {
    result.context = context;
    result.readAs.push({ source, as: "context" });
  }
}

async function addInvite(result: CaseFiles, source: string, text: string, zone: string): Promise<void> {
  const { parseIcs } = await import("./parse-ics.js");
  const parsed = parseIcs(text, source, { floatingZone: zone });
  if (!parsed.ok) return skip(result, parsed.problems, source);
  warn(result, parsed.warnings);
  result.docs.push(...parsed.value);
  result.readAs.push({ source, as: "invite" });
}

/** An mbox: each message read as an .eml; one that cannot be read is a warning, the rest still read. */
async function addMailbox(result: CaseFiles, source: string, text: string): Promise<void> {
  if (!looksLikeMbox(text)) {
    result.skipped.push({
      source,
      reason: 'not an mbox file (expected messages starting with "From " lines)',
    });
    return;
  }
  let n = 0;
  for (const { raw, line } of splitMbox(text)) {
    n++;
    const { parseEml } = await import("./parse-eml.js");
    const parsed = await parseEml(raw, `${source}#${n}`);
    if (!parsed.ok) {
      result.warnings.push(
        `${source}:${line}: message ${n} skipped: ${parsed.problems[0]?.message ?? "unreadable"}`,
      );
      continue;
    }
    result.docs.push(parsed.value);
  }
  result.readAs.push({ source, as: "mailbox" });
}

/** A .txt is whatever its content is; a file named as a transcript is read as one whatever. */
function addTranscriptOrNotes(result: CaseFiles, source: string, text: string, kind: Kind): void {
  const layout = kind === "notes" ? undefined : transcriptLayoutOf(text);
  if (kind === "transcript" || layout !== undefined) {
    const parsed = parseTranscript(text, source);
    if (parsed.ok) {
      warn(result, parsed.warnings);
      result.docs.push(parsed.value);
      result.readAs.push({ source, as: layout ?? formatReadAs(parsed.value.format) });
      return;
    }
    if (kind === "transcript") {
      skip(result, parsed.problems, source);
      return;
    }
  }
  result.docs.push({ kind: "notes", source, text });
  result.readAs.push({ source, as: "notes" });
}

async function addText(
  result: CaseFiles,
  source: string,
  text: string,
  kind: Kind,
  zone: string,
): Promise<void> {
  switch (kind) {
    // The readers of invites, mail and context (node-ical, postal-mime, zod) load only when such a
    // file is read: a note alone starts without them.
    case "context":
      return addContext(result, source, text);
    case "invite":
      return addInvite(result, source, text, zone);
    case "mbox":
      return addMailbox(result, source, text);
    case "transcript":
    case "text":
    case "notes":
      return addTranscriptOrNotes(result, source, text, kind);
    default:
      return;
  }
}
