/** The thresholds the exchanges of a transcript are judged by. */

/** A company question that shares this many content words with the candidate's last answer builds on it. */
export const FOLLOW_UP_OVERLAP = 2;
/** A question this short needs only one shared word to count as a follow-up. */
export const SHORT_QUESTION_WORDS = 20;
/** How many such follow-ups make `deep-follow-ups`. */
export const FOLLOW_UPS_NEEDED = 2;
/** An answer to the candidate's question this long (words) is a real answer. */
export const FULL_ANSWER_WORDS = 40;
/**
 * An answer this short ("Not sure.", "We'll see."), or one that deflects, brushes the question off.
 * A short answer that says something ("The team is six people, mostly backend.") does not: brevity
 * alone was read as a brush-off at 15 words, and concise interviewers were called evasive.
 */
export const BRUSH_OFF_WORDS = 6;
/** A company turn this long, about the company ("we", "our") and its business, briefs the candidate. */
export const BRIEFING_WORDS = 60;
/** How many such turns make `company-briefing`. */
export const BRIEFINGS_NEEDED = 2;
/** A company turn this long (words) that tells of the company counts as part of a briefing. */
export const SHORT_BRIEFING_WORDS = 25;
/** How many such turns (long ones included) make `company-briefing`. */
export const SHORT_BRIEFINGS_NEEDED = 3;
/** One briefing turn this long (words) is extensive on its own. */
export const LONG_BRIEFING_WORDS = 150;

/** A candidate turn this long is an answer the next company turn may react to. */
export const ANSWER_WORDS = 20;
/** A company turn this long that describes the work to the candidate makes `role-specifics`. */
export const ROLE_WORDS = 40;
