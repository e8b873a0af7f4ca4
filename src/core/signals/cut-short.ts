import type { SignalDef } from "./signal.js";

export const cutShort: SignalDef = {
  id: "cut-short",
  label: "Cut short",
  polarity: "negative",
  phase: "during",
  strength: "strong",
  seeds: ["000", "004"],
  meaning: "The interview ended early, ran shorter than scheduled, or felt rushed.",
  advice:
    "A short interview can mean a quick no, but also a clash in their day. Check it against the other signals before reading much into it.",
  cues: [
    { p: "cut|cutting ~2 short|it_short|things_short", by: "any" },
    {
      p: "end|ended|ending|wrap|wrapped|wrapping|finish|finished|stop|stopped|over|done ~3 early|abruptly|quickly|suddenly|after_only|sooner",
      by: "any",
      in: ["notes"],
      unless: "ran_long|over_time|overtime",
    },
    {
      p: "rush|rushed|rushing|hurried|hurry|hurrying|brisk|whirlwind",
      by: "any",
      unless: "rush_hour|gold_rush|sugar_rush|no_rush|not_rushed|don't_rush|didn't_rush|rush_you",
    },
    {
      p: "hard_stop|have_to_be_quick|be_fairly_quick|need_to_be_quick|short_on_time|only_have_a_few|only_got_a_few|squeeze_you|squeezed_you|in_a_hurry|tight_on_time|need_to_jump|have_to_jump|i_have_to_run|i_need_to_run|i've_got_to_run|got_to_run|gotta_run|gotta_jump|another_meeting|next_meeting",
      by: "company",
      // "The process was fairly quick": the hiring process, not the interviewer's hurry.
      unless: "process|application|response|reply|decision|turnaround|feedback|hiring",
    },
    {
      // The interviewer double-booked, not "the double-booked wedding party" of a story told.
      p: "was|were|got|been|is|are|'d|had|accidentally|i'm|i_am ~1 double-book*|double_book*|double-booked",
      by: "company",
    },
    { p: "short|shorter ~3 than ~3 schedule*|plan*|book*|expect*|allot*|slot|invite", by: "any" },
    {
      // Short beyond the ordinary, told as so: "the shortest phone interview ever", "the quickest call of my life".
      p: "shortest|quickest|briefest ~3 interview|call|screen|screening|meeting|chat|conversation|panel",
      by: "any",
      stated: true,
      unless: "hope|hoping|wish|than_the_last|than_last|than_my",
    },
    {
      p: "interview|interviews|call|round|conversation|chat|meeting|screen|it|whole_thing ~3 be|was|were|felt|seemed ~1 very|really|quite|extremely|super|too|pretty|so ~1 short|brief|quick",
      by: "any",
      in: ["notes"],
      // "It was quick to get there", "the process was quick": the way or the process, not the talk.
      unless:
        "if|would|will|usually|generally|typically|than_expected_but|process|decision|reply|response|turnaround|feedback|commute|drive|walk|journey|trip|test|to_get|to_find|to_answer|to_reply|to_respond|to_book|to_schedule|questions|answer|answers|intro|introduction",
    },
    {
      p: "only|just|hardly|barely|merely|mere ~3 minute|minutes|min|mins",
      by: "any",
      in: ["notes"],
      // "Barely ten minutes" is a short length, not a denial.
      negation: "ignore",
      with: "last*|took|lasted|after|in|of|ran|was",
    },
  ],
};
