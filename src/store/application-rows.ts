import { actionIdCounter, type DerivedRows, writeDerived } from "./commit-ingest.js";
import { writeTransaction } from "./dialect.js";
import { TABLES } from "./dump-rows.js";
import { insertMany } from "./insert-many.js";
import { normalized, normalizeRow, num } from "./normalize-row.js";
import { bump, checkRevision } from "./revision.js";
import type { Database } from "./schema.js";
import type { ActionRow, ApplicationRow, Store } from "./workspace-store.js";

// Putting mistakes right: rename, merge, delete and restore an application.

/**
 * The tables that hold an application's rows, in the order a row's references come before it: every
 * table but the workspace's own (its settings and its ingests).
 */
export const APPLICATION_TABLES = TABLES.filter(
  (t): t is Exclude<(typeof TABLES)[number], "workspace" | "ingests"> => t !== "workspace" && t !== "ingests",
);

export type ApplicationRows = Record<(typeof APPLICATION_TABLES)[number], Record<string, unknown>[]>;

/** The signals of these rounds, by round and signal. */
async function roundSignalsOf(store: Store, roundIds: number[]): Promise<Record<string, unknown>[]> {
  if (roundIds.length === 0) return [];
  return await store.conn.db
    .selectFrom("round_signals")
    .selectAll()
    .where("round_id", "in", roundIds)
    .orderBy("round_id")
    .orderBy("signal_id")
    .execute();
}

/** The candidate's own edits of one application's actions' drafts. */
async function actionEditsOf(store: Store, id: number): Promise<Record<string, unknown>[]> {
  const db = store.conn.db;
  return await db
    .selectFrom("action_edits")
    .selectAll()
    .where("action_id", "in", db.selectFrom("actions").select("id").where("application_id", "=", id))
    .orderBy("action_id")
    .execute();
}

/** Every row of one application in every table, bytes included, in one read: what `app delete` keeps. */
export async function readApplicationRows(store: Store, id: number): Promise<ApplicationRows> {
  const db = store.conn.db;
  const rounds = await db
    .selectFrom("rounds")
    .selectAll()
    .where("application_id", "=", id)
    .orderBy("id")
    .execute();
  const roundIds = rounds.map((r) => num(r.id));
  const rows: ApplicationRows = {
    applications: await db.selectFrom("applications").selectAll().where("id", "=", id).execute(),
    rounds,
    sources: await db
      .selectFrom("sources")
      .selectAll()
      .where("application_id", "=", id)
      .orderBy("id")
      .execute(),
    messages: await db
      .selectFrom("messages")
      .selectAll()
      .where("application_id", "=", id)
      .orderBy("source_id")
      .execute(),
    round_signals: await roundSignalsOf(store, roundIds),
    actions: await db
      .selectFrom("actions")
      .selectAll()
      .where("application_id", "=", id)
      .orderBy("id")
      .execute(),
    outcomes: await db
      .selectFrom("outcomes")
      .selectAll()
      .where("application_id", "=", id)
      .orderBy("id")
      .execute(),
    application_details: await db
      .selectFrom("application_details")
      .selectAll()
      .where("application_id", "=", id)
      .execute(),
    action_edits: await actionEditsOf(store, id),
  };
  for (const table of APPLICATION_TABLES)
    rows[table] = rows[table].map((r) => normalizeRow(r as Record<string, unknown>));
  return rows;
}

/** The actions of these applications, with what a merge re-keys them by. */
export async function readActionKeys(
  store: Store,
  applicationIds: number[],
): Promise<Pick<ActionRow, "id" | "application_id" | "round_id" | "key">[]> {
  if (applicationIds.length === 0) return [];
  const rows = await store.conn.db
    .selectFrom("actions")
    .select(["id", "application_id", "round_id", "key"])
    .where("application_id", "in", applicationIds)
    .orderBy("id")
    .execute();
  return rows.map(normalized);
}

/** Gives an application another company or role; undefined when there is no such application. */
export async function renameApplicationRow(
  store: Store,
  id: number,
  change: { company?: string; role?: string | null },
): Promise<ApplicationRow | undefined> {
  return writeTransaction(store.conn, async (trx) => {
    const row = await trx.selectFrom("applications").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    await bump(trx);
    await trx.updateTable("applications").set(change).where("id", "=", id).execute();
    return normalized({ ...row, ...change });
  });
}

/** How one merge writes: B's rows moved under A, every round's new number, the actions' new keys, A's re-read. */
export interface MergeWrite {
  revision: number;
  into: number;
  from: number;
  /** A's row after the merge (a domain or role it lacked, taken from B). */
  application: Pick<ApplicationRow, "domain" | "role">;
  /** Every round of both, by id, with its number under A. */
  rounds: { id: number; number: number }[];
  /** Every action of both, by id, with its key under A. */
  actions: { id: number; key: string }[];
  derived: DerivedRows;
  now: string;
}

