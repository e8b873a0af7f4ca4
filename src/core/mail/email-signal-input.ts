import type { CandidateMail } from "../people/identify-candidate-mail.js";
import type { EmailDoc } from "../read/documents.js";

/** What the mail signals are read from, and the thresholds they are judged by. */

export interface EmailSignalInput {
  emails: EmailDoc[];
  /** The candidate's names and addresses; both empty means "infer from the mail". */
  candidate: CandidateMail;
  /** ISO time the read is made at. Mail dated after it is not read. */
  now: string;
  /** ISO end of the (last) interview, where known: the start of the wait. */
  interviewEnd?: string;
  /** Lower-cased words of the transcript and notes, for replies that refer to the conversation. */
  conversationWords?: ReadonlySet<string>;
  /** Promises of word made outside the mail (in the interview or noted), e.g. from findPromisedDate. */
  promises?: PromiseOfWord[];
  /**
   * Undated messages that come after an account of an interview (notes or a transcript) in the order
   * the documents were given: with no dates, that order is all that says what came after what.
   */
  afterAnAccount?: ReadonlySet<EmailDoc>;
}

/** A promise that word will come from the company by a date. */
export interface PromiseOfWord {
  /** ISO end of the promised day or period. */
  due: string;
  quote: string;
  source: string;
  /** ISO time it was said; the interview end (or the first mail) where not given. */
  said?: string;
}

// Thresholds for judging the reply to a thank-you note.
/** A reply this positive (mean VADER compound over its sentences) and this long is warm whatever its speed. */
export const WARM_TONE = 0.5;
export const WARM_MIN_WORDS = 20;
/** A reply within a day that is positive and not a one-liner is warm. */
export const PROMPT_HOURS = 24;
export const PROMPT_TONE = 0.3;
export const PROMPT_MIN_WORDS = 25;
/** A reply that refers to nothing specific and is this short, or this flat, is curt. */
export const CURT_MAX_WORDS = 20;
export const CURT_TONE = 0.2;
/** Without threading or a matching subject, a message from the note's recipient within this many days is its reply. */
export const REPLY_WINDOW_DAYS = 7;
/** Shared words shorter than this are too common to show that a reply refers to the conversation. */
export const SPECIFIC_MIN_LENGTH = 5;
/** A reply shorter than this is an acknowledgement, whatever it refers to. */
export const SPECIFIC_MIN_WORDS = 8;

// Thresholds for silence and repetition.
/** Days of silence from the company after the last contact (with no outcome) that make gone-quiet. */
export const SILENCE_DAYS = 14;
/** Days past a promised date before its silence counts: a weekend, or a late afternoon, is not silence. */
export const PROMISE_GRACE_DAYS = 2;
/** Company messages moving a meeting before the moving is a runaround. */
export const RUNAROUND_MIN_MOVES = 2;
/** Company status updates before the candidate counts as kept warm. */
export const KEPT_WARM_MIN_UPDATES = 2;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
