import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

// Inserting many rows, a statement a batch.

/** Rows per insert statement: PostgreSQL takes at most 65,535 parameters, SQLite 32,766. */
export const BATCH = 200;

export async function insertMany<T extends keyof Database>(
  trx: Kysely<Database>,
  table: T,
  rows: Database[T][],
  onProgress?: (done: number) => void,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx
      .insertInto(table)
      // biome-ignore lint/suspicious/noExplicitAny: Kysely's insert types do not follow a generic table name.
      .values(rows.slice(i, i + BATCH) as any)
      .execute();
    onProgress?.(Math.min(rows.length, i + BATCH));
  }
}
