import { readFile, rm } from "node:fs/promises";
import {
  APPLICATION_TABLES,
  type ApplicationRows,
  restoreApplicationRows,
} from "../store/application-rows.js";
import { schemaVersion } from "../store/migrate.js";
import type { Store } from "../store/workspace-store.js";
import { APPLICATION_EXPORT_FORMAT } from "./edit-applications.js";
import { checkRow } from "./export-workspace.js";
import { InputError } from "./input-error.js";

/**
 * Undoing a delete: the export `deleteApplication` kept of an application's rows is read back, checked
 * row by row as an import is, and its rows put back as they were (same ids, same bytes); the export
 * is then removed, as the workspace holds it again. Refused, with
 * nothing written, when the workspace has moved on in a way that takes its place (its id or one of its
 * files is there again).
 */
export interface RestoreReport {
  applicationId: number;
  company: string;
  rows: Record<string, number>;
}

export async function restoreDeletedApplication(store: Store, keptAt: string): Promise<RestoreReport> {
  const text = await readFile(keptAt, "utf8").catch(() => {
    throw new InputError("not-restorable", "the export kept of that application is gone");
  });
  const document = JSON.parse(text) as {
    format?: unknown;
    schemaVersion?: unknown;
    application?: { id?: unknown; company?: unknown };
    tables?: Record<string, unknown>;
  };
  if (document.format !== APPLICATION_EXPORT_FORMAT || typeof document.tables !== "object")
    throw new InputError("not-restorable", `${keptAt} is not a deleted application's export`);
  if (document.schemaVersion !== (await schemaVersion(store.conn)))
    throw new InputError(
      "not-restorable",
      "the workspace's tables changed since the delete; import the kept export by hand",
    );
  const rows = {} as ApplicationRows;
  for (const table of APPLICATION_TABLES) {
    const list = document.tables?.[table];
    if (!Array.isArray(list)) throw new InputError("not-restorable", `${keptAt} has no ${table}`);
    rows[table] = list.map((row, i) => {
      const checked = checkRow(keptAt, table, i, row);
      return table === "sources"
        ? { ...checked, content: new Uint8Array(Buffer.from(String(checked.content), "base64")) }
        : checked;
    });
  }
  const app = rows.applications[0];
  if (rows.applications.length !== 1 || !app)
    throw new InputError("not-restorable", `${keptAt} does not hold one application`);
  try {
    await restoreApplicationRows(store, rows);
  } catch (e) {
    throw new InputError(
      "restore-conflict",
      `${String(app.company)} cannot be put back: ${e instanceof Error ? e.message : String(e)}`,
      "its export is kept; add its files again instead",
    );
  }
  // Back in the workspace, it needs no copy beside it (and a second delete may keep one by that name).
  await rm(keptAt, { force: true });
  return {
    applicationId: Number(app.id),
    company: String(app.company),
    rows: Object.fromEntries(APPLICATION_TABLES.map((t) => [t, rows[t].length])),
  };
}
