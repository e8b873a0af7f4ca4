import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname } from "node:path";
import SQLite from "better-sqlite3";
import {
  type ColumnDataType,
  Kysely,
  PostgresDialect,
  type RawBuilder,
  SqliteDialect,
  sql,
  type Transaction,
} from "kysely";
import type pg from "pg";
import type { Database } from "./schema.js";

/** The PostgreSQL driver, loaded only for a postgres:// workspace: a SQLite one never pays for it. */
function loadPg(): typeof pg {
  return createRequire(import.meta.url)("pg") as typeof pg;
}

/**
 * Everything that differs between SQLite and PostgreSQL, in one place: how to connect, the type of
 * raw bytes, how a writer takes the lock, and how a copy is made before a migration.
 */
export type DialectName = "sqlite" | "postgres";

export interface Connection {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The SQLite file, or the PostgreSQL URL without its password. */
  location: string;
  /** SQLite only: the file, for copies before a migration. */
  file?: string;
  /** SQLite only: set once the file has been checked, before this connection's first write. */
  checkedBeforeWrite?: boolean;
}

/** How long a writer waits for another to finish before giving up. */
export const BUSY_TIMEOUT_MS = 60_000;

/**
 * SQLite's own wait is a blocking sleep inside the call, which would freeze this process (its progress,
 * its server, or another connection of its own that holds the lock). So SQLite waits only briefly and
 * the writer retries with an asynchronous back-off until BUSY_TIMEOUT_MS.
 */
const SQLITE_BLOCKING_WAIT_MS = 25;

/** A store location: a `postgres://` URL, or a SQLite file path. */
export function connect(location: string): Connection {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    const pool = new (loadPg().Pool)({ connectionString: location, max: 4 });
    // An idle client that loses its server must not take the process down.
    pool.on("error", () => {});
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      dialect: "postgres",
      location: location.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@"),
    };
  }
  makeFolder(dirname(location));
  // An empty file where the workspace was is a workspace lost (truncated, or a copy that failed), not
  // a new one: opening it would start afresh over it and hide the loss.
  if (existsSync(location) && statSync(location).isFile() && statSync(location).size === 0)
    throw new Error(
      `the file is empty (0 bytes): the workspace in it is lost. Restore it from a copy beside it (${basename(location)}.before-v*.bak, or an export with debrief import), or remove the empty file to start a new workspace`,
    );
  // A new workspace is made whole under another name, readable by its owner only, and linked into
  // place (never over another process's): the path never holds an empty file, so an empty file there
  // is always a loss. SQLite gives its WAL and shared-memory files the same permissions.
  if (!existsSync(location)) createWorkspaceFile(location);
  // A write-ahead log left beside the file means the last run did not close it (killed, or the machine
  // stopped): check the file before anything is written into it again.
  const unclean = existsSync(`${location}-wal`) && statSync(`${location}-wal`).size > 0;
  const database = new SQLite(location, { timeout: SQLITE_BLOCKING_WAIT_MS });
  if (unclean) {
    let verdict: unknown;
    try {
      verdict = withBusyRetry(() => database.pragma("quick_check", { simple: true }));
    } catch (e) {
      verdict = e instanceof Error ? e.message : String(e);
    }
    if (verdict !== "ok") {
      database.close();
      throw new Error(
        `the workspace file is damaged (${String(verdict).replace(/\s+/g, " ").slice(0, 120)}). Nothing was written to it. Restore it from a copy beside it (${basename(location)}.before-v*.bak) or from an export (debrief import)`,
      );
    }
  }
  // Switching a new file to WAL takes a moment's exclusive lock: another process opening it at the same
  // time waits here (nothing else runs yet, so a blocking wait is fine).
  withBusyRetry(() => database.pragma("journal_mode = WAL"));
  database.pragma("foreign_keys = ON");
  // FULL: a commit is on disk before it returns. WAL keeps that cheap.
  database.pragma("synchronous = FULL");
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }),
    dialect: "sqlite",
    location,
    file: location,
  };
}

