import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { Command } from "commander";
import type { DraftOptions, StatusCheckResult, ThankYouResult } from "../app/draft-messages.js";
import { InputError } from "../app/input-error.js";
import type { DraftGap, DraftSource, RoleAbout, Specific } from "../core/draft/draft-source.js";
import { parseCaseOptions, WHAT_WE_READ } from "./case-options.js";
import type { Io } from "./io.js";

export interface DraftFlags {
  me?: string;
  tz?: string;
  now?: string;
  json?: boolean;
  eml?: string;
  to?: string;
}

/** "transcript.vtt:66 at 00:42:12 (Rafael Ortiz)" */
function where(s: DraftSource): string {
  const at = s.at ? ` at ${s.at}` : "";
  const who = s.speaker ? ` (${s.speaker})` : "";
  return `${s.source}${s.line !== undefined ? `:${s.line}` : ""}${at}${who}`;
}

function quoted(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

function recipient(to: { name: string; email?: string }): string {
  if (to.name && to.email) return `${to.name} <${to.email}>`;
  return to.name || to.email || "(no one found: fill in)";
}

function sourcesLines(
  specifics: Specific[],
  gap: DraftGap | undefined,
  about: RoleAbout | undefined,
): string[] {
  const lines = specifics.map((s, i) => `  ${i + 1}. ${quoted(s.text)} ← ${where(s)}: ${quoted(s.quote)}`);
  if (gap) lines.push(`  +  ${quoted(gap.text)} ← ${gap.why}; ${where(gap)}: ${quoted(gap.quote)}`);
  if (about) {
    const what = [about.role, about.company].filter(Boolean).join(" at ");
    lines.push(`  role: ${quoted(what)} ← ${where(about)}: ${quoted(about.quote)}`);
  }
  return lines;
}

function renderThankYou(result: ThankYouResult, written: string[]): string {
  const blocks = result.drafts.map(({ draft }, i) => {
    const lines = [
      ...(result.drafts.length > 1 ? [`Draft ${i + 1} of ${result.drafts.length}`] : []),
      `To: ${recipient(draft.to)}`,
      `Subject: ${draft.subject}`,
      "",
      draft.body.trimEnd(),
      "",
      `Sources (${draft.words} words; ${draft.basis}):`,
      ...sourcesLines(draft.specifics, draft.gap, draft.about),
      ...(draft.specifics.length === 0 && !draft.gap && !draft.about ? ["  (none)"] : []),
      ...(draft.note ? [`note: ${draft.note}`] : []),
      ...(written[i] ? [`Saved as ${written[i]}`] : []),
    ];
    return lines.join("\n");
  });
  return `${blocks.join(`\n\n${"-".repeat(72)}\n\n`)}\n`;
}

function renderStatusCheck(result: StatusCheckResult, written: string | undefined): string {
  const { draft } = result.drafted;
  const sources: string[] = [];
  if (draft.promised)
    sources.push(
      `  date: ${quoted(draft.promised.dueText)} ← ${where(draft.promised)}: ${quoted(draft.promised.quote)}`,
    );
  if (draft.inReplyTo) sources.push(`  replies to ${draft.inReplyTo}`);
  sources.push(...sourcesLines([], undefined, draft.about));
  return `${[
    `To: ${recipient(draft.to)}`,
    `Subject: ${draft.subject}`,
    "",
    draft.body.trimEnd(),
    "",
    `Sources (${draft.words} words; ${draft.basis}):`,
    ...(sources.length > 0 ? sources : ["  (none)"]),
    ...(draft.note ? [`note: ${draft.note}`] : []),
    ...(written ? [`Saved as ${written}`] : []),
  ].join("\n")}\n`;
}

/** FILE for one draft; FILE-1.eml, FILE-2.eml… (the number before the extension) for several. */
export function emlPaths(file: string, count: number): string[] {
  if (count <= 1) return [file];
  const ext = extname(file);
  const stem = ext ? file.slice(0, -ext.length) : file;
  return Array.from({ length: count }, (_, i) => `${stem}-${i + 1}${ext}`);
}

/** Writes a file whole or not at all: to a temporary file beside it, then renamed over it. */
async function writeWhole(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, text, { flag: "wx" });
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new InputError(
      "cannot-write",
      `--eml ${JSON.stringify(path)} cannot be written (${code})`,
      "give a path in a folder you can write to",
    );
  }
}

function checkFlags(flags: DraftFlags, io: Io, paths: string[]): DraftOptions {
  const { now, timeZone } = parseCaseOptions(flags, io.now);
  if (flags.to !== undefined && flags.to.trim() === "")
    throw new InputError(
      "bad-to",
      "--to is empty",
      'give the name of the person to write to, e.g. --to "Rafael Ortiz"',
    );
  if (flags.eml !== undefined && flags.eml.trim() === "")
    throw new InputError(
      "bad-eml",
      "--eml is empty",
      "give a file to write the draft to, e.g. --eml thank-you.eml",
    );
  if (paths.length === 0) throw new InputError("no-input", "nothing to draft from", WHAT_WE_READ);
  return {
    now,
    ...(flags.me ? { me: flags.me } : {}),
    ...(timeZone ? { timeZone } : {}),
    ...(flags.to ? { to: flags.to } : {}),
  };
}

