import type { SignalDef } from "./signal.js";
import { OWN_OR_AUTOMATIC } from "./words.js";

export const warmReply: SignalDef = {
  id: "warm-reply",
  label: "Warm reply to your thank-you",
  polarity: "positive",
  phase: "after",
  strength: "medium",
  seeds: ["001", "002"],
  meaning: "Your thank-you note got a prompt, warm reply, or one that picked up something specific.",
  advice:
    "A personal, prompt reply means you are on their mind. Do not over-read it: warm people reply warmly to everyone.",
  cues: [
    {
      p: "reply|replied|responded|wrote_back|answered|response ~6 warm|warmly|kind|lovely|quick|quickly|right_away|within|same_day|personal|enthusiastic|glad|great|specific|enjoyed|pleasure|delighted",
      by: "company",
      in: ["notes"],
      unless: OWN_OR_AUTOMATIC,
    },
    {
      p: "warm|lovely|kind|nice|personal|enthusiastic|glowing ~3 reply|response",
      by: "company",
      in: ["notes"],
      unless: OWN_OR_AUTOMATIC,
    },
  ],
};
