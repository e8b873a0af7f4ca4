import { CATALOGUE } from "../catalogue.js";
import type { Evidence, Finding } from "../signals/evidence.js";
import type { Actor, Cue, SignalId } from "../signals/signal.js";
import { crudeStem } from "../text/crude-stem.js";
import {
  type CompiledPattern,
  compilePattern,
  findMatches,
  isNegated,
  NEGATORS,
  splitContraction,
} from "../text/match-pattern.js";
import { EMBEDDING, moodOf, voiceOf } from "../text/modality.js";
import { readSentencesOnce, type Sentence, type Token } from "../text/nlp.js";
import { RUN_ON_TOKENS, stretchOf } from "../text/run-on.js";
import { formatTime } from "../time/format-time.js";
import { outcomeHolds } from "./outcome-guard.js";
import type { Passage } from "./passages.js";
import { resolveNotesActor } from "./resolve-actor.js";

interface CompiledCue {
  id: SignalId;
  cue: Cue;
  pattern: CompiledPattern;
  with?: CompiledPattern;
  unless?: CompiledPattern;
  unlessBefore?: CompiledPattern;
  unlessAfter?: CompiledPattern;
  /** Per slot, its alternatives as words; a sentence must hold every word of one alternative per slot. */
  gate: string[][][];
  /** The gate, compiled for the cheap check: crude stems, prefixes and classes per slot. */
  gateSlots: GateSlot[];
  /** The last sentence generation this cue was judged in (see candidateCues). */
  stamp: number;
}

/** Words so common that keying a cue on them would send nearly every sentence to the NLP. */
const COMMON = new Set(
  (
    "i me my we us our you your he him his she her they them their it its the a an to of in on at for with by " +
    "from and or but so if not no n't be is was were am are 's 're 'm have has had 've do did does done will 'll " +
    "would 'd can ca could should may might must that this these those there here what when where who how why " +
    "which about as up out just all any some more very really also then than now get got go went going say said " +
    "tell told ask asked make made take took come came know think want like back time one two"
  ).split(" "),
);

/** The common words as crude stems, for choosing which stem keys an alternative. */
const COMMON_STEMS = new Set([...COMMON].map(crudeStem));

function isLiteral(word: string): boolean {
  return !word.endsWith("*") && !word.startsWith("#");
}

/**
 * A crude stem, or a prefix, some cue's gate names. Each is one object, so a sentence marks the keys it
 * holds by a stamp, and the slots, alternatives and cues keyed on one are found without hashing again.
 */
interface GateKey {
  /** Its place among all keys, for the indexes' arrays. */
  id: number;
  /** The slots that hold it as an alternative of its own. */
  slots: number[];
  /** The alternatives of several words keyed on it (the least common of their stems). */
  alternatives: GateAlternative[];
  /** The last sentence generation it was present in (see candidateCues). */
  stamp: number;
}

interface GateSlot {
  /** Position in SLOTS, so a sentence can remember each slot's answer once. */
  id: number;
  /** A word class (#number…) can match anything the cheap words show. */
  hasClass: boolean;
}

/** An alternative of several words, or of words and prefixes: passes when the sentence holds every key. */
interface GateAlternative {
  slot: number;
  keys: GateKey[];
}

/** Every distinct gate slot; cues share slots such as the list of weekdays. */
const SLOTS: GateSlot[] = [];
const SLOT_KEYS = new Map<string, GateSlot>();
/** Every stem the gates name, by its text. */
const GATE_STEMS = new Map<string, GateKey>();
/** Every prefix the gates name ("responsibilit" of "responsibilit*"), by its first letter and its text. */
const GATE_PREFIXES = new Map<string, Map<string, GateKey>>();
let gateKeys = 0;
/**
 * Each word's gate keys: its stem, where a gate names it, and the prefixes it starts with. Remembered:
 * the same words come back sentence after sentence.
 */
const WORD_KEYS = new Map<string, GateKey[]>();

function newGateKey(): GateKey {
  // A word remembered as holding no such key may hold this one.
  WORD_KEYS.clear();
  return { id: gateKeys++, slots: [], alternatives: [], stamp: 0 };
}

