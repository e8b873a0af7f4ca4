import type { Evidence, Finding } from "../signals/evidence.js";
import type { SignalId } from "../signals/signal.js";
import { crudeStem } from "../text/crude-stem.js";
import { cheapWords } from "./cue-gate.js";
import { evidenceFor } from "./detect-cues.js";
import type { Passage } from "./passages.js";
import { SENTENCE_MODEL } from "./sentence-model-weights.js";
import type { SignalModel } from "./signal-model.js";

/**
 * The learned part of the reading: per signal, a logistic model over a sentence's words (crude stems
 * and pairs of them), its speaker's role, its channel, a question mark and a negation. It is trained
 * by `npm run train` on the tuned-on material only (case folders and labelled real texts), each
 * folder labelled as a whole: the sentences the rules quote for a signal start as its examples, and
 * in a folder where the rules found nothing the sentence the model likes best is taken as one.
 *
 * It only rescues: a signal the rules did not find is found when one sentence of the company's (or of
 * the candidate's account of what the company did) scores past the signal's threshold, which the
 * training chose by cross-validation for the precision of what it adds. The evidence stays the
 * verbatim sentence. Signals whose meaning rests on the shape of the material (a length, a reply's
 * latency, an outcome) are never rescued.
 */

export type { SignalModel } from "./signal-model.js";

/** Negating words, read as one feature ("NEG") wherever they stand. */
const NEGATING = new Set([
  "not",
  "n't",
  "no",
  "never",
  "nothing",
  "nobody",
  "neither",
  "nor",
  "without",
  "cannot",
]);

/** A pronoun and the subject feature it gives. */
const SUBJECTS: ReadonlyMap<string, string> = new Map([
  ["i", "i"],
  ["we", "i"],
  ["she", "3"],
  ["he", "3"],
  ["they", "3"],
  ["you", "you"],
]);

/** Words the gate adds for a sentence's marks, read as flags rather than words. */
const MARKS: ReadonlyMap<string, string> = new Map([
  ["?", "Q"],
  [":", "COLON"],
]);

/** A word's stem as the model reads it: negations as "NEG", numbers as "#", else its crude stem. */
function stemOf(word: string): string {
  if (NEGATING.has(word)) return "NEG";
  if (/^\p{N}/u.test(word)) return "#";
  return crudeStem(word.endsWith("'s") ? word.slice(0, -2) : word);
}

/**
 * A sentence's features, from its words as the cue gate reads them (`cheapWords`): each word's stem
 * and each pair of neighbouring stems; the role and channel of its passage; "Q" for a question mark
 * and "COLON" for a colon; "DENIED" under a heading that denies its list; the first personal pronoun
 * as its subject; and "BIAS".
 */
export function sentenceFeatures(
  text: string,
  passage: Pick<Passage, "role" | "channel" | "denied">,
  words: readonly string[] = cheapWords(text),
): string[] {
  const features = new Set<string>();
  let previous: string | undefined;
  let subject: string | undefined;
  for (const word of words) {
    const mark = MARKS.get(word);
    if (mark !== undefined) {
      features.add(mark);
      continue;
    }
    const stem = stemOf(word);
    features.add(stem);
    if (previous !== undefined) features.add(`${previous}_${stem}`);
    previous = stem;
    subject ??= SUBJECTS.get(word);
  }
  features.add(`r=${passage.role}`);
  features.add(`c=${passage.channel}`);
  if (passage.denied) features.add("DENIED");
  if (subject !== undefined) features.add(`subj=${subject}`);
  features.add("BIAS");
  return [...features];
}

/** A sentence's score for one signal: the sum of its features' weights (what training computes). */
export function scoreFeatures(model: SignalModel, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += model.weights[f] ?? 0;
  return z;
}

/** Whether a passage can show a company signal: not the candidate's own words, mail or a form letter. */
export function modelReads(passage: Passage): boolean {
  return passage.role !== "candidate" && passage.ownMail !== true && passage.isFormLetter !== true;
}

/** The best sentence so far for each modelled signal. */
export type ModelBest = Map<SignalId, { score: number; evidence: Evidence }>;

