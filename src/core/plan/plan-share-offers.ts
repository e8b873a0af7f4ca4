import { type CandidateText, findCompetingOffer } from "../detect/find-competing-offer.js";
import { ownText } from "../mail/detect-email-signals.js";
import { addDaysIn } from "../time/add-days.js";
import { companyWord } from "../timeline/build-timeline.js";
import type { Action } from "./action.js";
import { type Context, isCandidateName, isStrong } from "./plan-context.js";
import { firstName, quoted } from "./plan-wording.js";

function candidateTexts(c: Context): CandidateText[] {
  const texts: CandidateText[] = [];
  for (const doc of c.docs) {
    if (doc.kind === "notes") {
      doc.text.split(/\r?\n/).forEach((text, i) => {
        if (text.trim() !== "") texts.push({ text, source: doc.source, line: i + 1, isToCompany: false });
      });
    } else if (doc.kind === "transcript") {
      for (const u of doc.utterances) {
        const isMine =
          u.speaker !== undefined &&
          (isCandidateName(c.analysis, u.speaker) ||
            c.analysis.talkShare.some((t) => t.speaker === u.speaker && t.isCandidate));
        if (isMine) texts.push({ text: u.text, source: doc.source, line: u.line, isToCompany: true });
      }
    }
  }
  for (const d of c.box.mail) {
    if (c.box.isCandidate(d)) texts.push({ text: ownText(d), source: d.source, isToCompany: true });
  }
  return texts;
}

export function planShareOffers(c: Context): Action | undefined {
  if (!isStrong(c.analysis)) return undefined;
  const offer = findCompetingOffer(candidateTexts(c));
  if (!offer) return undefined;
  const to = companyWord(c.box).at(-1)?.from?.name ?? c.interviewer;
  const told = offer.isToldAlready
    ? " You mentioned it to them already; tell the recruiter too, and again as soon as it changes (an offer lands, a deadline moves)."
    : " Tell the recruiter: with a strong read, a deadline elsewhere can speed them up.";
  return {
    kind: "share-competing-offers",
    due: addDaysIn(c.now, 1, c.zone),
    why: `You have something else in play: ${quoted(offer)}.${told}`,
    text: [
      `Hi ${firstName(to) ?? "[name]"},`,
      "",
      "A quick update on my side: I have [an offer / a deadline] from another company and need to answer by [date]. This role remains my first choice, so I wanted you to know before I reply. Is there anything I can do to help with the timing?",
      "",
      "Best regards,",
      c.me ?? "[your name]",
    ].join("\n"),
    sources: [offer.source],
  };
}
