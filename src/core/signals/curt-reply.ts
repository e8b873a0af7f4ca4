import type { SignalDef } from "./signal.js";
import { OWN_OR_AUTOMATIC } from "./words.js";

export const curtReply: SignalDef = {
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
      // The reply first, then what it was like: "her reply to my thank-you was one line".
      p: "reply|response|answer|answered|replied|wrote_back ~6 curt|terse|dry|cold|one-line|one_line|one-word|one_word|one_sentence|two_words|form_letter",
      by: "company",
      in: ["notes"],
      unless: OWN_OR_AUTOMATIC,
    },
    {
      p: "curt|short|dry|terse|brief|one-line|one_line|one-word|one_word|cold|generic|form ~3 reply|response|answer|note|email",
      by: "company",
      in: ["notes"],
      unless: OWN_OR_AUTOMATIC,
    },
    {
      p: "that's|that_is|that_was|was ~2 the_whole|the_entire|all_of_the ~1 email|reply|response|message|note",
      by: "any",
      in: ["notes"],
    },
  ],
};
