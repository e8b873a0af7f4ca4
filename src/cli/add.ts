import { stat } from "node:fs/promises";
import type { Command } from "commander";
import type { AddReport, Choice, Question } from "../app/add-to-workspace.js";
import { InputError } from "../app/input-error.js";
import { parseTimeZone } from "./case-options.js";
import type { Io } from "./io.js";
import { colorsFor, nowOf, printJson, progressLine, withWorkspace } from "./workspace-io.js";

interface AddFlags {
  application?: string;
  round?: string;
  me?: string;
  tz?: string;
  now?: string;
  json?: boolean;
  progress?: boolean;
}

/** `debrief add`: files folders, files and mailboxes into the workspace. */
export function registerAdd(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command("add")
    .description(
      "File interview folders, notes, transcripts, invites, emails and mbox exports into the workspace",
    )
    .argument("<paths...>", "case folders, or files (notes.md transcript.vtt invite.ics x.eml export.mbox)")
    .option(
      "--application <app>",
      "file it all under this application (id or company), or a new one by that name",
    )
    .option("--round <n>", "file interview material under this round number")
    .option("--me <name>", "your name as it appears in transcripts and emails (remembered)")
    .option(
      "--tz <zone>",
      "your time zone, for invite times given without one (remembered; default: this machine's)",
    )
    .option("--now <iso>", "when this is filed, ISO 8601 (default: now)")
    .option("--json", "print what was filed as JSON")
    .option("--progress", "show progress on stderr even when it is not a terminal")
    .addHelpText(
      "after",
      "\nEach folder is one interview round; files named on their own make one round together; the\nmessages of an mbox go to the applications they belong to (by domain, thread or company).\nAdding the same file twice changes nothing.\n\nExamples:\n  debrief add interviews/acme-onsite\n  debrief add notes.md transcript.vtt --application Acme\n  debrief add ~/Downloads/All\\ mail.mbox\n",
    )
    .action(async (paths: string[], flags: AddFlags) => {
      setExitCode(await addAction(paths, flags, io));
    });
}

function parseRound(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,3}$/.test(value.trim()) || Number(value) < 1)
    throw new InputError(
      "bad-round",
      `--round ${JSON.stringify(value)} is not a round number`,
      "e.g. --round 2",
    );
  return Number(value);
}

/** Asks on a terminal which application files belong to (undefined elsewhere: then --application is needed). */
export function terminalChooser(
  io: Io,
  beforeAsking: () => void,
): ((q: Question) => Promise<Choice>) | undefined {
  if (!io.stdin.isTTY || !io.stderr.isTTY) return undefined;
  return async (q) => {
    beforeAsking();
    const prompts = await import("@clack/prompts");
    const NEW = -1;
    const picked = await prompts.select({
      message: `Which application are ${q.about} for?${q.facts.company ? ` (they mention ${q.facts.company})` : ""}`,
      options: [
        ...q.options.map((o) => ({ value: o.id, label: o.label })),
        { value: NEW, label: "a new application…" },
      ],
    });
    if (prompts.isCancel(picked)) throw new InputError("cancelled", "nothing was filed (cancelled)");
    if (picked !== NEW) return { applicationId: picked };
    const company = await prompts.text({
      message: "Company name",
      ...(q.facts.company ? { initialValue: q.facts.company } : {}),
      validate: (v) => (v && v.trim() !== "" ? undefined : "a name, please"),
    });
    if (prompts.isCancel(company)) throw new InputError("cancelled", "nothing was filed (cancelled)");
    return { company: String(company) };
  };
}

