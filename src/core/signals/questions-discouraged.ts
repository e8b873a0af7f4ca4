import type { SignalDef } from "./signal.js";

export const questionsDiscouraged: SignalDef = {
  id: "questions-discouraged",
  label: "Little room for your questions",
  polarity: "negative",
  phase: "during",
  strength: "medium",
  seeds: ["004"],
  meaning: "Little or no chance to ask questions, or vague, evasive answers to them.",
  advice: "Put your unanswered questions in writing to the recruiter; how they answer is itself information.",
  cues: [
    {
      // Questions declined outright: "they weren't taking questions today", "no time for questions".
      p: "not|no|weren't|wasn't|aren't|won't|couldn't ~2 take|taking|answer|answering|time_for|room_for ~2 question|questions",
      by: "company",
      negation: "ignore",
      in: ["notes"],
      unless: "i_had_no|i_have_no|no_more|no_further|any_more|any_further",
    },
    {
      // Put off to someone else or to later, for want of time: "out of time, email any questions to HR".
      p: "email|send|forward|put|save|keep ~4 question|questions ~4 hr|recruiter|later|afterwards|instead",
      by: "company",
      in: ["notes"],
      with: "time|instead|rather|behind|not|n't|no",
    },
    {
      p: "no|little|barely|without|hardly ~3 time|chance|room|opportunity ~3 for|to ~3 question|questions|ask",
      by: "company",
      negation: "ignore",
      in: ["notes"],
    },
    {
      p: "ask|asking ~3 question|questions|anything",
      by: "candidate",
      negation: "require",
      in: ["notes"],
      with: "time|chance|get|got|room|let|allowed|able",
    },
    {
      p: "get|got|made_it ~1 through ~2 one|two|only|half|none",
      by: "candidate",
      in: ["notes"],
      with: "question|questions",
    },
    {
      p: "hiring_manager|manager|someone_else|hr|recruiter|next_round|later_round|later_stage|they ~4 would|will|can|could ~2 cover|answer|explain|get_into|go_into|field|address ~2 that|all_that|those|it",
      by: "company",
      in: ["notes"],
      with: "asked|ask|question|questions|when_i",
    },
    {
      p: "deflect|deflected|deflecting|dodge|dodged|brush|brushed|evasive|evade|evaded|sidestep*|non-answer|non-answers|stonewall*|vague_answer|vague_answers|waved_off|changed_the_subject",
      by: "company",
      in: ["notes"],
    },
    {
      p: "can't|cannot|couldn't|not_able|won't|not_really ~3 say|share|comment|discuss|get_into|go_into|answer|speak_to",
      by: "company",
      in: ["transcript"],
      negation: "ignore",
    },
    {
      p: "not_something ~2 i|we ~3 discuss|share|get_into|go_into|talk_about",
      by: "company",
      in: ["transcript"],
      negation: "ignore",
    },
    { p: "hard|difficult|too_early ~2 to ~2 say", by: "company", in: ["transcript"], negation: "ignore" },
    {
      p: "cover_that_later|get_to_that_later|that's_for_later|for_a_later_stage|ask_hr|ask_the_recruiter|can't_get_into|can't_go_into",
      by: "company",
      in: ["transcript"],
    },
    {
      // The candidate's question, answered with a shrug, as notes tell it: "I asked about the target
      // for next year, she said 'that's set by corporate'", "asked about the team -> 'you'll see'".
      // Put off to later is a shrug too: "that all comes later", "that's covered once you join".
      p: "you'll_see|you_will_see|we'll_see|we_will_see|set_by|decided_by|above_my|not_my_call|not_up_to_me|wait_and_see|not_decided|still_being|no_idea|that's_for_hr|ask_hr|later_stage|for_later|offer_stage|at_offer|in_training|come_later|comes_later|will_come_later|hr_will_share|share_later|later_on|another_time|once_you_join|when_you_join",
      by: "company",
      in: ["notes"],
      with: "i_asked|asked_about|my_question|when_i_asked|i_ask",
      negation: "ignore",
    },
    {
      // "I had four questions written down and got to ask just one."
      p: "could|got_to|managed_to|was_able_to|were_able_to ~2 ask ~2 only|just ~1 one|two|a_couple",
      by: "any",
      in: ["notes"],
      unless: "if|would|hope|they_could|he_could|she_could",
    },
    {
      // "Couldn't tell me about clients (NDA)", "wouldn't say what the budget is".
      p: "couldn't|could_not|can't|cannot|wouldn't|would_not|won't|didn't_want_to|did_not_want_to ~1 tell|say|share|answer|discuss|comment",
      by: "company",
      in: ["notes"],
      negation: "ignore",
      // Told what about: "me", "about the clients", "what the budget is"; not "can't tell where I stand".
      with: "me|about|what|which|who|how_much|how_many",
      unless:
        "i_couldn't|i_can't|i_wouldn't|i_won't|i_didn't|if|whether|hear|see|decide|decision|where_i_stand",
    },
  ],
  transcriptHits: 2,
};
