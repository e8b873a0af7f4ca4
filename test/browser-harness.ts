import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";
import { build } from "vite";
import { type Listening, listen } from "../src/server/listen.js";

/**
 * What the browser tests share: Debian's Chromium with the flags this closed network needs, a
 * dashboard built from the current sources, and a server over a workspace of the test's.
 */
export const CHROMIUM = "/usr/bin/chromium";
export const REPO = fileURLToPath(new URL("..", import.meta.url));
export const ARTIFACTS = join(REPO, "test-artifacts");
export const NOW = new Date("2026-03-05T12:00:00Z");
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

/** Chromium with a fresh profile under `tmp`. */
export function launchChromium(
  tmp: string,
  viewport: { width: number; height: number },
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(tmp, "chromium-profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
  });
}
