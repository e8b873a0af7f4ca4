import type { SignalDef } from "./signal.js";

export const ranLong: SignalDef = {
  id: "ran-long",
  label: "Ran past its time",
  polarity: "positive",
  phase: "during",
  strength: "strong",
  seeds: ["000", "001", "002", "004"],
  meaning: "The interview went well past its scheduled time.",
  advice:
    "Time is the scarcest thing an interviewer has; spending more of it on you usually means interest. In a panel it says less.",
  cues: [
    {
      p: "run|ran|go|went|overrun|stretch|stretched ~4 over|overtime|long|longer|past|beyond",
      by: "any",
      in: ["notes", "email"],
      with: "time|schedule|scheduled|minute|minutes|hour|hours|slot|planned|allotted|booked|mark",
      unless:
        "slot_was|supposed_to_be_an|booked_for_an|go_over_the|went_over_the|go_over_my|went_over_my|go_over_your|go_over_all|over_the_phone|went_over_it|go_over_it",
    },
    {
      p: "way|bit|little|well|running|ran|run|went|gone|go|going|already|now ~2 over|past ~2 time|schedule|slot|the_hour|our_time",
      by: "any",
    },
    {
      p: "overran|overrun|over_time|overtime",
      by: "any",
      with: "we|we're|we've|went|go|run|ran|running|sorry|way|bit|little|interview|call|meeting|it",
      unless:
        "cap|caps|capped|policy|pay|paid|hours|work|crunch|weekend|over_time_we|over_time_i|over_time_the|over_time_it",
    },
    {
      // The interview ran longer than planned; the process taking longer is not the interview.
      p: "longer than ~3 schedule*|plan*|book*|expect*|allot*|slot|invite",
      by: "any",
      unless:
        "process|decision|decide|things|hiring|recruitment|search|review|feedback|response|reply|news|update|paperwork|approval|references|offer|hear|get_back|come_back|to_get|to_come",
    },
    { p: "extra ~2 minute|minutes|hour|half_hour", by: "any", in: ["notes"], unless: "wait*" },
    {
      // Over told with how much, and nothing after it to go over: "we went way over", "ran well over."
      // ("went over my CV", "way over budget" name what was gone over.)
      p: "went|ran|go|going|running|gone ~0 way|well|massively|hugely|so_far|a_lot|a_fair_bit ~0 over",
      by: "any",
      in: ["notes"],
      unlessAfter:
        "the|my|your|his|her|their|our|it|this|that|a|an|some|all|everything|what|how|budget|questions|details|notes|cv|resume|portfolio|plan|figures|numbers|things|to|there|here|limit|head",
    },
  ],
};
