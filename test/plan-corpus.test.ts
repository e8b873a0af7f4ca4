import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { analyzeCase, type CaseAnalysis } from "../src/app/analyze-case.js";
import type { Action } from "../src/core/plan/action.js";
import { CASES, caseNames, describeShared } from "./shared.js";

/**
 * The plan over the labelled cases, each read at its own "now": a thank-you or a settled note for every
 * case, settled exactly where the labels have an outcome, every date ISO with an offset, and the status
 * check after the promised date where one was given.
 */

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const OUTCOMES = ["offer-made", "rejected"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

interface Expected {
  present: string[];
  now: string;
}

const cases = caseNames().filter((name) => existsSync(join(CASES, name, "expected.json")));

function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(join(CASES, name, "expected.json"), "utf8")) as Expected;
}

function statusCheck(result: CaseAnalysis): Action | undefined {
  return result.plan.actions.find((a) => a.kind === "status-check");
}

/** "Thu 12 Feb", the day an ISO date falls on in its own offset. */
function dayOf(iso: string): string {
  const m = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  const offset = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  const d = new Date(Date.parse(iso) + offset * 60_000);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

describeShared("plan over the corpus", () => {
  it("has labelled cases to plan", () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)("%s", async (name) => {
    const expected = expectedOf(name);
    const dir = join(CASES, name);
    const result = await analyzeCase([dir], { now: expected.now });
    const { plan } = result;
    const isSettled = expected.present.some((id) => OUTCOMES.includes(id));

    // Settled exactly where the labels have an outcome, with the matching outcome and a note.
    if (isSettled) {
      expect(plan.settled, "an outcome is labelled: the plan should be settled").toBeDefined();
      expect(expected.present).toContain(plan.settled?.outcome);
      expect(plan.settled?.note.length).toBeGreaterThan(20);
      expect(plan.actions).toEqual([]);
      return;
    }
    expect(plan.settled, `settled as ${plan.settled?.outcome} with no outcome labelled`).toBeUndefined();

    // Every open case has a thank-you, and every action says why, with dates that carry an offset.
    expect(plan.actions.map((a) => a.kind)).toContain("thank-you");
    for (const a of plan.actions) {
      expect(a.why.length).toBeGreaterThan(20);
      if (a.due !== undefined) {
        expect(a.due).toMatch(ISO_WITH_OFFSET);
        expect(Number.isNaN(Date.parse(a.due))).toBe(false);
      }
    }

    // The status check comes after the promised date: with --nudge-after 0 it falls on that date, the
    // day the why names; by default a week later. Without a promise the two agree.
    const byDefault = statusCheck(result);
    const onTheDate = statusCheck(await analyzeCase([dir], { now: expected.now, nudgeAfterDays: 0 }));
    expect(onTheDate === undefined).toBe(byDefault === undefined);
    if (!byDefault?.due || !onTheDate?.due) return;
    if (/word would come by/.test(byDefault.why)) {
      expect(byDefault.why).toContain(`by ${dayOf(onTheDate.due)}`);
      expect(Date.parse(byDefault.due)).toBeGreaterThan(Date.parse(onTheDate.due));
      expect(Date.parse(byDefault.due) - Date.parse(onTheDate.due)).toBeGreaterThanOrEqual(
        7 * 86_400_000 - 3_600_000,
      );
    } else {
      expect(byDefault.due).toBe(onTheDate.due);
    }
  });
});
