import type { SignalDef } from "./signal.js";

export const superficialQuestions: SignalDef = {
  id: "superficial-questions",
  label: "Generic, shallow questions",
  polarity: "negative",
  phase: "during",
  strength: "medium",
  seeds: ["004"],
  meaning: "Generic questions with no follow-ups.",
  advice:
    "Stock questions can just be a screening script. If it felt like a checklist, use the thank-you to add the depth they did not ask for.",
  cues: [
    {
      p: "generic|stock|textbook|canned|scripted|checklist|boilerplate|shallow|surface-level|superficial|cookie-cutter|rote|bog-standard|by-the-numbers|run-of-the-mill|cliche|cliché ~3 question|questions|interview|list|script",
      by: "any",
      in: ["notes"],
      unless: "not_just|beyond_the|technical_basic",
    },
    {
      // "very standard questions, nothing unexpected", "standard behavioral questions", "typical
      // questions": stock questions, unless they are the technical kind a test is made of.
      p: "standard|typical|common|usual|general|regular ~2 question|questions|ones",
      by: "any",
      in: ["notes"],
      with: "only|just|nothing|all|very|pretty|really|so|too|mostly|entirely|purely|same|boring|dull",
      unless:
        "coding|programming|dsa|technical|java|python|sql|probability|brainteaser|brainteasers|brain_teaser|brain_teasers|math|maths|mathematical|statistics|algorithm|algorithms|data_structure|data_structures|knowledge|quant|quantitative|aptitude|good|nice|fair|for_freshers|regarding|related|on|from|include|includes|including|can|may|will|if|you|candidates|such_as|like",
    },
    {
      p: "completely|entirely|purely|only|just ~1 behavioral|behavioural|personal ~2 question|questions|ones",
      by: "any",
      in: ["notes"],
      unless: "technical|coding|and_technical|both|will|may|can|if|you|candidates",
    },
    {
      // "The interviewer didn't really ask any questions", "he did not ask any relevant questions".
      p: "not|never|barely|hardly ~3 ask|asked ~2 any|a_single|real|relevant|technical|meaningful|proper ~2 question|questions|technical|relevant",
      by: "company",
      in: ["notes"],
      negation: "ignore",
      unless:
        "behavior|behaviour|behavioral|behavioural|hr|mr|managerial|personal|i_did|i_do|i_never|i_had|i_have|you|u|if|whether",
    },
    {
      p: "no ~2 question|questions ~3 asked|about_my|on_my",
      by: "company",
      in: ["notes"],
      negation: "ignore",
      unless: "i_have|i_had|i_said|have_no|had_no|to_ask|for_them|do_you|any_questions|if|you|u",
    },
    {
      // "It seemed she was just filling out a checklist", "the call was like taking a survey".
      p: "like|as_if|as_though|filling|fill|ticking|tick ~3 survey|questionnaire|checklist|boxes|form",
      by: "any",
      in: ["notes"],
      unless:
        "satisfaction|online|sent|send|receive|received|receiving|email|mail|application|fill_out_an|registration",
    },
    {
      p: "read|reading|went ~3 off|from|through|down ~3 list|script|sheet|checklist|form|paper",
      by: "company",
      in: ["notes"],
    },
    {
      p: "follow-up|follow-ups|followup|follow_up|follow-up_questions|dig|deeper|probe|probing",
      by: "company",
      negation: "require",
      in: ["notes"],
      // "No follow-up from HR since" is silence after the interview, not shallow questions in it.
      unless: "from|since|after_the_interview|email|emails|mail|call|reply|response|update",
    },
    { p: "next_question|moving_on|move_on|let's_move_on|next_one", by: "company", in: ["transcript"] },
    {
      p: "tell_me_about_yourself|greatest_weakness|biggest_weakness|strengths_and_weaknesses|why_should_we_hire_you|five_years|5_years|why_do_you_want_this_job|why_do_you_want_to_work_here",
      by: "company",
      in: ["transcript"],
    },
  ],
  transcriptHits: 3,
};
