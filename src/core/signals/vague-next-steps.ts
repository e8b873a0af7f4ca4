import type { SignalDef } from "./signal.js";
import { TIMELINE } from "./words.js";

export const vagueNextSteps: SignalDef = {
  id: "vague-next-steps",
  label: "Vague or missing next steps",
  polarity: "negative",
  phase: "during",
  strength: "medium",
  seeds: ["000", "004"],
  meaning: '"We\'ll be in touch" with no timeline, or next steps never came up.',
  advice:
    "Some companies say this to everyone, so it is weak on its own. Ask the recruiter for a timeline in your thank-you or a short note.",
  cues: [
    {
      p: "in_touch|let_you_know|get_back_to_you|get_back|hear_from_us|hear_back|be_in_contact|circle_back|we'll_see|contact_you|notify_you|inform_you|reach_out_to_you",
      by: "company",
      unless: `${TIMELINE}|by|before|within|if_you|any_questions|question|reach_out_to_me|reach_out_anytime|feel_free|don't_hesitate|i_will_reach|sent|send|if_anything|any_time|anytime|directly`,
      with: "will|'ll|would|'d|going_to|shall|\"",
    },
    {
      // A promise with a span that has no edge: "they'll decide in the coming weeks", "you will hear
      // in due course".
      p: "decide|decision|hear|back|update|know|touch|contact ~4 coming_weeks|coming_days|coming_months|due_course",
      by: "company",
      with: "will|'ll|would|'d|going_to|shall",
    },
    {
      // The promise with its want of a date said outright: '"recruitment will be in touch", no date'.
      p: "in_touch|let_you_know|get_back_to_you|get_back|hear_back|be_in_contact|contact_you",
      by: "company",
      with: "no_date|without_a_date|without_any_date|no_timeline|no_time_frame|no_timeframe|no_idea_when|didn't_say_when|did_not_say_when",
    },
    {
      p: "next_step|next_steps|timeline|time_frame|timeframe|when_i'd_hear|when_i_would_hear|what_happens_next|what_comes_next|decision_date",
      by: "company",
      negation: "require",
      in: ["notes"],
    },
    {
      p: "mention|mentioned|say|said|give|gave|discuss|discussed|talk|talked|share|shared|offer|offered ~4 next_step|next_steps|timeline|time_frame|timeframe|when|date|dates",
      by: "company",
      negation: "require",
      in: ["notes"],
    },
    {
      p: "no|without|never ~3 timeline|time_frame|timeframe|date|next_step|next_steps|indication",
      by: "any",
      negation: "ignore",
      in: ["notes"],
      unless: "no_later",
    },
    {
      p: "next_step|next_steps|timeline|when_i'd_hear ~4 never|didn't|not ~3 come_up|came_up|mention*|discuss*|talk*|cover*|say|said|get_to|got_to",
      by: "any",
      negation: "ignore",
      in: ["notes"],
    },
    {
      p: "no_idea|don't_know|do_not_know|unclear|not_sure|no_clue ~3 what_happens|happens_next|what's_next|when_i'll_hear|when_i_will_hear|the_timeline|the_next_step",
      by: "any",
      in: ["notes"],
      negation: "ignore",
    },
    {
      p: "vague|unclear|noncommittal|non-committal|fuzzy ~4 next_step|next_steps|timeline|about_timing|about_next|about_when",
      by: "any",
      in: ["notes"],
    },
  ],
};
