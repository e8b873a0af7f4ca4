/**
 * npm run train: learns the sentence model (src/core/detect/sentence-model.ts) from the tuned-on
 * material only: `../shared/corpus`, `eval/train`, `data/labels/real-dev.jsonl` and
 * `eval/labels/glassdoor-train.jsonl` and `threads-train.jsonl`. Never the held-out sets.
 *
 * Labels are per folder (or real text), not per sentence. For each signal, the sentences the rules
 * quote for it in folders labelled with it are its first examples, and every sentence of a folder
 * labelled without it is a counter-example; then, twice, each labelled folder where the rules quote
 * nothing gives its best-scoring sentence as one more example (multiple-instance learning). A
 * logistic model over `sentenceFeatures` is fitted by stochastic gradient descent with a fixed
 * order, so the same data give the same weights. Features must stand in at least three folders, and
 * words mostly written with a capital inside a sentence (names of people, places, companies) are
 * left out, so no name of a labelled case reaches the weights.
 *
 * Five-fold cross-validation over folders chooses each signal's threshold: the one that most raises
 * the folders' F1 (rules plus model) while what the model adds stays right at least 70% of the time.
 * A signal the model does not help is left out. Writes src/core/detect/sentence-model-weights.ts and
 * prints, per signal, the folders' tallies (tp/fp/fn) with the rules alone and with the model.
 *
 *   npm run train              # fit, print, write
 *   npm run train -- --dry     # fit and print only
 */
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { roughSentences } from "../src/core/detect/cue-gate.js";
import { buildPassages } from "../src/core/detect/passages.js";
import {
  modelReads,
  type SignalModel,
  scoreFeatures,
  sentenceFeatures,
} from "../src/core/detect/sentence-model.js";
import { selectProcessMail } from "../src/core/mail/select-process-mail.js";
import { identifyCandidate } from "../src/core/people/identify-candidate.js";
import {
  analyzeInterview,
  passagesRead,
  setAsideOtherDocuments,
} from "../src/core/read/analyze-interview.js";
import type { CaseInput } from "../src/core/read/documents.js";
import { SIGNAL_IDS, type SignalId } from "../src/core/signals/signal.js";
import { readCaseFiles } from "../src/ingest/read-case-folder.js";
import {
  EVAL,
  type Review,
  readJsonl,
  realDocs,
  SHARED,
  type Thread,
  TUNED_REAL_LABELS,
} from "./labelled-sets.js";

/**
 * The signals the model never reads: the outcomes, and what the shape of the mail or the inputs shows
 * (a reply and its tone, silence, moved meetings, a call, a card, growth's absence).
 */
const NOT_MODELLED: ReadonlySet<SignalId> = new Set<SignalId>([
  "contact-shared",
  "no-growth-talk",
  "warm-reply",
  "kept-warm",
  "interest-reconfirmed",
  "hiring-manager-call",
  "curt-reply",
  "gone-quiet",
  "scheduling-runaround",
  "offer-made",
  "rejected",
]);

/** The signals the model may rescue: what a conversation shows in words. */
const CANDIDATES: readonly SignalId[] = SIGNAL_IDS.filter((id) => !NOT_MODELLED.has(id));

const FOLDS = 5;
const MIN_FOLDERS = 3;
const EPOCHS = 8;
const L2 = 1e-4;
const ROUNDS = 3;
/** What the model adds must be right this often, in cross-validation. */
const MIN_ADDED_PRECISION = 0.7;
/** The most features a signal keeps (by weight); the rest weigh nothing. */
const KEEP_FEATURES = 1000;

interface Sentence {
  text: string;
  features: string[];
  x: Int32Array;
  /** Whether the model reads it at run time (not the candidate's own words or mail, not a form letter). */
  read: boolean;
  /** Whether the rules quote it, per signal. */
  quoted: Set<SignalId>;
}

interface Folder {
  id: string;
  present: Set<SignalId>;
  found: Set<SignalId>;
  sentences: Sentence[];
}

