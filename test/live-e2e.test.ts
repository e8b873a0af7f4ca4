import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { appendFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_013, itShared } from "./shared.js";

/*
 * `debrief live`, spawned as a person runs it: on a caption file that the test appends to while it
 * runs, and on lines written to its standard input. Not a terminal, so it writes JSON lines.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const NOW = "2026-02-03T18:45:00-08:00";
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Running {
  stdout: () => string;
  write: (s: string) => void;
  end: () => void;
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function spawnDebrief(args: string[]): Running {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: "1" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  return {
    stdout: () => stdout,
    write: (s) => child.stdin.write(s),
    end: () => child.stdin.end(),
    exited: new Promise((done) => child.on("close", (code) => done({ code, stdout, stderr }))),
  };
}

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  for (const started = Date.now(); !check() && Date.now() - started < ms; ) await pause(50);
}

interface Line {
  type: string;
  [key: string]: unknown;
}
const linesOf = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Line);

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "debrief-live-e2e-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("debrief live (spawned)", () => {
  itShared("follows a file as it is appended, a JSON line per change, and ends after --idle", async () => {
    const text = readFileSync(join(CASE_013, "transcript.vtt"), "utf8");
    const file = join(tmp, "captions.vtt");
    await writeFile(file, text.slice(0, 3000));
    const live = spawnDebrief(["live", file, "--idle", "1", "--now", NOW]);
    await until(() => live.stdout().includes('"type":"update"'));
    const step = Math.ceil((text.length - 3000) / 4);
    for (let at = 3000; at < text.length; at += step) {
      await appendFile(file, text.slice(at, at + step));
      await pause(350);
    }
    const r = await live.exited;
    expect(r.code, r.stderr).toBe(0);
    const lines = linesOf(r.stdout);
    expect(lines.filter((l) => l.type === "update").length).toBeGreaterThanOrEqual(3);
    const final = lines.at(-1) as Line & { signals: { id: string }[]; read: { band: string } };
    expect(final.type).toBe("final");
    expect(final.signals.map((s) => s.id)).toContain("deep-follow-ups");
    expect(final.read.band).toBe("strong");
  });

  it("reads lines written to its standard input, and ends with the input", async () => {
    const live = spawnDebrief(["live", "--me", "Sam Roe", "--now", NOW]);
    live.write("Pat Lee: Thanks for coming in. What salary are you expecting?\n");
    live.write("Sam Roe: Around ninety.\n");
    await until(() => live.stdout().includes('"type":"update"'));
    live.write("Pat Lee: When you join, you'd own the ingestion layer outright.\nSam Roe: Great.\n");
    live.end();
    const r = await live.exited;
    expect(r.code, r.stderr).toBe(0);
    const lines = linesOf(r.stdout);
    expect(lines[0]).toMatchObject({ type: "update", provisional: true, turns: 1 });
    const final = lines.at(-1) as Line & { signals: { id: string }[] };
    expect(final.type).toBe("final");
    expect(final.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining(["compensation-discussed", "pictured-in-role"]),
    );
  });
});
