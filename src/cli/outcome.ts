import type { Command } from "commander";
import type { Io } from "./io.js";
import { nowOf, printJson, withWorkspace } from "./workspace-io.js";

interface OutcomeFlags {
  now?: string;
  json?: boolean;
}

/** `debrief outcome APP offer|rejected|withdrew|ghosted|open`. */
export function registerOutcome(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command("outcome")
    .description("Record how an application ended (your word overrides one read from the mail)")
    .argument("<app>", "the application's id or company")
    .argument("<outcome>", "offer, rejected, withdrew, ghosted, or open (still going)")
    .option("--now <iso>", "when, ISO 8601 (default: now)")
    .option("--json", "print what was recorded as JSON")
    .action(async (ref: string, outcome: string, flags: OutcomeFlags) => {
      const now = nowOf(flags, io);
      const { setApplicationOutcome } = await import("../app/reanalyze-workspace.js");
      const report = await withWorkspace(io.env, now, (store) =>
        setApplicationOutcome(store, ref, outcome, now),
      );
      if (flags.json) printJson(io, report);
      else {
        const before = report.previous
          ? ` (was ${report.previous.outcome}, ${report.previous.recordedBy === "you" ? "recorded by you" : "read from the mail"})`
          : "";
        io.stdout.write(
          report.outcome === "open"
            ? `${report.company} is open again${before}.\n`
            : `${report.company}: ${report.outcome}${before}. Nothing more is planned for it.\n`,
        );
      }
      setExitCode(0);
    });
}
