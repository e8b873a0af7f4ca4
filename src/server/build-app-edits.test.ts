import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call, errorCode, HOST, NOW, openSeededApi, type SeededApi } from "../../test/api-workspace.js";
import { STORE_TARGETS } from "../../test/store-targets.js";
import type { Store } from "../app/open-workspace.js";
import { buildApp } from "./build-app.js";
import { RESTORE_MS } from "./routes/deleted.js";

describe.each(STORE_TARGETS)("the API over a workspace on $name", (target) => {
  let api: SeededApi;
  let dir: string;
  let store: Store;
  let logs: string[];
  let app: Hono;

  beforeEach(async () => {
    api = await openSeededApi(target);
    ({ dir, store, logs, app } = api);
  });
  afterEach(() => api.close());

  describe("putting mistakes right: rename, merge, delete", () => {
    const ids = async () =>
      ((await call(app, "/api/applications")).body as { id: number; company: string }[]).map(
        (a) => a.company,
      );

    it("renames with PATCH, and refuses an empty body or a missing application", async () => {
      const r = await call(app, "/api/applications/harrowgate", {
        method: "PATCH",
        json: { company: "Harrowgate Foods Ltd", role: "" },
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        before: { company: "Harrowgate Foods" },
        after: { company: "Harrowgate Foods Ltd", role: null },
      });
      expect(await ids()).toContain("Harrowgate Foods Ltd");
      const empty = await call(app, "/api/applications/harrowgate", { method: "PATCH", json: {} });
      expect(empty.status).toBe(400);
      expect(errorCode(empty)).toBe("bad-request");
      const missing = await call(app, "/api/applications/404", { method: "PATCH", json: { company: "X" } });
      expect(missing.status).toBe(400);
      expect(errorCode(missing)).toBe("no-such-application");
    });

    it("merges one application into another, and will not merge one into itself", async () => {
      const self = await call(app, "/api/applications/lumenfold/merge", {
        json: { from: "lumenfold analytics" },
      });
      expect(self.status).toBe(400);
      expect(errorCode(self)).toBe("merge-into-itself");
      const r = await call(app, "/api/applications/lumenfold/merge", { json: { from: "harrowgate" } });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        into: { company: "Lumenfold Analytics" },
        from: { company: "Harrowgate Foods" },
      });
      expect(await ids()).toEqual(["Lumenfold Analytics"]);
      const timeline = (await call(app, "/api/applications/lumenfold")).body as { rounds?: unknown[] };
      expect(JSON.stringify(timeline)).toContain("Harrowgate");
    });

    it("deletes only with ?confirm=yes, keeping an export in the folder it was given", async () => {
      const keepFolder = join(dir, "kept");
      app = buildApp({
        store,
        now: () => new Date(NOW),
        log: (line) => logs.push(line),
        hosts: [HOST],
        keepFolder,
      });
      const unconfirmed = await call(app, "/api/applications/harrowgate", { method: "DELETE" });
      expect(unconfirmed.status).toBe(400);
      expect(errorCode(unconfirmed)).toBe("confirm-delete");
      expect(await ids()).toHaveLength(2);
      const r = await call(app, "/api/applications/harrowgate?confirm=yes", { method: "DELETE" });
      expect(r.status).toBe(200);
      const report = r.body as { keptAt: string; company: string };
      expect(report.company).toBe("Harrowgate Foods");
      expect(report.keptAt.startsWith(keepFolder)).toBe(true);
      expect(JSON.parse(await readFile(report.keptAt, "utf8")).application.company).toBe("Harrowgate Foods");
      expect(await ids()).toEqual(["Lumenfold Analytics"]);
    });

    it("puts a deleted application back as it was with restore, once, and only within the window", async () => {
      let clock = Date.parse(NOW);
      const undoable = buildApp({
        store,
        now: () => new Date(clock),
        log: (line) => logs.push(line),
        hosts: [HOST],
        keepFolder: join(dir, "kept-for-undo"),
      });
      const before = await call(undoable, "/api/applications/lumenfold");
      const listBefore = (await call(undoable, "/api/applications")).body;
      const gone = await call(undoable, "/api/applications/lumenfold?confirm=yes", { method: "DELETE" });
      const { applicationId, restorableUntil } = gone.body as {
        applicationId: number;
        restorableUntil: string;
      };
      expect(Date.parse(restorableUntil) - clock).toBe(RESTORE_MS);
      expect(await ids()).not.toContain("Lumenfold Analytics");

      const back = await call(undoable, `/api/applications/${applicationId}/restore`, { method: "POST" });
      expect(back.body).toMatchObject({ applicationId });
      expect(back.status).toBe(200);
      expect(back.body).toMatchObject({ applicationId, company: "Lumenfold Analytics" });
      // The same application: its timeline, sources and place in the list, as before the delete.
      expect((await call(undoable, "/api/applications/lumenfold")).body).toEqual(before.body);
      expect((await call(undoable, "/api/applications")).body).toEqual(listBefore);
      const twice = await call(undoable, `/api/applications/${applicationId}/restore`, { method: "POST" });
      expect(twice.status).toBe(400);
      expect(errorCode(twice)).toBe("not-restorable");
      const never = await call(undoable, "/api/applications/424242/restore", { method: "POST" });
      expect(errorCode(never)).toBe("not-restorable");

      // Past the window it is refused; the kept export is still there to import by hand.
      clock += 1000;
      expect(
        (await call(undoable, "/api/applications/lumenfold?confirm=yes", { method: "DELETE" })).status,
      ).toBe(200);
      clock += RESTORE_MS + 1000;
      const late = await call(undoable, `/api/applications/${applicationId}/restore`, { method: "POST" });
      expect(errorCode(late)).toBe("not-restorable");
      clock -= RESTORE_MS;
      expect(
        (await call(undoable, `/api/applications/${applicationId}/restore`, { method: "POST" })).status,
      ).toBe(200);
      expect((await call(undoable, "/api/applications/lumenfold")).body).toEqual(before.body);
      expect(logs).toEqual([]);
    });
  });
});
