import { forEachRow, loadRows, type RowBatch, TABLES } from "../src/store/dump-rows.js";
import type { Database } from "../src/store/schema.js";
import type { Store } from "../src/store/workspace-store.js";

/**
 * Every row of every table in memory, and back: for comparing a small test workspace before and
 * after, through the store's own streaming reads and writes (`forEachRow`, `loadRows`).
 */
export type Dump = { [T in (typeof TABLES)[number]]: Database[T][] } & { schemaVersion: number };

export async function dumpWorkspace(store: Store, schemaVersion: number): Promise<Dump> {
  const dump: Record<string, unknown[]> = Object.fromEntries(TABLES.map((t) => [t, []]));
  await forEachRow(store, (table, row) => {
    dump[table]?.push(row);
  });
  return { ...dump, schemaVersion } as unknown as Dump;
}

/** A dump from `dumpWorkspace` into an empty workspace. */
export async function loadDump(store: Store, dump: Dump): Promise<void> {
  async function* batches(): AsyncGenerator<RowBatch> {
    for (const table of TABLES) yield { table, rows: dump[table] as unknown as Record<string, unknown>[] };
  }
  await loadRows(store, batches());
}
