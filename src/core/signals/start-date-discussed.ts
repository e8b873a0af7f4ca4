import type { SignalDef } from "./signal.js";
import { BOOKED_DAY } from "./words.js";

export const startDateDiscussed: SignalDef = {
  id: "start-date-discussed",
  label: "Asked when you could start",
  polarity: "positive",
  phase: "during",
  strength: "medium",
  seeds: ["000", "001", "004"],
  meaning: "They asked when you could start, about your notice period, or your availability on future dates.",
  advice:
    "Start-date questions are practical planning. Have a straight answer ready, including your notice period.",
  cues: [
    {
      p: "notice|notice_period",
      by: "company",
      unless: "take_notice|took_notice|notice_that|noticed|noticing|short_notice|late_notice|give_notice_of",
    },
    {
      p: "when|how_soon|how_quickly|earliest ~3 could|can|would|might|be_able ~3 start|join|begin|available|move",
      by: "company",
    },
    {
      p:
        "start|starting|begin ~3 date|in|on|by ~3 " +
        "january|february|march|april|may|june|july|august|september|october|november|december|monday|spring|summer|autumn|fall|winter|next_month|the_new_year",
      by: "company",
      unless: "when_you_join|you'd_own|you_would_own",
    },
    {
      // "asked my joining date", "the manager wanted early joining", "how soon can you join".
      p: "joining_date|date_of_joining|doj|early_joining|immediate_joining|immediate_joiner|join_immediately|joining_time|joining_timeline|earliest_joining|last_working_day|lwd|notice_buyout|buyout_of_notice|serving_notice",
      by: "company",
    },
    {
      // "could I begin the 1st of May", "asked whether I could start on 2 June", "able to join within a month?"
      p: "could|can|able|would ~3 start|join|begin|commence",
      by: "company",
      with: `${BOOKED_DAY}|within|immediately|asap|straight_away|right_away|next_month|early|mid|late|weeks|month|notice`,
      unless:
        "imagine|suppose|would_be|usually|typically|might|maybe|interview|meeting|call|test|course_of|career",
    },
    {
      // The first days of the job put to a date: "induction begins 3 March", "the next cohort starts on the 14th".
      p: "orientation|induction|onboarding|intake|cohort ~3 start|starts|begins|is|runs",
      by: "company",
      with: BOOKED_DAY,
      unless: "my_current|my_last|at_my|last_year",
    },
    {
      p: "start_date|starting_date",
      by: "company",
      in: ["notes", "transcript", "email"],
      unless: "interview|meeting|call|slot|test|course|class|contract_end|candidates|applicants|successful",
    },
    {
      p: "availability",
      by: "company",
      in: ["notes", "transcript"],
      unless:
        "calendar|interview|meeting|call|slot|slots|this_week|next_week|weeks|times|chat|phone|schedule|convenience|day|date|days|dates",
    },
  ],
};
