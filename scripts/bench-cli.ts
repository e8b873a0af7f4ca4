/**
 * The bench's process-level figures, each from child processes of the built CLI (scripts/measure-cli.ts):
 *
 * - Start-up: `--version`, `--help`, `analyze` of a one-line note and of a 90-minute transcript, as
 *   ratios to `node -e 0` measured in the same run, with their targets.
 * - A workspace that scales: workspaces of 1k, 10k and 50k applications generated straight through the
 *   store (scripts/make-workspace.ts), SQLite, and PostgreSQL when DEBRIEF_TEST_DATABASE_URL is set;
 *   each command's CPU time and peak RSS, and how much each grows from one size to the next (linear
 *   work grows ×10 from 1k to 10k and ×5 from 10k to 50k).
 *
 * `npm run bench` runs them after its in-process figures; `npm run bench -- --only workspace --scale
 * 1000,10000` runs one part alone.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { closeStore, openStore } from "../src/store/workspace-store.js";
import { postgresTarget, type StoreTarget, sqliteTarget } from "../test/store-targets.js";
import { makeWorkspace } from "./make-workspace.js";
import { formatMb, formatMs, medianOf, medianRun, runMeasured, type Usage } from "./measure-cli.js";

const NOW = "2026-06-01T09:00:00Z";
const REPEATS = Number(process.env.BENCH_CLI_REPEATS ?? 7);

/** The startup targets of issue 17, as ratios to bare node or as CPU milliseconds. */
export function benchStartup(cli: { main: string; hook: string }, transcriptVtt: string): void {
  const dir = mkdtempSync(join(tmpdir(), "debrief-bench-start-"));
  try {
    const note = join(dir, "note.md");
    writeFileSync(note, "She asked when I could start.\n");
    const transcript = join(dir, "transcript.vtt");
    writeFileSync(transcript, transcriptVtt);
    // Round by round, each command once a round, so that a neighbour's load falls on all of them
    // alike: measured one command after another, the note's runs and the transcript's saw different
    // moments of a busy machine, and the transcript's extra over the note swung by 40 ms run to run.
    const commands = [
      ["-e", "0"],
      [cli.main, "--version"],
      [cli.main, "--help"],
      [cli.main, "analyze", note, "--now", NOW],
      [cli.main, "analyze", transcript, "--now", NOW, "--me", "Sam Candidate"],
    ];
    const runs: Usage[][] = commands.map(() => []);
    for (let round = 0; round < REPEATS; round++)
      for (const [k, args] of commands.entries()) runs[k]?.push(runMeasured(cli.hook, args, { cwd: dir }));
    const [bare, version, help, short, long] = runs.map(medianOf) as [Usage, Usage, Usage, Usage, Usage];
    for (const [what, u] of [
      ["--version", version],
      ["--help", help],
      ["analyze note", short],
      ["analyze 90 min", long],
    ] as const)
      if (u.status !== 0) console.log(`  (${what} exited ${u.status}: ${u.stderr.trim().slice(0, 200)})`);
    const failed = [version, help, short, long].some((u) => u.status !== 0);
    if (failed) console.log("  a run failed: the figures below are not the CLI's");
    const ratio = (u: Usage) => (u.cpuMs / bare.cpuMs).toFixed(2);
    const mark = (ok: boolean) => (ok && !failed ? "met" : "NOT MET");
    console.log(
      `start-up (CPU, median of ${REPEATS} runs of the built CLI; node -e 0 costs ${formatMs(bare.cpuMs)} and ${formatMb(bare.peakRss)} here):`,
    );
    console.log(
      `  --version: ${formatMs(version.cpuMs)}, ${ratio(version)}× bare node, ${formatMb(version.peakRss)} (target within 2×: ${mark(version.cpuMs <= 2 * bare.cpuMs)})`,
    );
    console.log(
      `  --help: ${formatMs(help.cpuMs)}, ${ratio(help)}× bare node, ${formatMb(help.peakRss)} (target within 2×: ${mark(help.cpuMs <= 2 * bare.cpuMs)})`,
    );
    console.log(
      `  analyze of a one-line note: ${formatMs(short.cpuMs)}, ${ratio(short)}× bare node, ${formatMb(short.peakRss)} (target < 300 ms: ${mark(short.cpuMs < 300)})`,
    );
    const extra = long.cpuMs - short.cpuMs;
    console.log(
      `  analyze of a 90-minute transcript: ${formatMs(long.cpuMs)}, ${formatMs(extra)} more than the note, ${formatMb(long.peakRss)} (target < 100 ms more: ${mark(extra < 100)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Row {
  command: string;
  usage: Usage;
}

/** Every workspace command on a generated workspace of `size` applications. */
async function measureSize(
  cli: { main: string; hook: string },
  target: StoreTarget,
  size: number,
): Promise<{ rows: Row[]; exportBytes: number; seconds: number }> {
  const made = await target.create();
  const imported = await target.create();
  const files = mkdtempSync(join(tmpdir(), "debrief-bench-ws-"));
  try {
    const t0 = performance.now();
    const store = await openStore(made.location, NOW);
    await makeWorkspace(store, size, NOW);
    await closeStore(store);
    const seconds = (performance.now() - t0) / 1000;
    const env = { DEBRIEF_DATABASE_URL: made.location };
    const cmd = (args: string[], over: Record<string, string> = env) =>
      runMeasured(cli.hook, [cli.main, ...args], { env: over, cwd: files });
    // A route as the server answers it, in a process of its own: the compiled app over the workspace, its
    // answer read to the end and counted, so the figure is the route's and not the client's.
    const api = (path: string) =>
      runMeasured(cli.hook, [join(dirname(cli.main), "..", "dist", "bench-route.mjs"), path], {
        env: { ...env, BENCH_NOW: NOW },
        cwd: files,
      });
    const middle = String(Math.ceil(size / 2));
    const exportFile = join(files, "export.json");
    const rows: Row[] = [
      { command: "list", usage: cmd(["list", "--now", NOW]) },
      { command: "list --json", usage: cmd(["list", "--json", "--now", NOW]) },
      { command: "GET /api/applications", usage: api("/api/applications") },
      { command: "todo", usage: cmd(["todo", "--now", NOW]) },
      {
        command: "show (the middle one, by id)",
        usage: medianRun(3, () => cmd(["show", middle, "--now", NOW])),
      },
      { command: "insights", usage: cmd(["insights"]) },
      { command: "export", usage: cmd(["export", exportFile]) },
    ];
    const exportBytes = statSync(exportFile).size;
    rows.push({
      command: "import",
      usage: cmd(["import", exportFile], { DEBRIEF_DATABASE_URL: imported.location }),
    });
    for (const r of rows)
      if (r.usage.status !== 0)
        console.log(`    (${r.command} exited ${r.usage.status}: ${r.usage.stderr.trim().slice(0, 300)})`);
    return { rows, exportBytes, seconds };
  } finally {
    rmSync(files, { recursive: true, force: true });
    await made.cleanup();
    await imported.cleanup();
  }
}

/** Answers one GET of the compiled server's app over $DEBRIEF_DATABASE_URL, its body read and counted. */
const BENCH_ROUTE = `import { openWorkspace, closeStore } from "./app/open-workspace.js";
import { buildApp } from "./server/build-app.js";
const now = process.env.BENCH_NOW;
const store = await openWorkspace(process.env, now);
const host = "127.0.0.1:4820";
const app = buildApp({ store, now: () => new Date(now), log: () => {}, hosts: [host] });
const res = await app.request("http://" + host + process.argv[2], { headers: { host } });
let bytes = 0;
for await (const chunk of res.body) bytes += chunk.length;
await closeStore(store);
if (res.status !== 200 || bytes < 2) throw new Error(res.status + ": " + bytes + " bytes");
`;

/** The 50k targets of issue 17, by command: CPU time without start-up, or peak memory. */
const TARGETS: Record<string, (cpuMs: number, u: Usage) => string> = {
  list: (ms) => `< 2 s: ${ms < 2000 ? "met" : "NOT MET"}`,
  GET: (ms) => `< 2 s: ${ms < 2000 ? "met" : "NOT MET"}`,
  insights: (ms) => `< 2 s: ${ms < 2000 ? "met" : "NOT MET"}`,
  show: (ms) => `< 100 ms: ${ms < 100 ? "met" : "NOT MET"}`,
  export: (_, u) => `< 300 MB: ${u.peakRss < 300 * 1024 * 1024 ? "met" : "NOT MET"}`,
  import: (_, u) => `< 300 MB: ${u.peakRss < 300 * 1024 * 1024 ? "met" : "NOT MET"}`,
};

/**
 * Each command's CPU time with its start-up left out (the same command on a workspace of one application,
 * as the issue counts it), its peak RSS, and its growth from the size before.
 */
export async function benchWorkspace(cli: { main: string; hook: string }, sizes: number[]): Promise<void> {
  writeFileSync(join(dirname(cli.main), "..", "dist", "bench-route.mjs"), BENCH_ROUTE);
  const targets = [sqliteTarget, ...(process.env.DEBRIEF_TEST_DATABASE_URL ? [postgresTarget] : [])];
  console.log(
    `a workspace that scales: each command as a child process of the built CLI, by number of applications (${sizes.map((n) => n.toLocaleString("en-US")).join(", ")}; --scale sets them)`,
  );
  console.log(
    "  CPU time less the command's start-up (its run on one application, in brackets), peak RSS, growth",
  );
  for (const target of targets) {
    const base = await measureSize(cli, target, 1);
    const bySize: Awaited<ReturnType<typeof measureSize>>[] = [];
    for (const size of sizes) bySize.push(await measureSize(cli, target, size));
    console.log(
      `  ${target.name}: generated in ${bySize.map((b) => `${b.seconds.toFixed(1)} s`).join(", ")}; exports of ${bySize.map((b) => formatMb(b.exportBytes)).join(", ")}`,
    );
    for (const [k, row] of base.rows.entries()) {
      const startup = row.usage.cpuMs;
      const own = (u: Usage) => Math.max(0, u.cpuMs - startup);
      const cells = bySize.map((b, s) => {
        const u = b.rows[k]?.usage;
        const before = bySize[s - 1]?.rows[k]?.usage;
        if (!u) return "";
        // A growth from next to nothing is noise, not a shape: shown from 20 ms on.
        const growth = before && own(before) >= 20 ? ` ×${(own(u) / own(before)).toFixed(1)}` : "";
        return `${formatMs(own(u))}${growth}, ${formatMb(u.peakRss)}`;
      });
      const last = bySize[bySize.length - 1]?.rows[k]?.usage;
      const name = row.command.split(" ")[0] ?? "";
      const goal = last && sizes[sizes.length - 1] === 50_000 ? TARGETS[name]?.(own(last), last) : undefined;
      console.log(
        `    ${row.command} (${formatMs(startup)}): ${cells.join(" | ")}${goal ? `  — at 50k ${goal}` : ""}`,
      );
    }
  }
}

/**
 * `reanalyze` of a generated workspace, in process so its memory can be watched as it goes: the time
 * per application and the heap after each tenth. Flat is the target: the last tenth costs what the
 * first did, and the heap does not grow with the applications done.
 */
export async function benchReanalyze(size: number): Promise<void> {
  const { reanalyzeWorkspace } = await import("../src/app/reanalyze-workspace.js");
  const made = await sqliteTarget.create();
  try {
    const store = await openStore(made.location, NOW);
    await makeWorkspace(store, size, NOW);
    const marks: { done: number; ms: number; heap: number }[] = [];
    const t0 = performance.now();
    let next = size / 10;
    await reanalyzeWorkspace(store, {
      now: NOW,
      onProgress: (done) => {
        if (done < next) return;
        next += size / 10;
        globalThis.gc?.();
        marks.push({ done, ms: performance.now() - t0, heap: process.memoryUsage().heapUsed });
      },
    });
    await closeStore(store);
    const per = (a: (typeof marks)[number] | undefined, b: (typeof marks)[number] | undefined) =>
      a && b ? (b.ms - a.ms) / Math.max(1, b.done - a.done) : Number.NaN;
    const first = per({ done: 0, ms: 0, heap: 0 }, marks[0]);
    const last = per(marks[marks.length - 2], marks[marks.length - 1]);
    console.log(
      `reanalyze: ${size.toLocaleString("en-US")} generated applications (two rounds and two messages each), in process (BENCH_REANALYZE sets the size)`,
    );
    console.log(
      `  ${first.toFixed(1)} ms per application in the first tenth, ${last.toFixed(1)} ms in the last (flat: about ×1)`,
    );
    console.log(
      `  heap${globalThis.gc ? " after a collection" : " (run with --expose-gc for a steadier figure)"} after each tenth: ${marks.map((m) => formatMb(m.heap)).join(", ")}`,
    );
  } finally {
    await made.cleanup();
  }
}

/** `--scale 1000,10000` and `--only startup` from the command line. */
export function benchArgs(argv: string[]): { sizes: number[]; only?: string } {
  const at = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const scale = at("--scale");
  const sizes = (scale ?? "1000,10000,50000")
    .split(",")
    .map((s) => Number(s.trim().replace(/k$/i, "000")))
    .filter((n) => Number.isInteger(n) && n > 0);
  const only = at("--only");
  return { sizes, ...(only ? { only } : {}) };
}
