import { expect, it } from "vitest";
import { readAndAnalyze, withDrafts } from "../src/app/analyze-case.js";
import { findContradictions } from "../src/core/plan/find-contradictions.js";
import { planFollowUps } from "../src/core/plan/plan-actions.js";
import { buildTimeline } from "../src/core/timeline/build-timeline.js";
import { describeShared, nowOf, tunedOnFolders } from "./shared.js";

/**
 * Every case folder this checkout can find (../shared/corpus and eval/train, never eval/heldout), planned at
 * its own "now": no reason, due date and draft contradict each other or the timeline they were made from.
 * With the nudge on the date, and again as the workspace plans it (first filed a week before now).
 */

const folders = tunedOnFolders();

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
