import type { ApplicationSummary } from "./api-types.js";

/** The Pipeline's columns, in order. */
export const PIPELINE_STAGES = ["applied", "interviewing", "waiting", "offer", "closed"] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** Days without a word from the company before an interviewing application counts as waiting. */
export const WAITING_DAYS = 7;

/**
 * Where an application sits on the board. An offer is an offer; rejected, withdrew and ghosted are
 * closed. An interviewing one is waiting when the next thing to do is a status check (the ball is in
 * their court), or when nothing is left to do and they have been silent for WAITING_DAYS or more since
 * their last message or the last round. A stage set by hand (applied, interviewing, waiting) stands
 * until an outcome is known.
 */
export function pipelineStage(
  a: Pick<ApplicationSummary, "stage" | "nextAction" | "lastFromCompany" | "lastContact"> & {
    details?: Pick<ApplicationSummary["details"], "stage"> | undefined;
  },
): PipelineStage {
  // Moved by hand, and no outcome since: where the candidate put it.
  if ((a.stage === "applied" || a.stage === "interviewing") && a.details?.stage) return a.details.stage;
  switch (a.stage) {
    case "offer":
      return "offer";
    case "rejected":
    case "withdrew":
    case "ghosted":
      return "closed";
    case "interviewing": {
      if (a.nextAction?.kind === "status-check") return "waiting";
      const silent = (a.lastContact ?? a.lastFromCompany)?.days;
      if (!a.nextAction && silent !== undefined && silent >= WAITING_DAYS) return "waiting";
      return "interviewing";
    }
    default:
      return "applied";
  }
}
