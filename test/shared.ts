import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";

/**
 * ../shared (the labelled corpus, data and formats), beside this checkout or where DEBRIEF_SHARED
 * says, as scripts/eval.ts finds it. A test that reads it is declared with `describeShared` or
 * `itShared`: where ../shared is missing it is reported as skipped with the reason, never left out
 * of the list; with DEBRIEF_TEST_REQUIRE_SHARED=1 (as `.ci/run` sets) it fails instead.
 */
export const SHARED = process.env.DEBRIEF_SHARED ?? join(import.meta.dirname, "..", "..", "shared");
export const CASES = join(SHARED, "corpus", "cases");
export const CASE_013 = join(CASES, "013-startup-eng-fast-track");
export const HAS_SHARED = existsSync(CASES);
export const NO_SHARED = "skipped: ../shared not found";

const REQUIRE_SHARED = process.env.DEBRIEF_TEST_REQUIRE_SHARED === "1";

/** The case folders of ../shared/corpus/cases, sorted; none where it is missing. */
export function caseNames(): string[] {
  if (!HAS_SHARED) return [];
  return readdirSync(CASES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

const TRAIN = join(import.meta.dirname, "..", "eval", "train", "cases");

/** A case folder's "now" (corpus: expected.json; eval/train: meta.json), if it gives one. */
export function nowOf(dir: string): string | undefined {
  for (const file of ["expected.json", "meta.json"]) {
    const path = join(dir, file);
    if (existsSync(path)) return (JSON.parse(readFileSync(path, "utf8")) as { now?: string }).now;
  }
  return undefined;
}

/** The tuned-on case folders with a "now": ../shared/corpus and eval/train, never eval/heldout. */
export function tunedOnFolders(): string[] {
  return [
    ...caseNames().map((name) => join(CASES, name)),
    ...(existsSync(TRAIN) ? readdirSync(TRAIN).map((name) => join(TRAIN, name)) : []),
  ].filter((dir) => nowOf(dir) !== undefined);
}

/** A test that stands for the ones ../shared would have given: skipped with the reason, or failing in CI. */
function missingShared(name: string): void {
  if (REQUIRE_SHARED) {
    it(name, () => {
      throw new Error(
        `${CASES} not found, and DEBRIEF_TEST_REQUIRE_SHARED=1: put ../shared beside the checkout or set DEBRIEF_SHARED`,
      );
    });
  } else {
    it.skip(`${name} (${NO_SHARED})`, () => {});
  }
}

/** `describe` for tests that read ../shared: its body is not even collected where it is missing. */
export function describeShared(name: string, body: () => void): void {
  if (HAS_SHARED) describe(name, body);
  else describe(name, () => missingShared("its tests read ../shared"));
}

/** `it` for one test that reads ../shared. */
export function itShared(name: string, fn: () => unknown, timeout?: number): void {
  if (HAS_SHARED) it(name, fn, timeout);
  else missingShared(name);
}
