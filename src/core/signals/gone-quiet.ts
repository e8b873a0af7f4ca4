import type { SignalDef } from "./signal.js";
import { PEOPLE_OF_ONES_OWN } from "./words.js";

/**
 * Silence in someone else's story ("my cousin got ghosted by another bank", "they never called him
 * back") or in the conversation itself ("a few seconds of silence"): not this process gone quiet.
 */
const SOMEONE_ELSES_SILENCE = `${PEOPLE_OF_ONES_OWN.join("|")}|ghosted_him|ghosted_her|him_back|her_back|last_year|years_ago|unlike`;

export const goneQuiet: SignalDef = {
  id: "gone-quiet",
  label: "Gone quiet",
  polarity: "negative",
  phase: "after",
  strength: "medium",
  seeds: ["003", "000"],
  meaning: "A long silence from the company; no word past the date they promised.",
  advice:
    "Silence past a promised date is worth a polite nudge, not panic: processes slip. Keep other options moving meanwhile.",
  cues: [
    {
      p: "hear|heard|hearing ~3 back|anything|from|a_word|a_peep|nothing",
      by: "candidate",
      negation: "require",
      in: ["notes"],
      unless: `yet_but|if_i_don't|before|until|expect|${SOMEONE_ELSES_SILENCE}`,
    },
    {
      p: "never|haven't|hasn't|didn't|no ~3 heard|reply|replies|response|responses|word|news|update|updates",
      by: "any",
      negation: "ignore",
      in: ["notes"],
      unless: `no_news_yet_but|if|until|before|expect|not_yet_due|heard_back_quickly|word_for_word|auto|automatic|out-of-office|${SOMEONE_ELSES_SILENCE}`,
    },
    {
      p: "ghost|ghosted|ghosting|radio_silence|crickets|silence|silent|went_quiet|gone_quiet|gone_dark|went_dark|nothing_since|still_nothing|still_waiting|no_word",
      by: "any",
      in: ["notes"],
      unless: `silent_auction|silent_partner|silence_your|quiet_office|quiet_room|awkward_silence|long_pause|pause|second|seconds|moment|moments|${SOMEONE_ELSES_SILENCE}`,
    },
    {
      p: "unanswered|no_reply|no_response|no_answer|went_unanswered",
      by: "any",
      in: ["notes"],
      // Questions left unanswered in the interview are its own business (questions-discouraged).
      unless: "question|questions|queries|during|in_the_interview|in_the_room",
    },
    {
      // "They never contacted me after it", "HR didn't get back to me", "nobody called me back".
      p: "never|not|no_one|nobody ~2 contact|call|get_back|revert|respond|reply|reach_out|follow_up|inform|call_back|come_back|return|update|communicate ~2 me|us|back|to_me|after|since|again|anymore|about|regarding|with_any|with_the",
      by: "company",
      negation: "ignore",
      in: ["notes"],
      unless: `if|until|before|yet_but|expect|promptly|quickly|time_to|chance_to|hesitate|need_to|have_to|phone_screen|${SOMEONE_ELSES_SILENCE}`,
    },
    {
      // "No feedback after the interview", "didn't get any communication since".
      p: "no|zero|any ~1 feedback|communication|call|callback|call_back|revert|result|results|information|intimation|response|reply|update|updates|news|word|comments|mail|email",
      by: "any",
      negation: "require",
      in: ["notes"],
      with: "after|since|post|weeks|months|ever|whatsoever|at_all|till_now|until_now|till_date|to_date|so_far|as_of_now|from_them|from_hr|from_their|from_the_company",
      unless:
        "if|expect|before|quick|quickly|instant|immediate|immediately|during|within|no_news_yet_but|no_matter|no_need|question|questions|story|stories|answer|answers",
    },
    {
      // "No follow-up from them since": a follow-up is also a question in the interview, so "no
      // follow-ups at all" alone says nothing of what came after it.
      p: "no|zero|any ~1 follow-up|followup|follow_up|follow-ups|followups",
      by: "any",
      negation: "require",
      in: ["notes"],
      with: "after|since|post|weeks|months|till_now|until_now|till_date|to_date|so_far|as_of_now|from_them|from_hr|from_their|from_the_company|from_the_recruiter",
      unless:
        "if|expect|before|during|within|no_need|question|questions|story|stories|answer|answers|ask|asked",
    },
    {
      // A promise of news that never came: "I was told I'd hear back with an update and never did".
      p: "hear|heard|call|contact|update|get_back|revert|reply|respond ~6 and_never|but_never|never_did|never_came|never_happened|which_never|that_never|never_heard|never_got",
      by: "any",
      in: ["notes"],
      negation: "ignore",
      unless: `if|until|before|expect|quickly|promptly|${SOMEONE_ELSES_SILENCE}`,
    },
    {
      p: "stop|stopped|stops ~2 respond*|reply*|answer*|return*|communicat*|contact*|call*|picking_up",
      by: "company",
      in: ["notes"],
      unless: "if|until|before|i_stopped",
    },
  ],
};
