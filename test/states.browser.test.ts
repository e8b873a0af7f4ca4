import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeStore, openWorkspace } from "../src/app/open-workspace.js";
import type { Listening } from "../src/server/listen.js";
import {
  ARTIFACTS,
  expectAccessible,
  launchChromium,
  NOW,
  openPage,
  RUN_BROWSER_TESTS,
  serveDashboard,
  WIDTHS,
} from "./browser-harness.js";

/*
 * The states a view is in before and besides its data, at 1280 and 375 px: a new user's empty
 * workspace, the wait for the server (its answer held back here), a server that fails (its answer
 * replaced by a 500) and Try again, and an application that is not there. axe-core in each, with no
 * violation of any impact, and a screenshot of each for review.
 */

/** Each view with data: its path, the API answer it waits for, what it says meanwhile, and when empty. */
const VIEWS = [
  ["pipeline", "/pipeline", "/api/applications", "Loading the applications…", "No applications yet."],
  ["next-steps", "/next-steps", "/api/todo", "Loading what is due…", "Nothing is due. Enjoy it."],
  ["insights", "/insights", "/api/insights", "Loading the insights…", "No applications yet."],
] as const;

describe.skipIf(!RUN_BROWSER_TESTS)("a view's other states in Chromium", () => {
  let tmp: string;
  let server: Listening;
  let context: BrowserContext;
  const serverLog: string[] = [];

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "debrief-states-"));
    const home = join(tmp, "home");
    // A workspace as a new user has it: created, nothing in it.
    await closeStore(await openWorkspace({ DEBRIEF_HOME: home }, NOW.toISOString()));
    ({ server } = await serveDashboard({ tmp, home, log: (line) => serverLog.push(line) }));
    await mkdir(ARTIFACTS, { recursive: true });
    context = await launchChromium(tmp, WIDTHS[0]);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const shot = (page: Page, width: number, name: string) =>
    page.screenshot({ path: join(ARTIFACTS, `states-${width}-${name}.png`), fullPage: true });

  /** Closes the page: nothing went wrong in it but the failed answers the test made (`failures`). */
  async function finish(page: Page, problems: string[], failures = 0) {
    await page.close();
    const failed = problems.filter((p) => /the server responded with a status of \d{3}/.test(p));
    expect(failed).toHaveLength(failures);
    expect(problems.filter((p) => !failed.includes(p))).toEqual([]);
    expect(serverLog).toEqual([]);
  }

  describe.each(WIDTHS)("at $width px", (viewport) => {
    const w = viewport.width;

    it("an empty workspace: every view says what to do first", async () => {
      for (const [name, path, text] of [
        ...VIEWS.map(([name, path, , , empty]) => [name, path, empty] as const),
        ["quick-read", "/", "Your notes"],
        ["live", "/live", "Start"],
      ] as const) {
        const { page, problems } = await openPage(context, new URL(path, server.url).href, viewport);
        await page.getByText(text).first().waitFor({ timeout: 20_000 });
        await shot(page, w, `empty-${name}`);
        await expectAccessible(page, `${name}, empty`);
        await finish(page, problems);
      }
    });

    it.each(VIEWS)(
      "%s while the server is slow, when it fails, and after Try again",
      async (name, path, api, waiting, empty) => {
        const page = await context.newPage();
        const problems: string[] = [];
        page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
        page.on("console", (m) => {
          if (m.type() === "error") problems.push(`console: ${m.text()}`);
        });
        await page.setViewportSize(viewport);
        // Held back: the view waits, and says so.
        let release = () => {};
        const held = new Promise<void>((resolve) => {
          release = resolve;
        });
        await page.route(`**${api}`, async (route) => {
          await held;
          await route.fulfill({
            status: 500,
            contentType: "application/json",
            body: JSON.stringify({
              error: { code: "internal", message: "the server could not answer (a test)" },
            }),
          });
        });
        await page.goto(new URL(path, server.url).href);
        const status = page.getByRole("status").filter({ hasText: waiting });
        await status.waitFor({ timeout: 20_000 });
        await shot(page, w, `${name}-loading`);
        await expectAccessible(page, `${name}, loading`);
        // Then it fails: the server's message and a way to try again.
        release();
        const alert = page.getByRole("alert").filter({ hasText: "the server could not answer (a test)" });
        await alert.waitFor({ timeout: 20_000 });
        expect(await status.count()).toBe(0);
        await shot(page, w, `${name}-failed`);
        await expectAccessible(page, `${name}, failed`);
        // Try again, with the server answering: the view as it is with its data.
        await page.unroute(`**${api}`);
        await page.getByRole("button", { name: "Try again" }).click();
        // Gone once the answer is here (Insights draws its search part before, from its own answer).
        await alert.waitFor({ state: "detached", timeout: 20_000 });
        await page.getByText(empty).first().waitFor({ timeout: 20_000 });
        await page.getByRole("status").filter({ hasText: waiting }).waitFor({ state: "detached" });
        await expectAccessible(page, `${name}, after Try again`);
        await finish(page, problems, 1);
      },
    );

    it("an application or an interview that is not there says so", async () => {
      for (const [name, path] of [
        ["application-missing", "/applications/999"],
        ["interview-missing", "/applications/999/rounds/1"],
      ] as const) {
        const { page, problems } = await openPage(context, new URL(path, server.url).href, viewport);
        await page.getByRole("alert").waitFor({ timeout: 20_000 });
        await shot(page, w, name);
        await expectAccessible(page, name);
        await finish(page, problems, 1);
      }
    });
  });
});
