import { mkdir, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import {
  commitMerge,
  deleteApplicationRows,
  type MergeWrite,
  readActionKeys,
  readApplicationRows,
  renameApplicationRow,
} from "../store/application-rows.js";
import { schemaVersion } from "../store/migrate.js";
import { readSomeApplications, readSources } from "../store/read-state.js";
import { StaleWorkspace } from "../store/revision.js";
import type { ApplicationRow, Store } from "../store/workspace-store.js";
import { labelOf } from "./find-application.js";
import { InputError } from "./input-error.js";
import { workspaceLocation } from "./open-workspace.js";
import { type ParseCache, rebuildApplication } from "./rebuild-application.js";
import { resolveApplication } from "./workspace-views.js";
import { writeFileAtomically } from "./write-file-atomically.js";

/**
 * `debrief app rename|merge|delete` (and the same in the API): putting a filing mistake right. A rename
 * changes an application's company or role; a merge moves everything of one application under another
 * and re-reads it; a delete first keeps an export of the application's rows, then removes them.
 */

/** The longest company or role stored, as `add` stores them. */
const MAX_NAME = 200;

export interface RenameReport {
  applicationId: number;
  before: { company: string; role: string | null };
  after: { company: string; role: string | null };
}

function cleanName(value: string, what: string): string {
  const clean = value.replace(/\s+/g, " ").trim();
  if (clean === "") throw new InputError("bad-name", `the ${what} cannot be empty`, `e.g. --${what} "Acme"`);
  if (clean.length > MAX_NAME)
    throw new InputError("bad-name", `the ${what} is longer than ${MAX_NAME} characters`);
  return clean;
}

/** Renames an application's company and/or role (an empty role, "", clears it). */
export async function renameApplication(
  store: Store,
  ref: string,
  change: { company?: string; role?: string },
): Promise<RenameReport> {
  if (change.company === undefined && change.role === undefined)
    throw new InputError(
      "nothing-to-rename",
      "give a new company, a new role, or both",
      'e.g. --company "Acme Robotics" --role "Data engineer"',
    );
  const company = change.company !== undefined ? cleanName(change.company, "company") : undefined;
  const role =
    change.role === undefined ? undefined : change.role.trim() === "" ? null : cleanName(change.role, "role");
  const app = await resolveApplication(store, ref);
  const after = await renameApplicationRow(store, app.id, {
    ...(company !== undefined ? { company } : {}),
    ...(role !== undefined ? { role } : {}),
  });
  if (!after) throw new InputError("no-such-application", `no application matches "${ref}"`);
  return {
    applicationId: app.id,
    before: { company: app.company, role: app.role },
    after: { company: after.company, role: after.role },
  };
}

export interface MergeReport {
  into: { applicationId: number; company: string };
  from: { applicationId: number; company: string };
  /** Every round of A after the merge, in time order, and where it was before. */
  rounds: { number: number; was: { applicationId: number; number: number } }[];
  sources: number;
  retries: number;
}

const MAX_ATTEMPTS = 8;

const timeOf = (iso: string | null): number => {
  const t = Date.parse(iso ?? "");
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
};

/** The new key of an action whose round is renumbered: "2:thank-you" of the round now 3 is "3:thank-you". */
function rekey(key: string, number: number | undefined, fromOther: boolean, applicationId: number): string {
  if (number !== undefined) return key.replace(/^[^:]*/, String(number));
  return fromOther ? `merged-${applicationId}:${key}` : key;
}

/**
 * Merges application B (`fromRef`) into A (`intoRef`): B's sources, rounds (all renumbered in time
 * order), messages, actions and outcomes become A's, B is removed, and A is re-read as `reanalyze`
 * re-reads one application. One transaction; planned again if another writer got in first.
 */
export async function mergeApplications(
  store: Store,
  intoRef: string,
  fromRef: string,
  now: string,
): Promise<MergeReport> {
  const into = await resolveApplication(store, intoRef);
  const from = await resolveApplication(store, fromRef);
  if (into.id === from.id)
    throw new InputError(
      "merge-into-itself",
      `"${intoRef}" and "${fromRef}" are the same application (${labelOf(into)}): nothing to merge`,
      "give two applications: debrief app merge INTO FROM",
    );
  const cache: ParseCache = new Map();
  for (let attempt = 1; ; attempt++) {
    const state = await readSomeApplications(store, [into.id, from.id]);
    const a = state.applications.find((x) => x.id === into.id);
    const b = state.applications.find((x) => x.id === from.id);
    if (!a || !b)
      throw new InputError("no-such-application", `no application matches "${a ? fromRef : intoRef}"`);
    const sources = await readSources(store, [a.id, b.id]);
    // Rounds in time order (a round with no date after the dated ones), A's first on a tie.
    const ordered = [...state.rounds].sort(
      (x, y) =>
        timeOf(x.starts_at) - timeOf(y.starts_at) ||
        (x.application_id === a.id ? 0 : 1) - (y.application_id === a.id ? 0 : 1) ||
        x.number - y.number,
    );
    const numbers = new Map(ordered.map((r, i) => [r.id, i + 1]));
    const rounds = ordered.map((r) => ({ ...r, application_id: a.id, number: numbers.get(r.id) ?? 0 }));
    const merged: ApplicationRow = { ...a, domain: a.domain ?? b.domain, role: a.role ?? b.role };
    // The candidate's latest word on either stands for both.
    const userOutcome = state.userOutcomes.at(-1)?.outcome;
    const derived = await rebuildApplication(
      {
        application: merged,
        rounds,
        sources: sources.map((s) => ({ ...s, application_id: a.id })),
        ...(userOutcome ? { userOutcome } : {}),
      },
      { now, me: state.me, timeZone: state.timeZone },
      cache,
    );
    const actions = await readActionKeys(store, [a.id, b.id]);
    const write: MergeWrite = {
      revision: state.revision,
      into: a.id,
      from: b.id,
      application: { domain: merged.domain, role: merged.role },
      rounds: rounds.map((r) => ({ id: r.id, number: r.number })),
      actions: actions.map((x) => ({
        id: x.id,
        key: rekey(
          x.key,
          x.round_id === null ? undefined : numbers.get(x.round_id),
          x.application_id === b.id,
          b.id,
        ),
      })),
      derived,
      now,
    };
    try {
      await commitMerge(store, write);
    } catch (e) {
      if (e instanceof StaleWorkspace && attempt < MAX_ATTEMPTS) continue;
      throw e;
    }
    return {
      into: { applicationId: a.id, company: a.company },
      from: { applicationId: b.id, company: b.company },
      rounds: ordered.map((r) => ({
        number: numbers.get(r.id) ?? 0,
        was: { applicationId: r.application_id, number: r.number },
      })),
      sources: sources.filter((s) => s.application_id === b.id).length,
      retries: attempt - 1,
    };
  }
}

export interface DeleteReport {
  applicationId: number;
  company: string;
  /** Where the export of its rows was written, before they were deleted. */
  keptAt: string;
  /** How many rows of each table went. */
  rows: Record<string, number>;
}

export const APPLICATION_EXPORT_FORMAT = "debrief-application";

/**
 * Where a deleted application's export goes by default: beside the workspace's SQLite file; for a
 * PostgreSQL workspace, in the folder the SQLite file would be in (DEBRIEF_HOME or the data directory).
 */
export function defaultKeepFolder(store: Store, env: Record<string, string | undefined>): string {
  if (store.conn.dialect === "sqlite") return dirname(resolve(store.conn.location));
  return dirname(workspaceLocation({ ...env, DEBRIEF_DATABASE_URL: undefined }).location);
}

/** "debrief-deleted-3-acme-robotics-2026-03-10T12-00-00Z.json" */
function keepName(app: ApplicationRow, now: string): string {
  const slug =
    app.company
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "application";
  return `debrief-deleted-${app.id}-${slug}-${now.replace(/\.\d+/, "").replace(/:/g, "-")}.json`;
}

/**
 * Deletes an application and everything filed under it, after writing an export of those rows (raw
 * sources in base64) to `keep`, or to a new file in `keepFolder`. Nothing is deleted if the export
 * cannot be written. Asking the person first is the caller's part.
 */
export async function deleteApplication(
  store: Store,
  ref: string,
  options: { now: string; keep?: string; keepFolder: string },
): Promise<DeleteReport> {
  const app = await resolveApplication(store, ref);
  const keptAt = resolve(options.keep ?? join(options.keepFolder, keepName(app, options.now)));
  if (await stat(keptAt).catch(() => undefined))
    throw new InputError(
      "keep-exists",
      `${JSON.stringify(keptAt)} exists already; the application was not deleted`,
      "give another file with --keep FILE",
    );
  const rows = await readApplicationRows(store, app.id);
  const document = {
    format: APPLICATION_EXPORT_FORMAT,
    version: 1,
    schemaVersion: await schemaVersion(store.conn),
    exportedAt: options.now,
    application: { id: app.id, company: app.company, role: app.role },
    tables: Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.map(encodeBytes)])),
  };
  await mkdir(dirname(keptAt), { recursive: true });
  await writeFileAtomically(keptAt, `${JSON.stringify(document)}\n`);
  if (!(await deleteApplicationRows(store, app.id)))
    throw new InputError("no-such-application", `no application matches "${ref}" any more`);
  return {
    applicationId: app.id,
    company: app.company,
    keptAt,
    rows: Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length])),
  };
}

function encodeBytes(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row))
    out[k] = v instanceof Uint8Array ? Buffer.from(v).toString("base64") : v;
  return out;
}