/**
 * The model compiled for reading many sentences fast: every stem a weight names gets a number, and
 * each feature (a stem, a pair of stems, a flag) the weights it has, as pairs of a signal's place and
 * a weight, so a sentence costs one lookup per word and a few additions. `scanSentence` scores
 * exactly what `sentenceFeatures` and `scoreFeatures` would (a test holds it to that).
 */
const MODELLED = Object.entries(SENTENCE_MODEL) as [SignalId, SignalModel][];
const RESCUE = Float64Array.from(MODELLED.map(([, m]) => m.rescue));
const STEM_IDS = new Map<string, number>();
/** Room for each stem's number in a pair's key. */
const PAIR = 1 << 20;

/** Each feature's weights as [signal place, weight, …], while they are gathered. */
const gathered = new Map<string, number[]>();
for (const [k, [, model]] of MODELLED.entries())
  for (const [feature, weight] of Object.entries(model.weights)) {
    const list = gathered.get(feature) ?? [];
    list.push(k, weight);
    gathered.set(feature, list);
  }

function stemId(stem: string): number {
  let id = STEM_IDS.get(stem);
  if (id === undefined) {
    id = STEM_IDS.size;
    STEM_IDS.set(stem, id);
  }
  return id;
}

const FLAG_FEATURE = /^(r=|c=|subj=)|^(Q|COLON|DENIED|BIAS)$/;
const UNIGRAMS: (Float64Array | undefined)[] = [];
const BIGRAMS = new Map<number, Float64Array>();
const FLAGS = new Map<string, Float64Array>();
/** Stems that begin a weighted pair: only after them is a pair looked up. */
const STARTS_PAIR_LIST: number[] = [];
for (const [feature, list] of gathered) {
  const weights = Float64Array.from(list);
  const parts = FLAG_FEATURE.test(feature) ? [] : feature.split("_");
  if (parts.length === 1) UNIGRAMS[stemId(parts[0] as string)] = weights;
  else if (parts.length === 2) {
    const first = stemId(parts[0] as string);
    STARTS_PAIR_LIST.push(first);
    BIGRAMS.set(first * PAIR + stemId(parts[1] as string), weights);
  } else FLAGS.set(feature, weights);
}
gathered.clear();
const STARTS_PAIR = new Uint8Array(STEM_IDS.size);
for (const first of STARTS_PAIR_LIST) STARTS_PAIR[first] = 1;

/** No weights: what a word, a mark or a flag weighs when no weight names it. */
const NONE = new Float64Array(0);

/** What scoring needs of a word, worked out once per word written: one lookup per word after. */
interface WordInfo {
  /** Its stem's number; -1 when no weight names it. */
  id: number;
  /** Its stem's weights (NONE when none). */
  weights: Float64Array;
  /** Whether it is a mark ("?", ":"), which stands outside the pairs of words; `weights` are the mark's. */
  isMark: boolean;
  /** The weights of the subject it names, if it is a personal pronoun (NONE otherwise). */
  subject: Float64Array;
  isSubject: boolean;
}

/** Words seen, kept while there are not too many. */
const WORDS = new Map<string, WordInfo>();

function wordInfo(word: string): WordInfo {
  let info = WORDS.get(word);
  if (info !== undefined) return info;
  const mark = MARKS.get(word);
  const subject = SUBJECTS.get(word);
  const id = mark === undefined ? (STEM_IDS.get(stemOf(word)) ?? -1) : -1;
  info = {
    id,
    weights: mark !== undefined ? (FLAGS.get(mark) ?? NONE) : id >= 0 ? (UNIGRAMS[id] ?? NONE) : NONE,
    isMark: mark !== undefined,
    subject: subject === undefined ? NONE : (FLAGS.get(`subj=${subject}`) ?? NONE),
    isSubject: subject !== undefined,
  };
  if (WORDS.size > 50_000) WORDS.clear();
  WORDS.set(word, info);
  return info;
}

