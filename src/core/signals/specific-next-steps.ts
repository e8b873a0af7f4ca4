import type { SignalDef } from "./signal.js";
import { BOOKED_DAY, HYPOTHETICAL, NEXT_STEP, TASKED, TIMELINE } from "./words.js";

/** The promise said to come without a date. */
/** A timeline denied, or one with no edge: "no date", "in the coming weeks". */
const NO_DATE =
  "no_date|without_a_date|without_any_date|no_timeline|no_time_frame|no_timeframe|no_idea_when|coming_weeks|coming_days|coming_months";

/**
 * A contact told as done ("the agency got in touch after ten days to book a call"): the process as it
 * went, not a step still to come with its date.
 */
const DONE_CONTACT =
  "reached_out|contacted|emailed|responded|replied|heard_back|got_back|came_back|approached|got_an_email|got_a_mail|got_a_call|received_an_email|received_a_call";

/** The first call of a process, set up after an application. */
const FIRST_CONTACT =
  "applied|application|resume|cv|phone_interview|phone_screen|screening|first_interview|1st_interview|first_round|1st_round|initial_interview|initial_call";

export const specificNextSteps: SignalDef = {
  id: "specific-next-steps",
  label: "Specific next steps",
  polarity: "positive",
  phase: "during",
  strength: "strong",
  seeds: ["000", "004"],
  meaning: "Next steps came with a name, a date or a stated timeline.",
  advice:
    "A dated next step is a commitment: note it, and do not chase before it has passed. It also tells you when silence starts to mean something.",
  cues: [
    {
      p: `will|'ll|would|'d|shall|going_to|plan_to|should|expect ~4 ${NEXT_STEP}`,
      by: "company",
      with: TIMELINE,
      unless: `${HYPOTHETICAL}|${TASKED}|${NO_DATE}|every_day|each_day|a_day|per_day|day_to_day|day-to-day`,
    },
    {
      // A dated promise under a condition on the outcome: "if you're successful you'll hear within
      // two weeks", "we'll reach out by Friday if we move forward". The date was given either way.
      p: `will|'ll|shall|going_to ~4 ${NEXT_STEP}`,
      by: "company",
      with: `by|before|within|until|in|no_later|end_of ~3 ${TIMELINE}`,
      evenIfConditional: true,
      // The candidate's own plan for silence ("if I don't hear by Friday, I'll write") is no promise.
      unlessBefore: "i_don't|we_don't|you_don't|don't_hear|haven't_heard|not_heard",
      unless: `imagine|suppose|usually|typically|normally|might|maybe|${TASKED}|${NO_DATE}|day_to_day|day-to-day`,
    },
    {
      p: NEXT_STEP,
      by: "company",
      with: `by|before|within|until|no_later|end_of ~2 ${TIMELINE}`,
      unless: `${HYPOTHETICAL}|could|${TASKED}|${NO_DATE}|${DONE_CONTACT}|day_to_day|day-to-day`,
    },
    {
      // The company's usual timeline is a timeline told: "results by email, normally within two weeks".
      // A habit without one ("usually there's a technical round") stays out.
      p: NEXT_STEP,
      by: "company",
      with: `within|no_later_than|in_the_next ~2 ${TIMELINE}`,
      unless: `if|imagine|suppose|let's_say|hypothetical*|might|maybe|could|${TASKED}|${NO_DATE}|${DONE_CONTACT}|day_to_day|day-to-day`,
    },
    {
      // Someone named to set up the next round, with a date: "Janelle to set up the 2nd with the VP,
      // probably week of the 14th".
      p: "set_up|setting_up|arrange|arranging|schedule|scheduling|book|booking ~4 2nd|second|third|next|final|round|interview|call|meeting|chat|panel",
      by: "company",
      in: ["notes"],
      with: TIMELINE,
      // Setting up the first call after an application is the process starting, not a step after an interview.
      unless: `if|imagine|suppose|hypothetical*|i_will|i'll|i_need|i_should|${NO_DATE}|${FIRST_CONTACT}|day_to_day|day-to-day`,
    },
    {
      p: "next_step|next_steps|timeline|time_frame|timeframe",
      by: "company",
      with: TIMELINE,
      // "Timeline: CV sent, a screening call, a panel two weeks later" is the process as it went.
      unless: `${HYPOTHETICAL}|${FIRST_CONTACT}|${NO_DATE}|day_to_day`,
    },
    {
      p: "confirm|confirming|scheduled|booked|set ~6 interview|call|meeting|round|chat|conversation",
      by: "company",
      in: ["email"],
      with: TIMELINE,
      unless: HYPOTHETICAL,
    },
    {
      // A meeting set for a day: "we would like to invite you to an interview on Monday 21 September
      // at 10:00", "your interview is confirmed for 4 May", "confirming Thursday at 10; you'll meet Rina".
      p: "invite|invited|inviting|invitation|interview|call|meeting|round|chat|conversation|visit|panel ~4 confirmed|scheduled|booked|arranged|interview|call|meeting|round|visit|panel|on|for",
      by: "company",
      in: ["email", "transcript"],
      with: `${BOOKED_DAY}|#clock`,
      stated: true,
      unless: `${HYPOTHETICAL}|whether|could_you|can_you|would_you|let_me_know|which|options|slots|availability|available|thank|thanks|enjoyed|after|since|during|following|last`,
    },
    {
      p: `confirm|confirming|confirmed ~3 ${BOOKED_DAY}`,
      by: "company",
      in: ["email", "transcript"],
      with: "meet|interview|call|meeting|see_you|visit|speak|chat|#clock|am|pm",
      unless: `${HYPOTHETICAL}|whether|could_you|can_you|would_you|let_me_know`,
    },
  ],
};
