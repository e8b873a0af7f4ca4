import type { SignalDef } from "./signal.js";
import { BOOKED_DAY, HYPOTHETICAL, OTHERS_OR_OPEN } from "./words.js";

export const nextRoundBooked: SignalDef = {
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
      p: "shortlist|shortlisted|select|selected|recommend|recommended|invite|invited|inviting|invitation|move|moved|moving|progress|progressed|progressing|advance|advanced|advancing|proceed|proceeding|through ~5 next|second|2nd|third|3rd|final|last|further|another|follow-up|technical|onsite|on-site|in-person|face-to-face|hr|managerial ~2 round|rounds|interview|interviews|stage|conversation|meeting|chat|discussion|panel|onsite",
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
      // The next round booked, said of the round: "your panel with the director is scheduled for
      // Tuesday", "the final round has been set for the 14th".
      p: "round|interview|onsite|on-site|panel|meeting|conversation ~5 scheduled|booked|confirmed|arranged|set|fixed ~2 for|on",
      by: "company",
      in: ["notes", "email"],
      stated: true,
      with: `${BOOKED_DAY}|#clock`,
      unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|first|1st|initial|screen|screening|test|assessment|reschedul*|moved|postpone*|original*|cancel*`,
    },
    {
      // Asked to come back on a day: "come back Thursday at three and meet the owner".
      p: "come|coming|be ~1 back|in ~3 monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next_week",
      by: "any",
      stated: true,
      in: ["notes"],
      unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|i|i'll|i'm|we|work|office_on|my`,
    },
    {
      // "then got a second call", "had a further round with the director".
      p: "got|received|had|landed|get ~2 a|an|the|my ~1 second|2nd|third|3rd|follow-up|final|next ~3 interview|round|call|meeting|onsite|on-site",
      by: "any",
      stated: true,
      in: ["notes"],
      unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|will|would|if|never|not|n't|hope|hoping|expect|before|until|candidates|you|u`,
      // Someone else's next round: "one of the others got a second interview", "my friend got one".
      unlessBefore: "one|someone|somebody|she|he|they|friend|colleague|cousin|sister|brother|others|other",
      unlessAfter: "test|assessment|coding_challenge|hackerrank|codility|quiz|online|aptitude|exam",
    },
    {
      // The invitation to a later round, as the candidate tells it: "a week later I received an email for
      // the second interview", "then got a call for the final round". Not the first call after applying.
      p: "got|received|get|receive ~2 mail|email|e-mail|call|invite|invitation|message|letter ~3 for|to|about|regarding ~2 second|2nd|third|3rd|final|hr|managerial|onsite|on-site|in-person|face-to-face ~1 interview|round|discussion|stage",
      by: "any",
      in: ["notes"],
      stated: true,
      unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|will|would|not|n't|never|hope|hoping|applied|apply|application|applying|resume|cv|submitted|test|aptitude|exam|online`,
    },
    {
      // …or to an interview after one told before it: "afterwards I received a call about the interview".
      p: "got|received|get|receive ~2 mail|email|e-mail|call|invite|invitation|message|letter ~3 for|to|about|regarding ~3 interview|round|onsite|on-site|panel|stage",
      by: "any",
      in: ["notes"],
      stated: true,
      unlessAfter: "test|assessment|coding_challenge|hackerrank|codility|quiz|online|aptitude|exam",
      unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|will|would|not|n't|never|hope|hoping|applied|apply|application|applying|resume|cv|submitted|test|aptitude|exam|online|first|initial|screening|phone_screen`,
      unlessBefore: "applied|submitted|application|resume|cv",
      with: "after_that|afterwards|after_the_interview|after_my_interview|after_the_first|after_the_technical",
    },
    {
      // A later round set up by the candidate once told to: "when the recruiter replied, I booked my
      // final round for Monday", "I set up the onsite for the Tuesday".
      p: "i ~1 scheduled|booked|set_up|arranged|confirmed ~3 in-house|in_house|onsite|on-site|in-person|in_person|final|second|2nd|third|face-to-face|panel|next ~1 interview|round|visit|stage",
      by: "any",
      in: ["notes"],
      stated: true,
      unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|will|would|if|not|n't|never|hope|hoping|reschedul*|moved|postpone*|cancel*`,
    },
    {
      // Advanced, as the candidate tells it: "moved forward to the technical screen", "progressed to
      // the panel".
      p: "moved_forward|move_forward|moving_forward|went_forward|was_moved_forward|got_moved_forward|advanced|progressed ~2 to|into|for ~3 technical|phone|video|final|next|second|hr|onsite|on-site|panel|round|interview|screen|stage|call",
      by: "any",
      stated: true,
      in: ["notes"],
      unless: `${HYPOTHETICAL}|${OTHERS_OR_OPEN}|will|would|if|never|not|n't|hope|hoping|expect|candidates|you|u`,
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
      // Asked to come on a day, to see the work or meet more of them: "can you come Friday and sit
      // with the night team", "she asked me to come Tuesday to spend the morning on the ward".
      p: "come|come_in|come_back|come_over|come_down|come_and|visit|drop_by|pop_in|stop_by ~3 monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next_week|this_week",
      with: "can_you|could_you|would_you|asked_me|asks_me|invited_me|wants_me|wanted_me|want_you|'d_like_you|would_like_you|like_you_to|told_me_to|said_to",
      by: "company",
      unless:
        "if|hope|hoping|maybe|perhaps|might|whether|can_i|could_i|i_asked|asked_if|wish|instead|can't|cannot|couldn't",
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
};
