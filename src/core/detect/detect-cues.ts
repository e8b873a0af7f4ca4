import { CATALOGUE } from "../catalogue.js";
import type { Evidence, Finding } from "../signals/evidence.js";
import type { Actor, Cue, SignalId } from "../signals/signal.js";
import { contrastSpan } from "../text/clause-bounds.js";
import { compilePattern, findMatches, isNegated, NEGATORS } from "../text/match-pattern.js";
import { EMBEDDING, moodOf, voiceOf } from "../text/modality.js";
import { readSentencesOnce, type Sentence, type Token } from "../text/nlp.js";
import { RUN_ON_TOKENS, stretchOf } from "../text/run-on.js";
import { formatTime } from "../time/format-time.js";
import {
  type CompiledCue,
  type CueIndex,
  candidateCues,
  cheapWords,
  compileGateSlot,
  indexCues,
  roughSentences,
} from "./cue-gate.js";
import { outcomeHolds } from "./outcome-guard.js";
import type { Passage } from "./passages.js";
import { resolveNotesActor } from "./resolve-actor.js";

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

function quoteOf(sentence: string): string {
  const text = sentence.replace(/\s+/g, " ").trim();
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

/** The evidence of a sentence of a passage: its quote, and where it stands (line, speaker, time, message). */
export function evidenceFor(passage: Passage, sentence: string, offset: number): Evidence {
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
export function findCueHits(
  passages: Passage[],
  options: {
    gate?: boolean;
    /** Called with every rough sentence and where it stands in its passage (the learned model reads them). */
    onSentence?: (passage: Passage, sentence: string, at: number, words: string[]) => void;
  } = {},
): SentenceHit[] {
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
      const words = cheapWords(rough);
      options.onSentence?.(passage, rough, at, words);
      const candidates = gate
        ? candidateCues(rough, index, words)
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
    // A denial among the guard words ("not", "not even") counts in the match's own statement only
    // (below); any other guard word, anywhere in the sentence: "I asked about the team but most of
    // them went unanswered".
    const denials = unlessHits.filter((h) => isDenialHit(tokens, h));
    if (!runOn && denials.length < unlessHits.length) continue;
    const frames = c.unlessBefore ? findMatches(c.unlessBefore, tokens) : [];
    const objects = c.unlessAfter ? findMatches(c.unlessAfter, tokens) : [];
    const negation = cue.negation ?? "deny";
    const by = cue.by ?? "company";
    const ok = matches.some((m) => {
      if (!runOn) {
        // A guard word counts in the match's own statement, not across "but": "I don't think so,
        // but they were lovely".
        const span = contrastSpan(tokens, m.start, m.end);
        if (denials.some((h) => h.start >= span.start && h.end <= span.end)) return false;
      }
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
      evidence: evidenceFor(passage, sentence.text, offsetInPassage),
    });
  }
}

/** Words that end one clause and begin another: a cue's words must all stand on one side. */
const CLAUSE_BREAKS = new Set(["but", ";", "—", "–", "however"]);

/** True when a clause break stands between the cue's words (not as one of them: "thanks but no thanks"). */
/** True when a guard word's hit is a denial: it opens with a negation ("not", "never even", "no rejection"). */
function isDenialHit(tokens: Token[], h: { start: number; end: number }): boolean {
  return NEGATORS.has(tokens[h.start]?.text ?? "");
}

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
