import { type Kysely, sql } from "kysely";
import { writeTransaction } from "./dialect.js";
import { insertMany } from "./insert-many.js";
import { normalizeRow, num } from "./normalize-row.js";
import type { Database } from "./schema.js";
import type { Store } from "./workspace-store.js";

// Export and import: every table, every column, as stored.

export const TABLES = [
  "workspace",
  "ingests",
  "applications",
  "rounds",
  "sources",
  "messages",
  "round_signals",
  "actions",
  "outcomes",
  "application_details",
  "action_edits",
] as const satisfies readonly (keyof Database)[];

const ORDER_BY: Record<(typeof TABLES)[number], string[]> = {
  workspace: ["id"],
  ingests: ["id"],
  applications: ["id"],
  rounds: ["id"],
  sources: ["id"],
  messages: ["source_id"],
  round_signals: ["round_id", "signal_id"],
  actions: ["id"],
  outcomes: ["id"],
  application_details: ["application_id"],
  action_edits: ["action_id"],
};

/** How many rows one query reads: sources carry their raw bytes, so they are read a few at a time. */
export const PAGE_ROWS = 500;
const PAGE_BYTES = 32 * 1024 * 1024;

/**
 * Hands every row of every table to `onRow`, in a stable order, in one read transaction, a page at a
 * time: the memory used is a page's, not the workspace's, however large the workspace is.
 */
export async function forEachRow(
  store: Store,
  onRow: (table: (typeof TABLES)[number], row: Record<string, unknown>) => Promise<void> | void,
): Promise<void> {
  const read = async (db: Kysely<Database>) => {
    for (const table of TABLES) {
      for await (const page of pages(db, table))
        for (const row of page) await onRow(table, normalizeRow(row as Record<string, unknown>));
    }
  };
  return store.conn.dialect === "postgres"
    ? store.conn.db.transaction().setIsolationLevel("repeatable read").execute(read)
    : store.conn.db.connection().execute(async (db) => {
        await sql`begin`.execute(db);
        try {
          return await read(db);
        } finally {
          await sql`commit`.execute(db).catch(() => {});
        }
      });
}

/** A table's rows in ORDER_BY order, a page at a time, each page after the last one's key. */
async function* pages(db: Kysely<Database>, table: (typeof TABLES)[number]): AsyncGenerator<unknown[]> {
  const keys = ORDER_BY[table];
  let after: unknown[] | undefined;
  for (;;) {
    const limit = table === "sources" ? await sourcesPageRows(db, after?.[0]) : PAGE_ROWS;
    let q = db.selectFrom(table).selectAll();
    if (after) {
      const cols = sql.join(keys.map((k) => sql.ref(k)));
      const vals = sql.join(after.map((v) => sql`${v}`));
      q = q.where(sql<boolean>`(${cols}) > (${vals})`);
    }
    // biome-ignore lint/suspicious/noExplicitAny: the column names come from ORDER_BY above.
    for (const c of keys) q = q.orderBy(c as any);
    const rows = (await q.limit(limit).execute()) as Record<string, unknown>[];
    if (rows.length > 0) yield rows;
    if (rows.length < limit) return;
    const last = rows[rows.length - 1] as Record<string, unknown>;
    after = keys.map((k) => last[k]);
  }
}

/** How many of the next sources fit PAGE_BYTES (always at least one, however large). */
async function sourcesPageRows(db: Kysely<Database>, afterId: unknown): Promise<number> {
  let q = db.selectFrom("sources").select("bytes").orderBy("id").limit(PAGE_ROWS);
  if (afterId !== undefined) q = q.where("id", ">", Number(afterId));
  const sizes = await q.execute();
  let total = 0;
  let n = 0;
  for (const { bytes } of sizes) {
    total += num(bytes);
    if (n > 0 && total > PAGE_BYTES) break;
    n++;
  }
  return Math.max(1, n);
}

/** True when nothing has been filed yet. */
export async function isEmpty(store: Store): Promise<boolean> {
  const row = await store.conn.db
    .selectFrom("sources")
    .select(sql<number>`count(*)`.as("n"))
    .executeTakeFirst();
  const apps = await store.conn.db
    .selectFrom("applications")
    .select(sql<number>`count(*)`.as("n"))
    .executeTakeFirst();
  return num(row?.n) === 0 && num(apps?.n) === 0;
}

/** One table's rows, in the order TABLES lists the tables (a row's references come before it). */
export interface RowBatch {
  table: (typeof TABLES)[number];
  rows: Record<string, unknown>[];
}

/**
 * Writes rows into an empty workspace, every row as it was, in one transaction: the batches are read
 * as they are written, so an import's memory is a batch's; an error from `batches` (a bad row, a file
 * cut short) rolls everything back.
 */
export async function loadRows(store: Store, batches: AsyncIterable<RowBatch>): Promise<void> {
  await writeTransaction(store.conn, async (trx) => {
    const apps = await trx
      .selectFrom("applications")
      .select(sql<number>`count(*)`.as("n"))
      .executeTakeFirst();
    if (num(apps?.n) > 0) throw new Error("the workspace is not empty");
    await trx.deleteFrom("workspace").execute();
    await trx.deleteFrom("ingests").execute();
    for await (const { table, rows } of batches)
      await insertMany(trx, table, rows as unknown as Database[typeof table][]);
  });
}
