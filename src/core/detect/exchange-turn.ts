import type { Utterance } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import { countWords } from "../text/count-words.js";
import { wordStem } from "../text/crude-stem.js";
import { formatTime } from "../time/format-time.js";

/** A turn of a transcript (consecutive utterances by one side), read as it grows, and what is quoted of it. */

/** Consecutive utterances by the same side: one turn, read as it grows. */
export interface Turn {
  isCandidate: boolean;
  utterances: Utterance[];
  /** Words of the turn's text (utterances joined with a space), split at white space. */
  words: number;
  /** For the candidate's turns: the content words said, for telling whether the next question picks them up. */
  said: Set<string>;
  /** Whether the turn's text, as `isQuestion` reads it, ends with a question mark / has one inside. */
  endsAsked: boolean;
  asksInside: boolean;
  /** The first utterance that is a question. */
  question?: Utterance;
  /** For the company's turns: a question that picks up the candidate's last answer was found. */
  followsUp: boolean;
}

/** Adds an utterance to a turn, keeping what the detectors read of the turn's joined text. */
export function grow(turn: Turn, u: Utterance): void {
  turn.utterances.push(u);
  turn.words += countWords(u.text);
  if (turn.isCandidate) for (const w of contentWords(u.text)) turn.said.add(w);
  // `isQuestion` of the text joined with spaces, from the parts: a "?" then white space then more
  // text may span the join.
  const hasWords = /\S/.test(u.text);
  turn.asksInside ||= /\?\s+\S/.test(u.text) || (turn.endsAsked && hasWords);
  if (hasWords) turn.endsAsked = /\?\s*$/.test(u.text);
  if (turn.question === undefined && isQuestion(u.text)) turn.question = u;
}

export function asks(turn: Turn): boolean {
  return turn.isCandidate && (turn.endsAsked || turn.asksInside);
}

const STOPWORDS = new Set(
  (
    "about above after again against also always among another because been before being below between both " +
    "could didn't does doesn't doing don't down during each every from further have having here hers herself " +
    "him himself his how i'd i'll i'm i've into isn't it's its itself just let's like maybe more most much must " +
    "myself never once only other ought ours ourselves over own really same she'd she'll she's should so some " +
    "such than that that's their theirs them themselves then there there's these they they'd they'll they're " +
    "they've thing things think this those through under until very was wasn't we'd we'll we're we've were " +
    "weren't what what's when when's where where's which while who who's whom why why's will with won't would " +
    "every yeah yes you'd you'll you're you've your yours yourself yourselves okay right sure well good great kind " +
    "actually basically honestly pretty quite something someone anything everything going want know mean said " +
    "tell told come came make made take took thanks thank sorry question questions answer time times little bit"
  ).split(" "),
);

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? []) {
    if (STOPWORDS.has(raw)) continue;
    const w = stem(raw);
    if (w.length >= 4) out.add(w);
  }
  return out;
}

const STEMS = new Map<string, string>();

/** A word's stem, so that "arrived" meets "arrive" and "resetting" meets "reset". Remembered per word. */
function stem(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    stemmed = wordStem(word);
    if (STEMS.size < 100_000) STEMS.set(word, stemmed);
  }
  return stemmed;
}

export function isQuestion(text: string): boolean {
  return /\?\s*$/.test(text.trim()) || /\?\s+\S/.test(text);
}

export function evidenceOf(source: string, u: Utterance): Evidence {
  const quote = u.text.length <= 280 ? u.text : `${u.text.slice(0, 277)}…`;
  return {
    source,
    quote,
    line: u.line,
    ...(u.speaker === undefined ? {} : { speaker: u.speaker }),
    ...(u.start === undefined ? {} : { at: formatTime(u.start) }),
  };
}
