import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { build } from "vite";
import { expect } from "vitest";
import { type Listening, listen } from "../src/server/listen.js";

/**
 * What the browser tests share: Debian's Chromium with the flags this closed network needs, a
 * dashboard built from the current sources, and a server over a workspace of the test's.
 */
export const CHROMIUM = "/usr/bin/chromium";
export const REPO = fileURLToPath(new URL("..", import.meta.url));
export const ARTIFACTS = join(REPO, "test-artifacts");
export const NOW = new Date("2026-03-05T12:00:00Z");
/** The widths every view is tried at: a desk and a phone. */
export const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
] as const;
/** The made-up candidate of the browser tests' mail. */
export const CANDIDATE = "Robin Ashby <robin.ashby@example.net>";
/** Run when Chromium is here, and always in CI (which installs it): there a missing browser fails. */
export const RUN_BROWSER_TESTS = existsSync(CHROMIUM) || process.env.DEBRIEF_TEST_REQUIRE_BROWSER === "1";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Builds the dashboard into `webRoot` and serves it with the API over `home`. */
export async function serveDashboard(options: {
  tmp: string;
  home: string;
  log: (line: string) => void;
}): Promise<{
  server: Listening;
  webRoot: string;
}> {
  const webRoot = join(options.tmp, "web");
  await build({ configFile: join(REPO, "vite.config.ts"), build: { outDir: webRoot }, logLevel: "silent" });
  const server = await listen({
    env: { DEBRIEF_HOME: options.home },
    host: "127.0.0.1",
    port: 0,
    now: () => NOW,
    log: options.log,
    webRoot,
  });
  return { server, webRoot };
}

/**
 * Chromium with a fresh profile under `tmp`; with `touch`, a second one (its own profile) whose pages
 * take touch input as a phone's do (`hasTouch`: taps, and touches that become pointer events).
 */
export function launchChromium(
  tmp: string,
  viewport: { width: number; height: number },
  options: { touch?: boolean } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(tmp, options.touch ? "chromium-touch" : "chromium-profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    ...(options.touch ? { hasTouch: true } : {}),
  });
}

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

/** axe-core on the page as it is now: no violation of any impact (`state` names it in a failure). */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  // Evaluated rather than added as a script tag: the dashboard's CSP (rightly) refuses inline scripts.
  if (!(await page.evaluate("typeof window.axe !== 'undefined'")))
    await page.evaluate(await readFile(AXE, "utf8"));
  const violations = await page.evaluate<AxeViolation[]>(
    "window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })))",
  );
  expect(
    violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    state,
  ).toEqual([]);
}

/** A new page at `url` and `viewport`, with its page errors and console errors gathered in `problems`. */
export async function openPage(
  context: BrowserContext,
  url: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  await page.setViewportSize(viewport);
  await page.goto(url);
  return { page, problems };
}
