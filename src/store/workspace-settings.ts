import { writeTransaction } from "./dialect.js";
import { bump } from "./revision.js";
import type { Store } from "./workspace-store.js";

// The workspace's settings: the candidate's name and time zone.

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

/** The candidate's name, as given to `--me` (or a save) once; undefined until then. */
export async function readMe(store: Store): Promise<string | undefined> {
  const ws = await store.conn.db.selectFrom("workspace").select("me").where("id", "=", 1).executeTakeFirst();
  return ws?.me ?? undefined;
}

export async function setMe(store: Store, me: string): Promise<void> {
  await writeTransaction(store.conn, async (trx) => {
    await bump(trx);
    await trx.updateTable("workspace").set({ me }).where("id", "=", 1).execute();
  });
}
