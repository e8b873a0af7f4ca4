import type { Cue, SignalId } from "../signals/signal.js";
import { crudeStem } from "../text/crude-stem.js";
import { type CompiledPattern, splitContraction } from "../text/match-pattern.js";

/**
 * The cue gate: a cheap first pass over a sentence's words (crude stems, prefixes, word classes) that
 * hands the NLP and the full patterns only the cues that could match it. Most sentences of a long
 * transcript match none.
 */

export interface CompiledCue {
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

export interface GateSlot {
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

export function compileGateSlot(alternatives: string[][]): GateSlot {
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

/**
 * An index from crude word stems to the cues that need that word, so that a sentence is handed
 * to the NLP only when some cue could match it. Most sentences of a long transcript match none.
 */
export interface CueIndex {
  /** By the stem's key's id (GateKey). */
  byStem: (CompiledCue[] | undefined)[];
  /** Cues whose every slot has a prefix or class alternative: checked on every sentence. */
  always: CompiledCue[];
}

/** The word of an alternative to index it by: its first uncommon literal word, else its first word. */
function keyWord(alt: string[]): string {
  return alt.find((w) => isLiteral(w) && !COMMON.has(w)) ?? alt[0] ?? "";
}

export function indexCues(cues: CompiledCue[]): CueIndex {
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
/** A sentence's words as the gate reads them (and the learned model): lower case, contractions split. */
export function cheapWords(text: string): string[] {
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
export function roughSentences(text: string): string[] {
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
export function candidateCues(text: string, index: CueIndex, words = cheapWords(text)): CompiledCue[] {
  if (slotStamp.length < SLOTS.length) {
    slotStamp = new Uint32Array(SLOTS.length);
    slotAnswer = new Uint8Array(SLOTS.length);
  }
  generation++;
  // The gate keys the sentence holds, each once, in the order of their first words.
  const keys: GateKey[] = [];
  for (const w of words)
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