/** The stem's key, made on first use. */
function gateStem(stem: string): GateKey {
  let known = GATE_STEMS.get(stem);
  if (known === undefined) {
    known = newGateKey();
    GATE_STEMS.set(stem, known);
  }
  return known;
}

/** The prefix's key, made on first use. */
function gatePrefix(prefix: string): GateKey {
  const first = prefix.slice(0, 1);
  const byFirst = GATE_PREFIXES.get(first) ?? new Map<string, GateKey>();
  GATE_PREFIXES.set(first, byFirst);
  let known = byFirst.get(prefix);
  if (known === undefined) {
    known = newGateKey();
    byFirst.set(prefix, known);
  }
  return known;
}

/** A cheap word's keys: the stem's where a gate names it, then each prefix it starts with. */
function keysOf(word: string): GateKey[] {
  let keys = WORD_KEYS.get(word);
  if (keys === undefined) {
    keys = [];
    const stem = GATE_STEMS.get(crudeStem(word));
    if (stem !== undefined) keys.push(stem);
    for (const [prefix, key] of GATE_PREFIXES.get(word.slice(0, 1)) ?? [])
      if (word.startsWith(prefix)) keys.push(key);
    if (WORD_KEYS.size < 200_000) WORD_KEYS.set(word, keys);
  }
  return keys;
}

/** The stem to key an alternative on: its first uncommon stem, else its longest. */
function keyStem(stems: string[]): string {
  const uncommon = stems.find((s) => !COMMON_STEMS.has(s));
  if (uncommon !== undefined) return uncommon;
  return stems.reduce((a, b) => (b.length > a.length ? b : a));
}

function compileGateSlot(alternatives: string[][]): GateSlot {
  const key = alternatives.map((alt) => alt.join("_")).join("|");
  const known = SLOT_KEYS.get(key);
  if (known) return known;
  const slot: GateSlot = { id: SLOTS.length, hasClass: false };
  const own = new Set<GateKey>();
  for (const alt of alternatives) {
    const stems = alt.filter(isLiteral).map(crudeStem);
    // Every literal word's stem is known from the start, whatever keys it: see newGateKey.
    for (const stem of stems) gateStem(stem);
    if (alt.some((w) => w.startsWith("#"))) {
      slot.hasClass = true;
      continue;
    }
    const prefixes = alt.filter((w) => w.endsWith("*")).map((w) => gatePrefix(w.slice(0, -1)));
    const keys = [...stems.map(gateStem), ...prefixes];
    const [only] = keys;
    if (keys.length === 1 && only !== undefined) own.add(only);
    else {
      const keyedOn = stems.length > 0 ? gateStem(keyStem(stems)) : prefixes[0];
      keyedOn?.alternatives.push({ slot: slot.id, keys });
    }
  }
  SLOTS.push(slot);
  SLOT_KEYS.set(key, slot);
  for (const k of own) k.slots.push(slot.id);
  return slot;
}

/** Whether every key was present in the sentence being read. */
function allPresent(keys: GateKey[]): boolean {
  for (const key of keys) if (key.stamp !== generation) return false;
  return true;
}

function compileCues(): CompiledCue[] {
  const out: CompiledCue[] = [];
  for (const def of CATALOGUE) {
    for (const cue of def.cues) {
      const pattern = compilePattern(cue.p, cue.within);
      const withPattern = cue.with === undefined ? undefined : compilePattern(cue.with, cue.within);
      // The sentence needs the words of both the pattern and its `with` pattern.
      const slots = [...pattern.slots, ...(withPattern?.slots ?? [])].map((slot) => slot.alternatives);
      // A cue that needs a negation needs a negating word in the sentence.
      if (cue.negation === "require") slots.push([...NEGATORS].map((w) => [w]));
      out.push({
        id: def.id,
        cue,
        pattern,
        ...(withPattern === undefined ? {} : { with: withPattern }),
        ...(cue.unless === undefined ? {} : { unless: compilePattern(cue.unless, 1) }),
        ...(cue.unlessBefore === undefined ? {} : { unlessBefore: compilePattern(cue.unlessBefore, 1) }),
        ...(cue.unlessAfter === undefined ? {} : { unlessAfter: compilePattern(cue.unlessAfter, 1) }),
        gate: slots,
        gateSlots: slots.map(compileGateSlot),
        stamp: 0,
      });
    }
  }
  return out;
}

