import { defineConfig } from "vitest/config";

const ALL = ["src/**/*.test.ts", "test/**/*.test.ts"];
/** Files that replace a module with `vi.mock`: they get a module registry of their own. */
const MOCKING = ["src/cli/remind.test.ts"];
/**
 * Files that weigh a call's work against a reference pass timed beside it (test/work-units.ts): they run
 * last and alone, so the other worker's files do not share the moment they measure.
 */
const TIMED = ["test/regex-backtracking.test.ts", "test/work-units.test.ts"];

/**
 * On two cores: two workers, and a worker's files share its modules (`isolate: false`). Isolated, each of
 * some 170 files loaded the whole program again, the NLP model included, and ran it cold: src/core's
 * tests took 78 s one after the other, and take 5.5 s sharing. A file that mocks a module keeps its own;
 * the timed files run after the rest.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    // A suite's set-up (a seeded workspace, a packed and installed package) and its clean-up take some
    // seconds alone and several times that when two runs share the machine: vitest's 10 s failed
    // `npm run check` twice that way (workspace-cli-export's seeding, pack-install's removal).
    hookTimeout: 60_000,
    reporters: ["default", "./test/summary-reporter.ts"],
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: "shared", include: ALL, exclude: [...MOCKING, ...TIMED], isolate: false },
      },
      { extends: true, test: { name: "mocking", include: MOCKING, isolate: true } },
      {
        extends: true,
        test: { name: "timed", include: TIMED, isolate: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
