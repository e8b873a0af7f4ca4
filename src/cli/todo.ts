import type { Command } from "commander";
import { InputError } from "../app/input-error.js";
import type { TodoItem } from "../app/workspace-views.js";
import { writtenOffset } from "../app/written-offset.js";
import type { Io } from "./io.js";
import { describeWhen, formatDue } from "./render-analysis.js";
import { colorsFor, nowOf, printJson, withWorkspace } from "./workspace-io.js";

interface TodoFlags {
  now?: string;
  json?: boolean;
  text?: boolean;
}

/** `debrief todo` and `debrief done ID`. */
export function registerTodo(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command("todo")
    .description("What is due or overdue across the search, soonest first")
    .option("--text", "print the drafted text of each action too")
    .option("--now <iso>", "what counts as overdue, ISO 8601 (default: now)")
    .option("--json", "print the actions as JSON")
    .action(async (flags: TodoFlags) => {
      setExitCode(await todoAction(flags, io));
    });
  program
    .command("done")
    .description("Mark an action from `debrief todo` done")
    .argument("<id>", "the action's id (in brackets in `debrief todo`)")
    .option("--now <iso>", "when it was done, ISO 8601 (default: now)")
    .option("--json", "print the action as JSON")
    .action(async (id: string, flags: TodoFlags) => {
      setExitCode(await doneAction(id, flags, io));
    });
}

export async function todoAction(flags: TodoFlags, io: Io): Promise<number> {
  const now = nowOf(flags, io);
  const { listTodo } = await import("../app/workspace-views.js");
  const items = await withWorkspace(io.env, now, (store) => listTodo(store, now));
  if (flags.json) {
    printJson(io, items);
    return 0;
  }
  if (items.length === 0) {
    io.stdout.write("Nothing due.\n");
    return 0;
  }
  io.stdout.write(renderTodo(items, now, colorsFor(io), flags.text === true));
  return 0;
}

export function renderTodo(
  items: TodoItem[],
  now: string,
  c: ReturnType<typeof colorsFor>,
  withText: boolean,
): string {
  const out: string[] = [];
  for (const t of items) {
    // Each time in the zone it was planned in, and that zone named: a search spans several.
    const when = t.due
      ? `${formatDue(t.due) ?? t.due} ${zoneLabel(t.due)} (${describeWhen(t.due, now) ?? ""})`
      : "no date";
    out.push(`[${t.id}] ${t.isOverdue ? c.red(when) : when}  ${c.bold(t.company)}: ${t.kind}`);
    out.push(c.dim(`     ${t.why}`));
    if (t.isOverdue)
      out.push(
        c.dim(
          `     Still to do: it stays overdue until you mark it done (debrief done ${t.id}) or it no longer applies.`,
        ),
      );
    if (withText && t.text) out.push(...t.text.split("\n").map((l) => `     │ ${l}`));
  }
  out.push(c.dim("Mark one done with: debrief done ID"));
  return `${out.join("\n")}\n`;
}

export async function doneAction(id: string, flags: TodoFlags, io: Io): Promise<number> {
  const now = nowOf(flags, io);
  if (!/^\d+$/.test(id.trim()))
    throw new InputError(
      "bad-action",
      `${JSON.stringify(id)} is not an action id`,
      "`debrief todo` lists them in brackets",
    );
  const { completeAction } = await import("../app/workspace-views.js");
  const item = await withWorkspace(io.env, now, (store) => completeAction(store, Number(id), now));
  if (flags.json) printJson(io, item);
  else if (item.wasDone)
    io.stdout.write(
      `Already done: [${item.id}] ${item.kind} for ${item.company} (${item.doneBy === "mail" ? "seen in the mail" : "by you"}${item.doneAt ? `, ${item.doneAt.slice(0, 10)}` : ""}).\n`,
    );
  else io.stdout.write(`Done: [${item.id}] ${item.kind} for ${item.company}.\n`);
  return 0;
}

/** The zone an ISO time is written in, as a person reads it: "UTC", "UTC+2", "UTC-5:30". */
export function zoneLabel(iso: string): string {
  const offset = writtenOffset(iso);
  if (offset === 0) return "UTC";
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `UTC${offset < 0 ? "-" : "+"}${hours}${minutes > 0 ? `:${String(minutes).padStart(2, "0")}` : ""}`;
}
