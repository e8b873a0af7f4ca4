import type { BundleFacts } from "../../core/mail/match-application.js";

// What `debrief add` is given, asks and reports.

export interface AddOptions {
  now: string;
  /** An application's id or company, or a new company's name: file everything under it. */
  application?: string;
  /** File the interview material under this round number. */
  round?: number;
  /** The candidate's name, remembered for later adds. */
  me?: string;
  /** The candidate's IANA zone, for an invite's floating times; remembered for later adds. */
  timeZone?: string;
}

export type Question = {
  kind: "application";
  /** What is being filed ("the files in case-a/", "notes.md"). */
  about: string;
  facts: Pick<BundleFacts, "company" | "role" | "domains">;
  /** The applications it might be: all of them when nothing matched. */
  options: { id: number; label: string }[];
};

/** An answer: an existing application, or a new one with this company name. */
export type Choice = { applicationId: number } | { company: string };

export interface Progress {
  phase: "reading" | "storing";
  done: number;
  total?: number;
  /** The file being read. */
  source?: string;
}

export interface AddHooks {
  /** Asks the person when the files do not tell; without it, such files are an input error. */
  choose?: (question: Question) => Promise<Choice>;
  onProgress?: (progress: Progress) => void;
}

export interface FiledApplication {
  applicationId: number;
  company: string;
  role: string | null;
  isNew: boolean;
  /** Why it went there ("domain acme.com", "--application", "new: invite.ics"). */
  basis: string;
  round?: { number: number; isNew: boolean };
  sources: string[];
}

export interface AddReport {
  filed: FiledApplication[];
  /** Files (or messages) stored before, the same bytes or the same message: nothing changed for them. */
  duplicates: string[];
  /** Files given more than once in this add (the same bytes, or the same message): stored once. */
  repeated: string[];
  /** Why each of `duplicates` and `repeated` is one: the same bytes, or the same Message-ID, as what. */
  duplicateReasons: { source: string; reason: string }[];
  /** Messages of a mailbox that belong to no application, not stored. */
  leftOut?: { count: number; reason: string; reasons: { reason: string; count: number }[] };
  skipped: { source: string; reason: string }[];
  warnings: string[];
  /** Outcomes the mail states that were not known before. */
  outcomes: { applicationId: number; company: string; outcome: string; quote: string | null }[];
  /** Times the plan was made again because another process wrote meanwhile. */
  retries: number;
}
