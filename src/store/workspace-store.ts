import { type Kysely, sql } from "kysely";
import { type Connection, connect, distinctList, WorkspaceBusy, writeTransaction } from "./dialect.js";

export { WorkspaceBusy };

import { type MigrationReport, migrate } from "./migrate.js";
import type {
  ActionEditTable,
  ActionTable,
  ApplicationDetailsTable,
  ApplicationTable,
  Database,
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

/** Thrown inside a write when someone else wrote since the writer read: plan again and retry. */
export class StaleWorkspace extends Error {
  constructor() {
    super("the workspace changed while this was being prepared");
    this.name = "StaleWorkspace";
  }
}

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

// ---------------------------------------------------------------------------------------------------
// Reading

export interface WorkspaceState {
  revision: number;
  me: string | null;
  /** The zone given to `--tz` once, if any. */
  timeZone: string | null;
  applications: ApplicationRow[];
  rounds: Omit<RoundRow, "analysis">[];
  /** Message-ID → application, for threading new mail. */
  messageIds: Map<string, number>;
  /** The addresses of the company people each application's mail came from: the people already met. */
  companySenders: { applicationId: number; address: string }[];
  maxIds: Record<"applications" | "rounds" | "sources" | "ingests" | "actions" | "outcomes", number>;
}

const num = (v: unknown): number => Number(v ?? 0);

/** A round's columns but its analysis (large JSON): what planning and filing read. */
const ROUND_COLUMNS = [
  "id",
  "application_id",
  "number",
  "title",
  "starts_at",
  "ends_at",
  "created_at",
  "read_band",
  "read_score",
  "read_summary",
  "prior_band",
  "prior_score",
  "analyzed_at",
] as const;

/** The workspace row's settings, as the state carries them. */
function settingsOf(ws: { revision: unknown; me: string | null; time_zone: string | null }) {
  return { revision: num(ws.revision), me: ws.me, timeZone: ws.time_zone ?? null };
}

export async function readState(store: Store): Promise<WorkspaceState> {
  const db = store.conn.db;
  const ws = await db.selectFrom("workspace").selectAll().where("id", "=", 1).executeTakeFirstOrThrow();
  const applications = await db.selectFrom("applications").selectAll().orderBy("id").execute();
  const rounds = await db
    .selectFrom("rounds")
    .select(ROUND_COLUMNS)
    .orderBy("application_id")
    .orderBy("number")
    .execute();
  const ids = await db
    .selectFrom("messages")
    .select(["message_id", "application_id"])
    .where("message_id", "is not", null)
    .execute();
  const senders = await db
    .selectFrom("messages")
    .select(["application_id", "from_address"])
    .distinct()
    .where("direction", "=", "company")
    .where("from_address", "is not", null)
    .execute();
  const maxIds = { applications: 0, rounds: 0, sources: 0, ingests: 0, actions: 0, outcomes: 0 };
  for (const table of Object.keys(maxIds) as (keyof typeof maxIds)[]) {
    const row = await db
      .selectFrom(table)
      .select(sql<number | string | null>`max(id)`.as("m"))
      .executeTakeFirst();
    maxIds[table] = num(row?.m);
  }
  return {
    ...settingsOf(ws),
    applications: applications.map(normalized),
    rounds: rounds.map(normalized),
    messageIds: new Map(ids.map((r) => [r.message_id ?? "", num(r.application_id)])),
    companySenders: senders.map((r) => ({
      applicationId: num(r.application_id),
      address: r.from_address ?? "",
    })),
    maxIds,
  };
}

/**
 * What re-reading a few applications needs, and only theirs: the revision (to write against), the
 * candidate's name, the applications' rows and rounds, and the outcomes the candidate recorded for them.
 * Its cost follows the number of applications asked for, not the workspace's size.
 */
export async function readSomeApplications(
  store: Store,
  ids: number[],
): Promise<
  Pick<WorkspaceState, "revision" | "me" | "timeZone" | "applications" | "rounds"> & {
    userOutcomes: OutcomeRow[];
  }
> {
  const db = store.conn.db;
  const ws = await db.selectFrom("workspace").selectAll().where("id", "=", 1).executeTakeFirstOrThrow();
  if (ids.length === 0)
    return {
      ...settingsOf(ws),
      applications: [],
      rounds: [],
      userOutcomes: [],
    };
  const applications = await db
    .selectFrom("applications")
    .selectAll()
    .where("id", "in", ids)
    .orderBy("id")
    .execute();
  const rounds = await db
    .selectFrom("rounds")
    .select(ROUND_COLUMNS)
    .where("application_id", "in", ids)
    .orderBy("application_id")
    .orderBy("number")
    .execute();
  const userOutcomes = await db
    .selectFrom("outcomes")
    .selectAll()
    .where("application_id", "in", ids)
    .where("recorded_by", "=", "you")
    .orderBy("id")
    .execute();
  return {
    ...settingsOf(ws),
    applications: applications.map(normalized),
    rounds: rounds.map(normalized),
    userOutcomes: userOutcomes.map(normalized),
  };
}

/** Every application's id, in order. */
export async function readApplicationIds(store: Store): Promise<number[]> {
  return (await store.conn.db.selectFrom("applications").select("id").orderBy("id").execute()).map((r) =>
    num(r.id),
  );
}

/** Which of these hashes are stored already. */
export async function findStoredHashes(store: Store, hashes: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < hashes.length; i += 500) {
    const chunk = hashes.slice(i, i + 500);
    if (chunk.length === 0) continue;
    const rows = await store.conn.db
      .selectFrom("sources")
      .select("sha256")
      .where("sha256", "in", chunk)
      .execute();
    for (const r of rows) found.add(r.sha256);
  }
  return found;
}

