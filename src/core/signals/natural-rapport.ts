import type { SignalDef } from "./signal.js";
import { FRIENDLY } from "./words.js";

export const naturalRapport: SignalDef = {
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
      // Notes' shorthand for a person, with no verb: "Both lovely.", "HR lady - friendly, smiled a lot".
      p: `both|he|she|they ~1 ${FRIENDLY}|funny|chatty`,
      by: "company",
      in: ["notes"],
      unless: "kind_of|kinda|not|n't|if|would|could|seemed_not|cool_with",
    },
    {
      p: `be|was|were|is|are|seem|seemed|seems|came_across|come_across ~2 ${FRIENDLY}|chatty|genuine|funny|fun`,
      by: "company",
      in: ["notes"],
      unless:
        "which_was|that_was|that_is|that's|this_is|it_was|this_was|would|if|the_office_was|the_building|the_view|the_weather|the_place_was|the_coffee|the_process_was|not_friendly|unfriendly|offices_were|office_is|office_was|place_is|place_was|building_is|firm_is|firm_was|campus_is|campus_was|facilities_were|food_was|lunch_was|hotel_was|kind_of|kinda|just_be|should_be|must_be|try_to_be|user|portal|website|app|tool|fresher|freshers|beginner|beginners",
    },
    {
      // The talk itself described as easy to be in: "it was calm and friendly", "very informal".
      p: "be|was|were|felt|seemed|very|quite|really|pretty ~2 interactive|conversational|two-way|informal|laid-back|casual|relaxed|comfortable|calm|friendly|cordial|welcoming",
      by: "any",
      in: ["notes"],
      unless:
        "not|wasn't|would|should|could|will|if|dress|dress_code|attire|clothes|office_was|i_was|i_felt|user|portal|website|app|tool|family|budget|pocket|eco|environment|pet|beginner|beginners|fresher|freshers",
    },
    {
      p: `${FRIENDLY} ~1 interviewer|interviewers|interviewee|manager|woman|man|guy|lady|person|people|folks|devs|developers|engineers|staff|director|recruiter|recruiters|hr|panel|panelists|panellists|chat|conversation|vibe|tone|atmosphere|behaviour|behavior|nature|manner|gesture`,
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
      // Talk beyond the job: "we chatted about his kids' football", "a conversation that wasn't work related".
      p: "chat|chatted|chatting|talk|talked|talking|conversation|small_talk ~4 hobbies|weekend|weekends|family|kids|football|cricket|travel|travelling|holiday|holidays|non-work|non_work|not_work|isn't_work|wasn't_work|outside_work|outside_of_work",
      by: "any",
      in: ["notes"],
      stated: true,
      unless:
        "balance|policy|policies|leave|benefits|allowance|work_from|remote|relocation|visa|hours|shift|rota|schedule|how_i|how_we|what_i|the_family|a_family|families|parents|patients|clients|customers|students|pupils",
    },
    {
      // First names from the start: "he asked me to call him Hendrik", "we were on first-name terms".
      p: "asked|told|invited ~2 me ~1 to ~1 call ~1 him|her|them",
      by: "company",
      in: ["notes"],
      stated: true,
    },
    { p: "first-name|first_name ~2 terms|basis", by: "any", in: ["notes"], unless: "not|n't|never|wasn't" },
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
      // A negation governs what follows it: "not friendly" is none, but "direct but friendly, he said
      // call him Hendrik, not Mr Vos" is.
      unlessBefore: "not|n't|never|wasn't",
      unless: "would|if|i_was|i_am|i'm|i_felt|i_stayed|i_tried|user|family|budget|pocket",
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
      // Laughter shared or kept up, not one laugh: "we laughed about the printer", "lots of jokes",
      // "a bit of banter". A single "she laughed" is manners, or nerves, or at something else.
      p: "we_laughed|we_were_laughing|we_both_laughed|both_laughed|laughed_a_lot|lots_of_laughs|lot_of_laughing|lot_of_laughter|laughing_together|laughed_together|kept_laughing|kept_joking|joked_around|joking_around|lot_of_jokes|lots_of_jokes|few_jokes|couple_of_jokes|shared_a_laugh|had_a_laugh|had_a_good_laugh|good_laugh|banter|bantered|riff|riffed|riffing",
      by: "any",
      in: ["notes"],
      // Laughing at the candidate is not rapport; laughing at their answer or joke is.
      unless:
        "at_me|laughing_at_me|laughed_at_me|at_my_mistake|at_my_error|nervous*|awkward*|once|made_a_joke|interrupt*|lacked",
    },
    {
      p: "back_and_forth|back-and-forth|two-way|two_way|easy_conversation|great_vibe|good_vibe|easy_rapport|good_rapport|great_rapport|real_rapport|catching_up|like_old_friends|like_friends",
      by: "any",
      in: ["notes"],
      unless: "not|no|wasn't|didn't|would",
    },
    {
      // Clicked, as two people do: "we clicked straight away", "bonded over climbing".
      p: "we|instantly|immediately|really|just ~1 clicked|bonded|connected",
      by: "any",
      in: ["notes"],
      stated: true,
      unless: "linkedin|link|button|call|zoom|teams|phone|email|via|wifi|internet|network|not|n't|never",
    },
    {
      p: "clicked|bonded ~2 straight_away|instantly|immediately|right_away|over|from_the_start",
      by: "any",
      in: ["notes"],
      stated: true,
      unless: "link|button|i_clicked|not|n't|never",
    },
    {
      // Off the script together: "we went off on a tangent about football".
      p: "tangent|tangents|sidetracked|side-tracked|off_topic|off-topic|off_script|off-script",
      by: "company",
      in: ["notes"],
      unless: "i_went|i_got|i_was|i_kept|i_rambled|my|not|n't|never|stay|stayed|back_on|keep",
    },
    {
      p: "hit_it_off|got_on_well|got_along|get_along|clicked_with|flowed|flowing|easy_to_talk|banter",
      by: "any",
      in: ["notes"],
      unless: "network|connection|cash_flow|workflow|data_flow|internet|wifi|call_connected",
    },
  ],
};
