import type { SignalDef } from "../signal.js";

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
  minHits: 2,
  cues: [
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
      p: "brief|briefed|briefing|overview|rundown|run-down|picture ~4 company|business|team|organisation|organization|plans|strategy",
      by: "company",
      in: ["notes"],
    },
    {
      p: "told|tell|explained|explain|walked|talked|talk|went_on|filled_me_in|briefed ~4 about|through|on|me ~4 company|business|plan|plans|strategy|history|product|roadmap|competitor*|market|customers|future|new|funding|finances|growth",
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
