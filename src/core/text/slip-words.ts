// The one vocabulary of "I messed up": the words a candidate uses for a part of the interview that went
// wrong in their own hands. Each reader puts its own grammar around it: the candidate's sense of how it
// went (detect/read-own-sense.ts), a habit of doubting oneself (detect/infer-context.ts), a point not got
// across (detect/find-missed-points.ts) and the gap a thank-you can fill (draft/find-gap.ts).

/** A slip, in the past tense: "bombed", "blew it", "messed up", "froze", "went blank". A regular expression's source. */
export const SLIPPED = `(?:${[
  "bombed",
  "blew it",
  "messed (?:it |things |this |that )?up",
  "screwed (?:it |this |that )?up",
  "choked",
  "froze",
  "panicked",
  "struggled",
  "stumbled",
  "fumbled",
  "flubbed",
  "botched",
  "blanked",
  "went blank",
  "drew a blank",
  "got stuck",
  "rambled",
].join("|")})`;