const norm = (s: string) => s.replace(/\s+/g, " ").replace(/…$/, "").trim().toLowerCase();

function folderOf(id: string, input: CaseInput, present: string[]): Folder {
  const analysis = analyzeInterview(input, { learned: false });
  const own = setAsideOtherDocuments(input.docs).docs;
  const identified = identifyCandidate(own, input.me);
  const selection = selectProcessMail(own, identified);
  const candidate = selection.leftOut.length > 0 ? identifyCandidate(selection.docs, input.me) : identified;
  const quotes = analysis.signals.map((s) => ({ id: s.id, quotes: s.evidence.map((e) => norm(e.quote)) }));
  const sentences: Sentence[] = [];
  for (const passage of passagesRead(buildPassages(selection.docs, candidate)))
    for (const rough of roughSentences(passage.text)) {
      const text = rough.trim();
      const n = norm(text);
      const quoted = new Set<SignalId>();
      for (const q of quotes) if (q.quotes.some((x) => n.includes(x) || x.includes(n))) quoted.add(q.id);
      sentences.push({
        text,
        features: sentenceFeatures(text, passage),
        x: new Int32Array(),
        read: modelReads(passage),
        quoted,
      });
    }
  return {
    id,
    present: new Set(present as SignalId[]),
    found: new Set(analysis.signals.map((s) => s.id)),
    sentences,
  };
}

async function readFolders(): Promise<Folder[]> {
  const out: Folder[] = [];
  const corpus = join(SHARED, "corpus", "cases");
  if (existsSync(corpus))
    for (const name of (await readdir(corpus)).sort()) {
      const expectedPath = join(corpus, name, "expected.json");
      if (!existsSync(expectedPath)) continue;
      const expected = JSON.parse(await readFile(expectedPath, "utf8")) as { now: string; present: string[] };
      out.push(await caseFolder(join(corpus, name), name, expected.now, expected.present));
    }
  const train = join(EVAL, "train");
  for (const label of await readJsonl<{ id: string; present: string[] }>(join(train, "expected.jsonl"))) {
    const dir = join(train, "cases", label.id);
    const meta = JSON.parse(await readFile(join(dir, "meta.json"), "utf8")) as { now: string };
    out.push(await caseFolder(dir, label.id, meta.now, label.present));
  }
  const data = join(SHARED, "data");
  const reviews = new Map(
    (await readJsonl<Review>(join(data, "glassdoor", "reviews.jsonl"))).map((r) => [r.id, r]),
  );
  const threads = new Map(
    (await readJsonl<Thread>(join(data, "job-search-threads", "threads.jsonl"))).map((t) => [t.id, t]),
  );
  for (const file of TUNED_REAL_LABELS)
    for (const label of await readJsonl<{ id: string; present: string[] }>(file)) {
      const docs = realDocs(label.id, reviews, threads);
      if (docs.length > 0)
        out.push(folderOf(label.id, { docs, now: "2026-06-01T12:00:00Z", me: "Applicant" }, label.present));
    }
  return out;
}

async function caseFolder(dir: string, id: string, now: string, present: string[]): Promise<Folder> {
  const files = await readCaseFiles([dir], undefined, { timeZone: "UTC" });
  return folderOf(
    id,
    { docs: files.docs, now, ...(files.context ? { context: files.context } : {}) },
    present,
  );
}

/** The notes passage a signal's examples are read in, as `test/cue-examples.ts` reads them. */
const EXAMPLE_PASSAGE = { role: "narrator", channel: "notes" } as const;

/** A list of strings written in a test file after `key: [`, as the test reads them. */
function listAfter(text: string, key: string): string[] {
  const start = text.indexOf(`${key}: [`);
  if (start < 0) return [];
  let depth = 0;
  let quote: string | undefined;
  for (let i = text.indexOf("[", start); i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0)
      return new Function(`return ${text.slice(text.indexOf("[", start), i + 1)};`)() as string[];
  }
  return [];
}

