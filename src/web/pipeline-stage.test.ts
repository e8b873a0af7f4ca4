import { describe, expect, it } from "vitest";
import type { TodoItem } from "./api-types.js";
import { pipelineStage } from "./pipeline-stage.js";

function action(kind: string): TodoItem {
  return {
    id: 1,
    applicationId: 1,
    company: "Quillmoor",
    kind,
    due: null,
    why: "",
    text: null,
    isOverdue: false,
  };
}
const quiet = (days: number) => ({ at: "2026-03-01T00:00:00Z", days });

describe("pipelineStage", () => {
  it.each([
    ["an offer", { stage: "offer" }, "offer"],
    ["a rejection", { stage: "rejected" }, "closed"],
    ["a withdrawal", { stage: "withdrew" }, "closed"],
    ["ghosting", { stage: "ghosted" }, "closed"],
    ["no rounds yet", { stage: "applied" }, "applied"],
    ["a stage it does not know", { stage: "something-new" }, "applied"],
    ["a thank-you still to send", { stage: "interviewing", nextAction: action("thank-you") }, "interviewing"],
    [
      "a thank-you to send after long silence",
      { stage: "interviewing", nextAction: action("thank-you"), lastFromCompany: quiet(20) },
      "interviewing",
    ],
    ["a status check next", { stage: "interviewing", nextAction: action("status-check") }, "waiting"],
    ["nothing to do, silent a week", { stage: "interviewing", lastFromCompany: quiet(7) }, "waiting"],
    ["nothing to do, silent six days", { stage: "interviewing", lastFromCompany: quiet(6) }, "interviewing"],
    ["nothing to do, no mail at all", { stage: "interviewing" }, "interviewing"],
    [
      "nothing to do, no mail, the interview a week ago",
      { stage: "interviewing", lastContact: { ...quiet(8), what: "round" } },
      "waiting",
    ],
    [
      "old mail but an interview this week",
      { stage: "interviewing", lastFromCompany: quiet(30), lastContact: { ...quiet(2), what: "round" } },
      "interviewing",
    ],
    ["moved to waiting by hand", { stage: "interviewing", details: { stage: "waiting" } }, "waiting"],
    ["moved back to applied by hand", { stage: "interviewing", details: { stage: "applied" } }, "applied"],
    [
      "moved to interviewing by hand, a status check next",
      { stage: "interviewing", nextAction: action("status-check"), details: { stage: "interviewing" } },
      "interviewing",
    ],
    ["an outcome since it was moved by hand", { stage: "rejected", details: { stage: "waiting" } }, "closed"],
  ] as const)("%s", (_, summary, stage) => {
    expect(pipelineStage(summary)).toBe(stage);
  });
});
