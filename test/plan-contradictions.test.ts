import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { readAndAnalyze, withDrafts } from "../src/app/analyze-case.js";
import { buildTimeline } from "../src/core/build-timeline.js";
import { findContradictions } from "../src/core/find-contradictions.js";
import { planFollowUps } from "../src/core/plan-actions.js";
import { CASES, caseNames, describeShared } from "./shared.js";

/**
 * Every case folder this checkout can find (../shared/corpus and eval/train, never eval/heldout), planned at
 * its own "now": no reason, due date and draft contradict each other or the timeline they were made from.
 * With the nudge on the date, and again as the workspace plans it (first filed a week before now).
 */

const TRAIN = join(import.meta.dirname, "..", "eval", "train", "cases");

function nowOf(dir: string): string | undefined {
  for (const file of ["expected.json", "meta.json"]) {
    const path = join(dir, file);
    if (existsSync(path)) return (JSON.parse(readFileSync(path, "utf8")) as { now?: string }).now;
  }
  return undefined;
}

const folders = [
  ...caseNames().map((name) => join(CASES, name)),
  ...(existsSync(TRAIN) ? readdirSync(TRAIN).map((name) => join(TRAIN, name)) : []),
].filter((dir) => nowOf(dir) !== undefined);

describeShared("no plan contradicts itself", () => {
  it("finds case folders to plan", () => expect(folders.length).toBeGreaterThan(30));

  it.each(folders.map((dir) => [dir.split("/").slice(-1)[0], dir]))("%s", async (_name, dir) => {
    const now = nowOf(dir) as string;
    const { analysis, docs } = await readAndAnalyze([dir], { now });
    const firstSeen = new Date(Date.parse(now) - 7 * 86_400_000).toISOString();
    for (const options of [{}, { nudgeAfterDays: 0 }, { firstSeen }]) {
      const timeline = buildTimeline({ docs, analysis, now, ...options });
      const plan = withDrafts(
        planFollowUps({ docs, analysis, now, timeline, ...options }),
        docs,
        analysis,
        now,
        timeline,
      );
      expect(findContradictions(plan, timeline), JSON.stringify(options)).toEqual([]);
    }
  });
});
