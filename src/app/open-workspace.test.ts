import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeStore, openWorkspace } from "./open-workspace.js";

const NOW = "2026-03-10T12:00:00.000Z";
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "debrief-open-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("opening a workspace", () => {
  it("refuses an empty file where the workspace was, with the way to restore it, and keeps the file", async () => {
    await writeFile(join(dir, "debrief.sqlite"), "");
    await expect(openWorkspace({ DEBRIEF_HOME: dir }, NOW)).rejects.toMatchObject({
      code: "workspace-unavailable",
      message: expect.stringMatching(/empty \(0 bytes\).*before-v\*\.bak.*debrief import/),
    });
    expect((await stat(join(dir, "debrief.sqlite"))).size).toBe(0);
  });

  it("after an unclean stop, checks the file first and refuses a damaged one with the way to restore it", async () => {
    const home = join(dir, "hurt");
    const store = await openWorkspace({ DEBRIEF_HOME: home }, NOW);
    await closeStore(store);
    const file = join(home, "debrief.sqlite");
    // Damage the second page (a table's), and leave a log behind as a killed run would.
    const bytes = await readFile(file);
    bytes.fill(0x5a, 4096, 8192);
    await writeFile(file, bytes);
    await writeFile(`${file}-wal`, "left by a run that was killed");
    await expect(openWorkspace({ DEBRIEF_HOME: home }, NOW)).rejects.toMatchObject({
      code: "workspace-unavailable",
      message: expect.stringMatching(/damaged.*Nothing was written to it.*before-v\*\.bak/),
    });
  });

  it("makes a new one whole, never leaving an empty file behind", async () => {
    const store = await openWorkspace({ DEBRIEF_HOME: join(dir, "new") }, NOW);
    await closeStore(store);
    expect((await stat(join(dir, "new", "debrief.sqlite"))).size).toBeGreaterThan(0);
    const again = await openWorkspace({ DEBRIEF_HOME: join(dir, "new") }, NOW);
    await closeStore(again);
  });
});
