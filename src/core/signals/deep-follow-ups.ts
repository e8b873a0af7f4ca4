import type { SignalDef } from "./signal.js";

export const deepFollowUps: SignalDef = {
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
      p: "follow-ups|followups|follow-up_questions|follow_up_questions|follow_ups|follow_up_q|follow_up_qs|follow-up_q|follow-up_qs",
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
      unless: "how_it_went|mom|mum|dad|wife|husband|partner|friend|family",
    },
    {
      // Asking on, the candidate's story not let go: "he kept asking", "she kept at it".
      p: "kept|keep|keeps ~1 asking|questioning|at_it|going|coming_back",
      by: "company",
      in: ["notes"],
      stated: true,
      unless:
        "i_kept|i_keep|salary|pay|money|notice|when_i_could_start|time|clock|phone|checking|looking|how_it_went|mom|mum|dad|wife|husband|partner|friend|family",
    },
    {
      // Many whys: 'she asked many "why" and "what exactly"'.
      p: "asked|asks|asking ~2 many|lots|loads|plenty|several|a_lot ~3 why|whys|how|hows|what_exactly|follow-up|follow_up|follow-ups",
      by: "company",
      in: ["notes"],
      stated: true,
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
      // A question about what the candidate did in the story just told, asked back: "she asked what I
      // did the following week", "he asked what I changed afterward and then what happened". Asking
      // why they applied or what they know of the company opens a topic; it follows nothing up.
      p: "asked|ask|asks|asking|wanted_to_know|want_to_know ~3 what|how|why|whether|who|if ~2 i|we ~3 did|do|changed|change|learned|learnt|felt|handled|got|used|use|measured|measure|decided|told|said|chose|fixed|found|reacted|followed|would|'d|managed|convinced|dealt",
      by: "company",
      in: ["notes"],
      stated: true,
      with: "afterward|afterwards|after|then|next|following|that|this|exactly|differently|again|result|outcome|happened|instead|later",
      unless:
        "i_asked|applied|apply|application|leave|leaving|heard_about|know_about|knew_about|why_i_want|interested|salary|pay|notice|start|interview|company|position|role|job|weakness|strength|strengths|weaknesses|hobbies|five_years",
    },
    {
      // Pressing on one answer: "he pushed on the sepsis one", "she followed up on the valuation story".
      p: "pushed_on|pressed_on|pushed_me_on|pressed_me_on|followed_up_on|follow_up_on|picked_up_on|zoomed_in_on|drilled_into|honed_in_on|homed_in_on ~3 the|my|that|this|one|story|answer|example|scenario|project|point|case",
      by: "company",
      in: ["notes"],
      stated: true,
      unless: "i_pushed|i_pressed|i_followed|email|mail|thank|application|not|n't|never",
    },
    {
      // Taking up a topic further: "she asked me more about the rota I built", "then asked more
      // about the audit". Not the practical questions ("asked more about my notice").
      p: "asked|ask|asks|asking|questioned|wanted_to_know ~2 more|further ~1 about|on|into",
      by: "company",
      in: ["notes"],
      stated: true,
      unless:
        "i_asked|i_wanted|not|n't|never|would|if|availability|notice|start|salary|pay|visa|relocation|benefits|holiday|holidays|the_company|the_role|the_job|the_position",
    },
    {
      // The story taken on past its end: "he asked how it turned out and who signed it off".
      p: "asked|ask|asks|asking|wanted_to_know|want_to_know ~3 what_happened|what_came_next|how_it_ended|how_that_ended|how_it_turned_out|how_that_turned_out|what_the_outcome|what_the_result",
      by: "company",
      in: ["notes"],
      stated: true,
      unless: "i_asked|i_wanted|not|n't|never|would|if|application|interview|hiring_process|decision",
    },
    {
      // An answer, then a how or a why on it: "I said we halved the backlog and she asked how", "I told him
      // about the audit and he asked why it failed".
      p: "i ~1 said|told|explained|mentioned|answered|described ~10 and|so|then ~1 he|she|they ~1 asked|wanted_to_know ~1 how|why",
      by: "any",
      in: ["notes"],
      stated: true,
      unless: "not|n't|never|would|if|salary|pay|notice|start|availability|applied|application",
    },
    {
      // "then he asked more and more detail".
      p: "asked|ask|asks|wanted|want|wants ~2 more_and_more|more_detail|more_details|even_more ~2 detail|details|questions|specifics|about|on",
      by: "company",
      in: ["notes"],
      stated: true,
      unless: "i_asked|i_wanted|not|n't|never|would|if",
    },
    {
      // Coming back at an answer: "every answer I gave, he came back with another why".
      p: "came|comes|come|coming ~1 back ~2 with ~3 another|more|follow-up|follow-ups|why|whys|question|questions",
      by: "company",
      in: ["notes"],
      unless: "i_came|not|n't|never|would|if|will|'ll|email|mail|decision|answer_by|offer",
    },
    {
      // Asking for exactly what happened: "she stopped me and asked how exactly I got them on board".
      p: "asked|ask|asking|wanted_to_know|want_to_know|pressed ~3 how_exactly|what_exactly|why_exactly|who_exactly|exactly_how|exactly_what|exactly_why|exactly_who",
      by: "company",
      in: ["notes"],
      stated: true,
      unless: "i_asked|i_wanted|not|n't|never|would|if",
    },
    {
      // Pressing an answer for substance: "asked for the actual numbers", "pushed for a concrete example".
      p: "asked|pressed|pushed|pushing|pressing ~1 for ~2 more|another|concrete|actual|exact|real ~1 detail|details|example|examples|numbers|figures|specifics|evidence",
      by: "company",
      in: ["notes"],
      stated: true,
      unless: "i_asked|not|n't|never|would|if|application|form",
    },
    {
      // An answer challenged: "he pushed back on my answer", "she challenged me on the budget".
      p: "pushed_back|push_back|pushing_back|pushes_back ~0 on|at|against ~2 my|what_i|that|it|answer|answers|point|estimate|numbers",
      by: "company",
      in: ["notes"],
      stated: true,
      unless: "i_pushed|not|n't|never|would|if",
    },
    {
      p: "challenged|challenging ~0 me|my ~2 on|about|answer|answers|point|assumption|assumptions|numbers|figures|estimate|reasoning|thinking",
      by: "company",
      in: ["notes"],
      stated: true,
      unless: "i_challenged|not|n't|never|would|if",
    },
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
};
