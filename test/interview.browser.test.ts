import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToWorkspace } from "../src/app/add-to-workspace.js";
import { closeStore, openWorkspace } from "../src/app/open-workspace.js";
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
import { emlText, icsText } from "./mail-fixtures.js";

/*
 * The Interview page in the order the issue asks: the read first, with the length and the talk share in
 * its box; then the signals; then what was said, transcript first, then notes, invite and mail. Notes
 * are drawn from their Markdown (a heading, lists, emphasis, a quote) and markup in them stays text.
 * At 1280 and 375 px, with axe at no violation of any impact. Everyone and everything here is made up.
 */

const COMPANY = "Kestrelmoor Analytics";
const MARKUP = `<img src=x onerror="window.__pwned=1">`;

const NOTES = [
  `# ${COMPANY}: data analyst, round 1`,
  "",
  "Met **Nadia Brook**, the analytics lead.",
  "",
  "## What went well",
  "",
  "- She said my answer on the forecasting model was exactly what they need.",
  "- She asked when I could start.",
  "* talked about `dbt` and the _weekly_ report",
  "",
  "> They will send the next steps by Friday.",
  "",
  `Odd thing in the chat: ${MARKUP}`,
  "",
].join("\n");

const TRANSCRIPT = [
  "WEBVTT",
  "",
  "00:00:05.000 --> 00:00:20.000",
  "<v Nadia Brook>Thanks for joining. Tell me about your forecasting work.",
  "",
  "00:00:21.000 --> 00:01:10.000",
  "<v Robin Ashby>I built a weekly demand model for a retailer and kept it simple enough to explain.",
  "",
  "00:01:11.000 --> 00:01:40.000",
  "<v Nadia Brook>That is exactly what we need here. When could you start?",
  "",
].join("\n");

/** Turns of the long call: 600 over 90 minutes, two made-up speakers. */
const LONG_TURNS = 600;

/**
 * A 90-minute call: talk about made-up work, and a few turns a signal is read from, far apart. Turn
 * `i` starts at 9 s × i.
 */
function longTranscript(): string {
  const topics = ["the stock sheet", "the delivery rota", "the month-end numbers", "the shared inbox"];
  const clock = (s: number) =>
    `${String(Math.floor(s / 3600)).padStart(2, "0")}:${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}.000`;
  const special: Record<number, string> = {
    150: "<v Nadia Brook>That is exactly what we need here.",
    420: "<v Nadia Brook>When could you start?",
    560: "<v Nadia Brook>You would be working with Sam and Priya from the first week.",
  };
  const cues = ["WEBVTT", ""];
  for (let i = 0; i < LONG_TURNS; i++) {
    const topic = topics[i % topics.length];
    const line =
      special[i] ??
      (i % 2 === 0
        ? `<v Nadia Brook>Next, item ${i}: how do you keep ${topic} in order?`
        : `<v Robin Ashby>For item ${i - 1} I keep ${topic} in a plain list and check it each morning.`);
    cues.push(`${clock(i * 9)} --> ${clock(i * 9 + 8)}`, line, "");
  }
  return cues.join("\n");
}

