import type { EmailDoc } from "../read/documents.js";
import { splitSentences } from "../text/sentences.js";

// Whether a message is a thank-you note for an interview, and one the candidate would write.

const THANKS = /\b(?:thank(?:s|\s+you|ing\s+you)|many\s+thanks|grateful|appreciated?)\b/i;
/** What a thank-you note thanks for: the interview, the time, the conversation. */
const FOR_THE_INTERVIEW =
  /\b(?:interview\w*|conversations?|meeting|met|meet|chat|call|speaking|talking|time|today|today's|tonight|yesterday|this\s+(?:morning|afternoon|evening)|panel|discussion|opportunity|visit|tour|organi[sz]ing|coordinating|hosting|final|round)\b/i;
/** The first lines of a body: where a note says what it is for. */
const OPENING_CHARS = 400;

/** Thanks for something else: an update, a message, an invitation. */
const FOR_SOMETHING_ELSE =
  /\bfor\s+(?:the|your|this|that)\s+(?:quick\s+)?(?:update|e-?mail|note|message|reply|response|invite|invitation|information|details|news|link|reminder)\b/i;
/** A company thanking the candidate: for their interest, their application, their patience. */
const COMPANY_THANKS =
  /\b(?:your\s+(?:(?:time\s+and\s+)?interest|application|candidacy|patience|applying)|for\s+applying|interest\s+in\s+(?:joining|working|the\s+(?:role|position)))\b/i;
/** How far after the thanks the thing thanked for is looked for. */
const THANKED_FOR_CHARS = 60;

function thanksForInterview(sentence: string): boolean {
  const at = THANKS.exec(sentence);
  if (at === null) return false;
  const thankedFor = sentence.slice(at.index, at.index + at[0].length + THANKED_FOR_CHARS);
  return (
    !FOR_SOMETHING_ELSE.test(thankedFor) &&
    !COMPANY_THANKS.test(thankedFor) &&
    FOR_THE_INTERVIEW.test(thankedFor)
  );
}

/**
 * True for a note thanking the recipient for an interview or a conversation: by its subject
 * ("Thank you - panel interview today") or its first lines ("Thank you for this morning.").
 * A thank-you for an update or an email is not one.
 */
export function isThankYouNote(doc: EmailDoc): boolean {
  const subject = (doc.subject ?? "").replace(/^\s*(?:re|fwd?|aw)\s*:\s*/i, "");
  if (subject !== (doc.subject ?? "") && !thanksForInterview(doc.text.slice(0, OPENING_CHARS))) return false;
  if (thanksForInterview(subject) || /^\s*(?:thank\s*you|thanks)\s*[.!]*\s*$/i.test(subject)) return true;
  const opening = splitSentences(doc.text.slice(0, OPENING_CHARS));
  return opening.some((s) => thanksForInterview(s.replace(/\s+/g, " ")));
}

/** Thanks that only the company side writes: "for taking the time to interview with us", "to meet our team". */
const COMPANY_SIDE_THANKS =
  /\bthank(?:s|\s+you)\s+(?:\w+\s+)?for\s+(?:taking\s+the\s+time\s+to\s+(?:interview|speak|meet|talk)\s+with\s+(?:us|our|me\s+and)|interviewing\s+with\s+(?:us|our)|(?:coming|joining)\s+(?:in|us)\b|your\s+time\s+(?:with|interviewing\s+with)\s+(?:us|our))/i;

/**
 * A thank-you note the candidate would write: `isThankYouNote`, and not the company's thanks for
 * interviewing with them (a rejection or an update often opens that way).
 */
export function isCandidateThankYou(doc: EmailDoc): boolean {
  return (
    isThankYouNote(doc) && !COMPANY_SIDE_THANKS.test(doc.text.slice(0, OPENING_CHARS).replace(/\s+/g, " "))
  );
}
