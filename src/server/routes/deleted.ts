import type { Hono } from "hono";
import { defaultKeepFolder, deleteApplication } from "../../app/edit-applications.js";
import { InputError } from "../../app/input-error.js";
import type { Store } from "../../app/open-workspace.js";
import { recentlyDeleted } from "../../app/recently-deleted.js";
import { restoreDeletedApplication } from "../../app/restore-application.js";

/** How long after a delete the dashboard's Undo (and its "Recently deleted" list) can still put it back. */
export const RESTORE_MS = 15 * 60_000;

/** Puts back the application deleted here as `raw` names it, within the window, from the export kept of it. */
async function restore(
  store: Store,
  raw: string,
  deleted: () => ReturnType<typeof recentlyDeleted>,
  now: () => string,
): Promise<Awaited<ReturnType<typeof restoreDeletedApplication>>> {
  if (!/^\d{1,9}$/.test(raw)) throw new InputError("bad-request", "id must be a number");
  const id = Number(raw);
  const list = deleted();
  const kept = await list.find(id, now());
  if (!kept)
    throw new InputError(
      "not-restorable",
      `application ${id} was not deleted here in the last ${RESTORE_MS / 60_000} minutes; its export, if any, can be imported by hand`,
    );
  try {
    const report = await restoreDeletedApplication(store, kept.keptAt);
    await list.forget(id);
    return report;
  } catch (e) {
    // Its export is gone: nothing left to offer. A conflict keeps the entry (and the export) as they are.
    if (e instanceof InputError && e.code === "not-restorable") await list.forget(id);
    throw e;
  }
}

/**
 * Delete with undo: `DELETE /api/applications/{ref}?confirm=yes` keeps an export and notes it as recently
 * deleted; `GET /api/deleted` lists what can still be put back; `POST /api/applications/{id}/restore`
 * puts one back. The list is kept on disk beside the exports, so a restart loses no undo.
 */
export function addDeletedRoutes(
  app: Hono,
  options: { store: Store; now: () => Date; keepFolder?: string | undefined },
): void {
  const { store } = options;
  const keepFolder = () => options.keepFolder ?? defaultKeepFolder(store, {});
  const deleted = () => recentlyDeleted(store, keepFolder());
  const now = () => options.now().toISOString();

  app.delete("/api/applications/:ref", async (c) => {
    // A delete is asked for in so many words: a stray DELETE changes nothing.
    if (c.req.query("confirm") !== "yes")
      throw new InputError(
        "confirm-delete",
        "add ?confirm=yes to delete the application (an export of it is kept first)",
      );
    const at = now();
    const report = await deleteApplication(store, c.req.param("ref"), { now: at, keepFolder: keepFolder() });
    const restorableUntil = new Date(options.now().getTime() + RESTORE_MS).toISOString();
    await deleted().remember(
      {
        applicationId: report.applicationId,
        company: report.company,
        keptAt: report.keptAt,
        deletedAt: at,
        restorableUntil,
      },
      at,
    );
    return c.json({ ...report, restorableUntil });
  });

  app.get("/api/deleted", async (c) =>
    c.json(
      (await deleted().list(now())).map(({ applicationId, company, deletedAt, restorableUntil }) => ({
        applicationId,
        company,
        deletedAt,
        restorableUntil,
      })),
    ),
  );

  app.post("/api/applications/:id/restore", async (c) =>
    c.json(await restore(store, c.req.param("id"), deleted, now)),
  );
}
