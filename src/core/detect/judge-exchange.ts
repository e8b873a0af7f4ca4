import type { Utterance } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import { BRUSH_OFF_WORDS, FULL_ANSWER_WORDS } from "./exchange-thresholds.js";
import { evidenceOf, type Turn } from "./exchange-turn.js";

/** How the company answered a question of the candidate's: welcomed it, brushed it off, or neither. */

const DEFLECTION =
  /\b(let'?s (?:just )?(?:focus|stick|keep) (?:on|to)|(?:that'?s|it'?s) (?:kind of )?still being (?:figured|worked) out|can't (?:really )?(?:say|share|comment|discuss|get into|go into)|not (?:able|allowed|something) (?:to|i|we) (?:say|share|discuss|get into|comment)|not something (?:i|we) (?:can )?(?:share|discuss|get into|talk about)|hard to say|too early to (?:say|tell)|we'?ll (?:see|get to that)|that'?s (?:above my pay grade|for (?:hr|later)|a question for (?:hr|the recruiter|later))|ask (?:hr|the recruiter)|depends|i (?:don't|do not) (?:really )?know|no idea|it'?s complicated|still being (?:figured|worked) out)\b/i;

/** What a candidate's question was about, for reading what a brushed-off answer leaves out. */
const ABOUT_GROWTH =
  /\b(career|growth|grow|progress\w*|promot\w*|advance\w*|leadership|long[- ]term|develop\w*|move (?:up|toward|into)|path|senior)\b/i;
const ABOUT_COMPANY =
  /\b(team|company|role|structure\w*|priorit\w*|reports? to|working on|culture|customers?|roadmap|plans?|strategy|department|business|day[- ]to[- ]day|typical (?:day|week|release|shift))\b/i;

/** The candidate asked (`question`); the company answered (`answer`): how that went. */
export type Reply = "welcomed" | "brushed-off" | "neither";

/** What is known of one candidate question and the company turn answering it. */
export interface Exchange {
  question: Utterance;
  answer: Turn;
  /** The answer's first utterance, which evidence cites. */
  first: Utterance;
}

/** How the company's turn answered the candidate's question. */
export function judge(
  source: string,
  { question, answer, first }: Exchange,
): { reply: Reply; first: Evidence; growth: Evidence[]; company: Evidence[] } {
  const words = answer.words;
  // Deflection only counts in a short answer: the text is read only then.
  const isBrushOff =
    words <= BRUSH_OFF_WORDS ||
    (words < FULL_ANSWER_WORDS && DEFLECTION.test(answer.utterances.map((u) => u.text).join(" ")));
  if (isBrushOff) {
    const pair = [evidenceOf(source, question), evidenceOf(source, first)];
    const growth = ABOUT_GROWTH.test(question.text) ? pair : [];
    const company = growth.length === 0 && ABOUT_COMPANY.test(question.text) ? pair : [];
    return { reply: "brushed-off", first: evidenceOf(source, first), growth, company };
  }
  return {
    reply: words >= FULL_ANSWER_WORDS ? "welcomed" : "neither",
    first: evidenceOf(source, first),
    growth: [],
    company: [],
  };
}
