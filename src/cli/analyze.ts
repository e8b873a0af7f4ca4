import { createReadStream, existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import pc from "picocolors";
import { InputError } from "../app/input-error.js";
import { parseCaseOptions, WHAT_WE_READ } from "./case-options.js";
import type { Io } from "./io.js";
import { renderAnalysis, shouldColor } from "./render-analysis.js";
import { writeWaiting } from "./workspace-io.js";

export interface AnalyzeFlags {
  json?: boolean;
  now?: string;
  me?: string;
  tz?: string;
  batch?: string;
  nudgeAfter?: string;
  color: boolean;
}

/** Notes piped in on stdin may be this long. */
const MAX_STDIN_BYTES = 25 * 1024 * 1024;
/** The batch progress line is redrawn at most this often (ms). */
const PROGRESS_EVERY_MS = 100;

function label(io: Io, kind: "error" | "warning" | "hint"): string {
  if (!shouldColor(io.stderr, io.env)) return `${kind}:`;
  return kind === "error" ? pc.red("error:") : kind === "warning" ? pc.yellow("warning:") : pc.dim("hint:");
}

async function readStdin(io: Io): Promise<string> {
  if (io.stdin.isTTY) io.stderr.write("Reading notes from standard input; finish with Ctrl-D.\n");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buf.length;
    if (size > MAX_STDIN_BYTES) {
      throw new InputError(
        "stdin-too-long",
        "notes on standard input are over 25 MB",
        "give the notes as a file instead",
      );
    }
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  if (text.trim() === "") {
    throw new InputError(
      "empty-stdin",
      'no notes on standard input ("-" reads them from there)',
      "pipe them in, e.g. pbpaste | debrief analyze -",
    );
  }
  return text;
}

async function analyzeFiles(
  paths: string[],
  flags: AnalyzeFlags,
  now: string,
  { nudgeAfterDays, timeZone }: { nudgeAfterDays: number | undefined; timeZone: string | undefined },
  io: Io,
): Promise<number> {
  const isStdin = paths.includes("-");
  const files = paths.filter((p) => p !== "-");
  const stdinNotes = isStdin ? await readStdin(io) : undefined;
  // Loaded here, not at start-up: the NLP model is read only when there is text to read.
  const { analyzeCase, toContractJson } = await import("../app/analyze-case.js");
  const result = await analyzeCase(files, {
    now,
    ...(flags.me ? { me: flags.me } : {}),
    ...(stdinNotes !== undefined ? { stdinNotes } : {}),
    ...(nudgeAfterDays !== undefined ? { nudgeAfterDays } : {}),
    ...(timeZone !== undefined ? { timeZone } : {}),
    // The text read says the drafts are in --json and shows none: only --json writes them.
    ...(flags.json ? {} : { drafts: false }),
  });
  const { skipped } = result.analysis;
  const reportProblems = () => {
    for (const w of result.warnings) io.stderr.write(`${label(io, "warning")} ${w}\n`);
    for (const s of skipped) io.stderr.write(`${label(io, "error")} ${s.source}: ${s.reason}\n`);
  };
  if (result.isEmpty) {
    reportProblems();
    const where = files.map((f) => JSON.stringify(f)).join(", ");
    throw new InputError(
      "nothing-readable",
      skipped.length > 0 ? "nothing could be read, so there is no read" : `found nothing to read in ${where}`,
      WHAT_WE_READ,
    );
  }
  if (flags.json) {
    io.stdout.write(`${JSON.stringify(toContractJson(result), null, 2)}\n`);
  } else {
    const color = shouldColor(io.stdout, io.env, flags.color);
    io.stdout.write(renderAnalysis(result, { color, width: Math.min(88, io.stdout.columns ?? 88), now }));
  }
  reportProblems();
  if (skipped.length === 0) return 0;
  const n = skipped.length === 1 ? "1 file" : `${skipped.length} files`;
  io.stderr.write(
    `${label(io, "hint")} the read above leaves out ${n}; fix or remove ${skipped.length === 1 ? "it" : "them"} and run again\n`,
  );
  return 1;
}

async function openBatch(
  file: string,
  io: Io,
): Promise<{ chunks: AsyncIterable<string | Uint8Array>; baseDir: string }> {
  if (file === "-") return { chunks: io.stdin, baseDir: process.cwd() };
  const info = await stat(file).catch(() => undefined);
  if (!info)
    throw new InputError(
      "batch-not-found",
      `--batch ${JSON.stringify(file)}: no such file`,
      "give a JSONL file, or - to read records from stdin",
    );
  if (!info.isFile())
    throw new InputError(
      "batch-not-a-file",
      `--batch ${JSON.stringify(file)} is not a file`,
      "give a JSONL file, or - to read records from stdin",
    );
  return { chunks: createReadStream(file), baseDir: dirname(resolve(file)) };
}

function formatRate(done: number, ms: number): string {
  return ms <= 0 ? "" : `${Math.round((done * 1000) / ms).toLocaleString("en-US")}/s`;
}

async function analyzeBatchFile(file: string, flags: AnalyzeFlags, now: string, io: Io): Promise<number> {
  const { chunks, baseDir } = await openBatch(file, io);
  const { analyzeBatch, isBatchError, readLines } = await import("../app/analyze-batch.js");
  const isTTY = io.stderr.isTTY === true;
  // Progress redraws one stderr line; with the records also on the terminal it would garble them.
  const showsProgress = isTTY && io.stdout.isTTY !== true;
  const started = performance.now();
  let lastDrawn = started;
  let done = 0;
  let errors = 0;
  let bugs = 0;
  const draw = () => {
    const elapsed = performance.now() - started;
    const rate = formatRate(done, elapsed);
    io.stderr.write(
      `\r\x1b[2K${done.toLocaleString("en-US")} records${errors > 0 ? `, ${errors} bad` : ""}${rate ? ` · ${rate}` : ""}`,
    );
  };
  const lines = readLines(chunks);
  for await (const out of analyzeBatch(lines, { now, baseDir, ...(flags.me ? { me: flags.me } : {}) })) {
    done++;
    if (isBatchError(out)) {
      errors++;
      if (out.error.code === "internal-error") bugs++;
    }
    if (!(await writeWaiting(io.stdout, `${JSON.stringify(out)}\n`))) break;
    if (showsProgress && performance.now() - lastDrawn >= PROGRESS_EVERY_MS) {
      lastDrawn = performance.now();
      draw();
    }
  }
  if (isTTY) {
    const seconds = (performance.now() - started) / 1000;
    const rate = formatRate(done, seconds * 1000);
    io.stderr.write(
      `\r\x1b[2K${done.toLocaleString("en-US")} records in ${seconds.toFixed(1)}s${rate ? ` (${rate})` : ""}: ` +
        `${(done - errors).toLocaleString("en-US")} read, ${errors.toLocaleString("en-US")} bad${errors > 0 ? ' (see the "error" lines in the output)' : ""}\n`,
    );
  }
  if (bugs > 0) {
    io.stderr.write(
      `${label(io, "error")} ${bugs} records hit a bug in debrief (code "internal-error"); please report it\n`,
    );
    return 2;
  }
  return 0;
}

/** The moment the example's README reads it at: without it, the example's promised dates have long passed. */
const EXAMPLE_NOW = "2026-03-04T18:00:00Z";

/**
 * The strong example interview shipped in the package (examples/ beside src/ and dist/), as a path to
 * type from here: relative when it is below the working folder, else absolute. Undefined if missing.
 */
export function exampleFolder(cwd = process.cwd()): string | undefined {
  const folder = fileURLToPath(new URL("../../examples/strong-product-designer", import.meta.url));
  if (!existsSync(folder)) return undefined;
  const near = relative(cwd, folder);
  return near !== "" && !near.startsWith("..") && !isAbsolute(near) ? near : folder;
}

/** `debrief analyze`: one interview's read, or a batch of them. */
export function registerAnalyze(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command("analyze")
    .description("Read the signals of one interview: a case folder, its files, or notes on stdin")
    .argument(
      "[paths...]",
      "a case folder, or files (notes.md transcript.vtt invite.ics emails/x.eml), or - for notes on stdin",
    )
    .option("--json", "print the read as JSON (signals, read, actions, …)")
    .option("--now <iso>", "when the read is made, ISO 8601 (default: now)")
    .option("--me <name>", "your name as it appears in transcripts and emails")
    .option("--tz <zone>", "your time zone, for invite times given without one (default: this machine's)")
    .option(
      "--nudge-after <days>",
      "days past a promised date before the status check: 0 on the date, 7 (default) a week after",
    )
    .option(
      "--batch <file>",
      'read JSONL records {"id", "notes"} or {"id", "dir"} from FILE (- for stdin); print one JSON line per record',
    )
    .option("--no-color", "plain output, no colour (also: NO_COLOR=1)")
    .addHelpText(
      "after",
      "\nA dir in a batch record is relative to the batch file's folder (to the working folder for stdin).\n",
    )
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      setExitCode(await analyzeAction(paths, flags, io));
    });
}

export async function analyzeAction(paths: string[], flags: AnalyzeFlags, io: Io): Promise<number> {
  const { now, nudgeAfterDays, timeZone } = parseCaseOptions(flags, io.now);
  if (flags.batch !== undefined) {
    if (paths.length > 0) {
      throw new InputError(
        "batch-and-paths",
        "--batch reads its records from FILE; paths cannot be given as well",
        'put each case in the batch file as {"id": "…", "dir": "path/to/case"}',
      );
    }
    return analyzeBatchFile(flags.batch, flags, now, io);
  }
  if (paths.length === 0) {
    const example = exampleFolder();
    throw new InputError(
      "no-input",
      "nothing to analyze: give it what you have from one interview",
      example
        ? `${WHAT_WE_READ}.\nTo see a read first, try the example that comes with Debrief: debrief analyze ${example} --now ${EXAMPLE_NOW}`
        : `${WHAT_WE_READ}; e.g. debrief analyze path/to/case`,
    );
  }
  return analyzeFiles(paths, flags, now, { nudgeAfterDays, timeZone }, io);
}