const CUES = compileCues();

/**
 * An index from crude word stems to the cues that need that word, so that a sentence is handed
 * to the NLP only when some cue could match it. Most sentences of a long transcript match none.
 */
interface CueIndex {
  /** By the stem's key's id (GateKey). */
  byStem: (CompiledCue[] | undefined)[];
  /** Cues whose every slot has a prefix or class alternative: checked on every sentence. */
  always: CompiledCue[];
}

/** The word of an alternative to index it by: its first uncommon literal word, else its first word. */
function keyWord(alt: string[]): string {
  return alt.find((w) => isLiteral(w) && !COMMON.has(w)) ?? alt[0] ?? "";
}

function indexCues(cues: CompiledCue[]): CueIndex {
  const byStem: (CompiledCue[] | undefined)[] = [];
  const always: CompiledCue[] = [];
  for (const c of cues) {
    const literalSlots = c.gate.filter((slot) => slot.every((alt) => isLiteral(keyWord(alt))));
    if (literalSlots.length === 0) {
      always.push(c);
      continue;
    }
    // Key on the slot least likely to occur: fewest all-common alternatives, then fewest alternatives.
    const cost = (slot: string[][]) =>
      slot.filter((alt) => alt.every((w) => COMMON.has(w))).length * 100 + slot.length;
    const key = literalSlots.reduce((a, b) => (cost(b) < cost(a) ? b : a));
    for (const stem of new Set(key.map((alt) => gateStem(crudeStem(keyWord(alt)))))) {
      const list = byStem[stem.id] ?? [];
      list.push(c);
      byStem[stem.id] = list;
    }
  }
  return { byStem, always };
}

/** Whether a cue can apply to a passage at all: its channel, and a speaker it could be about. */
function cueApplies(cue: Cue, passage: Passage, id: SignalId): boolean {
  if (cue.in && !cue.in.includes(passage.channel)) return false;
  if (passage.isFormLetter && !OUTCOMES.has(id)) return false;
  const by = cue.by ?? "company";
  // In a transcript or an email the speaker is known: the candidate's own words never make a
  // company cue, and the other way round. Skipping them here also spares the NLP the sentence.
  if (by === "company" && passage.role === "candidate") return false;
  if (by === "candidate" && passage.role === "company") return false;
  if (passage.ownMail && by !== "company") return false;
  return true;
}

const OUTCOMES = new Set<SignalId>(CATALOGUE.filter((d) => d.polarity === "outcome").map((d) => d.id));
const FACTUAL = new Set<SignalId>(CATALOGUE.filter((d) => d.factual).map((d) => d.id));

/** Told as having happened (or denied: negation is the cue's own business), not planned, hoped or asked. */
function isStated(
  tokens: Token[],
  m: { start: number; end: number },
  passage: Passage,
  text: string,
  options: { companyFuture?: boolean } = {},
): boolean {
  const voice = voiceOf(passage.role);
  const mood = moodOf(tokens, m.start, m.end, { voice, text });
  if (options.companyFuture && voice === "company" && mood === "future") return true;
  return mood === "asserted" || mood === "negated";
}
const INDEXES = new Map<string, CueIndex>();

/** The index of the cues that can apply to passages of one channel and speaker role. */
function indexFor(passage: Passage): CueIndex {
  const key = `${passage.channel}|${passage.role}|${passage.isFormLetter === true}|${passage.ownMail === true}`;
  let index = INDEXES.get(key);
  if (!index) {
    index = indexCues(CUES.filter((c) => cueApplies(c.cue, passage, c.id)));
    INDEXES.set(key, index);
  }
  return index;
}

/** A word: letters and digits, with inner apostrophes and hyphens ("didn't", "day-to-day"), never a closing quote. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?/gu;

/**
 * Negative contractions written without the apostrophe ("didnt", "wasnt"), which wink-nlp reads as
 * "did not", "was not" before a verb: the gate must see the "not" too, or it drops the sentence.
 */
