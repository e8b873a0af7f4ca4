import { isFormLetter } from "../detect/passages.js";
import type { Evidence } from "../signals/evidence.js";
import { splitSentences } from "../text/sentences.js";
import type { EmailSignalInput } from "./email-signal-input.js";
import { sentenceEvidence } from "./mail-evidence.js";
import { isAutoReply, isOutcome } from "./mail-outcome.js";
import { type Mailbox, timeOf } from "./mailbox.js";
import { ownText } from "./own-text.js";

/** next-round-booked, read from mail: a further interview set up after one. */

/** An interview, as mail names it: "a phone screen with", "the onsite", "a call with our CTO". */
const AN_INTERVIEW =
  /\b(?:interviews?|phone\s+screen|screening\s+call|video\s+call|on-?site|round|panel|(?:call|chat|conversation|meeting)\s+with)\b/i;
/** Setting it up: times asked for, booked, confirmed, an invitation. */
const SETTING_UP =
  /\b(?:schedul\w*|confirm\w*|invit\w*|book(?:ed|ing)?|arrang\w*|set\s+up|availability|time\s*slots?|calendar|(?:like|love|want|keen)\s+to\s+(?:have\s+you|meet|speak|chat|talk|invite|bring\s+you)|pleased\s+to)\b/i;
/** No further interview: a test, an offer or feedback call, a meeting only possible, one moved or called off. */
const NOT_A_ROUND =
  /\b(?:whether|might|may\s+be|maybe|possibly|perhaps|tests?|assessments?|hackerrank|codility|coding\s+challenge|quiz|exam|offer|package|feedback|if\s+(?:we|you)|in\s+the\s+event|should\s+(?:we|you)|may\s+(?:contact|reach)|will\s+(?:contact|reach\s+out\s+to)\s+you|reschedul\w*|cancel\w*|postpon\w*|thank(?:s|\s+you)\s+for\s+(?:your\s+time|taking|interviewing|coming|meeting|speaking))\b/i;

/**
 * Word from the company, after an interview, setting up another: "I need to schedule you for a phone
 * screen with our senior developer", "we are pleased to confirm your video interview". After the
 * interview means dated after its end, or, for undated mail, given after an account of it.
 */
export function furtherInterviews(box: Mailbox, input: EmailSignalInput): Evidence[] {
  const end = Date.parse(input.interviewEnd ?? "");
  const nowMs = Date.parse(input.now);
  const evidence: Evidence[] = [];
  for (const doc of input.emails) {
    const at = timeOf(doc);
    const after = Number.isNaN(at)
      ? (input.afterAnAccount?.has(doc) ?? false)
      : !Number.isNaN(end) && at > end && (Number.isNaN(nowMs) || at <= nowMs);
    if (!after || box.isCandidate(doc) || isAutoReply(doc) || isOutcome(doc) || isFormLetter(doc)) continue;
    const sentence = splitSentences(ownText(doc)).find(
      (s) => AN_INTERVIEW.test(s) && SETTING_UP.test(s) && !NOT_A_ROUND.test(s),
    );
    if (sentence) evidence.push(sentenceEvidence(doc, sentence));
  }
  return evidence;
}
