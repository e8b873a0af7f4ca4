import type { Finding } from "../signals/evidence.js";
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

/** The best sentence so far for each modelled signal: its evidence is written only if it is rescued. */
export type ModelBest = Map<SignalId, { score: number; passage: Passage; sentence: string; at: number }>;

/**
 * The model compiled for reading many sentences fast. Every stem a weight names gets a number; every
 * feature (a stem, a pair of stems, a flag) its weights as a run of one flat table, pairs of a
 * signal's place and a weight, so a sentence costs one lookup per word and a few additions over
 * memory that lies together. `scanSentence` scores exactly what `sentenceFeatures` and
 * `scoreFeatures` would (a test holds it to that). The evidence of a best sentence is written only
 * when it is rescued.
 */
const MODELLED = Object.entries(SENTENCE_MODEL) as [SignalId, SignalModel][];
const RESCUE = Float64Array.from(MODELLED.map(([, m]) => m.rescue));

/** Each feature's weights as [signal place, weight, …], while they are gathered. */
const gathered = new Map<string, number[]>();
for (const [k, [, model]] of MODELLED.entries())
  for (const [feature, weight] of Object.entries(model.weights)) {
    const list = gathered.get(feature) ?? [];
    list.push(k, weight);
    gathered.set(feature, list);
  }

/** Every feature's run in the flat tables: signal places in SIGNAL_AT, their weights in WEIGHT_AT. */
const SIGNAL_AT = new Uint8Array([...gathered.values()].reduce((n, l) => n + l.length / 2, 0));
const WEIGHT_AT = new Float64Array(SIGNAL_AT.length);
/** A feature's run of the flat tables, by number: it is RUN_START[run] up to RUN_END[run]. */
type Run = number;
const RUN_START: number[] = [0];
const RUN_END: number[] = [0];
/** No weights: what a word, a mark or a flag weighs when no weight names it. */
const NO_RUN: Run = 0;
let filled = 0;
function runOf(list: readonly number[]): Run {
  RUN_START.push(filled);
  for (let i = 0; i < list.length; i += 2) {
    SIGNAL_AT[filled] = list[i] as number;
    WEIGHT_AT[filled] = list[i + 1] as number;
    filled++;
  }
  RUN_END.push(filled);
  return RUN_START.length - 1;
}

const FLAG_FEATURE = /^(r=|c=|subj=)|^(Q|COLON|DENIED|BIAS)$/;
const STEM_IDS = new Map<string, number>();
function stemId(stem: string): number {
  let id = STEM_IDS.get(stem);
  if (id === undefined) {
    id = STEM_IDS.size;
    STEM_IDS.set(stem, id);
  }
  return id;
}
const unigrams = new Map<number, Run>();
/** Per first stem's number, the pairs it begins: the second stem's number, and the pair's number. */
const pairsBegun = new Map<number, Map<number, number>>();
/** Each pair's run, by the pair's number. */
const pairRuns: Run[] = [];
const FLAGS = new Map<string, Run>();
for (const [feature, list] of gathered) {
  const parts = FLAG_FEATURE.test(feature) ? [] : feature.split("_");
  if (parts.length === 1) unigrams.set(stemId(parts[0] as string), runOf(list));
  else if (parts.length === 2) {
    const first = stemId(parts[0] as string);
    const begun = pairsBegun.get(first) ?? new Map<number, number>();
    begun.set(stemId(parts[1] as string), pairRuns.length);
    pairsBegun.set(first, begun);
    pairRuns.push(runOf(list));
  } else FLAGS.set(feature, runOf(list));
}
gathered.clear();
const STARTS = Int32Array.from(RUN_START);
const ENDS = Int32Array.from(RUN_END);
/** By stem number: its own run, and the pairs it begins (undefined when none). */
const UNIGRAM_RUNS = Array.from({ length: STEM_IDS.size }, (_, id) => unigrams.get(id) ?? NO_RUN);
const PAIRS_BEGUN = Array.from({ length: STEM_IDS.size }, (_, id) => pairsBegun.get(id));
const PAIR_RUNS = Int32Array.from(pairRuns);

