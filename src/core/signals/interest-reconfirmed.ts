import type { SignalDef } from "./signal.js";

export const interestReconfirmed: SignalDef = {
  id: "interest-reconfirmed",
  label: "Recruiter reconfirmed your interest",
  polarity: "positive",
  phase: "after",
  strength: "strong",
  seeds: ["003"],
  meaning:
    "After the interviews, the recruiter checked you are still interested and what you expect to earn.",
  advice:
    "This often comes right before an offer. Stay consistent with the salary you gave before; a large jump now is a red flag to them.",
  cues: [
    {
      p: "reconfirm|re-confirm|confirm|confirming|check|checking|double-check|make_sure|verify ~4 still ~2 interest*|keen|on_board|want",
      by: "company",
    },
    {
      p: "reconfirm|re-confirm|confirm|double-check ~4 interest|expectations|salary|number|availability|notice",
      by: "company",
      unless: "interview|time|slot|attendance|receipt",
    },
    {
      p: "still ~2 interested|keen|excited|on_board ~3 ?|in_the_role|in_the_position|in_the_job|in_joining",
      by: "company",
      in: ["email", "transcript"],
    },
    {
      p: "ask|asked|call|called|check|checked|wanted_to_know ~4 if|whether ~3 i ~2 still ~2 interest*|keen|want",
      by: "company",
      in: ["notes"],
    },
  ],
};
