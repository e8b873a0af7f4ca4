import type { Command } from "commander";
import pc from "picocolors";
import type { toContractJson } from "../app/analyze-case.js";
import { InputError } from "../app/input-error.js";
import type { LiveResult } from "../app/live-interview.js";
import type { LiveEvent, LiveSignalNote, LiveSnapshot, LiveUpdate } from "../core/read/live-session.js";
import { renderAddReport, terminalChooser } from "./add.js";
import { parseMe, parseNow, toLocalIso } from "./case-options.js";
import type { Io } from "./io.js";
import { renderAnalysis, shouldColor } from "./render-analysis.js";
import { renderBoard } from "./render-live.js";
import { terminalSafe } from "./terminal-safe.js";
import { withWorkspace } from "./workspace-io.js";

interface LiveFlags {
  me?: string;
  invite?: string;
  idle?: string;
  save?: boolean;
  application?: string;
  json?: boolean;
  now?: string;
  color: boolean;
}

/** Seconds without new text before the live read ends, unless --idle says otherwise. */
export const DEFAULT_IDLE_SECONDS = 300;
const MAX_IDLE_SECONDS = 24 * 3600;
/** The board is redrawn at most this often, and at least this often while the clock runs (ms). */
const REDRAW_MS = 100;
const TICK_MS = 1_000;

/** `debrief live`: follows a transcript as it is written; the full read when it stops. */
export function registerLive(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command("live")
    .description("Follow a transcript as it is written: the signals as they come, then the full read")
    .argument(
      "[file]",
      "the caption file a meeting tool keeps writing (.vtt, .srt, or Name: text lines); - or none: standard input",
    )
    .option("--me <name>", "your name as it appears in the transcript")
    .option("--invite <file>", "the calendar invite (.ics): the scheduled slot to measure against")
    .option(
      "--idle <seconds>",
      `stop after this many seconds without new text (default ${DEFAULT_IDLE_SECONDS}; Ctrl-C stops at once)`,
    )
    .option("--save", "file the interview (the transcript and the invite) in the workspace at the end")
    .option(
      "--application <app>",
      "with --save: file it under this application (id or company), or a new one",
    )
    .option("--json", "one JSON line per change, also on a terminal, and the full read as JSON at the end")
    .option("--now <iso>", "the moment of the read, ISO 8601 (default: the clock)")
    .option("--no-color", "plain output, no colour (also: NO_COLOR=1)")
    .addHelpText(
      "after",
      '\nOn a terminal a board is kept up to date in place; elsewhere (or with --json) each change is one JSON\nline ({"type":"update",…}) and the full read is the last ({"type":"final",…}).\n\nExamples:\n  debrief live --me "Jordan Lee" --invite invite.ics ~/Zoom/captions.vtt\n  some-caption-tool | debrief live --me "Jordan Lee" -\n',
    )
    .action(async (file: string | undefined, flags: LiveFlags) => {
      setExitCode(await liveAction(file ?? "-", flags, io));
    });
}

function parseIdle(value: string | undefined): number {
  if (value === undefined) return DEFAULT_IDLE_SECONDS * 1000;
  const seconds = Number(value.trim());
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || seconds <= 0 || seconds > MAX_IDLE_SECONDS) {
    throw new InputError(
      "bad-idle",
      `--idle ${JSON.stringify(value)} is not a number of seconds from 0 to ${MAX_IDLE_SECONDS}`,
      "e.g. --idle 120 to stop two minutes after the transcript stops growing",
    );
  }
  return seconds * 1000;
}

/** The `{"type":"update"}` line for one change. */
function updateLine(update: LiveUpdate): string {
  const s = update.snapshot;
  return JSON.stringify({
    type: "update",
    turns: s.turns,
    ...(s.elapsed ? { elapsedMinutes: s.elapsed.minutes } : {}),
    ...(s.scheduledMinutes !== undefined ? { scheduledMinutes: s.scheduledMinutes } : {}),
    band: s.read.band,
    score: s.read.score,
    provisional: s.provisional,
    newSignals: update.newSignals,
    droppedSignals: update.droppedSignals,
    talkShare: s.talkShare,
  });
}

