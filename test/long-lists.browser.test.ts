import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeWorkspace } from "../scripts/make-workspace.js";
import type { Listening } from "../src/server/listen.js";
import { closeStore, openStore } from "../src/store/workspace-store.js";
import type { ApplicationSummary, TrackedTodo } from "../src/web/api-types.js";
import { FIRST_BATCH, NEXT_BATCH } from "../src/web/batches.js";
import { type PipelineStage, pipelineStage } from "../src/web/pipeline-stage.js";
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
 * A long search (80 made-up applications, scripts/make-workspace.ts): the Pipeline's columns and the
 * Next steps' groups draw their first cards and the rest a batch at a time, focus going to the first
 * card a batch drew; a card moved into a long column is drawn where it lands. axe-core in each state,
 * a screenshot per width.
 */
const SIZE = 80;

describe.skipIf(!RUN_BROWSER_TESTS)("long lists in Chromium", () => {
  let tmp: string;
  let server: Listening;
  let context: BrowserContext;
  const serverLog: string[] = [];

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "debrief-long-"));
    const home = join(tmp, "home");
    const store = await openStore(join(home, "debrief.sqlite"), NOW.toISOString());
    try {
      await makeWorkspace(store, SIZE, NOW.toISOString());
    } finally {
      await closeStore(store);
    }
    ({ server } = await serveDashboard({ tmp, home, log: (line) => serverLog.push(line) }));
    await mkdir(ARTIFACTS, { recursive: true });
    context = await launchChromium(tmp, WIDTHS[0]);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const api = async <T>(page: Page, path: string): Promise<T> =>
    page.evaluate<T>(`fetch(${JSON.stringify(path)}).then((r) => r.json())`);

  /** The cards a column shows: not those drawn hidden until found. */
  const shown = (column: Locator) => column.locator("li:not([hidden]) > .card");
  ("(e) => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; }");

  async function finish(page: Page, problems: string[]) {
    await page.close();
    expect(problems).toEqual([]);
    expect(serverLog).toEqual([]);
  }

  describe.each(WIDTHS)("at $width px", (viewport) => {
    const w = viewport.width;

    it("a long Pipeline column shows its first cards, then more on asking; a card moved into it is shown", async () => {
      const { page, problems } = await openPage(context, new URL("/pipeline", server.url).href, viewport);
      await page.locator(".card").first().waitFor({ timeout: 20_000 });
      const apps = await api<ApplicationSummary[]>(page, "/api/applications");
      const byStage = new Map<PipelineStage, ApplicationSummary[]>();
      for (const a of apps) byStage.set(pipelineStage(a), [...(byStage.get(pipelineStage(a)) ?? []), a]);
      const [stage, list = []] = [...byStage.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
      expect(list.length).toBeGreaterThan(FIRST_BATCH);
      const column = page.locator(`section.column-${stage}`);
      // The heading counts them all; the column shows the first few.
      expect(await column.locator("h2 .count").textContent()).toBe(`(${list.length})`);
      expect(await shown(column).count()).toBe(FIRST_BATCH);
      // The rest are in the page all the same, hidden until found, so that the browser's find reaches them.
      await expect.poll(() => column.locator(".card").count()).toBe(list.length);
      const beyond = list[FIRST_BATCH + 4];
      expect(beyond).toBeDefined();
      const hiddenCard = column.locator(`#card-${beyond?.id}`);
      expect(await hiddenCard.locator(".card-title").textContent()).toBe(beyond?.company);
      expect(await hiddenCard.evaluate((c) => c.closest("li")?.getAttribute("hidden"))).toBe("until-found");
      expect(await page.evaluate<string>("document.body.textContent")).toContain(beyond?.company);
      const rest = list.length - FIRST_BATCH;
      const more = column.getByRole("button", { name: /^Show \d+ more in / });
      expect(await more.textContent()).toBe(
        `Show ${Math.min(rest, NEXT_BATCH)} more in ${await column.locator("h2").evaluate((h) => h.firstChild?.textContent?.trim())} (${rest} not shown)`,
      );
      await page.screenshot({ path: join(ARTIFACTS, `long-${w}-pipeline.png`), fullPage: true });
      await expectAccessible(page, "a long pipeline, folded");

      // Found as the browser's find finds it (here by a link to its text): the column shows everything
      // up to it, and it is in view.
      await page.goto(
        new URL(`/pipeline#:~:text=${encodeURIComponent(beyond?.company ?? "")}`, server.url).href,
      );
      await expect.poll(() => shown(column).count(), { timeout: 10_000 }).toBe(FIRST_BATCH + 5);
      expect(await hiddenCard.evaluate((c) => c.closest("li")?.hasAttribute("hidden"))).toBe(false);
      await expect
        .poll(() =>
          hiddenCard.evaluate((c) => {
            const r = c.getBoundingClientRect();
            return r.bottom > 0 && r.top < (c.ownerDocument.defaultView?.innerHeight ?? 0);
          }),
        )
        .toBe(true);
      expect(await more.textContent()).toContain(`(${rest - 5} not shown)`);
      await expectAccessible(page, "a long pipeline, a card found");
      await page.goto(new URL("/pipeline", server.url).href);
      await column.locator(".card").first().waitFor();
      await more.focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => shown(column).count()).toBe(Math.min(list.length, FIRST_BATCH + NEXT_BATCH));
      // Focus on the first card the batch drew.
      const first = list[FIRST_BATCH];
      await expect
        .poll(() => page.evaluate<string | undefined>('document.activeElement?.closest("article")?.id'))
        .toBe(`card-${first?.id}`);
      await expectAccessible(page, "a long pipeline, more shown");

      // A card from another column moved into the long one by its stage menu: drawn, and focus on it,
      // though it lands past the cards shown at first.
      await page.reload();
      await page.locator(".card").first().waitFor({ timeout: 20_000 });
      const from = [...byStage.entries()].find(([s, l]) => s !== stage && s !== "offer" && l.length > 0)?.[1];
      const mover = from?.[from.length - 1];
      expect(mover).toBeDefined();
      if (!mover || !stage) return;
      await page.getByRole("button", { name: `Change stage: ${mover.company}` }).click();
      await page.locator(`#stage-of-${mover.id}`).selectOption(stage === "closed" ? "rejected" : stage);
      await page.locator(`#move-${mover.id}`).click();
      await expect
        .poll(() => page.evaluate<string | undefined>("document.activeElement?.id"), { timeout: 10_000 })
        .toBe(`stage-btn-${mover.id}`);
      expect(await column.locator(`#card-${mover.id}`).count()).toBe(1);
      // It landed past the first batch: the column shows everything up to it.
      expect(await shown(column).count()).toBeGreaterThan(FIRST_BATCH);
      await finish(page, problems);
    });

    it("a long Next steps group shows its first to-dos, then more on asking", async () => {
      const { page, problems } = await openPage(context, new URL("/next-steps", server.url).href, viewport);
      await page.locator(".todo-card").first().waitFor({ timeout: 20_000 });
      const todo = await api<TrackedTodo[]>(page, "/api/todo");
      const overdue = todo.filter((t) => t.isOverdue).length;
      expect(overdue).toBeGreaterThan(FIRST_BATCH);
      const group = page.locator("section.todo-group", { has: page.locator("#group-overdue") });
      expect(await group.locator("h2 .count").textContent()).toBe(`(${overdue})`);
      expect(await group.locator("li:not([hidden]) .todo-card").count()).toBe(FIRST_BATCH);
      // The rest are in the page, hidden until found.
      await expect.poll(() => group.locator(".todo-card").count()).toBe(overdue);
      const beyond = group.locator("li").nth(FIRST_BATCH + 4);
      expect(await beyond.getAttribute("hidden")).toBe("until-found");
      const company = todo.filter((t) => t.isOverdue).map((t) => t.company);
      expect(company).toContain(await beyond.locator(".todo-card h3 a").textContent());
      const more = group.getByRole("button", { name: /^Show \d+ more in Overdue/ });
      await page.screenshot({ path: join(ARTIFACTS, `long-${w}-next-steps.png`), fullPage: true });
      await expectAccessible(page, "a long to-do list, folded");
      await more.click();
      await expect
        .poll(() => group.locator("li:not([hidden]) .todo-card").count())
        .toBe(Math.min(overdue, FIRST_BATCH + NEXT_BATCH));
      const focused = await page.evaluate<string | undefined>('document.activeElement?.closest("li")?.id');
      expect(focused).toMatch(/^todo-\d+$/);
      expect(await group.locator("li").nth(FIRST_BATCH).getAttribute("id")).toBe(focused);
      await expectAccessible(page, "a long to-do list, more shown");
      await finish(page, problems);
    });
  });
});
