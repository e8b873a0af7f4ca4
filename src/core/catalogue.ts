import type { SignalDef, SignalId } from "./signal.js";
import { WORD_FAMILIES } from "./word-families.js";

/*
 * The signal catalogue: every id of the spec, with its meaning, weight, seeds, advice, and the
 * cues the detectors read. Cues describe language, not any one text: each is a pattern over
 * lemmas (see match-pattern.ts) plus who must have said or done it.
 */

/** A stated time for what comes next: a weekday, a date, a span. */
const TIMELINE =
  "mid-january|mid-february|mid-march|mid-april|mid-may|mid-june|mid-july|mid-august|mid-september|mid-october|mid-november|mid-december|mid-month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|tomorrow|tonight|week|weekend|day|days|month|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|eod|eow|hour|hours|monday's|friday's|date|within|by_end|end_of|next_week|this_week|#ordinal|#date";
/** A day a step is booked for: a weekday, a date, "tomorrow" (not "within a week"). */
const BOOKED_DAY =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|tomorrow|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|#ordinal|#date";
/** A thing the company will do next. */
const NEXT_STEP =
  "hear|decision|decide|next_step|back|update|follow_up|let_you_know|let_me_know|in_touch|reach_out|circle_back|contact|come_back|respond|feedback|email|call|communicate|notify|notified|inform|informed|result|results|outcome|answer|news|confirm|revert|get_back";
/** Speech that is about a possible future, not a fact. */
const HYPOTHETICAL =
  "if|imagine|suppose|let's_say|lets_say|say_you_were|say_you_had|say_you're|say_you_are|hypothetical*|usually|typically|normally|would_be|might|maybe";
/**
 * A next round for others, not for this candidate: a group ("shortlisted candidates will be invited",
 * "only 20 are invited"), or a question still open ("whether we'll set up the next round").
 */
const OTHERS_OR_OPEN = "whether|candidates|applicants|those|who|everyone|anyone|only";
/** The candidate's own tasks and hopes, which are not the company's commitments. */
const TASKED = "expecting|i_expect|hoping|hoped|option_to|asked_to|told_to|had_to|have_to|need_to|needed_to";
/**
 * Other people's stories and other processes: not an account of the candidate's own rejection.
 * (Fears, hopes, guesses and conditions are the modality layer's: see outcome-guard.ts.)
 */
const REJECTION_UNLESS =
  "ago|last_year|previous|previously|another_company|elsewhere|friend|friends|others|someone_else|i_rejected|i_declined|i_turned";
/** "We are unable to offer you a position": no offer; "we had a candidate accept an offer": someone else's. */
const NOT_YOUR_OFFER =
  "unable|not_able|cannot|can't|couldn't|regret|unfortunately|unsuccessful|a_candidate|another_candidate|other_candidate|the_candidate|someone_else|another_applicant";
/** Hypotheticals, hopes and other companies' offers: not an account of an offer made in this process. */
const OFFER_UNLESS = `${HYPOTHETICAL}|other|another|competing|deadline|elsewhere|from_another|from_a_different|pending|possible|chance_of|potential|already_have|already_had`;
/** How an interviewer was, when it was friendly: WordNet's family of "friendly", "kind", "affable" (word-families.ts). */
const FRIENDLY = WORD_FAMILIES.friendly.join("|");
/** People on the hiring side. */
const COMPANY_PEOPLE =
  "cto|ceo|coo|cfo|founder|co-founder|cofounder|vp|director|manager|head|lead|engineer|engineers|team|colleague|colleagues|staff|partner|supervisor|someone|people|person|analyst|designer|nurse|chef|owner|president|chief|boss";

/** Telling of something: the verbs a candidate uses for what the interviewer explained. */
const EXPLAINED =
  "explain|explained|describe|described|outline|outlined|walk|walked|go_through|went_through|go_over|went_over|going_through|going_over|run_through|ran_through|take_me_through|took_me_through|break_down|broke_down|talk|talked|tell|told|show|showed|spell_out|spelled_out|spelt_out|detail|detailed|cover|covered|brief|briefed|went_into|go_into|going_into|got_into|get_into";
/** The job's work, as an object: what it is, its days, its load, its tools and people. */
const WORK_OF_THE_JOB =
  "job|role|position|work|responsibilit*|duties|tasks|workload|caseload|day|days|week|weeks|shift|shifts|rota|schedule|hours|expectations|kpis|kpi|targets|quota|territory|projects|what_i'd|what_i_would|what_the_job|what_the_role|what_the_work|how_the_team_works|workflow|systems|tools|tech_stack|stack|routine|day-to-day|on-call";
/** At length, in depth. */
const IN_DEPTH =
  "detail|details|detailed|depth|length|lot|long|exactly|everything|properly|thorough*|specific|specifics|concrete|nitty|granular|step_by_step|hour_by_hour|minute_by_minute|at_length|in_depth";
/** The candidate's own job, the interview itself, or a question. */
const WORK_OF_THE_JOB_UNLESS =
  "my|your_current|at_your|in_your|your_last|previous|current|what|how_would|why|interview|interviews|process|next_step|next_steps|application|salary|pay|benefits|company|herself|himself|themselves|background";

/** The job-holder's work, after its subject: "… would lead", "… 'll be covering", "… takes this on owns". */
const HOLDER_DOES =
  "~1 would|'d|will|'ll|take_this_on|takes_this_on|takes_it_on|gets_the_job|gets_this_job ~3 lead|manage|run|own|handle|cover|supervise|oversee|look_after|be_responsible|be_in_charge|be_doing|be_running|be_managing|be_leading|be_covering|be_handling|be_looking_after|be_supervising|sign_off|train|do_the";
/** A question, a hope, a hypothetical, or the process rather than the work. */
const HOLDER_UNLESS =
  "if|imagine|suppose|would_you|will_you|could_you|how|what|why|love|like|hope|want|wish|think|guess|happy|glad|thank|thanks|able|prepare|practise|practice|interview|reference|visa|relocat*|decision|hear|send|email|call_you";
/** How many people or things the job-holder has in charge. */
const CHARGE_SIZE =
  "lead|manage|run|runs|supervise|oversee|have|under|look_after|responsible_for ~3 #count ~2 people|staff|kids|children|pupils|students|patients|beds|reports|engineers|nurses|agents|drivers|accounts|clients|stores|sites|technicians|operators|cleaners|carers|teachers|developers|designers|analysts|coordinators|volunteers|workers|direct_reports";
/** The candidate's own present or past job, or a question about it. */
const CHARGE_UNLESS =
  "i_manage|i_managed|i_lead|i_led|i_run|i_ran|i_have|i_had|i've|we_have|we_had|my_current|at_my|in_my|currently|previous|last_job|your_current|at_your|in_your|tell_me|how_many|do_you|did_you|have_you";

