import type { SignalDef } from "./signal.js";

export const soldTheRole: SignalDef = {
  id: "sold-the-role",
  label: "Sold you the role",
  polarity: "positive",
  phase: "during",
  strength: "strong",
  seeds: ["000", "001", "004"],
  meaning: "The interviewer moved from evaluating you to selling the job, the team or the company.",
  advice:
    "When the interviewer starts recruiting you, they have usually stopped screening you. Note what they stressed: it is what they think will win you over.",
  cues: [
    {
      // What is sold is the workplace, to the candidate: "spent ten minutes selling the firm",
      // "pitched the clinic to me". A denial of the selling itself is read by negation.
      p: "pitch|pitching|pitched|sell|selling|sold|woo|wooing ~2 me|i|us|the_role|the_job|the_company|the_team|the_place|the_position|the_opportunity|the_firm|the_practice|the_business|the_school|the_hospital|the_studio|the_farm|the_site|the_vision|hard",
      in: ["notes"],
      unless: "than|rather_than|instead_of",
    },
    {
      p: "why ~3 he|she|they|i ~3 love*|like*|join*|chose|choose|left|leave|stay*|enjoy* ~6 here|there|it|company|team|job|work*|this",
      by: "company",
    },
    {
      p: "love|enjoy|adore ~3 work*|team|here|job|culture|place|it_here",
      by: "company",
      unless: "would_you|do_you|you_love|you_enjoy|what_do",
    },
    {
      p: "best ~3 place|team|job|decision|culture|company|move",
      by: "company",
      unless: "you|your|best_practice|best_way|best_answer|which|what",
    },
    { p: "tell|show ~2 you ~2 why", by: "company" },
    { p: "get|got|make|getting ~2 me ~2 excited", by: "company" },
    {
      p: "you|you'd ~2 love|enjoy ~3 it|here|team|work*",
      by: "company",
      unless: "would_you|do_you|how|what",
    },
    {
      p: "talk*|spend|spent|rave*|gush* ~6 why ~4 love*|like*|great|amazing|special",
      by: "company",
      in: ["notes"],
    },
  ],
};
