import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/store-targets.js";
import { closeStore, openStore, type Store } from "../store/workspace-store.js";
import { addToWorkspace } from "./add-to-workspace.js";
import { reanalyzeWorkspace, setApplicationOutcome } from "./reanalyze-workspace.js";
import { listTodo } from "./workspace-views.js";

// Made-up notes with no date for the interview in them: the thank-you can only be counted from when
// they were filed.
const NOTES =
  "Halvard Pumps, call with Ines Korr about the service planner role.\n\n" +
  "Ines walked me through the spare-parts forecast they rebuild every quarter. She asked how I would plan a shutdown.\n";
const FILED = "2026-04-01T09:00:00Z";
const LATER = "2026-04-10T09:00:00Z";

describe.each(STORE_TARGETS)("an overdue thank-you stays overdue on $name", (target) => {
  let store: Store;
  let dir: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "debrief-overdue-"));
    let location: string;
    ({ location, cleanup } = await target.create());
    store = await openStore(location, FILED);
    await mkdir(join(dir, "halvard"), { recursive: true });
    await writeFile(join(dir, "halvard", "notes.md"), NOTES);
    await addToWorkspace(store, [join(dir, "halvard")], { now: FILED, application: "Halvard Pumps" });
  });
  afterEach(async () => {
    await closeStore(store);
    await cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  const thankYou = async (now: string) => (await listTodo(store, now)).find((t) => t.kind === "thank-you");

  it("after reanalyze and after 'outcome open', nine days on: not 'in 24 hours' again", async () => {
    const first = await thankYou(FILED);
    expect(first?.due).toBe("2026-04-02T09:00:00+00:00");
    expect(first?.isOverdue).toBe(false);
    await reanalyzeWorkspace(store, { now: LATER });
    const after = await thankYou(LATER);
    expect(after?.due).toBe(first?.due);
    expect(after?.isOverdue).toBe(true);
    expect(after?.why).toContain("within 24 hours of when you filed it, Wed 1 Apr");
    await setApplicationOutcome(store, "halvard", "open", LATER);
    expect((await thankYou(LATER))?.due).toBe(first?.due);
  });
});
