import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Io } from "./io.js";
import { run } from "./main.js";

// Everyone and everything here is made up.
const NOW = "2026-03-12T12:00:00Z";

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function debrief(argv: string[], env: Record<string, string>): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdin: Readable.from([]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    now: () => new Date(NOW),
  };
  const code = await run(argv, io);
  expect(stderr, argv.join(" ")).not.toContain("    at ");
  return { code, stdout, stderr };
}

describe("debrief app", () => {
  let home: string;
  let env: Record<string, string>;

  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), "debrief-app-"));
    env = { DEBRIEF_HOME: join(home, "ws"), NO_COLOR: "1" };
    const notes = {
      "pellam/notes.md": "# Pellam Freight: route planner, phone screen\n\nNoor asked about shift rotas.\n",
      "pellam-2/notes.md": "Second round with the ops leads, a case study on depot moves.\n",
    };
    for (const [path, text] of Object.entries(notes)) {
      await mkdir(join(home, path, ".."), { recursive: true });
      await writeFile(join(home, path), text);
    }
    expect((await debrief(["add", join(home, "pellam")], env)).code).toBe(0);
    expect((await debrief(["add", join(home, "pellam-2"), "--application", "Pelam"], env)).code).toBe(0);
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it("renames, and says what it was and is", async () => {
    const r = await debrief(
      ["app", "rename", "pelam", "--company", "Pellam Freight (ops)", "--role", "Ops analyst"],
      env,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("2  Pelam → Pellam Freight (ops), Ops analyst\n");
  });

  it("merges B into A and says which rounds moved", async () => {
    const r = await debrief(["app", "merge", "1", "2", "--json"], env);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { into: { applicationId: number }; rounds: { number: number }[] };
    expect(report.into.applicationId).toBe(1);
    expect(report.rounds.map((x) => x.number)).toEqual([1, 2]);
    const list = JSON.parse((await debrief(["list", "--json"], env)).stdout) as {
      id: number;
      rounds: number;
    }[];
    expect(list.map((a) => [a.id, a.rounds])).toEqual([[1, 2]]);
  });

  it("will not merge an application into itself, nor name one that is not there", async () => {
    const self = await debrief(["app", "merge", "1", "pellam freight"], env);
    expect(self.code).toBe(1);
    expect(self.stderr).toMatch(/^error: .*same application/);
    const missing = await debrief(["app", "merge", "1", "9"], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('error: no application matches "9"');
  });

  it("off a terminal, deletes only with --yes, keeping an export beside the workspace first", async () => {
    const refused = await debrief(["app", "delete", "2"], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("error: not deleting application 2 Pelam without a confirmation");
    expect(refused.stderr).toContain("hint: add --yes");
    expect(JSON.parse((await debrief(["list", "--json"], env)).stdout)).toHaveLength(2);

    const r = await debrief(["app", "delete", "2", "--yes"], env);
    expect(r.code).toBe(0);
    const kept = join(home, "ws", "debrief-deleted-2-pelam-2026-03-12T12-00-00Z.json");
    expect(r.stdout).toContain(`Its rows were kept first in ${kept}`);
    expect(existsSync(kept)).toBe(true);
    expect(JSON.parse(await readFile(kept, "utf8")).tables.sources).toHaveLength(1);
    expect(JSON.parse((await debrief(["list", "--json"], env)).stdout)).toHaveLength(1);
  });

  it("deletes with --keep FILE", async () => {
    const keep = join(home, "pelam.json");
    const r = await debrief(["app", "delete", "pelam", "--yes", "--keep", keep], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(await readFile(keep, "utf8")).application.company).toBe("Pelam");
  });
});
