import type { SignalDef } from "./signal.js";
import { COMPANY_PEOPLE, HYPOTHETICAL } from "./words.js";

export const metTheTeam: SignalDef = {
  id: "met-the-team",
  label: "Met more of the team",
  polarity: "positive",
  phase: "during",
  strength: "medium",
  seeds: ["000", "001", "002", "004"],
  meaning: "You were introduced to other staff, shown around, or people were brought in to meet you.",
  // A tour planned for the next round is not one given: only what is told as having happened counts.
  factual: true,
  advice:
    "Being introduced around is a sign they are picturing you in the team. Remember the names for your thank-you.",
  cues: [
    {
      p: "introduce|introduced ~3 me|you ~3 to|around",
      by: "company",
      unless: `${HYPOTHETICAL}|will|'ll|next_time|final_round|next_round`,
    },
    {
      p: "tour|toured|walkthrough|walk-through|showed_me_around|show_me_around|show_you_around|walked_me_around",
      by: "company",
      // "It may include meetings … or a tour of the office" describes a process, not this one; a tour
      // bus, a tour guide or a band's tour is another sense, and so are tours the business sells.
      unless: `${HYPOTHETICAL}|will|'ll|virtual|audio|self-guided|online|often|may|generally|sometimes|candidates|include|includes|coach|guide|guides|operator|travel|holiday|vacation|concert|band|golf|world_tour|book_tour|sell|sells|selling|sold|commission|guests|excursion*|tours`,
      unlessAfter: "bus|buses|guide|operator|company|de|of_duty|manager|group",
    },
    {
      p: "pull|pulled|call|called|bring|brought|grab|grabbed|ask|asked ~3 in|over|along|into",
      by: "company",
      with: COMPANY_PEOPLE,
      // "they asked everything in relation to the JD" is no one called in.
      unless: `${HYPOTHETICAL}|will|'ll|next|final|relation|terms|detail|depth|question|questions|everything|in_for|i_was_called|was_called_in|called_me_in|i_got_pulled|i_was_pulled|got_pulled_into`,
    },
    {
      // Someone joining: "the VP joined", "the founder came in", "the CTO popped in". The particle comes right
      // after the verb ("came up in the audit", "leave a bit early" are not this).
      p: "hop|hopped|jump|jumped|drop|dropped|pop|popped|come|came|stop|stopped|join|joined|sit|sat|walked ~0 on|in|by|into",
      by: "any",
      with: `${COMPANY_PEOPLE}|call|meeting|room|interview`,
      // The candidate coming in ("come in for an interview", "a walk-in interview", "I sat in a room"),
      // and office days ("staff come in three days a week").
      unless: `${HYPOTHETICAL}|will|'ll|next|final|when_you|when_i|in_for|walk_in_interview|walk_in_drive|walk-in|walkin|i_sat|i_came|i_walked|i_come|me_come|come_back_in|sit_in_the_interview|sit_for|sit_in_a|sat_in_a|every_time|into_the_room|most|usually|typically|days|office_days|hybrid|remote|monday|tuesday|wednesday|thursday|friday|a_lot|often|always|sometimes|who_sit|who_sits|who_come|who_comes|kept_coming|keep_coming`,
    },
    {
      p: `meet|met ~3 ${COMPANY_PEOPLE}`,
      by: "any",
      in: ["notes"],
      unless: `${HYPOTHETICAL}|will|'ll|next|final|want_you_to|like_you_to|want_me_to|wants_me_to|like_me_to|going_to|before|to_meet|often|may|generally|sometimes|candidates`,
      with: "introduc*|tour|unplanned|unscheduled|unexpected*|extra|also|came_by|stopped_by|dropped_by|popped_in|pulled_in|brought_over|called_in|more_than|not_on|wasn't_on|surprise|bonus",
    },
    {
      // Met the people of the job itself, not only those who interview: "met with the peers I'd be
      // working with", "lunch with two of their engineers", "had coffee with the team".
      p: "met|meet|meeting|lunch|lunched|dinner|coffee|drinks ~4 with ~3 peers|teammates|team_members|coworkers|co-workers|colleagues|employees|staff|engineers|developers|nurses|chefs|whole_team|the_team|team|future_colleagues|future_team",
      by: "any",
      in: ["notes"],
      unless: `if|imagine|suppose|usually|typically|normally|might|maybe|will|'ll|next|final|want_you_to|like_you_to|want_me_to|wants_me_to|like_me_to|going_to|before|to_meet|often|may|generally|sometimes|hope|hoping|candidates|other_candidates|my_team|my_colleagues|my_current|my_old|at_my|hiring_team|recruiting_team|talent_team|hr_team`,
    },
    {
      p: "not|wasn't ~3 on ~2 schedule|agenda|invite|calendar",
      by: "any",
      negation: "ignore",
      in: ["notes"],
    },
    { p: "more ~2 people ~3 than ~3 schedule*|plan*|expect*", by: "any", in: ["notes"] },
    {
      // Met people of the place as a share of them, beyond the interviewers: "met two of the leads",
      // "met a few of the nurses". A count alone ("I met with 3 people") is the panel.
      p: "met|meet ~2 #count|two|three|four|five|few|couple|some|several|most|all|both|rest ~0 of ~1 the|his|her|their|our",
      by: "any",
      in: ["notes"],
      stated: true,
      unless: `${HYPOTHETICAL}|will|'ll|next|final|want_you_to|like_you_to|want_me_to|going_to|before|to_meet|often|may|generally|sometimes|candidates|interviewer|interviewers|panel|panellists|panelists|deadline|deadlines|target|targets|requirement*|criteria|expectation*|my_team|my_current|at_my`,
    },
    {
      // …or the place's people as a whole: "met basically the whole kitchen", "met the crew on day shift".
      p: "met|meet ~2 whole|entire|crew|kitchen|staff|lads|guys|floor_staff|shift_team",
      by: "any",
      in: ["notes"],
      stated: true,
      unless: `${HYPOTHETICAL}|will|'ll|next|final|want_you_to|like_you_to|want_me_to|going_to|before|to_meet|often|may|generally|sometimes|candidates|interviewer|interviewers|panel|my_team|my_current|at_my|career_fair|job_fair`,
    },
    {
      // Shown the place the job is done in: "took me through the unit after", "walked me round the shop".
      p: "walked|took|showed|brought ~1 me|us ~2 through|round|around|onto|out_on|out_onto|out_to|down_to ~2 the|their|a ~1 floor|unit|ward|shop|site|plant|warehouse|kitchen|kitchens|office|offices|lab|studio|depot|yard|building|facility|factory|store|restaurant|premises|workshop|substation|line|department",
      by: "company",
      stated: true,
      unless: `${HYPOTHETICAL}|will|'ll|next_time|final_round|next_round|cv|resume|portfolio|answer|process|steps`,
    },
    {
      // Someone looking in: "the CEO stuck her head in and said hi".
      p: "stuck|poked ~2 head|heads ~1 in|round|into",
      by: "company",
      in: ["notes"],
      stated: true,
    },
  ],
};
