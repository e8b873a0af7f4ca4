import type { SignalDef } from "./signal.js";

export const interestChecked: SignalDef = {
  id: "interest-checked",
  label: "Asked how interested you are",
  polarity: "positive",
  phase: "during",
  strength: "medium",
  seeds: ["001", "002"],
  meaning: "The interviewer asked how interested you are, or whether you would accept.",
  advice:
    "They are gauging whether an offer would land. Be honest and warm; if it is your first choice, say so.",
  cues: [
    { p: "how ~3 interest*|keen|excited|serious", by: "company" },
    {
      p: "how ~3 feel|feeling|think ~4 role|job|position|opportunity|this|so_far|us",
      by: "company",
      question: true,
      in: ["transcript"],
    },
    {
      p: "would|will|could ~3 you|i ~3 accept|take|say_yes ~3 offer|it|job|role|position",
      by: "company",
      unless: "if_you_had|imagine",
    },
    {
      p: "ask|asked|wonder|wondered|want_to_know|wanted_to_know|check|checked ~4 if|whether|how ~4 i ~2 accept|take|interested|keen|want|serious",
      by: "company",
      in: ["notes"],
    },
    {
      p: "rank|ranks|ranking|top_choice|first_choice|number_one|front-runner",
      by: "company",
      unless: "google_rank|ranking_model|search|hacker|hackerrank|leetcode|rank_higher",
      with: "ask|asked|where|how|?|compare|against|among|list|choice|other|others",
    },
    { p: "something ~2 you ~2 want|would_want|'d_want|see_yourself", by: "company", question: true },
    { p: "still ~2 interested|keen", by: "company", in: ["transcript"], question: true },
  ],
};
