import type { Command } from "commander";
import type { Io } from "./io.js";
import { shouldColor } from "./render-analysis.js";
import { nowOf, printJson, withWorkspace } from "./workspace-io.js";

/** `debrief insights`: which signals came before this candidate's offers and rejections. */
export function registerInsights(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command("insights")
    .description("Which signals came before your offers and rejections, and how well the reads matched")
    .option("--json", "print the figures as JSON")
    .action(async (flags: { json?: boolean }) => {
      const now = nowOf({}, io);
      const { gatherInsights } = await import("../app/gather-insights.js");
      const insights = await withWorkspace(io.env, now, (store) => gatherInsights(store));
      const { renderInsights } = await import("./render-insights.js");
      if (flags.json) printJson(io, insights);
      else io.stdout.write(renderInsights(insights, { color: shouldColor(io.stdout, io.env) }));
      setExitCode(0);
    });
}
