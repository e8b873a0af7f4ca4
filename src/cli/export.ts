import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import { InputError } from "../app/input-error.js";
import type { Io } from "./io.js";
import { nowOf, printJson, withWorkspace, writeWaiting } from "./workspace-io.js";

/** About how much of an export is written at once. */
const PIECE_CHARS = 1 << 20;

/** `debrief export [FILE]`, `debrief import FILE` and `debrief where`. */
export function registerExport(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command("export")
    .description("Write the whole workspace as JSON (for `debrief import`), or the applications as CSV")
    .argument("[file]", "where to write it (default: standard output)")
    .option("--csv", "one row per application, for a spreadsheet (not for import)")
    .action(async (file: string | undefined, flags: { csv?: boolean }) => {
      await exportWorkspace(io, file, flags);
      setExitCode(0);
    });
  program
    .command("import")
    .description("Load a `debrief export` file into an empty workspace")
    .argument("<file>", "a file written by `debrief export`")
    .option("--json", "print what was imported as JSON")
    .action(async (file: string, flags: { json?: boolean }) => {
      const now = nowOf({}, io);
      const { importWorkspace, readExportFile } = await import("../app/export-workspace.js");
      const data = await readExportFile(file);
      const report = await withWorkspace(io.env, now, (store) => importWorkspace(store, data));
      if (flags.json) printJson(io, report);
      else
        io.stdout.write(
          `Imported ${report.applications} applications, ${report.sources} source files and ${report.outcomes} outcomes.\n`,
        );
      setExitCode(0);
    });
  program
    .command("where")
    .description("Print where the workspace is kept")
    .option("--json", "print it as JSON")
    .action(async (flags: { json?: boolean }) => {
      const { hidePassword, workspaceLocation } = await import("../app/open-workspace.js");
      const where = workspaceLocation(io.env);
      const location = hidePassword(where.location);
      if (flags.json) printJson(io, { location, how: where.how });
      else io.stdout.write(`${location}\n`);
      setExitCode(0);
    });
}

/** `debrief export`: the workspace as JSON, or the applications as CSV, into a file or down standard output. */
async function exportWorkspace(io: Io, file: string | undefined, flags: { csv?: boolean }): Promise<void> {
  const now = nowOf({}, io);
  const target = file && file !== "-" ? resolve(file) : undefined;
  if (target) await checkFolderOf(file, target);
  const { writeExport } = await import("../app/export-workspace.js");
  const { exportApplicationsCsv } = await import("../app/export-applications-csv.js");
  // The JSON export streams a row at a time, into a file or down a pipe, whatever the workspace's size.
  // Rows are gathered into pieces of about 1 MB: a write per row made a 400 MB export take 35 s.
  const produce = (write: (text: string) => Promise<unknown>) =>
    withWorkspace(io.env, now, async (store) => {
      if (flags.csv) return void (await write(await exportApplicationsCsv(store, now)));
      let pending: string[] = [];
      let size = 0;
      const flush = async () => {
        if (pending.length === 0) return;
        const piece = pending.join("");
        pending = [];
        size = 0;
        await write(piece);
      };
      await writeExport(store, now, async (text) => {
        pending.push(text);
        size += text.length;
        if (size >= PIECE_CHARS) await flush();
      });
      pending.push("\n");
      await flush();
    });
  if (target) {
    const { writeFileAtomically } = await import("../app/write-file-atomically.js");
    await writeFileAtomically(target, produce);
    io.stderr.write(`Wrote ${file}\n`);
  } else {
    // A reader that goes away (`| head`) ends the export quietly, as it ends any pipe.
    const gone = new Error("standard output closed");
    await produce(async (text) => {
      if (!(await writeWaiting(io.stdout, text))) throw gone;
    }).catch((e) => {
      if (e !== gone) throw e;
    });
  }
}

/** A file is written only into a folder that exists. */
async function checkFolderOf(file: string | undefined, target: string): Promise<void> {
  const folder = await stat(dirname(target)).catch(() => undefined);
  if (!folder?.isDirectory())
    throw new InputError(
      "no-folder",
      `${JSON.stringify(file)}: the folder ${JSON.stringify(dirname(target))} does not exist`,
    );
}