const BARE_NEGATIVE = new Map<string, string>([
  ["dont", "do"],
  ["didnt", "did"],
  ["doesnt", "does"],
  ["isnt", "is"],
  ["wasnt", "was"],
  ["werent", "were"],
  ["arent", "are"],
  ["hasnt", "has"],
  ["havent", "have"],
  ["hadnt", "had"],
  ["couldnt", "could"],
  ["wouldnt", "would"],
  ["shouldnt", "should"],
  ["cant", "can"],
  ["wont", "will"],
]);

/** Cheap words of a text: lower case, contractions split as patterns are, hyphenated words also in parts. */
function cheapWords(text: string): string[] {
  // A question mark and a colon are words to the cues ("?" in a `with`; a colon before a list),
  // though no word pattern finds them.
  const out: string[] = [];
  if (text.includes("?")) out.push("?");
  if (text.includes(":")) out.push(":");
  for (const w of text.toLowerCase().replace(/’/g, "'").match(WORD) ?? []) {
    const bare = BARE_NEGATIVE.get(w);
    // Over-matching only costs time: keep the word as written and its reading.
    if (bare !== undefined) out.push(bare, "not");
    if (w.includes("'")) out.push(...splitContraction(w));
    else out.push(w);
    if (w.includes("-")) out.push(...w.split("-").filter(Boolean));
  }
  return out;
}

/** Splits text into rough sentences; the NLP splits each again, so erring on the long side is safe. */
function roughSentences(text: string): string[] {
  // Blank lines end a sentence; a single line break does not (mail is hard-wrapped mid-sentence).
  const out: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    // `(?<!\s)`: tried once per run of white space, not from each of its spaces (quadratic).
    // An ellipsis before a lower-case word is a pause ("I was told…  that they'd call"), not an end.
    for (const s of block.replace(/(?<!\s)\s*\n\s*/g, " ").split(/(?<=[.!?])\s+|(?<=…)\s+(?![\sa-z])/))
      if (s.trim() !== "") out.push(s);
  }
  return out;
}

/** Per-sentence memory of slot answers (1 passes, 2 fails), stamped so it needs no clearing. */
let generation = 0;
let slotStamp = new Uint32Array(0);
let slotAnswer = new Uint8Array(0);

/** The cues that could match a text, by the crude stems of its words and the prefixes they start with. */
function candidateCues(text: string, index: CueIndex): CompiledCue[] {
  if (slotStamp.length < SLOTS.length) {
    slotStamp = new Uint32Array(SLOTS.length);
    slotAnswer = new Uint8Array(SLOTS.length);
  }
  generation++;
  // The gate keys the sentence holds, each once, in the order of their first words.
  const keys: GateKey[] = [];
  for (const w of cheapWords(text))
    for (const key of keysOf(w)) {
      if (key.stamp === generation) continue;
      key.stamp = generation;
      keys.push(key);
    }
  // Every slot one of the sentence's keys passes as an alternative of its own, marked once; then every
  // slot an alternative of several passes, tried only where the sentence holds the key it is keyed on.
  for (const key of keys)
    for (const id of key.slots) {
      slotStamp[id] = generation;
      slotAnswer[id] = 1;
    }
  for (const key of keys)
    for (const alt of key.alternatives) {
      if (slotStamp[alt.slot] === generation || !allPresent(alt.keys)) continue;
      slotStamp[alt.slot] = generation;
      slotAnswer[alt.slot] = 1;
    }
  const out: CompiledCue[] = [];
  for (const key of keys) {
    const cues = index.byStem[key.id];
    if (cues) for (const c of cues) considerCue(c, out);
  }
  for (const c of index.always) considerCue(c, out);
  return out;
}

/**
 * Adds a cue to `out` when every slot of its gate passes; each slot and cue is judged once a sentence.
 * A slot not marked by the sentence's keys passes only by a word class.
 */
function considerCue(c: CompiledCue, out: CompiledCue[]): void {
  if (c.stamp === generation) return;
  c.stamp = generation;
  for (const slot of c.gateSlots) {
    if (slotStamp[slot.id] !== generation) {
      slotStamp[slot.id] = generation;
      slotAnswer[slot.id] = slot.hasClass ? 1 : 2;
    }
    if (slotAnswer[slot.id] !== 1) return;
  }
  out.push(c);
}

