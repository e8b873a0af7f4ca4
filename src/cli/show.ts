import type { Command } from "commander";
import type { ApplicationTimeline } from "../app/workspace-views.js";
import type { Io } from "./io.js";
import { describeWhen, wrapText } from "./render-analysis.js";
import { colorsFor, nowOf, printJson, withWorkspace } from "./workspace-io.js";

interface ShowFlags {
  now?: string;
  json?: boolean;
}

/** `debrief show APP`: one application's timeline. */
export function registerShow(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command("show")
    .description("The timeline of one application: rounds and their reads, messages, silences, actions")
    .argument("<app>", "the application's id or company")
    .option("--now <iso>", "count silences and due dates to this time, ISO 8601 (default: now)")
    .option("--json", "print the timeline as JSON")
    .action(async (ref: string, flags: ShowFlags) => {
      setExitCode(await showAction(ref, flags, io));
    });
}

export async function showAction(ref: string, flags: ShowFlags, io: Io): Promise<number> {
  const now = nowOf(flags, io);
  const { showApplication } = await import("../app/workspace-views.js");
  const timeline = await withWorkspace(io.env, now, (store) => showApplication(store, ref, now));
  if (flags.json) printJson(io, timeline);
  else io.stdout.write(renderTimeline(timeline, now, colorsFor(io), io.stdout.columns ?? 100));
  return 0;
}

/** At most `max` characters, cut at a word with "…" when it is longer. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "(undated)  ");

type Colors = ReturnType<typeof colorsFor>;
type TimelineEvent = ApplicationTimeline["events"][number];

export function renderTimeline(t: ApplicationTimeline, now: string, c: Colors, columns: number): string {
  const width = Math.max(60, Math.min(columns, 110));
  const a = t.application;
  const out: string[] = [];
  out.push(c.bold(`${a.id}  ${a.company}${a.role ? `, ${a.role}` : ""}`));
  out.push(
    `stage: ${t.stage}${t.outcome ? ` (${t.outcome.recorded_by === "you" ? "recorded by you" : `read from the mail${t.outcome.quote ? `: "${t.outcome.quote.slice(0, 120)}"` : ""}`})` : ""}${a.domain ? `  ·  ${a.domain}` : ""}`,
  );
  out.push("");
  for (const e of t.events) out.push(...eventLines(e, c, width));
  out.push(...plannedFromLines(t, c, width), ...dueLines(t, now, c), ...doneLines(t, c));
  out.push("", c.dim(`${t.sources.length} source file${t.sources.length === 1 ? "" : "s"} stored`));
  return `${out.join("\n")}\n`;
}

/** One event of the timeline: a round and its read, a message, a silence, the outcome. */
function eventLines(e: TimelineEvent, c: Colors, width: number): string[] {
  switch (e.kind) {
    case "round": {
      const out = [
        `${day(e.at)}  ${c.bold(`round ${e.number}`)}${e.title ? `: ${e.title}` : ""} — read ${e.band ?? "not made"}${e.score !== null ? ` (${e.score.toFixed(2)})` : ""}`,
      ];
      if (e.summary) out.push(...wrapText(e.summary, width, "              ", "              "));
      const signals = e.signals.filter((s) => s.polarity !== "outcome");
      if (signals.length > 0)
        out.push(
          ...wrapText(
            signals.map((s) => `${s.polarity === "positive" ? "+" : "−"}${s.id}`).join("  "),
            width,
            "              ",
            "              ",
          ).map((l) => c.dim(l)),
        );
      return out;
    }
    case "message": {
      const out = [
        `${day(e.at)}  ${e.direction === "candidate" ? "you wrote" : `${e.from ?? "they"} wrote`}${e.subject ? `: ${e.subject}` : ""}`,
      ];
      if (e.snippet) out.push(c.dim(`              ${clip(e.snippet, width - 14)}`));
      return out;
    }
    case "silence":
      return [
        c.yellow(
          `${day(e.at)}  ${e.days} days without a word from them${e.until ? "" : " (so far)"}, after ${e.after}`,
        ),
      ];
    case "outcome":
      return [
        `${day(e.at)}  ${c.bold(`outcome: ${e.outcome}`)} (${e.recordedBy === "you" ? "recorded by you" : "read from the mail"})`,
      ];
    default: {
      const never: never = e;
      throw new Error(`unknown event ${JSON.stringify(never)}`);
    }
  }
}

/** The promises and bookings the plan below was made from. */
function plannedFromLines(t: ApplicationTimeline, c: Colors, width: number): string[] {
  if (t.plannedFrom.length === 0) return [];
  const out = [
    "",
    c.bold(
      t.plannedFrom.some((e) => e.kind === "done") ? "Promised, booked and done" : "Promised and booked",
    ),
  ];
  for (const e of t.plannedFrom)
    out.push(...wrapText(`${e.at ? day(e.at) : "(undated)  "}  ${e.text}`, width, "  ", "              "));
  return out;
}

function dueLines(t: ApplicationTimeline, now: string, c: Colors): string[] {
  if (t.due.length === 0) return [];
  const out = ["", c.bold("To do")];
  for (const d of t.due) {
    const when = d.due ? (describeWhen(d.due, now) ?? d.due) : "no date";
    out.push(`  [${d.id}] ${d.kind}, ${d.isOverdue ? c.red(when) : when}: ${d.why}`);
  }
  out.push(c.dim("  mark one done with: debrief done ID"));
  return out;
}

function doneLines(t: ApplicationTimeline, c: Colors): string[] {
  if (t.done.length === 0) return [];
  return [
    "",
    c.bold("Done"),
    ...t.done.map((d) =>
      c.dim(
        `  [${d.id}] ${d.kind} (${d.doneBy === "mail" ? "seen in the mail" : "by you"}${d.doneAt ? `, ${d.doneAt.slice(0, 10)}` : ""})`,
      ),
    ),
  ];
}
