import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CASE_013 = "/work/shared/corpus/cases/013-startup-eng-fast-track";
const NOW = "2026-02-03T18:45:00-08:00";

/** Spawns the real CLI from source, as `npm run debrief` does, and waits for it to exit. */
function spawnDebrief(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", join(ROOT, "src/cli/main.ts"), ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

describe("debrief (spawned)", () => {
  it.skipIf(!existsSync(CASE_013))("analyze <case> --json exits 0 with the contract on stdout", async () => {
    const r = await spawnDebrief(["analyze", CASE_013, "--json", "--now", NOW]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      signals: { evidence: unknown[] }[];
      read: { band: string };
      actions: unknown[];
    };
    expect(["strong", "promising", "mixed", "weak"]).toContain(doc.read.band);
    expect(doc.signals.length).toBeGreaterThan(0);
    expect(Array.isArray(doc.actions)).toBe(true);
  });

  it("bad input exits 1 with an error line and no stack", async () => {
    const r = await spawnDebrief(["analyze", join(ROOT, "no-such-case-folder"), "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: ");
    expect(r.stderr).not.toContain("    at ");
    expect(r.stdout).toBe("");
  });
});