/** Cheap pre-check: every slot needs one of its first words among the sentence's words. */
function actorAccepts(by: Actor, passage: Passage, tokens: Token[], at: number): boolean {
  if (by === "any") return true;
  if (passage.role === "narrator") {
    const actor = resolveNotesActor(tokens, at);
    // In the candidate's own mail only what the reader is said to have done counts: "thank you for
    // walking me through…", "you mentioned…"; not what the candidate proposes or claims.
    if (passage.ownMail) return addresseeDid(tokens, at);
    if (by === "company") return actor !== "candidate";
    return actor !== "company";
  }
  if (passage.role === "unknown") return true;
  return passage.role === by;
}

/** Whether the nearest subject before `at` in a candidate's mail is "you", within a few words. */
function addresseeDid(tokens: Token[], at: number): boolean {
  for (let i = at; i >= 0 && i >= at - 8; i--) {
    const w = tokens[i]?.text;
    if (w === "you" || w === "your" || w === "thanks" || w === "thank") return true;
    if (w === "i" || w === "we" || w === "i'm" || w === "my") return false;
  }
  return false;
}

function quoteOf(sentence: Sentence): string {
  const text = sentence.text.replace(/\s+/g, " ").trim();
  return text.length <= 280 ? text : `${text.slice(0, 277)}…`;
}

/** Line of a sentence inside a passage: the passage's line plus the source lines before the sentence. */
function lineOf(passage: Passage, offset: number): number {
  const starts = passage.lineStarts;
  if (!starts) return passage.line;
  let before = 0;
  while (before < starts.length && (starts[before] ?? 0) <= offset) before++;
  return passage.line + before;
}

function evidenceFor(passage: Passage, sentence: Sentence, offset: number): Evidence {
  const evidence: Evidence = {
    source: passage.source,
    quote: quoteOf(sentence),
    line: lineOf(passage, offset),
  };
  if (passage.speaker !== undefined) evidence.speaker = passage.speaker;
  if (passage.start !== undefined) evidence.at = formatTime(passage.start);
  const mail = passage.email;
  if (mail) {
    evidence.message = {
      ...(mail.from?.name || mail.from?.email ? { from: mail.from?.name ?? mail.from?.email } : {}),
      ...(mail.date === undefined ? {} : { date: mail.date }),
      ...(mail.subject === undefined ? {} : { subject: mail.subject }),
    };
    delete evidence.line;
  }
  return evidence;
}

export interface SentenceHit {
  id: SignalId;
  /** The cue that matched, for explaining and debugging a detection. */
  cue: Cue;
  passage: Passage;
  sentence: Sentence;
  evidence: Evidence;
}

/** Runs the catalogue cues over every sentence; returns one hit per (signal, sentence). */
export function findCueHits(passages: Passage[], options: { gate?: boolean } = {}): SentenceHit[] {
  const gate = options.gate ?? true;
  const hits: SentenceHit[] = [];
  // Only sentences some cue could match go to the NLP, all in one document: far cheaper than one
  // document each. Every chunk ends a sentence, so no sentence spans two chunks.
  const chunks: { passage: Passage; candidates: CompiledCue[]; start: number; end: number; at: number }[] =
    [];
  let text = "";
  for (const passage of passages) {
    const index = indexFor(passage);
    let cursor = 0;
    for (const rough of roughSentences(passage.text)) {
      // Where the sentence is in its passage, for the line evidence cites.
      const found = passage.lineStarts ? passage.text.indexOf(rough.trim(), cursor) : -1;
      const at = found >= 0 ? found : cursor;
      if (found >= 0) cursor = found + rough.trim().length;
      const candidates = gate
        ? candidateCues(rough, index)
        : CUES.filter((c) => cueApplies(c.cue, passage, c.id));
      if (candidates.length === 0) continue;
      const piece = /[.!?…]["')\]]?$/.test(rough.trim()) ? rough.trim() : `${rough.trim()}.`;
      chunks.push({ passage, candidates, start: text.length, end: text.length + piece.length, at });
      text += `${piece}\n\n`;
    }
  }
  if (chunks.length === 0) return hits;
  let k = 0;
  for (const sentence of readSentencesOnce(text)) {
    while (k < chunks.length - 1 && sentence.offset >= (chunks[k]?.end ?? 0)) k++;
    const chunk = chunks[k];
    if (chunk)
      matchSentence(
        chunk.passage,
        sentence,
        chunk.candidates,
        hits,
        chunk.at + sentence.offset - chunk.start,
      );
  }
  return hits;
}

/** True when the sentence states a condition: "if…" (not "asked if…"), "unless…", "should things…", "in case…". */
export function hasCondition(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.text === "if" || t.text === "unless") {
      // "asked if…", "asked me if…", "she ask also if…": a question reported, not a condition.
      let j = i - 1;
      while (j > 0 && j >= i - 2 && (tokens[j]?.pos === "ADV" || tokens[j]?.pos === "PRON")) j--;
      const before = tokens[i - 1];
      const verb = tokens[j];
      if (!before || (!EMBEDDING.has(before.lemma) && !(verb && EMBEDDING.has(verb.lemma)))) return true;
    }
    if (t.text === "case" && tokens[i - 1]?.text === "in") return true;
    if (i === 0 && t.text === "should" && tokens[1] && (tokens[1].pos === "PRON" || tokens[1].pos === "NOUN"))
      return true;
  }
  return false;
}

