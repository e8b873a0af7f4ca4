import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToWorkspace } from "../src/app/add-to-workspace.js";
import { closeStore, openWorkspace } from "../src/app/open-workspace.js";
import { setApplicationOutcome } from "../src/app/reanalyze-workspace.js";
import type { Listening } from "../src/server/listen.js";
import {
  ARTIFACTS,
  CANDIDATE,
  expectAccessible,
  launchChromium,
  NOW,
  openPage,
  RUN_BROWSER_TESTS,
  serveDashboard,
  WIDTHS,
} from "./browser-harness.js";
import { emlText } from "./mail-fixtures.js";

/*
 * Insights over a workspace with enough decided applications to compare signals: the dot-and-interval
 * chart drawn sorted, with human labels and n, each dot on its interval; the search's funnel with each
 * rate's interval; days to reply; offers and rejections by month. At 1280 and 375 px, with axe at no
 * violation of any impact and a screenshot each. Everyone and everything here is made up.
 */

/** Eight processes: four where the interviewer warmed to them (three offers), four flat (one offer). */
const PROCESSES = [
  { company: "Amberlode Systems", warm: true, outcome: "offer", month: "2026-01" },
  { company: "Bramblecote Ltd", warm: true, outcome: "offer", month: "2026-02" },
  { company: "Copperfen Data", warm: true, outcome: "offer", month: "2026-03" },
  { company: "Dovetail Mills", warm: true, outcome: "rejected", month: "2026-02" },
  { company: "Eskerby Logistics", warm: false, outcome: "rejected", month: "2026-01" },
  { company: "Foxglade Retail", warm: false, outcome: "rejected", month: "2026-03" },
  { company: "Gannetby Insurance", warm: false, outcome: "ghosted", month: "2026-03" },
  { company: "Hollowmere Health", warm: false, outcome: "offer", month: "2026-03" },
] as const;

function notes(company: string, warm: boolean): string {
  return warm
    ? `# ${company}: analyst, round 1\n\nMet Nadia Brook, the analytics lead, for an hour.\nShe said my answer on the forecasting model was exactly what they need.\nShe asked when I could start and introduced me to two people on the team.\n`
    : `# ${company}: analyst, round 1\n\nHad the call with Nadia Brook for an hour.\nWe went through my CV and the role.\n`;
}

/**
 * The bars on the outcomes chart's canvas, left to right: a run of coloured pixels along the foot of the
 * plot is a bar; its height is how far the colour goes up, its foot's and top's colours are named.
 */
const DRAWN_BARS = `(() => {
  const figure = document.querySelector(".outcomes-figure");
  const canvas = figure.querySelector("canvas");
  const plot = figure.querySelector(".u-over").getBoundingClientRect();
  const box = canvas.getBoundingClientRect();
  const k = canvas.width / box.width;
  const ctx = canvas.getContext("2d");
  const pixel = (x, y) => ctx.getImageData(x, y, 1, 1).data;
  const name = ([r, g, b, a]) => (a < 128 ? "" : g > r + 40 ? "offer" : r > g + 40 ? "rejected" : Math.max(r, g, b) < 200 ? "no answer" : "");
  const foot = Math.floor((plot.bottom - box.top) * k) - 2;
  const bars = [];
  let run;
  for (let x = Math.ceil((plot.left - box.left) * k); x < Math.floor((plot.right - box.left) * k); x++) {
    const coloured = name(pixel(x, foot)) !== "";
    if (coloured && !run) run = { from: x };
    if (!coloured && run) { bars.push({ ...run, to: x }); run = undefined; }
  }
  if (run) bars.push({ ...run, to: Math.floor((plot.right - box.left) * k) });
  return bars.map(({ from, to }) => {
    const x = Math.floor((from + to) / 2);
    let y = foot;
    while (y > 0 && name(pixel(x, y - 1)) !== "") y--;
    return { x: x / k, height: (foot - y) / k, foot: name(pixel(x, foot)), top: name(pixel(x, y + 1)) };
  });
})()`;

interface DrawnBar {
  x: number;
  height: number;
  foot: string;
  top: string;
}

