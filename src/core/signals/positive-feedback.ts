import type { SignalDef } from "./signal.js";
import { HYPOTHETICAL } from "./words.js";

export const positiveFeedback: SignalDef = {
  id: "positive-feedback",
  label: "Praised your answers",
  polarity: "positive",
  phase: "during",
  strength: "medium",
  seeds: ["001", "002"],
  meaning: 'The interviewer affirmed your answers: "great answer", "exactly what we\'re looking for".',
  advice: "Specific praise is a good sign; reflexive praise is just manners. Note which answers drew it.",
  cues: [
    {
      // What they lack, said of the candidate's answer or record: "exactly what we need", "just the
      // kind of experience they are missing".
      p: "exactly|precisely ~3 what|the_kind|the_sort ~3 need|needs|needed|want|look*|after|hoped|missing|lacking|lack|require*",
      by: "company",
    },
    {
      // Something of the candidate's praised to their face: "your English is good", "your portfolio
      // is really strong". Not the line, the timing or the paperwork: "your audio is good now".
      p: "your ~2 is|was|are|were|'s ~2 good|great|excellent|impressive|strong|solid|perfect|fantastic|brilliant|superb|outstanding|spot_on|really_good|very_good|really_strong|very_strong|really_impressive|very_impressive",
      by: "company",
      in: ["transcript", "email"],
      unless:
        "if|not|n't|never|would|could|should|need|needs|must|what|how|whether|is_your|was_your|are_your|date|time|timing|notice|availability|address|email|number|salary|expectation|expectations|connection|internet|audio|camera|video|sound|mic|microphone|screen|line|signal|english_needs",
    },
    {
      // Said back to an answer in the interview: "that's the kind of thing we need", "that's the
      // sort of experience we're after". Told in a transcript, the "that" is the answer just given.
      p: "that's|that_is|that_was ~1 the_kind|the_sort|just_the_kind|just_the_sort|exactly_the_kind ~3 we|they ~2 need|needs|want|look*|after|missing|lack*",
      by: "company",
      in: ["transcript"],
      unless: "if|not|n't|never|whether|what",
    },
    {
      // The candidate as the one sought: "exactly the profile", "precisely the background we need".
      p: "exactly|precisely|just ~1 the|the_right ~1 profile|person|fit|type|kind|sort|candidate|experience|background|skills|skillset|mindset",
      by: "company",
      stated: true,
      unless: "if|hope|hoping|not|n't|never|what|whether",
      // What they seek, said before it ("we are looking for exactly the right person"), is no praise.
      unlessBefore: "looking|look|seeking|search*|need|want|find|hire|hiring",
    },
    {
      // An answer called right: "that's the right split", "that's the correct order".
      p: "that's|that_is|that_was ~1 the|a|exactly_the ~1 right|correct ~1 answer|split|call|approach|way|idea|instinct|thinking|order|choice|priority",
      by: "company",
      unless: "not|n't|question|what|whether|if|is_that",
    },
    {
      // The candidate's reasoning agreed with: "he disagreed with one choice, then agreed with my reasoning".
      p: "agreed|agrees|agree ~2 with ~2 my|your ~1 reasoning|approach|answer|point|logic|choice|thinking|call",
      by: "company",
      stated: true,
      unless: "i_agreed|not|n't|never|if|hope",
    },
    {
      // Dry praise quoted: 'he said "not bad"'.
      p: "said|says ~2 not_bad|not_too_bad|not_half_bad",
      by: "company",
      in: ["notes"],
      negation: "ignore",
      // Who said it is the actor's to tell ("I said 0.3%, he said 'not bad'" is his).
      unless: "if|hope",
    },
    {
      // The way the candidate did something, liked: "he said he liked how I handled the angry
      // customer", "she loved that I had checked the figures first".
      p: "like|liked|love|loved|appreciate|appreciated|enjoyed ~1 how_i|the_way_i|that_i",
      by: "company",
      in: ["notes"],
      stated: true,
      unless: "i_liked|i_loved|i_appreciated|i_enjoyed|would|if|hope|hoping|not|n't|never|asked|ask",
    },
    {
      // Praise words quoted over and over: 'she kept saying "perfect" and "love that"'.
      p: "kept|keeps|kept_on ~1 saying|nodding_and_saying ~3 perfect|great|brilliant|excellent|love_that|spot_on|exactly|good_point|amazing|fantastic|wonderful",
      by: "company",
      in: ["notes"],
      unless: "i_kept|not|n't|never|hope",
    },
    {
      p: "great|excellent|fantastic|brilliant|strong|good|clever|smart|thoughtful|impressive|solid|terrific|superb|wonderful|insightful|right|fair|useful|helpful|compelling|convincing|refreshing ~1 answer|answers|example|examples|point|approach|solution|response|responses|idea|thinking|instinct|call|story|portfolio|argument|reason|reasoning|catch|observation|framing",
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
      // Praise named as such, in notes or thanked for in the candidate's mail: "thank you for the kind
      // words about my portfolio", "she paid me a compliment on the model".
      p: "kind_words|nice_words|compliment|compliments|complimented|positive_feedback|kind_feedback|great_feedback|lovely_feedback|nice_things|kind_things|praise|praised",
      by: "company",
      stated: true,
      unless: `${HYPOTHETICAL}|hope|hoping|no|not|n't|never|any_feedback|candidate|candidates|last_year`,
    },
    {
      // Praise quoted on an answer, with no verb: '"Brilliant", "lovely" on the mistake question',
      // 'the director: "very positive"'.
      p: "brilliant|excellent|lovely|perfect|spot_on|love_that|great_answer|good_answer|nice_one ~6 on|about|for|after ~3 question|answer|example|story|case",
      by: "company",
      in: ["notes"],
      stated: true,
      unless:
        "i_said|i_gave|i_thought|my_own|not|n't|if|would|hope|office|place|view|lunch|coffee|every|each|always",
    },
    {
      p: "very_positive|really_positive|extremely_positive|overwhelmingly_positive|hugely_positive",
      by: "company",
      in: ["notes"],
      stated: true,
      unless:
        "i_was|i_am|i'm|i_felt|i_feel|i_stay|i_remain|stay|remain|about_the|about_it|about_this|myself|not|n't|hope|if|it_was|experience|overall|atmosphere|environment",
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
      p: "said|says ~2 good|great|excellent|brilliant|fantastic|impressive|spot_on|love_that|lovely|helpful|perfect|nice",
      by: "company",
      in: ["notes"],
      within: 2,
      stated: true,
      unlessAfter:
        "luck|morning|afternoon|evening|night|bye|see|to_meet|meeting|question|questions|weekend|day|time|news|weather|office|place|view|car|shoes|tie|jacket|to_see|to_hear|chat|talking|one",
      // Said after every answer, or on the way to the next question, it is manners. Who said it is
      // the actor's to tell ("I said I'd used it and she said 'oh good'" is hers).
      unless: "not|n't|if|every|each|always|ok|okay|next_question|moved_on|move_on",
    },
    {
      // A reaction quoted a few words after "said": 'she said "oh I love that" when I answered'.
      p: "said|says|went|replied ~5 love_that|love_it|loved_that|brilliant|fantastic|spot_on|impressive|well_done|nice_one|very_solid|really_solid|outstanding|superb|top_notch|bang_on|fair_play|good_job|great_job|nice_work|good_stuff|nicely_done|top_class",
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
      // The impression the candidate made, told by them: "you made a great impression on the team",
      // "you came across really well", "she said I'd left a strong impression".
      p: "made|make|left|leave ~3 great|good|strong|excellent|fantastic|lasting|positive|very_good|real|big|wonderful ~1 impression",
      by: "company",
      stated: true,
      unless: "if|hope|hopefully|try|trying|tried|want|wanted|need|how_to|tips|make_sure",
    },
    {
      p: "came|come|coming|comes ~1 across ~3 well|great|strong|brilliant|confident|impressive|really_well|very_well|so_well",
      by: "company",
      stated: true,
      unless:
        "if|hope|hopefully|try|trying|tried|want|wanted|need|how_to|tips|make_sure|think_i|felt_i|i_think|i_felt",
    },
    {
      // Their view of the candidate: "the team thought you were excellent", "we all felt you'd be a strong fit".
      p: "thought|think|felt|feel|agreed|agree|consensus|view|said ~4 you|you're|you'd|i|i'd|i'm ~2 were|are|be|'re|been ~2 excellent|brilliant|outstanding|fantastic|great|impressive|strong|terrific|superb|very_good|really_good|great_fit|strong_fit|good_fit|perfect_fit|the_strongest|the_best",
      by: "company",
      stated: true,
      unless:
        "if|hope|hopefully|would_you|do_you|did_you|what_do|what_did|how_do|how_did|at_your|in_your|your_current",
    },
    {
      p: "impress|impressed|impressive|blown_away",
      by: "company",
      // "Although we were impressed by your skills, we are unable to offer you…": a letdown's politeness.
      unless:
        "try|trying|want|to_impress|if|although|though|unfortunately|unable|regret|not_able|cannot|can't|applications|applicants|candidates|field|pool|calibre|caliber|strength_of|number_of|quality_of|response_to",
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
      // Someone's view of something of the candidate's, passed on: "the director felt your budgeting was
      // impressive", "she said my portfolio was strong".
      p: "thought|felt|reckoned|said|mentioned|told_me|found ~2 your|my ~4 was|were|is|are ~2 strong|impressive|excellent|outstanding|great|brilliant|exceptional|good|really_good|very_good|more_than_fine|spot_on",
      by: "company",
      stated: true,
      // What is of the candidate but no merit of theirs: "she said my notice period is good for them".
      unless:
        "i_thought|i_felt|i_said|i_told|i_mentioned|i_found|not|n't|never|if|hope|would|should|could|notice|timing|availability|date|dates|start|salary|pay|expectation*|commute|travel|visa|paperwork|documents|application|references|check|checks|flight|hotel|parking",
    },
    {
      // How the company took the candidate, told of one of them: "the head of year was delighted", "the
      // owners were thrilled with the sample menu".
      p: "was|were|seemed|looked|sounded ~2 chuffed|delighted|thrilled|blown_away|wowed|made_up",
      by: "company",
      stated: true,
      unless: "i_was|i'm|i_am|i_felt|we_were|not|n't|never|if|hope|would|office|building|weather|news",
    },
    {
      // A score told: "the recruiter said my presentation was the top scored of the week".
      p: "highest|top|best ~1 scored|score|scoring|mark|marks|rated",
      by: "company",
      stated: true,
      unless: "if|hope|need|needs|must|candidate_with|whoever|the_person_who",
    },
    {
      // "That was the one right answer to the fire-door question".
      p: "only|one ~1 right|correct ~1 answer",
      by: "company",
      unless: "not|n't|no|what|whether|if|is_there|there's_no|there_is_no|never",
    },
    {
      // "That's what we want to hear", "that's what I like to see".
      p: "that's|that_is|thats ~1 what ~1 i|we ~1 like|love|want|wanted|need ~1 to_hear|to_see",
      by: "company",
    },
    {
      // Praise passed on: "HR told me I did well", "the feedback was that I performed great".
      p: "said|told|saying|feedback ~6 i|my ~3 did|done|performed|answered|went|go ~2 well|good|great|nicely|excellent|brilliantly",
      by: "company",
      in: ["notes"],
      unless: "i_said|i_told|not|never|n't|if|hope",
    },
  ],
};
