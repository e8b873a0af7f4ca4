import type { SignalDef } from "./signal.js";

export const keptWarm: SignalDef = {
  id: "kept-warm",
  label: "Recruiter keeps you updated",
  polarity: "positive",
  phase: "after",
  strength: "medium",
  seeds: ["003"],
  meaning: "The recruiter keeps you posted, step by step, on what is happening.",
  advice:
    "Regular updates mean you are still in the frame. Answer promptly and keep your own status (other offers) current with them.",
  cues: [
    {
      p: "kept|has_kept|have_kept|been_keeping|kept_me ~3 posted|updated|in_the_loop|informed|up_to_date",
      by: "company",
      unless: "didn't|never|not|if",
      in: ["notes"],
    },
    {
      p: "update|updates|updated|check-in|checked_in|checking_in ~4 regular|regularly|every|each|step|weekly|again|another|quick|brief",
      by: "company",
      in: ["notes"],
    },
  ],
};
