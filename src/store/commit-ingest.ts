import { type Kysely, sql } from "kysely";
import { writeTransaction } from "./dialect.js";
import { BATCH, insertMany } from "./insert-many.js";
import { normalized, num } from "./normalize-row.js";
import { checkRevision } from "./revision.js";
import type { Database } from "./schema.js";
import type {
  ActionRow,
  ApplicationRow,
  IngestRow,
  MessageRow,
  OutcomeRow,
  RoundRow,
  RoundSignalRow,
  SourceRow,
  Store,
} from "./workspace-store.js";

// Writing: one add (new applications, rounds and sources) and the derived rows of what it touched.

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

/**
 * Replaces one application's derived rows with `d`: its rounds' reads, signals, messages and the
 * outcomes found in its mail, then its actions (see `writeActions`).
 */
export async function writeDerived(
  trx: Kysely<Database>,
  d: DerivedRows,
  now: string,
  nextActionId: () => number,
) {
  await writeReads(trx, d);
  await writeActions(trx, d, now, nextActionId);
}

/** The rounds' reads, the signals, the messages and the outcomes the mail states: the old ones go. */
async function writeReads(trx: Kysely<Database>, d: DerivedRows): Promise<void> {
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
}

/** An action's columns as planned: done stays done (with when and by whom), one the mail shows done is done. */
function plannedValues(
  a: DerivedRows["actions"][number],
  old: { status: string; done_at: string | null; done_by: string | null } | undefined,
  now: string,
) {
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
  return values;
}

/**
 * The planned actions against the stored ones, by key: a new one is added, a changed one updated, a
 * done one stays done (one the mail shows done is marked so), and an open one no longer planned is dropped.
 */
async function writeActions(
  trx: Kysely<Database>,
  d: DerivedRows,
  now: string,
  nextActionId: () => number,
): Promise<void> {
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
    const values = plannedValues(a, old, now);
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

export async function actionIdCounter(trx: Kysely<Database>): Promise<() => number> {
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
