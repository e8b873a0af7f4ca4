import { stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sqliteTarget } from "../../test/store-targets.js";
import { closeStore, openStore, type Store } from "../store/workspace-store.js";
import { deleteApplication } from "./edit-applications.js";
import { InputError } from "./input-error.js";
import { restoreDeletedApplication } from "./restore-application.js";
import { createApplication, editApplication } from "./track-applications.js";
import { listApplications } from "./workspace-views.js";

const NOW = "2026-03-05T12:00:00.000Z";

describe("restoreDeletedApplication", () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let folder: string;
  beforeEach(async () => {
    const target = await sqliteTarget.create();
    cleanup = target.cleanup;
    folder = dirname(target.location);
    store = await openStore(target.location, NOW);
  });
  afterEach(async () => {
    await closeStore(store);
    await cleanup();
  });

  it("puts an application back with its details, under its own id", async () => {
    const { applicationId } = await createApplication(
      store,
      { company: "Wrenfield Optics", role: "QA lead" },
      NOW,
    );
    await editApplication(store, String(applicationId), { link: "https://jobs.wrenfield.example/3" }, NOW);
    const before = await listApplications(store, NOW);
    const gone = await deleteApplication(store, String(applicationId), { now: NOW, keepFolder: folder });
    expect(await listApplications(store, NOW)).toEqual([]);
    const report = await restoreDeletedApplication(store, gone.keptAt);
    expect(report).toMatchObject({ applicationId, company: "Wrenfield Optics" });
    expect(report.rows).toMatchObject({ applications: 1, application_details: 1 });
    expect(await listApplications(store, NOW)).toEqual(before);
    // Its copy is no longer needed: a second delete at the same time keeps one by the same name.
    expect(await stat(gone.keptAt).catch(() => undefined)).toBeUndefined();
    const again = await deleteApplication(store, String(applicationId), { now: NOW, keepFolder: folder });
    expect(again.keptAt).toBe(gone.keptAt);
  });

  it("refuses, writing nothing, when its id was taken since", async () => {
    const { applicationId } = await createApplication(store, { company: "Wrenfield Optics" }, NOW);
    const gone = await deleteApplication(store, String(applicationId), { now: NOW, keepFolder: folder });
    const other = await createApplication(store, { company: "Yewbank Freight" }, NOW);
    expect(other.applicationId).toBe(applicationId);
    const error = await restoreDeletedApplication(store, gone.keptAt).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("restore-conflict");
    expect((await listApplications(store, NOW)).map((a) => a.company)).toEqual(["Yewbank Freight"]);
  });

  it("refuses a file that is not a deleted application's export, and one that is gone", async () => {
    const path = join(folder, "not-an-export.json");
    await writeFile(path, JSON.stringify({ format: "something-else", tables: {} }));
    for (const file of [path, join(folder, "missing.json")]) {
      const error = await restoreDeletedApplication(store, file).catch((e) => e);
      expect((error as InputError).code).toBe("not-restorable");
    }
  });
});