/** Flags of a passage's role and channel, by their values. */
const ROLE_FLAGS = new Map([...FLAGS].filter(([f]) => f.startsWith("r=")).map(([f, w]) => [f.slice(2), w]));
const CHANNEL_FLAGS = new Map(
  [...FLAGS].filter(([f]) => f.startsWith("c=")).map(([f, w]) => [f.slice(2), w]),
);

const scores = new Float64Array(MODELLED.length);

function addWeights(w: Float64Array | undefined): void {
  if (w)
    for (let i = 0; i < w.length; i += 2) {
      const k = w[i] as number;
      scores[k] = (scores[k] ?? 0) + (w[i + 1] ?? 0);
    }
}

/** When each stem was last counted (its sentence's number), so a sentence counts it once. */
let counted = new Uint32Array(STEM_IDS.size);
let sentenceNumber = 0;
/** The pairs with a weight a sentence has counted. */
const pairsCounted: number[] = [];

/** Scores one sentence (its words as `cheapWords` reads them) for every modelled signal, into `scores`. */
function scoreSentence(words: readonly string[], passage: Passage): void {
  scores.fill(0);
  sentenceNumber++;
  if (sentenceNumber === 0xffffffff) {
    counted = new Uint32Array(STEM_IDS.size);
    sentenceNumber = 1;
  }
  pairsCounted.length = 0;
  let previous = -1;
  let subjectFound = false;
  for (let n = 0; n < words.length; n++) {
    const info = wordInfo(words[n] as string);
    if (info.isMark) {
      // Each mark once: the gate gives each at most once.
      addWeights(info.weights);
      continue;
    }
    const id = info.id;
    if (id >= 0) {
      if (counted[id] !== sentenceNumber) {
        counted[id] = sentenceNumber;
        addWeights(info.weights);
      }
      if (previous >= 0 && STARTS_PAIR[previous] === 1) {
        const key = previous * PAIR + id;
        const pair = BIGRAMS.get(key);
        if (pair && !pairsCounted.includes(key)) {
          pairsCounted.push(key);
          addWeights(pair);
        }
      }
    }
    // A word no weight names still stands between its neighbours: no pair across it.
    previous = id;
    if (!subjectFound && info.isSubject) {
      subjectFound = true;
      addWeights(info.subject);
    }
  }
  addWeights(ROLE_FLAGS.get(passage.role));
  addWeights(CHANNEL_FLAGS.get(passage.channel));
  if (passage.denied) addWeights(FLAGS.get("DENIED"));
  addWeights(FLAGS.get("BIAS"));
}

/** Every modelled signal's score of one sentence, as `scanSentence` computes it. */
export function modelScores(text: string, passage: Passage): Map<SignalId, number> {
  scoreSentence(cheapWords(text), passage);
  return new Map(MODELLED.map(([id], k) => [id, scores[k] ?? 0]));
}

/** A rough sentence of a passage and where it stands in the passage's text. */
export interface ReadSentence {
  passage: Passage;
  sentence: string;
  at: number;
  /** Its words, as the cue gate read them. */
  words: readonly string[];
}

/** Scores one sentence of a passage, keeping each signal's best one in `best`. */
export function scanSentence(read: ReadSentence, best: ModelBest): void {
  const { passage, sentence, at, words } = read;
  if (MODELLED.length === 0 || !modelReads(passage)) return;
  scoreSentence(words, passage);
  for (let k = 0; k < MODELLED.length; k++) {
    const score = scores[k] ?? 0;
    if (score < (RESCUE[k] ?? 0)) continue;
    const id = (MODELLED[k] as [SignalId, SignalModel])[0];
    if (score <= (best.get(id)?.score ?? Number.NEGATIVE_INFINITY)) continue;
    best.set(id, { score, evidence: evidenceFor(passage, sentence.trim(), at) });
  }
}

/** Findings for the modelled signals the rules did not find, from each one's best sentence. */
export function rescuedFindings(best: ModelBest, found: ReadonlySet<SignalId>): Finding[] {
  const out: Finding[] = [];
  for (const [id, { evidence }] of best) if (!found.has(id)) out.push({ id, evidence: [evidence] });
  return out;
}
