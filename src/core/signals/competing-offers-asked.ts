import type { SignalDef } from "./signal.js";

export const competingOffersAsked: SignalDef = {
  id: "competing-offers-asked",
  label: "Asked about other offers",
  polarity: "positive",
  phase: "during",
  strength: "medium",
  seeds: ["001", "002", "003"],
  meaning: "They asked where else you are interviewing, about other offers, or about deadlines.",
  advice:
    "They are checking how much time they have. If you do have other offers or deadlines, say so: it can speed them up.",
  cues: [
    {
      // Asked after, in writing: "let us know if the other process you mentioned has moved on".
      p: "let_us_know|let_me_know|keep_us_posted|keep_me_posted|update_us|update_me|tell_us|tell_me ~6 other|another ~2 process|processes|offer|offers|interview|interviews|application|applications|opportunit*",
      by: "company",
    },
    {
      p: "other|another ~2 company|companies|offer|offers|interview|interviews|process|processes|opportunit*|role|roles|place|places|employer*|application|applications|jobs",
      by: "company",
      with: "ask|asked|asking|wonder*|want_to_know|wanted_to_know|curious|?|whether|how_many|where_else|in_play|talking_to|interviewing_with|interviewing_at",
      unless:
        "other_candidate*|other_people|other_team|other_engineer*|other_teams|other_hand|our_other|the_other_side|the_other_interviews|the_other_interview|other_rounds|other_interviewers|another_opportunity|other_roles_for_you|other_positions|other_openings|may_have|i_asked|i_mentioned|i_told",
    },
    {
      p: "elsewhere|anywhere_else|where_else|what_else",
      by: "company",
      with: "interview*|talk*|process|offer*|apply*|look*",
    },
    {
      p: "deadline|deadlines|timeline_on_your_side|your_timeline|exploding",
      by: "company",
      unless:
        "project|sprint|deliver*|ship*|client|launch|release|miss|missed|handle|tight|competing|meet|meeting|manage|a_time|time_when|tell_me_about|describe|pressure|their|customer",
    },
    {
      p: "talk|talking|speak|speaking|interview|interviewing ~2 with|to ~2 anyone|anybody|other|others",
      by: "company",
    },
    {
      // Timing on the candidate's side, asked: "anything on your side timing-wise we should know about?".
      p: "on_your_side|your_side|your_end|on_your_end ~3 timing|timing-wise|timeline|deadline|deadlines|clock",
      by: "company",
      unless: "i_asked|i_mentioned|i_told",
    },
    {
      p: "timing-wise|timing_wise ~3 on_your_side|your_side|your_end|should_know|we_should|to_know",
      by: "company",
      unless: "i_asked|i_mentioned|i_told",
    },
  ],
};
