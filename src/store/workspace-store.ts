import { type Connection, connect, writeTransaction } from "./dialect.js";
import { type MigrationReport, migrate } from "./migrate.js";
import type {
  ActionEditTable,
  ActionTable,
  ApplicationDetailsTable,
  ApplicationTable,
  IngestTable,
  MessageTable,
  OutcomeTable,
  RoundSignalTable,
  RoundTable,
  SourceTable,
} from "./schema.js";

/**
 * The workspace store: the only module that speaks SQL. Reads are plain queries; every write is one
 * transaction under the write lock that first checks the workspace's revision, so a writer that
 * planned from an older state finds out (`StaleWorkspace`) and plans again, and nothing is lost.
 */
export interface Store {
  conn: Connection;
  migration: MigrationReport;
}

export type ApplicationRow = ApplicationTable;
export type RoundRow = RoundTable;
export type SourceRow = SourceTable;
export type MessageRow = MessageTable;
export type RoundSignalRow = RoundSignalTable;
export type ActionRow = ActionTable;
export type OutcomeRow = OutcomeTable;
export type IngestRow = IngestTable;
export type ApplicationDetailsRow = ApplicationDetailsTable;
export type ActionEditRow = ActionEditTable;

/** Opens (creating and migrating where needed) the workspace at a SQLite path or a postgres:// URL. */
export async function openStore(location: string, now: string): Promise<Store> {
  const conn = connect(location);
  try {
    const migration = await migrate(conn, now);
    // Only a new workspace writes here: opening one to read must not wait for a writer.
    const row = await conn.db.selectFrom("workspace").select("id").where("id", "=", 1).executeTakeFirst();
    if (!row) {
      await writeTransaction(conn, (trx) =>
        trx
          .insertInto("workspace")
          .values({ id: 1, revision: 0, me: null, time_zone: null, created_at: now })
          .onConflict((oc) => oc.column("id").doNothing())
          .execute(),
      );
    }
    return { conn, migration };
  } catch (e) {
    await conn.db.destroy().catch(() => {});
    throw e;
  }
}

export async function closeStore(store: Store): Promise<void> {
  await store.conn.db.destroy();
}
