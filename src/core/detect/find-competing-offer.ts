import { splitSentences } from "../text/sentences.js";

/** Where the candidate says they hold another offer or face a deadline. */
export interface CompetingOffer {
  quote: string;
  source: string;
  line?: number;
  /** True when the company has heard it already (said in the interview, or "I told her about …"). */
  isToldAlready: boolean;
}

/** Text in the candidate's own voice: notes, their transcript turns, their emails. */
export interface CandidateText {
  text: string;
  source: string;
  line?: number;
  /** Said to the company (a transcript turn, an email to them) rather than written for oneself. */
  isToCompany: boolean;
}

/** "I told her about the bank's end-of-month deadline": told, so not a question reported. */
const TOLD_ABOUT =
  /\b(?:told|mentioned\s+to|let)\s+(?:her|him|them|the\s+\w+)\s+(?:know\s+)?about\s+[^.;]{0,80}?\b(?:offers?|deadlines?)\b/i;

/** "I told her I have another offer": the company has heard it. */
const TOLD = /\b(?:told|mentioned\s+to|let)\s+(?:her|him|them|the\s+\w+)\b/i;

/** Ways of saying one holds an offer or has a deadline. */
const HOLDS = [
  /\b(?:I|I've|I'm|we)\s+(?:have|had|got|'ve\s+got|have\s+got|received|am\s+holding|'m\s+holding|just\s+got|now\s+have)\s+(?:[\w-]+\s+){0,3}?(?:offers?|deadlines?)\b/i,
  /\b(?:offer|deadline)\s+(?:from|at|with)\s+(?!you\b|your\b|us\b|here\b)/i,
  /\b(?:want|wants|need|needs)\s+(?:an?\s+)?(?:answer|decision|response)\s+(?:from\s+me\s+)?(?:by|before|on|within)\b/i,
  /\b(?:competing|exploding|another|other|second|outside)\s+offers?\b/i,
  /\bdeadline\s+(?:is|of|on|by|at|this|next|to)\b/i,
];

/** Words just before the match that deny it ("no offer", "any deadlines", "not an offer"). */
const DENIED_BEFORE = /\b(?:no|any|not|never|without|nor)\b[\w\s'-]{0,12}$/i;
/** "No offer yet", "no deadline so far": said after the offer word. */
const DENIED_AFTER = /^\s*(?:yet|so\s+far)\b/i;
/** A question put to the candidate, reported: "she asked whether I had other offers". */
const ASKED = /\b(?:ask(?:ed|s|ing)?|whether|wonder(?:ed|ing)?|if\s+(?:I|anyone))\b/i;

function holds(sentence: string): { isTold: boolean } | undefined {
  if (sentence.trim().endsWith("?")) return undefined;
  const told = TOLD_ABOUT.exec(sentence);
  if (told && !/\b(?:no|any|not)\s+(?:[\w-]+\s+)?(?:offers?|deadlines?)\b/i.test(told[0]))
    return { isTold: true };
  for (const pattern of HOLDS) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const before = sentence.slice(0, m.index);
    const inMatch = m[0];
    const after = sentence.slice(m.index + inMatch.length);
    if (DENIED_BEFORE.test(before) || /\b(?:no|any|not)\b/i.test(inMatch) || DENIED_AFTER.test(after))
      continue;
    if (ASKED.test(before)) continue;
    return { isTold: TOLD.test(before) };
  }
  return undefined;
}

/**
 * The first place the candidate says they hold another offer or face a deadline ("I have another offer",
 * "a deadline from Northwind on Friday", "they want an answer by mid-February"). Denials ("no offer yet",
 * "no deadline so far"), questions and questions reported ("she asked whether I had any deadlines") are not.
 */
export function findCompetingOffer(texts: CandidateText[]): CompetingOffer | undefined {
  for (const t of texts) {
    for (const sentence of splitSentences(t.text.replace(/[\u2018\u2019]/g, "'"))) {
      const found = holds(sentence);
      if (!found) continue;
      return {
        quote: sentence,
        source: t.source,
        ...(t.line !== undefined ? { line: t.line } : {}),
        isToldAlready: found.isTold || t.isToCompany,
      };
    }
  }
  return undefined;
}
