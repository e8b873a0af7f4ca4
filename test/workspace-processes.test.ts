import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, type FSWatcher, mkdtempSync, rmSync, watch } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TABLES as STORE_TABLES } from "../src/store/dump-rows.js";
import { generateMail, type MailMessage, writeMbox } from "./make-mbox.js";
import { postgresTarget } from "./store-targets.js";

/**
 * The workspace's promises, proved with real processes: `debrief add` spawned as a person runs it,
 * killed with SIGKILL at chosen moments (inside the write transaction among them), and run twice at
 * once against one SQLite file and one PostgreSQL database. The checks read the database directly.
 * No timing is asserted: every wait is for an event (a progress line, a file, an exit), bounded.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const NOW = "2026-03-01T12:00:00Z";
const PG_URL = process.env.DEBRIEF_TEST_DATABASE_URL;
const WITH_PG = Boolean(PG_URL) || process.env.DEBRIEF_TEST_REQUIRE_PG === "1";
/** A run that takes longer than this is killed and fails the test (a hang, or a lock never freed). */
const RUN_LIMIT_MS = 240_000;

/** The tables a filing writes to (the one-row `workspace` table is not one of them). */
const TABLES = STORE_TABLES.filter(
  (t): t is Exclude<(typeof STORE_TABLES)[number], "workspace"> => t !== "workspace",
);
type Counts = Record<(typeof TABLES)[number], number>;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The phase the run was in (by its last progress line) when this test sent SIGKILL. */
  killedIn?: "starting" | "reading" | "storing";
  storingLines: number;
}

/** When to send SIGKILL: at a progress line, some time into reading, or when the workspace file appears. */
type KillPoint =
  | { at: "first-storing" }
  | { at: "last-storing" }
  | { at: "reading"; afterMs: number }
  | { at: "workspace-file"; file: string };

const live = new Set<ChildProcess>();
const temps: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** Spawns the real CLI from source (as test/cli-e2e.test.ts does) and resolves when it has exited. */
function runDebrief(args: string[], workspace: Record<string, string>, kill?: KillPoint): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", ...workspace };
  if (!workspace.DEBRIEF_DATABASE_URL) delete env.DEBRIEF_DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), ...args], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    live.add(child);
    let stdout = "";
    let stderr = "";
    let pending = "";
    let phase: NonNullable<Run["killedIn"]> = "starting";
    let killedIn: Run["killedIn"];
    let storingLines = 0;
    let timer: NodeJS.Timeout | undefined;
    let watcher: FSWatcher | undefined;
    const killNow = () => {
      if (killedIn !== undefined || child.exitCode !== null || child.signalCode !== null) return;
      killedIn = phase;
      child.kill("SIGKILL");
    };
    const limit = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`debrief ${args.join(" ")} still running after ${RUN_LIMIT_MS} ms:\n${stderr}`));
    }, RUN_LIMIT_MS);
    const onLine = (line: string) => {
      const storing = /^storing (\d+)\/(\d+)$/.exec(line);
      if (storing) {
        phase = "storing";
        storingLines++;
        if (kill?.at === "first-storing" || (kill?.at === "last-storing" && storing[1] === storing[2]))
          killNow();
      } else if (line.startsWith("reading ") && phase === "starting") {
        phase = "reading";
        if (kill?.at === "reading") timer = setTimeout(killNow, kill.afterMs);
      }
    };
    child.stdout?.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr?.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
      pending += d;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) onLine(line);
    });
    if (kill?.at === "workspace-file") {
      const file = kill.file;
      watcher = watch(dirname(file), () => {
        if (existsSync(file)) killNow();
      });
      if (existsSync(file)) killNow();
    }
    child.on("error", reject);
    child.on("close", (code, signal) => {
      live.delete(child);
      clearTimeout(limit);
      if (timer) clearTimeout(timer);
      watcher?.close();
      resolve({ code, signal, stdout, stderr, storingLines, ...(killedIn ? { killedIn } : {}) });
    });
  });
}

const add = (paths: string[], workspace: Record<string, string>, kill?: KillPoint, extra: string[] = []) =>
  runDebrief(["add", ...paths, "--progress", "--now", NOW, ...extra], workspace, kill);

/** A fresh SQLite workspace: its DEBRIEF_HOME, and the file `debrief` keeps there. */
function sqliteHome(): { env: Record<string, string>; file: string } {
  const home = tempDir("debrief-proc-");
  return { env: { DEBRIEF_HOME: home }, file: join(home, "debrief.sqlite") };
}

interface SqliteState {
  integrity: string;
  foreignKeyProblems: number;
  counts: Counts;
  distinctHashes: number;
}

