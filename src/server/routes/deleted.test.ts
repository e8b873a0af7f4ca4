import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../../test/store-targets.js";
import { closeStore, openWorkspace, type Store } from "../../app/open-workspace.js";
import { recentlyDeletedFile } from "../../app/recently-deleted.js";
import { createApplication } from "../../app/track-applications.js";
import { buildApp } from "../build-app.js";
import { RESTORE_MS } from "./deleted.js";

// Made-up companies. A "restart" is a second app built over the same workspace and keep folder.
const NOW = Date.parse("2026-03-10T12:00:00.000Z");
const HOST = "127.0.0.1:4820";

interface Listed {
  applicationId: number;
  company: string;
  deletedAt: string;
  restorableUntil: string;
}

async function call(app: Hono, path: string, method = "GET"): Promise<{ status: number; body: unknown }> {
  const res = await app.request(`http://${HOST}${path}`, { method, headers: { host: HOST } });
  return { status: res.status, body: await res.json() };
}

const code = (a: { body: unknown }) => (a.body as { error?: { code?: string } }).error?.code;

describe.each(STORE_TARGETS)("recently deleted, on $name", (target) => {
  let dir: string;
  let store: Store;
  let cleanup: () => Promise<void>;
  let clock: number;
  const logs: string[] = [];
  const serve = (keepFolder = join(dir, "kept")) =>
    buildApp({ store, now: () => new Date(clock), log: (l) => logs.push(l), hosts: [HOST], keepFolder });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "debrief-deleted-"));
    const made = await target.create();
    cleanup = made.cleanup;
    clock = NOW;
    store = await openWorkspace({ DEBRIEF_DATABASE_URL: made.location }, new Date(NOW).toISOString());
    for (const company of ["Brackenridge Tiles", "Copperfen Studio"])
      await createApplication(store, { company, role: "Designer" }, new Date(NOW).toISOString());
  });

  afterEach(async () => {
    await closeStore(store);
    await cleanup();
    await rm(dir, { recursive: true, force: true });
    expect(logs).toEqual([]);
  });

  it("lists what can be put back, newest first, and a restart of the server keeps the undo", async () => {
    const first = serve();
    expect((await call(first, "/api/deleted")).body).toEqual([]);
    const a = await call(first, "/api/applications/brackenridge?confirm=yes", "DELETE");
    clock += 60_000;
    const b = await call(first, "/api/applications/copperfen?confirm=yes", "DELETE");
    expect([a.status, b.status]).toEqual([200, 200]);
    const bId = (b.body as { applicationId: number }).applicationId;

    // The server is started again: the list and the undo are still there.
    const again = serve();
    const listed = (await call(again, "/api/deleted")).body as Listed[];
    expect(listed.map((l) => l.company)).toEqual(["Copperfen Studio", "Brackenridge Tiles"]);
    expect(Date.parse(listed[0]?.restorableUntil ?? "") - Date.parse(listed[0]?.deletedAt ?? "")).toBe(
      RESTORE_MS,
    );
    // Where the export lies is the server's business, not the page's.
    expect(Object.keys(listed[0] ?? {}).sort()).toEqual([
      "applicationId",
      "company",
      "deletedAt",
      "restorableUntil",
    ]);
    const back = await call(again, `/api/applications/${bId}/restore`, "POST");
    expect(back.status).toBe(200);
    expect((await call(again, "/api/applications/copperfen")).status).toBe(200);
    expect(((await call(again, "/api/deleted")).body as Listed[]).map((l) => l.company)).toEqual([
      "Brackenridge Tiles",
    ]);

    // Past the window: no longer listed, and refused; the export stays for an import by hand.
    clock += RESTORE_MS;
    expect((await call(again, "/api/deleted")).body).toEqual([]);
    const late = await call(again, `/api/applications/${(a.body as Listed).applicationId}/restore`, "POST");
    expect(code(late)).toBe("not-restorable");
    expect((await readdir(join(dir, "kept"))).filter((f) => f.startsWith("debrief-deleted-"))).toHaveLength(
      1,
    );
  });

  it("offers nothing whose export is gone, and nothing of another workspace in the same folder", async () => {
    const app = serve();
    const gone = await call(app, "/api/applications/brackenridge?confirm=yes", "DELETE");
    await rm((gone.body as { keptAt: string }).keptAt);
    expect((await call(app, "/api/deleted")).body).toEqual([]);
    expect(
      code(await call(app, `/api/applications/${(gone.body as Listed).applicationId}/restore`, "POST")),
    ).toBe("not-restorable");

    // A second workspace keeping its exports in the same folder sees none of the first one's deletes.
    await call(app, "/api/applications/copperfen?confirm=yes", "DELETE");
    const other = await target.create();
    const otherStore = await openWorkspace(
      { DEBRIEF_DATABASE_URL: other.location },
      new Date(NOW).toISOString(),
    );
    try {
      const beside = buildApp({
        store: otherStore,
        now: () => new Date(clock),
        log: (l) => logs.push(l),
        hosts: [HOST],
        keepFolder: join(dir, "kept"),
      });
      expect((await call(beside, "/api/deleted")).body).toEqual([]);
      expect(recentlyDeletedFile(otherStore, "/k")).not.toBe(recentlyDeletedFile(store, "/k"));
    } finally {
      await closeStore(otherStore);
      await other.cleanup();
    }
    expect(((await call(app, "/api/deleted")).body as Listed[]).map((l) => l.company)).toEqual([
      "Copperfen Studio",
    ]);
  });

  it("reads a damaged list as empty, and writes a good one over it at the next delete", async () => {
    const app = serve();
    await call(app, "/api/applications/brackenridge?confirm=yes", "DELETE");
    const file = recentlyDeletedFile(store, join(dir, "kept"));
    await writeFile(file, "{ not json");
    expect((await call(app, "/api/deleted")).body).toEqual([]);
    await call(app, "/api/applications/copperfen?confirm=yes", "DELETE");
    expect(((await call(app, "/api/deleted")).body as Listed[]).map((l) => l.company)).toEqual([
      "Copperfen Studio",
    ]);
  });
});
