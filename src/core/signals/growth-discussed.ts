import type { SignalDef } from "./signal.js";

export const growthDiscussed: SignalDef = {
  id: "growth-discussed",
  label: "Growth and career path discussed",
  polarity: "positive",
  phase: "during",
  strength: "weak",
  seeds: ["004"],
  meaning: "Your career goals, growth or advancement at the company came up.",
  advice: "Talk of your future there is talk of a long-term hire. Note what path they described.",
  cues: [
    {
      p: "promotion|promotions|progression|advancement|career_path|growth_path|career_ladder|career_goals|career_growth|career_progression|career_development|career_plans|ladder|mentorship|mentoring|mentor|learning_budget|training_budget|development_plan|professional_development|grow_into|grow_in|growth_opportunit*|room_to_grow",
      by: "company",
      in: ["notes"],
      unless:
        "career_fair|career_page|careers_page|careers|career_change|career_changer|my_career_so_far|advancement_role|advancement_office|university_advancement|search|site|opportunities",
    },
    {
      p: "career|promotion|promotions|progression|advancement|career_path|growth_path|ladder|mentorship|mentoring|learning_budget|training_budget|grow_into|grow_in|room_to_grow|five_years|5_years|long-term_goals|long_term_goals",
      by: "company",
      in: ["transcript"],
      unless: "careers|careers_page|career_fair|inbox|hr",
    },
    { p: "where ~2 see ~2 yourself|you", by: "company" },
    {
      p: "long-term|long_term|future ~2 goal|goals|plans|ambition*",
      by: "any",
      in: ["notes"],
      with: "ask*|talk*|discuss*|came_up|cover*|interest*|want*",
    },
    {
      p: "grow|growing|develop|developing|move|moving|promoted|progress|step_up ~3 into|toward|towards|to|up_to ~3 lead|senior|manager|management|principal|staff|supervisor",
      by: "company",
      unless: "i_moved|i_was_promoted|my_last|my_current|previous",
    },
    { p: "where ~3 want|like|hope|see ~3 to_be|be_in|myself|yourself|you ~3 year|years", by: "company" },
    {
      // Learning paid for or backed by the employer: "the council supports the qualification after
      // probation", "they have a budget for courses", "they'd fund the cert".
      p: "support|supports|supported|fund|funds|funded|funding|pay|pays|paid|sponsor|sponsors|sponsored|budget|cover|covers ~4 qualification|qualifications|certification|certificate|cert|course|courses|training|cpd|diploma|degree|study|studies|exam|exams|module",
      by: "company",
      stated: true,
      unless:
        "i_paid|i_pay|i_funded|myself|my_own|my_current|at_my|previous|if|would_you|do_you|did_you|not|n't|no",
    },
    {
      p: "qualification|qualifications|certification|certificate|cert|course|courses|training|cpd|diploma|degree|module ~4 supported|funded|paid|sponsored|covered|budget",
      by: "company",
      stated: true,
      unless: "i_paid|myself|my_own|my_current|at_my|previous|if|would_you|do_you|did_you|not|n't|no",
    },
  ],
};
