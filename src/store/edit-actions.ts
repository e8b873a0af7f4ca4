import { writeTransaction } from "./dialect.js";
import { writeKeptRow } from "./kept-row.js";
import { normalized } from "./normalize-row.js";
import { bump } from "./revision.js";
import type { ActionEditRow, ActionRow, Store } from "./workspace-store.js";

// The candidate's hand on the actions: done, undone, edited and snoozed.

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
    return writeKeptRow(
      trx,
      "action_edits",
      { action_id: actionId, text: null, snoozed_until: null },
      change,
      now,
    );
  });
}
