import type { Command } from "commander";
import { InputError } from "../app/input-error.js";
import type { Store } from "../app/open-workspace.js";
import type { ApplicationSummary, ListFilter } from "../app/workspace-views.js";
import type { Band } from "../core/signals/signal.js";
import type { Io } from "./io.js";
import { describeWhen } from "./render-analysis.js";
import { agoWords, colorsFor, nowOf, printJsonPages, withWorkspace, writeWaiting } from "./workspace-io.js";

interface ListFlags {
  stage?: string;
  band?: string;
  company?: string;
  now?: string;
  json?: boolean;
}

const STAGES = ["open", "applied", "interviewing", "offer", "rejected", "withdrew", "ghosted"];
const BANDS = ["strong", "promising", "mixed", "weak"];

/** `debrief list`: one line per application. */
export function registerList(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command("list")
    .alias("ls")
    .description("One line per application: stage, latest read, days since the last contact, next action")
    .option("--stage <stage>", `only this stage: ${STAGES.join(", ")}`)
    .option("--band <band>", `only this latest read: ${BANDS.join(", ")}`)
    .option("--company <text>", "only companies whose name contains this")
    .option("--now <iso>", "count days to this time, ISO 8601 (default: now)")
    .option("--json", "print the applications as JSON")
    .action(async (flags: ListFlags) => {
      setExitCode(await listAction(flags, io));
    });
}

export async function listAction(flags: ListFlags, io: Io): Promise<number> {
  const now = nowOf(flags, io);
  if (flags.stage && !STAGES.includes(flags.stage))
    throw new InputError(
      "bad-stage",
      `--stage ${JSON.stringify(flags.stage)} is not a stage`,
      `use one of: ${STAGES.join(", ")}`,
    );
  if (flags.band && !BANDS.includes(flags.band))
    throw new InputError(
      "bad-band",
      `--band ${JSON.stringify(flags.band)} is not a band`,
      `use one of: ${BANDS.join(", ")}`,
    );
  const filter: ListFilter = {
    ...(flags.stage ? { stage: flags.stage } : {}),
    ...(flags.band ? { band: flags.band as Band } : {}),
    ...(flags.company ? { company: flags.company } : {}),
  };
  // A page of applications at a time: the JSON written as it is read, the memory used a page's.
  const { applicationPages } = await import("../app/list-applications.js");
  const pages = (store: Store) => applicationPages(store, now, filter);
  return withWorkspace(io.env, now, async (store) => {
    if (flags.json) {
      await printJsonPages(io, pages(store));
      return 0;
    }
    // One pass over the workspace: each row's cells kept as one short string (not the summaries and
    // their rows, a few dozen bytes an application) until the columns' widths, their widest cells', are known.
    const c = colorsFor(io);
    const widths = HEADER.map((h) => visible(h).length);
    const rows: (string | string[])[] = [];
    for await (const page of pages(store))
      for (const a of page.summaries) {
        const cells = listCells(a, now, c);
        for (const [i, cell] of cells.entries()) widths[i] = Math.max(widths[i] ?? 0, visible(cell).length);
        rows.push(cells.some((cell) => cell.includes(CELL)) ? cells : cells.join(CELL));
      }
    if (rows.length === 0) {
      io.stdout.write(
        Object.keys(filter).length > 0
          ? "No applications match.\n"
          : "No applications yet. File an interview with: debrief add path/to/case-folder\n",
      );
      return 0;
    }
    const fit = widths.map((w) => Math.min(48, w));
    io.stdout.write(`${c.dim(listLine(HEADER, fit))}\n`);
    for (let i = 0; i < rows.length; i += 1_000) {
      const lines = rows
        .slice(i, i + 1_000)
        .map((r) => `${listLine(typeof r === "string" ? r.split(CELL) : r, fit)}\n`);
      if (!(await writeWaiting(io.stdout, lines.join("")))) return 0;
    }
    return 0;
  });
}

/** Colour codes, which take no room on screen. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

const BAND_COLOR = { strong: "green", promising: "cyan", mixed: "yellow", weak: "red" } as const;

const HEADER = ["id", "application", "stage", "read", "company", "next"];

/** Between a row's cells while it is kept (a row with a cell that holds it is kept as its cells). */
const CELL = "\u0000";

const visible = (s: string) => s.replace(ANSI, "");

/** One application's cells of the list, in the header's order. */
function listCells(a: ApplicationSummary, now: string, c: ReturnType<typeof colorsFor>): string[] {
  const read = a.read ? c[BAND_COLOR[a.read.band]](a.read.band) : c.dim("no read");
  // Days since the last contact: their last message, or a round met since (or with no mail at all).
  const met = a.lastContact?.what === "round" ? `met ${agoWords(a.lastContact.days)}` : undefined;
  const heard = a.lastFromCompany
    ? (met ?? `wrote ${agoWords(a.lastFromCompany.days)}`)
    : met
      ? `${met}, ${c.dim("no mail from them")}`
      : c.dim("no mail from them");
  const next = a.nextAction
    ? `${a.nextAction.kind} ${a.nextAction.due ? (describeWhen(a.nextAction.due, now) ?? a.nextAction.due) : "(no date)"}`
    : a.outcome
      ? c.dim(a.outcome.recordedBy === "email" ? "outcome read from mail" : "")
      : c.dim("nothing due");
  const overdue = a.nextAction?.isOverdue ? c.red(next) : next;
  return [`${a.id}`, `${a.company}${a.role ? `, ${a.role}` : ""}`, a.stage, read, heard, overdue];
}

/** A line of the list: every cell but the last padded (or cut) to its column's width. */
function listLine(r: string[], widths: number[]): string {
  const padTo = (s: string, w: number) => {
    const v = visible(s);
    return v.length > w ? `${v.slice(0, w - 1)}…` : s + " ".repeat(w - v.length);
  };
  return r
    .map((cell, i) => (i === r.length - 1 ? cell : padTo(cell, widths[i] ?? 10)))
    .join("  ")
    .trimEnd();
}

/** The list of some applications, its columns as wide as their widest cell (at most 48). */
export function renderList(apps: ApplicationSummary[], now: string, c: ReturnType<typeof colorsFor>): string {
  const rows = apps.map((a) => listCells(a, now, c));
  const widths = HEADER.map((h, i) =>
    Math.min(48, Math.max(visible(h).length, ...rows.map((r) => visible(r[i] ?? "").length))),
  );
  return `${c.dim(listLine(HEADER, widths))}\n${rows.map((r) => listLine(r, widths)).join("\n")}\n`;
}
