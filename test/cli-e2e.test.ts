import { execFile, spawn } from "node:child_process";
import { existsSync, openSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CASE_013, itShared } from "./shared.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
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
  itShared("analyze <case> --json exits 0 with the contract on stdout", async () => {
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

describe.skipIf(!existsSync("/dev/full"))("standard output on a full disk (/dev/full)", () => {
  /** Spawns the CLI with its standard output on /dev/full, where every write fails with ENOSPC. */
  function toFullDisk(args: string[], home: string): Promise<{ code: number | null; stderr: string }> {
    return new Promise((done) => {
      const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), ...args], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: "1", DEBRIEF_HOME: home },
        stdio: ["ignore", openSync("/dev/full", "w"), "pipe"],
      });
      let stderr = "";
      child.stderr?.on("data", (d) => {
        stderr += String(d);
      });
      child.on("close", (code) => done({ code, stderr }));
    });
  }

  it.each([["export"], ["export", "--csv"], ["list"], ["where"]])(
    "debrief %s > /dev/full: exit 1, told the disk is full, no stack",
    async (...args) => {
      const home = await mkdtemp(join(tmpdir(), "debrief-full-"));
      try {
        const r = await toFullDisk(args, home);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(
          /^error: standard output: the disk is full; what was written is incomplete\nhint: /m,
        );
        expect(r.stderr).not.toContain("    at ");
      } finally {
        await rm(home, { recursive: true, force: true });
      }
    },
  );
});
