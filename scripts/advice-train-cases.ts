/** Debug: plans each made-up training case folder (eval/advice-train/cases) and prints its actions beside the labels. Not the held-out set. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { readAndAnalyze, withDrafts } from "../src/app/analyze-case.js";
import { planFollowUps } from "../src/core/plan/plan-actions.js";
import { buildTimeline } from "../src/core/timeline/build-timeline.js";
import { dueOutcome, type ExpectedAdvice } from "./advice-scores.js";

const root = "eval/advice-train/cases";
const only = process.argv[2];
for (const name of (await readdir(root)).sort()) {
  if (only && !name.includes(only)) continue;
  const dir = join(root, name);
  const expected = JSON.parse(await readFile(join(dir, "expected-advice.json"), "utf8")) as ExpectedAdvice;
  const { analysis, docs } = await readAndAnalyze([dir], { now: expected.now });
  const timeline = buildTimeline({ docs, analysis, now: expected.now });
  const plan = withDrafts(
    planFollowUps({ docs, analysis, now: expected.now, timeline }),
    docs,
    analysis,
    expected.now,
    timeline,
  );
  console.log(`\n${name}${plan.settled ? ` settled ${plan.settled.outcome}` : ""}`);
  for (const want of expected.actions) {
    const got = plan.actions.find((a) => a.kind === want.kind);
    console.log(
      `  ${want.kind}: want ${want.due} done=${want.done}; got ${got?.due} done=${got?.done === true} → ${got ? dueOutcome(want.kind, want.due, got.due) : "not planned"}`,
    );
    if (got && (!got.due || dueOutcome(want.kind, want.due, got.due) !== "right"))
      console.log(`    why: ${got.why}`);
  }
  for (const a of plan.actions)
    if (!expected.actions.some((w) => w.kind === a.kind))
      console.log(`  extra ${a.kind} ${a.due ?? ""} ${a.kind === "address-gap" ? "" : a.why}`);
}
