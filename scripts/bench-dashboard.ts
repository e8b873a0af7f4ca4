/**
 * The dashboard's first data on screen, for a workspace of 500 applications (scripts/make-workspace.ts)
 * served by the real server and opened in Debian's Chromium (as the browser tests drive it): for each
 * view, the time from the start of navigation until its first data is drawn (a card, a to-do, the
 * funnel, a timeline event, the interview's text), the median and the worst of BENCH_DASHBOARD_REPEATS loads (5 by default),
 * against the target of 1 s. Skipped, and said so, where there is no Chromium.
 *
 * `npm run bench -- --only dashboard` runs this part alone; BENCH_DASHBOARD_SIZE sets the size.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { build } from "vite";
import { listen } from "../src/server/listen.js";
import { closeStore, openStore } from "../src/store/workspace-store.js";
import { makeWorkspace } from "./make-workspace.js";

const CHROMIUM = "/usr/bin/chromium";
const NOW = "2026-06-01T09:00:00Z";
const TARGET_MS = 1000;

export async function benchDashboard(
  size = Number(process.env.BENCH_DASHBOARD_SIZE ?? 500),
  repeats = Number(process.env.BENCH_DASHBOARD_REPEATS ?? 5),
): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`dashboard: skipped (no Chromium at ${CHROMIUM})`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "debrief-bench-dashboard-"));
  try {
    const home = join(dir, "home");
    const store = await openStore(join(home, "debrief.sqlite"), NOW);
    await makeWorkspace(store, size, NOW);
    await closeStore(store);
    const webRoot = join(dir, "web");
    await build({
      configFile: join(import.meta.dirname, "..", "vite.config.ts"),
      build: { outDir: webRoot },
      logLevel: "silent",
    });
    const server = await listen({
      env: { DEBRIEF_HOME: home },
      host: "127.0.0.1",
      port: 0,
      now: () => new Date(NOW),
      log: (line) => console.error(line),
      webRoot,
    });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    try {
      const views: [string, string, string][] = [
        ["Pipeline", "/pipeline", ".card"],
        ["Next steps", "/next-steps", ".todo-card"],
        ["Insights", "/insights", ".funnel-step"],
        ["Application", `/applications/${Math.ceil(size / 2)}`, ".event"],
        ["Interview", `/applications/${Math.ceil(size / 2)}/rounds/2`, ".document-pane"],
      ];
      console.log(
        `dashboard: first data on screen, ${size} applications, Chromium at 1280 px, ${repeats} loads each (target < ${TARGET_MS} ms)`,
      );
      // The answers the views wait for, alone (the server's share of the time above).
      for (const api of ["/api/applications", "/api/todo", "/api/insights/search", "/api/insights"]) {
        const ms: number[] = [];
        for (let i = 0; i < repeats; i++) {
          const t0 = performance.now();
          await fetch(new URL(api, server.url)).then((r) => r.arrayBuffer());
          ms.push(performance.now() - t0);
        }
        ms.sort((a, b) => a - b);
        console.log(`  GET ${api.padEnd(20)} median ${(ms[Math.floor(ms.length / 2)] ?? 0).toFixed(0)} ms`);
      }
      for (const [name, path, ready] of views) {
        const times: number[] = [];
        for (let i = 0; i < repeats; i++) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
          await page.goto(new URL(path, server.url).href);
          await page.locator(ready).first().waitFor({ timeout: 30_000 });
          // Milliseconds since this navigation started, read in the page when its data is there.
          times.push(await page.evaluate<number>("performance.now()"));
          await page.close();
        }
        times.sort((a, b) => a - b);
        const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
        const worst = times[times.length - 1] ?? Number.NaN;
        console.log(
          `  ${name.padEnd(12)} median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms: ${worst < TARGET_MS ? "met" : "NOT MET"}`,
        );
      }
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