/** The signals heard so far, after an update: those it dropped gone, its new ones added in the order said. */
function hearSignals(heard: LiveSignalNote[], update: LiveUpdate): void {
  for (const id of update.droppedSignals) {
    const at = heard.findIndex((s) => s.id === id);
    if (at >= 0) heard.splice(at, 1);
  }
  // Several at once (a file already written): in the order they were said.
  heard.push(...[...update.newSignals].sort((a, b) => (a.minute ?? 0) - (b.minute ?? 0)));
}

/** The board's lines now: on the clock, the minutes run on between updates. */
function boardLines(
  io: Io,
  source: string,
  color: boolean,
  now: () => string,
  state: { snapshot: LiveSnapshot; heard: LiveSignalNote[]; notice: string | undefined },
): string[] {
  const { snapshot, heard, notice } = state;
  const elapsed = snapshot.elapsed;
  // On the clock, the minutes run on between updates.
  const elapsedMinutes =
    elapsed?.basis === "clock" ? (Date.parse(now()) - Date.parse(elapsed.since)) / 60_000 : undefined;
  return renderBoard(
    {
      source,
      snapshot,
      heard,
      ...(elapsedMinutes !== undefined && elapsedMinutes >= 0 ? { elapsedMinutes } : {}),
      ...(notice ? { notice } : {}),
    },
    { color, width: (io.stdout.columns ?? 80) - 1 },
  );
}

