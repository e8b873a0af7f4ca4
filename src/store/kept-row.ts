import type { Kysely } from "kysely";
import { normalized } from "./normalize-row.js";
import type { Database } from "./schema.js";

// What the candidate keeps by hand, a row per application or action: written a few fields at a time.

/** The tables of what is kept by hand, each with the column that says whose row it is. */
const OWNER = { application_details: "application_id", action_edits: "action_id" } as const;

/**
 * Sets some of the row of `table` that belongs to `id`: a field given is set (null clears it), one not
 * given is kept, and a row not there yet starts from `blank`. Stamped `updated_at: now`; returns the row.
 */
export async function writeKeptRow<T extends keyof typeof OWNER>(
  trx: Kysely<Database>,
  table: T,
  blank: Omit<Database[T], "updated_at">,
  change: Partial<Database[T]>,
  now: string,
): Promise<Database[T]> {
  const name: string = table;
  const owner: string = OWNER[table];
  const id = (blank as Record<string, unknown>)[owner];
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's types do not follow a generic table name.
  const db = trx as Kysely<any>;
  const old = await db.selectFrom(name).selectAll().where(owner, "=", id).executeTakeFirst();
  const row = { ...blank, ...(old ? normalized(old) : {}), ...change, updated_at: now };
  if (old) await db.updateTable(name).set(row).where(owner, "=", id).execute();
  else await db.insertInto(name).values(row).execute();
  return row as Database[T];
}
