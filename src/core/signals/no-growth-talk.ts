import type { SignalDef } from "./signal.js";

export const noGrowthTalk: SignalDef = {
  id: "no-growth-talk",
  label: "No talk of growth",
  polarity: "negative",
  phase: "during",
  strength: "weak",
  seeds: ["004"],
  meaning: "The focus stayed on immediate fit; your future and growth never came up.",
  advice:
    "It may be a narrow role or a narrow interviewer. If growth matters to you, ask about it directly before you accept anything.",
  cues: [
    {
      p: "career|growth|progression|promotion|development|future|long-term|long_term|five_years|advancement|where_i_see_myself|goals",
      by: "any",
      negation: "require",
      in: ["notes"],
      with: "come_up|came_up|ask|asked|mention|mentioned|discuss|discussed|talk|talked|bring|brought|raise|raised|cover|covered|touch",
    },
    {
      p: "career|growth|progression|promotion|development|future|long-term|goals ~4 never|not|didn't ~3 come_up|came_up|mention*|discuss*|ask*|talk*",
      by: "any",
      negation: "ignore",
      in: ["notes"],
    },
    {
      p: "nothing|not_a_word|no_mention|zero|not_once ~3 about|of|on ~2 long-term|growth|progression|career|future|development|promotion|advancement|goals",
      by: "any",
      negation: "ignore",
      in: ["notes"],
    },
    {
      p: "only|just|purely|entirely ~4 immediate|right_now|day_one|current_need|current_needs|fill|filling|the_gap",
      by: "company",
      in: ["notes"],
    },
    {
      p: "deflect|deflected|dodge|dodged|brushed_off|sidestep*|waved_off|laughed_off ~6 growth|career|progression|promotion|development|future",
      by: "company",
      in: ["notes"],
    },
    {
      p: "growth|career|progression|promotion|development ~6 deflect*|dodge*|brush*|sidestep*|vague|evasive|non-answer|not_something|not_really|don't_really",
      by: "company",
      in: ["notes"],
    },
  ],
};