function matchSentence(
  passage: Passage,
  sentence: Sentence,
  cues: CompiledCue[],
  hits: SentenceHit[],
  offsetInPassage: number,
): void {
  const tokens = sentence.tokens;
  if (tokens.length === 0) return;
  const isQuestion = sentence.text.trim().endsWith("?");
  // A run-on sentence is read stretch by stretch: its guards, its condition and its company words
  // belong to the stretch a match stands in (see run-on.ts).
  const runOn = passage.channel !== "email" && tokens.length > RUN_ON_TOKENS;
  // "If we move forward…", "should things look like a match…": a condition, not a fact.
  // A conditional question ("if we offered it, would you take it?") is still the question.
  const isConditional = !runOn && !sentence.text.includes("?") && hasCondition(tokens);
  const seen = new Set<SignalId>();
  for (const c of cues) {
    const cue = c.cue;
    // One hit per signal and sentence; parts of a signal each count, so a sentence that lists several
    // details of the job ("mostly site visits, three days in the office, two reports") shows several.
    if (seen.has(c.id) && !cue.part && !cue.alone) continue;
    if (cue.question && !isQuestion) continue;
    // A part of a signal is a detail told: asked, it is not yet a detail of anything.
    if (cue.part && isQuestion) continue;
    // An outcome's own condition is judged by the outcome guard, in its clause ("…if that works for you" is politeness).
    if (isConditional && !cue.evenIfConditional && !OUTCOMES.has(c.id)) continue;
    const matches = findMatches(c.pattern, tokens);
    if (matches.length === 0) continue;
    const withHits = c.with ? findMatches(c.with, tokens) : undefined;
    if (withHits?.length === 0) continue;
    const unlessHits = c.unless ? findMatches(c.unless, tokens) : [];
    if (!runOn && unlessHits.length > 0) continue;
    const frames = c.unlessBefore ? findMatches(c.unlessBefore, tokens) : [];
    const objects = c.unlessAfter ? findMatches(c.unlessAfter, tokens) : [];
    const negation = cue.negation ?? "deny";
    const by = cue.by ?? "company";
    const ok = matches.some((m) => {
      if (runOn) {
        const stretch = stretchOf(tokens, m.start, m.end);
        const inside = (h: { start: number; end: number }) =>
          h.start >= stretch.start && h.end <= stretch.end;
        if (unlessHits.some(inside)) return false;
        if (withHits && !withHits.some(inside)) return false;
        const conditional =
          !sentence.text.includes("?") && hasCondition(tokens.slice(stretch.start, stretch.end + 1));
        if (conditional && !cue.evenIfConditional && !OUTCOMES.has(c.id)) return false;
      }
      if (frames.some((f) => f.start < m.start)) return false;
      // One statement: a match may not run across "but", ";" or a dash into the next clause.
      if (spansClauses(tokens, m)) return false;
      // Within its object: up to the fourth word after the match, before a clause ends.
      if (objects.some((o) => o.start >= m.start && o.start <= objectEnd(tokens, m.end))) return false;
      const negated = passage.denied === true || isNegated(tokens, m);
      if (negation === "deny" && negated) return false;
      if (negation === "require" && !negated) return false;
      if (!actorAccepts(by, passage, tokens, m.start)) return false;
      if (FACTUAL.has(c.id) && !isStated(tokens, m, passage, sentence.text)) return false;
      if (cue.stated && !isStated(tokens, m, passage, sentence.text, { companyFuture: true })) return false;
      // An outcome settles the read: only a decision made and told, about this candidate, counts.
      if (
        (c.id === "offer-made" || c.id === "rejected") &&
        !outcomeHolds(c.id, tokens, m, passage.role, sentence.text)
      )
        return false;
      return true;
    });
    if (!ok) continue;
    if (!cue.part) seen.add(c.id);
    hits.push({
      id: c.id,
      cue,
      passage,
      sentence,
      evidence: evidenceFor(passage, sentence, offsetInPassage),
    });
  }
}

