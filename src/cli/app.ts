import type { Command } from "commander";
import { InputError } from "../app/input-error.js";
import type { Io } from "./io.js";
import { colorsFor, nowOf, printJson, withWorkspace } from "./workspace-io.js";

interface CommonFlags {
  now?: string;
  json?: boolean;
}

/** `debrief app rename|merge|delete`: putting a filing mistake right. */
export function registerApp(program: Command, io: Io, setExitCode: (code: number) => void): void {
  const app = program
    .command("app")
    .description("Put a filing mistake right: rename, merge or delete an application")
    .addHelpText(
      "after",
      '\nExamples:\n  debrief app rename 3 --company "Corvid Maps" --role "Mobile engineer"\n  debrief app merge 1 3        (3 goes into 1)\n  debrief app delete 4 --yes --keep ~/corvid.json\n',
    );

  app
    .command("rename")
    .description("Give an application another company or role")
    .argument("<app>", "the application's id or company")
    .option("--company <name>", "the company's name")
    .option("--role <role>", 'the role ("" clears it)')
    .option("--now <iso>", "when, ISO 8601 (default: now)")
    .option("--json", "print what changed as JSON")
    .action(async (ref: string, flags: CommonFlags & { company?: string; role?: string }) => {
      const now = nowOf(flags, io);
      const { renameApplication } = await import("../app/edit-applications.js");
      const report = await withWorkspace(io.env, now, (store) =>
        renameApplication(store, ref, {
          ...(flags.company !== undefined ? { company: flags.company } : {}),
          ...(flags.role !== undefined ? { role: flags.role } : {}),
        }),
      );
      if (flags.json) printJson(io, report);
      else {
        const label = (x: { company: string; role: string | null }) =>
          `${x.company}${x.role ? `, ${x.role}` : ""}`;
        io.stdout.write(`${report.applicationId}  ${label(report.before)} → ${label(report.after)}\n`);
      }
      setExitCode(0);
    });

  app
    .command("merge")
    .description("Move everything of application FROM into application INTO, and re-read INTO")
    .argument("<into>", "the application that stays (id or company)")
    .argument("<from>", "the application merged into it and removed (id or company)")
    .option("--now <iso>", "when the re-read is made, ISO 8601 (default: now)")
    .option("--json", "print what was merged as JSON")
    .action(async (into: string, from: string, flags: CommonFlags) => {
      const now = nowOf(flags, io);
      const { mergeApplications } = await import("../app/edit-applications.js");
      const report = await withWorkspace(io.env, now, (store) => mergeApplications(store, into, from, now));
      if (flags.json) printJson(io, report);
      else {
        const c = colorsFor(io);
        io.stdout.write(
          `${c.bold(`${report.into.applicationId}  ${report.into.company}`)}: merged ${report.from.applicationId} ${report.from.company} into it (${report.sources} ${report.sources === 1 ? "file" : "files"}); re-read.\n`,
        );
        for (const r of report.rounds) {
          const moved = r.was.applicationId !== report.into.applicationId || r.was.number !== r.number;
          if (moved)
            io.stdout.write(
              `  round ${r.number}: was round ${r.was.number} of application ${r.was.applicationId}\n`,
            );
        }
      }
      setExitCode(0);
    });

  app
    .command("delete")
    .description("Delete an application and everything filed under it, after keeping an export of it")
    .argument("<app>", "the application's id or company")
    .option("--yes", "delete without asking (needed when not on a terminal)")
    .option("--keep <file>", "where to write the export kept first (default: beside the workspace)")
    .option("--now <iso>", "when, ISO 8601 (default: now)")
    .option("--json", "print what was deleted as JSON")
    .action(async (ref: string, flags: CommonFlags & { yes?: boolean; keep?: string }) => {
      const now = nowOf(flags, io);
      const edits = await import("../app/edit-applications.js");
      const { resolveApplication } = await import("../app/workspace-views.js");
      const report = await withWorkspace(io.env, now, async (store) => {
        const target = await resolveApplication(store, ref);
        const label = `${target.id} ${target.company}${target.role ? `, ${target.role}` : ""}`;
        if (!flags.yes) await confirmDelete(io, label);
        return edits.deleteApplication(store, String(target.id), {
          now,
          ...(flags.keep !== undefined ? { keep: flags.keep } : {}),
          keepFolder: edits.defaultKeepFolder(store, io.env),
        });
      });
      if (flags.json) printJson(io, report);
      else
        io.stdout.write(
          `Deleted application ${report.applicationId} ${report.company} (${report.rows.sources ?? 0} files, ${report.rows.rounds ?? 0} rounds).\nIts rows were kept first in ${report.keptAt}\n`,
        );
      setExitCode(0);
    });
}

/** Asks on a terminal; elsewhere `--yes` is needed, so a script never deletes by accident. */
async function confirmDelete(io: Io, label: string): Promise<void> {
  if (!io.stdin.isTTY || !io.stderr.isTTY)
    throw new InputError(
      "confirm-delete",
      `not deleting application ${label} without a confirmation`,
      "add --yes to delete it (an export of it is kept first)",
    );
  const prompts = await import("@clack/prompts");
  const yes = await prompts.confirm({
    message: `Delete application ${label} and everything filed under it? An export of it is kept first.`,
    initialValue: false,
  });
  if (prompts.isCancel(yes) || yes !== true)
    throw new InputError("cancelled", "nothing was deleted (cancelled)");
}
