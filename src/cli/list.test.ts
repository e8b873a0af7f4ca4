import pc from "picocolors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeWorkspace } from "../../scripts/make-workspace.js";
import { STORE_TARGETS } from "../../test/store-targets.js";
import { debrief } from "../../test/workspace-cli-cases.js";
import { closeStore, openWorkspace, type Store } from "../app/open-workspace.js";
import { type ListFilter, listApplications } from "../app/workspace-views.js";
import { renderList } from "./list.js";

const NOW = "2026-06-01T09:00:00Z";

describe.each(STORE_TARGETS)("debrief list on $name", (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let location: string;

  beforeAll(async () => {
    const made = await target.create();
    ({ cleanup, location } = made);
    store = await openWorkspace({ DEBRIEF_DATABASE_URL: location }, NOW);
    await makeWorkspace(store, 23, NOW);
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

  it("prints what the whole list printed, line for line and byte for byte, written a page at a time", async () => {
    const env = { DEBRIEF_DATABASE_URL: location, NO_COLOR: "1" };
    for (const filter of filters) {
      const flags = Object.entries(filter).flatMap(([k, v]) => [`--${k}`, String(v)]);
      const whole = await listApplications(store, NOW, filter);
      const json = await debrief(["list", "--json", "--now", NOW, ...flags], env);
      expect(json.stdout).toBe(`${JSON.stringify(whole, null, 2)}\n`);
      const text = await debrief(["list", "--now", NOW, ...flags], env);
      if (Object.keys(filter).length === 0) expect(whole.length).toBe(23);
      if (whole.length > 0) expect(text.stdout).toBe(renderList(whole, NOW, pc.createColors(false)));
    }
    expect((await debrief(["list", "--json", "--company", "no such"], env)).stdout).toBe("[]\n");
  });
});
