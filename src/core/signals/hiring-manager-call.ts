import type { SignalDef } from "./signal.js";

export const hiringManagerCall: SignalDef = {
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
};
