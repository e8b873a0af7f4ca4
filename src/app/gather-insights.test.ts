import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeWorkspace } from "../../scripts/make-workspace.js";
import { STORE_TARGETS } from "../../test/store-targets.js";
import { closeStore, openStore, type Store } from "../store/workspace-store.js";
import { gatherInsights } from "./gather-insights.js";

const NOW = "2026-06-01T09:00:00Z";

describe.each(STORE_TARGETS)("insights a page of applications at a time on $name", (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const made = await target.create();
    cleanup = made.cleanup;
    store = await openStore(made.location, NOW);
    await makeWorkspace(store, 31, NOW);
  });
  afterAll(async () => {
    await closeStore(store);
    await cleanup();
  });

  it("weighs every application once, whatever the page size", async () => {
    const whole = await gatherInsights(store);
    expect(whole.totals.applications).toBe(31);
    expect(whole.totals.decided).toBeGreaterThan(0);
    expect(whole.signals.length).toBeGreaterThan(0);
    for (const pageSize of [1, 4, 30]) expect(await gatherInsights(store, { pageSize })).toEqual(whole);
  });
});
