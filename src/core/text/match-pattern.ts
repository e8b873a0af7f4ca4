import type { Token } from "./nlp.js";

/**
 * A small pattern language over tokens, so that cues in the catalogue are data, not code.
 *
 *   "ask|wonder when|whether start|join"
 *
 * - Slots are separated by spaces and must appear in order, with at most `within` tokens between
 *   one slot and the next (default 3).
 * - A slot lists alternatives with `|`. An alternative matches a token whose lemma or lower-case
 *   form equals it; `word*` matches by prefix; `next_step` matches consecutive tokens.
 * - A slot written `~N` changes the allowed gap before the next slot to N.
 */
export interface CompiledPattern {
  source: string;
  slots: CompiledSlot[];
}

interface CompiledSlot {
  alternatives: string[][];
  gapBefore: number;
  /** Each one-word literal alternative, by its place in `alternatives` (the first place it holds). */
  words: Map<string, number>;
  /** The other alternatives (several words, a prefix, a class), with their places, in order. */
  others: Other[];
  /** Of those, the ones that open with a word, by that word, in order: only a token with that word can start them. */
  othersByFirst: Map<string, Other[]>;
  /** And the ones that open with a prefix or a class, in order: tried at every token. */
  othersOpenly: Other[];
}

interface Other {
  at: number;
  alt: string[];
}

export interface PatternMatch {
  /** Index of the first and last matched token. */
  start: number;
  end: number;
  /** The indices of every matched token. */
  indices: number[];
}

const cache = new Map<string, CompiledPattern>();

export function compilePattern(source: string, within = 3): CompiledPattern {
  const key = `${within}\u0000${source}`;
  const cached = cache.get(key);
  if (cached) return cached;
  if (source.trim() === "") throw new Error("empty pattern");
  const slots: CompiledSlot[] = [];
  let gap = within;
  for (const part of source.trim().split(/\s+/)) {
    if (part.startsWith("~")) {
      const n = Number(part.slice(1));
      if (!Number.isInteger(n) || n < 0) throw new Error(`bad gap "${part}" in pattern "${source}"`);
      gap = n;
      continue;
    }
    const alternatives = part
      .split("|")
      .map((alt) => alt.split("_").flatMap((w) => splitContraction(w.toLowerCase())));
    if (
      alternatives.some((alt) =>
        alt.some(
          (w) =>
            w === "" ||
            w === "*" ||
            (w.startsWith("#") && w !== "#name" && w !== "#count" && !(w in CLASSES)),
        ),
      )
    ) {
      throw new Error(`empty alternative in pattern "${source}"`);
    }
    const words = new Map<string, number>();
    const others: Other[] = [];
    const othersByFirst = new Map<string, Other[]>();
    const othersOpenly: Other[] = [];
    alternatives.forEach((alt, at) => {
      const [word] = alt;
      const isWord = word !== undefined && !word.startsWith("#") && !word.endsWith("*");
      if (alt.length === 1 && isWord) {
        if (!words.has(word)) words.set(word, at);
        return;
      }
      const other = { at, alt };
      others.push(other);
      if (!isWord) othersOpenly.push(other);
      else othersByFirst.set(word, [...(othersByFirst.get(word) ?? []), other]);
    });
    slots.push({
      alternatives,
      gapBefore: slots.length === 0 ? 0 : gap,
      words,
      others,
      othersByFirst,
      othersOpenly,
    });
    gap = within;
  }
  if (slots.length === 0) throw new Error(`empty pattern "${source}"`);
  const compiled = { source, slots };
  cache.set(key, compiled);
  return compiled;
}

