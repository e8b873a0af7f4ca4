import type { SignalDef } from "./signal.js";
import { ORGANISATION, ORGANISATION_SIZE } from "./words.js";

export const companyBriefing: SignalDef = {
  id: "company-briefing",
  label: "Briefed you on the company",
  polarity: "positive",
  phase: "during",
  strength: "weak",
  seeds: ["004"],
  meaning: "Extensive, specific information about the company and the role: plans, values, challenges.",
  advice:
    "Candour about plans and problems is a form of investment in you. Refer back to one specific in your thank-you.",
  transcriptHits: 3,
  // One telling of plans or problems is a remark; told in two places, or at length, it is a briefing.
  minHits: 2,
  cues: [
    {
      // The organisation told in figures: "they have 64 trucks now", "the hotel is 48 rooms", "a
      // 350-bed hospital, expanding to 500", "about 900 citizens a year".
      p: `they|it|${ORGANISATION} ~2 have|has|is|are|does|do|run|runs|employ|employs|serve|serves|see|sees|make|makes|had|was|now|currently ~3 #count ~2 ${ORGANISATION_SIZE}`,
      by: "company",
      in: ["notes"],
      stated: true,
      unless:
        "i|i_have|i_had|my|my_current|at_my|in_my|we_have|we_had|your|you|asked|how_many|previous|last_job",
    },
    {
      // Where it is going: "they want to double the desk in three years", "moving into a new building
      // next spring", "expanding to 500 beds".
      p: "they|it|we|company|hospital|hotel|centre|center|business|firm|bank|school|charity|desk|team ~2 want|wants|plan|plans|planning|hope|aim|aims|are_moving|'re_moving|moving|expanding|are_opening|opening|are_growing|growing|launching|building|doubling|going ~1 to|into|a|the|their|its|#count|double|triple|grow|expand|open|launch|move|build|hire",
      by: "company",
      in: ["notes"],
      stated: true,
      unless:
        "me|you|i|my|candidate|candidates|someone|decision|interview|interviews|fill|role|position|offer|start|starting|reference*|hear|let_me_know|get_back|shortlist|next_round|next_step|next_steps|references",
    },
    {
      // Told at length, in one breath: "she gave me so much about the company", "he walked me through
      // the whole plan", "told me everything about where the business is going".
      p: "gave|told|tell|explained|walked|talked|took|went_through|went_into|filled_me_in|briefed|shared ~5 company|business|plan|plans|strategy|history|vision|roadmap|market|future|organisation|organization|firm|group",
      by: "company",
      in: ["notes"],
      alone: true,
      with: "so_much|a_lot|lots|loads|whole|everything|all_about|in_detail|in_depth|at_length|long|ages",
      unless: "i_told|i_talked|i_explained|i_gave|i_walked|my|your|i_asked|my_own",
    },
    {
      // …or for a stretch of the interview: "he spent twenty minutes on the company's history".
      p: "gave|told|tell|explained|walked|talked|took|went_through|went_into|spent|filled_me_in|briefed|shared ~5 company|business|plan|plans|strategy|history|vision|roadmap|market|future|organisation|organization|firm|group",
      by: "company",
      in: ["notes"],
      alone: true,
      with: "#count ~1 min|mins|minutes|hour|hours",
      unless:
        "i_told|i_talked|i_explained|i_gave|i_walked|i_spent|my|your|i_asked|my_own|late|early|ago|drive|commute|wait|waited|waiting",
    },
    {
      // A presentation of the company, as assessment days open: "welcome + presentation about the
      // company, the bases, the roster".
      p: "presentation|video|talk|session ~2 about|on|of ~2 company|business|airline|firm|group|organisation|organization|hospital|trust|school|bank|store|brand",
      by: "any",
      in: ["notes"],
      alone: true,
      unless:
        "my|i_gave|i_did|i_prepared|i_made|prepare|preparing|prepared|asked_me|asked_to|give_a|do_a|case_study|portfolio|not|n't|no",
    },
    {
      // A briefing named as long or frank: "a long and candid briefing: the five-year plan…",
      // "a detailed presentation about the company".
      p: "long|lengthy|candid|detailed|thorough|full|frank|extensive|in-depth ~3 briefing|overview|rundown|run-down|presentation|pitch|picture|history",
      by: "any",
      in: ["notes"],
      alone: true,
      unless: "my|i_gave|i_did|i_prepared|my_presentation|portfolio|case_study|not|n't|no",
    },
    {
      // Who owns it and since when: "owned by the founder's grandchildren since 1952, no outside money".
      p: "family-owned|family_owned|family_business|family_run|family-run|founded|founder|founders|owned_by|private_equity|pe-backed|publicly_listed|listed_company|state-owned|second_generation|third_generation|not-for-profit|non-profit",
      by: "company",
      in: ["notes", "transcript"],
      stated: true,
      unless: "i|i'm|i've|my|your|you|at_your|in_your|what|how|who|whether|if",
    },
    {
      // Its money told: "their cash would last about a year", "the council grant pays half of it",
      // "turnover is near 12 million".
      p: "reserves|funding|budget|budgets|deficit|revenue|turnover|profit|profits|margins|donations|grant|grants|subsidy|cash_flow ~3 is|are|was|were|covers|cover|down|up|cut|fell|grew|about|around|#count",
      by: "company",
      in: ["notes", "transcript"],
      stated: true,
      unless:
        "i|i'm|i've|my|your|you|at_your|in_your|what|how|whether|if|salary|pay|bonus|relocation|training_budget|travel_budget",
    },
    {
      // What it does, counted: "we publish twelve titles a year", "they run five clinics now".
      p: "we|they ~2 do|build|make|produce|run|operate|ship|handle|serve|stage|put_on|process ~4 #count|two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds|thousands",
      by: "company",
      in: ["notes", "transcript"],
      stated: true,
      with: "a_year|a_week|a_month|a_day|per_year|per_week|per_month|per_day|annually|now|currently|right_now|at_the_moment|this_year",
      unless: "i|my|your|you|if|whether|would|should|could",
    },
    {
      p: "roadmap|strategy|funding|runway|seed_round|series_a|series_b|revenue|pilot|acquisition|reorg|restructur*|expansion|expanding|launch|launching|backlog|headcount|merger",
      by: "company",
      in: ["notes", "transcript"],
      unless: "your_current|your_last|at_your|what_is|how_do_you|tell_me|talent_acquisition",
    },
    {
      p: "candid|candidly|honest|honestly|frank|frankly|open|transparent ~3 about|that ~4 challenge*|problem*|mess|struggle*|gap*|issue*|plan*|debt|weak*|tape|broken|behind",
      by: "company",
    },
    {
      p: "plan|plans|challenge|challenges|problem|problems|value|values|priorit*|goal|goals ~4 for|this|next|the_company|the_team|we|our",
      by: "company",
      in: ["notes"],
      with: "told|explained|walked|shared|described|talked|laid_out|went_through|briefed|outlined|detail|candid|honest",
      unless: "i_told|i_explained|my",
    },
    {
      p: `brief|briefed|briefing|overview|rundown|run-down|picture|intro|introduction ~4 ${ORGANISATION}|plans|strategy|history`,
      by: "company",
      in: ["notes"],
    },
    {
      p: `told|tell|explained|explain|walked|talked|talk|went_on|filled_me_in|briefed|spent ~4 about|through|on|me ~4 ${ORGANISATION}|plan|plans|strategy|history|product|roadmap|competitor*|market|customers|future|new|funding|finances|growth`,
      by: "company",
      in: ["notes"],
      unless: "i_told|i_talked|i_explained|my|your|i_asked",
    },
    {
      p: "be|was|were|is ~2 pretty|very|really|quite|refreshingly|surprisingly|totally ~1 open|candid|honest|frank|transparent|upfront|up-front",
      by: "company",
      in: ["notes"],
      unless: "i_was|i_am|i'm|not|wasn't",
    },
  ],
};
