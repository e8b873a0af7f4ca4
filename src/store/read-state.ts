import { sql } from "kysely";
import { normalized, num } from "./normalize-row.js";
import type { ApplicationRow, OutcomeRow, RoundRow, SourceRow, Store } from "./workspace-store.js";

// Reading what filing and re-reading plan from: the workspace's settings, applications, rounds and sources.

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