const CONTRACTION = /^(.+?)(n't|'ll|'d|'s|'re|'ve|'m)$/;
/** What wink-nlp's normal form makes of each clitic ("we'll" → "we will", "that's" → "that is"). */
const CLITIC_NORMAL: Record<string, string> = {
  "n't": "not",
  "'ll": "will",
  "'d": "would",
  "'s": "is",
  "'re": "are",
  "'ve": "have",
  "'m": "am",
};
const STEM_NORMAL: Record<string, string> = { ca: "can", wo: "will", sha: "shall" };

/**
 * Pattern words are split and normalised the way the tokenizer reads text: "can't" → "can not",
 * "we'll" → "we will", "let's" → "let us"; "I'm" stays one word, as wink keeps it.
 */
export function splitContraction(word: string): string[] {
  if (word === "i'm") return [word];
  if (word === "let's") return ["let", "us"];
  const m = CONTRACTION.exec(word);
  if (!m?.[1] || !m[2]) return [word];
  return [STEM_NORMAL[m[1]] ?? m[1], CLITIC_NORMAL[m[2]] ?? m[2]];
}

/** Word classes a pattern can name with `#`: shapes of tokens rather than words. */
const CLASSES: Record<string, RegExp> = {
  "#ordinal": /^\d{1,2}(st|nd|rd|th)$/,
  "#number": /^\d+([.,]\d+)?$/,
  "#date": /^\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?$/,
  "#clock": /^\d{1,2}[:.]\d{2}$/,
};

function wordMatches(word: string, token: Token): boolean {
  // A person's or a place's name, as the tagger reads it ("with Priya", "in Leeds").
  if (word === "#name") return token.pos === "PROPN";
  // A count in figures or in words ("14 people", "fourteen people").
  if (word === "#count") return token.pos === "NUM" || /^\d+([.,]\d+)?$/.test(token.text);
  if (word.startsWith("#")) return CLASSES[word]?.test(token.text) ?? false;
  if (word.endsWith("*")) {
    const prefix = word.slice(0, -1);
    return (
      token.text.startsWith(prefix) ||
      token.lemma.startsWith(prefix) ||
      (token.raw?.startsWith(prefix) ?? false)
    );
  }
  return token.lemma === word || token.text === word || token.raw === word;
}

/** How many tokens an alternative covers when it matches at `at`, or 0. */
function alternativeLength(alt: string[], tokens: Token[], at: number): number {
  for (let k = 0; k < alt.length; k++) {
    const token = tokens[at + k];
    const word = alt[k];
    if (token === undefined || word === undefined || !wordMatches(word, token)) return 0;
  }
  return alt.length;
}

/** The place and length of the first alternative found so far to match (see slotLength). */
let foundAt = Number.POSITIVE_INFINITY;
let foundLength = 0;

/** The first of `others` (in order) that matches at `at` before the one found so far, if any, becomes the one found. */
function tryOthers(others: Other[] | undefined, tokens: Token[], at: number): void {
  if (others === undefined) return;
  for (const other of others) {
    if (other.at > foundAt) return;
    const n = alternativeLength(other.alt, tokens, at);
    if (n > 0) {
      foundAt = other.at;
      foundLength = n;
      return;
    }
  }
}

/**
 * How many tokens the slot's first matching alternative covers at `at`, or 0: the one-word alternatives
 * are looked up by the token's lemma and text, the others that open with one of those words too, and
 * the rest tried in order before the first found.
 */
function slotLength(slot: CompiledSlot, tokens: Token[], at: number): number {
  const token = tokens[at];
  if (token === undefined) return 0;
  const { lemma, text, raw } = token;
  const byLemma = slot.words.get(lemma);
  const byText = slot.words.get(text);
  const byRaw = raw === undefined ? undefined : slot.words.get(raw);
  const word = Math.min(
    byLemma ?? Number.POSITIVE_INFINITY,
    byText ?? Number.POSITIVE_INFINITY,
    byRaw ?? Number.POSITIVE_INFINITY,
  );
  if (slot.others.length === 0) return word === Number.POSITIVE_INFINITY ? 0 : 1;
  foundAt = word;
  foundLength = word === Number.POSITIVE_INFINITY ? 0 : 1;
  tryOthers(slot.othersByFirst.get(lemma), tokens, at);
  if (text !== lemma) tryOthers(slot.othersByFirst.get(text), tokens, at);
  if (raw !== undefined && raw !== lemma && raw !== text) tryOthers(slot.othersByFirst.get(raw), tokens, at);
  tryOthers(slot.othersOpenly, tokens, at);
  return foundLength;
}

/**
 * Whether the pattern matches from its slot `slotIndex` at token `at`, the indices of the tokens matched
 * pushed onto `path` (and taken off again where it does not).
 */
function matchFrom(
  pattern: CompiledPattern,
  tokens: Token[],
  slotIndex: number,
  at: number,
  path: number[],
): boolean {
  const slot = pattern.slots[slotIndex];
  if (slot === undefined) return true;
  const n = slotLength(slot, tokens, at);
  if (n === 0) return false;
  const depth = path.length;
  for (let k = 0; k < n; k++) path.push(at + k);
  const next = pattern.slots[slotIndex + 1];
  if (next === undefined) return true;
  const from = at + n;
  const to = Math.min(tokens.length - 1, from + next.gapBefore);
  for (let j = from; j <= to; j++) if (matchFrom(pattern, tokens, slotIndex + 1, j, path)) return true;
  path.length = depth;
  return false;
}

/** Every non-overlapping match of the pattern in the tokens, left to right. */
export function findMatches(pattern: CompiledPattern, tokens: Token[]): PatternMatch[] {
  const found: PatternMatch[] = [];
  const path: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    path.length = 0;
    if (matchFrom(pattern, tokens, 0, i, path) && path.length > 0) {
      const indices = path.slice();
      const start = indices[0] ?? i;
      const end = indices[indices.length - 1] ?? i;
      found.push({ start, end, indices });
      i = end + 1;
    } else {
      i++;
    }
  }
  return found;
}

