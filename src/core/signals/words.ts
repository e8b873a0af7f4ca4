import { WORD_FAMILIES } from "../text/word-families.js";

/*
 * Words the signals' cues share: times, hypotheticals, who else is meant. A cue names them in its
 * patterns (see match-pattern.ts); each signal module imports the ones it uses.
 */

/**
 * The people of one's own life or work, other than the candidate: whose story it is when they got
 * rejected, got ghosted or were never called back (a cue's words, and the outcome guard's lemmas).
 */
export const PEOPLE_OF_ONES_OWN = [
  "friend",
  "sister",
  "brother",
  "husband",
  "wife",
  "flatmate",
  "roommate",
  "housemate",
  "colleague",
  "coworker",
  "co-worker",
  "classmate",
  "batchmate",
  "cousin",
  "mum",
  "mom",
  "dad",
  "father",
  "mother",
  "son",
  "daughter",
  "mate",
  "buddy",
  "boyfriend",
  "girlfriend",
  "neighbour",
  "neighbor",
  "fiancé",
  "fiance",
  "fiancée",
  "predecessor",
] as const;

/**
 * The candidate's own message, or an automatic one: "my short reply", "I wrote back", an out-of-office.
 * Not every "my": "her reply to my thank-you" is theirs.
 */
export const OWN_OR_AUTOMATIC =
  "auto|automatic|out-of-office|out_of_office|my_reply|my_response|my_answer|my_note|my_email|i_replied|i_wrote|i_answered|i_sent|i_responded";
/** A stated time for what comes next: a weekday, a date, a span. */
export const TIMELINE =
  "mid-january|mid-february|mid-march|mid-april|mid-may|mid-june|mid-july|mid-august|mid-september|mid-october|mid-november|mid-december|mid-month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|tomorrow|tonight|week|weekend|day|days|month|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|eod|eow|hour|hours|monday's|friday's|date|within|by_end|end_of|next_week|this_week|#ordinal|#date";
/** A day a step is booked for: a weekday, a date, "tomorrow" (not "within a week"). */
export const BOOKED_DAY =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|tomorrow|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|#ordinal|#date";
/** A thing the company will do next. */
export const NEXT_STEP =
  "hear|decision|decide|next_step|back|update|follow_up|let_you_know|let_me_know|let_everyone_know|let_all|let_us_know|let_candidates_know|let_people_know|in_touch|reach_out|circle_back|contact|come_back|respond|feedback|email|call|ring|phone|text|communicate|notify|notified|inform|informed|result|results|outcome|answer|news|confirm|revert|get_back";
/** Speech that is about a possible future, not a fact. */
export const HYPOTHETICAL =
  "if|imagine|suppose|let's_say|lets_say|say_you_were|say_you_had|say_you're|say_you_are|hypothetical*|usually|typically|normally|would_be|might|maybe";
/**
 * A next round for others, not for this candidate: a group ("shortlisted candidates will be invited",
 * "only 20 are invited"), or a question still open ("whether we'll set up the next round").
 */
export const OTHERS_OR_OPEN = "whether|candidates|applicants|those|who|everyone|anyone|only";
/** The candidate's own tasks and hopes, which are not the company's commitments. */
export const TASKED =
  "expecting|i_expect|hoping|hoped|option_to|asked_to|told_to|had_to|have_to|need_to|needed_to";
/**
 * Other people's stories and other processes: not an account of the candidate's own rejection.
 * (Fears, hopes, guesses and conditions are the modality layer's: see outcome-guard.ts.)
 */
export const REJECTION_UNLESS =
  "ago|last_year|previous|previously|another_company|elsewhere|friend|friends|others|someone_else|i_rejected|i_declined|i_turned";
/** "We are unable to offer you a position": no offer; "we had a candidate accept an offer": someone else's. */
export const NOT_YOUR_OFFER =
  "unable|not_able|cannot|can't|couldn't|regret|unfortunately|unsuccessful|a_candidate|another_candidate|other_candidate|the_candidate|someone_else|another_applicant";
/** Hypotheticals, hopes and other companies' offers: not an account of an offer made in this process. */
export const OFFER_UNLESS = `${HYPOTHETICAL}|other|another|competing|deadline|elsewhere|from_another|from_a_different|pending|possible|chance_of|potential|already_have|already_had`;
/** How an interviewer was, when it was friendly: WordNet's family of "friendly", "kind", "affable" (word-families.ts). */
export const FRIENDLY = WORD_FAMILIES.friendly.join("|");
/** People on the hiring side. */
export const COMPANY_PEOPLE =
  "cto|ceo|coo|cfo|founder|co-founder|cofounder|vp|director|manager|head|lead|engineer|engineers|team|colleague|colleagues|staff|partner|supervisor|someone|people|person|analyst|designer|nurse|chef|owner|president|chief|boss";

