import { readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Command, CommanderError } from "commander";
import pc from "picocolors";
import { environmentError } from "../app/environment-error.js";
import { InputError } from "../app/input-error.js";
import { registerAdd } from "./add.js";
import { registerAnalyze } from "./analyze.js";
import { registerApp } from "./app.js";
import { registerDraft } from "./draft.js";
import { registerExport } from "./export.js";
import { registerInsights } from "./insights.js";
import type { Io } from "./io.js";
import { registerList } from "./list.js";
import { registerLive } from "./live.js";
import { registerOutcome } from "./outcome.js";
import { registerReanalyze } from "./reanalyze.js";
import { registerRemind } from "./remind.js";
import { shouldColor } from "./render-analysis.js";
import { registerServe } from "./serve.js";
import { registerShow } from "./show.js";
import { terminalSafeOutput } from "./terminal-safe.js";
import { registerTodo } from "./todo.js";

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command("debrief")
    .description("Reads the signals after a job interview: evidence, an honest read, and what to do next.")
    .version(readVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) =>
        write(shouldColor(io.stderr, io.env) ? s.replace(/^error:/, pc.red("error:")) : s),
    })
    .showSuggestionAfterError()
    .addHelpText(
      "after",
      '\nExamples:\n  debrief analyze path/to/case\n  debrief analyze notes.md transcript.vtt --me "Jordan Lee"\n  pbpaste | debrief analyze -\n  debrief live --me "Jordan Lee" --invite invite.ics captions.vtt\n  debrief add path/to/case && debrief list\n',
    );
  registerAnalyze(program, io, setExitCode);
  registerLive(program, io, setExitCode);
  registerDraft(program, io, setExitCode);
  registerRemind(program, io, setExitCode);
  registerAdd(program, io, setExitCode);
  registerList(program, io, setExitCode);
  registerShow(program, io, setExitCode);
  registerTodo(program, io, setExitCode);
  registerOutcome(program, io, setExitCode);
  registerApp(program, io, setExitCode);
  registerInsights(program, io, setExitCode);
  registerReanalyze(program, io, setExitCode);
  registerExport(program, io, setExitCode);
  registerServe(program, io, setExitCode);
  return program;
}

/**
 * Runs the CLI with `argv` (the arguments after the program name) and returns the exit code:
 * 0 done, 1 bad input (`error: …` and a hint on stderr), 2 a bug (the stack on stderr).
 * The one place that turns failures into exit codes.
 */
export async function run(argv: string[], given: Io): Promise<number> {
  // Text from the inputs is shown, never obeyed: no escape sequence of theirs reaches the terminal.
  const io: Io = {
    ...given,
    stdout: terminalSafeOutput(given.stdout),
    stderr: terminalSafeOutput(given.stderr),
    terminal: given.terminal ?? given.stdout,
  };
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (e) {
    const color = shouldColor(io.stderr, io.env);
    if (e instanceof CommanderError) {
      // Commander has printed the help, the version or its own `error: …` already.
      return e.exitCode === 0 ? 0 : 1;
    }
    const input = e instanceof InputError ? e : environmentError(e);
    if (input) {
      io.stderr.write(`${color ? pc.red("error:") : "error:"} ${input.message}\n`);
      if (input.hint) io.stderr.write(`${color ? pc.dim("hint:") : "hint:"} ${input.hint}\n`);
      return 1;
    }
    const stack = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
    io.stderr.write(`debrief: unexpected failure, please report it:\n${stack}\n`);
    return 2;
  }
}

/**
 * Runs with the real process streams, waits until what was written to them is through, and ends the
 * process with the command's exit code.
 */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  if (STREAMING.has(argv.find((a) => !a.startsWith("-")) ?? ""))
    setFlagsFromString("--heap-growing-percent=30");
  // `debrief … | head` closes the pipe early: that is not a failure. Any other failure of standard
  // output (a full disk under `> file`, a device error) is: the output is incomplete, so it is told
  // and the exit is 1, never a stack and never a silent 0.
  let outputFailed: NodeJS.ErrnoException | undefined;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") outputFailed ??= e;
  });
  const code = await run(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    now: () => new Date(),
  });
  // A write's failure arrives after it, as an event: wait until what was written is through.
  if (!process.stdout.destroyed) await new Promise<void>((done) => process.stdout.write("", () => done()));
  await new Promise((done) => setImmediate(done));
  if (outputFailed) {
    const told = environmentError(outputFailed);
    process.stderr.write(
      `error: standard output: ${told?.message ?? outputFailed.message}; what was written is incomplete\n${told?.hint ? `hint: ${told.hint}\n` : ""}`,
    );
    process.exitCode = code === 0 ? 1 : code;
  } else process.exitCode = code;
  // Then the process ends at once, its output through and its command done (a server or a live
  // session has stopped by now). Left to end by itself, it would first finish V8's housekeeping (a
  // collection of the heap a long read built up, code compiled for calls that will not come): after
  // a 90-minute transcript's analysis, 25–30 ms of CPU, a quarter of what its read costs.
  const { stderr } = process;
  if (!stderr.destroyed && stderr.writableLength > 0)
    await new Promise<void>((done) => stderr.write("", () => done()));
  process.exit();
}

/**
 * The commands that stream a whole workspace through, a row or a page at a time. What they hold at once
 * is small, but they make garbage all the way, and V8 lets the heap grow to a few times what is live
 * before it collects: `debrief import` of 50,000 applications peaked at 304–341 MB of RSS with about
 * 60 MB live. Grown by 30% at most after each collection, it peaks at 184 MB, for about 5% more CPU.
 * Set here, where the CLI is its own process, not in `run`, which tests call in theirs.
 */
const STREAMING = new Set(["export", "import"]);

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

// Not awaited at the top level: the CLI is also bundled as CommonJS (scripts/bundle-cli.ts), where
// there is none. `main` turns every failure into an exit code itself.
if (isEntryPoint()) void main();
