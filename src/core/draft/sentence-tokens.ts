import { readSentences, type Token } from "../text/nlp.js";
import type { Placed, Unit } from "./conversation-unit.js";
import { plainQuotes } from "./words.js";

// A phrase's tokens, tagged in the context of its whole sentence, and how much the phrase says.

/**
 * The sentence's tokens with their offsets: parts of speech are read on the whole sentence, since a tagger
 * guesses badly on a fragment ("the invoicing redesign" alone reads as two verbs).
 */
function placedTokens(unit: Unit): Placed[] {
  if (unit.tokens) return unit.tokens;
  const lower = plainQuotes(unit.text).toLowerCase();
  const placed: Placed[] = [];
  let cursor = 0;
  for (const t of readSentences(unit.text).flatMap((x) => x.tokens)) {
    const at = indexOfWord(lower, t.text, cursor);
    const isNear = at >= 0 && at - cursor <= 12;
    placed.push({ ...t, at: isNear ? at : cursor });
    if (isNear) cursor = at + t.text.length;
  }
  unit.tokens = placed;
  return placed;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Where `word` first starts in `text` at or after `from`, not straight after a letter or a digit; -1 if
 * nowhere. What `(?<![\p{L}\p{N}])word` finds, without compiling a regular expression for every token
 * of a 90-minute transcript.
 */
function indexOfWord(text: string, word: string, from: number): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const low = text.charCodeAt(at - 1);
    // The character before, whole: a letter outside the Basic Multilingual Plane is two code units.
    const before =
      at >= 2 && low >= 0xdc00 && low <= 0xdfff
        ? String.fromCodePoint(text.codePointAt(at - 2) ?? 0)
        : text[at - 1];
    if (before === undefined || !LETTER_OR_DIGIT.test(before)) return at;
  }
  return -1;
}

/** The tokens of a phrase of the unit, tagged in the context of the whole sentence. */
export function tokensOf(unit: Unit, quote: string): Token[] {
  const start = unit.text.indexOf(quote);
  if (start < 0) return readSentences(quote).flatMap((x) => x.tokens);
  const end = start + quote.length;
  return placedTokens(unit).filter((t) => t.at >= start && t.at < end);
}

/** Words that carry no content of their own: function words, the commonest verbs, fillers. */
const STOP = new Set(
  (
    "the a an and or but so of to in on at by for with from about into over under as than then that this these " +
    "those there here it its it's is are was were be been being am do does did done have has had having will would " +
    "shall should can could may might must i me my mine you your yours we us our he him his she her they them their " +
    "what which who whom whose when where why how whether if not no yes all any some each every both either neither " +
    "one ones just also very really actually basically honestly right now still even only much many more most lot " +
    "lots bit thing things stuff something anything everything nothing way ways kind sort get got getting go going " +
    "went gone make made take took say said tell told ask asked think thought know knew want wanted like need see " +
    "look come came put let well good great okay ok sure yeah oh um uh i'm i'd i've i'll you're you'd you've you'll " +
    "we're we'd we've we'll he's she's they're they'd they've that's there's what's don't didn't doesn't isn't " +
    "wasn't can't won't"
  ).split(" "),
);

/**
 * How much a phrase says: nouns, names and numbers as the tagger reads them in the whole sentence, or
 * failing that the words that are not function words (the tagger misreads "the invoicing redesign").
 */
export function contentOf(tokens: Token[], phrase: string): number {
  const tagged = tokens.filter((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM").length;
  const words = plainQuotes(phrase)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => (w.length >= 3 || /\d/.test(w)) && !STOP.has(w) && !/ly$/.test(w)).length;
  return Math.max(tagged, words - 1);
}
