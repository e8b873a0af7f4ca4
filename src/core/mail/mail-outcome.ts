import type { EmailDoc } from "../read/documents.js";
import { splitSentences } from "../text/sentences.js";
import { foreignDecision } from "./foreign-decisions.js";
import { ownText, plain } from "./own-text.js";

/** Whether a message is an automatic reply, and whether it is the answer itself: an offer or a rejection. */

/** Out-of-office and other automatic replies by their wording, for mail whose headers do not say so. */
const AUTO_REPLY_SUBJECT =
  /^\s*(?:automatic\s+reply|auto(?:matic)?[-\s]?reply|autoreply|out\s+of\s+(?:the\s+)?office)\b/i;
const AUTO_REPLY_TEXT =
  /\b(?:(?:i\s+am|i'm)\s+(?:currently\s+)?out\s+of\s+(?:the\s+)?office|(?:i\s+am|i'm)\s+(?:currently\s+)?(?:away|on\s+(?:annual\s+|parental\s+)?leave)\s+(?:from|until|till)|with\s+limited\s+access\s+to\s+(?:e-?mail|my\s+inbox)|this\s+is\s+an\s+auto(?:mated|matic)\s+(?:reply|response|message)|auto-?reply)\b/i;

/**
 * An out-of-office or other automatic reply: never a reply to judge, never word from the company. An automatic
 * message that is the outcome itself (an ATS rejection) is word from the company.
 */
export function isAutoReply(doc: EmailDoc): boolean {
  return (
    (AUTO_REPLY_SUBJECT.test(doc.subject ?? "") ||
      AUTO_REPLY_TEXT.test(plain(doc.text)) ||
      doc.isAutomatic === true) &&
    !isOutcome(doc)
  );
}

const REJECTION =
  /\b(?:(?:not|won't|will\s+not|unable\s+to|not\s+able\s+to)\s+(?:be\s+)?(?:progress(?:ing)?|proceed(?:ing)?|mov(?:e|ing)\s+forward|tak(?:e|ing)\s+(?:your\s+application\s+)?(?:any\s+)?further)(?:\s+with)?\s+(?:your|you)|(?:decided|decision)\s+(?:not\s+to|to\s+not)|(?:move|moving|go|going|proceed|proceeding)\s+(?:forward\s+)?with\s+(?:another|other|a\s+different|a\s+candidate|candidates|someone)|(?:other|another)\s+(?:candidates?|applicants?)\s+(?:who|whose|that)\s+(?:more\s+)?closely|not\s+(?:been\s+)?(?:successful|selected|shortlisted)|(?:were|was|have|has|had)n't\s+(?:been\s+)?(?:successful|selected|shortlisted)|unsuccessful|pursu(?:e|ing)\s+(?:other|another)\s+(?:candidates?|applicants?)|(?:credentials|experience|qualifications|profiles?)\s+of\s+other\s+candidates|with\s+a\s+different\s+candidate|not\s+a\s+match\s+for|(?:unable|not\s+able)\s+to\s+offer\s+you|regret\s+to\s+(?:inform|let\s+you\s+know|tell|share|say)|(?:position|role|vacancy)\s+has\s+(?:now\s+)?been\s+filled)\b/i;
const OFFER =
  /\b(?:(?:like|pleased|delighted|happy|excited|able)\s+to\s+(?:formally\s+)?(?:offer\s+you|extend\s+(?:you\s+)?(?:an|the|a\s+formal|a\s+verbal)\s+offer)|offer\s+of\s+employment|(?:your|the|an?)\s+(?:formal\s+|written\s+|verbal\s+)?offer\s+letter|(?:formal|written|verbal)\s+offer)\b/i;

/** A match that only holds under a condition ("If you are not selected, …") is not the answer. */
function saysOutright(text: string, pattern: RegExp): boolean {
  return splitSentences(plain(text)).some((sentence) => {
    const m = pattern.exec(sentence);
    return (
      m !== null &&
      !/\b(?:if|unless|should\s+(?:you|we)|in\s+case|whether)\b/i.test(sentence.slice(0, m.index))
    );
  });
}

/** "offer" or "rejection", where the message is the answer itself. */
export function outcomeOf(doc: EmailDoc): "offer" | "rejection" | undefined {
  if (saysOutright(doc.text, REJECTION)) return "rejection";
  if (saysOutright(doc.text, OFFER)) return "offer";
  return foreignDecisionOf(doc)?.decision;
}

/** Each message's decision in another language, read once: outcomeOf is asked of a message many times. */
const FOREIGN = new WeakMap<EmailDoc, ReturnType<typeof foreignDecision> | null>();
export function foreignDecisionOf(doc: EmailDoc): ReturnType<typeof foreignDecision> {
  let found = FOREIGN.get(doc);
  if (found === undefined) {
    found = foreignDecision(ownText(doc)) ?? null;
    FOREIGN.set(doc, found);
  }
  return found ?? undefined;
}

export function isOutcome(doc: EmailDoc): boolean {
  return outcomeOf(doc) !== undefined;
}
