/**
 * The CLI as a person runs it, measured from outside: each run is a child process of the built CLI, and
 * its CPU time (user + system) and peak RSS come from the child's own `process.resourceUsage()`,
 * written on exit to a pipe that only the bench reads. CPU time, not wall time: on a shared machine
 * wall time also counts everyone else's work.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleCli } from "./bundle-cli.js";

export interface Usage {
  /** CPU milliseconds, user + system. */
  cpuMs: number;
  /** Peak resident set size, bytes. */
  peakRss: number;
  wallMs: number;
  status: number | null;
  stderr: string;
}

/** Writes the child's usage to fd 3 as it exits; preloaded with --import, so every run pays the same for it. */
const REPORT_USAGE = `import { writeSync } from "node:fs";
process.on("exit", () => {
  const r = process.resourceUsage();
  try { writeSync(3, JSON.stringify({ cpu: r.userCPUTime + r.systemCPUTime, rss: r.maxRSS })); } catch {}
});
`;

/**
 * The CLI built from src/ as `npm run build` builds it (tsc, then the bundle and its code cache of
 * scripts/bundle-cli.ts) into a folder of its own (the repository's dist/ is left alone), with bin/,
 * package.json and examples/ beside it as the package has them; `main` is bin/debrief.js, the command a
 * person runs.
 */
export async function buildCli(): Promise<{ main: string; hook: string }> {
  const out = mkdtempSync(join(tmpdir(), "debrief-bench-cli-"));
  process.once("exit", () => rmSync(out, { recursive: true, force: true }));
  const root = join(import.meta.dirname, "..");
  const built = spawnSync(
    process.execPath,
    [
      join(root, "node_modules/typescript/bin/tsc"),
      "-p",
      "tsconfig.build.json",
      "--outDir",
      join(out, "dist"),
    ],
    { cwd: root, encoding: "utf8" },
  );
  if (built.status !== 0) throw new Error(`tsc failed:\n${built.stdout}${built.stderr}`);
  for (const entry of ["package.json", "bin", "examples"])
    cpSync(join(root, entry), join(out, entry), { recursive: true });
  // The built files find their packages as an installed package does, in a node_modules above them.
  symlinkSync(join(root, "node_modules"), join(out, "node_modules"), "dir");
  await bundleCli(join(out, "dist"));
  const hook = join(out, "report-usage.mjs");
  writeFileSync(hook, REPORT_USAGE);
  return { main: join(out, "bin", "debrief.js"), hook };
}

/** Runs `node [--import hook] args…` once and returns what it cost. */
export function runMeasured(
  hook: string,
  args: string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Usage {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ["--import", hook, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    stdio: ["ignore", "ignore", "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = performance.now() - t0;
  const report = JSON.parse(String(child.output[3] || '{"cpu":0,"rss":0}')) as { cpu: number; rss: number };
  return {
    cpuMs: report.cpu / 1000,
    peakRss: report.rss * 1024,
    wallMs,
    status: child.status,
    stderr: child.stderr,
  };
}

/** The median of `runs` by CPU, so one run slowed by a neighbour does not decide the figure. */
export function medianOf(runs: Usage[]): Usage {
  return [...runs].sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(runs.length / 2)] as Usage;
}

/** The median of `times` runs of `run` (see `medianOf`). */
export function medianRun(times: number, run: () => Usage): Usage {
  return medianOf(Array.from({ length: times }, run));
}

export const formatMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
export const formatMb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