/**
 * Merges application B into A in one transaction: B's rounds (renumbered with A's), sources, actions and
 * outcomes move to A, B's row goes, and A's derived rows are replaced by its re-read. Throws
 * `StaleWorkspace`, writing nothing, when the revision moved since the merge was planned.
 */
export async function commitMerge(store: Store, write: MergeWrite): Promise<void> {
  await writeTransaction(store.conn, async (trx) => {
    await checkRevision(trx, write.revision);
    const both = [write.into, write.from];
    // Numbers and keys are unique per application: each is first moved out of the way, then set.
    for (const r of write.rounds)
      await trx.updateTable("rounds").set({ number: -r.id }).where("id", "=", r.id).execute();
    for (const r of write.rounds)
      await trx
        .updateTable("rounds")
        .set({ application_id: write.into, number: r.number })
        .where("id", "=", r.id)
        .execute();
    for (const a of write.actions)
      await trx
        .updateTable("actions")
        .set({ key: `merging:${a.id}` })
        .where("id", "=", a.id)
        .execute();
    for (const a of write.actions)
      await trx
        .updateTable("actions")
        .set({ application_id: write.into, key: a.key })
        .where("id", "=", a.id)
        .execute();
    await trx.deleteFrom("messages").where("application_id", "in", both).execute();
    await trx
      .updateTable("sources")
      .set({ application_id: write.into })
      .where("application_id", "=", write.from)
      .execute();
    await trx
      .updateTable("outcomes")
      .set({ application_id: write.into })
      .where("application_id", "=", write.from)
      .execute();
    await trx.updateTable("applications").set(write.application).where("id", "=", write.into).execute();
    // What the candidate kept on B goes with it; A's stays (its edits of B's actions moved with them).
    await trx.deleteFrom("application_details").where("application_id", "=", write.from).execute();
    await trx.deleteFrom("applications").where("id", "=", write.from).execute();
    await writeDerived(trx, write.derived, write.now, await actionIdCounter(trx));
  });
}

/** Deletes an application and every row filed under it; false when there is no such application. */
export async function deleteApplicationRows(store: Store, id: number): Promise<boolean> {
  return writeTransaction(store.conn, async (trx) => {
    const row = await trx.selectFrom("applications").select("id").where("id", "=", id).executeTakeFirst();
    if (!row) return false;
    await bump(trx);
    const roundIds = (
      await trx.selectFrom("rounds").select("id").where("application_id", "=", id).execute()
    ).map((r) => num(r.id));
    if (roundIds.length > 0)
      await trx.deleteFrom("round_signals").where("round_id", "in", roundIds).execute();
    await trx.deleteFrom("messages").where("application_id", "=", id).execute();
    await trx
      .deleteFrom("action_edits")
      .where("action_id", "in", trx.selectFrom("actions").select("id").where("application_id", "=", id))
      .execute();
    await trx.deleteFrom("application_details").where("application_id", "=", id).execute();
    await trx.deleteFrom("actions").where("application_id", "=", id).execute();
    await trx.deleteFrom("outcomes").where("application_id", "=", id).execute();
    await trx.deleteFrom("sources").where("application_id", "=", id).execute();
    await trx.deleteFrom("rounds").where("application_id", "=", id).execute();
    await trx.deleteFrom("applications").where("id", "=", id).execute();
    return true;
  });
}

/**
 * Puts back the rows `readApplicationRows` read before a delete, as they were, in one transaction.
 * Refused (and nothing written) when any of their ids, or a source's hash, is taken since: the caller
 * says so rather than merging.
 */
export async function restoreApplicationRows(store: Store, rows: ApplicationRows): Promise<void> {
  const ids = (table: "applications" | "rounds" | "sources" | "actions" | "outcomes") =>
    rows[table].map((r) => num(r.id));
  await writeTransaction(store.conn, async (trx) => {
    for (const table of ["applications", "rounds", "sources", "actions", "outcomes"] as const) {
      const wanted = ids(table);
      if (wanted.length === 0) continue;
      const taken = await trx.selectFrom(table).select("id").where("id", "in", wanted).executeTakeFirst();
      if (taken) throw new Error(`${table} id ${num(taken.id)} is taken`);
    }
    const hashes = rows.sources.map((r) => String(r.sha256));
    if (hashes.length > 0) {
      const again = await trx
        .selectFrom("sources")
        .select("sha256")
        .where("sha256", "in", hashes)
        .executeTakeFirst();
      if (again) throw new Error(`a source with hash ${again.sha256} was added again`);
    }
    await bump(trx);
    for (const table of APPLICATION_TABLES)
      await insertMany(trx, table, rows[table] as unknown as Database[typeof table][]);
  });
}
