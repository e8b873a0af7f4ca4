import { isThankYouNote } from "../people/thank-you-note.js";
import type { EmailDoc } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import { splitSentences } from "../text/sentences.js";
import { DAY_MS, type EmailSignalInput, PROMISE_GRACE_DAYS } from "./email-signal-input.js";
import type { MoveRead } from "./find-moves.js";
import type { HeldPromise } from "./held-promises.js";
import { quoteFrom, sentenceEvidence } from "./mail-evidence.js";
import { isOutcome } from "./mail-outcome.js";
import { isCompanyWord, type Mailbox, timeOf } from "./mailbox.js";
import { ownText } from "./own-text.js";

/** kept-warm: the company's step-by-step word on where the process stands. */

const UPDATE_WORDS =
  /\b(?:(?<!(?:for|appreciate|appreciated|on)\s+)(?:quick|brief|short|small|latest|an|another|further|the)\s+update|update\s+(?:you|as\s+promised|on\s+where)|where\s+things\s+(?:stand|are|land)|as\s+(?:promised|planned|agreed)|(?:still|remain|are|is)\s+on\s+track|keep(?:ing)?\s+you\s+(?:posted|updated|informed|in\s+the\s+loop)|(?:wanted|want)\s+to\s+let\s+you\s+know|just\s+to\s+let\s+you\s+know|not\s+(?:left\s+)?wondering|we(?:'re|\s+are)\s+(?:still|finishing|finalizing|finalising|wrapping\s+up|waiting)|the\s+team\s+is\s+(?:still|now|finishing|meeting|reviewing)|still\s+(?:working|waiting|finalizing|finalising|reviewing|gathering|interviewing|meeting)|following\s+up\s+as|heads[-\s]up|(?:sorry|apologies)\s+for\s+the\s+(?:wait|delay|silence)|(?:taking|take)\s+(?:a\s+(?:little|bit)\s+)?longer\s+than|(?:not|n't)\s+forgotten\s+(?:about\s+)?you|(?:hope|expect)\s+to\s+(?:have|come\s+back|get\s+back|share)\s+(?:news|an?\s+(?:answer|decision|update)|to\s+you)|good\s+news|(?:not|n't)\s+(?:been\s+)?(?:cancell?ed|closed|on\s+hold)|still\s+(?:very\s+|really\s+)?(?:interested|keen|in\s+(?:the\s+)?(?:running|process|frame|mix)|under\s+consideration|being\s+considered|on\s+(?:the|our)\s+shortlist)|(?:thank\s+you|thanks)\s+(?:so\s+much\s+)?for\s+(?:your|the)\s+(?:patience|understanding)|get\s+back\s+to\s+you\s+with\s+(?:a\s+new|news|an?\s+update|more|the\s+new))\b|^update\b/i;
/** An update that names itself as one, unasked: "just keeping you in the loop", "a quick update on where things stand". */
export const SAYS_IT_KEEPS_YOU_POSTED =
  /\b(?:keep(?:ing)?\s+you\s+(?:posted|updated|informed|in\s+the\s+loop)|(?:quick|brief|short)\s+update|update\s+on\s+where|where\s+things\s+(?:stand|are))\b|^update\b/i;
const PROCESS =
  /\b(?:debrief\w*|feedback|references|reference\s+checks?|referees|sign[-\s]?off|signed\s+off|approv\w+|shortlist\w*|finalists?|(?<!-)decision(?!-)|hiring\s+(?:manager|team|committee)|committee|panel|other\s+candidates|remaining\s+(?:candidates|interviews)|interviews|paperwork|compare\s+notes|next\s+stage)\b/i;
const PROGRESS =
  /\b(?:went\s+well|was\s+positive|(?:is|are)\s+(?:now|still|back)|back\s+already|(?:has|have)\s+(?:now\s+)?(?:come|shared|finished|completed|started|met|happened|signed)|happened|meets|met|came\s+back|starting|started|finishing|finished|wrapping\s+up|on\s+track|in\s+progress|under\s*way|submits?|submitted|holds?|on\s+the\s+calendar|this\s+(?:week|morning|afternoon|evening)|today|tomorrow)\b/i;

export function statusSentence(doc: EmailDoc): string | undefined {
  const sentences = splitSentences(ownText(doc));
  return (
    sentences.find((s) => UPDATE_WORDS.test(s)) ?? sentences.find((s) => PROCESS.test(s) && PROGRESS.test(s))
  );
}

/**
 * Company messages after the interview that tell where things stand, or that come while a promise of word
 * still holds. A curt reply is not an update; a moved meeting is one only when it also tells where things stand.
 */
export function keptWarmUpdates(
  box: Mailbox,
  input: EmailSignalInput,
  promises: HeldPromise[],
  moves: MoveRead[],
  curtReplies: ReadonlySet<EmailDoc>,
): Evidence[] {
  const interviewEnd = Date.parse(input.interviewEnd ?? "");
  // With no time for the interview, it is over by the first thanks for it, from either side
  // ("Thank you for your time with the board today" from a search firm counts as much as the note).
  const firstThanks = box.mail.find((d) => isThankYouNote(d));
  const after = Number.isNaN(interviewEnd)
    ? firstThanks
      ? timeOf(firstThanks)
      : Number.NEGATIVE_INFINITY
    : interviewEnd;
  const moved = new Set(moves.map((m) => m.doc));
  const updates: Evidence[] = [];
  for (const doc of box.mail) {
    if (timeOf(doc) < after || !isCompanyWord(box, doc) || doc.isAutomatic || isOutcome(doc)) continue;
    if (curtReplies.has(doc)) continue;
    const status = statusSentence(doc);
    // A meeting moved is the runaround's; it is an update too when it also tells where things stand
    // ("we need to move Tuesday; your process is not cancelled and the team is still keen").
    if (moved.has(doc)) {
      const move = moves.find((m) => m.doc === doc)?.quote;
      if (status && status !== move) updates.push(sentenceEvidence(doc, status));
      continue;
    }
    const keeps = promises.find(
      (p) => p.doc !== doc && p.said < timeOf(doc) && timeOf(doc) <= p.due + PROMISE_GRACE_DAYS * DAY_MS,
    );
    if (status) updates.push(sentenceEvidence(doc, status));
    else if (keeps) updates.push(sentenceEvidence(doc, quoteFrom(doc)));
  }
  return updates;
}