/**
 * A signal's made-up examples (src/core/signals/<id>.test.ts): the sentences that must show it, and
 * the near misses that must not (said by the candidate, negated, hoped, another sense of a word).
 * The near misses weigh heavily in training, and the threshold stays above all of them: the rules'
 * precision guards hold for the model too.
 */
async function examplesOf(id: SignalId): Promise<{ fires: Sentence[]; not: Sentence[] }> {
  const path = join(import.meta.dirname, "..", "src", "core", "signals", `${id}.test.ts`);
  const text = existsSync(path) ? await readFile(path, "utf8") : "";
  const sentence = (t: string): Sentence => ({
    text: t,
    features: sentenceFeatures(t, EXAMPLE_PASSAGE),
    x: new Int32Array(),
    read: true,
    quoted: new Set(),
  });
  return { fires: listAfter(text, "fires").map(sentence), not: listAfter(text, "not").map(sentence) };
}

/** Words mostly written with a capital inside a sentence: names, which the weights must not hold. */
function properNames(folders: Folder[]): Set<string> {
  const capital = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const f of folders)
    for (const s of f.sentences) {
      const words = s.text.match(/[A-Za-z][A-Za-z']*/g) ?? [];
      for (const [i, w] of words.entries()) {
        if (i === 0 || w === "I" || w === "I'm" || w === "I've" || w === "I'd" || w === "I'll") continue;
        const key = w.toLowerCase().replace(/'s$/, "");
        const into = /^[A-Z]/.test(w) ? capital : lower;
        into.set(key, (into.get(key) ?? 0) + 1);
      }
    }
  const names = new Set<string>();
  for (const [w, n] of capital) if (n >= (lower.get(w) ?? 0)) names.add(w);
  return names;
}

/** The features kept: in at least MIN_FOLDERS folders, no part of them a name. */
function vocabulary(folders: Folder[]): Map<string, number> {
  const names = properNames(folders);
  const nameStems = new Set<string>();
  for (const w of names)
    for (const f of sentenceFeatures(w, { role: "unknown", channel: "notes" })) nameStems.add(f);
  const folderCount = new Map<string, number>();
  for (const f of folders) {
    const seen = new Set<string>();
    for (const s of f.sentences) for (const feature of s.features) seen.add(feature);
    for (const feature of seen) folderCount.set(feature, (folderCount.get(feature) ?? 0) + 1);
  }
  const vocab = new Map<string, number>();
  for (const [feature, n] of [...folderCount].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (n < MIN_FOLDERS) continue;
    const parts = /^[a-z#]/.test(feature) && !feature.includes("=") ? feature.split("_") : [];
    if (parts.some((p) => nameStems.has(p) && p !== "NEG")) continue;
    vocab.set(feature, vocab.size);
  }
  return vocab;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
function score(w: Float64Array, x: Int32Array): number {
  let z = 0;
  for (const i of x) z += w[i] ?? 0;
  return z;
}

/** The best score of a folder's sentences that the model reads at run time. */
function bestScore(w: Float64Array, f: Folder): number {
  let best = Number.NEGATIVE_INFINITY;
  for (const s of f.sentences) if (s.read) best = Math.max(best, score(w, s.x));
  return best;
}

/** An example sentence, whether it shows the signal, and how much it weighs. */
type Example = [sentence: Sentence, shows: number, weight: number];

function sgd(w: Float64Array, examples: Example[], mask?: Uint8Array): void {
  let rate = 0.5;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    // A fixed shuffle per epoch (a linear congruential sequence): the same data give the same weights.
    let seed = 7 + epoch;
    for (let i = examples.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const j = seed % (i + 1);
      [examples[i], examples[j]] = [examples[j] as Example, examples[i] as Example];
    }
    for (const [s, y, weight] of examples) {
      if (s.x.length === 0) continue;
      const p = sigmoid(score(w, s.x));
      const g = ((y - p) * weight * rate) / Math.sqrt(s.x.length);
      for (const i of s.x) if (!mask || mask[i]) w[i] = (w[i] ?? 0) + g - L2 * (w[i] ?? 0);
    }
    rate *= 0.7;
  }
}

/** How much a near miss of the signal's examples weighs against an ordinary counter-example. */
const NEAR_MISS_WEIGHT = 5;

function fitSignal(
  folders: Folder[],
  id: SignalId,
  size: number,
  examples: { fires: Sentence[]; not: Sentence[] },
): Float64Array {
  const positives: Sentence[] = [];
  const negatives: Sentence[] = [];
  const unquoted: Folder[] = [];
  for (const f of folders) {
    if (!f.present.has(id)) negatives.push(...f.sentences);
    else {
      const quoted = f.sentences.filter((s) => s.quoted.has(id));
      positives.push(...quoted);
      if (quoted.length === 0) unquoted.push(f);
    }
  }
  const known = examples;
  const train = (mask?: Uint8Array) => {
    const w = new Float64Array(size);
    for (let round = 0; round < ROUNDS; round++) {
      const examples: Sentence[] = [...positives];
      if (round > 0)
        for (const f of unquoted) {
          let best: Sentence | undefined;
          let bestZ = Number.NEGATIVE_INFINITY;
          for (const s of f.sentences) {
            if (!s.read) continue;
            const z = score(w, s.x);
            if (z > bestZ) [best, bestZ] = [s, z];
          }
          if (best) examples.push(best);
        }
      examples.push(...known.fires);
      const weight = Math.min(30, negatives.length / Math.max(1, examples.length));
      sgd(
        w,
        [
          ...examples.map((s): Example => [s, 1, weight]),
          ...negatives.map((s): Example => [s, 0, 1]),
          ...known.not.map((s): Example => [s, 0, NEAR_MISS_WEIGHT]),
        ],
        mask,
      );
    }
    return w;
  };
  const full = train();
  // Keep the heaviest features and fit again on them alone: small weights, the same reading.
  const ranked = [...full.keys()].sort((a, b) => Math.abs(full[b] ?? 0) - Math.abs(full[a] ?? 0));
  const mask = new Uint8Array(size);
  for (const i of ranked.slice(0, KEEP_FEATURES)) mask[i] = 1;
  return train(mask);
}

type Tally = [tp: number, fp: number, fn: number];
const f1 = (t: Tally) => (2 * t[0]) / Math.max(1, 2 * t[0] + t[1] + t[2]);
function tally(folders: Folder[], predict: (f: Folder, i: number) => boolean, id: SignalId): Tally {
  const t: Tally = [0, 0, 0];
  folders.forEach((f, i) => {
    const p = predict(f, i);
    const g = f.present.has(id);
    if (p && g) t[0]++;
    else if (p) t[1]++;
    else if (g) t[2]++;
  });
  return t;
}

/** The threshold that most raises F1 in cross-validation, what it adds right often enough; or none. */
function chooseThreshold(
  folders: Folder[],
  id: SignalId,
  size: number,
  examples: { fires: Sentence[]; not: Sentence[] },
): { threshold?: number; rules: Tally; cv: Tally } {
  const outOfFold = new Array<number>(folders.length);
  for (let k = 0; k < FOLDS; k++) {
    const w = fitSignal(
      folders.filter((_, i) => i % FOLDS !== k),
      id,
      size,
      examples,
    );
    folders.forEach((f, i) => {
      if (i % FOLDS === k) outOfFold[i] = bestScore(w, f);
    });
  }
  const rules = tally(folders, (f) => f.found.has(id), id);
  let best: { threshold?: number; cv: Tally; f: number } = { cv: rules, f: f1(rules) };
  const thresholds = [...new Set(outOfFold.map((z) => Math.round(z * 4) / 4))].sort((a, b) => a - b);
  for (const threshold of thresholds) {
    const added = folders.filter((f, i) => !f.found.has(id) && (outOfFold[i] ?? 0) >= threshold);
    if (added.length === 0) continue;
    const right = added.filter((f) => f.present.has(id)).length;
    if (right / added.length < MIN_ADDED_PRECISION) continue;
    const cv = tally(folders, (f, i) => f.found.has(id) || (outOfFold[i] ?? 0) >= threshold, id);
    const f = f1(cv);
    if (f > best.f + 0.005) best = { threshold, cv, f };
  }
  return { ...(best.threshold === undefined ? {} : { threshold: best.threshold }), rules, cv: best.cv };
}

const folders = await readFolders();
const vocab = vocabulary(folders);
for (const f of folders)
  for (const s of f.sentences) s.x = Int32Array.from(s.features.flatMap((x) => vocab.get(x) ?? []));
const names = [...vocab.keys()];
const model: Partial<Record<SignalId, SignalModel>> = {};
const total = { rules: [0, 0, 0] as Tally, cv: [0, 0, 0] as Tally };
console.log(`${folders.length} folders and texts, ${vocab.size} features`);
console.log(`${"signal".padEnd(24)} rules tp/fp/fn → with the model (cross-validated)  threshold`);
const toX = (s: Sentence) => {
  s.x = Int32Array.from(s.features.flatMap((x) => vocab.get(x) ?? []));
};
for (const id of CANDIDATES) {
  const examples = await examplesOf(id);
  for (const s of [...examples.fires, ...examples.not]) toX(s);
  const { threshold, rules, cv } = chooseThreshold(folders, id, vocab.size, examples);
  for (let i = 0; i < 3; i++) {
    total.rules[i] = (total.rules[i] ?? 0) + (rules[i] ?? 0);
    total.cv[i] = (total.cv[i] ?? 0) + (cv[i] ?? 0);
  }
  console.log(
    `${id.padEnd(24)} ${rules.join("/").padEnd(10)} → ${cv.join("/").padEnd(10)} ${threshold ?? "not used"}`,
  );
  if (threshold === undefined) continue;
  const w = fitSignal(folders, id, vocab.size, examples);
  const weights: Record<string, number> = {};
  for (const [i, name] of names.entries()) {
    const v = Math.round((w[i] ?? 0) * 100) / 100;
    if (v !== 0) weights[name] = v;
  }
  // Above every near miss of the signal's examples, with the weights as written.
  const nearMiss = Math.max(
    Number.NEGATIVE_INFINITY,
    ...examples.not.map((s) => scoreFeatures({ rescue: 0, weights }, s.features)),
  );
  const rescue = Math.max(threshold, Math.floor(nearMiss * 4) / 4 + 0.25);
  if (rescue > threshold)
    console.log(`${"".padEnd(24)} threshold raised to ${rescue}, above its near misses`);
  model[id] = { rescue, weights };
}
const prf = (t: Tally) =>
  `P ${(t[0] / Math.max(1, t[0] + t[1])).toFixed(3)} R ${(t[0] / Math.max(1, t[0] + t[2])).toFixed(3)} F1 ${f1(t).toFixed(3)}`;
console.log(`all candidates: rules ${prf(total.rules)} → with the model ${prf(total.cv)}`);
if (!process.argv.includes("--dry")) {
  const path = join(import.meta.dirname, "..", "src", "core", "detect", "sentence-model-weights.ts");
  writeFileSync(
    path,
    `// Written by \`npm run train\` (scripts/train-sentence-model.ts) from the tuned-on sets only: do not edit.\n// One JSON string: parsed at load, faster than an object literal of this size.\nimport type { SignalId } from "../signals/signal.js";\nimport type { SignalModel } from "./sentence-model.js";\n\nexport const SENTENCE_MODEL: Partial<Record<SignalId, SignalModel>> = JSON.parse(\n  ${JSON.stringify(JSON.stringify(model))},\n);\n`,
  );
  // In the house format, as `npm run check` wants it.
  spawnSync("npx", ["biome", "format", "--write", path], { stdio: "ignore" });
  console.log(`wrote ${path}: ${Object.keys(model).length} signals`);
}
