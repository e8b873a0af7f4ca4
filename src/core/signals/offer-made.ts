import type { SignalDef } from "./signal.js";
import { HYPOTHETICAL, NOT_YOUR_OFFER, OFFER_UNLESS } from "./words.js";

export const offerMade: SignalDef = {
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
      unless: `${OFFER_UNLESS}|must|need|needs|for_getting|chance|chances|how|will|would|should|can|could|you|u|not|n't|never`,
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
      // The letter as a bare noun, as many write it: "took them a month to release offer letter".
      p: "release|released|releasing|issue|issued|generate|generated|send|sent ~1 offer_letter|joining_letter|appointment_letter",
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
      p: "offer|offer_letter|joining_letter|appointment_letter|contract ~3 came|arrived|came_through|came_thru|accepted|approved|attached|received|confirmed|signed|extended|released|issued|available|given|generated|rolled_out|made",
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
      unless: "if|whether|would",
      // What follows "want me" tells it ("want me to do a test", "want me back"), not a time elsewhere
      // in the sentence ("called at 10 in the morning and said they want me").
      unlessAfter: "to|for|back|at|in|on|there|again|as",
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
};
