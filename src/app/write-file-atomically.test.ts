import { execFileSync } from "node:child_process";
import { chmod, lstat, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeStore, openWorkspace } from "./open-workspace.js";
import { writeFileAtomically } from "./write-file-atomically.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "debrief-write-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe.skipIf(process.platform === "win32")("private files, written safely", () => {
  it("a new file is readable by its owner only; a file that is there keeps its permissions", async () => {
    const fresh = join(dir, "backup.json");
    await writeFileAtomically(fresh, "{}");
    expect(await modeOf(fresh)).toBe(0o600);
    const shared = join(dir, "shared.json");
    await writeFile(shared, "old");
    await chmod(shared, 0o640);
    await writeFileAtomically(shared, "new");
    expect(await modeOf(shared)).toBe(0o640);
    expect(await readFile(shared, "utf8")).toBe("new");
  });

  it("writes through a link, deliberately, and keeps the link", async () => {
    const real = join(dir, "real.json");
    await writeFile(real, "old");
    await chmod(real, 0o600);
    const link = join(dir, "link.json");
    await symlink(real, link);
    await writeFileAtomically(link, "new");
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await readFile(real, "utf8")).toBe("new");
    expect(await modeOf(real)).toBe(0o600);
  });

  it("refuses to replace anything but a regular file", async () => {
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    await expect(writeFileAtomically(fifo, "x")).rejects.toMatchObject({ code: "not-a-file" });
    expect((await lstat(fifo)).isFIFO()).toBe(true);
    await expect(writeFileAtomically(dir, "x")).rejects.toMatchObject({ code: "not-a-file" });
  });

  it("makes a new workspace's folder 0700 and its database 0600", async () => {
    const home = join(dir, "nested", "home");
    const store = await openWorkspace({ DEBRIEF_HOME: home }, "2026-03-10T12:00:00.000Z");
    await closeStore(store);
    expect(await modeOf(home)).toBe(0o700);
    expect(await modeOf(join(home, "debrief.sqlite"))).toBe(0o600);
  });
});
