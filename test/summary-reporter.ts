import type { Reporter, TestModule } from "vitest/node";
import { NO_SHARED } from "./shared.js";

/**
 * Ends a run with the plain closing line CI reads: "tests: N passed, N failed, N skipped", and a line
 * more when tests were skipped for want of ../shared, so that a run without it does not look whole.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let noShared = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
        if (state === "skipped" && t.name.endsWith(`(${NO_SHARED})`)) noShared++;
      }
    }
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    if (noShared > 0)
      process.stdout.write(
        `${noShared} of them ${NO_SHARED}, each standing for a test or a group of tests that read it: set DEBRIEF_SHARED to run them\n`,
      );
  }
}
