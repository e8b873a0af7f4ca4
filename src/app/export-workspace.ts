import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { z } from "zod";
import { ACTION_KINDS } from "../core/action.js";
import { BANDS, SIGNAL_IDS } from "../core/signal.js";
import { schemaVersion } from "../store/migrate.js";
import { type Dump, dumpWorkspace, isEmpty, loadDump, type Store, TABLES } from "../store/workspace-store.js";
import { InputError } from "./input-error.js";
import { listApplications } from "./workspace-views.js";

/**
 * `debrief export` and `debrief import`: the whole workspace as one JSON document, every table and
 * column as stored (raw sources in base64), so that importing it into an empty workspace gives the same
 * workspace back; and a CSV of the applications for a spreadsheet (one way).
 */
export const EXPORT_FORMAT = "debrief-workspace";
export const EXPORT_VERSION = 1;

export interface WorkspaceExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  schemaVersion: number;
  exportedAt: string;
  tables: Record<(typeof TABLES)[number], Record<string, unknown>[]>;
}

function encodeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row))
    out[k] = v instanceof Uint8Array ? Buffer.from(v).toString("base64") : v;
  return out;
}

export async function exportWorkspace(store: Store, now: string): Promise<WorkspaceExport> {
  const version = await schemaVersion(store.conn);
  const dump = await dumpWorkspace(store, version);
  const tables = {} as WorkspaceExport["tables"];
  for (const t of TABLES) tables[t] = (dump[t] as unknown as Record<string, unknown>[]).map(encodeRow);
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, schemaVersion: version, exportedAt: now, tables };
}

/*
 * Every table of an export, column by column, as the store writes it: an edited or damaged export is
 * refused before anything is written, with the row and column named. No column may be missing, none
 * added, no table unknown.
 */
const id = z.number().int().positive();
const count = z.number().int().nonnegative();
const time = z.iso.datetime({ offset: true });
const text = z.string();
const maybe = <T extends z.ZodTypeAny>(t: T) => t.nullable();
const SOURCE_KINDS = ["notes", "text", "transcript", "invite", "email", "mbox", "context"] as const;

const TABLE_ROWS = {
  workspace: z.strictObject({ id, revision: count, me: maybe(text), created_at: text }),
  applications: z.strictObject({
    id,
    company: text.min(1),
    role: maybe(text),
    domain: maybe(text),
    created_at: time,
    basis: text,
  }),
  rounds: z.strictObject({
    id,
    application_id: id,
    number: id,
    title: maybe(text),
    starts_at: maybe(text),
    ends_at: maybe(text),
    created_at: time,
    read_band: maybe(z.enum(BANDS)),
    read_score: maybe(z.number().min(0).max(1)),
    read_summary: maybe(text),
    prior_band: maybe(z.enum(BANDS)),
    prior_score: maybe(z.number().min(0).max(1)),
    analysis: maybe(text),
    analyzed_at: maybe(time),
  }),
  sources: z.strictObject({
    id,
    application_id: id,
    round_id: maybe(id),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    name: text.min(1),
    kind: z.enum(SOURCE_KINDS),
    content: text,
    bytes: count,
    ingest_id: id,
    added_at: time,
  }),
  messages: z.strictObject({
    source_id: id,
    application_id: id,
    message_id: maybe(text),
    sent_at: maybe(text),
    from_name: maybe(text),
    from_address: maybe(text),
    subject: maybe(text),
    direction: z.enum(["candidate", "company"]),
    snippet: text,
  }),
  round_signals: z.strictObject({
    round_id: id,
    signal_id: z.enum(SIGNAL_IDS),
    polarity: z.enum(["positive", "negative", "outcome"]),
    quote: maybe(text),
    evidence_count: count,
  }),
  actions: z.strictObject({
    id,
    application_id: id,
    round_id: maybe(id),
    key: text.min(1),
    kind: z.enum(ACTION_KINDS),
    due: maybe(text),
    why: text,
    text: maybe(text),
    status: z.enum(["open", "done", "dropped"]),
    done_at: maybe(time),
    done_by: maybe(z.enum(["you", "mail"])),
    updated_at: time,
  }),
  outcomes: z.strictObject({
    id,
    application_id: id,
    outcome: z.enum(["offer", "rejected", "withdrew", "ghosted"]),
    recorded_by: z.enum(["you", "email"]),
    source_id: maybe(id),
    quote: maybe(text),
    recorded_at: time,
  }),
  ingests: z.strictObject({ id, started_at: time, finished_at: time, summary: text }),
} satisfies Record<(typeof TABLES)[number], z.ZodTypeAny>;

const exportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  schemaVersion: z.number().int().nonnegative(),
  exportedAt: z.string(),
  tables: z.strictObject(
    Object.fromEntries(TABLES.map((t) => [t, z.array(TABLE_ROWS[t])])) as {
      [T in (typeof TABLES)[number]]: z.ZodArray<(typeof TABLE_ROWS)[T]>;
    },
  ),
});

/** Reads an export's text: a clear error for anything that is not one, before anything is written. */
export function parseExport(text: string, source: string): WorkspaceExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(
      "bad-export",
      `${source} is not JSON (${e instanceof Error ? e.message : String(e)})`,
      "give a file written by `debrief export`",
    );
  }
  const parsed = exportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      "bad-export",
      `${source} is not a Debrief workspace export: ${issue ? `${issue.path.join(".") || "the document"}: ${issue.message}` : "unexpected shape"}`,
      "give a file written by `debrief export`",
    );
  }
  const data = parsed.data as WorkspaceExport;
  checkSources(data, source);
  return data;
}