/**
 * Reads a SQLite workspace directly, read-only, so that a write-ahead log a killed process left
 * behind stays for the next `debrief` to recover. Tables that do not exist yet count 0.
 */
function inspectSqlite(file: string): SqliteState {
  // Opened as any program would open it, read-write: a read-only connection cannot run the recovery
  // that a write-ahead log left by a killed writer may need (SQLITE_READONLY_RECOVERY), and failed so
  // under load. Recovery is SQLite's to do on open; what is checked is what it leaves.
  const db = new SQLite(file, { fileMustExist: true, timeout: 60_000 });
  try {
    const integrity = String(db.pragma("integrity_check", { simple: true }));
    const foreignKeyProblems = (db.pragma("foreign_key_check") as unknown[]).length;
    const present = new Set(
      db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[],
    );
    const count = (sql: string, table: string) =>
      present.has(table) ? Number(db.prepare(sql).pluck().get()) : 0;
    const counts = Object.fromEntries(
      TABLES.map((t) => [t, count(`select count(*) from ${t}`, t)]),
    ) as Counts;
    return {
      integrity,
      foreignKeyProblems,
      counts,
      distinctHashes: count("select count(distinct sha256) from sources", "sources"),
    };
  } finally {
    db.close();
  }
}

async function inspectPostgres(url: string): Promise<{ counts: Counts; distinctHashes: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts = {} as Counts;
    for (const t of TABLES) {
      const r = await client.query<{ n: number }>(`select count(*)::int as n from ${t}`);
      counts[t] = r.rows[0]?.n ?? -1;
    }
    const d = await client.query<{ n: number }>("select count(distinct sha256)::int as n from sources");
    return { counts, distinctHashes: d.rows[0]?.n ?? -1 };
  } finally {
    await client.end();
  }
}

function sum(a: Counts, b: Counts): Counts {
  return Object.fromEntries(TABLES.map((t) => [t, a[t] + b[t]])) as Counts;
}

/** "all" or "none" of a complete ingest's rows, or "partial" (the bug this file is about). */
function allOrNone(counts: Counts, full: Counts): "all" | "none" | "partial" {
  if (TABLES.every((t) => counts[t] === full[t])) return "all";
  if (TABLES.every((t) => counts[t] === 0)) return "none";
  return "partial";
}

/** The report of `add --json`: how many sources it filed, found stored already, and plans it made again. */
function addReport(run: Run): { filed: number; duplicates: number; retries: number } {
  const r = JSON.parse(run.stdout) as {
    filed: { sources: string[] }[];
    duplicates: string[];
    retries: number;
  };
  return {
    filed: r.filed.reduce((n, f) => n + f.sources.length, 0),
    duplicates: r.duplicates.length,
    retries: r.retries,
  };
}

/** The companies of the big mbox: every one has hiring mail in it, so each is an application. */
const BIG_COMPANIES = 20;

const hiring = (mail: MailMessage[]) => mail.filter((m) => m.company >= 0);

let dir: string;
let big: { path: string; mail: MailMessage[]; bytes: number };
let halves: { a: string; b: string; mailA: MailMessage[]; mailB: MailMessage[] };

beforeAll(() => {
  dir = tempDir("debrief-mbox-");
  // Sized to give each kill point its moment (three storing lines, then the derived rows of every
  // application, all inside the write transaction), not more: with 1,500 messages this test was two
  // thirds of the suite's time on two cores.
  const mail = generateMail({ messages: 600, companies: BIG_COMPANIES, seed: 20260301 });
  const path = join(dir, "big.mbox");
  big = { path, mail, bytes: writeMbox(path, mail) };
  // Two inputs with no company in common: their complete ingests add up.
  const small = generateMail({ messages: 360, companies: 10, seed: 7 });
  const mailA = small.filter((m, i) => (m.company >= 0 ? m.company % 2 === 0 : i % 2 === 0));
  const mailB = small.filter((m, i) => (m.company >= 0 ? m.company % 2 === 1 : i % 2 === 1));
  halves = { a: join(dir, "half-a.mbox"), b: join(dir, "half-b.mbox"), mailA, mailB };
  writeMbox(halves.a, mailA);
  writeMbox(halves.b, mailB);
}, 60_000);

