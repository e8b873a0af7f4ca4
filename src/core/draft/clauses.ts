import { countWords } from "./words.js";

// Cutting a sentence into clauses and list items, and a phrase down to a clause boundary.

/** A specific longer than this is cut at a clause boundary or left out. */
export const MAX_SPECIFIC_WORDS = 22;

const SPLIT_CLAUSES =
  /,\s+(?:and|but|so|which|because)\s+|;\s+|\s+[\u2013\u2014]\s+|\s+-\s+|,\s+(?=(?:we|they|it|he|she|i|you)\b)/i;

/** The [start, end) of the phrase inside `text` with outer punctuation and spaces trimmed. */
export function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:.!?"'\u201c\u201d\u2018\u2019()*]/.test(text.charAt(s))) s++;
  while (e > s && /[\s,;:.!?"\u201c\u201d()*]/.test(text.charAt(e - 1))) e--;
  // A closing quote stays when its opening one is inside.
  return [s, e];
}

export function slice(text: string, start: number, end: number): string {
  const [s, e] = trimmed(text, start, end);
  return text.slice(s, e);
}

/** Shortens a phrase to a clause boundary when it runs on. */
export function shorten(phrase: string): string {
  let p = phrase;
  if (countWords(p) <= MAX_SPECIFIC_WORDS - 6) return p;
  const cut = /,\s|\s(?:and|because|which|so that|while|where|but|before|until)\s/g;
  for (const m of p.matchAll(cut)) {
    if (countWords(p.slice(0, m.index)) >= 6) {
      p = p.slice(0, m.index);
      break;
    }
  }
  return p;
}

/** Splits a statement into clauses, each as [start, end) in the sentence. */
export function clausesOf(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  const re = new RegExp(SPLIT_CLAUSES.source, "gi");
  for (const m of sentence.matchAll(re)) {
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, sentence.length]);
  return out;
}

export function itemsAfter(text: string, from: number): [number, number][] {
  const out: [number, number][] = [];
  const rest = text.slice(from);
  const re =
    // Spaces before a mark or a word are matched only from the start of their run, where the match
    // starts anyway: tried from every space of a long run, the scan was quadratic.
    /(?:(?<!\s)\s+)?[,;:]\s+(?:and\s+|or\s+|then\s+|plus\s+)?|(?<!\s)\s+and\s+(?=(?:how|why|what|that|the|a|an)\b)|(?:,|(?<!\s))\s+then\s+(?=(?:how|why|what|whether)\b)/gi;
  let start = 0;
  for (const m of rest.matchAll(re)) {
    out.push([from + start, from + m.index]);
    start = m.index + m[0].length;
  }
  out.push([from + start, text.length]);
  return out;
}
