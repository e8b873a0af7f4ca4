import type { Command } from "commander";
import { parseTimeZone } from "./case-options.js";
import type { Io } from "./io.js";
import { nowOf, printJson, progressLine, withWorkspace } from "./workspace-io.js";

/** `debrief reanalyze`: re-reads every stored source with the current detectors. */
export function registerReanalyze(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command("reanalyze")
    .description("Re-read every stored source with the current detectors (after an upgrade)")
    .option("--now <iso>", "when the reads are made, ISO 8601 (default: now)")
    .option("--json", "print what changed as JSON")
    .option("--progress", "show progress on stderr even when it is not a terminal")
    .option("--tz <zone>", "your time zone, for invite times given without one (remembered from now on)")
    .action(async (flags: { now?: string; json?: boolean; progress?: boolean; tz?: string }) => {
      const now = nowOf(flags, io);
      const timeZone = parseTimeZone(flags.tz);
      const progress = progressLine(io, flags.progress);
      const { reanalyzeWorkspace } = await import("../app/reanalyze-workspace.js");
      const report = await withWorkspace(io.env, now, (store) =>
        reanalyzeWorkspace(store, {
          now,
          ...(timeZone ? { timeZone } : {}),
          onProgress: (done, total) => progress(`re-reading ${done}/${total} applications`),
        }),
      );
      progress.end();
      if (flags.json) printJson(io, report);
      else {
        io.stdout.write(`Re-read ${report.applications} applications (${report.rounds} rounds).\n`);
        for (const ch of report.changed)
          io.stdout.write(
            `  ${ch.company}, round ${ch.round}: ${ch.before ?? "no read"} → ${ch.after ?? "no read"}\n`,
          );
        if (report.changed.length === 0 && report.rounds > 0) io.stdout.write("No read changed.\n");
      }
      setExitCode(0);
    });
}
