import { sql } from "kysely";
import { PAGE_ROWS } from "./dump-rows.js";
import { normalized, normalizedAll, num } from "./normalize-row.js";
import type {
  ActionRow,
  ApplicationRow,
  MessageRow,
  OutcomeRow,
  RoundRow,
  RoundSignalRow,
  SourceRow,
  Store,
} from "./workspace-store.js";

// Reading one application (everything filed under it), or the application rows alone.

export interface ApplicationDetail {
  application: ApplicationRow;
  rounds: RoundRow[];
  signals: RoundSignalRow[];
  messages: MessageRow[];
  actions: ActionRow[];
  outcomes: OutcomeRow[];
  sources: Omit<SourceRow, "content">[];
}

/** One application and everything filed under it, for `show`. */
export async function readApplication(store: Store, id: number): Promise<ApplicationDetail | undefined> {
  const db = store.conn.db;
  const application = await db.selectFrom("applications").selectAll().where("id", "=", id).executeTakeFirst();
  if (!application) return undefined;
  const rounds = (
    await db.selectFrom("rounds").selectAll().where("application_id", "=", id).orderBy("number").execute()
  ).map(normalized);
  const roundIds = rounds.map((r) => r.id);
  const signals =
    roundIds.length === 0
      ? []
      : (await db.selectFrom("round_signals").selectAll().where("round_id", "in", roundIds).execute()).map(
          normalized,
        );
  return {
    application: normalized(application),
    rounds,
    signals,
    messages: (
      await db
        .selectFrom("messages")
        .selectAll()
        .where("application_id", "=", id)
        .orderBy("sent_at")
        .execute()
    ).map(normalized),
    actions: (
      await db.selectFrom("actions").selectAll().where("application_id", "=", id).orderBy("id").execute()
    ).map(normalized),
    outcomes: (
      await db.selectFrom("outcomes").selectAll().where("application_id", "=", id).orderBy("id").execute()
    ).map(normalized),
    sources: (
      await db
        .selectFrom("sources")
        .select([
          "id",
          "application_id",
          "round_id",
          "sha256",
          "name",
          "kind",
          "bytes",
          "ingest_id",
          "added_at",
        ])
        .where("application_id", "=", id)
        .orderBy("id")
        .execute()
    ).map(normalized),
  };
}

/** Every application, without what is filed under them: for finding one by its name. */
export async function readApplications(store: Store): Promise<ApplicationRow[]> {
  return normalizedAll(
    store,
    await store.conn.db.selectFrom("applications").selectAll().orderBy("id").execute(),
  );
}

/** One application's own row, by id: the same cost whatever the size of the workspace. */
export async function readApplicationRow(store: Store, id: number): Promise<ApplicationRow | undefined> {
  const row = await store.conn.db
    .selectFrom("applications")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? normalized(row) : undefined;
}

/** One action, by id. */
export async function readAction(store: Store, id: number): Promise<ActionRow | undefined> {
  const row = await store.conn.db.selectFrom("actions").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? normalized(row) : undefined;
}

/** How many applications there are. */
export async function countApplications(store: Store): Promise<number> {
  const row = await store.conn.db
    .selectFrom("applications")
    .select(sql<number | string>`count(*)`.as("n"))
    .executeTakeFirst();
  return num(row?.n);
}

/** Every recorded outcome, oldest first. */
export async function readOutcomes(store: Store): Promise<OutcomeRow[]> {
  return (await store.conn.db.selectFrom("outcomes").selectAll().orderBy("id").execute()).map(normalized);
}

/**
 * The rounds' stored analyses (the JSON `debrief analyze --json` prints) that hold `text`, in the order
 * the rounds were stored, a page at a time: the memory used is a page's, whatever the workspace's size.
 */
export async function* readRoundAnalyses(
  store: Store,
  text: string,
  /** Only the rounds of the applications from this id to that one (a page's). */
  range?: { first: number; last: number },
): AsyncGenerator<{ application_id: number; number: number; analysis: string }> {
  let after = 0;
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  for (;;) {
    let q = store.conn.db
      .selectFrom("rounds")
      .select(["id", "application_id", "number", "analysis"])
      .where("id", ">", after)
      .where(sql<boolean>`analysis like ${pattern} escape '\\'`);
    if (range) q = q.where("application_id", ">=", range.first).where("application_id", "<=", range.last);
    const rows = await q.orderBy("id").limit(PAGE_ROWS).execute();
    for (const r of rows)
      yield { application_id: num(r.application_id), number: num(r.number), analysis: r.analysis ?? "" };
    if (rows.length < PAGE_ROWS) return;
    after = num(rows[rows.length - 1]?.id);
  }
}
