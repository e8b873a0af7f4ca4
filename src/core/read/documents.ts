/**
 * The parsed inputs the core reads. Ingest turns bytes into these; the core never sees bytes.
 * Times are ISO 8601 strings (with offset) so the core stays free of the clock and of time zones.
 */

export interface Person {
  name?: string;
  email?: string;
}

/** One speaker turn of a transcript. */
export interface Utterance {
  speaker?: string;
  text: string;
  /** Seconds from the start of the recording, where the transcript has timestamps. */
  start?: number;
  end?: number;
  /** 1-based line in the source file where this turn's text starts. */
  line: number;
}

export interface TranscriptDoc {
  kind: "transcript";
  source: string;
  format: "vtt" | "srt" | "text";
  utterances: Utterance[];
  /**
   * When the recording started, as its header says ("Thu, Nov 26, 2026 2:00PM" above an Otter export):
   * a wall-clock time with no offset ("2026-11-26T14:00:00"), read in the plan's zone.
   */
  startedAt?: string;
}

export interface NotesDoc {
  kind: "notes";
  source: string;
  text: string;
}

export interface InviteDoc {
  kind: "invite";
  source: string;
  summary?: string;
  description?: string;
  /** ISO start and end of the scheduled slot. */
  start?: string;
  end?: string;
  /** IANA zone the event was scheduled in, where known. */
  timeZone?: string;
  organizer?: Person;
  attendees: Person[];
}

export interface EmailDoc {
  kind: "email";
  source: string;
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  from?: Person;
  to: Person[];
  cc: Person[];
  /** ISO date, when the message had a readable one. */
  date?: string;
  subject?: string;
  /** The new text of the message, quoted earlier messages removed. */
  text: string;
  /** Quoted earlier messages ("On ... wrote:", "> ..."), kept apart. */
  quoted?: string;
  /** Header fields that mark automatic mail (Auto-Submitted, X-Autoreply, Precedence). */
  isAutomatic?: boolean;
  /** The header that marks list or bulk mail, where there is one ("List-Unsubscribe", "List-Id", "Precedence: bulk"). */
  listHeader?: string;
}

export type Doc = TranscriptDoc | NotesDoc | InviteDoc | EmailDoc;

/** Facts the candidate states outright (context.json), keys as in the signal spec. */
export interface ContextFacts {
  format?: "one-on-one" | "panel" | "structured";
  company?: "large" | "startup" | "unknown";
  interviewerStyle?: "warm" | "reserved" | "inexperienced" | "unknown";
  selfDoubt?: boolean;
  scheduledMinutes?: number;
  actualMinutes?: number;
}

/** Everything the analyser needs: the documents, stated context, who the candidate is, and "now". */
export interface CaseInput {
  docs: Doc[];
  context?: ContextFacts;
  /** The candidate's name as it appears in transcripts or emails. */
  me?: string;
  /** ISO time the read is made at. */
  now: string;
  /** Files that were skipped, with why, so the read can say so. */
  skipped?: { source: string; reason: string }[];
}
