import type { Token } from "../text/nlp.js";
import { checkDraft } from "./check-draft.js";
import { specificSentence } from "./compose-body.js";
import { finishText } from "./finish-text.js";
import { CANDIDATE_ASKED, NEGATED, NOT_A_NOUN_PHRASE, OTHER_LANGUAGE } from "./phrase-filters.js";
import type { Scored } from "./score-phrase.js";
import { tokensOf } from "./sentence-tokens.js";
import { plainQuotes } from "./words.js";

// Whether a specific can go into a letter as it stands.

/** True when a point opens with its subject and then its verb, with no comma between. */
function hasSubject(tokens: Token[], text: string): boolean {
  if (/^(?:I|you|we|they|he|she|it|there|that|this)\b/i.test(plainQuotes(text))) return true;
  const words = text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u);
  const first = tokens.findIndex((t) => t.text.toLowerCase() === words[0]);
  const own = first >= 0 ? tokens.slice(first) : tokens;
  const verb = own.findIndex((t) => t.pos === "AUX" || t.pos === "VERB");
  if (verb < 0) return true;
  if (verb === 0) return false;
  return own
    .slice(0, verb)
    .every((t) => ["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADP", "CCONJ"].includes(t.pos));
}

/**
 * True when a phrase meant as a noun phrase is a clause: a subject and its verb ("the other rep was out
 * there"), which cannot follow "about". A wh-word or "whether" opens a clause that can ("how I would …").
 */
function isClause(tokens: Token[], text: string): boolean {
  if (/^(?:how|why|what|where|when|whether|who|which)\b/i.test(text)) return false;
  const words = text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u);
  const first = tokens.findIndex((t) => t.text.toLowerCase() === words[0]);
  const own = first >= 0 ? tokens.slice(first) : tokens;
  const verb = own.findIndex((t) => t.pos === "AUX" || (t.pos === "VERB" && !/ing$/i.test(t.text)));
  if (verb <= 0) return false;
  return own.slice(0, verb).every((t) => ["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(t.pos));
}

/**
 * Whether a specific can go in a letter as it stands: its source is not negated (a denied question is no
 * question), a question is not one the candidate asked, a topic or question reads as a noun phrase, and the
 * sentence it makes passes the draft check. Anything else is left out, never mended.
 */
export function isSayable(s: Scored): boolean {
  // The whole sentence the phrase was cut from: "he never once asked where else I'm interviewing".
  const quote = plainQuotes(s.unit.text.includes(s.quote) ? s.unit.text : s.quote);
  const text = plainQuotes(s.text).trim();
  if (s.kind !== "point" && NOT_A_NOUN_PHRASE.test(text)) return false;
  // A phrase that runs on into another clause ("… and if I can …", "… and I only know it …") or a label.
  if (s.kind !== "point" && (/\band\s+(?:if|I|whether)\b|:/.test(text) || /\band\s+I\b/.test(text)))
    return false;
  // The negation that counts stands before the phrase ends: "never once asked where else …", not a "not"
  // in a clause after it.
  const last = text.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  const end = quote.toLowerCase().lastIndexOf(last);
  const upTo = end > 0 ? quote.slice(0, end + last.length) : quote;
  const before = end > 0 ? upTo.slice(0, Math.max(0, upTo.length - text.length)) : quote;
  if (s.kind !== "point" && NEGATED.test(upTo)) return false;
  if (s.kind === "point" && NEGATED.test(before) && !NEGATED.test(text)) return false;
  // "It was good to learn that you didn't touch X" says back what did not happen.
  if (s.kind === "point" && NEGATED.test(text)) return false;
  // A point is a clause: a subject, then its verb ("both possible, explained …" is a fragment of notes).
  if (s.kind === "point" && !hasSubject(tokensOf(s.unit, s.quote), text)) return false;
  if (s.kind === "question" && (CANDIDATE_ASKED.test(quote) || /^I\b/.test(text))) return false;
  if (s.kind !== "point" && isClause(tokensOf(s.unit, s.quote), text)) return false;
  // An aside to the reader ("man, that's …") or words in another language are not said back in a letter.
  if (/^(?:man|oh|wow|well|yeah|yes|okay|ok|so|look|honestly|right|anyway)\b,?/i.test(text)) return false;
  if ((text.match(OTHER_LANGUAGE) ?? []).length >= 2) return false;
  const sentence = specificSentence(
    { kind: s.kind, text: finishText(s.text, undefined), source: s.unit.source, quote: s.quote },
    0,
  );
  return checkDraft(sentence, { allowsTemplate: true }).length === 0;
}
