import { sql } from "kysely";
import { distinctList } from "./dialect.js";
import { PAGE_ROWS } from "./dump-rows.js";
import { normalizedAll, num } from "./normalize-row.js";
import { readApplications } from "./read-application.js";
import type { ActionRow, ApplicationRow, OutcomeRow, RoundRow, Store } from "./workspace-store.js";

// Reading what the views of every application need: no bytes, no analyses, one query a kind of row.

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

/** Applications from the id `first` to the id `last`, both included: a page's. */
export interface IdRange {
  first: number;
  last: number;
}

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

/** The applications of a page of the overview: ids after `after`, at most `limit`, in id order. */
export interface OverviewPage extends Overview {
  /** The last application's id, where the next page starts after; undefined on an empty page. */
  last?: number;
}

/**
 * The overview a page of applications at a time, in id order (keyset: each page starts after the last
 * id of the one before, so it costs the same however deep it is), and with each page only the rows
 * filed under its applications: the memory used is a page's, whatever the workspace's size. The rows
 * of one application are in the order `readOverview` gives them. Each page is read by its own queries:
 * an application filed between two pages shows up if its id comes after the page read last.
 */
export async function* readOverviewPages(
  store: Store,
  options: { after?: number; pageSize?: number } = {},
): AsyncGenerator<OverviewPage> {
  const size = options.pageSize ?? OVERVIEW_PAGE;
  let after = options.after ?? 0;
  let open: OpenActions | undefined;
  for (;;) {
    open ??= await readOpenActions(store);
    const page = await readOverviewPage(store, after, size, open);
    if (page.applications.length > 0) yield page;
    if (page.applications.length < size || page.last === undefined) return;
    after = page.last;
  }
}

/** How many applications a page of the overview holds: a megabyte or two of rows. */
export const OVERVIEW_PAGE = 1_000;

/**
 * Every open action's id by its application's, sorted by application and then id, eight bytes an action:
 * actions have no index on their application, so a page that asked for its applications' open actions
 * would walk every open action (through their status's index) each page.
 */
interface OpenActions {
  applications: Int32Array;
  ids: Int32Array;
}

async function readOpenActions(store: Store): Promise<OpenActions> {
  const rows = await store.conn.db
    .selectFrom("actions")
    .select(["id", "application_id"])
    .where("status", "=", "open")
    .execute();
  const order = Uint32Array.from(rows.keys());
  const app = Int32Array.from(rows, (r) => num(r.application_id));
  const id = Int32Array.from(rows, (r) => num(r.id));
  order.sort((a, b) => (app[a] as number) - (app[b] as number) || (id[a] as number) - (id[b] as number));
  return {
    applications: Int32Array.from(order, (k) => app[k] as number),
    ids: Int32Array.from(order, (k) => id[k] as number),
  };
}

/** The first place in `sorted` holding a value of at least `value`. */
function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The open actions of the applications from `first` to `last`, by id, read by their ids a few hundred at a time. */
async function readOpenActionsOf(store: Store, open: OpenActions, first: number, last: number) {
  const ids = Array.from(
    open.ids.subarray(lowerBound(open.applications, first), lowerBound(open.applications, last + 1)),
  ).sort((a, b) => a - b);
  const rows: ActionRow[] = [];
  for (let i = 0; i < ids.length; i += PAGE_ROWS) {
    const part = ids.slice(i, i + PAGE_ROWS);
    rows.push(
      ...normalizedAll(
        store,
        await store.conn.db
          .selectFrom("actions")
          .selectAll()
          .where("id", "in", part)
          .where("status", "=", "open")
          .orderBy("id")
          .execute(),
      ),
    );
  }
  return rows;
}

