import type { SignalDef } from "./signal.js";

export const thinCompanyInfo: SignalDef = {
  id: "thin-company-info",
  label: "Little said about the company or role",
  polarity: "negative",
  phase: "during",
  strength: "weak",
  seeds: ["004"],
  meaning: "Little or only superficial information about the company and the role.",
  advice:
    "Thin information leaves you guessing; ask your open questions in the follow-up, it also shows interest.",
  cues: [
    {
      p: "little|nothing|not_much|barely_anything|hardly_anything|very_little|no_real|no_detail|few_details|vague ~4 about|on ~3 team|role|company|job|product|culture|plans|work",
      by: "company",
      in: ["notes"],
      negation: "ignore",
    },
    {
      p: "tell|told|explain|explained|say|said|share|shared|describe|described ~4 team|role|company|product|culture|plans|job|structure|who|what",
      by: "company",
      negation: "require",
      in: ["notes"],
    },
    {
      p: "couldn't|can't|wouldn't|won't|didn't|unable|refused ~3 tell|explain|say|share|describe|answer",
      by: "company",
      negation: "ignore",
      in: ["notes"],
      with: "team|role|company|product|culture|job|structure|who|what|much",
    },
    {
      p: "couldn't|can't|don't|do_not|still_don't|still_couldn't|no_idea|no_clue|not_sure ~3 tell_you|know|say|understand|clue|what ~5 team|role|company|job|department|they_do|working_on|customers",
      by: "any",
      negation: "ignore",
      in: ["notes"],
      with: "what|who|how",
      unless: "if|whether|yet_but",
    },
    {
      p: "know|knew|learned|learnt ~2 less|little|nothing|barely_anything ~5 job|role|team|company|position",
      by: "any",
      negation: "ignore",
      in: ["notes"],
    },
    {
      p: "job_description|the_posting|the_advert|the_ad|job_ad|the_listing",
      by: "company",
      in: ["notes"],
      with: "read|just|only|repeat*|recite*|same_as|nothing_beyond|nothing_more",
    },
  ],
};