function reportProblems(
  io: Io,
  result: { warnings: string[]; skipped: { source: string; reason: string }[] },
): number {
  for (const w of result.warnings) io.stderr.write(`warning: ${w}\n`);
  for (const s of result.skipped) io.stderr.write(`error: ${s.source}: ${s.reason}\n`);
  if (result.skipped.length === 0) return 0;
  io.stderr.write(
    "hint: the drafts above leave out what could not be read; fix or remove it and run again\n",
  );
  return 1;
}

function checkReadable(result: { isEmpty: boolean; skipped: unknown[] }, paths: string[]): void {
  if (!result.isEmpty) return;
  const what = paths.map((p) => JSON.stringify(p)).join(", ");
  throw new InputError(
    "nothing-readable",
    result.skipped.length > 0
      ? "nothing could be read, so there is nothing to draft from"
      : `found nothing to read in ${what}`,
    WHAT_WE_READ,
  );
}

export async function thankYouAction(paths: string[], flags: DraftFlags, io: Io): Promise<number> {
  const options = checkFlags(flags, io, paths);
  const { draftThankYouFor } = await import("../app/draft-messages.js");
  const result = await draftThankYouFor(paths, options);
  if (result.isEmpty) reportProblems(io, result);
  checkReadable(result, paths);
  if (result.unmatchedTo !== undefined) {
    throw new InputError(
      "no-such-interviewer",
      `--to ${JSON.stringify(result.unmatchedTo)} is not one of the interviewers found`,
      result.interviewers.length > 0
        ? `the interviewers are: ${result.interviewers.join(", ")}`
        : "no interviewer was found in the inputs",
    );
  }
  if (result.drafts.length === 0) {
    reportProblems(io, result);
    throw new InputError(
      "no-interviewer",
      "no interviewer's name could be found, so there is no one to thank",
      'add a transcript with speaker names, the invite, or a line in your notes such as "Interview with Ottoline Brack (hiring manager)"',
    );
  }
  const written: string[] = [];
  if (flags.eml !== undefined) {
    const targets = emlPaths(flags.eml, result.drafts.length);
    for (const [i, { eml }] of result.drafts.entries()) {
      const target = targets[i] ?? flags.eml;
      await writeWhole(target, eml);
      written.push(target);
    }
  }
  if (flags.json) {
    const json = {
      kind: "thank-you",
      drafts: result.drafts.map(({ draft }, i) => ({
        ...draft,
        ...(written[i] ? { emlFile: written[i] } : {}),
      })),
      interviewers: result.interviewers,
      candidate: result.analysis.candidate,
      ...(result.from ? { from: result.from } : {}),
      warnings: result.warnings,
      skipped: result.skipped,
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout.write(renderThankYou(result, written));
  }
  return reportProblems(io, result);
}

export async function statusCheckAction(paths: string[], flags: DraftFlags, io: Io): Promise<number> {
  const options = checkFlags(flags, io, paths);
  const { draftStatusCheckFor } = await import("../app/draft-messages.js");
  const result = await draftStatusCheckFor(paths, options);
  if (result.isEmpty) reportProblems(io, result);
  checkReadable(result, paths);
  let written: string | undefined;
  if (flags.eml !== undefined) {
    await writeWhole(flags.eml, result.drafted.eml);
    written = flags.eml;
  }
  if (flags.json) {
    const json = {
      kind: "status-check",
      drafts: [{ ...result.drafted.draft, ...(written ? { emlFile: written } : {}) }],
      candidate: result.analysis.candidate,
      ...(result.from ? { from: result.from } : {}),
      warnings: result.warnings,
      skipped: result.skipped,
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout.write(renderStatusCheck(result, written));
  }
  return reportProblems(io, result);
}

function addOptions(command: Command): Command {
  return command
    .argument("<paths...>", "a case folder, or files (notes.md transcript.vtt invite.ics emails/x.eml)")
    .option("--me <name>", "your name as it appears in transcripts and emails (signs the draft)")
    .option("--tz <zone>", "your time zone, for invite times given without one (default: this machine's)")
    .option("--now <iso>", "when the draft is made, ISO 8601 (default: now)")
    .option("--to <name>", "only the draft to this person")
    .option("--json", "print the drafts as JSON, each specific with its source")
    .option(
      "--eml <file>",
      "also write the draft as an RFC 5322 file a mail client opens (several: FILE-1.eml, FILE-2.eml…)",
    );
}

/** `debrief draft thank-you` and `debrief draft status-check`: messages to send, every specific traced to its source. */
export function registerDraft(program: Command, io: Io, setExitCode: (code: number) => void): void {
  const draft = program
    .command("draft")
    .description("Draft a message to send: a thank-you note per interviewer, or a status check");
  addOptions(
    draft
      .command("thank-you")
      .description("Draft a thank-you note to each interviewer, referring to things they said"),
  ).action(async (paths: string[], flags: DraftFlags) => {
    setExitCode(await thankYouAction(paths, flags, io));
  });
  addOptions(
    draft
      .command("status-check")
      .description("Draft a polite status check for when the date they gave has passed"),
  ).action(async (paths: string[], flags: DraftFlags) => {
    setExitCode(await statusCheckAction(paths, flags, io));
  });
}
