import type { SignalDef } from "./signal.js";

export const engagedBodyLanguage: SignalDef = {
  id: "engaged-body-language",
  label: "Engaged body language",
  polarity: "positive",
  phase: "during",
  strength: "weak",
  seeds: ["002", "004"],
  meaning: "Eye contact, nodding, smiling, leaning in: the interviewer was attentive.",
  advice: "Body language is a weak tell on its own; count it only alongside other signs.",
  cues: [
    { p: "nod|nodded|nodding|smile|smiled|smiling|grin|grinned|beam|beamed", by: "company", in: ["notes"] },
    {
      // Leaning in, not back: "leaned back in his chair" is the opposite posture.
      p: "lean|leaned|leant|leaning ~1 in|forward|closer|towards|toward",
      by: "company",
      in: ["notes"],
      unless: "lean_back|leaned_back|leant_back|leaning_back|sat_back|sitting_back",
    },
    { p: "eye_contact", by: "company", in: ["notes"] },
    {
      p: "attentive|engaged|animated|enthusiastic|lit_up|light_up",
      by: "company",
      in: ["notes"],
      unless: "i_was|i_felt|me|my",
    },
    { p: "take|took|taking|scribble*|jot* ~2 note|notes|down", by: "company", in: ["notes"] },
  ],
};
