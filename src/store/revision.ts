import { type Kysely, sql } from "kysely";
import { num } from "./normalize-row.js";
import type { Database } from "./schema.js";

// The workspace's revision: every write moves it, and a write planned from an older one is refused.

/** Thrown inside a write when someone else wrote since the writer read: plan again and retry. */
export class StaleWorkspace extends Error {
  constructor() {
    super("the workspace changed while this was being prepared");
    this.name = "StaleWorkspace";
  }
}

export async function checkRevision(trx: Kysely<Database>, revision: number): Promise<void> {
  const row = await trx
    .selectFrom("workspace")
    .select("revision")
    .where("id", "=", 1)
    .executeTakeFirstOrThrow();
  if (num(row.revision) !== revision) throw new StaleWorkspace();
  await trx
    .updateTable("workspace")
    .set({ revision: revision + 1 })
    .where("id", "=", 1)
    .execute();
}

export async function bump(trx: Kysely<Database>): Promise<void> {
  await trx.updateTable("workspace").set({ revision: sql`revision + 1` }).where("id", "=", 1).execute();
}
