import pc from "picocolors";
import type { Colors } from "picocolors/types.js";
import type { Store } from "../app/open-workspace.js";
import { parseNow } from "./case-options.js";
import type { Io, Output } from "./io.js";
import { shouldColor } from "./render-analysis.js";

/**
 * Opens the workspace, runs `work`, and closes it. The store (kysely, SQLite, PostgreSQL) is loaded
 * here, when a command needs it, not when the CLI starts: `debrief --help` never pays for it.
 */
export async function withWorkspace<T>(
  env: Record<string, string | undefined>,
  now: string,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const workspace = await import("../app/open-workspace.js");
  return workspace.withWorkspace(env, now, work);
}

/** What every workspace command shares: when "now" is, whether to colour, how to print JSON. */
export function nowOf(flags: { now?: string }, io: Io): string {
  return flags.now === undefined ? io.now().toISOString() : parseNow(flags.now);
}

export function colorsFor(io: Io): Colors {
  return shouldColor(io.stdout, io.env) ? pc : pc.createColors(false);
}

export function printJson(io: Io, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Prints an array as `printJson` would, the same bytes, its items written a page at a time as they come:
 * the memory used is a page's, not the whole array's.
 */
export async function printJsonPages(io: Io, pages: AsyncIterable<{ summaries: unknown[] }>): Promise<void> {
  let count = 0;
  for await (const page of pages) {
    let text = "";
    // Inside an array JSON.stringify indents each item's lines two more; a string holds no raw line break.
    for (const item of page.summaries)
      text += `${count++ === 0 ? "[\n" : ",\n"}  ${JSON.stringify(item, null, 2).replaceAll("\n", "\n  ")}`;
    if (!(await writeWaiting(io.stdout, text))) return;
  }
  io.stdout.write(count === 0 ? "[]\n" : "\n]\n");
}

/** Progress goes to stderr on a terminal (or with --progress), redrawn in place on a terminal. */
export function progressLine(
  io: Io,
  forced: boolean | undefined,
): ((line: string) => void) & { end(): void } {
  const isTTY = io.stderr.isTTY === true;
  const on = isTTY || forced === true;
  let last = 0;
  let shown = false;
  const write = ((line: string) => {
    if (!on) return;
    const now = Date.now();
    if (isTTY && now - last < 100) return;
    last = now;
    shown = true;
    io.stderr.write(isTTY ? `\r\x1b[2K${line}` : `${line}\n`);
  }) as ((line: string) => void) & { end(): void };
  write.end = () => {
    if (isTTY && shown) io.stderr.write("\r\x1b[2K");
  };
  return write;
}

/** "3 days ago", "today", "in 2 days", from whole days (positive = past). */
export function agoWords(days: number): string {
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days > 0) return `${days} days ago`;
  return days === -1 ? "tomorrow" : `in ${-days} days`;
}

/** Writes, and waits while a real pipe is full. Resolves false when the reader has gone. */
export function writeWaiting(out: Output, s: string): Promise<boolean> | boolean {
  if (out.destroyed) return false;
  const isReady = out.write(s);
  if (isReady !== false || !out.once) return true;
  const once = out.once.bind(out);
  return new Promise((done) => {
    const finish = (isOpen: boolean) => () => {
      out.removeListener?.("drain", onDrain);
      out.removeListener?.("close", onClose);
      out.removeListener?.("error", onClose);
      done(isOpen);
    };
    const onDrain = finish(true);
    const onClose = finish(false);
    once("drain", onDrain);
    once("close", onClose);
    once("error", onClose);
  });
}
