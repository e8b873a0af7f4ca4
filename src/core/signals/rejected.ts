import type { SignalDef } from "./signal.js";
import { REJECTION_UNLESS } from "./words.js";

export const rejected: SignalDef = {
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
      p: "i_failed|didn't_get_it|did_not_get_it|didn't_get_the_job|didn't_get_the_position|didn't_get_the_role|didn't_get_the_post|didn't_get_the_place|didn't_get_the_internship|did_not_get_the_job|did_not_get_the_position|did_not_get_the_role|did_not_get_the_post|didn't_get_the_offer|didn't_get_an_offer|didn't_make_it|didn't_get_through|did_not_get_through|wasn't_called_back|was_not_called_back|not_called_back|wasn't_selected|was_not_selected|never_got_the_job|got_rejected|was_rejected|turned_me_down|rejected_me",
      by: "any",
      in: ["notes"],
      negation: "ignore",
      // "I failed one question", "a brainteaser … but I didn't get it": a question, not the process.
      unless:
        "if|whether|hope|afraid|fear|worried|expect|expecting|before|ago|last_year|previous|previously|another_company|elsewhere|failed_one|failed_a|failed_the_first|question|brainteaser|brain_teaser|puzzle|riddle|joke",
    },
    {
      // The candidate's own words for not getting through: "I didn't clear the HR round",
      // "I was not able to reach the final round", "I never got beyond the phone screen". What is
      // reached is a stage: "I never got to the slides I had made" is time running out.
      p: "i ~3 not|never|unable|failed ~3 clear|pass|crack|qualify|reach_the_next|reach_the_final|reach_the_second|reach_the_third|reach_the_last|reach_the_interview|reach_the_shortlist|reach_the_onsite|reach_that_stage|reach_that_round|get_beyond|get_past|get_through|go_beyond|make_it_past|make_it_to|make_it_through|make_the_cut|get_to_the_next|get_to_the_final|get_to_the_second|get_to_the_third|get_to_the_last|get_to_the_interview|get_to_the_onsite|get_to_the_panel|get_to_that_stage|get_to_that_round|get_to_next|get_selected|get_shortlisted|get_a_second|get_the_second|get_second|get_the_next|get_next|get_the_job|get_a_job|get_job|get_the_position|get_the_role|get_the_post|get_the_place|get_a_place|get_the_internship|get_an_offer|get_the_offer|get_offer|receive_an_offer|receive_the_offer|receive_offer",
      by: "any",
      in: ["notes"],
      negation: "ignore",
      unless: `${REJECTION_UNLESS}|if|whether|hope|hoping|afraid|fear|worried|expect|expecting|first_attempt|first_time|last_time|wait|time_to|in_time|on_time|all_the|all_questions|every_question|the_whole`,
    },
    {
      // The same with the subject left out, as notes often do: "Didn't pass the phone interview.",
      // "Phone screen went well, but didn't get a second round."
      p: "did_not|never|failed_to ~1 pass|clear|crack|qualify|get_beyond|get_past|get_through|make_it_past|make_it_to|make_the_cut|get_a_second|get_the_second|get_second|get_the_next|get_next|get_to_the_next|get_an_offer|get_the_offer|get_offer|proceed_after|proceed_further|proceed_beyond|progress_further|progress_beyond|advance_further|advance_beyond",
      by: "any",
      in: ["notes"],
      negation: "ignore",
      unless: `${REJECTION_UNLESS}|you|u|anyone|one|they|he|she|people|candidates|students|many|most|easy|hard|tough|difficult|first_attempt|first_time|wait|time_to|in_time|on_time`,
    },
    {
      // Their decision, reported: "the agency wrote that they were not going to invite me to interview",
      // "she said they wouldn't be moving forward with me". Not "…until they have seen everyone".
      p: "not_going_to|weren't_going_to|wasn't_going_to|won't_be|will_not_be|wouldn't_be|would_not_be ~2 set_up|schedule|scheduling|invite|inviting|move|moving|proceed|proceeding|progress|progressing|continue|continuing|take|taking|offer|offering ~3 interview|me|my|forward|further|an_offer|the_role|the_position",
      by: "company",
      in: ["notes"],
      negation: "ignore",
      unless: `${REJECTION_UNLESS}|if|whether|hope|afraid|fear|worried|unless|yet|today|tomorrow|this_week`,
      unlessAfter: "until|till",
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
};
