import { CATALOGUE } from "./catalogue.js";
import type { Evidence, Finding } from "./evidence.js";
import { formatTime } from "./format-time.js";
import { type CompiledPattern, compilePattern, findMatches, isNegated } from "./match-pattern.js";
import { readSentences, type Sentence, type Token } from "./nlp.js";
import type { Passage } from "./passages.js";
import { resolveNotesActor } from "./resolve-actor.js";
import type { Actor, Cue, SignalId } from "./signal.js";

interface CompiledCue {
  id: SignalId;
  cue: Cue;
  pattern: CompiledPattern;
  with?: CompiledPattern;
  unless?: CompiledPattern;
  /** Words of which at least one must be in a sentence for the pattern to have a chance. */
  gate: string[][];
}

function compileCues(): CompiledCue[] {
  const out: CompiledCue[] = [];
  for (const def of CATALOGUE) {
    for (const cue of def.cues) {
      const pattern = compilePattern(cue.p, cue.within);
      out.push({
        id: def.id,
        cue,
        pattern,
        ...(cue.with === undefined ? {} : { with: compilePattern(cue.with, cue.within) }),
        ...(cue.unless === undefined ? {} : { unless: compilePattern(cue.unless, 1) }),
        gate: pattern.slots.map((slot) => slot.alternatives.map((alt) => alt[0] ?? "")),
      });
    }
  }
  return out;
}

const CUES = compileCues();

/** Cheap pre-check: every slot needs one of its first words among the sentence's words. */
function mayMatch(gate: string[][], words: ReadonlySet<string>, tokens: Token[]): boolean {
  for (const slot of gate) {
    let ok = false;
    for (const w of slot) {
      if (w.endsWith("*")) {
        const prefix = w.slice(0, -1);
        if (tokens.some((t) => t.text.startsWith(prefix) || t.lemma.startsWith(prefix))) ok = true;
      } else if (w.startsWith("#") || words.has(w)) ok = true;
      if (ok) break;
    }
    if (!ok) return false;
  }
  return true;
}

function actorAccepts(by: Actor, passage: Passage, tokens: Token[], at: number): boolean {
  if (by === "any") return true;
  if (passage.role === "narrator") {
    const actor = resolveNotesActor(tokens, at);
    if (by === "company") return actor !== "candidate";
    return actor !== "company";
  }
  if (passage.role === "unknown") return true;
  return passage.role === by;
}

function quoteOf(sentence: Sentence): string {
  const text = sentence.text.replace(/\s+/g, " ").trim();
  return text.length <= 280 ? text : `${text.slice(0, 277)}…`;
}

/** Line of a sentence inside a passage: the passage's line plus the newlines before the sentence. */
function evidenceFor(passage: Passage, sentence: Sentence): Evidence {
  const evidence: Evidence = { source: passage.source, quote: quoteOf(sentence), line: passage.line };
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

export interface ReadPassage {
  passage: Passage;
  sentences: Sentence[];
}

export function readPassages(passages: Passage[]): ReadPassage[] {
  return passages.map((passage) => ({ passage, sentences: readSentences(passage.text) }));
}

/** Runs every catalogue cue over every sentence; returns one hit per (signal, sentence). */
export function findCueHits(read: ReadPassage[]): SentenceHit[] {
  const hits: SentenceHit[] = [];
  for (const { passage, sentences } of read) {
    for (const sentence of sentences) {
      const tokens = sentence.tokens;
      if (tokens.length === 0) continue;
      const words = new Set<string>();
      for (const t of tokens) {
        words.add(t.text);
        words.add(t.lemma);
      }
      const isQuestion = sentence.text.trim().endsWith("?");
      const seen = new Set<SignalId>();
      for (const c of CUES) {
        if (seen.has(c.id)) continue;
        const cue = c.cue;
        if (cue.in && !cue.in.includes(passage.channel)) continue;
        if (cue.question && !isQuestion) continue;
        if (!mayMatch(c.gate, words, tokens)) continue;
        const matches = findMatches(c.pattern, tokens);
        if (matches.length === 0) continue;
        if (c.with && findMatches(c.with, tokens).length === 0) continue;
        if (c.unless && findMatches(c.unless, tokens).length > 0) continue;
        const negation = cue.negation ?? "deny";
        const by = cue.by ?? "company";
        const ok = matches.some((m) => {
          const negated = isNegated(tokens, m);
          if (negation === "deny" && negated) return false;
          if (negation === "require" && !negated) return false;
          return actorAccepts(by, passage, tokens, m.start);
        });
        if (!ok) continue;
        seen.add(c.id);
        hits.push({ id: c.id, cue, passage, sentence, evidence: evidenceFor(passage, sentence) });
      }
    }
  }
  return hits;
}

/** Groups hits into findings, applying each signal's minimum number of transcript hits. */
export function findingsFromHits(
  hits: SentenceHit[],
  transcriptHits: (id: SignalId) => number,
  minHits: (id: SignalId) => number,
): Finding[] {
  const byId = new Map<SignalId, SentenceHit[]>();
  for (const hit of hits) {
    const list = byId.get(hit.id) ?? [];
    list.push(hit);
    byId.set(hit.id, list);
  }
  const findings: Finding[] = [];
  for (const [id, list] of byId) {
    const fromTranscript = list.filter((h) => h.passage.channel === "transcript");
    const elsewhere = list.filter((h) => h.passage.channel !== "transcript");
    const enoughInTranscript = fromTranscript.length >= transcriptHits(id);
    const kept = enoughInTranscript ? list : elsewhere;
    if (kept.length === 0 || kept.length < minHits(id)) continue;
    findings.push({ id, evidence: kept.map((h) => h.evidence) });
  }
  return findings;
}
