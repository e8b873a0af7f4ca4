import { isThankYouNote } from "../people/thank-you-note.js";
import type { Evidence, Finding } from "../signals/evidence.js";
import type { SignalId } from "../signals/signal.js";
import { type EmailSignalInput, KEPT_WARM_MIN_UPDATES, RUNAROUND_MIN_MOVES } from "./email-signal-input.js";
import { findMoves } from "./find-moves.js";
import { furtherInterviews } from "./further-interviews.js";
import { detectGoneQuiet } from "./gone-quiet.js";
import { promisesIn } from "./held-promises.js";
import { judgeThankYouReplies, replyEvidence } from "./judge-reply.js";
import { keptWarmUpdates, SAYS_IT_KEEPS_YOU_POSTED } from "./kept-warm.js";
import { sentenceEvidence } from "./mail-evidence.js";
import { foreignDecisionOf } from "./mail-outcome.js";
import { readMailbox, timeOf } from "./mailbox.js";

/**
 * Signals read from the shape of an email thread rather than from single phrases: how the thank-you note was
 * answered (warm-reply, curt-reply, `judge-reply.ts`), silence past a promised date or after the last contact
 * (gone-quiet, `gone-quiet.ts`), a meeting the company keeps moving (scheduling-runaround, `find-moves.ts`),
 * step-by-step updates (kept-warm, `kept-warm.ts`) and a further interview set up (`further-interviews.ts`).
 */

export {
  CURT_MAX_WORDS,
  CURT_TONE,
  type EmailSignalInput,
  KEPT_WARM_MIN_UPDATES,
  PROMISE_GRACE_DAYS,
  PROMPT_HOURS,
  PROMPT_MIN_WORDS,
  PROMPT_TONE,
  type PromiseOfWord,
  REPLY_WINDOW_DAYS,
  RUNAROUND_MIN_MOVES,
  SILENCE_DAYS,
  SPECIFIC_MIN_LENGTH,
  SPECIFIC_MIN_WORDS,
  WARM_MIN_WORDS,
  WARM_TONE,
} from "./email-signal-input.js";
export { describeReply, judgeReply, type ReplyMeasures, type ReplyVerdict } from "./judge-reply.js";
export { isAutoReply, outcomeOf } from "./mail-outcome.js";
export { ownText, toneOf } from "./own-text.js";

function finding(id: SignalId, evidence: Evidence[]): Finding {
  return { id, evidence };
}

/**
 * Reads a candidate's interview mail for the signals its structure shows: warm-reply, curt-reply, gone-quiet,
 * scheduling-runaround and kept-warm. Pure: `now` is an argument, nothing else is read.
 */
export function detectEmailSignals(input: EmailSignalInput): Finding[] {
  const box = readMailbox(input);
  const findings: Finding[] = [];

  const judged = judgeThankYouReplies(box, input);
  const warm = judged.filter((j) => j.verdict === "warm");
  const curt = judged.filter((j) => j.verdict === "curt");
  if (warm.length > 0) findings.push(finding("warm-reply", warm.flatMap(replyEvidence)));
  if (curt.length > 0) findings.push(finding("curt-reply", curt.flatMap(replyEvidence)));

  const promises = promisesIn(box, input);
  const firstNote = box.mail.find((d) => box.isCandidate(d) && isThankYouNote(d));
  const quiet = detectGoneQuiet(box, input, promises, firstNote ? timeOf(firstNote) : undefined);
  if (quiet.length > 0) findings.push(finding("gone-quiet", quiet));

  const moves = findMoves(box);
  if (moves.length >= RUNAROUND_MIN_MOVES) {
    findings.push(
      finding(
        "scheduling-runaround",
        moves.map((m) => sentenceEvidence(m.doc, m.quote)),
      ),
    );
  }

  const curtReplies = new Set(curt.map((j) => j.reply));
  const updates = keptWarmUpdates(box, input, promises, moves, curtReplies);
  // One message that says in so many words it is keeping the candidate posted is the habit told.
  if (updates.length >= KEPT_WARM_MIN_UPDATES || updates.some((u) => SAYS_IT_KEEPS_YOU_POSTED.test(u.quote)))
    findings.push(finding("kept-warm", updates));

  // A decision the company wrote in another language: the cues read English only.
  for (const doc of box.mail) {
    if (box.isCandidate(doc)) continue;
    const foreign = foreignDecisionOf(doc);
    if (foreign)
      findings.push(
        finding(foreign.decision === "offer" ? "offer-made" : "rejected", [
          sentenceEvidence(doc, foreign.quote),
        ]),
      );
  }

  const further = furtherInterviews(box, input);
  if (further.length > 0) findings.push(finding("next-round-booked", further));

  return findings;
}
