import type { SignalId } from "../signals/signal.js";
import { findCueHits, type SentenceHit } from "./detect-cues.js";
import type { Passage } from "./passages.js";
import { type ModelBest, modelReads, type ReadSentence, scanSentence } from "./sentence-model.js";

/**
 * The cue hits of some passages and, into `best`, the learned model's best sentences. The model reads
 * the rough sentences the cue gate read, with the gate's words, scored together right after the
 * gate's pass (scored one by one inside it, each cost three times as much). A signal whose cue the
 * rules stopped in a sentence (a negation, a condition, "no date") is not the model's to find there.
 */
export function cueHitsAndModel(passages: Passage[], best: ModelBest | undefined): SentenceHit[] {
  if (!best) return findCueHits(passages);
  const sentences: ReadSentence[] = [];
  const vetoes = new Map<Passage, { id: SignalId; from: number; to: number }[]>();
  const hits = findCueHits(passages, {
    onSentence: (passage, sentence, at, words) => {
      if (modelReads(passage)) sentences.push({ passage, sentence, at, words });
    },
    onVeto: (passage, id, from, to) => {
      const list = vetoes.get(passage) ?? [];
      list.push({ id, from, to });
      vetoes.set(passage, list);
    },
  });
  for (const s of sentences) {
    const end = s.at + s.sentence.length;
    const vetoed = vetoes.get(s.passage)?.filter((v) => v.from < end && v.to > s.at);
    scanSentence(s, best, vetoed && new Set(vetoed.map((v) => v.id)));
  }
  return hits;
}