describe.skipIf(!RUN_BROWSER_TESTS)("Insights in Chromium", () => {
  let tmp: string;
  let server: Listening;
  let context: BrowserContext;
  const serverLog: string[] = [];

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "debrief-insights-"));
    const home = join(tmp, "home");
    const store = await openWorkspace({ DEBRIEF_HOME: home }, NOW.toISOString());
    try {
      for (const [i, p] of PROCESSES.entries()) {
        const slug = p.company.toLowerCase().replace(/\W+/g, "");
        const dir = join(tmp, slug);
        await mkdir(dir, { recursive: true });
        await writeFile(join(dir, "notes.md"), notes(p.company, p.warm));
        // The candidate applied on the 2nd of February; they replied 1 to 8 days later.
        const replyDay = 3 + i;
        await writeFile(
          join(dir, "application.eml"),
          emlText({
            from: CANDIDATE,
            to: `Talent <talent@${slug}.example>`,
            subject: "Application: analyst",
            date: "02 Feb 2026 09:00:00 +0000",
            id: `apply-${slug}@example.net`,
            body: "Hello,\n\nPlease find my application for the analyst role.\n\nRobin",
          }),
        );
        await writeFile(
          join(dir, "reply.eml"),
          emlText({
            from: `Nadia Brook <nadia.brook@${slug}.example>`,
            to: CANDIDATE,
            subject: "Re: Application: analyst",
            date: `${String(replyDay).padStart(2, "0")} Feb 2026 09:00:00 +0000`,
            id: `reply-${slug}@${slug}.example`,
            body: "Hi Robin,\n\nThanks for applying. Could we talk this week?\n\nNadia",
          }),
        );
        const r = await addToWorkspace(store, [dir], {
          now: "2026-02-20T12:00:00.000Z",
          application: p.company,
          me: "Robin Ashby",
        });
        expect(r.filed[0]?.company).toBe(p.company);
        // Said on the 2nd of its month (before the tests' "now", the 5th of March).
        await setApplicationOutcome(store, p.company, p.outcome, `${p.month}-02T12:00:00.000Z`);
      }
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

  describe.each(WIDTHS)("at $width px", { timeout: 60_000 }, (viewport) => {
    it("draws the signals' dot chart sorted, labelled and on its intervals, and the search's pace", async () => {
      const { page, problems } = await openPage(context, new URL("/insights", server.url).href, viewport);
      const rows = page.locator(".dot-chart .dot-row");
      await rows.first().waitFor({ timeout: 20_000 });

      // Sorted: largest difference first, and the dots go from right to left down the chart.
      const values = (
        await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-value"))))
      ).map(Number);
      expect(values.length).toBeGreaterThan(0);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      const dotX = await page.locator(".dot-chart .dot").evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return r.left + r.width / 2;
        }),
      );
      for (let i = 1; i < dotX.length; i++) expect(dotX[i]).toBeLessThanOrEqual((dotX[i - 1] ?? 0) + 0.5);
      // Each dot sits on its interval, and a difference above zero right of the middle line.
      const geometry = await rows.evaluateAll((els) =>
        els.map((e) => {
          const box = (s: string) => e.querySelector(s)?.getBoundingClientRect();
          const dot = box(".dot");
          const ci = box(".dot-ci");
          const zero = box(".dot-zero");
          return {
            value: Number(e.getAttribute("data-value")),
            dot: dot ? dot.left + dot.width / 2 : Number.NaN,
            ciLeft: ci?.left ?? Number.NaN,
            ciRight: ci?.right ?? Number.NaN,
            zero: zero?.left ?? Number.NaN,
          };
        }),
      );
      for (const g of geometry) {
        expect(g.dot).toBeGreaterThanOrEqual(g.ciLeft - 1);
        expect(g.dot).toBeLessThanOrEqual(g.ciRight + 1);
        if (g.value > 0) expect(g.dot).toBeGreaterThan(g.zero);
        if (g.value < 0) expect(g.dot).toBeLessThan(g.zero);
      }
      // Human labels as the API names the signals, with n, and the interval in words.
      const labels = (
        await page.evaluate<{ label: string }[]>("fetch('/api/signals').then((r) => r.json())")
      ).map((l) => l.label);
      for (const text of await page.locator(".dot-chart .dot-label").allTextContents()) {
        expect(
          labels.some((l) => text.startsWith(l)),
          text,
        ).toBe(true);
        expect(text).toMatch(/\(n = \d+ with, \d+ without\)/);
      }
      expect(await page.locator(".dot-chart .dot-words").first().textContent()).toMatch(
        /points \(95% interval .* to .*points: /,
      );

      // The search: every rate with its interval, in words and drawn.
      const funnel = page.locator(".funnel");
      expect(await funnel.locator(".funnel-offers").getAttribute("data-count")).toBe("4");
      expect(await funnel.locator(".funnel-offers").textContent()).toMatch(
        /Got an offer: 4 of 8 \(50%; likely between \d+% and \d+%\)/,
      );
      expect(await funnel.locator(".funnel-ci").count()).toBe(2);
      // Replies after 1 to 8 days: the median is 4.5 days, said as a whole number of days.
      expect(await page.locator(".reply-days").textContent()).toMatch(
        /Companies took \d days to reply \(the median of 8 replies; the middle half took \d days to \d days\)/,
      );
      // Offers and rejections by month, newest first, and their sums are the outcomes.
      const months = await page.locator("table.months tbody tr").evaluateAll((els) =>
        els.map((e) => ({
          month: e.getAttribute("data-month"),
          cells: [...e.querySelectorAll("td")].slice(0, 4).map((td) => Number(td.textContent)),
        })),
      );
      expect(months.map((m) => m.month)).toEqual(["2026-03", "2026-02", "2026-01"]);
      const sum = (k: number) => months.reduce((n, m) => n + (m.cells[k] ?? 0), 0);
      expect([sum(1), sum(2), sum(3)]).toEqual([4, 3, 1]);
      expect(months[0]?.cells.slice(1)).toEqual([2, 1, 1]);
      // The same months drawn: a bar a month with an outcome (2, 2 and 4 of them, oldest on the left),
      // each as tall as its outcomes, offers at its foot and no answers on its top; read off the canvas.
      await page.locator(".outcomes-figure canvas").waitFor({ timeout: 20_000 });
      const bars = await page.evaluate<DrawnBar[]>(DRAWN_BARS);
      expect(bars.map((b) => b.x)).toEqual([...bars.map((b) => b.x)].sort((a, b) => a - b));
      expect(bars.length).toBe(3);
      const [jan, feb, mar] = bars.map((b) => b.height);
      expect(Math.abs((jan ?? 0) - (feb ?? 0))).toBeLessThanOrEqual(2);
      expect(Math.abs((mar ?? 0) / (jan ?? 1) - 2)).toBeLessThan(0.1);
      expect(bars[2]?.foot).toBe("offer");
      expect(bars[2]?.top).toBe("no answer");
      expect(bars[0]?.top).toBe("rejected");
      expect(await page.locator(".outcomes-figure .chart").getAttribute("aria-label")).toBe(
        "Outcomes by month, oldest first. Jan 2026: 1 offer, 1 rejection; Feb 2026: 1 offer, 1 rejection; Mar 2026: 2 offers, 1 rejection, 1 no answer.",
      );

      // Nothing scrolls sideways, nothing fails axe.
      const width = await page.evaluate<number>("document.scrollingElement.scrollWidth");
      const wide = await page.evaluate<string[]>(
        `[...document.querySelectorAll("main *")].filter((e) => e.getBoundingClientRect().right > ${viewport.width} + 0.5).slice(0, 5).map((e) => e.tagName + "." + e.className + " " + Math.round(e.getBoundingClientRect().right))`,
      );
      expect(width, wide.join("; ")).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({
        path: join(ARTIFACTS, `insights-${viewport.width}.png`),
        fullPage: true,
      });
      await expectAccessible(page, "insights with enough decided applications");
      await page.close();
      expect(problems).toEqual([]);
      expect(serverLog).toEqual([]);
    });
  });
});
