/** The signal vocabulary's ids, exactly as in the spec. Stored, never renamed. */
export const SIGNAL_IDS = [
  "ran-long",
  "sold-the-role",
  "met-the-team",
  "specific-next-steps",
  "deep-follow-ups",
  "pictured-in-role",
  "role-specifics",
  "compensation-discussed",
  "start-date-discussed",
  "interest-checked",
  "competing-offers-asked",
  "next-round-booked",
  "positive-feedback",
  "engaged-body-language",
  "natural-rapport",
  "company-briefing",
  "growth-discussed",
  "questions-welcomed",
  "contact-shared",
  "cut-short",
  "disengaged-interviewer",
  "vague-next-steps",
  "superficial-questions",
  "thin-company-info",
  "no-growth-talk",
  "questions-discouraged",
  "warm-reply",
  "kept-warm",
  "interest-reconfirmed",
  "hiring-manager-call",
  "curt-reply",
  "gone-quiet",
  "scheduling-runaround",
  "offer-made",
  "rejected",
] as const;

export type SignalId = (typeof SIGNAL_IDS)[number];

const SIGNAL_ORDER = new Map<string, number>(SIGNAL_IDS.map((id, i) => [id, i]));
/** Where a signal stands in the vocabulary's order, the order every read lists them in; unknown ids last. */
export function signalOrder(id: string): number {
  return SIGNAL_ORDER.get(id) ?? SIGNAL_IDS.length;
}
export type Polarity = "positive" | "negative" | "outcome";
export type Phase = "during" | "after" | "outcome";
export type Strength = "strong" | "medium" | "weak";
export type Band = "strong" | "promising" | "mixed" | "weak";
export const BANDS: readonly Band[] = ["weak", "mixed", "promising", "strong"];

/** Where a sentence came from. */
export type Channel = "notes" | "transcript" | "email";

/**
 * Who did or said the thing a cue describes.
 * - `company`: the interviewer, a recruiter or anyone else on the hiring side.
 * - `candidate`: the person using Debrief.
 * - `any`: either.
 */
export type Actor = "company" | "candidate" | "any";

/**
 * A cue: a pattern (see match-pattern.ts) with the conditions under which it counts.
 * Cues are data: the detectors read them, nothing else about a signal is code.
 */
export interface Cue {
  /** Token pattern, e.g. "ask|wonder when ~2 could|can ~2 start|join". */
  p: string;
  /** Who must have done it (default: company). */
  by?: Actor;
  /**
   * How negation is read: `deny` (default) drops a negated match ("there was no tour");
   * `require` keeps only negated matches ("he never mentioned next steps").
   */
  negation?: "deny" | "require" | "ignore";
  /** The channels the cue applies in (default: all). */
  in?: Channel[];
  /** Another pattern that must also match in the same sentence. */
  with?: string;
  /** A pattern that must not match in the same sentence (hypotheticals, generic mentions). */
  unless?: string;
  /**
   * A pattern that must not match earlier in the same sentence than the cue does: a frame that
   * governs what follows it ("I hope I wasn't rejected"), not a later clause ("…, but we hope you
   * will apply again").
   */
  unlessBefore?: string;
  /**
   * A pattern that must not match in the few words after the cue's own (its object): "invited to an
   * online test" is no interview, while a test mentioned elsewhere in the sentence does not matter.
   */
  unlessAfter?: string;
  /** Tokens allowed between slots (default 3). */
  within?: number;
  /** Only in a question (the sentence ends with "?"). */
  question?: boolean;
  /**
   * Only when its clause tells it as so (the modality layer's "asserted"): not hoped, feared, guessed,
   * asked, habitual or hypothetical. A company's own future counts ("we will invite you"): it is their
   * commitment. What lets a cue be broad in its words and still precise.
   */
  stated?: boolean;
  /** Counts inside a condition too ("if…", "unless…"); by default a conditional sentence is no evidence. */
  evenIfConditional?: boolean;
  /**
   * Shows a part of the signal, not all of it: one detail of the job's day ("bus duty one week in
   * four") is no deep dive, several are. Such hits count only when at least the signal's
   * `partsNeeded` sentences show them, or a whole cue hits too.
   */
  part?: boolean;
  /**
   * Shows the signal by itself where the signal otherwise needs `minHits` sentences: a briefing
   * told at length in one sentence ("she gave me so much about the company") is a briefing.
   */
  alone?: boolean;
}

export interface SignalDef {
  id: SignalId;
  label: string;
  polarity: Polarity;
  phase: Phase;
  strength: Strength;
  /** The seed articles it comes from (file prefixes of ../shared/seeds). */
  seeds: string[];
  /** What it means, for a person. */
  meaning: string;
  /** What to do about it, in our words. */
  advice: string;
  cues: Cue[];
  /**
   * Only a statement of fact counts, never a plan, a hope, a question or a condition (the modality
   * layer, modality.ts): a signal of something that happened, like a tour given.
   */
  factual?: boolean;
  /** How many separate hits a transcript needs before the signal is reported (default 1). */
  transcriptHits?: number;
  /** How many separate hits, from any source, before the signal is reported (default 1). */
  minHits?: number;
  /** How many sentences its `part` cues must hit together to count (default 2). */
  partsNeeded?: number;
}

export const STRENGTH_WEIGHT: Record<Strength, number> = { strong: 3, medium: 2, weak: 1 };
