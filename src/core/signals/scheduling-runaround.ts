import type { SignalDef } from "./signal.js";

export const schedulingRunaround: SignalDef = {
  id: "scheduling-runaround",
  label: "Scheduling runaround",
  polarity: "negative",
  phase: "after",
  strength: "medium",
  seeds: ["003"],
  meaning: "The next interview keeps being moved, or schedules never line up.",
  advice:
    "Repeated postponements can mean shifting priorities or another candidate ahead. Stay flexible once more, then ask plainly whether the role is still open.",
  cues: [
    {
      p: "reschedul*|postpon*|push|pushed|pushing|move|moved|moving|delay*|bump|bumped|cancel* ~4 again|twice|two_times|2_times|three_times|3_times|several_times|multiple_times|many_times|four_times|couple_of_times|few_times|once_more|repeatedly|again_and_again",
      by: "company",
      in: ["notes"],
      with: "interview|call|meeting|round|chat|it|slot|date|time|conversation|onsite|final|to|until|till",
    },
    {
      p: "again|twice|three_times|several_times|multiple_times|once_more ~4 reschedul*|postpon*|push*|move*|delay*|cancel*",
      by: "company",
      in: ["notes"],
    },
    {
      p: "keep|kept|keeps ~2 reschedul*|postpon*|push*|mov*|delay*|cancel*|bumping|shifting",
      by: "company",
      in: ["notes"],
    },
    {
      p: "each|every|all ~2 one|time|of_them ~2 moved|postponed|cancelled|canceled|pushed|rescheduled|changed",
      by: "company",
      in: ["notes"],
    },
    {
      p: "two|three|four|five|several|multiple|many|#number ~1 reschedul*|postponement*|cancellation*|date_changes|changes_of_date",
      by: "company",
      in: ["notes"],
    },
    {
      // The company not turning up to its own slot: "the hiring manager didn't turn up", "no one rang at
      // the booked time", "stood me up".
      p: "did_not_show_up|didn't_show_up|didnt_show_up|did_not_turn_up|didn't_turn_up|never_showed_up|never_turned_up|was_a_no-show|was_a_no_show|nobody_turned_up|no_one_turned_up|nobody_showed|no_one_showed|nobody_called|no_one_called|nobody_calls|nobody_joined|no_one_joined|stood_me_up|forgot_about_the_interview|forgot_the_interview",
      by: "company",
      in: ["notes"],
      negation: "ignore",
      unless: "i_did_not|i_didn't|i_never|if|would",
    },
    {
      // The company calling off a booked round: "they called off the second round without a word".
      p: "cancelled|canceled|called_off ~3 the|my|our|a ~2 interview|call|one|round|meeting|onsite|on-site|session",
      by: "company",
      in: ["notes"],
      unless: "i_cancelled|i_canceled|i_called_off|i_had_to|if|would",
    },
    {
      p: "can't|couldn't|never|unable ~3 find|line_up|align|agree|make ~3 time|slot|date|schedule|schedules|calendar|calendars",
      by: "company",
      in: ["notes"],
      negation: "ignore",
    },
  ],
};