describe.skipIf(!RUN_BROWSER_TESTS)("the Interview page in Chromium", () => {
  let tmp: string;
  let server: Listening;
  let context: BrowserContext;
  let id = 0;
  /** An application whose one round is a 90-minute call. */
  let longId = 0;
  /** An application whose outcome the tests record and take back. */
  let settledId = 0;
  const serverLog: string[] = [];

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "debrief-interview-"));
    const home = join(tmp, "home");
    const dir = join(tmp, "kestrelmoor");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "notes.md"), NOTES);
    await writeFile(join(dir, "call.vtt"), TRANSCRIPT);
    await writeFile(
      join(dir, "invite.ics"),
      icsText({
        summary: `${COMPANY}: data analyst interview`,
        start: "20260302T150000Z",
        end: "20260302T154500Z",
        organizer: "Nadia Brook <nadia.brook@kestrelmoor.example>",
        attendees: [CANDIDATE],
        uid: "kestrelmoor-r1@tests.example",
      }),
    );
    await writeFile(
      join(dir, "thanks.eml"),
      emlText({
        from: CANDIDATE,
        to: "Nadia Brook <nadia.brook@kestrelmoor.example>",
        subject: "Thank you for today",
        date: "Mon, 02 Mar 2026 18:00:00 +0000",
        id: "thanks-kestrelmoor@example.net",
        body: "Hi Nadia,\n\nThank you for the conversation today.\n\nBest,\nRobin",
      }),
    );
    const store = await openWorkspace({ DEBRIEF_HOME: home }, NOW.toISOString());
    try {
      const r = await addToWorkspace(store, [dir], {
        now: NOW.toISOString(),
        application: COMPANY,
        me: "Robin Ashby",
      });
      id = r.filed[0]?.applicationId ?? 0;
      const long = join(tmp, "long-call");
      await mkdir(long, { recursive: true });
      await writeFile(join(long, "call.vtt"), longTranscript());
      const l = await addToWorkspace(store, [long], {
        now: NOW.toISOString(),
        application: "Larchmere Logistics",
        me: "Robin Ashby",
      });
      longId = l.filed[0]?.applicationId ?? 0;
      const settled = join(tmp, "quillbrook");
      await mkdir(settled, { recursive: true });
      await writeFile(join(settled, "notes.md"), NOTES.replaceAll(COMPANY, "Quillbrook Press"));
      const q = await addToWorkspace(store, [settled], {
        now: NOW.toISOString(),
        application: "Quillbrook Press",
        me: "Robin Ashby",
      });
      settledId = q.filed[0]?.applicationId ?? 0;
    } finally {
      await closeStore(store);
    }
    expect(id).toBeGreaterThan(0);
    expect(longId).toBeGreaterThan(0);
    expect(settledId).toBeGreaterThan(0);
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
    it("reads first, then signals, then the transcript, notes, invite and mail; notes drawn from Markdown, markup as text", async () => {
      const { page, problems } = await openPage(
        context,
        new URL(`/applications/${id}/rounds/1`, server.url).href,
        viewport,
      );
      await page.locator(".doc-title").first().waitFor({ timeout: 20_000 });

      // The page's order: the read (with its length and talk share), the signals, what was said.
      const headings = await page.locator("main h2").allTextContents();
      expect(headings.indexOf("Signals")).toBeGreaterThan(-1);
      expect(headings.indexOf("What was said")).toBeGreaterThan(headings.indexOf("Signals"));
      const box = page.locator(".read-summary .length-talk");
      expect(await box.textContent()).toMatch(
        /^Ran \d+ minutes \(booked for 45\); you said \d+% of the words\.$/,
      );
      const kinds = (await page.locator(".document-pane .doc-title").allTextContents()).map((t) =>
        t.replace(/ ·.*/, ""),
      );
      expect(kinds).toEqual(["Transcript", "Notes", "Invite", "Email"]);

      // Notes from their Markdown: headings, a list, emphasis and a quote; no marker left showing.
      const notes = page.locator(".doc-notes .notes-md");
      expect(await notes.locator("h4").allTextContents()).toEqual([
        `${COMPANY}: data analyst, round 1`,
        "What went well",
      ]);
      expect(await notes.locator("ul > li").count()).toBe(3);
      expect(await notes.locator("strong").allTextContents()).toEqual(["Nadia Brook"]);
      expect(await notes.locator("code").allTextContents()).toEqual(["dbt"]);
      expect(await notes.locator("em").allTextContents()).toEqual(["weekly"]);
      // (A quote's sign, ＋ or －, opens it where a signal was read.)
      expect(await notes.locator("blockquote").textContent()).toMatch(
        /^[＋－]*They will send the next steps by Friday\.$/,
      );
      const shown = (await notes.textContent()) ?? "";
      expect(shown).not.toMatch(/\*\*|^#|\n- |`/);
      // Markup in the notes is their words, never HTML.
      expect(shown).toContain(MARKUP);
      expect(await page.locator("main img").count()).toBe(0);
      expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");

      // A quote in the notes' list is still found from its signal, and focused on its words.
      const button = page.getByRole("button", { name: "Show quote 2 of 2: Asked when you could start" });
      await button.click();
      await page.waitForFunction("document.activeElement && document.activeElement.tagName === 'MARK'");
      expect(await page.evaluate<string>("document.activeElement.textContent")).toMatch(
        /^[＋－]*She asked when I could start\.$/,
      );
      expect(await page.evaluate("!!document.activeElement.closest('.notes-md li')")).toBe(true);
      // A quote that takes in its line's marker ("> They will…") still opens with its sign.
      expect(await notes.locator("blockquote mark .ev-tag").count()).toBe(1);

      const height = await page.evaluate<number>("document.scrollingElement.scrollHeight");
      const width = await page.evaluate<number>("document.scrollingElement.scrollWidth");
      expect(width).toBeLessThanOrEqual(viewport.width);
      console.info(`interview page at ${viewport.width} px: ${height} px tall`);
      await page.screenshot({ path: join(ARTIFACTS, `interview-${viewport.width}.png`), fullPage: true });
      await expectAccessible(page, "interview with Markdown notes");
      await page.close();
      expect(problems).toEqual([]);
      expect(serverLog).toEqual([]);
    });

    it("knows the application's recorded outcome: says it was rejected and when, and gives no advice", async () => {
      const { page, problems } = await openPage(
        context,
        new URL(`/applications/${settledId}/rounds/1`, server.url).href,
        viewport,
      );
      const record = (outcome: string) =>
        page.evaluate<number>(
          `fetch("/api/applications/${settledId}/outcome", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ outcome: "${outcome}" }) }).then((r) => r.status)`,
        );
      // Open: the read says what would change it, and nothing says it is settled.
      expect(await record("open")).toBe(200);
      await page.reload();
      const box = page.locator(".read-summary");
      await box.locator(".summary").waitFor({ timeout: 20_000 });
      expect(await box.locator(".summary").textContent()).toMatch(/What would change it:/);
      expect(await box.locator(".settled-line").count()).toBe(0);
      expect(await box.locator(".caveats li").count()).toBeGreaterThan(0);

      // Rejected, as the dashboard's stage menu or `debrief outcome` records it.
      expect(await record("rejected")).toBe(200);
      await page.reload();
      await box.locator(".settled-line").waitFor({ timeout: 20_000 });
      expect(await box.locator(".settled-line").textContent()).toMatch(
        /^Closed: rejected, recorded on .*2026\. This read is how the interview looked at the time/,
      );
      expect(await box.textContent()).not.toMatch(/What would (change it|help)/);
      // Nor a caveat on what the read foretells ("a good interview is not an offer").
      expect(await box.locator(".caveats").count()).toBe(0);
      expect(await page.locator("main").textContent()).not.toMatch(/What would change it/);
      await page.screenshot({ path: join(ARTIFACTS, `interview-rejected-${viewport.width}.png`) });
      await expectAccessible(page, "interview of a rejected application");

      // An offer says so too, in its own words.
      expect(await record("offer")).toBe(200);
      await page.reload();
      await box.locator(".settled-line").waitFor({ timeout: 20_000 });
      expect(await box.locator(".settled-line").textContent()).toMatch(/^You got an offer, recorded on /);
      expect(await box.textContent()).not.toMatch(/What would change it/);
      await page.close();
      expect(problems).toEqual([]);
      expect(serverLog).toEqual([]);
    });

    it("folds a 90-minute transcript around its quotes: every signal still lands on its words, and all of it opens", async () => {
      const { page, problems } = await openPage(
        context,
        new URL(`/applications/${longId}/rounds/1`, server.url).href,
        viewport,
      );
      const bar = page.locator(".doc-transcript .fold-bar");
      await bar.waitFor({ timeout: 20_000 });
      expect(await bar.locator("p").textContent()).toMatch(/^600 turns, 1:29:51 long\. Shown: /);
      const turns = page.locator(".doc-transcript li.turn");
      const folded = await turns.count();
      // The opening and the turns around each quote, not the 600.
      expect(folded).toBeGreaterThan(3);
      expect(folded).toBeLessThan(100);
      const foldedHeight = await page.evaluate<number>("document.scrollingElement.scrollHeight");
      await page.screenshot({
        path: join(ARTIFACTS, `interview-long-${viewport.width}.png`),
        fullPage: true,
      });
      await expectAccessible(page, "a long transcript, folded");

      // Every signal's button lands on a quote in the transcript, and its words are there to read.
      const jumps = page.locator("button.signal-jump");
      expect(await jumps.count()).toBeGreaterThan(0);
      for (let i = 0; i < (await jumps.count()); i++) {
        await jumps.nth(i).click();
        await page.waitForFunction("document.activeElement && document.activeElement.tagName === 'MARK'");
        expect(await page.evaluate("!!document.activeElement.closest('.doc-transcript li.turn')")).toBe(true);
      }
      expect(await page.locator(".doc-transcript mark", { hasText: "exactly what we need" }).count()).toBe(1);
      // Its source is a chip that says what kind it is and when, the file on hover.
      const chip = page
        .locator(".evidence-item", { hasText: "exactly what we need" })
        .locator(".evidence-source .source-chip");
      expect(await chip.textContent()).toBe("transcript 22:30");
      expect(await chip.getAttribute("title")).toBe("From long-call/call.vtt 00:22:30");

      // One fold opens where it was, and focus goes to its first turn (its button is gone).
      const fold = page.locator(".turn-fold button").first();
      const label = (await fold.textContent()) ?? "";
      const hidden = Number(/^Show (\d+) more turns \(\d+:\d\d to \d+:\d\d\)$/.exec(label)?.[1]);
      expect(hidden).toBeGreaterThan(2);
      await fold.click();
      await expect.poll(() => turns.count()).toBe(folded + hidden);
      expect(await page.evaluate("document.activeElement?.classList.contains('turn')")).toBe(true);

      // All of it, and back.
      await page.getByRole("button", { name: "Show all 600 turns" }).click();
      await expect.poll(() => turns.count()).toBe(LONG_TURNS);
      expect(await page.locator(".turn-fold").count()).toBe(0);
      const wholeHeight = await page.evaluate<number>("document.scrollingElement.scrollHeight");
      expect(foldedHeight * 3).toBeLessThan(wholeHeight);
      console.info(
        `long interview page at ${viewport.width} px: ${foldedHeight} px folded, ${wholeHeight} px whole`,
      );
      await expectAccessible(page, "a long transcript, whole");
      await page.getByRole("button", { name: "Fold it around the quotes again" }).click();
      await expect.poll(() => turns.count()).toBe(folded);
      await page.close();
      expect(problems).toEqual([]);
      expect(serverLog).toEqual([]);
    });
  });
});
