import { sameName } from "../people/identify-candidate-mail.js";
import type { Analysis } from "../read/analyze-interview.js";
import type { TranscriptDoc } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import type { SignalId } from "../signals/signal.js";
import { readSentences, type Token } from "../text/nlp.js";
import { formatTime } from "../time/format-time.js";
import { displayName } from "./display-name.js";
import type { Interviewer } from "./find-interviewers.js";
import { collapse, normal, plainQuotes } from "./words.js";

// The conversation as the drafts read it: one unit per sentence, with who said it, where, and its signals.

export interface Unit {
  source: string;
  /** The sentence, whitespace collapsed. */
  text: string;
  line: number;
  at?: string;
  speaker?: string;
  /** Words the interviewer said (a transcript turn, or a quote in notes) or the candidate's account of them. */
  voice: "speech" | "narration";
  isBullet: boolean;
  /** Whose words a sentence that is only a quotation is: the last reporting verb's subject in its paragraph. */
  quotedBy?: "interviewer" | "candidate";
  /** A list item under a line that ends with a colon ("Luis went through the job day to day:"). */
  isListItem: boolean;
  /** Index of the interviewer the sentence is about or by; -1 for none. */
  owner: number;
  /** Signals whose evidence is this sentence. */
  signals: Set<SignalId>;
  /** Signals whose evidence is in the same transcript turn: content there lends weight to every sentence. */
  turnSignals: Set<SignalId>;
  /** The interviewer's first turn: hellos and small talk. */
  isGreeting?: boolean;
  /** Tokens of the sentence with offsets, read when first needed. */
  tokens?: Placed[];
  /** Position, for ties: earlier first. */
  order: number;
}

/** Each quote's normal form, made once: a long account has many sentences to match against them. */
const NORMAL_QUOTES = new WeakMap<Evidence, string>();

function normalQuote(e: Evidence): string {
  let q = NORMAL_QUOTES.get(e);
  if (q === undefined) {
    q = normal(e.quote);
    NORMAL_QUOTES.set(e, q);
  }
  return q;
}

function evidenceMatches(e: Evidence, source: string, s: string): boolean {
  if (e.isFact || e.source !== source) return false;
  const q = normalQuote(e);
  if (q.length < 8 || s.length < 8) return false;
  return q.includes(s) || s.includes(q) || (q.length > 40 && s.startsWith(q.slice(0, 40)));
}

export function signalsOf(analysis: Analysis, source: string, sentence: string): Set<SignalId> {
  const ids = new Set<SignalId>();
  const s = normal(sentence);
  for (const signal of analysis.signals)
    if (signal.evidence.some((e) => evidenceMatches(e, source, s))) ids.add(signal.id);
  return ids;
}

/**
 * Sentences of one text (whitespace collapsed) with their character offsets. A notes arrow ends one: "she
 * asked about my French -> fine" is the question, then the answer jotted after it.
 */
export function sentencesOf(text: string): { text: string; offset: number }[] {
  const plain = collapse(text);
  return readSentences(plain).flatMap((s) => {
    // Typographic quotes as written: readSentences reads straight ones at the same offsets.
    const written = plain.slice(s.offset, s.offset + s.text.length);
    const sentence = plainQuotes(written) === s.text ? written : s.text;
    const parts: { text: string; offset: number }[] = [];
    let from = 0;
    for (const arrow of sentence.matchAll(/\s*(?:-+>|=>|→)\s*/g)) {
      parts.push({ text: sentence.slice(from, arrow.index), offset: s.offset + from });
      from = arrow.index + arrow[0].length;
    }
    parts.push({ text: sentence.slice(from), offset: s.offset + from });
    return parts.map((p) => ({ ...p, text: p.text.trim() })).filter((p) => p.text !== "");
  });
}

export function transcriptUnits(
  doc: TranscriptDoc,
  interviewers: Interviewer[],
  analysis: Analysis,
  order: number,
): Unit[] {
  const units: Unit[] = [];
  const spoke = new Set<number>();
  for (const u of doc.utterances) {
    const owner = u.speaker
      ? interviewers.findIndex((p) => sameName(p.name, displayName(u.speaker ?? "")))
      : -1;
    if (owner < 0) continue;
    const isGreeting = !spoke.has(owner);
    spoke.add(owner);
    const sentences = sentencesOf(u.text).map((s) => ({
      text: s.text,
      signals: signalsOf(analysis, doc.source, s.text),
    }));
    // A turn whose words are evidence lends its content to every sentence in it.
    const turnSignals = new Set<SignalId>(sentences.flatMap((s) => [...s.signals]));
    for (const { text, signals } of sentences) {
      units.push({
        source: doc.source,
        text,
        line: u.line,
        ...(u.start !== undefined ? { at: formatTime(u.start) } : {}),
        ...(u.speaker ? { speaker: u.speaker } : {}),
        voice: "speech",
        isBullet: false,
        isListItem: false,
        ...(isGreeting ? { isGreeting } : {}),
        owner,
        signals,
        turnSignals,
        order: order + units.length,
      });
    }
  }
  return units;
}

/** A token with where it starts in the sentence it was read from. */
export interface Placed extends Token {
  at: number;
}
