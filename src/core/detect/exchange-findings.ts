import type { Evidence, Finding } from "../signals/evidence.js";
import type { SignalId } from "../signals/signal.js";
import {
  BRIEFING_WORDS,
  BRIEFINGS_NEEDED,
  FOLLOW_UPS_NEEDED,
  FULL_ANSWER_WORDS,
  LONG_BRIEFING_WORDS,
  ROLE_WORDS,
  SHORT_BRIEFING_WORDS,
  SHORT_BRIEFINGS_NEEDED,
} from "./exchange-thresholds.js";

/** What the turns of a transcript showed, gathered for the findings. */
export interface ExchangeEvidence {
  reactions: Evidence[];
  briefings: Evidence[];
  longestBriefing: number;
  partBriefings: Evidence[];
  roleTurns: Evidence[];
  followUps: Evidence[];
  welcomed: Evidence[];
  brushedOff: Evidence[];
  growthDeflected: Evidence[];
  companyDeflected: Evidence[];
}

/** The exchange signals, in the order a read lists them. */
export function exchangeFindings(source: string, e: ExchangeEvidence): Finding[] {
  return [...companyTurnFindings(source, e), ...questionFindings(source, e)];
}

/** A pattern in the exchanges: a fact that sums it up, then the first `shown` turns that show it. */
function pattern(source: string, id: SignalId, summary: string, turns: Evidence[], shown: number): Finding {
  return { id, evidence: [{ source, quote: summary, isFact: true }, ...turns.slice(0, shown)] };
}

/** What the company's turns showed: praise of an answer, the job described, the company told of. */
function companyTurnFindings(source: string, e: ExchangeEvidence): Finding[] {
  const { reactions, briefings, roleTurns } = e;
  const findings: Finding[] = [];
  if (reactions.length > 0) findings.push({ id: "positive-feedback", evidence: reactions.slice(0, 4) });
  const n = roleTurns.length;
  if (n > 0)
    findings.push(
      pattern(
        source,
        "role-specifics",
        `${n === 1 ? "a long turn" : `${n} long turns`} (${ROLE_WORDS}+ words) describing the job's days, shifts and duties to you`,
        roleTurns,
        3,
      ),
    );
  if (briefings.length >= BRIEFINGS_NEEDED || e.longestBriefing >= LONG_BRIEFING_WORDS)
    findings.push(
      pattern(
        source,
        "company-briefing",
        briefings.length >= BRIEFINGS_NEEDED
          ? `${briefings.length} long turns (${BRIEFING_WORDS}+ words) in which the company told of its plans, its work and its people`
          : `a turn of ${e.longestBriefing} words in which the company told of its plans, its work and its people`,
        briefings,
        3,
      ),
    );
  else if (e.partBriefings.length >= SHORT_BRIEFINGS_NEEDED)
    findings.push(
      pattern(
        source,
        "company-briefing",
        `${e.partBriefings.length} turns (${SHORT_BRIEFING_WORDS}+ words) in which the company told of its plans, its work and its people`,
        e.partBriefings,
        3,
      ),
    );
  return findings;
}

/** What the questions showed: the company's follow-ups, and how the candidate's own questions were answered. */
function questionFindings(source: string, e: ExchangeEvidence): Finding[] {
  const { followUps, welcomed, brushedOff, growthDeflected, companyDeflected } = e;
  const findings: Finding[] = [];
  if (followUps.length >= FOLLOW_UPS_NEEDED)
    findings.push(
      pattern(
        source,
        "deep-follow-ups",
        `${followUps.length} questions picked up the candidate's previous answer`,
        followUps,
        4,
      ),
    );
  if (welcomed.length >= 2 && welcomed.length > brushedOff.length)
    findings.push(
      pattern(
        source,
        "questions-welcomed",
        `${welcomed.length} of your questions got full answers (${FULL_ANSWER_WORDS}+ words)`,
        welcomed,
        3,
      ),
    );
  if (brushedOff.length >= 2 && brushedOff.length > welcomed.length)
    findings.push(
      pattern(
        source,
        "questions-discouraged",
        `${brushedOff.length} of your questions were brushed off or deflected`,
        brushedOff,
        3,
      ),
    );
  // A question about growth or about the team that gets brushed off shows the absence itself.
  if (growthDeflected.length > 0)
    findings.push({ id: "no-growth-talk", evidence: growthDeflected.slice(0, 4) });
  if (companyDeflected.length > 0)
    findings.push({ id: "thin-company-info", evidence: companyDeflected.slice(0, 4) });
  return findings;
}