/** Words that end one clause and begin another: a cue's words must all stand on one side. */
const CLAUSE_BREAKS = new Set(["but", ";", "—", "–", "however"]);

/** True when a clause break stands between the cue's words (not as one of them: "thanks but no thanks"). */
function spansClauses(tokens: Token[], m: { start: number; end: number; indices: number[] }): boolean {
  for (let j = m.start + 1; j < m.end; j++)
    if (CLAUSE_BREAKS.has(tokens[j]?.text ?? "") && !m.indices.includes(j)) return true;
  return false;
}

/** The last token a cue's object may reach: four words after the match, or the clause's end. */
function objectEnd(tokens: Token[], end: number): number {
  let j = end;
  while (j < tokens.length - 1 && j < end + 4) {
    const next = tokens[j + 1];
    if (!next || [",", ";", ".", "!", "?", "and", "but"].includes(next.text)) break;
    j++;
  }
  return j;
}

/** The most quotes a signal keeps as its evidence. */
export const MAX_EVIDENCE = 24;

/**
 * Groups hits into findings, applying each signal's minimum number of transcript hits, and of
 * sentences its `part` cues must hit together.
 */
export function findingsFromHits(
  hits: SentenceHit[],
  transcriptHits: (id: SignalId) => number,
  minHits: (id: SignalId) => number,
  partsNeeded: (id: SignalId) => number = () => 2,
): Finding[] {
  const byId = new Map<SignalId, SentenceHit[]>();
  for (const hit of hits) {
    const list = byId.get(hit.id) ?? [];
    list.push(hit);
    byId.set(hit.id, list);
  }
  const findings: Finding[] = [];
  for (const [id, all] of byId) {
    // Parts of a signal show it only together: enough sentences of them, or beside a whole cue.
    const parts = all.filter((h) => h.cue.part).length;
    const shown =
      parts === 0 || parts >= partsNeeded(id) || all.some((h) => !h.cue.part)
        ? all
        : all.filter((h) => !h.cue.part);
    // A sentence is quoted once, however many parts it shows.
    const list = [...new Map(shown.map((h) => [h.sentence, h] as const)).values()];
    const fromTranscript = list.filter((h) => h.passage.channel === "transcript");
    const elsewhere = list.filter((h) => h.passage.channel !== "transcript");
    const enoughInTranscript = fromTranscript.length >= transcriptHits(id);
    const kept = enoughInTranscript ? list : elsewhere;
    // A cue that shows the signal alone may share its sentence with another cue's hit.
    const alone = shown.some(
      (h) => h.cue.alone && (enoughInTranscript || h.passage.channel !== "transcript"),
    );
    if (kept.length === 0 || (kept.length < minHits(id) && !alone)) continue;
    // A few quotes show a signal; thousands (a long account saying it over and over) only cost time
    // in everything that reads the evidence after.
    findings.push({ id, evidence: kept.slice(0, MAX_EVIDENCE).map((h) => h.evidence) });
  }
  return findings;
}