/** What scoring needs of a word, worked out once per word written: one lookup per word after. */
interface WordInfo {
  /** Its stem's number; -1 when no weight names it. */
  id: number;
  /** Its stem's run, or its mark's ("?", ":"), NO_RUN when none. */
  run: Run;
  /** Whether it is a mark, which stands outside the pairs of words. */
  isMark: boolean;
  /** The pairs its stem begins, by the second stem's number (undefined when none). */
  pairs: Map<number, number> | undefined;
  /** The run of the subject it names, if it is a personal pronoun. */
  subject: Run;
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
    run: mark !== undefined ? (FLAGS.get(mark) ?? NO_RUN) : id >= 0 ? (UNIGRAM_RUNS[id] ?? NO_RUN) : NO_RUN,
    isMark: mark !== undefined,
    pairs: id >= 0 ? PAIRS_BEGUN[id] : undefined,
    subject: subject === undefined ? NO_RUN : (FLAGS.get(`subj=${subject}`) ?? NO_RUN),
    isSubject: subject !== undefined,
  };
  if (WORDS.size > 50_000) WORDS.clear();
  WORDS.set(word, info);
  return info;
}

/** Runs of a passage's role and channel flags, by their values. */
const ROLE_RUNS = new Map([...FLAGS].filter(([f]) => f.startsWith("r=")).map(([f, r]) => [f.slice(2), r]));
const CHANNEL_RUNS = new Map([...FLAGS].filter(([f]) => f.startsWith("c=")).map(([f, r]) => [f.slice(2), r]));
const DENIED_RUN = FLAGS.get("DENIED") ?? NO_RUN;
const BIAS_RUN = FLAGS.get("BIAS") ?? NO_RUN;

const scores = new Float64Array(MODELLED.length);

function addRun(run: Run): void {
  const end = ENDS[run] as number;
  for (let i = STARTS[run] as number; i < end; i++) {
    const k = SIGNAL_AT[i] as number;
    scores[k] = (scores[k] as number) + (WEIGHT_AT[i] as number);
  }
}

/** When each stem and each pair was last counted (its sentence's number), so a sentence counts it once. */
let stemCounted = new Uint32Array(STEM_IDS.size);
let pairCounted = new Uint32Array(PAIR_RUNS.length);
let sentenceNumber = 0;

/** Scores one sentence (its words as `cheapWords` reads them) for every modelled signal, into `scores`. */
function scoreSentence(words: readonly string[], passage: Passage): void {
  scores.fill(0);
  sentenceNumber++;
  if (sentenceNumber === 0xffffffff) {
    stemCounted = new Uint32Array(STEM_IDS.size);
    pairCounted = new Uint32Array(PAIR_RUNS.length);
    sentenceNumber = 1;
  }
  let previous: WordInfo | undefined;
  let subjectFound = false;
  for (let n = 0; n < words.length; n++) {
    const info = wordInfo(words[n] as string);
    if (info.isMark) {
      // Each mark once: the gate gives each at most once.
      addRun(info.run);
      continue;
    }
    const id = info.id;
    if (id >= 0) {
      if (stemCounted[id] !== sentenceNumber) {
        stemCounted[id] = sentenceNumber;
        addRun(info.run);
      }
      const pair = previous?.pairs?.get(id);
      if (pair !== undefined && pairCounted[pair] !== sentenceNumber) {
        pairCounted[pair] = sentenceNumber;
        addRun(PAIR_RUNS[pair] as number);
      }
    }
    // A word no weight names still stands between its neighbours: no pair across it.
    previous = info;
    if (!subjectFound && info.isSubject) {
      subjectFound = true;
      addRun(info.subject);
    }
  }
  addRun(ROLE_RUNS.get(passage.role) ?? NO_RUN);
  addRun(CHANNEL_RUNS.get(passage.channel) ?? NO_RUN);
  if (passage.denied) addRun(DENIED_RUN);
  addRun(BIAS_RUN);
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

/** Scores one sentence of a passage, keeping each signal's best one in `best`, except the signals the rules vetoed in it. */
export function scanSentence(read: ReadSentence, best: ModelBest, vetoed?: ReadonlySet<SignalId>): void {
  const { passage, sentence, at, words } = read;
  if (MODELLED.length === 0 || !modelReads(passage)) return;
  scoreSentence(words, passage);
  for (let k = 0; k < MODELLED.length; k++) {
    const score = scores[k] ?? 0;
    if (score < (RESCUE[k] ?? 0)) continue;
    const id = (MODELLED[k] as [SignalId, SignalModel])[0];
    // The rules read this sentence for this signal and a guard said no: "no date", "not yet".
    if (vetoed?.has(id)) continue;
    if (score <= (best.get(id)?.score ?? Number.NEGATIVE_INFINITY)) continue;
    best.set(id, { score, passage, sentence, at });
  }
}

/** Findings for the modelled signals the rules did not find, from each one's best sentence. */
export function rescuedFindings(best: ModelBest, found: ReadonlySet<SignalId>): Finding[] {
  const out: Finding[] = [];
  for (const [id, { passage, sentence, at }] of best)
    if (!found.has(id)) out.push({ id, evidence: [evidenceFor(passage, sentence.trim(), at)] });
  return out;
}
