import type { SignalId } from "../signals/signal.js";

// The parts of a draft and where each comes from: the words as they stand in a source file.

/** Where a piece of a draft comes from: the words as they stand in a source file. */
export interface DraftSource {
  /** File name, as in the evidence ("transcript.vtt", "notes.md", "emails/02-reply.eml"). */
  source: string;
  /** The words in the source, verbatim but for runs of whitespace (a wrapped line reads as one space). */
  quote: string;
  /** 1-based line in the source file. */
  line?: number;
  /** Transcript timestamp, "hh:mm:ss". */
  at?: string;
  /** Who said it, where a transcript tells. */
  speaker?: string;
}

/** One specific thing from the conversation that a draft refers to. */
export interface Specific extends DraftSource {
  /** The words the draft uses: the quote, shortened and with its pronouns turned to the reader. */
  text: string;
  /** Something the interviewer said (`point`, `topic`) or asked about (`question`). */
  kind: "point" | "topic" | "question";
}

/** The one thing the draft adds that the candidate left unsaid, and why. */
export interface DraftGap extends DraftSource {
  /** The sentence the draft adds. */
  text: string;
  /** What in the inputs called for it. */
  why: string;
  /** The negative signal it answers, where it answers one. */
  signal?: SignalId;
}

/** The role and company a draft names, and the line they were read from. */
export interface RoleAbout extends DraftSource {
  role?: string;
  company?: string;
}
