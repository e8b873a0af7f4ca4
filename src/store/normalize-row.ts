import type { Store } from "./workspace-store.js";

// Rows as the rest of the code expects them, whichever database read them.

export const num = (v: unknown): number => Number(v ?? 0);

/** Integer columns, which PostgreSQL's driver may hand back as strings. */
const INTEGER_COLUMNS = new Set([
  "id",
  "revision",
  "application_id",
  "round_id",
  "number",
  "source_id",
  "bytes",
  "ingest_id",
  "evidence_count",
  "action_id",
  "salary_min",
  "salary_max",
]);
const REAL_COLUMNS = new Set(["read_score", "prior_score"]);

/** A row with the integers and reals PostgreSQL's driver may return as strings made numbers, bytes a Uint8Array. */
export function normalized<T>(row: T): T {
  return normalizeRow(row as Record<string, unknown>) as T;
}

export function normalizeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v === null || v === undefined) out[k] = null;
    else if (INTEGER_COLUMNS.has(k) || REAL_COLUMNS.has(k)) out[k] = Number(v);
    else if (v instanceof Uint8Array) out[k] = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    else out[k] = v;
  }
  return out;
}

/**
 * Rows as the rest of the code expects them. SQLite already gives numbers and nulls, so a read of many
 * rows without bytes skips the copy; PostgreSQL's driver gives some integers as strings.
 */
export function normalizedAll<T>(store: Store, rows: T[]): T[] {
  return store.conn.dialect === "sqlite" ? rows : rows.map(normalized);
}
