import { companyBriefing } from "./signals/company-briefing.js";
import { compensationDiscussed } from "./signals/compensation-discussed.js";
import { competingOffersAsked } from "./signals/competing-offers-asked.js";
import { contactShared } from "./signals/contact-shared.js";
import { curtReply } from "./signals/curt-reply.js";
import { cutShort } from "./signals/cut-short.js";
import { deepFollowUps } from "./signals/deep-follow-ups.js";
import { disengagedInterviewer } from "./signals/disengaged-interviewer.js";
import { engagedBodyLanguage } from "./signals/engaged-body-language.js";
import { goneQuiet } from "./signals/gone-quiet.js";
import { growthDiscussed } from "./signals/growth-discussed.js";
import { hiringManagerCall } from "./signals/hiring-manager-call.js";
import { interestChecked } from "./signals/interest-checked.js";
import { interestReconfirmed } from "./signals/interest-reconfirmed.js";
import { keptWarm } from "./signals/kept-warm.js";
import { metTheTeam } from "./signals/met-the-team.js";
import { naturalRapport } from "./signals/natural-rapport.js";
import { nextRoundBooked } from "./signals/next-round-booked.js";
import { noGrowthTalk } from "./signals/no-growth-talk.js";
import { offerMade } from "./signals/offer-made.js";
import { picturedInRole } from "./signals/pictured-in-role.js";
import { positiveFeedback } from "./signals/positive-feedback.js";
import { questionsDiscouraged } from "./signals/questions-discouraged.js";
import { questionsWelcomed } from "./signals/questions-welcomed.js";
import { ranLong } from "./signals/ran-long.js";
import { rejected } from "./signals/rejected.js";
import { roleSpecifics } from "./signals/role-specifics.js";
import { schedulingRunaround } from "./signals/scheduling-runaround.js";
import type { SignalDef, SignalId } from "./signals/signal.js";
import { soldTheRole } from "./signals/sold-the-role.js";
import { specificNextSteps } from "./signals/specific-next-steps.js";
import { startDateDiscussed } from "./signals/start-date-discussed.js";
import { superficialQuestions } from "./signals/superficial-questions.js";
import { thinCompanyInfo } from "./signals/thin-company-info.js";
import { vagueNextSteps } from "./signals/vague-next-steps.js";
import { warmReply } from "./signals/warm-reply.js";

/*
 * The signal catalogue: every id of the spec, in the order a read lists them. Each signal is one
 * module in signals/ (its id, meaning, weight, seeds, advice, and the cues the detectors read) with
 * its examples beside it (signals/<id>.test.ts). Cues describe language, not any one text: each is
 * a pattern over lemmas (see match-pattern.ts) plus who must have said or done it; the words they
 * share are in signals/words.ts.
 */
export const CATALOGUE: readonly SignalDef[] = [
  // ───────────── during the interview: positive ─────────────
  ranLong,
  soldTheRole,
  metTheTeam,
  specificNextSteps,
  deepFollowUps,
  picturedInRole,
  roleSpecifics,
  compensationDiscussed,
  startDateDiscussed,
  interestChecked,
  competingOffersAsked,
  nextRoundBooked,
  positiveFeedback,
  engagedBodyLanguage,
  naturalRapport,
  companyBriefing,
  growthDiscussed,
  questionsWelcomed,
  contactShared,

  // ───────────── during the interview: negative ─────────────
  cutShort,
  disengagedInterviewer,
  vagueNextSteps,
  superficialQuestions,
  thinCompanyInfo,
  noGrowthTalk,
  questionsDiscouraged,

  // ───────────── after the interview: positive ─────────────
  warmReply,
  keptWarm,
  interestReconfirmed,
  hiringManagerCall,

  // ───────────── after the interview: negative ─────────────
  curtReply,
  goneQuiet,
  schedulingRunaround,

  // ───────────── outcomes ─────────────
  offerMade,
  rejected,
];

const BY_ID = new Map<SignalId, SignalDef>(CATALOGUE.map((def) => [def.id, def]));

export function signalDef(id: SignalId): SignalDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown signal id ${id}`);
  return def;
}
