import type { TranscriptDoc, Utterance } from "../read/documents.js";
import type { Evidence, Finding } from "../signals/evidence.js";
import { NOTHING_TOLD, readTurn } from "./company-turns.js";
import { exchangeFindings } from "./exchange-findings.js";
import { ANSWER_WORDS, FOLLOW_UP_OVERLAP, SHORT_QUESTION_WORDS } from "./exchange-thresholds.js";
import { asks, contentWords, evidenceOf, grow, isQuestion, type Turn } from "./exchange-turn.js";
import { type Exchange, judge, type Reply } from "./judge-exchange.js";

/*
 * Signals that live in the shape of a conversation rather than in any one sentence:
 * follow-up questions that pick up the candidate's last answer, how the candidate's own
 * questions were answered, and long turns in which the company tells of itself. Read from
 * transcripts, turn by turn.
 */

export {
  ANSWER_WORDS,
  BRIEFING_WORDS,
  BRIEFINGS_NEEDED,
  BRUSH_OFF_WORDS,
  FOLLOW_UP_OVERLAP,
  FOLLOW_UPS_NEEDED,
  FULL_ANSWER_WORDS,
  LONG_BRIEFING_WORDS,
  ROLE_WORDS,
  SHORT_BRIEFING_WORDS,
  SHORT_BRIEFINGS_NEEDED,
  SHORT_QUESTION_WORDS,
} from "./exchange-thresholds.js";

/** How far into the company's reply a reaction to the answer may stand. */
const REACTION_WORDS = 15;
/**
 * Praise of the answer just given, as a reaction: "Really helpful, thank you.", "Oh, I love that.",
 * "Brilliant, exactly right". Plain "good", "great" and "perfect" are left out: said after every
 * answer by many interviewers, and after logistics ("perfect, thanks"), they are manners.
 */