/** Words that open a negation; isNegated reads only these, so the cue gate can require one. */
export const NEGATORS: ReadonlySet<string> = new Set([
  "no",
  "not",
  "never",
  "without",
  "nobody",
  "nothing",
  "neither",
  "nor",
  "none",
  "hardly",
  "barely",
  "zero",
  "n't",
]);

/**
 * True when the comma at `comma` opens a list item that holds the match and no verb, after a noun:
 * "…about training, progression etc.", not "No problem, progression is clear" nor "no canteen,
 * great progression".
 */
function inVerblessItem(tokens: Token[], comma: number, match: PatternMatch): boolean {
  const before = tokens[comma - 1];
  if (!before || (before.pos !== "NOUN" && before.pos !== "PROPN" && before.pos !== "ADJ")) return false;
  // The item opens on the match itself, or on "or", "and", "the": "no canteen, great progression" is two.
  for (let j = comma + 1; j < match.start; j++) {
    const t = tokens[j];
    if (!t || !(t.pos === "DET" || t.pos === "CCONJ")) return false;
  }
  for (let j = comma + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || (j > match.end && (t.text === "," || t.text === "." || t.text === ";"))) break;
    if (t.pos === "VERB" || t.pos === "AUX") return false;
  }
  return true;
}

/** Where a clause ends, for the reach of a negation: "no feedback, and the team decided…". */
const CLAUSE_BREAKS = new Set([
  ",",
  ";",
  ":",
  '"',
  "(",
  ")",
  "and",
  "but",
  "so",
  "because",
  "that",
  "which",
  "who",
  "while",
  "although",
  "though",
  "then",
]);

/**
 * True when the match sits inside a negation: a negator earlier in its own clause ("he never
 * mentioned next steps", "there was no tour"), inside the match itself, gaps included ("he was not
 * very friendly"), or a negated verb right after it ("salary never came up"). wink-nlp's own
 * negation scope runs to the end of the sentence, across "and" and quotes, so the clause is
 * bounded here.
 */
export function isNegated(tokens: Token[], match: PatternMatch): boolean {
  for (let j = match.start - 1; j >= 0 && j >= match.start - 12; j--) {
    const t = tokens[j];
    if (!t) break;
    // A list carries its negation over its commas: "nobody mentioned training, progression or pay".
    if (t.text === "," && inVerblessItem(tokens, j, match)) continue;
    // A quotation denied as a whole: no "when could you start", never a "we'll be in touch".
    if ((t.text === '"' || t.text === "“") && NEGATORS.has(tokens[j - 1]?.text ?? "")) return true;
    if (CLAUSE_BREAKS.has(t.text)) break;
    if (NEGATORS.has(t.text)) return true;
  }
  // Inside the match, the words a gap skipped count too: "he was not very friendly", "I did not get selected".
  for (let j = match.start; j <= match.end; j++) if (NEGATORS.has(tokens[j]?.text ?? "")) return true;
  for (let j = match.end + 1; j <= match.end + 3 && j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || t.pos === "PUNCT" || t.pos === "CCONJ" || t.pos === "SCONJ") break;
    if (t.text === "never" || t.text === "n't" || t.text === "not") return true;
  }
  return false;
}
