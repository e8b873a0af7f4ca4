import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import { InputError } from "../app/input-error.js";
import { parseCaseOptions, WHAT_WE_READ } from "./case-options.js";
import type { Io } from "./io.js";

export interface RemindFlags {
  ics: string;
  now?: string;
  me?: string;
  tz?: string;
  nudgeAfter?: string;
}

/** `--nudge-after` is a whole number of days in this range. */

const OUTCOME_WORDS = { "offer-made": "an offer was made", rejected: "they said no" } as const;

/** `debrief remind`: the plan's dated follow-ups as calendar reminders in an .ics file. */
export function registerRemind(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command("remind")
    .description(
      "Write the plan's dated follow-ups as calendar reminders (.ics for Google Calendar, Outlook)",
    )
    .argument("<paths...>", "a case folder, or files (notes.md transcript.vtt invite.ics emails/x.eml)")
    .requiredOption("--ics <file>", "the calendar file to write (- for stdout)")
    .option("--now <iso>", "when the plan is made, ISO 8601 (default: now)")
    .option("--me <name>", "your name as it appears in transcripts and emails")
    .option("--tz <zone>", "your time zone, for invite times given without one (default: this machine's)")
    .option(
      "--nudge-after <days>",
      "days past a promised date before asking where things stand (default 7; 0 = on the date)",
    )
    .addHelpText(
      "after",
      "\nExamples:\n  debrief remind path/to/case --ics reminders.ics\n  debrief remind path/to/case --ics - > reminders.ics\n",
    )
    .action(async (paths: string[], flags: RemindFlags) => {
      setExitCode(await remindAction(paths, flags, io));
    });
}

/** --ics names something, and every path is a file or folder (not standard input). */
async function checkInputs(paths: string[], ics: string): Promise<void> {
  if (ics.trim() === "") {
    throw new InputError("bad-ics", "--ics is empty", "give a file to write, e.g. --ics reminders.ics");
  }
  for (const p of paths) {
    if (p === "-") {
      throw new InputError("no-stdin", "remind reads files, not standard input", WHAT_WE_READ);
    }
    if (!(await stat(p).catch(() => undefined))) {
      throw new InputError("not-found", `${JSON.stringify(p)}: no such file or folder`, WHAT_WE_READ);
    }
  }
}

export async function remindAction(paths: string[], flags: RemindFlags, io: Io): Promise<number> {
  const { now, nudgeAfterDays, timeZone } = parseCaseOptions(flags, io.now);
  await checkInputs(paths, flags.ics);
  const target = flags.ics === "-" ? undefined : resolve(flags.ics);
  if (target !== undefined) await checkTarget(flags.ics, target);

  const { remindersFor } = await import("../app/remind.js");
  const result = await remindersFor(paths, {
    now,
    ...(flags.me ? { me: flags.me } : {}),
    ...(timeZone ? { timeZone } : {}),
    ...(nudgeAfterDays !== undefined ? { nudgeAfterDays } : {}),
  });
  const reportProblems = () => {
    for (const w of result.warnings) io.stderr.write(`warning: ${w}\n`);
    for (const s of result.skipped) io.stderr.write(`error: ${s.source}: ${s.reason}\n`);
  };
  if (result.isEmpty) {
    reportProblems();
    throw new InputError(
      "nothing-readable",
      result.skipped.length > 0
        ? "nothing could be read, so there is no plan"
        : `found nothing to read in ${paths.map((p) => JSON.stringify(p)).join(", ")}`,
      WHAT_WE_READ,
    );
  }

  // With the calendar on stdout, what is said about it goes to stderr.
  const say = (s: string) => (target === undefined ? io.stderr : io.stdout).write(s);
  if (target === undefined) io.stdout.write(result.ics);
  else await writeAtomically(target, result.ics);

  const settled = result.plan.settled;
  if (settled !== undefined) {
    say(`No reminders: the outcome is known (${OUTCOME_WORDS[settled.outcome]}).\n${settled.note}\n`);
  } else if (result.count === 0) {
    say("No reminders: nothing in the plan has a date.\n");
  } else {
    for (const r of result.reminders) say(`${r.when} — ${r.what}\n`);
  }
  const what =
    result.count === 0 ? "an empty calendar" : `${result.count} reminder${result.count === 1 ? "" : "s"}`;
  say(target === undefined ? `Wrote ${what} to standard output.\n` : `Wrote ${what} to ${flags.ics}\n`);

  reportProblems();
  if (result.skipped.length === 0) return 0;
  const n = result.skipped.length === 1 ? "1 file" : `${result.skipped.length} files`;
  io.stderr.write(
    `hint: the plan above leaves out ${n}; fix or remove ${result.skipped.length === 1 ? "it" : "them"} and run again\n`,
  );
  return 1;
}

/** The folder must exist and the target must not be one, so a typo fails before any work is done. */
async function checkTarget(given: string, target: string): Promise<void> {
  const folder = await stat(dirname(target)).catch(() => undefined);
  if (!folder?.isDirectory()) {
    throw new InputError(
      "ics-folder-missing",
      `--ics ${JSON.stringify(given)}: the folder ${JSON.stringify(dirname(given))} does not exist`,
      "create it first, or write the file somewhere else",
    );
  }
  if ((await stat(target).catch(() => undefined))?.isDirectory()) {
    throw new InputError(
      "ics-is-folder",
      `--ics ${JSON.stringify(given)} is a folder`,
      "give a file name, e.g. --ics reminders.ics",
    );
  }
}

/** Writes beside the target and renames it over (readers see the old file or the new); a failure is the person's. */
async function writeAtomically(target: string, text: string): Promise<void> {
  try {
    const { writeFileAtomically } = await import("../app/write-file-atomically.js");
    await writeFileAtomically(target, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw new InputError(
      "ics-not-written",
      `could not write ${JSON.stringify(target)} (${code})`,
      "check that the folder is writable",
    );
  }
}
