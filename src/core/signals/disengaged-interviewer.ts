import type { SignalDef } from "./signal.js";

export const disengagedInterviewer: SignalDef = {
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
      p: "interrupt|interrupted|interrupting|interrupts|cut ~2 me|over ~2 off|over|me",
      by: "company",
      in: ["notes"],
      unless: "i_interrupted|mic|connection|call_dropped|line",
    },
    {
      // Talking over the candidate is; "talked about me taking over the accounts" is not.
      p: "talked|talk|talking|talks|spoke|speaking ~0 over ~0 me|my",
      by: "company",
      in: ["notes"],
      unless: "i_talked|i_spoke|mic|connection|call_dropped|line",
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
};
