import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeWorkspace } from "../../scripts/make-workspace.js";
import { STORE_TARGETS } from "../../test/store-targets.js";
import { writeApplicationDetails } from "../store/application-details.js";
import { readOverviewPages } from "../store/read-overview.js";
import { closeStore, openStore, type Store } from "../store/workspace-store.js";
import { applicationPages, countListed, detailedPages } from "./list-applications.js";
import { withDetails } from "./track-applications.js";
import { type ListFilter, listApplications } from "./workspace-views.js";

const NOW = "2026-06-01T09:00:00Z";

async function collect<T>(pages: AsyncIterable<{ summaries: T[] }>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...page.summaries);
  return out;
}

describe.each(STORE_TARGETS)("the list a page at a time on $name", (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const made = await target.create();
    cleanup = made.cleanup;
    store = await openStore(made.location, NOW);
    await makeWorkspace(store, 23, NOW);
    for (const id of [2, 9, 17])
      await writeApplicationDetails(store, id, { link: `https://jobs.example/${id}`, stage: "offer" }, NOW);
  });
  afterAll(async () => {
    await closeStore(store);
    await cleanup();
  });

  const filters: ListFilter[] = [
    {},
    { stage: "open" },
    { stage: "offer" },
    { band: "weak" },
    { company: "c" },
  ];

  it("gives the whole list's summaries, in its order, whatever the page size and filter", async () => {
    for (const filter of filters) {
      const whole = await listApplications(store, NOW, filter);
      expect(await countListed(store, NOW, filter)).toBe(whole.length);
      for (const pageSize of [1, 4, 23, 1000]) {
        const paged = await collect(applicationPages(store, NOW, filter, { pageSize }));
        expect(paged, JSON.stringify({ filter, pageSize })).toEqual(whole);
        const detailed = await collect(detailedPages(store, NOW, filter, { pageSize }));
        expect(detailed).toEqual(await withDetails(store, whole));
      }
    }
  });

  it("reads a page at a time: each page holds at most its size of applications, and the rows of those only", async () => {
    let pages = 0;
    for await (const page of readOverviewPages(store, { pageSize: 5 })) {
      pages++;
      expect(page.applications.length).toBeLessThanOrEqual(5);
      const ids = new Set(page.applications.map((a) => a.id));
      for (const row of [...page.rounds, ...page.actions, ...page.outcomes, ...page.lastMail])
        expect(ids.has(row.application_id)).toBe(true);
    }
    expect(pages).toBe(5);
  });

  it("starts after an id (a keyset cursor): the rest of the list", async () => {
    const whole = await listApplications(store, NOW);
    const after = whole[9]?.id ?? 0;
    expect(await collect(applicationPages(store, NOW, {}, { after, pageSize: 4 }))).toEqual(
      whole.filter((s) => s.id > after),
    );
  });
});