/** Telling of something: the verbs a candidate uses for what the interviewer explained. */
export const EXPLAINED =
  "explain|explained|describe|described|outline|outlined|walk|walked|go_through|went_through|go_over|went_over|going_through|going_over|run_through|ran_through|take_me_through|took_me_through|break_down|broke_down|talk|talked|tell|told|show|showed|spell_out|spelled_out|spelt_out|detail|detailed|cover|covered|brief|briefed|went_into|go_into|going_into|got_into|get_into";
/** The job's work, as an object: what it is, its days, its load, its tools and people. */
export const WORK_OF_THE_JOB =
  "job|role|position|work|responsibilit*|duties|tasks|workload|caseload|day|days|week|weeks|shift|shifts|rota|schedule|hours|expectations|kpis|kpi|targets|quota|territory|projects|what_i'd|what_i_would|what_the_job|what_the_role|what_the_work|how_the_team_works|workflow|systems|tools|tech_stack|stack|routine|day-to-day|on-call|actual_work|actual_job|actual_role|real_work|work_itself|job_itself|nuts_and_bolts|nitty-gritty|nitty_gritty|first_90_days|first_100_days|first_month|first_months|first_weeks|first_year|first_six_months|first_three_months";
/** At length, in depth. */
export const IN_DEPTH =
  "detail|details|detailed|depth|length|lot|long|exactly|everything|properly|thorough*|specific|specifics|concrete|nitty|granular|step_by_step|hour_by_hour|minute_by_minute|at_length|in_depth|fair_bit|good_bit|plenty|loads";
/** The candidate's own job, the interview itself, or a question. */
export const WORK_OF_THE_JOB_UNLESS =
  "my|your_current|at_your|in_your|your_last|previous|current|what|how_would|why|interview|interviews|process|next_step|next_steps|application|salary|pay|benefits|company|herself|himself|themselves|background";

/** The job-holder's work, after its subject: "… would lead", "… 'll be covering", "… takes this on owns". */
export const HOLDER_DOES =
  "~1 would|'d|will|'ll|take_this_on|takes_this_on|takes_it_on|gets_the_job|gets_this_job ~3 lead|manage|run|own|handle|cover|supervise|oversee|look_after|be_responsible|be_in_charge|be_doing|be_running|be_managing|be_leading|be_covering|be_handling|be_looking_after|be_supervising|sign_off|train|do_the|be_on_the|be_on_b|be_on_a|be_on_nights|be_on_days|be_based|be_working_on|be_working_with|work_on|work_with|sit_with|sit_in|start_on|go_on_the";
/** A question, a hope, a hypothetical, or the process rather than the work. */
export const HOLDER_UNLESS =
  "if|imagine|suppose|would_you|will_you|could_you|how|what|why|love|like|hope|want|wish|think|guess|happy|glad|thank|thanks|able|prepare|practise|practice|interview|reference|visa|relocat*|decision|hear|send|email|call_you";
/** How many people or things the job-holder has in charge. */
export const CHARGE_SIZE =
  "lead|manage|run|runs|supervise|oversee|have|under|look_after|responsible_for ~3 #count ~2 people|staff|kids|children|pupils|students|patients|beds|reports|engineers|nurses|agents|drivers|accounts|clients|stores|sites|technicians|operators|cleaners|carers|teachers|developers|designers|analysts|coordinators|volunteers|workers|direct_reports|supervisors|managers|leads|reps|representatives|assistants|clerks|officers|associates|consultants|advisors|advisers|specialists|tutors|pharmacists|therapists|paralegals|lawyers|accountants|chefs|cooks|servers|cashiers|pickers|packers|mechanics|electricians|welders|crews|branches|wards|classes|routes|vehicles|trucks|properties|restaurants|schools|clinics|locations|shops|warehouses|depots|plants|projects|apprentices|trainees|juniors|interns|porters";
/** The candidate's own present or past job, or a question about it. */
export const CHARGE_UNLESS =
  "i_manage|i_managed|i_lead|i_led|i_run|i_ran|i_have|i_had|i've|we_have|we_had|my_current|at_my|in_my|currently|previous|last_job|your_current|at_your|in_your|tell_me|how_many|do_you|did_you|have_you";

/** The organisation as people name it: the company, or the place the job is in. */
export const ORGANISATION =
  "company|business|firm|organisation|organization|group|hospital|hotel|clinic|practice|centre|center|school|university|department|bank|desk|charity|restaurant|store|shop|plant|depot|warehouse|agency|studio|council|ministry|programme|program|site|unit|ward|kitchen|fleet|office";
/** What an organisation counts itself in: "64 trucks", "350 beds", "about 900 citizens a year". */
export const ORGANISATION_SIZE =
  "trucks|vehicles|rooms|beds|staff|employees|people|stores|branches|sites|offices|clients|customers|members|donors|students|pupils|citizens|patients|locations|countries|restaurants|schools|clinics|communities|warehouses|plants|projects|covers|surgeries|dentists|doctors|nurses|pharmacists|technicians|engineers|lawyers|partners|associates|drivers|routes|containers|flights|aircraft|properties|units|wards|desks|teams|volunteers|families|villas|outlets";
