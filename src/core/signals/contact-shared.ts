import type { SignalDef } from "./signal.js";

export const contactShared: SignalDef = {
  id: "contact-shared",
  label: "Shared a direct contact",
  polarity: "positive",
  phase: "during",
  strength: "medium",
  seeds: ["001"],
  meaning:
    "The interviewer gave a business card, a direct email or phone number, or invited you to reach out.",
  advice: "A direct line is an invitation to use it: for a real question, or to add something you left out.",
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
};
