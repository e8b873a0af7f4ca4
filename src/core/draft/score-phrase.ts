import type { Unit } from "./conversation-unit.js";
import { firstNameOf } from "./display-name.js";
import {
  ANAPHORA,
  CHAT,
  CONTENT_SIGNALS,
  GENERIC,
  GENERIC_TOPIC,
  LOGISTICS,
  LOGISTICS_SIGNALS,
  QUANTIFIER,
  SMALL_TALK,
} from "./phrase-filters.js";
import { contentOf, tokensOf } from "./sentence-tokens.js";
import type { Phrase } from "./spoken-phrases.js";
import { countWords, escapeRegExp, plainQuotes } from "./words.js";

// How good a specific a phrase makes, or undefined where it cannot be one.

export interface Scored extends Phrase {
  unit: Unit;
  score: number;
}

export function scorePhrase(phrase: Phrase, unit: Unit, candidateNames: string[]): Scored | undefined {
  let p = phrase;
  const tokens = tokensOf(unit, p.quote);
  const content = contentOf(tokens, p.text);
  if (GENERIC.test(p.text) || GENERIC.test(p.quote) || LOGISTICS.test(p.quote)) return undefined;
  if (
    [...unit.signals].some((id) => LOGISTICS_SIGNALS.has(id)) &&
    ![...unit.signals].some((id) => CONTENT_SIGNALS.has(id))
  )
    return undefined;
  if (/[()=]/.test(p.quote) || GENERIC_TOPIC.test(p.text) || QUANTIFIER.test(p.quote)) return undefined;
  // A point needs a subject: "is about one point two million a year" is the tail of a sentence.
  const first = tokens[0];
  if (p.kind === "point" && first && (first.pos === "VERB" || first.pos === "AUX" || first.pos === "ADP"))
    return undefined;
  // Without a finite verb a "point" is a thing named: "Blameless write-up within five working days, reviewed…".
  const hasVerb = tokens.some((t) => t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.text)));
  const hasSubject = /^(?:I|you|we|they|he|she|it)\b/i.test(plainQuotes(p.text));
  if (p.kind === "point" && !hasVerb && !hasSubject) p = { ...p, kind: "topic" };
  // Saying the candidate's name: a greeting or an aside to them.
  if (candidateNames.some((n) => new RegExp(`\\b${escapeRegExp(firstNameOf(n))}\\b`, "i").test(p.quote)))
    return undefined;
  const isWh = /^(?:how|why|what|where|when|whether|who)\b/i.test(p.text);
  if (content < (p.kind === "question" || isWh ? 1 : 2)) return undefined;
  let score = Math.min(content, 6);
  if ([...unit.signals].some((id) => CONTENT_SIGNALS.has(id))) score += 1;
  if ([...unit.turnSignals].some((id) => CONTENT_SIGNALS.has(id))) score += 1;
  if (unit.signals.has("deep-follow-ups")) score += 1;
  // Small talk (a dog's name, the weather) is warm but not what the interview was about.
  const isChat = [...unit.turnSignals].some(
    (id) => id === "natural-rapport" || id === "engaged-body-language",
  );
  if (isChat && ![...unit.turnSignals].some((id) => CONTENT_SIGNALS.has(id))) score -= 2;
  if (unit.isGreeting) score -= 2;
  if (SMALL_TALK.test(p.quote)) score -= 3;
  if (unit.voice === "speech" && /^(?:you'd|you'll|you would|you will)\b/i.test(plainQuotes(p.quote)))
    score += 1;
  if (p.kind === "question" && countWords(p.text) >= 4) score += 1;
  if (p.kind !== "question") score += 1;
  if (ANAPHORA.test(p.text)) score -= 3;
  if (/[~<>/#@&]|["\u201c\u201d]/.test(p.quote)) score -= 2;
  if (CHAT.test(p.quote)) score -= 4;
  const words = countWords(p.quote);
  if (words > 16) score -= Math.ceil((words - 16) / 3);
  if (words < 4) score -= 1;
  const yous = plainQuotes(p.quote).match(/\byou(?!'d|'ll)(?:'\w+)?\b|\byour\b/gi)?.length ?? 0;
  if (unit.voice === "speech" && yous > 0) score -= yous >= 3 ? 2 : 1;
  return { ...p, unit, score };
}