const REACTION =
  /\b(?:(?:very|really|so|super) (?:good|nice|interesting|helpful|useful)|excellent (?:answer|example|point|story|stuff)|brilliant|fantastic|impressive|wonderful|awesome|(?:that's|that is|that was) (?:(?:really|very|super|so|a really|a very) )?(?:useful|helpful|insightful|smart|clever|a (?:great|good|strong|brilliant|fantastic|smart|clever) (?:answer|example|point|approach|way))|exactly (?:right|what)|spot on|love (?:that|it|this|how)|great (?:answer|example|point|story|approach|question))\b/i;

const BACK_REFERENCE =
  /\b(you (?:just )?(?:said|mentioned|talked about|described|brought up)|going back to|earlier you|back to (?:your|what you))\b/i;

/** Reads the exchanges of a transcript turn by turn, as it is said: what `detectExchanges` is made of. */
export interface ExchangeTracker {
  /** Reads the next utterance. Costs the utterance, not the transcript so far. */
  add(u: Utterance): void;
  /** The exchange signals of what has been read. */
  findings(): Finding[];
}

/**
 * Starts reading a transcript's exchanges. Turns are consecutive utterances by one side; an utterance
 * can only grow the last turn, so what a turn was followed by is settled once the next turn starts.
 * Only the candidate's latest question, whose answer may still be growing, is judged again.
 */
export function trackExchanges(source: string, isCandidate: (speaker: string) => boolean): ExchangeTracker {
  let last: Turn | undefined;
  let previous: Turn | undefined;
  let hasCandidateTurn = false;
  let hasCompanyTurn = false;
  const followUps: Evidence[] = [];
  /** Settled exchanges: the candidate has spoken again since. */
  const welcomed: Evidence[] = [];
  const brushedOff: Evidence[] = [];
  const growthDeflected: Evidence[] = [];
  const companyDeflected: Evidence[] = [];
  /** Company turns, finished, that told of the company at length, or described the job. */
  const briefings: Evidence[] = [];
  /** The most words of any briefing turn so far. */
  let longestBriefing = 0;
  /** Company turns of any length from SHORT_BRIEFING_WORDS that tell of the company. */
  const partBriefings: Evidence[] = [];
  const roleTurns: Evidence[] = [];
  /** Company turns that open by praising the answer just given. */
  const reactions: Evidence[] = [];
  /** The latest candidate question and the answer still being given. */
  let open: Exchange | undefined;

  const settle = (exchange: Exchange) => {
    const judged = judge(source, exchange);
    if (judged.reply === "welcomed") welcomed.push(judged.first);
    if (judged.reply === "brushed-off") brushedOff.push(judged.first);
    growthDeflected.push(...judged.growth);
    companyDeflected.push(...judged.company);
  };

  const add = (u: Utterance) => {
    if (!u.speaker) return;
    const side = isCandidate(u.speaker);
    let question: Utterance | undefined;
    if (last === undefined || last.isCandidate !== side) {
      // A finished turn is read once, for the briefing, the shorter briefing and the role.
      const finished = last === undefined ? NOTHING_TOLD : readTurn(last);
      const first = last?.utterances[0];
      if (finished.briefsInPart && first) partBriefings.push(evidenceOf(source, first));
      if (finished.briefs && first && last) {
        briefings.push(evidenceOf(source, first));
        longestBriefing = Math.max(longestBriefing, last.words);
      }
      if (finished.describesRole && first) roleTurns.push(evidenceOf(source, first));
      // A new turn: the one before the last is settled, and so is the answer to a question in it.
      if (open !== undefined && side) {
        settle(open);
        open = undefined;
      }
      previous = last;
      last = newTurn(side);
      if (side) hasCandidateTurn = true;
      else hasCompanyTurn = true;
      // The candidate's turn before this company turn is complete: if it asked, this turn answers.
      if (!side && previous !== undefined && asks(previous))
        question = previous.question ?? previous.utterances[0];
    }
    const opensReply = !side && last.utterances.length === 0 && previous !== undefined;
    grow(last, u);
    if (question !== undefined) open = { question, answer: last, first: u };
    // The company's first words after a full answer (not after a question of the candidate's).
    if (opensReply && previous?.isCandidate && previous.words >= ANSWER_WORDS && !asks(previous)) {
      if (praisesAnswer(u)) reactions.push(evidenceOf(source, u));
    }
    // Does the company's question pick up what the candidate just said?
    if (!last.isCandidate && previous?.isCandidate && !last.followsUp && isQuestion(u.text)) {
      if (picksUpAnswer(u, previous)) {
        followUps.push(evidenceOf(source, u));
        last.followsUp = true;
      }
    }
  };

  const findings = (): Finding[] => {
    if (!hasCandidateTurn || !hasCompanyTurn) return [];
    const judged = open === undefined ? undefined : judge(source, open);
    const withOpen = (settled: Evidence[], reply: Reply) =>
      judged?.reply === reply ? [...settled, judged.first] : settled;
    const lastRead = last === undefined ? NOTHING_TOLD : readTurn(last);
    const lastBriefs = lastRead.briefs && last?.utterances[0];
    const lastRole = lastRead.describesRole && last?.utterances[0];
    return exchangeFindings(source, {
      reactions,
      briefings: lastBriefs ? [...briefings, evidenceOf(source, lastBriefs)] : briefings,
      longestBriefing: lastBriefs && last ? Math.max(longestBriefing, last.words) : longestBriefing,
      partBriefings:
        lastRead.briefsInPart && last?.utterances[0]
          ? [...partBriefings, evidenceOf(source, last.utterances[0])]
          : partBriefings,
      roleTurns: lastRole ? [...roleTurns, evidenceOf(source, lastRole)] : roleTurns,
      followUps,
      welcomed: withOpen(welcomed, "welcomed"),
      brushedOff: withOpen(brushedOff, "brushed-off"),
      growthDeflected: judged ? [...growthDeflected, ...judged.growth] : growthDeflected,
      companyDeflected: judged ? [...companyDeflected, ...judged.company] : companyDeflected,
    });
  };

  return { add, findings };
}

function newTurn(isCandidate: boolean): Turn {
  return {
    isCandidate,
    utterances: [],
    words: 0,
    said: new Set(),
    endsAsked: false,
    asksInside: false,
    followsUp: false,
  };
}

/** The company's first words after a full answer, praising it. */
function praisesAnswer(u: Utterance): boolean {
  const opening = u.text.split(/\s+/).slice(0, REACTION_WORDS).join(" ");
  return REACTION.test(opening);
}

/** Whether the company's question picks up what the candidate just said. */
function picksUpAnswer(u: Utterance, previous: Turn): boolean {
  const shared = [...contentWords(u.text)].filter((w) => previous.said.has(w));
  // A short question that picks up even one word of the answer is following it up.
  const isShort = u.text.split(/\s+/).length <= SHORT_QUESTION_WORDS;
  return shared.length >= FOLLOW_UP_OVERLAP || (isShort && shared.length >= 1) || BACK_REFERENCE.test(u.text);
}

export function detectExchanges(doc: TranscriptDoc, isCandidate: (speaker: string) => boolean): Finding[] {
  const tracker = trackExchanges(doc.source, isCandidate);
  for (const u of doc.utterances) tracker.add(u);
  return tracker.findings();
}
