/**
 * The one stemmer. A crude stem, shared by a word and its lemma ("asked", "asking", "ask" → "ask"), used
 * to decide cheaply whether a sentence could match a cue before the real NLP reads it (and as the learned
 * part's words). It may over-match (that only costs time), but must not under-match a word that a cue
 * names. `wordStem` is the same without the comparative step, for the words two texts share (a reply
 * and the note it answers, a question and the answer before it).
 */

const IRREGULAR: Record<string, string> = {
  was: "be",
  were: "be",
  is: "be",
  are: "be",
  am: "be",
  been: "be",
  being: "be",
  "'s": "be",
  "'re": "be",
  "'m": "be",
  went: "go",
  gone: "go",
  goes: "go",
  told: "tell",
  said: "say",
  says: "say",
  gave: "give",
  given: "give",
  took: "take",
  taken: "take",
  ran: "run",
  met: "meet",
  spoke: "speak",
  spoken: "speak",
  brought: "bring",
  thought: "think",
  left: "leave",
  made: "make",
  felt: "feel",
  kept: "keep",
  got: "get",
  gotten: "get",
  sat: "sit",
  sent: "send",
  spent: "spend",
  had: "have",
  has: "have",
  did: "do",
  does: "do",
  done: "do",
  knew: "know",
  known: "know",
  saw: "see",
  seen: "see",
  came: "come",
  heard: "hear",
  rang: "ring",
  rung: "ring",
  wrote: "write",
  written: "write",
  chose: "choose",
  chosen: "choose",
  dug: "dig",
  sold: "sell",
  led: "lead",
  began: "begin",
  begun: "begin",
  stood: "stand",
  shown: "show",
  found: "find",
  paid: "pay",
  caught: "catch",
  taught: "teach",
  bought: "buy",
  built: "build",
  understood: "understand",
  would: "would",
  "'d": "would",
  "'ll": "will",
  wo: "will",
  ca: "can",
  "n't": "not",
  leant: "lean",
  sped: "speed",
  hung: "hang",
  put: "put",
  // Suppletive comparatives, which the NLP lemmatises to their base ("best" → "good").
  better: "good",
  best: "good",
  worse: "bad",
  worst: "bad",
  set: "set",
  cut: "cut",
};

export function crudeStem(word: string): string {
  return stem(word, true);
}

/**
 * The same stem without the crude stem's comparative step, which would take "-er" and "-est" off: for
 * telling whether two texts share a word, where "whittler" is not "whittle" and "kayaker" is not "kayak"
 * ("arrived" meets "arrive", "resetting" meets "reset", "companies" meets "company").
 */
export function wordStem(word: string): string {
  return stem(word, false);
}

function stem(word: string, comparatives: boolean): string {
  const w = word.toLowerCase();
  // Own keys only: "constructor" is no irregular verb.
  const irregular = Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : undefined;
  // The base form goes through the same rules as a lemma would ("taken" → "take" → "tak").
  if (irregular) return irregular === w ? w : stem(irregular, comparatives);
  // Short plurals too ("ups" → "up"): over-matching only costs time, under-matching loses a cue.
  if (w.length <= 3) return w.length === 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, 2) : w;
  let s = w;
  if (s.endsWith("'s")) s = s.slice(0, -2);
  if (s.endsWith("ies") && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith("ing") && s.length > 4) s = s.slice(0, -3);
  else if (s.endsWith("ied") && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith("ed") && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith("es") && s.length > 4 && /(ss|sh|ch|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith("s") && !s.endsWith("ss") && s.length > 3) s = s.slice(0, -1);
  // Comparatives and superlatives ("deeper" meets the lemma "deep"); applied alike to both sides.
  if (comparatives && s.endsWith("er") && s.length > 4) s = s.slice(0, -2);
  else if (comparatives && s.endsWith("est") && s.length > 5) s = s.slice(0, -3);
  if (/([b-df-hj-np-tv-z])\1$/.test(s) && !/(ll|ss|ff|zz)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith("e") && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith("y") && s.length > 3) s = `${s.slice(0, -1)}i`;
  return s;
}