/** Every stored source of the given applications, bytes included, oldest first. */
export async function readSources(store: Store, applicationIds: number[]): Promise<SourceRow[]> {
  if (applicationIds.length === 0) return [];
  const out: SourceRow[] = [];
  for (let i = 0; i < applicationIds.length; i += 500) {
    const rows = await store.conn.db
      .selectFrom("sources")
      .selectAll()
      .where("application_id", "in", applicationIds.slice(i, i + 500))
      .orderBy("id")
      .execute();
    out.push(...rows.map(normalized));
  }
  return out;
}

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

/** The columns of a round that the views of every application show. */
const OVERVIEW_ROUND_COLUMNS = [
  "id",
  "application_id",
  "number",
  "starts_at",
  "read_band",
  "read_score",
  "read_summary",
  "prior_band",
  "prior_score",
] as const;

/** What `list`, `todo` and `insights` read of every application: no bytes, no analyses, no closed actions. */
export interface Overview {
  applications: ApplicationRow[];
  rounds: Pick<RoundRow, (typeof OVERVIEW_ROUND_COLUMNS)[number]>[];
  /** The open actions only: no view of every application shows the others. */
  actions: ActionRow[];
  outcomes: OutcomeRow[];
  /** The latest message the company sent, and the latest of all, per application. */
  lastMail: {
    application_id: number;
    last_from_company: string | null;
    last_any: string | null;
    count: number;
  }[];
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

/**
 * The rounds' stored analyses (the JSON `debrief analyze --json` prints) that hold `text`, in the order
 * the rounds were stored, a page at a time: the memory used is a page's, whatever the workspace's size.
 */
export async function* readRoundAnalyses(
  store: Store,
  text: string,
): AsyncGenerator<{ application_id: number; number: number; analysis: string }> {
  let after = 0;
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  for (;;) {
    const rows = await store.conn.db
      .selectFrom("rounds")
      .select(["id", "application_id", "number", "analysis"])
      .where("id", ">", after)
      .where(sql<boolean>`analysis like ${pattern} escape '\\'`)
      .orderBy("id")
      .limit(PAGE_ROWS)
      .execute();
    for (const r of rows)
      yield { application_id: num(r.application_id), number: num(r.number), analysis: r.analysis ?? "" };
    if (rows.length < PAGE_ROWS) return;
    after = num(rows[rows.length - 1]?.id);
  }
}

/**
 * Each application's signals, once each (outcomes left out), over all its rounds: what `insights` weighs.
 * Gathered by the database, a row an application, not a row a signal of every round.
 */
export async function readApplicationSignals(store: Store): Promise<Map<number, string[]>> {
  const rows = await store.conn.db
    .selectFrom("round_signals")
    .innerJoin("rounds", "rounds.id", "round_signals.round_id")
    .select([
      "rounds.application_id as application_id",
      distinctList(store.conn.dialect, "round_signals.signal_id").as("ids"),
    ])
    .where("round_signals.polarity", "<>", "outcome")
    .groupBy("rounds.application_id")
    .execute();
  return new Map(rows.map((r) => [num(r.application_id), r.ids ? r.ids.split(",").sort() : []]));
}

/**
 * Rows as the rest of the code expects them. SQLite already gives numbers and nulls, so a read of many
 * rows without bytes skips the copy; PostgreSQL's driver gives some integers as strings.
 */
function normalizedAll<T>(store: Store, rows: T[]): T[] {
  return store.conn.dialect === "sqlite" ? rows : rows.map(normalized);
}

export async function readOverview(store: Store): Promise<Overview> {
  const db = store.conn.db;
  const applications = await readApplications(store);
  const rounds = await db
    .selectFrom("rounds")
    .select(OVERVIEW_ROUND_COLUMNS)
    .orderBy("application_id")
    .orderBy("number")
    .execute();
  const actions = await db
    .selectFrom("actions")
    .selectAll()
    .where("status", "=", "open")
    .orderBy("id")
    .execute();
  const outcomes = await db.selectFrom("outcomes").selectAll().orderBy("id").execute();
  const mail = await db
    .selectFrom("messages")
    .select([
      "application_id",
      sql<string | null>`max(case when direction = 'company' then sent_at end)`.as("last_from_company"),
      sql<string | null>`max(sent_at)`.as("last_any"),
      sql<number | string>`count(*)`.as("count"),
    ])
    .groupBy("application_id")
    .execute();
  return {
    applications,
    rounds: normalizedAll(store, rounds),
    actions: normalizedAll(store, actions),
    outcomes: normalizedAll(store, outcomes),
    lastMail: mail.map((m) => ({
      application_id: num(m.application_id),
      last_from_company: m.last_from_company,
      last_any: m.last_any,
      count: num(m.count),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Writing

/** What one application's sources say, recomputed from them: replaces the previous derived rows. */
export interface DerivedRows {
  applicationId: number;
  rounds: Pick<
    RoundRow,
    | "id"
    | "title"
    | "starts_at"
    | "ends_at"
    | "read_band"
    | "read_score"
    | "read_summary"
    | "prior_band"
    | "prior_score"
    | "analysis"
    | "analyzed_at"
  >[];
  signals: RoundSignalRow[];
  messages: MessageRow[];
  /** The planned actions; status comes from what is stored (a done action stays done). */
  actions: (Pick<ActionRow, "round_id" | "key" | "kind" | "due" | "why" | "text"> & { seenDone: boolean })[];
  /** Outcomes found in the mail. */
  outcomes: Pick<OutcomeRow, "outcome" | "source_id" | "quote" | "recorded_at">[];
}

export interface IngestWrite {
  /** The revision the plan was made from. */
  revision: number;
  ingest: IngestRow;
  me?: string;
  timeZone?: string;
  applications: ApplicationRow[];
  rounds: Omit<RoundRow, "analysis">[];
  sources: SourceRow[];
  derived: DerivedRows[];
}

async function checkRevision(trx: Kysely<Database>, revision: number): Promise<void> {
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

/** Rows per insert statement: PostgreSQL takes at most 65,535 parameters, SQLite 32,766. */
const BATCH = 200;

async function insertMany<T extends keyof Database>(
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

async function writeDerived(trx: Kysely<Database>, d: DerivedRows, now: string, nextActionId: () => number) {
  const roundIds = (
    await trx.selectFrom("rounds").select("id").where("application_id", "=", d.applicationId).execute()
  ).map((r) => num(r.id));
  if (roundIds.length > 0) await trx.deleteFrom("round_signals").where("round_id", "in", roundIds).execute();
  await trx.deleteFrom("messages").where("application_id", "=", d.applicationId).execute();
  await trx
    .deleteFrom("outcomes")
    .where("application_id", "=", d.applicationId)
    .where("recorded_by", "=", "email")
    .execute();
  for (const r of d.rounds) {
    const { id, ...values } = r;
    await trx.updateTable("rounds").set(values).where("id", "=", id).execute();
  }
  await insertMany(trx, "round_signals", d.signals);
  await insertMany(trx, "messages", d.messages);
  if (d.outcomes.length > 0) {
    const base = num(
      (await trx.selectFrom("outcomes").select(sql<number>`max(id)`.as("m")).executeTakeFirst())?.m,
    );
    await insertMany(
      trx,
      "outcomes",
      d.outcomes.map((o, i) => ({
        ...o,
        id: base + i + 1,
        application_id: d.applicationId,
        recorded_by: "email",
      })),
    );
  }
  const stored = await trx
    .selectFrom("actions")
    .selectAll()
    .where("application_id", "=", d.applicationId)
    .execute();
  const byKey = new Map(stored.map((a) => [a.key, normalized(a)]));
  const planned = new Set<string>();
  for (const a of d.actions) {
    planned.add(a.key);
    const old = byKey.get(a.key);
    const status = old?.status === "done" ? "done" : a.seenDone ? "done" : "open";
    const done =
      old?.status === "done"
        ? { done_at: old.done_at, done_by: old.done_by }
        : a.seenDone
          ? { done_at: now, done_by: "mail" }
          : { done_at: null, done_by: null };
    const values = {
      round_id: a.round_id,
      kind: a.kind,
      due: a.due,
      why: a.why,
      text: a.text,
      status,
      ...done,
    };
    if (old) {
      const changed = (Object.keys(values) as (keyof typeof values)[]).some((k) => values[k] !== old[k]);
      if (changed)
        await trx
          .updateTable("actions")
          .set({ ...values, updated_at: now })
          .where("id", "=", old.id)
          .execute();
    } else {
      await trx
        .insertInto("actions")
        .values({
          id: nextActionId(),
          application_id: d.applicationId,
          key: a.key,
          ...values,
          updated_at: now,
        })
        .execute();
    }
  }
  for (const old of byKey.values()) {
    if (!planned.has(old.key) && old.status === "open")
      await trx
        .updateTable("actions")
        .set({ status: "dropped", updated_at: now })
        .where("id", "=", old.id)
        .execute();
  }
}

async function actionIdCounter(trx: Kysely<Database>): Promise<() => number> {
  let next = num(
    (await trx.selectFrom("actions").select(sql<number>`max(id)`.as("m")).executeTakeFirst())?.m,
  );
  return () => ++next;
}

/**
 * Writes one ingest at once: the new applications, rounds and sources, and the derived rows of every
 * application it touched. Throws `StaleWorkspace`, writing nothing, when the revision moved.
 */
export async function commitIngest(
  store: Store,
  write: IngestWrite,
  onProgress?: (stored: number, total: number) => void,
): Promise<void> {
  await writeTransaction(store.conn, async (trx) => {
    await checkRevision(trx, write.revision);
    if (write.me) await trx.updateTable("workspace").set({ me: write.me }).where("id", "=", 1).execute();
    if (write.timeZone)
      await trx.updateTable("workspace").set({ time_zone: write.timeZone }).where("id", "=", 1).execute();
    await insertMany(trx, "ingests", [write.ingest]);
    await insertMany(trx, "applications", write.applications);
    await insertMany(
      trx,
      "rounds",
      write.rounds.map((r) => ({ ...r, analysis: null })),
    );
    // Sources a few at a time: one mbox can be hundreds of megabytes.
    const total = write.sources.length;
    let stored = 0;
    let batch: SourceRow[] = [];
    let batchBytes = 0;
    for (const s of write.sources) {
      batch.push(s);
      batchBytes += s.bytes;
      if (batch.length >= BATCH || batchBytes > 8 * 1024 * 1024) {
        await insertMany(trx, "sources", batch);
        stored += batch.length;
        onProgress?.(stored, total);
        batch = [];
        batchBytes = 0;
      }
    }
    if (batch.length > 0) {
      await insertMany(trx, "sources", batch);
      onProgress?.(total, total);
    }
    const nextActionId = await actionIdCounter(trx);
    for (const d of write.derived) await writeDerived(trx, d, write.ingest.finished_at, nextActionId);
  });
}

/** Replaces the derived rows of these applications (a re-read with the current detectors). */
export async function commitDerived(
  store: Store,
  revision: number,
  derived: DerivedRows[],
  now: string,
): Promise<void> {
  await writeTransaction(store.conn, async (trx) => {
    await checkRevision(trx, revision);
    const nextActionId = await actionIdCounter(trx);
    for (const d of derived) await writeDerived(trx, d, now, nextActionId);
  });
}

/** Marks an action done by the candidate; false when there is no such action. */
export async function markActionDone(store: Store, id: number, now: string): Promise<ActionRow | undefined> {
  return writeTransaction(store.conn, async (trx) => {
    const row = await trx.selectFrom("actions").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    await bump(trx);
    await trx
      .updateTable("actions")
      .set({ status: "done", done_at: now, done_by: "you", updated_at: now })
      .where("id", "=", id)
      .execute();
    return normalized({ ...row, status: "done", done_at: now, done_by: "you", updated_at: now });
  });
}

async function bump(trx: Kysely<Database>): Promise<void> {
  await trx.updateTable("workspace").set({ revision: sql`revision + 1` }).where("id", "=", 1).execute();
}

/** Records the candidate's own word on an outcome; it overrides what the mail said. */
export async function recordOutcome(
  store: Store,
  applicationId: number,
  outcome: string,
  now: string,
): Promise<OutcomeRow> {
  return writeTransaction(store.conn, async (trx) => {
    await bump(trx);
    const id =
      num((await trx.selectFrom("outcomes").select(sql<number>`max(id)`.as("m")).executeTakeFirst())?.m) + 1;
    const row: OutcomeRow = {
      id,
      application_id: applicationId,
      outcome,
      recorded_by: "you",
      source_id: null,
      quote: null,
      recorded_at: now,
    };
    await trx.insertInto("outcomes").values(row).execute();
    return row;
  });
}

/** The zone given to `--tz` once, if any: cheap, for commands that only need it. */
export async function readTimeZone(store: Store): Promise<string | undefined> {
  const ws = await store.conn.db
    .selectFrom("workspace")
    .select("time_zone")
    .where("id", "=", 1)
    .executeTakeFirst();
  return ws?.time_zone ?? undefined;
}

/** Remembers the candidate's zone, as `--tz` gives it. */
export async function setTimeZone(store: Store, timeZone: string): Promise<void> {
  await writeTransaction(store.conn, async (trx) => {
    await trx.updateTable("workspace").set({ time_zone: timeZone }).where("id", "=", 1).execute();
  });
}

export async function setMe(store: Store, me: string): Promise<void> {
  await writeTransaction(store.conn, async (trx) => {
    await bump(trx);
    await trx.updateTable("workspace").set({ me }).where("id", "=", 1).execute();
  });
}

// ---------------------------------------------------------------------------------------------------
// Export and import: every table, every column, as stored

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

/** Integer columns, which PostgreSQL's driver may hand back as strings. */
const INTEGER_COLUMNS = new Set([
  "id",
  "revision",
  "application_id",
  "round_id",
  "number",
  "source_id",
  "bytes",
  "ingest_id",
  "evidence_count",
  "action_id",
  "salary_min",
  "salary_max",
]);
const REAL_COLUMNS = new Set(["read_score", "prior_score"]);

/** A row with the integers and reals PostgreSQL's driver may return as strings made numbers, bytes a Uint8Array. */
function normalized<T>(row: T): T {
  return normalizeRow(row as Record<string, unknown>) as T;
}

function normalizeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v === null || v === undefined) out[k] = null;
    else if (INTEGER_COLUMNS.has(k) || REAL_COLUMNS.has(k)) out[k] = Number(v);
    else if (v instanceof Uint8Array) out[k] = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    else out[k] = v;
  }
  return out;
}

/** How many rows one query reads: sources carry their raw bytes, so they are read a few at a time. */
const PAGE_ROWS = 500;
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

/** Every recorded outcome, oldest first. */
export async function readOutcomes(store: Store): Promise<OutcomeRow[]> {
  return (await store.conn.db.selectFrom("outcomes").selectAll().orderBy("id").execute()).map(normalized);
}

// ---------------------------------------------------------------------------------------------------
// Putting mistakes right: rename, merge and delete an application

/** The tables that hold an application's rows, in the order a row's references come before it. */
export const APPLICATION_TABLES = [
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

export type ApplicationRows = Record<(typeof APPLICATION_TABLES)[number], Record<string, unknown>[]>;

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
    round_signals:
      roundIds.length === 0
        ? []
        : await db
            .selectFrom("round_signals")
            .selectAll()
            .where("round_id", "in", roundIds)
            .orderBy("round_id")
            .orderBy("signal_id")
            .execute(),
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
    action_edits: await db
      .selectFrom("action_edits")
      .selectAll()
      .where("action_id", "in", db.selectFrom("actions").select("id").where("application_id", "=", id))
      .orderBy("action_id")
      .execute(),
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

// ---------------------------------------------------------------------------------------------------
// What the candidate keeps by hand: an application's details and stage, new applications, their edits

/** Every application's details (link, salary, contacts, notes, stage moved by hand), or one's. */
export async function readApplicationDetails(
  store: Store,
  applicationId?: number,
): Promise<ApplicationDetailsRow[]> {
  let q = store.conn.db.selectFrom("application_details").selectAll().orderBy("application_id");
  if (applicationId !== undefined) q = q.where("application_id", "=", applicationId);
  return (await q.execute()).map(normalized);
}

/**
 * Sets some of an application's details (a field given as null is cleared, one not given is kept);
 * undefined when there is no such application.
 */
export async function writeApplicationDetails(
  store: Store,
  applicationId: number,
  change: Partial<Omit<ApplicationDetailsRow, "application_id" | "updated_at">>,
  now: string,
): Promise<ApplicationDetailsRow | undefined> {
  return writeTransaction(store.conn, async (trx) => {
    const app = await trx
      .selectFrom("applications")
      .select("id")
      .where("id", "=", applicationId)
      .executeTakeFirst();
    if (!app) return undefined;
    await bump(trx);
    const old = await trx
      .selectFrom("application_details")
      .selectAll()
      .where("application_id", "=", applicationId)
      .executeTakeFirst();
    const row: ApplicationDetailsRow = {
      application_id: applicationId,
      link: null,
      salary_min: null,
      salary_max: null,
      salary_currency: null,
      contacts: null,
      notes: null,
      stage: null,
      ...(old ? normalized(old) : {}),
      ...change,
      updated_at: now,
    };
    if (old)
      await trx
        .updateTable("application_details")
        .set(row)
        .where("application_id", "=", applicationId)
        .execute();
    else await trx.insertInto("application_details").values(row).execute();
    return row;
  });
}

/** A new application with nothing filed under it yet (the largest id plus one), with its role. */
export async function insertApplication(
  store: Store,
  app: { company: string; role: string | null; basis: string },
  now: string,
): Promise<ApplicationRow> {
  return writeTransaction(store.conn, async (trx) => {
    await bump(trx);
    const id =
      num((await trx.selectFrom("applications").select(sql<number>`max(id)`.as("m")).executeTakeFirst())?.m) +
      1;
    const row: ApplicationRow = { id, ...app, domain: null, created_at: now };
    await trx.insertInto("applications").values(row).execute();
    return row;
  });
}

/** Every action's edit and snooze, or those of one application's actions. */
export async function readActionEdits(store: Store, applicationId?: number): Promise<ActionEditRow[]> {
  if (applicationId !== undefined)
    return (
      await store.conn.db
        .selectFrom("action_edits")
        .selectAll()
        .where(
          "action_id",
          "in",
          store.conn.db.selectFrom("actions").select("id").where("application_id", "=", applicationId),
        )
        .orderBy("action_id")
        .execute()
    ).map(normalized);
  return (await store.conn.db.selectFrom("action_edits").selectAll().orderBy("action_id").execute()).map(
    normalized,
  );
}

/** Sets an action's edited draft and/or snooze (null clears one); undefined when there is no such action. */
export async function writeActionEdit(
  store: Store,
  actionId: number,
  change: Partial<Pick<ActionEditRow, "text" | "snoozed_until">>,
  now: string,
): Promise<ActionEditRow | undefined> {
  return writeTransaction(store.conn, async (trx) => {
    const action = await trx.selectFrom("actions").select("id").where("id", "=", actionId).executeTakeFirst();
    if (!action) return undefined;
    await bump(trx);
    const old = await trx
      .selectFrom("action_edits")
      .selectAll()
      .where("action_id", "=", actionId)
      .executeTakeFirst();
    const row: ActionEditRow = {
      action_id: actionId,
      text: null,
      snoozed_until: null,
      ...(old ? normalized(old) : {}),
      ...change,
      updated_at: now,
    };
    if (old) await trx.updateTable("action_edits").set(row).where("action_id", "=", actionId).execute();
    else await trx.insertInto("action_edits").values(row).execute();
    return row;
  });
}

/**
 * Opens again an action the candidate marked done (an undo); one done by the mail, or open, is left as
 * it is. Undefined when there is no such action.
 */
export async function reopenAction(store: Store, id: number, now: string): Promise<ActionRow | undefined> {
  return writeTransaction(store.conn, async (trx) => {
    const row = await trx.selectFrom("actions").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    if (row.status !== "done" || row.done_by !== "you") return normalized(row);
    await bump(trx);
    const change = { status: "open", done_at: null, done_by: null, updated_at: now };
    await trx.updateTable("actions").set(change).where("id", "=", id).execute();
    return normalized({ ...row, ...change });
  });
}

/**
 * Per round ("applicationId:number"), how many signals its read rests on and whether an outcome settled
 * it: what tells a thin read apart without parsing every stored analysis.
 */
export async function readRoundSignalCounts(
  store: Store,
): Promise<Map<string, { signals: number; outcome: boolean }>> {
  const rows = await store.conn.db
    .selectFrom("round_signals")
    .innerJoin("rounds", "rounds.id", "round_signals.round_id")
    .select([
      "rounds.application_id as application_id",
      "rounds.number as number",
      sql<number>`sum(case when round_signals.polarity = 'outcome' then 0 else 1 end)`.as("signals"),
      sql<number>`sum(case when round_signals.polarity = 'outcome' then 1 else 0 end)`.as("outcomes"),
    ])
    .groupBy(["rounds.application_id", "rounds.number"])
    .execute();
  return new Map(
    rows.map((r) => [
      `${num(r.application_id)}:${num(r.number)}`,
      { signals: num(r.signals), outcome: num(r.outcomes) > 0 },
    ]),
  );
}

/** The candidate's name, as given to `--me` (or a save) once; undefined until then. */
export async function readMe(store: Store): Promise<string | undefined> {
  const ws = await store.conn.db.selectFrom("workspace").select("me").where("id", "=", 1).executeTakeFirst();
  return ws?.me ?? undefined;
}

/** Per application, the latest person from the company who wrote (with an address): whom a draft goes to. */
export async function readCompanySenders(
  store: Store,
  applicationId?: number,
): Promise<Map<number, { name: string | null; address: string }>> {
  let q = store.conn.db
    .selectFrom("messages")
    .select(["application_id", "from_name", "from_address", "sent_at"])
    .where("direction", "=", "company")
    .where("from_address", "is not", null);
  if (applicationId !== undefined) q = q.where("application_id", "=", applicationId);
  const rows = await q.orderBy("application_id").orderBy("sent_at").execute();
  const out = new Map<number, { name: string | null; address: string }>();
  for (const r of rows)
    if (r.from_address) out.set(num(r.application_id), { name: r.from_name, address: r.from_address });
  return out;
}

/**
 * For the pace of the search: each application's first message from the candidate and from the
 * company, and when the messages an outcome was read from were sent (by source id).
 */
export async function readSearchTimes(store: Store): Promise<{
  firstMessages: { application_id: number; from_candidate: string | null; from_company: string | null }[];
  outcomeSentAt: Map<number, string>;
}> {
  const db = store.conn.db;
  const first = await db
    .selectFrom("messages")
    .select([
      "application_id",
      sql<string | null>`min(case when direction = 'candidate' then sent_at end)`.as("from_candidate"),
      sql<string | null>`min(case when direction = 'company' then sent_at end)`.as("from_company"),
    ])
    .groupBy("application_id")
    .orderBy("application_id")
    .execute();
  const sent = await db
    .selectFrom("messages")
    .innerJoin("outcomes", "outcomes.source_id", "messages.source_id")
    .select(["messages.source_id as source_id", sql<string | null>`min(messages.sent_at)`.as("sent_at")])
    .groupBy("messages.source_id")
    .execute();
  return {
    firstMessages: first.map((r) => ({ ...r, application_id: num(r.application_id) })),
    outcomeSentAt: new Map(
      sent.flatMap((r) => (r.sent_at ? [[num(r.source_id), r.sent_at] as [number, string]] : [])),
    ),
  };
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