function createWorkspaceFile(location: string): void {
  const temp = `${location}.${process.pid}-${Date.now().toString(36)}.new`;
  try {
    closeSync(openSync(temp, "wx", 0o600));
    const fresh = new SQLite(temp);
    fresh.pragma("journal_mode = WAL");
    fresh.close();
    try {
      linkSync(temp, location);
    } catch (e) {
      // Another process made it first: theirs is the workspace.
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  } finally {
    for (const f of [temp, `${temp}-wal`, `${temp}-shm`]) rmSync(f, { force: true });
  }
}

/**
 * Creates a folder and its missing parents. Not `mkdirSync(…, { recursive: true })`: under /proc
 * Node's loops for ever (`DEBRIEF_HOME=/proc/x` hung the CLI); one level at a time, a folder that
 * cannot be made fails with its reason.
 */
function makeFolder(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeFolder(parent);
  // Private: the workspace holds transcripts and mail.
  mkdirSync(dir, { mode: 0o700 });
}

/** The column type of raw bytes. */
export function bytesType(dialect: DialectName): ColumnDataType {
  return dialect === "sqlite" ? "blob" : "bytea";
}

/** The distinct values of a text column in each group, comma-separated: SQLite and PostgreSQL spell it apart. */
export function distinctList(dialect: DialectName, column: string): RawBuilder<string> {
  return dialect === "sqlite"
    ? sql<string>`group_concat(distinct ${sql.ref(column)})`
    : sql<string>`string_agg(distinct ${sql.ref(column)}, ',')`;
}

/**
 * Runs `work` as one transaction that holds the workspace's write lock from its first statement, so two
 * writers never interleave: SQLite's `BEGIN IMMEDIATE` (a deferred transaction that later wants to
 * write fails at once instead of waiting), a transaction-scoped advisory lock in PostgreSQL.
 */
export async function writeTransaction<T>(
  conn: Connection,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (conn.dialect === "postgres") {
    return conn.db.transaction().execute(async (trx: Transaction<Database>) => {
      await sql`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`.execute(trx);
      return work(trx);
    });
  }
  return conn.db.connection().execute(async (db) => {
    await beginImmediate(db);
    try {
      if (!conn.checkedBeforeWrite) await checkBeforeWrite(db);
      conn.checkedBeforeWrite = true;
      const result = await work(db);
      await sql`commit`.execute(db);
      return result;
    } catch (e) {
      await sql`rollback`.execute(db).catch(() => {});
      throw e;
    }
  });
}

/**
 * A damaged file (a bad sector, a copy cut short, another program's writes) is refused before the
 * first write, with nothing written: writing into it would spread the damage. Reads of a damaged file
 * may go on (what can be read, can be exported); a write needs a whole file. `integrity_check`, not
 * `quick_check`, which misses a row gone from an index. Once per process: 0.4 s for a 480 MB workspace
 * read cold from disk, 0.14 s for one of 50,000 applications.
 */
async function checkBeforeWrite(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
  const verdict = rows.map((r) => r.integrity_check).join("; ");
  if (verdict !== "ok") throw new DamagedWorkspace(verdict);
}

/** A workspace file that SQLite's own check finds damaged: told as SQLite's SQLITE_CORRUPT is. */
export class DamagedWorkspace extends Error {
  readonly code = "SQLITE_CORRUPT";
  constructor(verdict: string) {
    super(
      `the workspace file is damaged (${verdict.replace(/\s+/g, " ").slice(0, 120)}); nothing was written to it`,
    );
    this.name = "DamagedWorkspace";
  }
}

/** Another writer held the workspace longer than BUSY_TIMEOUT_MS: a busy workspace, not a bug. */
export class WorkspaceBusy extends Error {
  constructor() {
    super(`another process has held the workspace for over ${BUSY_TIMEOUT_MS / 1000} s`);
    this.name = "WorkspaceBusy";
  }
}

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | undefined)?.code;
  return code === "SQLITE_BUSY" || code === "SQLITE_LOCKED";
}

function withBusyRetry<T>(work: () => T): T {
  const start = Date.now();
  for (;;) {
    try {
      return work();
    } catch (e) {
      if (!isBusy(e)) throw e;
      if (Date.now() - start > BUSY_TIMEOUT_MS) throw new WorkspaceBusy();
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Takes SQLite's write lock, waiting (without blocking the process) while another writer has it. */
async function beginImmediate(db: Kysely<Database>): Promise<void> {
  const start = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await sql`begin immediate`.execute(db);
      return;
    } catch (e) {
      if (!isBusy(e)) throw e;
      if (Date.now() - start > BUSY_TIMEOUT_MS) throw new WorkspaceBusy();
      await sleep(Math.min(200, 5 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
    }
  }
}

/** The advisory lock every writer of a PostgreSQL workspace takes ("debrief" in ASCII, as a number). */
const WRITE_LOCK_KEY = 0x6465627269656;

/**
 * SQLite only: copies the database to `path` (a consistent copy, even with writers in WAL). The copy
 * is written under a temporary name, synced, checked, and only then renamed into place, so a process
 * killed half-way never leaves a broken copy under the name a later run trusts.
 */
export async function copyDatabase(conn: Connection, path: string): Promise<void> {
  if (conn.dialect !== "sqlite") return;
  const temp = `${path}.${process.pid}-${Date.now().toString(36)}.tmp`;
  try {
    await sql`vacuum into ${temp}`.execute(conn.db);
    syncFile(temp);
    if (!isSoundCopy(temp)) throw new Error(`the copy of the workspace at ${temp} did not check out`);
    renameSync(temp, path);
    syncFile(dirname(path));
  } finally {
    rmSync(temp, { force: true });
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems cannot sync a folder; the file itself was synced.
  } finally {
    closeSync(fd);
  }
}

/** True when `path` is a whole SQLite workspace: it opens, passes a quick check, and has its schema table. */
export function isSoundCopy(path: string): boolean {
  let copy: SQLite.Database | undefined;
  try {
    copy = new SQLite(path, { readonly: true, fileMustExist: true });
    if (copy.pragma("quick_check", { simple: true }) !== "ok") return false;
    copy.prepare("select count(*) from schema_migrations").get();
    return true;
  } catch {
    return false;
  } finally {
    copy?.close();
  }
}
