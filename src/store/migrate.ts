import { existsSync } from "node:fs";
import { sql } from "kysely";
import { type Connection, copyDatabase, isSoundCopy, writeTransaction } from "./dialect.js";
import { MIGRATIONS, type Migration } from "./migrations.js";

export interface MigrationReport {
  applied: { version: number; name: string }[];
  /** The copy made before migrating an existing SQLite workspace. */
  backup?: string;
}

async function appliedVersions(conn: Connection): Promise<Set<number>> {
  const rows = await conn.db.selectFrom("schema_migrations").select("version").execute();
  return new Set(rows.map((r) => Number(r.version)));
}

/**
 * Brings the schema up to date: each pending migration in its own transaction, under the write lock
 * (two processes opening a new workspace at once apply each migration once), and, where a SQLite
 * workspace already holds data, after a copy of the file beside it.
 */
export async function migrate(
  conn: Connection,
  now: string,
  migrations: Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  // Reading what is applied takes no lock; only a new or outdated schema waits for the write lock.
  let done = await appliedVersions(conn).catch(() => undefined);
  if (done === undefined) {
    await writeTransaction(conn, async (trx) => {
      await trx.schema
        .createTable("schema_migrations")
        .ifNotExists()
        .addColumn("version", "integer", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("applied_at", "text", (c) => c.notNull())
        .execute();
    });
    done = await appliedVersions(conn);
  }
  const pending = migrations.filter((m) => !done.has(m.version)).sort((a, b) => a.version - b.version);
  const report: MigrationReport = { applied: [] };
  if (pending.length === 0) return report;
  if (done.size > 0 && conn.file) {
    const backup = `${conn.file}.before-v${pending[0]?.version}.bak`;
    // A copy left broken (a run killed while writing it, by an older version) is made again.
    if (!existsSync(backup) || !isSoundCopy(backup)) await copyDatabase(conn, backup);
    report.backup = backup;
  }
  for (const m of pending) {
    const ran = await writeTransaction(conn, async (trx) => {
      const again = await trx
        .selectFrom("schema_migrations")
        .select("version")
        .where("version", "=", m.version)
        .executeTakeFirst();
      if (again) return false;
      await m.up(trx, conn.dialect);
      await trx
        .insertInto("schema_migrations")
        .values({ version: m.version, name: m.name, applied_at: now })
        .execute();
      return true;
    });
    if (ran) report.applied.push({ version: m.version, name: m.name });
  }
  return report;
}

/** The schema version the database is at (0 when new). */
export async function schemaVersion(conn: Connection): Promise<number> {
  const row = await sql<{ v: number | string | null }>`select max(version) as v from schema_migrations`
    .execute(conn.db)
    .catch(() => undefined);
  return Number(row?.rows[0]?.v ?? 0);
}
