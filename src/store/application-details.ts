import { sql } from "kysely";
import { writeTransaction } from "./dialect.js";
import { writeKeptRow } from "./kept-row.js";
import { normalized, num } from "./normalize-row.js";
import { bump } from "./revision.js";
import type { ApplicationDetailsRow, ApplicationRow, OutcomeRow, Store } from "./workspace-store.js";

// What the candidate keeps by hand: an application's details and stage, new applications, outcomes.

/**
 * Every application's details (link, salary, contacts, notes, stage moved by hand), one's, or those
 * of the applications from one id to another (a page's).
 */
export async function readApplicationDetails(
  store: Store,
  which?: number | { first: number; last: number },
): Promise<ApplicationDetailsRow[]> {
  let q = store.conn.db.selectFrom("application_details").selectAll().orderBy("application_id");
  if (typeof which === "number") q = q.where("application_id", "=", which);
  else if (which) q = q.where("application_id", ">=", which.first).where("application_id", "<=", which.last);
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
    const blank = {
      application_id: applicationId,
      link: null,
      salary_min: null,
      salary_max: null,
      salary_currency: null,
      contacts: null,
      notes: null,
      stage: null,
    };
    return writeKeptRow(trx, "application_details", blank, change, now);
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
