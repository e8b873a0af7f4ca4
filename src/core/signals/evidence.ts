import type { SignalId } from "./signal.js";

/** What a signal rests on: the words (or a computed fact) and where they came from. */
export interface Evidence {
  /** File name the evidence came from, e.g. "notes.md", "transcript.vtt", "emails/03-reply.eml". */
  source: string;
  /** The sentence or fact, as said or computed. */
  quote: string;
  /** Who said it, where known (a transcript speaker, an email sender). */
  speaker?: string;
  /** 1-based line in the source file. */
  line?: number;
  /** Transcript timestamp, "hh:mm:ss". */
  at?: string;
  /** True where the evidence is a computed fact (a duration, a count of days) rather than words. */
  isFact?: boolean;
  /** For evidence from an email: the message it came from. */
  message?: { from?: string; date?: string; subject?: string };
}

/** One detected signal with everything it rests on. */
export interface Finding {
  id: SignalId;
  evidence: Evidence[];
}