export const CATALOGUE: readonly SignalDef[] = [
  // ───────────── during the interview: positive ─────────────
  {
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
      { p: "longer than ~3 schedule*|plan*|book*|expect*|allot*|slot|invite", by: "any" },
      { p: "extra ~2 minute|minutes|hour|half_hour", by: "any", in: ["notes"], unless: "wait*" },
    ],
  },
  {
    id: "sold-the-role",
    label: "Sold you the role",
    polarity: "positive",
    phase: "during",
    strength: "strong",
    seeds: ["000", "001", "004"],
    meaning: "The interviewer moved from evaluating you to selling the job, the team or the company.",
    advice:
      "When the interviewer starts recruiting you, they have usually stopped screening you. Note what they stressed: it is what they think will win you over.",
    cues: [
      {
        // What is sold is the workplace, to the candidate: "spent ten minutes selling the firm",
        // "pitched the clinic to me". A denial of the selling itself is read by negation.
        p: "pitch|pitching|pitched|sell|selling|sold|woo|wooing ~2 me|i|us|the_role|the_job|the_company|the_team|the_place|the_position|the_opportunity|the_firm|the_practice|the_business|the_school|the_hospital|the_studio|the_farm|the_site|the_vision|hard",
        in: ["notes"],
        unless: "than|rather_than|instead_of",
      },
      {
        p: "why ~3 he|she|they|i ~3 love*|like*|join*|chose|choose|left|leave|stay*|enjoy* ~6 here|there|it|company|team|job|work*|this",
        by: "company",
      },
      {
        p: "love|enjoy|adore ~3 work*|team|here|job|culture|place|it_here",
        by: "company",
        unless: "would_you|do_you|you_love|you_enjoy|what_do",
      },
      {
        p: "best ~3 place|team|job|decision|culture|company|move",
        by: "company",
        unless: "you|your|best_practice|best_way|best_answer|which|what",
      },
      { p: "tell|show ~2 you ~2 why", by: "company" },
      { p: "get|got|make|getting ~2 me ~2 excited", by: "company" },
      {
        p: "you|you'd ~2 love|enjoy ~3 it|here|team|work*",
        by: "company",
        unless: "would_you|do_you|how|what",
      },
      {
        p: "talk*|spend|spent|rave*|gush* ~6 why ~4 love*|like*|great|amazing|special",
        by: "company",
        in: ["notes"],
      },
    ],
  },
  {
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
        // bus, a tour guide or a band's tour is another sense.
        unless: `${HYPOTHETICAL}|will|'ll|virtual|audio|self-guided|online|often|may|generally|sometimes|candidates|include|includes|coach|guide|guides|operator|travel|holiday|vacation|concert|band|golf|world_tour|book_tour`,
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
        p: "not|wasn't ~3 on ~2 schedule|agenda|invite|calendar",
        by: "any",
        negation: "ignore",
        in: ["notes"],
      },
      { p: "more ~2 people ~3 than ~3 schedule*|plan*|expect*", by: "any", in: ["notes"] },
    ],
  },
  {
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
        unless: `${HYPOTHETICAL}|${TASKED}|every_day|each_day|a_day|per_day|day_to_day|day-to-day`,
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
        unless: `imagine|suppose|usually|typically|normally|might|maybe|${TASKED}|day_to_day|day-to-day`,
      },
      {
        p: NEXT_STEP,
        by: "company",
        with: `by|before|within|until|no_later|end_of ~2 ${TIMELINE}`,
        unless: `${HYPOTHETICAL}|${TASKED}|day_to_day|day-to-day`,
      },
      {
        p: "next_step|next_steps|timeline|time_frame|timeframe",
        by: "company",
        with: TIMELINE,
        unless: `${HYPOTHETICAL}|day_to_day`,
      },
      {
        p: "confirm|confirming|scheduled|booked|set ~6 interview|call|meeting|round|chat|conversation",
        by: "company",
        in: ["email"],
        with: TIMELINE,
        unless: HYPOTHETICAL,
      },
    ],
  },
  {
    id: "deep-follow-ups",
    label: "Deep follow-up questions",
    polarity: "positive",
    phase: "during",
    strength: "medium",
    seeds: ["000", "004"],
    meaning: "Questions built on your answers and dug deeper instead of moving down a list.",
    advice:
      "Follow-ups mean your answers were worth exploring. Note the topics they probed: they matter to the role.",
    transcriptHits: 2,
    cues: [
      { p: "follow-up|followup|follow_up ~2 question|questions", by: "company", in: ["notes"] },
      {
        p: "follow-ups|followups|follow-up_questions|follow_up_questions",
        by: "company",
        in: ["notes"],
        unless: "any|zero|no|without",
      },
      {
        p: "question|questions|each_one|every_one ~6 out_of|on|from|off|built_on|followed_from|grew_out_of ~3 my|previous|last|earlier ~2 answer|answers|point|reply|response",
        by: "any",
        in: ["notes"],
      },
      {
        p: "kept|keep|keeps ~2 pulling|pushing|probing|digging|pressing|drilling|asking_why|asking_how",
        by: "company",
        in: ["notes"],
      },
      {
        p: "dig|dug|digging|drill|drilled|drilling|probe|probed|probing|press|pressed|push|pushed|went|go ~3 deep|deeper|down|into|further|layers",
        by: "company",
        in: ["notes"],
      },
      {
        // "grilled me on my pricing model", "grilled about the outage".
        p: "grill|grilled|grilling ~2 me|on|about",
        by: "company",
        in: ["notes"],
        stated: true,
        unless: "not|n't|never|would|if|expect|be_ready|prepare",
      },
      {
        // Questions told as going deep: "questioned me deeply about the internship", "went through my
        // CV in detail", "asked at length about the migration".
        p: "asked|questioned|quizzed|discussed|went_through|went_over|talked_through|probed ~5 in_detail|in_great_detail|in_depth|deeply|at_length|extensively|thoroughly|line_by_line|point_by_point",
        by: "company",
        in: ["notes"],
        stated: true,
        unless: "not|n't|never|would|if|should|be_thorough|be_prepared|prepare",
      },
      { p: "layer|layers|level|levels ~1 down|deep", by: "any", in: ["notes"] },
      {
        // "questions based on my answers", "cross-questioned me on it", "counter questions".
        p: "questions_based_on|questions_from|questions_out_of ~2 my|your|the|each ~1 answer|answers|response|responses|reply|replies",
        by: "any",
        in: ["notes"],
      },
      {
        p: "cross-question*|cross_question*|cross-examin*|counter-question*|counter_question*",
        by: "any",
        in: ["notes"],
        unless: "not|no|never|would|if|should",
      },
      {
        // "probing questions about my last project", "in-depth questions on my projects".
        p: "probing|in-depth|in_depth|detailed|searching|penetrating|pointed ~2 question|questions ~3 about|on|into|around ~2 my|the|each",
        by: "any",
        in: ["notes"],
        unless: "not|no|never|would|if|should|generic|general|standard",
      },
      {
        // "went in depth into my thesis", "asked in detail about my thesis".
        p: "went|go|going|asked|dug|dove|dived ~2 in_depth|in-depth|in_detail|deep ~3 about|into|on|in ~2 my|the",
        by: "company",
        in: ["notes"],
      },
      {
        // "asked more details about my projects", "questions based on my answers".
        p: "more_details|more_detail|further_details ~2 about|on|regarding|of ~2 my|your|the|each",
        by: "any",
        in: ["notes"],
        unless: "would|if|should|not|no",
      },
      {
        p: "back ~2 to ~4 something|what|point|thing|answer|story ~4 i|my ~3 said|mention*|raise*|answer*",
        by: "company",
        in: ["notes"],
      },
      {
        p: "pick|picked|build|built|follow|followed ~2 up|on ~3 my|i ~2 answer|answers|said|last|story|example|point|project",
        by: "company",
        in: ["notes"],
      },
      {
        p: "you ~1 said|mentioned|talked|described|noted ~8 why|how|what|walk|tell",
        by: "company",
        in: ["transcript"],
      },
      {
        p: "why ~4 that|it|you ~4 ?|harder|work|choose|chose|decide",
        by: "company",
        in: ["transcript"],
        question: true,
      },
      {
        p: "walk ~2 me ~2 through|how ~3 actually|what_did_you_actually|and_then_what|tell_me_more|go_deeper|dig_into|how_did_you_find|what_told_you|what_would_you_do_differently",
        by: "company",
        in: ["transcript"],
        question: true,
      },
      { p: "and|so ~2 how|what|why ~6 ?", by: "company", in: ["transcript"], question: true, within: 0 },
    ],
  },
  {
    id: "pictured-in-role",
    label: "Pictured you in the job",
    polarity: "positive",
    phase: "during",
    strength: "strong",
    seeds: ["000", "001", "002"],
    meaning: 'Inclusive language that placed you in the job: "when you join", "you\'d be reporting to…".',
    advice:
      "Talking as if you already work there is one of the stronger tells. Mirror it in your thank-you: say what you would do first.",
    cues: [
      {
        p: "when|once|after ~1 you ~2 join|start|come_on|take_over|are_running|'re_running|are_in_the_role|'re_in_the_role",
        by: "company",
        // "When could you start?" asks a date (start-date-discussed); it does not place you in the job.
        unless:
          "imagine|suppose|when_you_joined|your_last|previous|current|could_you|can_you|would_you|might_you|how_soon|earliest",
      },
      {
        p: "you ~1 would|'d|will|'ll|shall ~2 own|lead|report|reporting|work|working|manage|run|sit|join|pair|partner|inherit|take|be_on|be_the|be_part|be_working|be_reporting|be_leading|be_owning|have_your|start_on|be_responsible",
        by: "company",
        unless:
          "imagine|suppose|hypothetical*|if_you|let's_say|lets_say|say_you_were|say_you_had|say_you're|say_you_are|what_would|how_would|would_you|will_you|could_you|interview|interviewer|interviews|onsite|on-site|nda|reception|arrive|test|assessment|exercise|presentation|elevator|floor|front_desk|directions|asked_to|asked|expected_to_complete|log_in|login|call",
      },
      {
        p: "your ~2 team|desk|first_project|first_week|first_month|manager|onboarding|office|squad|crew|shift|rota|caseload|patients|clients|territory|accounts",
        by: "company",
        in: ["transcript", "email"],
        unless: "current|previous|last|old|former|imagine|if|at_your|in_your|tell_me|describe|what|how",
      },
      {
        p: "i ~1 would|'d|will|'ll ~2 own|lead|report|be_reporting|work|working|manage|run|sit|pair|partner|inherit|be_on|be_the|be_part|be_responsible|be_taking",
        by: "company",
        in: ["notes"],
        // Only as reported speech: "she said I'd own onboarding".
        with: 'say|said|says|tell|told|explain|explained|mention|mentioned|describe|described|add|added|walked|talked|"',
        unless: "if_i|imagine|hope|think_i|wish|want|wonder",
      },
      {
        // The candidate placed in the job in any everyday words: "you'd be with the night sister on
        // ward 4", "you would be one of two buyers", "you'd go on the payments squad", "you'll spend
        // the first month with a senior". Told as so: a question or a condition is not.
        p: "you ~1 would|'d|will|'ll ~2 be_with|be_one|be_in|be_on|be_based|be_doing|be_covering|be_looking_after|be_handling|be_running|be_managing|be_supporting|be_part|go_on|go_into|sit_with|spend|handle|cover|support|look_after|travel|start_with|start_on|shadow|be_shadowing",
        by: "company",
        stated: true,
        unless:
          "surprised|amazed|shocked|hearing|notified|contacted|receiving|would_you|what|how|why|if|imagine|tell_me|describe|your_current|your_last|at_your",
      },
      {
        p: "put|putting|pencil|pencilled|penciled ~2 me|you ~3 on|in|into ~3 rota|schedule|team|shift|roster|crew",
        by: "company",
      },
      {
        p: "we|we'd|we_would ~3 have|put|need ~1 you",
        by: "company",
        in: ["transcript"],
        unless: "would_you|if|imagine|have_you|do_you",
      },
    ],
  },
  {
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
  },
  {
    id: "compensation-discussed",
    label: "Pay came up from their side",
    polarity: "positive",
    phase: "during",
    strength: "medium",
    seeds: ["000", "001", "003"],
    meaning: "The interviewer or recruiter raised salary: current, past or expected.",
    advice:
      "Pay usually comes up when they are thinking about an offer. Whatever number you gave, keep to it later: a big jump reads badly.",
    cues: [
      {
        p: "salary|salaries|compensation|remuneration|wage|wages|earn|earning|earnings|bonus|ote|pay_range|pay_band|pay_scale|payscale|pay|money|day_rate|hourly_rate|comp_package|total_comp",
        by: "company",
        unless:
          // "Write a query for the second highest salary" is an SQL question, not pay.
          "pay_attention|paying_attention|pay_off|paid_off|pay_it|pay_for|paid_for|pay_back|paid_social|paid_media|paid_search|money_on|money_into|save_money|saving_money|saved_money|make_money|lose_money|lost_money|spend_money|raise_money|raised_money|highest|lowest|nth|query|sql|table",
      },
      {
        p: "ask|asked|asking|wanted_to_know|want_to_know ~3 what|how_much ~3 i|you ~2 make|earn|earning|making|paid|am_on|get_paid",
        by: "company",
      },
      {
        p: "range|number|figure ~4 looking_for|expect*|in_mind|want|hoping",
        by: "company",
        unless: "phone|date|timeline|people|candidates",
      },
      {
        p: "number|figure|range|expectation|expectations ~5 i ~2 gave|give|mentioned|quoted|shared|said|named",
        by: "company",
        in: ["notes"],
        unless: "phone|call",
      },
      {
        p: "expectation|expectations|range",
        by: "company",
        with: "salary|pay|money|compensation|comp|earn|earning|package",
        unless: "timeline|date|my_number_is|phone|call|cell",
      },
      {
        // Pay in the words of many markets: "expected CTC", "the hike", "salary negotiation".
        p: "ctc|compensation*|remunerat*|hike|hikes|salary_expectation|salary_expectations|expected_salary|current_salary|salary_negotiation|salary_discussion|salary_structure|salary_breakup|salary_break-up|salary_slip|salary_slips|payslip|payslips|pay_slip|pay_slips",
        by: "company",
        unless:
          "hiking|trek|trekking|hobby|hobbies|compensating|compensate_for|compensated_for|workers'_compensation|compensation_claim|compensation_plan_design",
      },
      {
        // "package" and amounts are pay only where an offer or a discussion is about them.
        p: "package|packages|lpa|lakh|lakhs|lac|lacs|stipend",
        by: "company",
        with: "discuss*|negotiat*|ask|asked|asking|offer|offered|told|explain*|mention*|talk*|quote*|gave|give|provide*|revis*|fix*|final*|confirm*|expect*|current|hike|low|lower|less|good|better|bad|poor|decent|annual",
        unless:
          "software|install*|npm|library|libraries|module|modules|dependency|dependencies|python|java|r_package|package_manager|pip|apt|deploy*|build|code|different_packages|three_packages",
      },
      {
        // A negotiation that happened ("HR negotiation was tough"), not one in a list of stages.
        p: "negotiat*",
        by: "company",
        with: "salary|ctc|package|pay|compensation|hike|lpa|hr|recruiter|round|they|he|she|manager|director",
        unless:
          "skill|skills|case|scenario|conflict|question|questions|how_would_you|tell_me|describe|a_time|stakeholder*|vendor*|client*|contract*|supplier*|customer*|deal|deals|sales",
      },
    ],
  },
  {
    id: "start-date-discussed",
    label: "Asked when you could start",
    polarity: "positive",
    phase: "during",
    strength: "medium",
    seeds: ["000", "001", "004"],
    meaning:
      "They asked when you could start, about your notice period, or your availability on future dates.",
    advice:
      "Start-date questions are practical planning. Have a straight answer ready, including your notice period.",
    cues: [
      {
        p: "notice|notice_period",
        by: "company",
        unless: "take_notice|took_notice|notice_that|noticed|noticing|short_notice|give_notice_of",
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
        p: "start_date|starting_date|availability",
        by: "company",
        in: ["notes", "transcript"],
        unless:
          "calendar|interview|meeting|call|slot|slots|this_week|next_week|weeks|times|chat|phone|schedule|convenience|day|date|days|dates",
      },
    ],
  },
  {
    id: "interest-checked",
    label: "Asked how interested you are",
    polarity: "positive",
    phase: "during",
    strength: "medium",
    seeds: ["001", "002"],
    meaning: "The interviewer asked how interested you are, or whether you would accept.",
    advice:
      "They are gauging whether an offer would land. Be honest and warm; if it is your first choice, say so.",
    cues: [
      { p: "how ~3 interest*|keen|excited|serious", by: "company" },
      {
        p: "how ~3 feel|feeling|think ~4 role|job|position|opportunity|this|so_far|us",
        by: "company",
        question: true,
        in: ["transcript"],
      },
      {
        p: "would|will|could ~3 you|i ~3 accept|take|say_yes ~3 offer|it|job|role|position",
        by: "company",
        unless: "if_you_had|imagine",
      },
      {
        p: "ask|asked|wonder|wondered|want_to_know|wanted_to_know|check|checked ~4 if|whether|how ~4 i ~2 accept|take|interested|keen|want|serious",
        by: "company",
        in: ["notes"],
      },
      {
        p: "rank|ranks|ranking|top_choice|first_choice|number_one|front-runner",
        by: "company",
        unless: "google_rank|ranking_model|search|hacker|hackerrank|leetcode|rank_higher",
        with: "ask|asked|where|how|?|compare|against|among|list|choice|other|others",
      },
      { p: "something ~2 you ~2 want|would_want|'d_want|see_yourself", by: "company", question: true },
      { p: "still ~2 interested|keen", by: "company", in: ["transcript"], question: true },
    ],
  },
  {
    id: "competing-offers-asked",
    label: "Asked about other offers",
    polarity: "positive",
    phase: "during",
    strength: "medium",
    seeds: ["001", "002", "003"],
    meaning: "They asked where else you are interviewing, about other offers, or about deadlines.",
    advice:
      "They are checking how much time they have. If you do have other offers or deadlines, say so: it can speed them up.",
    cues: [
      {
        p: "other|another ~2 company|companies|offer|offers|interview|interviews|process|processes|opportunit*|role|roles|place|places|employer*",
        by: "company",
        with: "ask|asked|asking|wonder*|want_to_know|wanted_to_know|curious|?|whether|how_many|where_else|in_play|talking_to|interviewing_with|interviewing_at",
        unless:
          "other_candidate*|other_people|other_team|other_engineer*|other_teams|other_hand|our_other|the_other_side|the_other_interviews|the_other_interview|other_rounds|other_interviewers|another_opportunity|other_roles_for_you|other_positions|other_openings|may_have|i_asked|i_mentioned|i_told",
      },
      {
        p: "elsewhere|anywhere_else|where_else|what_else",
        by: "company",
        with: "interview*|talk*|process|offer*|apply*|look*",
      },
      {
        p: "deadline|deadlines|timeline_on_your_side|your_timeline|exploding",
        by: "company",
        unless:
          "project|sprint|deliver*|ship*|client|launch|release|miss|missed|handle|tight|competing|meet|meeting|manage|a_time|time_when|tell_me_about|describe|pressure|their|customer",
      },
      {
        p: "talk|talking|speak|speaking|interview|interviewing ~2 with|to ~2 anyone|anybody|other|others",
        by: "company",
      },
    ],
  },
  {
    id: "next-round-booked",
    label: "Next round booked",
    polarity: "positive",
    phase: "during",
    strength: "strong",
    seeds: ["001", "002", "003"],
    meaning: "You were invited back, or the next round was scheduled on the spot or right after.",
    advice:
      "A booked next round is real progress, though others may be booked too. Prepare for it now, building on what this round covered.",
    cues: [
      {
        p: "invite|invited|invitation|inviting ~4 back|to ~4 round|interview|onsite|on-site|on_site|final|next|panel|meet|stage|visit|conversation|call",
        by: "company",
        stated: true,
        unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|whether|apply|application|webinar|calendar_invite|sending_the_invite|the_invite_now|profile|visit_your|event|only|are_invited|were_invited_to_apply`,
        // "invited to an online test" is no interview; a test named elsewhere in the sentence does not matter.
        unlessAfter: "test|assessment|coding_challenge|hackerrank|codility|quiz|online|aptitude|exam",
      },
      {
        // Told of a move to a further round, in any words of progress: "picked for the last round",
        // "advanced to stage three", "selected for a second interview", "put through to the panel".
        // Broad words, so only what is told as so (not hoped, asked or "usually").
        p: "shortlist|shortlisted|select|selected|invite|invited|inviting|invitation|move|moved|moving|progress|progressed|progressing|advance|advanced|advancing|proceed|proceeding|through ~5 next|second|2nd|third|3rd|final|last|further|another|follow-up|technical|onsite|on-site|in-person|face-to-face|hr|managerial ~2 round|rounds|interview|interviews|stage|conversation|meeting|chat|discussion|panel|onsite",
        by: "any",
        stated: true,
        // Out of a test or a screening exam, the "next round" is the first interview, not a return.
        unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|not|n't|never|hope|hoping|test|aptitude|exam|online|written`,
        unlessAfter: "test|assessment|coding_challenge|hackerrank|codility|quiz|online|aptitude|exam|written",
      },
      {
        // Invited back, told plainly: "asked back in to meet the owner", "was called back for a panel".
        p: "came|come|called|brought|asked|invited ~1 back ~4 interview|round|onsite|on-site|panel|meeting|second|again|final|time",
        by: "any",
        in: ["notes"],
        stated: true,
        unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|not|n't|never|hope|hoping|test|aptitude|exam|online|call_back|get_back_to|got_back_to|back_to_me|back_to_you|back_to_work|back_home`,
      },
      {
        // The company naming the next step with a person or a day: "the next step is a site walk
        // with our chief engineer", "the final stage will be a panel on the 14th".
        p: "next_step|next_steps|next_stage|final_step|final_stage ~3 is|are|will_be|would_be|be ~4 round|interview|conversation|meeting|call|chat|panel|onsite|visit",
        by: "company",
        in: ["email", "transcript"],
        stated: true,
        with: `#name|${BOOKED_DAY}|#clock`,
        unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|if|once|after`,
        unlessAfter: "test|assessment|coding_challenge|hackerrank|codility|quiz|online|aptitude|exam|written",
      },
      {
        // "was invited onsite", "invited me in for a panel".
        p: "invite|invited ~2 onsite|on-site|on_site|back|in_for|in_to_meet",
        by: "company",
        stated: true,
        unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|whether|only|are_invited`,
        unlessAfter: "test|assessment|coding_challenge|hackerrank|codility|quiz|online|aptitude|exam",
      },
      {
        // A next step set with a date: "a trial shift next Tuesday", "the demo lesson on the 28th",
        // "site visit Thursday", "assessment day on 3 June".
        p: "trial_shift|work_trial|paid_trial|trial_day|demo_lesson|teaching_demo|site_visit|observation_lesson|assessment_day|assessment_centre",
        by: "any",
        stated: true,
        with: BOOKED_DAY,
        unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|if|would|usually|typically|sometimes|shortlisted|selected_candidates|will_be_invited`,
        unlessAfter: "online|hackerrank|codility|quiz|aptitude|coding_challenge",
      },
      {
        // "sent the calendar invite for the 18th", "got the invitation: 18 March".
        p: "sent|received|got|confirmed ~3 calendar_invite|calendar_invitation",
        by: "any",
        stated: true,
        in: ["notes"],
        with: BOOKED_DAY,
        unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|i_sent|i_confirmed|test|online|webinar|event`,
      },
      {
        // "then got a second call", "had a further round with the director".
        p: "got|received|had|landed|get ~2 a|an|the|my ~1 second|2nd|third|3rd|follow-up|final|next ~3 interview|round|call|meeting|onsite|on-site",
        by: "any",
        stated: true,
        in: ["notes"],
        unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|will|would|if|never|not|n't|hope|hoping|expect|before|until|candidates|you|u`,
        unlessAfter: "test|assessment|coding_challenge|hackerrank|codility|quiz|online|aptitude|exam",
      },
      {
        // "passed and went on to the onsite", "cleared it and moved on to the technical round".
        p: "passed|cleared|made_it|got_through ~4 went|moved|got|called|progressed ~3 to|into|for|on_to ~3 onsite|on-site|on_site|next|second|final|round|interview|stage",
        by: "any",
        stated: true,
        in: ["notes"],
        unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|will|would|if|not|n't|never|candidates|you|u|those|who`,
        unlessAfter: "test|assessment|coding_challenge|hackerrank|codility|quiz|online|aptitude|exam",
      },
      {
        // "moved on to the technical round", "progressed to the onsite".
        p: "moved_on|move_on|moving_on|went_on|progressed|advanced|proceeded ~2 to|into ~3 interview|round|onsite|on-site|on_site|stage|call|panel",
        by: "any",
        stated: true,
        in: ["notes"],
        unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|will|would|if|not|n't|never|candidates|you|u|those|who`,
        unlessAfter: "test|assessment|coding_challenge|hackerrank|codility|quiz|online|aptitude|exam",
      },
      {
        p: "schedule|scheduled|scheduling|book|booked|booking|set_up|arrange|arranged|line_up|lined_up|set ~4 round|interview|onsite|on-site|final|panel|meeting|conversation|chat|call|time",
        by: "company",
        stated: true,
        unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|test|assessment|rescheduled|reschedule|move|moved|push|pushed|postpone*|original*`,
        with: "next|final|second|third|2nd|3rd|follow-up|onsite|on-site|panel|round",
      },
      {
        p: "want|like|love ~2 you|me ~2 to ~3 meet|come|talk|speak|chat|have",
        by: "company",
        stated: true,
        with: "round|final|next|onsite|on-site|ceo|cto|vp|founder|director|head|team|stage",
        unless: "if|might|may|maybe|eventually|usually|typically|would_be_the",
      },
      {
        p: "would_like|'d_like|want|wants|wanted|keen ~2 to ~1 meet|see|talk|speak|chat ~2 you|with_you",
        by: "company",
        stated: true,
        with: "round|final|next|onsite|on-site|ceo|cto|vp|founder|director|head|stage|conversation",
        unless: "if|might|may|maybe|eventually|usually|typically|would_be_the",
      },
      {
        // A day put to the candidate: a question by its nature, so not `stated`.
        p: "could|can|does|would ~3 you ~2 do|make|manage ~3 monday|tuesday|wednesday|thursday|friday|tomorrow|next_week",
        by: "company",
        in: ["transcript"],
      },
      {
        p: "move|moving|moved|fast-track*|fast_track*|advance|advancing|progress|progressing|through ~4 to|into|for ~3 next|final|second|third|2nd|3rd|last ~2 round|stage|interview|step|conversation|chat|meeting|call",
        by: "company",
        stated: true,
        unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|not|unfortunately|won't|will_not|whether|decide|decision|either_way|about`,
      },
      {
        p: "book|booked|schedule|scheduled|set_up|arranged|lined_up ~4 on_the_spot|right_then|there_and_then|before_we_hung_up|before_i_left|for_next|for_tuesday|for_monday|for_wednesday|for_thursday|for_friday",
        by: "any",
        stated: true,
        in: ["notes"],
      },
      {
        // "They called me for the next round the same day", "I was shortlisted for the HR round".
        p: "call|called|calling|invite|invited|shortlist|shortlisted|select|selected|ask|asked ~4 for|to ~2 next|second|2nd|third|3rd|final|hr|managerial|onsite|on-site|face-to-face ~1 round|interview|interviews|stage|discussion",
        by: "company",
        stated: true,
        in: ["notes"],
        unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|will|'ll|whether|test|assessment|online|aptitude|exam|written|coding_round|coding_test|hackerrank|resume|cv|application|not|n't|never|candidates|students|those|who|you|u|once|should|can|may|only|are_invited|are_called|event`,
      },
    ],
  },
  {
    id: "positive-feedback",
    label: "Praised your answers",
    polarity: "positive",
    phase: "during",
    strength: "medium",
    seeds: ["001", "002"],
    meaning: 'The interviewer affirmed your answers: "great answer", "exactly what we\'re looking for".',
    advice: "Specific praise is a good sign; reflexive praise is just manners. Note which answers drew it.",
    cues: [
      { p: "exactly|precisely ~3 what|the_kind|the_sort ~3 need|want|look*|after|hoped", by: "company" },
      {
        p: "great|excellent|fantastic|brilliant|strong|good|clever|smart|thoughtful|impressive|solid|terrific|superb|wonderful|insightful|right|fair ~1 answer|answers|example|examples|point|approach|solution|response|responses|idea|thinking|instinct|call|story|portfolio|argument|reason|reasoning|catch|observation|framing",
        by: "company",
        in: ["transcript", "email"],
        within: 1,
        unless:
          "question|next|give_me|need_a|looking_for_a|what's_a|what_is_a|tell_me_about_a|your_best|best_example",
      },
      {
        p: "great|excellent|fantastic|brilliant|strong|good|clever|smart|thoughtful|impressive|solid|terrific|superb|wonderful|insightful ~1 answer|answers|example|examples|point|approach|solution|response|responses|idea|thinking|instinct|call|story|portfolio|argument|reasoning|catch|observation|framing",
        by: "company",
        in: ["notes"],
        within: 1,
        with: "said|say|told|tell|call|called|praise*|thought|think|according|feedback|remark*|comment*|liked|loved|wrote|exclaim*",
        unless: "gave|give|i_said|i_told|i_thought|i_think",
      },
      {
        // Praise reported with the answer first: "she said my answer on the audit was a good one",
        // "he thought the example was spot on".
        p: "answer|answers|example|examples|story|approach|idea|solution|response|presentation|portfolio|case_study|walkthrough ~4 was|were|is ~3 good|great|strong|excellent|brilliant|impressive|spot_on|fantastic|solid|the_best|one_of_the_best|really_good|very_good",
        by: "company",
        in: ["notes"],
        stated: true,
        with: "said|told|thought|felt|reckoned|called|according|feedback|mentioned|commented|remarked",
        unless: "i_said|i_told|i_thought|i_felt|i_think|not|n't|hope|if|my_own|myself",
      },
      {
        // Praise quoted straight after "said": "he said good, I like that", "she said 'oh good, that's helpful'".
        p: "said|says ~1 good|great|excellent|brilliant|fantastic|impressive|spot_on|love_that|lovely",
        by: "company",
        in: ["notes"],
        within: 2,
        stated: true,
        unlessAfter:
          "luck|morning|afternoon|evening|night|bye|see|to_meet|meeting|question|questions|weekend|day|time|news",
        // Said after every answer, or on the way to the next question, it is manners.
        unless: "i_said|i_say|not|n't|if|would|every|each|always|ok|okay|next_question|moved_on|move_on",
      },
      {
        // A reaction quoted a few words after "said": 'she said "oh I love that" when I answered'.
        p: "said|says|went|replied ~5 love_that|love_it|loved_that|brilliant|fantastic|spot_on|impressive|well_done|nice_one|very_solid|really_solid|outstanding|superb|top_notch|bang_on",
        by: "company",
        in: ["notes"],
        stated: true,
        unlessAfter:
          "luck|morning|afternoon|evening|night|bye|see|to_meet|meeting|question|questions|weekend|day|your_time|good_time|great_time|time_today|news|place|team|company|office|opportunity|chance|location|view|food|coffee",
        unless:
          "i_said|i_say|not|n't|if|would|every|each|always|ok|okay|next_question|moved_on|move_on|candidate|candidates",
      },
      {
        // Ranked above the others: "better than the last two people we talked to", "the strongest
        // candidate we've seen", "one of two she's pushing forward", "you're the one we want".
        p: "better|best|strongest|stronger|most_convincing|top|favourite|favorite|front-runner|frontrunner|standout|stand-out ~4 candidate|candidates|people|applicants|person|ones|interviewees|one ~4 see|speak|talk|interview|meet|so_far|had|today|this_week|this_year|in_the_process|for_this",
        by: "company",
        stated: true,
        unless:
          "if|hope|hopefully|wish|imagine|was_the|were_the|they_were|another|the_other|other_candidate|last_candidate|previous_candidate|she_was|he_was|they_had|to_be|need_to|have_to|must",
      },
      {
        p: "one_of ~1 two|three|the_two|the_three|the_top|the_strongest|the_best|our_top|our_strongest ~3 pushing|pushed|push|putting_forward|taking_forward|going_forward|moving_forward|shortlist|shortlisted|finalists|candidates|strongest|best",
        by: "company",
        stated: true,
        unless: "if|hope|hopefully|wish|imagine|i_was_one_of_the|to_be",
      },
      {
        p: "you're|you_are ~2 the_one|exactly_who|exactly_what|just_who|just_what|precisely_what|the_person|the_kind_of_person ~3 want|need|looking_for|we're_after|we_are_after",
        by: "company",
        stated: true,
        unless: "if|hope|hopefully|wish|imagine|would_you|are_you|prove|show",
      },
      {
        p: "impress|impressed|impressive|blown_away",
        by: "company",
        // "Although we were impressed by your skills, we are unable to offer you…": a letdown's politeness.
        unless:
          "try|trying|want|to_impress|if|although|though|unfortunately|unable|regret|not_able|cannot|can't",
      },
      {
        // "the feedback was positive", "the panel's feedback came back good".
        p: "feedback ~4 is|was|has_been|were|came_back ~2 positive|good|great|excellent|glowing|strong|encouraging|solid|very_solid|really_solid|fantastic|brilliant|outstanding|amazing|very_good|really_good",
        by: "company",
        unless: "if|would|will|'ll|hope|hoping|not|n't|mixed|usually|always|tip|tips",
      },
      {
        // "I like that you checked the data first", "he liked your grasp of the numbers".
        p: "like|liked|love|loved|appreciate|appreciated ~1 that_you|how_you|your",
        by: "company",
        // "We appreciate your interest in the role", "thank you, we appreciate your patience": politeness.
        unlessAfter:
          "interest|time|patience|application|understanding|flexibility|reply|response|email|note|message|candidacy|submission|consideration|effort|efforts|help|feedback|enthusiasm",
        // Advice to readers ("they will like your confidence", "make sure they like your CV") is no praise given.
        unless:
          "would_you|do_you|i_would|we'd|'d_like|would_like|like_to|if|your_questions|your_question|will|'ll|should|must|can|could|make_sure|try|tip|tips|advice|usually",
      },
      {
        p: "love|loved ~2 that|how|your|the_way",
        by: "company",
        in: ["transcript", "email"],
        unless:
          "would_you|do_you|what_do|i_would_love|we'd_love|love_to|would_love|love_this_place|love_it_here",
      },
      {
        p: "did|do|done|went|performed ~2 really|very|so|extremely ~1 well|great",
        by: "company",
        // A negation inside the gap ("didn't do very well") and the candidate's own verdict on how
        // a round went are not praise.
        unless:
          "not|n't|never|interview_went|it_went|round_went|rounds_went|call_went|test_went|everything_went|all_went|screen_went|things_went|i_think|i_felt|i_thought|hope",
      },
      { p: "nail|nailed|spot_on|crushed|aced|knocked_it", by: "company" },
      {
        p: "most|many|lots_of ~2 people|candidates|applicants ~3 miss|forget|overlook|don't|can't|struggle|get_that_wrong",
        by: "company",
        unless: "most_people_i|i_think_most",
      },
      {
        p: "that's|that_is|this_is|that_was ~1 exactly|precisely|just ~2 right|what|the",
        by: "company",
        within: 1,
        unless: "not|question|what_i_asked|what_i_meant|why|how|problem",
      },
      {
        p: "praise|praised|compliment|complimented|positive_feedback|great_feedback|glowing|good_feedback|strong_feedback",
        by: "company",
        unless: "reference|references|review|reviews|should|must|need_to|needs_to|in_order|you|if",
      },
      {
        p: "really|very|super ~1 like|liked|enjoy|enjoyed ~3 your|you|answer|answers|approach|thinking|portfolio|work|conversation|background|experience",
        by: "company",
        unless: "would_you|do_you|i_would|we_would",
      },
      {
        // "They liked my answers", "the panel appreciated my approach", "he liked me in the end".
        p: "like|liked|loved|appreciate|appreciated|appreciating ~2 my|me|the_way_i|how_i ~3 answer|answers|approach|solution|solutions|response|responses|project|projects|explanation|explanations|attitude|confidence|communication|thinking|presentation|performance|code|idea|ideas|honesty|in_the_end|at_the_end|a_lot",
        by: "company",
        in: ["notes"],
        unless:
          "would_you|do_you|i_would|we_would|what|hope|hoping|i_liked|i_loved|i_appreciated|i_really|not|never|n't",
      },
      {
        // Praise passed on: "HR told me I did well", "the feedback was that I performed great".
        p: "said|told|saying|feedback ~6 i|my ~3 did|done|performed|answered|went|go ~2 well|good|great|nicely|excellent|brilliantly",
        by: "company",
        in: ["notes"],
        unless: "i_said|i_told|not|never|n't|if|hope",
      },
    ],
  },
  {
    id: "engaged-body-language",
    label: "Engaged body language",
    polarity: "positive",
    phase: "during",
    strength: "weak",
    seeds: ["002", "004"],
    meaning: "Eye contact, nodding, smiling, leaning in: the interviewer was attentive.",
    advice: "Body language is a weak tell on its own; count it only alongside other signs.",
    cues: [
      { p: "nod|nodded|nodding|smile|smiled|smiling|grin|grinned|beam|beamed", by: "company", in: ["notes"] },
      { p: "lean|leaned|leant|leaning ~2 in|forward", by: "company", in: ["notes"] },
      { p: "eye_contact", by: "company", in: ["notes"] },
      {
        p: "attentive|engaged|animated|enthusiastic|lit_up|light_up",
        by: "company",
        in: ["notes"],
        unless: "i_was|i_felt|me|my",
      },
      { p: "take|took|taking|scribble*|jot* ~2 note|notes|down", by: "company", in: ["notes"] },
    ],
  },
  {
    id: "natural-rapport",
    label: "Natural rapport",
    polarity: "positive",
    phase: "during",
    strength: "weak",
    seeds: ["004"],
    meaning: "The talk flowed both ways and felt like a conversation, not an interrogation.",
    advice: "Rapport makes an interview feel good; it helps, but it is not a verdict.",
    transcriptHits: 2,
    cues: [
      {
        p: `be|was|were|is|are|seem|seemed|seems|came_across|come_across ~2 ${FRIENDLY}|chatty|genuine|funny|fun`,
        by: "company",
        in: ["notes"],
        unless:
          "which_was|that_was|it_was|this_was|would|if|the_office_was|the_building|the_view|the_weather|the_place_was|the_coffee|the_experience_was|the_process_was|overall|not_friendly|unfriendly|offices_were|office_is|office_was|place_is|place_was|building_is|firm_is|firm_was|campus_is|campus_was|facilities_were|food_was|lunch_was|hotel_was|kind_of|kinda|interviewee|just_be|should_be|must_be|try_to_be|user|portal|website|app|tool|fresher|freshers|beginner|beginners",
      },
      {
        p: "be|was|were|felt|seemed|very|quite|really|pretty ~2 interactive|conversational|two-way|informal|laid-back|casual|relaxed|comfortable",
        by: "any",
        in: ["notes"],
        unless:
          "not|wasn't|would|should|could|will|if|dress|dress_code|attire|clothes|office_was|i_was|i_felt",
      },
      {
        p: `${FRIENDLY} ~1 interviewer|interviewers|manager|woman|man|guy|lady|person|people|director|recruiter|recruiters|hr|panel|panelists|chat|conversation|vibe|tone|atmosphere|behaviour|behavior|nature|manner|gesture`,
        by: "any",
        in: ["notes"],
        within: 1,
        unless: "would|if|not",
      },
      {
        // "Very friendly in behaviour", "the panel, extremely approachable": the interviewer, with no verb.
        p: "very|so|extremely|really|super|quite|incredibly ~1 friendly|approachable|personable",
        by: "company",
        in: ["notes"],
        unless:
          "not|n't|never|would|if|fresher|freshers|beginner|beginners|budget|developer|user|eco|family|pocket|environment_friendly|process|office|place|website|app|portal|tool",
      },
      {
        // "A good conversation with the team lead": a talk with someone, not praise of the day.
        p: "good|great|nice|lovely ~1 conversation|chat|talk ~1 with",
        by: "any",
        in: ["notes"],
        within: 1,
        unless: "would|if|not",
      },
      {
        // "They made me comfortable", "put me at ease".
        p: "made|make|makes|put|puts ~1 me ~2 comfortable|at_ease|relaxed|welcome",
        by: "company",
        in: ["notes"],
      },
      {
        p: "feel|felt|like|more_like|flowed_like ~3 conversation|chat|discussion|dialogue|two-way",
        by: "any",
        in: ["notes"],
        unless: "another|other|side|separate|phone",
      },
      {
        p: "not|rather_than|than|instead_of ~2 interrogation|grilling|quiz|exam",
        by: "any",
        in: ["notes"],
        negation: "ignore",
      },
      {
        // The interviewer calling it a conversation, at the start or the end: "this was a really good
        // conversation", "I'd like to talk, not to interrogate you".
        p: "this_was|that_was|it_was|it's_been|been ~3 good|great|lovely|nice|fun|enjoyable ~1 conversation|chat|talk|discussion",
        by: "company",
        in: ["transcript"],
        stated: true,
      },
      {
        p: "not|rather_than|instead_of ~2 interrogate|interrogation|grill|grilling|quiz|exam",
        by: "company",
        in: ["transcript"],
        negation: "ignore",
      },
      {
        // A person summed up as notes do, with the praise set against a reservation: "very direct but
        // friendly", "formal yet warm". Not before a noun ("a strict but friendly office").
        p: `but|yet ~0 ${FRIENDLY}`,
        by: "company",
        in: ["notes"],
        within: 1,
        unless:
          "not|n't|never|would|if|wasn't|i_was|i_am|i'm|i_felt|i_stayed|i_tried|user|family|budget|pocket",
        unlessAfter: "office|offices|place|building|website|app|portal|tool|process|environment",
      },
      {
        // The candidate's own summing up: "verdict: nice chat", "overall a good conversation".
        p: "good|great|lovely|nice|fun|easy ~1 chat|conversation",
        by: "any",
        in: ["notes"],
        within: 1,
        stated: true,
        unlessBefore: "would|if|hope|hoping|want|wanted|need|needed|wish",
      },
      { p: "laugh|laughed|laughing|laughs|joke|joked|joking|banter|bantered", by: "any", in: ["transcript"] },
      {
        p: "laugh|laughed|laughing|joke|joked|joking|banter|bantered|riff|riffed|riffing",
        by: "company",
        in: ["notes"],
        unless: "at_me|at_my|laughing_at|laughed_at|nervous*|awkward*|once|made_a_joke|interrupt*|lacked",
      },
      {
        p: "back_and_forth|back-and-forth|two-way|two_way|easy_conversation|great_vibe|good_vibe|easy_rapport|good_rapport|great_rapport|real_rapport|catching_up|like_old_friends|like_friends",
        by: "any",
        in: ["notes"],
        unless: "not|no|wasn't|didn't|would",
      },
      {
        p: "hit_it_off|got_on_well|got_along|get_along|clicked_with|flowed|flowing|easy_to_talk|banter",
        by: "any",
        in: ["notes"],
        unless: "network|connection|cash_flow|workflow|data_flow|internet|wifi|call_connected",
      },
    ],
  },
  {
    id: "company-briefing",
    label: "Briefed you on the company",
    polarity: "positive",
    phase: "during",
    strength: "weak",
    seeds: ["004"],
    meaning: "Extensive, specific information about the company and the role: plans, values, challenges.",
    advice:
      "Candour about plans and problems is a form of investment in you. Refer back to one specific in your thank-you.",
    transcriptHits: 3,
    minHits: 2,
    cues: [
      {
        p: "roadmap|strategy|funding|runway|seed_round|series_a|series_b|revenue|pilot|acquisition|reorg|restructur*|expansion|expanding|launch|launching|backlog|headcount|merger",
        by: "company",
        in: ["notes", "transcript"],
        unless: "your_current|your_last|at_your|what_is|how_do_you|tell_me|talent_acquisition",
      },
      {
        p: "candid|candidly|honest|honestly|frank|frankly|open|transparent ~3 about|that ~4 challenge*|problem*|mess|struggle*|gap*|issue*|plan*|debt|weak*|tape|broken|behind",
        by: "company",
      },
      {
        p: "plan|plans|challenge|challenges|problem|problems|value|values|priorit*|goal|goals ~4 for|this|next|the_company|the_team|we|our",
        by: "company",
        in: ["notes"],
        with: "told|explained|walked|shared|described|talked|laid_out|went_through|briefed|outlined|detail|candid|honest",
        unless: "i_told|i_explained|my",
      },
      {
        p: "brief|briefed|briefing|overview|rundown|run-down|picture ~4 company|business|team|organisation|organization|plans|strategy",
        by: "company",
        in: ["notes"],
      },
      {
        p: "told|tell|explained|explain|walked|talked|talk|went_on|filled_me_in|briefed ~4 about|through|on|me ~4 company|business|plan|plans|strategy|history|product|roadmap|competitor*|market|customers|future|new|funding|finances|growth",
        by: "company",
        in: ["notes"],
        unless: "i_told|i_talked|i_explained|my|your|i_asked",
      },
      {
        p: "be|was|were|is ~2 pretty|very|really|quite|refreshingly|surprisingly|totally ~1 open|candid|honest|frank|transparent|upfront|up-front",
        by: "company",
        in: ["notes"],
        unless: "i_was|i_am|i'm|not|wasn't",
      },
    ],
  },
  {
    id: "growth-discussed",
    label: "Growth and career path discussed",
    polarity: "positive",
    phase: "during",
    strength: "weak",
    seeds: ["004"],
    meaning: "Your career goals, growth or advancement at the company came up.",
    advice: "Talk of your future there is talk of a long-term hire. Note what path they described.",
    cues: [
      {
        p: "promotion|promotions|progression|advancement|career_path|growth_path|career_ladder|career_goals|career_growth|career_progression|career_development|career_plans|ladder|mentorship|mentoring|mentor|learning_budget|training_budget|development_plan|professional_development|grow_into|grow_in|growth_opportunit*|room_to_grow",
        by: "company",
        in: ["notes"],
        unless:
          "career_fair|career_page|careers_page|careers|career_change|career_changer|my_career_so_far|advancement_role|advancement_office|university_advancement|search|site|opportunities",
      },
      {
        p: "career|promotion|promotions|progression|advancement|career_path|growth_path|ladder|mentorship|mentoring|learning_budget|training_budget|grow_into|grow_in|room_to_grow|five_years|5_years|long-term_goals|long_term_goals",
        by: "company",
        in: ["transcript"],
        unless: "careers|careers_page|career_fair|inbox|hr",
      },
      { p: "where ~2 see ~2 yourself|you", by: "company" },
      {
        p: "long-term|long_term|future ~2 goal|goals|plans|ambition*",
        by: "any",
        in: ["notes"],
        with: "ask*|talk*|discuss*|came_up|cover*|interest*|want*",
      },
      {
        p: "grow|growing|develop|developing|move|moving|promoted|progress|step_up ~3 into|toward|towards|to|up_to ~3 lead|senior|manager|management|principal|staff|supervisor",
        by: "company",
        unless: "i_moved|i_was_promoted|my_last|my_current|previous",
      },
      { p: "where ~3 want|like|hope|see ~3 to_be|be_in|myself|yourself|you ~3 year|years", by: "company" },
    ],
  },
  {
    id: "questions-welcomed",
    label: "Welcomed your questions",
    polarity: "positive",
    phase: "during",
    strength: "weak",
    seeds: ["004"],
    meaning: "There was ample time for your questions, and they were answered thoughtfully.",
    advice:
      "Room for your questions is a courtesy that good processes give; note the answers, they feed your decision.",
    cues: [
      {
        p: "ask_me_anything|ask_anything|your_turn|happy_to_answer|fire_away|over_to_you|all_the_time_you_need|as_many_questions",
        by: "company",
        in: ["transcript"],
      },
      {
        p: "leave|left|save|saved|keep|kept|plenty|lot|lots|ample|loads|generous ~4 time|minute|minutes|room|space ~3 for|at ~2 you|your|my|question*|the_end",
        by: "company",
        unless: "no|not|didn't|wasn't|barely",
      },
      {
        p: "answer|answered|answers ~4 question|questions|everything|each_one|every_one|each|all_of_them|them ~4 detail|thorough*|candid*|honest*|thoughtful*|at_length|patient*|fully|carefully|properly|straight",
        by: "company",
        in: ["notes", "email"],
      },
      {
        p: "all|every|each ~2 my ~1 question|questions",
        by: "company",
        in: ["notes"],
        with: "answer*|time|took|patient",
        unless: "didn't|not|no_time|rushed",
      },
    ],
  },
  {
    id: "contact-shared",
    label: "Shared a direct contact",
    polarity: "positive",
    phase: "during",
    strength: "medium",
    seeds: ["001"],
    meaning:
      "The interviewer gave a business card, a direct email or phone number, or invited you to reach out.",
    advice:
      "A direct line is an invitation to use it: for a real question, or to add something you left out.",
    cues: [
      {
        p: "business_card|her_card|his_card|their_card|my_card|card",
        by: "company",
        with: "gave|give|handed|hand|left|passed|here's|take",
        unless: "credit_card|sim_card|card_issuer|card_payment|cards|report_card",
        evenIfConditional: true,
      },
      {
        // "his own email" is "his ~2 email"; "own" alone would read "on my own time and email…".
        p: "my|her|his|their|direct|personal ~2 email|number|cell|line|phone|mobile|whatsapp|linkedin|address|extension",
        by: "company",
        with: "give|gave|here's|here_is|share|shared|hand|handed|jot|jotted|write|wrote|passed|left|told_me|added|put",
        unless:
          "generic|inbox|hr@|careers@|jobs@|noreply|no-reply|portal|main_line|switchboard|front_desk|i_gave|i_shared|your_email|your_number|what's_your|what_is_your|confirm_your|check*|glanc*|on_his_phone|on_her_phone|took_a_call",
        evenIfConditional: true,
      },
      {
        p: "reach_out|reach|get_in_touch|contact|email|message|ping|call|text ~3 me|her|him|directly ~3 directly|anytime|any_time|whenever|if_anything|with_any",
        by: "company",
        unless:
          "generic|inbox|hr|portal|recruiter_will|team_will|called|emailed|messaged|rang|phoned|texted|reached",
        in: ["notes", "transcript"],
        evenIfConditional: true,
      },
    ],
  },

  // ───────────── during the interview: negative ─────────────
  {
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
        p: "double-book*|double_book*|double-booked|hard_stop|have_to_be_quick|be_fairly_quick|need_to_be_quick|short_on_time|only_have_a_few|only_got_a_few|squeeze_you|squeezed_you|in_a_hurry|tight_on_time|need_to_jump|have_to_jump|i_have_to_run|i_need_to_run|i've_got_to_run|got_to_run|gotta_run|gotta_jump|another_meeting|next_meeting",
        by: "company",
      },
      { p: "short|shorter ~3 than ~3 schedule*|plan*|book*|expect*|allot*|slot|invite", by: "any" },
      {
        p: "interview|interviews|call|round|conversation|chat|meeting|screen ~3 be|was|were|felt|seemed ~1 very|really|quite|extremely|super|too|pretty ~1 short|brief",
        by: "any",
        in: ["notes"],
        unless: "if|would|will|usually|generally|typically|than_expected_but",
      },
      {
        p: "only|just|hardly|barely|merely|mere ~3 minute|minutes|min|mins",
        by: "any",
        in: ["notes"],
        with: "last*|took|lasted|after|in|of|ran|was",
      },
    ],
  },
  {
    id: "disengaged-interviewer",
    label: "Distracted or disengaged interviewer",
    polarity: "negative",
    phase: "during",
    strength: "medium",
    seeds: ["000", "004"],
    meaning: "Distracted (phone, laptop, clock), interrupting, impatient, or avoiding eye contact.",
    advice:
      "A distracted interviewer may have had a bad day; it says as much about them as about you. Check whether the others in the process behaved the same.",
    cues: [
      {
        p: "distract*|multitask*|preoccupied|bored|impatient|uninterested|disinterested|checked_out|zoned_out|half-listening|half_listening|not_listening|dismissive|mind_elsewhere|mind_was_elsewhere|attention_elsewhere|seemed_elsewhere|was_elsewhere",
        by: "company",
        in: ["notes"],
      },
      {
        p: "check|checked|checking|look|looked|looking|glance|glanced|glancing|scroll|scrolled|scrolling|typing|tapping|engrossed|absorbed|glued_to|busy_with|busy_on|focused_on|focussed_on ~3 phone|mobile|cellphone|laptop|watch|clock|screen|email|emails|slack|monitor|computer|notifications",
        by: "company",
        in: ["notes"],
        unless:
          "i_checked|i_looked|my_phone|my_watch|my_laptop|on_teams|on_zoom|phone_screen|phone_interview|phone_call|note|notes|look_at_my|looked_at_my|at_my_portfolio|at_my_screen|my_screen|screen_share|share_my_screen|shared_screen|camera|the_screen_to|computer_science|computer_networks|basics",
      },
      {
        p: "typing|tapping|keyboard|clack*|clicking",
        by: "company",
        in: ["notes"],
        unless: "note|notes|noting|answers|i_was_typing|i_typed",
      },
      {
        // A dismissive or hostile interviewer, in the candidate's words: "the interviewer was rude",
        // "he was arrogant and condescending", "unprofessional behaviour of the panel".
        p: "rude|rudely|rudeness|arrogant|arrogance|condescending|condescension|snobby|snobbish|disrespectful|impolite|smug|egoistic|egotistic|cocky|belittl*|patroniz*|patronis*",
        by: "company",
        in: ["notes"],
        unless:
          "of_any_kind|without_being|no_condescension|i_was|i_felt|i_am|myself|not_to_be|don't_be|do_not_be",
      },
      {
        // Words that also describe a process ("an unprofessional call", "a hostile market") count
        // only about someone on the panel.
        p: "unprofessional|judgmental|judgemental|irritated|annoyed|hostile|mocking|mocked|sarcastic|insulting|insulted|disrespected",
        by: "company",
        in: ["notes"],
        with: "interviewer|interviewers|panel|panelist|panelists|panellist|panellists|he|she|him|her|guy|lady|man|woman|person|manager|recruiter|hr|hrs|lead|tone|behaviour|behavior|attitude|people|staff",
        unless: "of_any_kind|without_being|i_was|i_felt|i_am|myself|not_to_be|don't_be|do_not_be",
      },
      {
        // "He didn't seem interested", "the panel was not paying attention", "she couldn't care less".
        p: "interest|interested|engaged|attentive|attention|care|cared|listen|listened|listening",
        by: "company",
        negation: "require",
        in: ["notes"],
        with: "seem*|show*|look*|appear*|sound*|pay|paid|paying|interviewer|interviewers|panel|panelist*|panellist*|he|she|guy|lady|man|woman|person|manager|recruiter|hr",
        unless:
          "said|saying|told|tell|email|mail|informed|reply|replied|letter|message|i_was|i'm|i_am|i_did|i_do|i_could|me_not|your|you|u|marks|cgpa|percentage|grades|don't_worry|do_not_worry|visa|sponsor*|no_matter|not_only",
      },
      {
        // "kept interrupting me", "frequently interrupting my answers".
        p: "interrupt|interrupted|interrupting|interrupts ~2 me|my",
        by: "company",
        in: ["notes"],
        unless:
          "i_interrupted|i_interrupt|mic|connection|call_dropped|line|noise|dog|baby|doorbell|delivery|sorry_to|apolog*",
      },
      {
        p: "interrupt|interrupted|interrupting|interrupts|cut|talked|talk ~2 me|over ~2 off|over|me",
        by: "company",
        in: ["notes"],
        unless: "i_interrupted|mic|connection|call_dropped|line",
      },
      {
        p: "avoid|avoided|avoiding|no|never|barely|little|zero ~2 eye_contact",
        by: "company",
        negation: "ignore",
        in: ["notes"],
      },
      { p: "yawn|yawned|yawning|sigh|sighed|sighing", by: "company", in: ["notes"] },
      {
        p: "sorry|apolog*|excuse_me ~5 ping|pinged|pings|message|messages|slack|email|notification|phone|distracted|multitask*|where_were_we|lost_track|repeat|missed_that|one_sec|juggling",
        by: "company",
        in: ["transcript"],
      },
      {
        p: "hang_on|hold_on|one_sec|one_second|give_me_a_sec ~6 ping|message|slack|email|phone|answer|reply|respond|deal_with|need_to_check|just_need",
        by: "company",
        in: ["transcript"],
      },
    ],
  },
  {
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
        p: "in_touch|let_you_know|get_back_to_you|get_back|hear_from_us|hear_back|be_in_contact|circle_back|we'll_see",
        by: "company",
        unless: `${TIMELINE}|by|before|within|if_you|any_questions|question|reach_out_to_me|reach_out_anytime|feel_free|don't_hesitate|i_will_reach|sent|send|if_anything|any_time|anytime|directly`,
        with: "will|'ll|would|'d|going_to|shall|\"",
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
  },
  {
    id: "superficial-questions",
    label: "Generic, shallow questions",
    polarity: "negative",
    phase: "during",
    strength: "medium",
    seeds: ["004"],
    meaning: "Generic questions with no follow-ups.",
    advice:
      "Stock questions can just be a screening script. If it felt like a checklist, use the thank-you to add the depth they did not ask for.",
    cues: [
      {
        p: "generic|stock|textbook|canned|scripted|checklist|boilerplate|shallow|surface-level|superficial|cookie-cutter|rote|bog-standard|by-the-numbers|run-of-the-mill|cliche|cliché ~3 question|questions|interview|list|script",
        by: "any",
        in: ["notes"],
        unless: "not_just|beyond_the|technical_basic",
      },
      {
        // "very standard questions, nothing unexpected", "standard behavioral questions", "typical
        // questions": stock questions, unless they are the technical kind a test is made of.
        p: "standard|typical|common|usual|general|regular ~2 question|questions|ones",
        by: "any",
        in: ["notes"],
        unless:
          "coding|programming|dsa|technical|java|python|sql|probability|brainteaser|brainteasers|brain_teaser|brain_teasers|math|maths|mathematical|statistics|algorithm|algorithms|data_structure|data_structures|knowledge|quant|quantitative|aptitude|good|nice|fair|for_freshers|regarding|related|on|from|include|includes|including|can|may|will|if|you|candidates|such_as|like",
      },
      {
        p: "completely|entirely|purely|only|just ~1 behavioral|behavioural|personal ~2 question|questions|ones",
        by: "any",
        in: ["notes"],
        unless: "technical|coding|and_technical|both|will|may|can|if|you|candidates",
      },
      {
        // "The interviewer didn't really ask any questions", "he did not ask any relevant questions".
        p: "not|never|barely|hardly ~3 ask|asked ~2 any|a_single|real|relevant|technical|meaningful|proper ~2 question|questions|technical|relevant",
        by: "company",
        in: ["notes"],
        negation: "ignore",
        unless:
          "behavior|behaviour|behavioral|behavioural|hr|mr|managerial|personal|i_did|i_do|i_never|i_had|i_have|you|u|if|whether",
      },
      {
        p: "no ~2 question|questions ~3 asked|about_my|on_my",
        by: "company",
        in: ["notes"],
        negation: "ignore",
        unless: "i_have|i_had|i_said|have_no|had_no|to_ask|for_them|do_you|any_questions|if|you|u",
      },
      {
        // "It seemed she was just filling out a checklist", "the call was like taking a survey".
        p: "like|as_if|as_though|filling|fill|ticking|tick ~3 survey|questionnaire|checklist|boxes|form",
        by: "any",
        in: ["notes"],
        unless:
          "satisfaction|online|sent|send|receive|received|receiving|email|mail|application|fill_out_an|registration",
      },
      {
        p: "read|reading|went ~3 off|from|through|down ~3 list|script|sheet|checklist|form|paper",
        by: "company",
        in: ["notes"],
      },
      {
        p: "follow-up|follow-ups|followup|follow_up|follow-up_questions|dig|deeper|probe|probing",
        by: "company",
        negation: "require",
        in: ["notes"],
        // "No follow-up from HR since" is silence after the interview, not shallow questions in it.
        unless: "from|since|after_the_interview|email|emails|mail|call|reply|response|update",
      },
      { p: "next_question|moving_on|move_on|let's_move_on|next_one", by: "company", in: ["transcript"] },
      {
        p: "tell_me_about_yourself|greatest_weakness|biggest_weakness|strengths_and_weaknesses|why_should_we_hire_you|five_years|5_years|why_do_you_want_this_job|why_do_you_want_to_work_here",
        by: "company",
        in: ["transcript"],
      },
    ],
    transcriptHits: 3,
  },
  {
    id: "thin-company-info",
    label: "Little said about the company or role",
    polarity: "negative",
    phase: "during",
    strength: "weak",
    seeds: ["004"],
    meaning: "Little or only superficial information about the company and the role.",
    advice:
      "Thin information leaves you guessing; ask your open questions in the follow-up, it also shows interest.",
    cues: [
      {
        p: "little|nothing|not_much|barely_anything|hardly_anything|very_little|no_real|no_detail|few_details|vague ~4 about|on ~3 team|role|company|job|product|culture|plans|work",
        by: "company",
        in: ["notes"],
        negation: "ignore",
      },
      {
        p: "tell|told|explain|explained|say|said|share|shared|describe|described ~4 team|role|company|product|culture|plans|job|structure|who|what",
        by: "company",
        negation: "require",
        in: ["notes"],
      },
      {
        p: "couldn't|can't|wouldn't|won't|didn't|unable|refused ~3 tell|explain|say|share|describe|answer",
        by: "company",
        negation: "ignore",
        in: ["notes"],
        with: "team|role|company|product|culture|job|structure|who|what|much",
      },
      {
        p: "couldn't|can't|don't|do_not|still_don't|still_couldn't|no_idea|no_clue|not_sure ~3 tell_you|know|say|understand|clue|what ~5 team|role|company|job|department|they_do|working_on|customers",
        by: "any",
        negation: "ignore",
        in: ["notes"],
        with: "what|who|how",
        unless: "if|whether|yet_but",
      },
      {
        p: "know|knew|learned|learnt ~2 less|little|nothing|barely_anything ~5 job|role|team|company|position",
        by: "any",
        negation: "ignore",
        in: ["notes"],
      },
      {
        p: "job_description|the_posting|the_advert|the_ad|job_ad|the_listing",
        by: "company",
        in: ["notes"],
        with: "read|just|only|repeat*|recite*|same_as|nothing_beyond|nothing_more",
      },
    ],
  },
  {
    id: "no-growth-talk",
    label: "No talk of growth",
    polarity: "negative",
    phase: "during",
    strength: "weak",
    seeds: ["004"],
    meaning: "The focus stayed on immediate fit; your future and growth never came up.",
    advice:
      "It may be a narrow role or a narrow interviewer. If growth matters to you, ask about it directly before you accept anything.",
    cues: [
      {
        p: "career|growth|progression|promotion|development|future|long-term|long_term|five_years|advancement|where_i_see_myself|goals",
        by: "any",
        negation: "require",
        in: ["notes"],
        with: "come_up|came_up|ask|asked|mention|mentioned|discuss|discussed|talk|talked|bring|brought|raise|raised|cover|covered|touch",
      },
      {
        p: "career|growth|progression|promotion|development|future|long-term|goals ~4 never|not|didn't ~3 come_up|came_up|mention*|discuss*|ask*|talk*",
        by: "any",
        negation: "ignore",
        in: ["notes"],
      },
      {
        p: "nothing|not_a_word|no_mention|zero|not_once ~3 about|of|on ~2 long-term|growth|progression|career|future|development|promotion|advancement|goals",
        by: "any",
        negation: "ignore",
        in: ["notes"],
      },
      {
        p: "only|just|purely|entirely ~4 immediate|right_now|day_one|current_need|current_needs|fill|filling|the_gap",
        by: "company",
        in: ["notes"],
      },
      {
        p: "deflect|deflected|dodge|dodged|brushed_off|sidestep*|waved_off|laughed_off ~6 growth|career|progression|promotion|development|future",
        by: "company",
        in: ["notes"],
      },
      {
        p: "growth|career|progression|promotion|development ~6 deflect*|dodge*|brush*|sidestep*|vague|evasive|non-answer|not_something|not_really|don't_really",
        by: "company",
        in: ["notes"],
      },
    ],
  },
  {
    id: "questions-discouraged",
    label: "Little room for your questions",
    polarity: "negative",
    phase: "during",
    strength: "medium",
    seeds: ["004"],
    meaning: "Little or no chance to ask questions, or vague, evasive answers to them.",
    advice:
      "Put your unanswered questions in writing to the recruiter; how they answer is itself information.",
    cues: [
      {
        p: "no|little|barely|without|hardly ~3 time|chance|room|opportunity ~3 for|to ~3 question|questions|ask",
        by: "company",
        negation: "ignore",
        in: ["notes"],
      },
      {
        p: "ask|asking ~3 question|questions|anything",
        by: "candidate",
        negation: "require",
        in: ["notes"],
        with: "time|chance|get|got|room|let|allowed|able",
      },
      {
        p: "get|got|made_it ~1 through ~2 one|two|only|half|none",
        by: "candidate",
        in: ["notes"],
        with: "question|questions",
      },
      {
        p: "hiring_manager|manager|someone_else|hr|recruiter|next_round|later_round|later_stage|they ~4 would|will|can|could ~2 cover|answer|explain|get_into|go_into|field|address ~2 that|all_that|those|it",
        by: "company",
        in: ["notes"],
        with: "asked|ask|question|questions|when_i",
      },
      {
        p: "deflect|deflected|deflecting|dodge|dodged|brush|brushed|evasive|evade|evaded|sidestep*|non-answer|non-answers|stonewall*|vague_answer|vague_answers|waved_off|changed_the_subject",
        by: "company",
        in: ["notes"],
      },
      {
        p: "can't|cannot|couldn't|not_able|won't|not_really ~3 say|share|comment|discuss|get_into|go_into|answer|speak_to",
        by: "company",
        in: ["transcript"],
        negation: "ignore",
      },
      {
        p: "not_something ~2 i|we ~3 discuss|share|get_into|go_into|talk_about",
        by: "company",
        in: ["transcript"],
        negation: "ignore",
      },
      { p: "hard|difficult|too_early ~2 to ~2 say", by: "company", in: ["transcript"], negation: "ignore" },
      {
        p: "cover_that_later|get_to_that_later|that's_for_later|for_a_later_stage|ask_hr|ask_the_recruiter|can't_get_into|can't_go_into",
        by: "company",
        in: ["transcript"],
      },
    ],
    transcriptHits: 2,
  },

  // ───────────── after the interview: positive ─────────────
  {
    id: "warm-reply",
    label: "Warm reply to your thank-you",
    polarity: "positive",
    phase: "after",
    strength: "medium",
    seeds: ["001", "002"],
    meaning: "Your thank-you note got a prompt, warm reply, or one that picked up something specific.",
    advice:
      "A personal, prompt reply means you are on their mind. Do not over-read it: warm people reply warmly to everyone.",
    cues: [
      {
        p: "reply|replied|responded|wrote_back|answered|response ~6 warm|warmly|kind|lovely|quick|quickly|right_away|within|same_day|personal|enthusiastic|glad|great|specific",
        by: "company",
        in: ["notes"],
        unless: "auto|automatic|out-of-office|out_of_office",
      },
      {
        p: "warm|lovely|kind|nice|personal|enthusiastic|glowing ~3 reply|response",
        by: "company",
        in: ["notes"],
        unless: "auto|automatic|out-of-office|out_of_office|my",
      },
    ],
  },
  {
    id: "kept-warm",
    label: "Recruiter keeps you updated",
    polarity: "positive",
    phase: "after",
    strength: "medium",
    seeds: ["003"],
    meaning: "The recruiter keeps you posted, step by step, on what is happening.",
    advice:
      "Regular updates mean you are still in the frame. Answer promptly and keep your own status (other offers) current with them.",
    cues: [
      {
        p: "kept|has_kept|have_kept|been_keeping|kept_me ~3 posted|updated|in_the_loop|informed|up_to_date",
        by: "company",
        unless: "didn't|never|not|if",
        in: ["notes"],
      },
      {
        p: "update|updates|updated|check-in|checked_in|checking_in ~4 regular|regularly|every|each|step|weekly|again|another|quick|brief",
        by: "company",
        in: ["notes"],
      },
    ],
  },
  {
    id: "interest-reconfirmed",
    label: "Recruiter reconfirmed your interest",
    polarity: "positive",
    phase: "after",
    strength: "strong",
    seeds: ["003"],
    meaning:
      "After the interviews, the recruiter checked you are still interested and what you expect to earn.",
    advice:
      "This often comes right before an offer. Stay consistent with the salary you gave before; a large jump now is a red flag to them.",
    cues: [
      {
        p: "reconfirm|re-confirm|confirm|confirming|check|checking|double-check|make_sure|verify ~4 still ~2 interest*|keen|on_board|want",
        by: "company",
      },
      {
        p: "reconfirm|re-confirm|confirm|double-check ~4 interest|expectations|salary|number|availability|notice",
        by: "company",
        unless: "interview|time|slot|attendance|receipt",
      },
      {
        p: "still ~2 interested|keen|excited|on_board ~3 ?|in_the_role|in_the_position|in_the_job|in_joining",
        by: "company",
        in: ["email", "transcript"],
      },
      {
        p: "ask|asked|call|called|check|checked|wanted_to_know ~4 if|whether ~3 i ~2 still ~2 interest*|keen|want",
        by: "company",
        in: ["notes"],
      },
    ],
  },
  {
    id: "hiring-manager-call",
    label: "The hiring manager called you",
    polarity: "positive",
    phase: "after",
    strength: "strong",
    seeds: ["003"],
    meaning: "The hiring manager phoned you directly, outside the scheduled rounds: often a pre-close.",
    advice:
      "A direct call from the hiring manager is one of the strongest tells. Be ready to talk about timing and what would make you say yes.",
    cues: [
      {
        p: "hiring_manager|manager|director|head|vp|ceo|founder|cto|boss|partner ~5 call|called|calling|phone|phoned|phoning|ring|rang|ringing|reached_out|rings ~3 me|you|directly|personally|himself|herself|themselves",
        by: "any",
        in: ["notes"],
        unless: "if|will|might|may|would|going_to|scheduled|booked|interview|round|late|wait|waiting",
      },
      {
        // "Marcus called me. Himself, on my cell." / "Victoria phoned me herself."
        p: "call|called|phoned|phone|rang|ring ~1 me ~4 himself|herself|themselves|personally|directly|on_my_cell|on_my_mobile|on_my_phone",
        by: "company",
        in: ["notes"],
        unless: "scheduled|booked|interview|round|screen|will|going_to|recruiter|hr",
      },
      {
        // "Colm would like to call you himself tomorrow evening, if that suits."
        p: "call|phone|ring|speak_with|talk_to|chat_with ~2 you ~3 himself|herself|themselves|personally|directly",
        by: "company",
        in: ["email"],
        evenIfConditional: true,
        unless: "interview|round|panel|test|assessment|screen",
      },
      {
        p: "call|called|phone_call|rang|ring ~3 from ~4 hiring_manager|manager|director|head|vp|ceo|founder|cto",
        by: "any",
        in: ["notes"],
        unless: "if|will|might|may|would|going_to|scheduled|round|interview|screen|set_up",
      },
      {
        p: "give|gave|have|had|get|got ~3 you|me ~2 a ~1 call|ring|quick_call|phone_call",
        by: "company",
        in: ["email"],
        with: "hiring_manager|manager|director|head|vp|ceo|founder|cto|i'd_like|i_would_like|wants_to|would_like|personally|directly|myself",
        unless: "interview|round|recruiter_screen|schedule_your|book_your",
      },
      {
        p: "speak|talk|chat ~3 with|to ~3 you ~3 personally|directly|myself|before",
        by: "company",
        in: ["email"],
        with: "hiring_manager|manager|director|head|vp|ceo|founder|cto|i'd_like|i_would_like|wants_to|would_like|personally|directly",
        unless: "interview|round|panel|test",
      },
    ],
  },

  // ───────────── after the interview: negative ─────────────
  {
    id: "curt-reply",
    label: "Curt reply to your thank-you",
    polarity: "negative",
    phase: "after",
    strength: "weak",
    seeds: ["001"],
    meaning: "Your thank-you note got a short, dry, generic reply.",
    advice: "Busy people write short replies; at a large company it means even less. Weak on its own.",
    cues: [
      {
        p: "curt|short|dry|terse|brief|one-line|one_line|one-word|one_word|cold|generic|form ~3 reply|response|answer|note|email",
        by: "company",
        in: ["notes"],
        unless: "auto|automatic|out-of-office|out_of_office|my",
      },
      {
        p: "that's|that_is|that_was|was ~2 the_whole|the_entire|all_of_the ~1 email|reply|response|message|note",
        by: "any",
        in: ["notes"],
      },
    ],
  },
  {
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
        unless: "yet_but|if_i_don't|before|until|expect",
      },
      {
        p: "never|haven't|hasn't|didn't|no ~3 heard|reply|replies|response|responses|word|news|update|updates",
        by: "any",
        negation: "ignore",
        in: ["notes"],
        unless:
          "no_news_yet_but|if|until|before|expect|not_yet_due|heard_back_quickly|word_for_word|auto|automatic|out-of-office",
      },
      {
        p: "ghost|ghosted|ghosting|radio_silence|crickets|silence|silent|went_quiet|gone_quiet|gone_dark|went_dark|nothing_since|still_nothing|still_waiting|no_word",
        by: "any",
        in: ["notes"],
        unless:
          "silent_auction|silent_partner|silence_your|quiet_office|quiet_room|awkward_silence|long_pause|pause",
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
        unless:
          "if|until|before|yet_but|expect|promptly|quickly|time_to|chance_to|hesitate|need_to|have_to|phone_screen",
      },
      {
        // "No feedback after the interview", "didn't get any communication since".
        p: "no|zero|any ~1 feedback|communication|call|callback|call_back|revert|follow-up|followup|follow_up|result|results|information|intimation|response|reply|update|updates|news|word|comments|mail|email",
        by: "any",
        negation: "require",
        in: ["notes"],
        with: "after|since|post|weeks|months|ever|whatsoever|at_all|till_now|until_now|till_date|to_date|so_far|as_of_now|from_them|from_hr|from_their|from_the_company",
        // "No follow-ups at all" of the interview's questions is no silence after it.
        unless:
          "if|expect|before|quick|quickly|instant|immediate|immediately|during|within|no_news_yet_but|no_matter|no_need|question|questions|story|stories|answer|answers",
      },
      {
        // A promise of news that never came: "I was told I'd hear back with an update and never did".
        p: "hear|heard|call|contact|update|get_back|revert|reply|respond ~6 and_never|but_never|never_did|never_came|never_happened|which_never|that_never|never_heard|never_got",
        by: "any",
        in: ["notes"],
        negation: "ignore",
        unless: "if|until|before|expect|quickly|promptly",
      },
      {
        p: "stop|stopped|stops ~2 respond*|reply*|answer*|return*|communicat*|contact*|call*|picking_up",
        by: "company",
        in: ["notes"],
        unless: "if|until|before|i_stopped",
      },
    ],
  },
  {
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
  },

  // ───────────── outcomes ─────────────
  {
    id: "offer-made",
    label: "Offer made",
    polarity: "outcome",
    phase: "outcome",
    strength: "strong",
    seeds: ["003"],
    meaning: "A message or account says an offer was made, verbal or written.",
    advice:
      "An offer settles the read. Take your time with it: ask for it in writing and for the deadline, and weigh it on its own terms.",
    cues: [
      {
        p: "pleased|delighted|happy|excited|thrilled|glad ~4 offer|extend|to_offer",
        by: "company",
        unless: `${HYPOTHETICAL}|${NOT_YOUR_OFFER}|other|another|competing|hope|hoping|any|when|once`,
      },
      {
        p: "offer|offered|extend|extended|extending|make|made|making ~3 you|me ~3 the|a|an ~2 job|role|position|offer|post|place|apprenticeship|internship|contract",
        by: "company",
        unless: `${HYPOTHETICAL}|${NOT_YOUR_OFFER}|other|another|competing|could|can|may|hope|hoping|any|when|once|before`,
      },
      {
        p: "verbal_offer|written_offer|offer_letter|formal_offer|job_offer|an_offer|the_offer",
        by: "company",
        with: "got|received|receive|extend*|made|make|attached|sent|send|gave|give|pleased|delighted|here_is|here's|formal|verbal|written|accept*|sign*",
        unless: `${HYPOTHETICAL}|${NOT_YOUR_OFFER}|other|another|competing|hope|hoping|any|hypothetical|once|before|if|deadline|pending|expect*|possible|chance|potential|portal|go_to|you_have_to|you_need_to|you_can`,
      },
      {
        p: "got|received|landed|have|accepted ~3 the|an|a|verbal|written|formal ~2 offer",
        by: "candidate",
        in: ["notes"],
        unless: `${HYPOTHETICAL}|other|another|competing|hope|hoping|if|no|deadline|elsewhere|from_another|from_a_different|already`,
      },
      {
        // "helped me in getting the offer", "and get the offer in a week".
        p: "get|getting ~2 the|my ~1 offer|offer_letter",
        by: "any",
        in: ["notes"],
        unless: `${OFFER_UNLESS}|must|need|needs|to_get|for_getting|chance|chances|how|will|would|should|can|could|you|u|not|n't|never`,
      },
      {
        // "I got offer", "got my offer letter".
        p: "got|received|bagged|grabbed|landed ~2 offer|offers|offer_letter|loi",
        by: "any",
        in: ["notes"],
        unless: `${OFFER_UNLESS}|no`,
      },
      {
        // Turning an offer down still means it was made: "I didn't accept the offer", "decided not to take offer".
        p: "accepted|declined|refused|rejected|turned_down|took|signed ~3 offer|offers|offer_letter",
        by: "any",
        in: ["notes"],
        negation: "ignore",
        unless: `${OFFER_UNLESS}|should|would|will|how_to|whether_to|never_accept|advice|tips`,
      },
      {
        // In the present tense only when turned down ("decided not to take offer"): "then accept the
        // offer on the portal" is a step in a guide, not an account.
        p: "not|never ~2 accept|take|sign ~3 offer|offers|offer_letter",
        by: "any",
        in: ["notes"],
        negation: "ignore",
        unless: `${OFFER_UNLESS}|should|would|will|how_to|whether_to|advice|tips|you|u|must`,
      },
      {
        // "the offer was made", "offer letter got released", "offer was offered immediately".
        p: "offer|offer_letter|job_offer ~2 was|were|got|has_been|had_been|have_been ~2 made|given|offered|released|rolled|extended|sent|issued|mailed|emailed|presented|received|handed",
        by: "any",
        in: ["notes"],
        unless: `${OFFER_UNLESS}|will|after_selection|on_selection|for_the_selected|selected_candidates`,
      },
      {
        p: "release|released|releasing|roll_out|rolled_out|issue|issued|send|sent|gave|give|hand|handed|share|shared|confirm|confirms|confirmed ~3 me|my|the|an|a|our|your ~2 offer|offer_letter|job_offer",
        by: "company",
        in: ["notes"],
        unless: `${OFFER_UNLESS}|will|would|after_selection|on_selection|selected_candidates|they_release|usually`,
      },
      {
        // "They offered me a low package", "offered me the junior post".
        p: "offer|offered|offering ~1 me ~4 package|salary|ctc|role|position|job|hike|lpa|designation|band|grade|lakh|lakhs",
        by: "company",
        in: ["notes"],
        unless: `${OFFER_UNLESS}|for_interview|for_an_interview|for_the_interview|to_interview|test|chance|opportunity_to`,
      },
      {
        // "I got placed at the company", "I was selected" (for the job, not for a round).
        p: "i ~2 got|was|am|been|get ~1 selected|placed|hired",
        by: "candidate",
        in: ["notes"],
        unless: `${OFFER_UNLESS}|not|never|for_the|for_a|for_next|for_interview|for_round|for_second|for_final|for_hr|for_technical|for_tr|for_mr|to_the_next|in_the_aptitude|in_aptitude|in_the_test|in_test|in_the_written|in_written|in_the_exam|shortlist*|to_get|will|chance`,
      },
      // General frames of an offer told. The outcome guard (outcome-guard.ts) keeps only those stated
      // as facts, about this candidate, in this process.
      {
        // "I got the job", "landed the role", "won the place".
        // Told in the past: "get the job" is a wish or advice.
        p: "got|landed|won|bagged|secured ~2 the|a|this ~2 job|role|position|post|place|internship|apprenticeship|gig",
        by: "any",
        in: ["notes"],
      },
      {
        // "the job's yours".
        p: "job|role|position|post|place ~1 is|'s ~1 yours|mine",
        by: "any",
      },
      {
        // "I've been offered the post", "was offered the job subject to…".
        p: "be|been|was|were|got|am|'m ~2 offered ~3 the|a|an|this ~3 job|role|position|post|place|apprenticeship|internship|contract",
        by: "any",
      },
      {
        // "offer accepted", "conditional offer received", "the contract came through".
        p: "offer|offer_letter|contract ~3 came|arrived|came_through|came_thru|accepted|approved|attached|received|confirmed|signed|extended|released|issued|available|given|generated|rolled_out|made",
        by: "any",
      },
      {
        // "they came back with an offer", "emailed me an offer", "made me an offer".
        p: "came_back|come_back|emailed|sent|mailed|gave|made|make|makes ~2 with|me|you ~2 an|a|the|their|my|your ~2 offer|offer_letter",
        by: "company",
      },
      {
        // "they said yes", "they want me", "they wanted me" (not "wanted me to do a test").
        p: "they_said_yes|they've_said_yes|they_say_yes|want_me|wants_me|wanted_me",
        by: "company",
        in: ["notes"],
        unless: "to|for|back|at|in|if|whether|would",
      },
      {
        // "Got selected.", notes that leave out their writer (a step is the guard's: "selected for the next round").
        p: "got_selected|get_selected|been_selected|got_placed|been_placed",
        by: "any",
        in: ["notes"],
      },
      {
        // "they offered the same pay", "offered a junior role".
        p: "offer|offered ~3 the|a|an ~3 package|ctc|salary|role|position|job|post|place",
        by: "company",
        in: ["notes"],
        unless: `${OFFER_UNLESS}|to_interview|for_interview|chance`,
      },
      {
        // "I joined the firm as a trainee": the job was had (not "joined the call").
        p: "i ~2 joined|have_joined|had_joined",
        by: "candidate",
        in: ["notes"],
        unless: `${OFFER_UNLESS}|before|previously|earlier`,
        unlessAfter:
          "call|meeting|zoom|teams|interview|session|video|link|queue|lunch|webinar|panel|us|them|him|her|the_line|waiting|event|fair",
      },
      {
        // "They take me!", "I'm hired".
        p: "hire|hired ~1 me",
        by: "company",
      },
      {
        p: "im|i'm|i_am|i_was|i've_been|i_have_been|i_got|got ~1 hired",
        by: "any",
        in: ["notes"],
      },
      {
        // "We look forward to welcoming you", "we would love for you to join us", "we want you on the team".
        p: "look_forward_to_welcoming|would_love_for_you_to_join|would_like_you_to_join|want_you_on_the_team|want_you_to_join|love_to_have_you|like_you_to_start|want_you_to_start|welcome_you_aboard|welcome_you_to_the_team|welcome_you_on_board",
        by: "company",
      },
      {
        // "you have been selected for the position of…".
        p: "you|i ~3 selected|chosen ~1 for ~3 position|role|job|post|vacancy",
        by: "any",
      },
      {
        // "This confirms our offer of employment".
        p: "confirm|confirms|confirming|confirmed ~3 our|your|the|this ~2 offer",
        by: "company",
        in: ["email"],
      },
      {
        // "the board has approved your appointment".
        p: "approved|confirmed|confirm ~2 your|my ~1 appointment",
        by: "company",
      },
    ],
  },
  {
    id: "rejected",
    label: "Not moving forward",
    polarity: "outcome",
    phase: "outcome",
    strength: "strong",
    seeds: ["003"],
    meaning: "A message or account says you will not move forward.",
    advice:
      "A rejection settles this process. Ask for feedback once, politely; then put the energy into the next one.",
    cues: [
      {
        p: "not|won't|will_not|unable_to|no_longer ~4 move|moving|proceed|proceeding|progress|progressing|advance|advancing|continue|pursue|pursuing|take|go|going ~3 forward|further|ahead|with_your|your_application|your_candidacy|to_the_next",
        by: "company",
        negation: "ignore",
        unless: "if|unless|whether|before|until|would_not_be|why",
      },
      {
        p: "decide|decided|decision|chose|chosen|choose|select|selected|selection|go|going|move|moving|proceed|proceeding ~6 other|another|different ~2 candidate|candidates|applicant|applicants|direction|person|someone",
        by: "company",
        unless: "if|whether|before|until",
      },
      {
        p: "position|role|vacancy|job ~6 filled|closed|been_filled|no_longer_available",
        by: "company",
        // Plural: how a team should be ("vacancies filled"), not this candidate's post.
        unless: "if|whether|before|until|portal|status|vacancies|positions|roles|jobs",
        negation: "ignore",
      },
      {
        p: "unsuccessful|not_successful|not_been_successful|not_selected|weren't_selected|not_been_selected|haven't_been_selected|regret_to|not_a_match|not_the_right_fit|not_a_fit|decided_against|turned_down|rejection|rejected|rejection_email|got_rejected|was_rejected",
        by: "any",
        unless:
          "ago|handle|deal_with|how_do_you|cope|i_rejected|i_turned_down|i_declined|declined_their|rejected_their|turned_down_their|turned_down_the_offer|rejected_the_offer|not_rejected|who_are_not|who_were_not|who_is_not|those_not|will_be_informed|will_be_notified|are_informed|are_notified|" +
          // The silence told, not a rejection: "not even a rejection email", "no rejection or notification".
          "not_even|no_rejection|without_a_rejection|never_got_a|never_received_a|didn't_get_a|did_not_get_a|didn't_even|did_not_even|" +
          // The volume form: "we regret that we cannot respond to each application individually".
          "respond|reply_to_each|individually|each_application|every_application",
        // A hope or a condition before it frames it ("I hope I wasn't rejected"); one in a later
        // clause does not ("you weren't selected, but we hope you will apply again").
        unlessBefore: "if|whether|hope|hoping|afraid|fear|worried|expect|expecting",
        negation: "ignore",
      },
      {
        // "They simply decided to pass", "decided not to proceed".
        p: "decided|decide|chose|choose|opted ~2 to_pass|not_to_proceed|not_to_move|not_to_go|to_go_another_way|to_go_in_another|to_go_with_someone|not_to_extend|not_to_make|not_to_offer|not_to_hire",
        by: "company",
        negation: "ignore",
        unless: `${REJECTION_UNLESS}|i`,
      },
      {
        // "We are unable to offer you a position at this time."
        p: "unable_to|not_able_to|cannot|can't|couldn't|won't_be_able_to ~1 offer|extend ~3 you|position|role|job|offer|employment",
        by: "company",
        unless: REJECTION_UNLESS,
      },
      {
        // "…the credentials of other candidates may better fit our needs."
        p: "other|another ~3 candidate|candidates|applicant|applicants ~4 better|more_closely|more_suited|better_suited|closer|more_aligned ~2 fit|fits|match|matches|meet|meets|suit|suits|align|aligned|qualified",
        by: "company",
        unless: REJECTION_UNLESS,
      },
      {
        // "Another applicant has accepted, so we are closing the vacancy."
        p: "closing|close|closed ~2 the|this|our ~1 position|role|requisition|req|search|opening|vacancy",
        by: "company",
        with: "accept|accepted|filled|hired|offer|candidate|another|someone",
        unless: REJECTION_UNLESS,
      },
      {
        p: "i_failed|didn't_get_it|did_not_get_it|didn't_get_the_job|didn't_get_the_offer|didn't_get_an_offer|didn't_make_it|didn't_get_through|did_not_get_through|wasn't_called_back|was_not_called_back|not_called_back|wasn't_selected|was_not_selected|never_got_the_job|got_rejected|was_rejected|turned_me_down|rejected_me",
        by: "any",
        in: ["notes"],
        negation: "ignore",
        // "I failed one question", "a brainteaser … but I didn't get it": a question, not the process.
        unless:
          "if|whether|hope|afraid|fear|worried|expect|expecting|before|ago|last_year|previous|previously|another_company|elsewhere|failed_one|failed_a|failed_the_first|question|brainteaser|brain_teaser|puzzle|riddle|joke",
      },
      {
        // The candidate's own words for not getting through: "I didn't clear the HR round",
        // "I was not able to reach the final round", "I never got beyond the phone screen".
        p: "i ~3 not|never|unable|failed ~3 clear|pass|crack|qualify|reach|get_beyond|get_past|get_through|go_beyond|make_it_past|make_it_to|make_it_through|make_the_cut|get_to_the|get_to_that|get_to_next|get_selected|get_shortlisted|get_a_second|get_the_second|get_second|get_the_next|get_next|get_the_job|get_a_job|get_job|get_an_offer|get_the_offer|get_offer|receive_an_offer|receive_the_offer|receive_offer",
        by: "any",
        in: ["notes"],
        negation: "ignore",
        unless: `${REJECTION_UNLESS}|first_attempt|first_time|last_time|wait|time_to|in_time|on_time|all_the|all_questions|every_question|the_whole`,
      },
      {
        // The same with the subject left out, as notes often do: "Didn't pass the phone interview.",
        // "Phone screen went well, but didn't get a second round."
        p: "did_not|never|failed_to ~1 pass|clear|crack|qualify|get_beyond|get_past|get_through|make_it_past|make_it_to|make_the_cut|get_a_second|get_the_second|get_second|get_the_next|get_next|get_to_the_next|get_an_offer|get_the_offer|get_offer",
        by: "any",
        in: ["notes"],
        negation: "ignore",
        unless: `${REJECTION_UNLESS}|you|u|anyone|one|they|he|she|people|candidates|students|many|most|easy|hard|tough|difficult|first_attempt|first_time|wait|time_to|in_time|on_time`,
      },
      {
        // "they will not consider me", "they had already filled their quota".
        p: "not|no_longer ~2 consider|considering ~1 me|my|your_application|your_candidacy",
        by: "company",
        in: ["notes"],
        negation: "ignore",
        unless: `${REJECTION_UNLESS}|i_would|i_did|i_do|i_will|you_should`,
      },
      {
        p: "filled|fill ~2 their|the|all|our ~1 quota|position|positions|role|roles|spots|openings|vacancy|vacancies|headcount",
        by: "company",
        in: ["notes"],
        unless: `${REJECTION_UNLESS}|will|may|can|usually|quickly_fill|fill_in|fill_out|to_fill|need_to_fill|trying_to_fill|looking_to_fill|many_roles|roles_to_fill`,
      },
      {
        p: "was_declined|were_declined|got_declined|passed_on_my|passed_on_your|passed_on_me|pass_on_my|pass_on_your",
        by: "any",
        in: ["notes"],
        unless: `${REJECTION_UNLESS}|next_steps|will_pass|would_pass`,
        // "He will pass on my details to the team" forwards them: a receiver after it.
        unlessAfter: "to|along|over|onto|forward",
      },
      {
        // "Though I did not get selected", "not shortlisted for the next round", "not being considered".
        p: "not|never|no_longer ~3 selected|shortlisted|short-listed|hired|considered|moved_forward|taken_forward|called_back",
        by: "any",
        in: ["notes"],
        negation: "ignore",
        // "never got an email saying I was no longer considered" tells of a silent portal, not a rejection.
        unless: `${REJECTION_UNLESS}|who|those|candidates|students|anyone|people|you|u|will|would|can|may|yet|considered_a|considered_as|considered_to|considered_the|never_got|never_received|notification|portal|status`,
      },
      {
        // Not asked back: "Was not invited for the second round", "they never called me back in".
        p: "not|never ~2 invited|called|brought ~4 back|next|second|2nd|third|3rd|final|further|onsite|on-site|another_round|another_interview",
        by: "any",
        in: ["notes"],
        negation: "ignore",
        unless: `${REJECTION_UNLESS}|yet|will|would|may|might|anyone|people|candidates|students|you|u|she_was|he_was|they_were|we_were`,
      },
      {
        // The company saying it is not interested, or wants someone else: "an email saying they
        // weren't interested", "they told me they are looking for someone with more experience".
        p: "not|no_longer ~3 interested|looking_for_someone|looking_for_a_person|looking_for_people|looking_for_my|looking_for_candidates",
        by: "company",
        in: ["notes"],
        negation: "ignore",
        with: "say|said|saying|says|tell|told|telling|email|e-mail|mail|mailed|emailed|call|called|inform|informed|reply|replied|response|letter|message|let_me_know",
        unless: `${REJECTION_UNLESS}|seem|seemed|seems|look_interested|looked_interested|look_very|looked_very|show|showed|sound|sounded|i_was_not|i'm_not|i_am_not`,
      },
      {
        p: "look|looking|looked|want|wanted|need|needed|prefer|preferred ~2 for ~1 someone|somebody|a_candidate|candidates|people|a_person|an_applicant ~4 more|else|different|stronger|senior|better|other",
        by: "company",
        in: ["notes"],
        with: "say|said|saying|says|tell|told|telling|email|e-mail|mail|mailed|emailed|call|called|inform|informed|reply|replied|response|letter|message|feedback|reason",
        unless: REJECTION_UNLESS,
      },
      // General frames of a rejection told; the outcome guard keeps the facts about this candidate.
      {
        // "it's a no", "got a no from the board", "thanks but no thanks".
        p: "it's_a_no|its_a_no|it_is_a_no|a_no_from|the_no_from|got_a_no|thanks_but_no|no_thanks",
        by: "any",
        negation: "ignore",
      },
      {
        // "they went with someone else", "decided to go with a candidate who…".
        p: "went|go|going|gone ~1 with ~2 someone|somebody|another|other|a_different|a_candidate|an_internal|the_other",
        by: "company",
      },
      {
        // "knocked back at the final stage".
        p: "knocked_back|knock_back|got_knocked",
        by: "any",
      },
      {
        // "we won't be offering you the role".
        p: "won't_be|will_not_be|not_be ~1 offering|extending|making ~3 you|an|the|a",
        by: "company",
        negation: "ignore",
      },
      {
        // "you have not passed this stage".
        p: "not|n't ~3 pass|passed|cleared|clear ~3 interview|round|stage|assessment",
        by: "company",
        negation: "ignore",
      },
      {
        // "we decided to pursue other candidates".
        p: "chosen|chose|decided|opted ~2 to ~1 pursue|pursuing ~2 candidates|applicants|other|others",
        by: "company",
      },
      {
        // A portal's status: "portal status: 'Not selected'", "status shows 'Declined'".
        p: "status ~8 rejected|unsuccessful|not_selected|declined|not_progressed",
        by: "any",
        negation: "ignore",
      },
      {
        // "they did not wish to continue", "decided they don't want to go on with me".
        p: "not|n't|no_longer ~2 want|wish|like ~2 to ~1 continue|proceed|move_forward|go_ahead|go_forward|progress",
        by: "company",
        negation: "ignore",
      },
      {
        // "The answer was negative."
        p: "answer|response|decision ~2 is|was ~1 negative",
        by: "company",
      },
      {
        p: "reject_mail|reject_email|reject_e-mail|reject_letter|reject_message|a_reject|no_offer|without_an_offer|without_offer",
        by: "any",
        in: ["notes"],
        negation: "ignore",
        unless: REJECTION_UNLESS,
      },
    ],
  },
];

const BY_ID = new Map<SignalId, SignalDef>(CATALOGUE.map((def) => [def.id, def]));

export function signalDef(id: SignalId): SignalDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown signal id ${id}`);
  return def;
}