afterAll(() => {
  for (const child of live) child.kill("SIGKILL");
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** The counts of each half added alone to a fresh SQLite workspace, run once and shared. */
let halfRefs: Promise<{ a: Counts; b: Counts }> | undefined;
function referenceHalves(): Promise<{ a: Counts; b: Counts }> {
  halfRefs ??= (async () => {
    const homeA = sqliteHome();
    const homeB = sqliteHome();
    const [ra, rb] = await Promise.all([add([halves.a], homeA.env), add([halves.b], homeB.env)]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    const a = inspectSqlite(homeA.file).counts;
    const b = inspectSqlite(homeB.file).counts;
    expect(a.sources).toBe(hiring(halves.mailA).length);
    expect(b.sources).toBe(hiring(halves.mailB).length);
    return { a, b };
  })();
  return halfRefs;
}

describe("debrief add, killed with SIGKILL", () => {
  it("leaves a database that passes integrity_check and holds all or none of the ingest", async () => {
    const started = Date.now();
    const reference = sqliteHome();
    const points: { name: string; home: ReturnType<typeof sqliteHome>; kill: KillPoint }[] = [];
    const point = (name: string, kill: (file: string) => KillPoint) => {
      const home = sqliteHome();
      points.push({ name, home, kill: kill(home.file) });
    };
    point("when the workspace file appears", (file) => ({ at: "workspace-file", file }));
    point("150 ms into reading", () => ({ at: "reading", afterMs: 150 }));
    point("at the first storing line", () => ({ at: "first-storing" }));
    point("at the last storing line", () => ({ at: "last-storing" }));

    // All at once: the kills wait for events, not for time, so a busy machine only makes it slower.
    const [complete, ...killed] = await Promise.all([
      add([big.path], reference.env),
      ...points.map((p) => add([big.path], p.home.env, p.kill)),
    ]);
    if (!complete) throw new Error("no reference run");
    expect(complete.code, complete.stderr).toBe(0);
    const ref = inspectSqlite(reference.file);
    expect(ref.integrity).toBe("ok");
    const full = ref.counts;
    // Every message about hiring from a company's domain is filed, under one application per company;
    // the newsletters are left out.
    expect(full.sources).toBe(hiring(big.mail).length);
    expect(full.applications).toBe(BIG_COMPANIES);
    expect(full.messages).toBe(full.sources);
    expect(full.ingests).toBe(1);
    expect(ref.distinctHashes).toBe(full.sources);
    expect(complete.stdout).toContain(`${big.mail.length - full.sources} messages left out`);

    const outcomes: string[] = [];
    let insideTransaction = 0;
    for (const [i, p] of points.entries()) {
      const run = killed[i];
      if (!run) throw new Error(`no run for ${p.name}`);
      const wasKilled = run.signal === "SIGKILL";
      expect(existsSync(p.home.file), `${p.name}: the workspace file`).toBe(true);
      const state = inspectSqlite(p.home.file);
      expect(state.integrity, p.name).toBe("ok");
      expect(state.foreignKeyProblems, p.name).toBe(0);
      const held = allOrNone(state.counts, full);
      expect(held, `${p.name}: ${JSON.stringify(state.counts)} against ${JSON.stringify(full)}`).not.toBe(
        "partial",
      );
      expect(state.distinctHashes).toBe(state.counts.sources);
      // A run that was not killed finished by itself, and then it must have stored everything.
      if (!wasKilled) {
        expect(run.code, `${p.name}: ${run.stderr}`).toBe(0);
        expect(held).toBe("all");
      }
      if (wasKilled && run.killedIn === "storing") insideTransaction++;
      outcomes.push(
        `${p.name}: ${wasKilled ? `killed while ${run.killedIn}` : `exited ${run.code} first`} (${run.storingLines} storing lines seen), held ${held}`,
      );
    }
    // "storing" lines are printed between the sources' inserts, inside the write transaction: a run
    // killed after one was killed there (or, at worst, between the commit and its exit).
    expect(insideTransaction, outcomes.join("\n")).toBeGreaterThanOrEqual(1);

    // Nothing a killed run left blocks the next add. Run the mbox again to completion where a kill was
    // inside the transaction, and add the small mbox where the workspace file had only just been made
    // (a half-made schema, if any, must be finished).
    const storingKilled = points.find(
      (_, i) => killed[i]?.signal === "SIGKILL" && killed[i]?.killedIn === "storing",
    );
    const fileKilled = points.find((p) => p.kill.at === "workspace-file");
    if (!storingKilled || !fileKilled) throw new Error("no kill point to add again after");
    // Killed as its file appeared, that run cannot have stored anything.
    expect(killed[points.indexOf(fileKilled)]?.killedIn).toBe("starting");
    expect(allOrNone(inspectSqlite(fileKilled.home.file).counts, full)).toBe("none");
    const [rerun, small, refs] = await Promise.all([
      add([big.path], storingKilled.home.env),
      add([halves.a], fileKilled.home.env),
      referenceHalves(),
    ]);
    expect(rerun.code, `${storingKilled.name}, run again: ${rerun.stderr}`).toBe(0);
    const after = inspectSqlite(storingKilled.home.file);
    expect(after.integrity).toBe("ok");
    expect(after.counts, `${storingKilled.name}, run again`).toEqual(full);
    expect(after.distinctHashes).toBe(full.sources);
    expect(small.code, `${fileKilled.name}, then the small mbox: ${small.stderr}`).toBe(0);
    const afterSmall = inspectSqlite(fileKilled.home.file);
    expect(afterSmall.integrity).toBe("ok");
    expect(afterSmall.counts, `${fileKilled.name}, then the small mbox`).toEqual(refs.a);
    console.log(
      `SIGKILL: ${big.mail.length} messages, ${(big.bytes / 1024 / 1024).toFixed(1)} MB, ${full.sources} filed under ${full.applications} applications\n  ${outcomes.join("\n  ")}\n  ${insideTransaction} killed inside the write transaction, then added again to completion (${storingKilled.name}); ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 420_000);
});

describe("two debrief add processes at once", () => {
  it("both land in one SQLite workspace: the union of what each stores alone", async () => {
    const refs = await referenceHalves();
    const home = sqliteHome();
    const [a, b] = await Promise.all([
      add([halves.a], home.env, undefined, ["--json"]),
      add([halves.b], home.env, undefined, ["--json"]),
    ]);
    expect(a?.code, a?.stderr).toBe(0);
    expect(b?.code, b?.stderr).toBe(0);
    const state = inspectSqlite(home.file);
    expect(state.integrity).toBe("ok");
    expect(state.foreignKeyProblems).toBe(0);
    expect(state.counts).toEqual(sum(refs.a, refs.b));
    expect(state.distinctHashes).toBe(state.counts.sources);
    console.log(
      `SQLite, two inputs at once: retries ${addReport(a).retries} and ${addReport(b).retries}, ${state.counts.sources} sources`,
    );
  }, 300_000);

  it("both land when they add the same mbox, and it is stored once (SQLite)", async () => {
    const refs = await referenceHalves();
    const home = sqliteHome();
    const [a, b] = await Promise.all([
      add([halves.a], home.env, undefined, ["--json"]),
      add([halves.a], home.env, undefined, ["--json"]),
    ]);
    expect(a?.code, a?.stderr).toBe(0);
    expect(b?.code, b?.stderr).toBe(0);
    const state = inspectSqlite(home.file);
    expect(state.integrity).toBe("ok");
    expect(state.counts).toEqual(refs.a);
    expect(state.distinctHashes).toBe(refs.a.sources);
    // One of them filed every message; the other found each one stored already.
    const ra = addReport(a);
    const rb = addReport(b);
    expect(ra.filed + rb.filed).toBe(refs.a.sources);
    expect(Math.min(ra.filed, rb.filed)).toBe(0);
    expect(Math.max(ra.duplicates, rb.duplicates)).toBe(refs.a.sources);
    console.log(`SQLite, the same mbox at once: retries ${ra.retries} and ${rb.retries}`);
  }, 300_000);

  it.skipIf(!WITH_PG)(
    "both land in one PostgreSQL database, with two inputs or the same one",
    async () => {
      const refs = await referenceHalves();
      const union = await postgresTarget.create();
      const same = await postgresTarget.create();
      try {
        const two = { DEBRIEF_DATABASE_URL: union.location };
        const [a, b] = await Promise.all([
          add([halves.a], two, undefined, ["--json"]),
          add([halves.b], two, undefined, ["--json"]),
        ]);
        expect(a?.code, a?.stderr).toBe(0);
        expect(b?.code, b?.stderr).toBe(0);
        const both = await inspectPostgres(union.location);
        expect(both.counts).toEqual(sum(refs.a, refs.b));
        expect(both.distinctHashes).toBe(both.counts.sources);

        const one = { DEBRIEF_DATABASE_URL: same.location };
        const [c, d] = await Promise.all([
          add([halves.a], one, undefined, ["--json"]),
          add([halves.a], one, undefined, ["--json"]),
        ]);
        expect(c?.code, c?.stderr).toBe(0);
        expect(d?.code, d?.stderr).toBe(0);
        const once = await inspectPostgres(same.location);
        expect(once.counts).toEqual(refs.a);
        expect(once.distinctHashes).toBe(refs.a.sources);
        const rc = addReport(c);
        const rd = addReport(d);
        expect(rc.filed + rd.filed).toBe(refs.a.sources);
        expect(Math.min(rc.filed, rd.filed)).toBe(0);
        expect(Math.max(rc.duplicates, rd.duplicates)).toBe(refs.a.sources);
        console.log(
          `PostgreSQL: two inputs at once, retries ${addReport(a).retries} and ${addReport(b).retries}; the same mbox at once, retries ${rc.retries} and ${rd.retries}`,
        );
      } finally {
        await union.cleanup();
        await same.cleanup();
      }
    },
    300_000,
  );
});
