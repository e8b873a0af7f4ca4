import type { SignalDef } from "./signal.js";
import {
  CHARGE_SIZE,
  CHARGE_UNLESS,
  EXPLAINED,
  HOLDER_DOES,
  HOLDER_UNLESS,
  IN_DEPTH,
  WORK_OF_THE_JOB,
  WORK_OF_THE_JOB_UNLESS,
} from "./words.js";

export const roleSpecifics: SignalDef = {
  id: "role-specifics",
  label: "Deep dive into the day-to-day",
  polarity: "positive",
  phase: "during",
  strength: "medium",
  seeds: ["001", "002"],
  meaning: "The interviewer went into the job's day-to-day responsibilities beyond the standard overview.",
  advice:
    "Detail about the real work means they are checking fit in earnest. Use it to show how you would handle it.",
  cues: [
    {
      p: "day-to-day|day_to_day|typical_day|typical_week|average_day|daily_routine|day_in_the_life",
      by: "company",
      // Asking about the candidate's own day ("how many reports do you have day to day?") is no briefing on this job.
      unless:
        "what_is|what's|what_does|what_would|could_you_tell|can_you_tell|how_many|do_you_have|you_have|in_your|at_your",
    },
    {
      p: "walk|walked|run|ran|take|took|talk|talked|went|go ~3 me|through|over ~4 day|week|shift|rota|responsibilit*|workload|caseload|duties|role_in_detail|on-call|what_the_job|what_the_role|what_i'd_be|what_i_would_be|the_job_is|the_role_is",
      by: "company",
      in: ["notes"],
    },
    {
      p: "on-call|on_call|rota|rotation|shift_pattern|caseload|quota|territory|handover|workload",
      by: "company",
      with: "you|you'd|you'll|your|whoever|the_person|this_role|the_role|this_job",
      unless:
        "is_there|do_you|tell_me|describe|your_current|at_your|your_last|previous|what's_your|what_is_your",
    },
    {
      p: "detail|details|detailed|specific|specifics|concrete ~4 about|on|of ~3 role|job|work|responsibilit*|team|position|duties",
      by: "company",
      in: ["notes"],
    },
    {
      p: "responsibilit*|duties ~4 would|will|include|involve",
      by: "company",
      unless: "what|your_current|current|previous",
    },
    {
      // The work explained at length: "she went into a lot of detail on the caseload", "he explained
      // exactly what the first year would look like".
      p: `${EXPLAINED} ~4 ${WORK_OF_THE_JOB}`,
      by: "company",
      with: IN_DEPTH,
      unless: WORK_OF_THE_JOB_UNLESS,
    },
    {
      // The job's heading, then its account: "About the job (they explain a lot):", "what he said
      // about the job, in detail".
      p: `${WORK_OF_THE_JOB} ~4 ${EXPLAINED}|explain|explains|said`,
      by: "company",
      in: ["notes"],
      with: IN_DEPTH,
      unless: WORK_OF_THE_JOB_UNLESS,
    },
    {
      // "They told me a fair bit about the job", "she said loads about the role".
      p: `${EXPLAINED}|said ~5 about|on ~2 ${WORK_OF_THE_JOB}`,
      by: "company",
      in: ["notes"],
      with: IN_DEPTH,
      unless: WORK_OF_THE_JOB_UNLESS,
    },
    {
      // The work explained and then listed: "she explained the practice: six months on the school
      // project, construction documents, Revit".
      p: `${EXPLAINED} ~3 the|their|how_the ~1 practice|program|programme|project|job|role|work|team|unit|position|post|internship|placement|contract`,
      by: "company",
      in: ["notes"],
      // …followed by its list (the gate reads words, so the colon is a condition, not a slot).
      with: ":",
      unless: "my|your_current|at_your|previous|process|next_steps|interview|application",
    },
    {
      // The work pattern: "14 on 14 off", "four on, four off", "12 hr days then nights".
      p: "#count|two|three|four|five|six|seven|fourteen ~0 on ~1 #count|two|three|four|five|six|seven|fourteen ~0 off",
      by: "any",
      part: true,
      unless:
        "i_do|i_work|i_did|my_current|at_my|currently|previous|last_job|your_current|do_you|would_you|can_you",
    },
    {
      p: "#count ~1 hr|hour|hours|hrs ~1 shift|shifts|days|nights|day|night",
      by: "any",
      part: true,
      unless:
        "i_do|i_work|i_did|my_current|at_my|currently|previous|last_job|your_current|do_you|would_you|can_you|drive|flight|wait",
    },
    {
      // The work explained for a stretch of the interview: "he talked for 15 min about the job".
      p: `${EXPLAINED} ~6 ${WORK_OF_THE_JOB}`,
      by: "company",
      in: ["notes", "email"],
      with: "#count ~1 min|mins|minutes|hour|hours",
      unless: `${WORK_OF_THE_JOB_UNLESS}|late|early|ago|drive|commute|wait|waited|waiting`,
    },
    // Parts of a deep dive: one detail of the job is an overview, several are the day-to-day.
    // The work explained: "she told me about the role", "he described the shifts".
    { p: `${EXPLAINED} ~4 ${WORK_OF_THE_JOB}`, by: "company", part: true, unless: WORK_OF_THE_JOB_UNLESS },
    // The work told as the job-holder's: "you'd lead all fourteen", "whoever takes this on owns the
    // budget"; in notes, reported, "I'd be covering two wards". Not asked, hoped or imagined. In a
    // transcript only the company's words: a candidate's "I'd handle it by…" answers a hypothetical.
    { p: `you|whoever ${HOLDER_DOES}`, by: "company", part: true, unless: HOLDER_UNLESS },
    { p: `i ${HOLDER_DOES}`, by: "any", in: ["notes"], part: true, unless: HOLDER_UNLESS },
    // How big the charge is: "you'd have 22 pupils", "runs 38 people at peak", "a team of 14 under the role".
    { p: CHARGE_SIZE, by: "company", in: ["transcript", "email"], part: true, unless: CHARGE_UNLESS },
    { p: CHARGE_SIZE, by: "any", in: ["notes"], part: true, unless: CHARGE_UNLESS },
    {
      // The hours and the rota: "one week in six", "every other weekend", "4am starts", "three nights a week".
      p: "one|1|#count ~1 day|days|week|weekend|night|shift|saturday|sunday|weekends|nights|shifts|late|lates|earlies ~2 in|a|per|every ~1 four|five|six|seven|eight|4|5|6|7|8|week|month|fortnight",
      by: "company",
      part: true,
      unless:
        "i_do|i_work|i_did|i_worked|my_current|at_my|in_my|currently|now_i|previous|last_job|your_current|at_your|in_your|how_many|do_you|would_you|can_you|could_you|notice|interview|ago|since",
    },
    {
      // A rota as a ratio: "Saturday mornings 1 in 4", "on call one week in five".
      p: "one|1|#count ~1 in ~0 two|three|four|five|six|seven|eight|2|3|4|5|6|7|8",
      by: "company",
      part: true,
      with: "weekend|weekends|saturday|saturdays|sunday|sundays|morning|mornings|night|nights|shift|shifts|week|weeks|late|lates|early|earlies|on-call|on_call|rota",
      unless:
        "candidates|applicants|people|chance|odds|i_do|i_work|my_current|at_my|in_my|currently|previous|last_job|your_current|at_your|in_your|do_you|would_you|can_you|could_you|are_you",
    },
    {
      p: "every_other|alternate ~1 weekend|weekends|week|shift|night",
      by: "company",
      part: true,
      unless:
        "i_do|i_work|i_did|i_worked|my_current|at_my|in_my|currently|now_i|previous|last_job|your_current|at_your|in_your|do_you|would_you|can_you|could_you|are_you|interview|commute",
    },
    {
      p: "rotating|split|early|late|weekend|on-call ~1 shifts|rota|starts|finishes|work|cover",
      by: "company",
      part: true,
      unless:
        "i_do|i_work|i_did|i_worked|my_current|at_my|in_my|currently|now_i|previous|last_job|your_current|at_your|in_your|do_you|would_you|can_you|could_you|are_you|interview|commute|traffic|train|bus_to",
    },
    {
      // What the job is made of: "the role involves a lot of site visits", "most of the first six
      // months would be the migration", "a normal day: briefing at 7:30, then the arrivals".
      p: "job|role|position|post|work ~2 involve*|include*|entail*|is_mostly|is_mainly|is_largely|is_about|means|require*|split_between",
      by: "company",
      part: true,
      unless:
        "what|how|does_the|do_you|your_current|current|previous|my_job|my_role|my_current|apply|application|advert|posting|description|interview",
    },
    // The job as the subject of its work: "the role would own the migration", "this hire will run
    // the night desk".
    { p: `role|position|hire|post ${HOLDER_DOES}`, by: "company", part: true, unless: HOLDER_UNLESS },
    {
      // Where the time goes: "most of the job is stakeholder work", "half the week would be on site".
      p: "most|bulk|majority|half|much|lot ~2 job|role|work|day|days|week|time ~3 is|would_be|will_be|be|spent|goes",
      by: "company",
      // Told in notes or mail; in a transcript "most of the time it is…" is everywhere.
      in: ["notes", "email"],
      part: true,
      unless:
        "what|how|your|you_have|you've|so_far|current|previous|my_job|my_role|my_current|at_my|in_my|interview|process|remote|from_home|hybrid|office_days|commute",
    },
    {
      p: "first ~2 day|days|week|weeks|month|months|year|quarter|90_days|ninety_days|hundred_days|100_days ~6 would|will|'d|'ll|be|is|mostly|spent|spend|go_on|focus*",
      by: "company",
      part: true,
      unless:
        "your_current|at_your|in_your|my_current|at_my|in_my|my_first|i_joined|when_i_started|previous|last_job|what_would|how_would|what_will|would_you|will_you",
    },
    {
      p: "normal|usual|typical|average|regular|ordinary|standard ~1 day|week|shift|morning|month|rota|schedule",
      by: "company",
      part: true,
      unless:
        "your_current|at_your|in_your|my_current|at_my|in_my|what's|what_is|what_does|describe|tell_me|walk_me|what_was|currently|previous",
    },
  ],
};