/** One page of `readOverviewPages`: at most `limit` applications with ids after `after`. */
async function readOverviewPage(
  store: Store,
  after: number,
  limit: number,
  open: OpenActions,
): Promise<OverviewPage> {
  const db = store.conn.db;
  const applications = normalizedAll(
    store,
    await db
      .selectFrom("applications")
      .selectAll()
      .where("id", ">", after)
      .orderBy("id")
      .limit(limit)
      .execute(),
  );
  const first = applications[0]?.id;
  const last = applications[applications.length - 1]?.id;
  if (first === undefined || last === undefined)
    return { applications: [], rounds: [], actions: [], outcomes: [], lastMail: [] };
  const rounds = await db
    .selectFrom("rounds")
    .select(OVERVIEW_ROUND_COLUMNS)
    .where("application_id", ">=", first)
    .where("application_id", "<=", last)
    .orderBy("application_id")
    .orderBy("number")
    .execute();
  const actions = await readOpenActionsOf(store, open, first, last);
  const outcomes = await db
    .selectFrom("outcomes")
    .selectAll()
    .where("application_id", ">=", first)
    .where("application_id", "<=", last)
    .orderBy("id")
    .execute();
  const mail = await db
    .selectFrom("messages")
    .select([
      "application_id",
      sql<string | null>`max(case when direction = 'company' then sent_at end)`.as("last_from_company"),
      sql<string | null>`max(sent_at)`.as("last_any"),
      sql<number | string>`count(*)`.as("count"),
    ])
    .where("application_id", ">=", first)
    .where("application_id", "<=", last)
    .groupBy("application_id")
    .execute();
  return {
    applications,
    rounds: normalizedAll(store, rounds),
    actions,
    outcomes: normalizedAll(store, outcomes),
    lastMail: mail.map((m) => ({
      application_id: num(m.application_id),
      last_from_company: m.last_from_company,
      last_any: m.last_any,
      count: num(m.count),
    })),
    last,
  };
}

/**
 * Each application's signals, once each (outcomes left out), over all its rounds: what `insights` weighs.
 * Gathered by the database, a row an application, not a row a signal of every round.
 */
export async function readApplicationSignals(store: Store, range?: IdRange): Promise<Map<number, string[]>> {
  let q = store.conn.db
    .selectFrom("round_signals")
    .innerJoin("rounds", "rounds.id", "round_signals.round_id")
    .select([
      "rounds.application_id as application_id",
      distinctList(store.conn.dialect, "round_signals.signal_id").as("ids"),
    ])
    .where("round_signals.polarity", "<>", "outcome");
  if (range)
    q = q.where("rounds.application_id", ">=", range.first).where("rounds.application_id", "<=", range.last);
  const rows = await q.groupBy("rounds.application_id").execute();
  return new Map(rows.map((r) => [num(r.application_id), r.ids ? r.ids.split(",").sort() : []]));
}

/**
 * Per round ("applicationId:number"), how many signals its read rests on and whether an outcome settled
 * it: what tells a thin read apart without parsing every stored analysis.
 */
export async function readRoundSignalCounts(
  store: Store,
  range?: IdRange,
): Promise<Map<string, { signals: number; outcome: boolean }>> {
  let q = store.conn.db
    .selectFrom("round_signals")
    .innerJoin("rounds", "rounds.id", "round_signals.round_id")
    .select([
      "rounds.application_id as application_id",
      "rounds.number as number",
      sql<number>`sum(case when round_signals.polarity = 'outcome' then 0 else 1 end)`.as("signals"),
      sql<number>`sum(case when round_signals.polarity = 'outcome' then 1 else 0 end)`.as("outcomes"),
    ]);
  if (range)
    q = q.where("rounds.application_id", ">=", range.first).where("rounds.application_id", "<=", range.last);
  const rows = await q.groupBy(["rounds.application_id", "rounds.number"]).execute();
  return new Map(
    rows.map((r) => [
      `${num(r.application_id)}:${num(r.number)}`,
      { signals: num(r.signals), outcome: num(r.outcomes) > 0 },
    ]),
  );
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