/**
 * Each source's bytes must be what was stored: base64 that decodes to content with the hash beside it.
 * A file edited by hand (or cut short) is refused here rather than stored with a hash that lies.
 */
function checkSources(data: WorkspaceExport, source: string): void {
  for (const [i, row] of data.tables.sources.entries()) {
    const where = `${source}: tables.sources.${i}${typeof row.name === "string" ? ` (${row.name})` : ""}`;
    const bad = (what: string) =>
      new InputError(
        "bad-export",
        `${where}: ${what}`,
        "give a file written by `debrief export`, as it was written",
      );
    if (typeof row.content !== "string") throw bad("content is not base64 text");
    const bytes = Buffer.from(row.content, "base64");
    if (bytes.toString("base64") !== row.content) throw bad("content is not base64");
    if (createHash("sha256").update(bytes).digest("hex") !== row.sha256)
      throw bad("the content does not match its sha256");
    if (bytes.length !== row.bytes) throw bad(`bytes says ${row.bytes}, the content is ${bytes.length}`);
  }
}

/** A database refusing a row (a missing column, a broken reference, a wrong type): the export's fault. */
function isRefusedRow(e: unknown): boolean {
  const code = (e as { code?: unknown } | undefined)?.code;
  if (typeof code !== "string") return false;
  // SQLite: constraint and type failures, and a column the table does not have.
  if (/^SQLITE_(CONSTRAINT|MISMATCH|RANGE|TOOBIG)/.test(code)) return true;
  if (code === "SQLITE_ERROR") return /has no column named/.test((e as Error).message);
  // PostgreSQL SQLSTATE: 22 data exception, 23 integrity constraint violation, 42703 undefined column.
  return /^(22|23)[0-9A-Z]{3}$/.test(code) || code === "42703";
}

export interface ImportReport {
  applications: number;
  sources: number;
  outcomes: number;
}

/** Loads an export into an empty workspace, in one transaction. */
export async function importWorkspace(store: Store, data: WorkspaceExport): Promise<ImportReport> {
  const current = await schemaVersion(store.conn);
  if (data.schemaVersion > current) {
    throw new InputError(
      "export-too-new",
      `the export is of schema version ${data.schemaVersion}; this Debrief knows up to ${current}`,
      "update Debrief, then import again",
    );
  }
  // The columns checked are this version's: an export of another version does not fit them.
  if (data.schemaVersion !== current) {
    throw new InputError(
      "bad-export",
      `the export is of schema version ${data.schemaVersion}, this workspace of ${current}`,
      "give a file written by `debrief export` of this version (update the Debrief that wrote it and export again)",
    );
  }
  if (!(await isEmpty(store))) {
    throw new InputError(
      "workspace-not-empty",
      "the workspace already holds applications; import only fills an empty one",
      "point DEBRIEF_HOME (or DEBRIEF_DATABASE_URL) at a new workspace, then import",
    );
  }
  const dump = { schemaVersion: data.schemaVersion } as Dump;
  for (const t of TABLES) {
    (dump as unknown as Record<string, unknown[]>)[t] = data.tables[t].map((row) =>
      t === "sources" && typeof row.content === "string"
        ? { ...row, content: new Uint8Array(Buffer.from(row.content, "base64")) }
        : row,
    );
  }
  try {
    await loadDump(store, dump);
  } catch (e) {
    if (!isRefusedRow(e)) throw e;
    throw new InputError(
      "bad-export",
      `the export does not fit this workspace's tables (${e instanceof Error ? e.message : String(e)}); nothing was imported`,
      "give a file written by `debrief export`, as it was written",
    );
  }
  return {
    applications: data.tables.applications.length,
    sources: data.tables.sources.length,
    outcomes: data.tables.outcomes.length,
  };
}

/** The most an import file may be: an export holds every source, so it can be large. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

export async function readExportFile(path: string): Promise<WorkspaceExport> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new InputError("no-input", `${path}: no such file`);
  if (info.size > MAX_IMPORT_BYTES) throw new InputError("bad-export", `${path} is over 1 GB`);
  return parseExport(await readFile(path, "utf8"), path);
}

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? "" : String(value);
  // A leading = + - @ makes a spreadsheet run the cell as a formula: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per application: what `debrief list` shows, for a spreadsheet. */
export async function exportApplicationsCsv(store: Store, now: string): Promise<string> {
  const apps = await listApplications(store, now);
  const header = [
    "id",
    "company",
    "role",
    "stage",
    "outcome",
    "outcome_recorded_by",
    "rounds",
    "messages",
    "latest_read",
    "latest_read_score",
    "last_from_company",
    "days_since_company_wrote",
    "next_action",
    "next_action_due",
  ];
  const rows = apps.map((a) => [
    a.id,
    a.company,
    a.role,
    a.stage,
    a.outcome?.outcome,
    a.outcome?.recordedBy,
    a.rounds,
    a.messages,
    a.read?.band,
    a.read ? a.read.score.toFixed(2) : "",
    a.lastFromCompany?.at,
    a.lastFromCompany?.days,
    a.nextAction?.kind,
    a.nextAction?.due,
  ]);
  return `${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
