/**
 * The workspace's tables, as Kysely sees them. Times are ISO 8601 text in both SQLite and PostgreSQL,
 * so one set of queries reads the same values from either. Ids are integers the store assigns
 * (the largest plus one, inside the write lock), so an export imports with the same ids anywhere.
 */
export interface Database {
  schema_migrations: SchemaMigrationTable;
  workspace: WorkspaceTable;
  applications: ApplicationTable;
  rounds: RoundTable;
  sources: SourceTable;
  messages: MessageTable;
  round_signals: RoundSignalTable;
  actions: ActionTable;
  outcomes: OutcomeTable;
  ingests: IngestTable;
  application_details: ApplicationDetailsTable;
  action_edits: ActionEditTable;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: string;
}

/** One row (id 1): the revision every write bumps, so a writer can tell that someone wrote meanwhile. */
export interface WorkspaceTable {
  id: number;
  revision: number;
  /** The candidate's name, as given to `--me` once. */
  me: string | null;
  /** The candidate's IANA time zone, as given to `--tz` once: an invite's floating times are read in it. */
  time_zone: string | null;
  created_at: string;
}

export interface ApplicationTable {
  id: number;
  company: string;
  role: string | null;
  /** The company's mail domain ("acme.com"), where known: how later mail finds its application. */
  domain: string | null;
  created_at: string;
  /** How it was first filed ("invite.ics", "--application", "mail from acme.com"). */
  basis: string;
}

export interface RoundTable {
  id: number;
  application_id: number;
  number: number;
  title: string | null;
  starts_at: string | null;
  ends_at: string | null;
  created_at: string;
  read_band: string | null;
  read_score: number | null;
  read_summary: string | null;
  /** The read with any outcome left out: what the signals said before the answer came. */
  prior_band: string | null;
  prior_score: number | null;
  /** The whole analysis, JSON (the `debrief analyze --json` document). */
  analysis: string | null;
  analyzed_at: string | null;
}

/** A file as it was given: raw bytes and their hash. An mbox is stored a message a row. */
export interface SourceTable {
  id: number;
  application_id: number;
  /** The round it was filed under; null for mail, which belongs to the application. */
  round_id: number | null;
  sha256: string;
  /** Where it came from ("case/notes.md", "export.mbox#12"). */
  name: string;
  kind: string;
  content: Uint8Array;
  bytes: number;
  ingest_id: number;
  added_at: string;
}

/** Derived from email sources (rebuilt by reanalysis): what `list` and `show` need without parsing. */
export interface MessageTable {
  source_id: number;
  application_id: number;
  message_id: string | null;
  sent_at: string | null;
  from_name: string | null;
  from_address: string | null;
  subject: string | null;
  /** "candidate" (sent by the candidate) or "company". */
  direction: string;
  /** The first words of the new text. */
  snippet: string;
}

/** Derived: the signals of a round's read. */
export interface RoundSignalTable {
  round_id: number;
  signal_id: string;
  polarity: string;
  /** The first piece of evidence, for a person. */
  quote: string | null;
  evidence_count: number;
}

export interface ActionTable {
  id: number;
  application_id: number;
  round_id: number | null;
  /** Stable across re-reads ("2:thank-you"), so a done action stays done. */
  key: string;
  kind: string;
  due: string | null;
  why: string;
  text: string | null;
  /** "open", "done" (by you, or seen in the mail), or "dropped" (no longer planned). */
  status: string;
  done_at: string | null;
  /** "you" or "mail" for done actions. */
  done_by: string | null;
  updated_at: string;
}

export interface OutcomeTable {
  id: number;
  application_id: number;
  outcome: string;
  /** "you" (recorded with `debrief outcome`) or "email" (found in a message; rebuilt by reanalysis). */
  recorded_by: string;
  source_id: number | null;
  quote: string | null;
  recorded_at: string;
}

export interface IngestTable {
  id: number;
  started_at: string;
  finished_at: string;
  /** What was given and what it did, JSON. */
  summary: string;
}

/**
 * What the candidate keeps on an application beyond what the files say: where the posting is, the salary
 * range, who they deal with, their own notes, and the stage they moved it to by hand. One row at most.
 */
export interface ApplicationDetailsTable {
  application_id: number;
  link: string | null;
  salary_min: number | null;
  salary_max: number | null;
  /** "EUR", "USD", as typed. */
  salary_currency: string | null;
  /** People there, one a line, as typed. */
  contacts: string | null;
  notes: string | null;
  /** "applied", "interviewing" or "waiting", when moved there by hand; null: the stage the files give. */
  stage: string | null;
  updated_at: string;
}

/** The candidate's own version of an action's draft, and until when it is put off. Re-reads keep them. */
export interface ActionEditTable {
  action_id: number;
  /** The draft as the candidate edited it; null: the planned one. */
  text: string | null;
  snoozed_until: string | null;
  updated_at: string;
}