/** The board on a terminal: redrawn in place (cursor up, each line cleared and written, the rest cleared). */
function createBoard(io: Io, source: string, color: boolean, now: () => string) {
  let snapshot: LiveSnapshot | undefined;
  const heard: LiveSignalNote[] = [];
  let notice: string | undefined;
  let drawn = 0;
  let lastDraw = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const draw = () => {
    pending = undefined;
    lastDraw = Date.now();
    if (!snapshot) return;
    const lines = boardLines(io, source, color, now, { snapshot, heard, notice });
    const up = drawn > 0 ? `\x1b[${drawn}A\r` : "";
    // The board's own cursor moves go straight to the terminal; its lines, which quote the inputs, are made safe.
    (io.terminal ?? io.stdout).write(
      `${up}${lines.map((l) => `\x1b[2K${terminalSafe(l)}\n`).join("")}\x1b[J`,
    );
    drawn = lines.length;
  };
  const schedule = () => {
    if (pending) return;
    const wait = Math.max(0, REDRAW_MS - (Date.now() - lastDraw));
    pending = setTimeout(draw, wait);
  };
  const ticker = setInterval(schedule, TICK_MS);

  return {
    start(first: LiveSnapshot) {
      (io.terminal ?? io.stdout).write("\x1b[?25l");
      snapshot = first;
      draw();
    },
    onEvent(event: LiveEvent) {
      snapshot = event.snapshot;
      if (event.type === "update") hearSignals(heard, event);
      schedule();
    },
    notice(text: string) {
      notice = text;
      schedule();
    },
    /** Takes the board away, for the full read to follow. */
    stop() {
      clearInterval(ticker);
      if (pending) clearTimeout(pending);
      const up = drawn > 0 ? `\x1b[${drawn}A\r` : "";
      (io.terminal ?? io.stdout).write(`${up}\x1b[J\x1b[?25h`);
      drawn = 0;
    },
  };
}

const ENDED: Record<LiveResult["followed"]["endedBy"], (idleSeconds: number) => string> = {
  idle: (s) => `the transcript stopped growing for ${s} s`,
  abort: () => "stopped",
  end: () => "the input ended",
};

/** The whole transcript's read: a JSON line, or the read as the terminal shows it after the board. */
function printFinal(
  io: Io,
  result: LiveResult,
  options: {
    asJson: boolean;
    color: boolean;
    idleMs: number;
    now: () => string;
    toContractJson: typeof toContractJson;
  },
): void {
  const { final, followed } = result;
  const at = final.plan.actions.length > 0 ? options.now() : undefined;
  if (options.asJson)
    io.stdout.write(`${JSON.stringify({ type: "final", ...options.toContractJson(final) })}\n`);
  else {
    const turns = followed.utterances.length;
    io.stdout.write(
      `${options.color ? pc.dim("Live read ended") : "Live read ended"}: ${ENDED[followed.endedBy](options.idleMs / 1000)}; ${turns} ${turns === 1 ? "turn" : "turns"} read. The whole transcript:\n\n`,
    );
    io.stdout.write(
      renderAnalysis(final, {
        color: options.color,
        width: Math.min(88, io.stdout.columns ?? 88),
        ...(at ? { now: at } : {}),
      }),
    );
  }
  for (const w of [...followed.warnings, ...final.warnings]) io.stderr.write(`warning: ${w}\n`);
  for (const s of final.analysis.skipped) io.stderr.write(`error: ${s.source}: ${s.reason}\n`);
}

/** `--save`: the interview filed in the workspace as a round, and what was filed. */
async function saveLive(
  io: Io,
  result: LiveResult,
  options: { flags: LiveFlags; me: string | undefined; now: () => string; asJson: boolean; color: boolean },
): Promise<void> {
  const { flags, me, now } = options;
  const savedAt = now();
  const { saveLiveInterview } = await import("../app/live-interview.js");
  const report = await withWorkspace(io.env, savedAt, (store) => {
    const chooser = terminalChooser(io, () => {});
    return saveLiveInterview(
      store,
      result,
      {
        now: savedAt,
        ...(flags.application !== undefined ? { application: flags.application } : {}),
        ...(me ? { me } : {}),
      },
      chooser ? { choose: chooser } : {},
    );
  });
  if (options.asJson) io.stdout.write(`${JSON.stringify({ type: "saved", ...report })}\n`);
  else io.stdout.write(`\n${renderAddReport(report, pc.createColors(options.color))}`);
  for (const s of report.skipped) io.stderr.write(`error: ${s.source}: ${s.reason} (not stored)\n`);
}

/** The flags read and checked: your name, the idle time, and the clock (fixed by --now). */
function readLiveFlags(
  flags: LiveFlags,
  io: Io,
): { me: string | undefined; idleMs: number; now: () => string } {
  const me = parseMe(flags.me);
  const idleMs = parseIdle(flags.idle);
  if (flags.application !== undefined && !flags.save)
    throw new InputError(
      "application-without-save",
      "--application says where --save files the interview",
      "add --save",
    );
  const fixed = flags.now === undefined ? undefined : parseNow(flags.now);
  const now = () => fixed ?? toLocalIso(io.now());
  return { me, idleMs, now };
}

export async function liveAction(file: string, flags: LiveFlags, io: Io): Promise<number> {
  const { me, idleMs, now } = readLiveFlags(flags, io);
  const isBoard = io.stdout.isTTY === true && !flags.json;
  const color = shouldColor(io.stdout, io.env, flags.color);

  const stop = new AbortController();
  const onInterrupt = () => stop.abort();
  process.once("SIGINT", onInterrupt);
  let board: ReturnType<typeof createBoard> | undefined;
  const notices: string[] = [];
  let result: LiveResult;
  // The reader and the NLP model are loaded once the arguments are known to be sound.
  const { startLiveInterview } = await import("../app/live-interview.js");
  const { toContractJson } = await import("../app/analyze-case.js");
  try {
    const live = await startLiveInterview({
      path: file,
      stdin: io.stdin,
      now,
      idleMs,
      signal: stop.signal,
      ...(me ? { me } : {}),
      ...(flags.invite !== undefined ? { invitePath: flags.invite } : {}),
      onRestart: (why) => {
        const text = `${live.source} was ${why === "truncated" ? "truncated" : "replaced"}: reading it again from the start (what was read is kept)`;
        if (board) board.notice(text);
        else notices.push(text);
      },
    });
    if (isBoard) {
      board = createBoard(io, live.source, color, now);
      board.start(live.session.snapshot());
      live.session.subscribe((event) => board?.onEvent(event));
    } else {
      live.session.subscribe((event) => {
        if (event.type === "update") io.stdout.write(`${updateLine(event)}\n`);
      });
    }
    result = await live.run();
  } finally {
    board?.stop();
    process.removeListener("SIGINT", onInterrupt);
  }
  for (const n of notices) io.stderr.write(`notice: ${n}\n`);

  const { final, followed } = result;
  if (followed.utterances.length === 0) {
    throw new InputError(
      "nothing-read",
      `no complete utterance was read from ${file === "-" ? "standard input" : JSON.stringify(file)}`,
      "give a transcript as WebVTT or SubRip captions, or lines like 'Name: what they said'",
    );
  }
  printFinal(io, result, { asJson: flags.json === true || !isBoard, color, idleMs, now, toContractJson });

  if (flags.save)
    await saveLive(io, result, { flags, me, now, asJson: flags.json === true || !isBoard, color });
  return final.analysis.skipped.length > 0 ? 1 : 0;
}