export async function addAction(paths: string[], flags: AddFlags, io: Io): Promise<number> {
  const now = nowOf(flags, io);
  const round = parseRound(flags.round);
  const timeZone = parseTimeZone(flags.tz);
  for (const p of paths) {
    if (!(await stat(p).catch(() => undefined)))
      throw new InputError("not-found", `${JSON.stringify(p)}: no such file or folder`);
  }
  const progress = progressLine(io, flags.progress);
  const chooser = terminalChooser(io, () => progress.end());
  const { addToWorkspace } = await import("../app/add-to-workspace.js");
  const report = await withWorkspace(io.env, now, (store) =>
    addToWorkspace(
      store,
      paths,
      {
        now,
        ...(flags.application !== undefined ? { application: flags.application } : {}),
        ...(round !== undefined ? { round } : {}),
        ...(flags.me ? { me: flags.me } : {}),
        ...(timeZone ? { timeZone } : {}),
      },
      {
        ...(chooser ? { choose: chooser } : {}),
        onProgress: (p) => {
          if (p.phase === "reading")
            progress(
              `reading ${p.source ?? ""}${p.total === undefined ? ` (${p.done} messages)` : ` (${p.done}/${p.total} files)`}`,
            );
          else progress(`storing ${p.done}/${p.total ?? "?"}`);
        },
      },
    ),
  );
  progress.end();
  if (flags.json) printJson(io, report);
  else io.stdout.write(renderAddReport(report, colorsFor(io)));
  for (const w of report.warnings) io.stderr.write(`warning: ${w}\n`);
  for (const s of report.skipped) io.stderr.write(`error: ${s.source}: ${s.reason} (not stored)\n`);
  const filedAny = report.filed.length > 0 || report.duplicates.length > 0;
  if (!filedAny && report.skipped.length > 0)
    throw new InputError("nothing-readable", "nothing could be read, so nothing was filed");
  if (!filedAny && !report.leftOut)
    throw new InputError(
      "nothing-readable",
      `found nothing to file in ${paths.map((p) => JSON.stringify(p)).join(", ")}`,
    );
  return report.skipped.length > 0 ? 1 : 0;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How many duplicates by Message-ID the report names one by one. */
const MAX_LISTED = 5;

export function renderAddReport(r: AddReport, c: ReturnType<typeof colorsFor>): string {
  const out: string[] = [];
  for (const f of r.filed) {
    const what = f.isNew ? c.green("new application") : "application";
    const round = f.round ? `, round ${f.round.number}${f.round.isNew ? " (new)" : ""}` : "";
    out.push(
      `${c.bold(`${f.applicationId}  ${f.company}`)}${f.role ? `, ${f.role}` : ""}: ${plural(f.sources.length, "file")} filed${round} — ${what}, ${f.basis}`,
    );
  }
  for (const o of r.outcomes) {
    out.push(
      `${c.yellow("outcome")} for ${o.company}: ${o.outcome}, read from the mail${o.quote ? ` ("${o.quote.slice(0, 100)}")` : ""}. If that is wrong: debrief outcome ${o.applicationId} <offer|rejected|withdrew|ghosted|open>`,
    );
  }
  const byMessageId = (sources: string[]) =>
    r.duplicateReasons.filter((d) => sources.includes(d.source) && d.reason.includes("Message-ID"));
  const sameMessage = byMessageId([...r.repeated, ...r.duplicates]);
  if (r.repeated.length > 0)
    out.push(
      c.dim(`${plural(r.repeated.length, "file")} given twice (the same bytes or message): stored once`),
    );
  if (r.duplicates.length > 0)
    out.push(c.dim(`${plural(r.duplicates.length, "file")} already in the workspace: unchanged`));
  // A message that came again by another way (an .eml and the mbox that holds it) is named, with why.
  for (const d of sameMessage.slice(0, MAX_LISTED)) out.push(c.dim(`  duplicate ${d.source}: ${d.reason}`));
  if (sameMessage.length > MAX_LISTED)
    out.push(c.dim(`  … and ${plural(sameMessage.length - MAX_LISTED, "more message")} by Message-ID`));
  if (r.leftOut) out.push(c.dim(`${plural(r.leftOut.count, "message")} left out: ${r.leftOut.reason}`));
  if (r.filed.length === 0 && r.duplicates.length > 0) out.push("Nothing new.");
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}
