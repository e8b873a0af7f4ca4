import type { Analysis, DetectedSignal } from "../read/analyze-interview.js";
import type { Doc, TranscriptDoc } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import type { SignalId } from "../signals/signal.js";

// Where a piece of evidence is, and the words around it.

export function signal(analysis: Analysis, id: SignalId): DetectedSignal | undefined {
  return analysis.signals.find((s) => s.id === id);
}

/** Where a piece of evidence is, for a person: "transcript.vtt 01:14:11", "notes.md:14", "emails/02-x.eml". */
export function where(e: { source: string; line?: number; at?: string }): string {
  if (e.at) return `${e.source} ${e.at}`;
  if (e.line !== undefined && !e.source.endsWith(".eml")) return `${e.source}:${e.line}`;
  return e.source;
}

/** The whole transcript turn a piece of evidence sits in: the date is often a sentence away from the cue. */
export function utteranceText(docs: Doc[], e: Evidence): string | undefined {
  const doc = docs.find((d): d is TranscriptDoc => d.kind === "transcript" && d.source === e.source);
  return doc?.utterances.find((u) => u.line === e.line)?.text;
}
