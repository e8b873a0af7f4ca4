import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Dialog } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Listening } from "../src/server/listen.js";
import {
  ARTIFACTS,
  expectAccessible,
  launchChromium,
  RUN_BROWSER_TESTS,
  serveDashboard,
  WIDTHS,
} from "./browser-harness.js";
import { icsText } from "./mail-fixtures.js";

/*
 * The Live page as a person meets it: the dashboard built with Vite, served by the real server, driven
 * in Debian's Chromium, the board fed over Server-Sent Events; at 1280 and 375 px, with axe-core at no
 * violation of any impact in each state (started, hearing, finished, saved). Everyone here is made up.
 */

const CAPTIONS = [
  "Interviewer: Thanks for joining today. Tell me about your last project.",
  "Sam Okafor: I rebuilt the telemetry pipeline for two thousand vehicles.",
  "Interviewer: When could you start?",
  "Sam Okafor: I have four weeks of notice, so early April.",
].join("\n");

/** The invite of the call at one width: each its own, so each session files a new round. */
const inviteAt = (width: number) =>
  icsText({
    uid: `live-browser-${width}@wrenfield.example`,
    start: "20260304T170000Z",
    end: "20260304T174500Z",
    summary: "Interview: Wrenfield Robotics, Controls Engineer",
    organizer: "Priya Raman <priya@wrenfield.example>",
    attendees: ["Sam Okafor <sam@mail.example>"],
  });

describe.skipIf(!RUN_BROWSER_TESTS)("the Live page in Chromium", () => {
  let tmp: string;
  let server: Listening;
  let context: BrowserContext;
  const serverLog: string[] = [];

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "debrief-live-browser-"));
    ({ server } = await serveDashboard({
      tmp,
      home: join(tmp, "home"),
      log: (line) => serverLog.push(line),
    }));
    await mkdir(ARTIFACTS, { recursive: true });
    context = await launchChromium(tmp, WIDTHS[1]);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it.each(WIDTHS)(
    "at $width px: pasted caption lines with an invite: the signal, the time against the slot and the band so far appear; Finish gives the whole read; Save files it",
    { timeout: 60_000 },
    async (viewport) => {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console: ${m.text()}`);
      });
      await page.goto(new URL("/", server.url).href);
      await page.getByRole("link", { name: "Live" }).click();
      await page.getByRole("heading", { name: "Live", level: 1 }).waitFor();
      await page.getByLabel("Your name").fill("Sam Okafor");
      const invite = join(tmp, `invite-${viewport.width}.ics`);
      await writeFile(invite, inviteAt(viewport.width));
      await page.getByLabel("Calendar invite").setInputFiles(invite);
      await expectAccessible(page, "live, the start form filled");
      await page.getByRole("button", { name: "Start the live read" }).click();

      // Exact: the start form's "I'll paste caption lines as they come" must not match before the box is there.
      // Each width's call ends its own way, so its transcript is new to the workspace.
      const ending = viewport.width > 960 ? "That is all from me." : "We are out of time.";
      await page.getByLabel("Caption lines", { exact: true }).fill(`${CAPTIONS}\nInterviewer: ${ending}`);
      await page.getByRole("button", { name: "Add lines" }).click();
      const signal = page.locator(".live-signals .signal", { hasText: "Asked when you could start" });
      await signal.waitFor({ timeout: 20_000 });
      expect(await signal.locator(".quote").textContent()).toContain("When could you start?");
      expect(await signal.locator(".polarity").textContent()).toMatch(/positive$/);
      // One signal heard is too little to read: the board says so rather than give a band.
      expect(await page.locator("#live-band").textContent()).toMatch(/too little to read yet.* so far/i);
      expect(await page.locator(".live-talk").textContent()).toContain("Sam Okafor (you)");
      expect(await page.locator(".live-time").textContent()).toContain("of 45 min scheduled");
      // The session's id is in the address: a reload follows the same session on, with what it heard.
      const search = await page.evaluate<string>("location.search");
      expect(search).toMatch(/^\?session=[0-9a-f-]{36}$/);
      await page.reload();
      await page
        .locator(".live-signals .signal", { hasText: "Asked when you could start" })
        .waitFor({ timeout: 20_000 });
      expect(await page.evaluate<string>("location.search")).toBe(search);
      expect(await page.locator(".live-time").textContent()).toContain("of 45 min scheduled");
      // Lines typed and not added yet, then away to another page and back by the menu: the same session
      // goes on, the lines are still there, and leaving the tab asks first.
      const unsent = "Interviewer: And how do you plan your week?";
      await page.getByLabel("Caption lines", { exact: true }).fill(unsent);
      await page.getByRole("link", { name: "Pipeline" }).click();
      await page.getByRole("heading", { name: "Pipeline", level: 1 }).waitFor();
      await page.getByRole("link", { name: "Live" }).click();
      await page
        .locator(".live-signals .signal", { hasText: "Asked when you could start" })
        .waitFor({ timeout: 20_000 });
      expect(await page.evaluate<string>("location.search")).toBe(search);
      expect(await page.getByLabel("Caption lines", { exact: true }).inputValue()).toBe(unsent);
      const dialogs: string[] = [];
      const onDialog = (d: Dialog) => {
        dialogs.push(d.type());
        void d.accept();
      };
      page.on("dialog", onDialog);
      // Chromium asks only after a user gesture on the page: a click, then a frame for the view to listen.
      await page.getByLabel("Caption lines", { exact: true }).click();
      await page.evaluate(
        "new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))",
      );
      await page.reload();
      expect(dialogs).toEqual(["beforeunload"]);
      page.off("dialog", onDialog);
      await page.getByLabel("Caption lines", { exact: true }).waitFor({ timeout: 20_000 });
      expect(await page.getByLabel("Caption lines", { exact: true }).inputValue()).toBe(unsent);
      await page.getByLabel("Caption lines", { exact: true }).fill("");
      const width = await page.evaluate<number>("document.scrollingElement.scrollWidth");
      expect(width).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: join(ARTIFACTS, `live-${viewport.width}.png`), fullPage: true });
      await expectAccessible(page, "live, hearing");

      await page.getByRole("button", { name: "Finish and read the whole interview" }).click();
      await page.getByRole("heading", { name: "The whole interview" }).waitFor({ timeout: 20_000 });
      expect(await page.locator("#live-band").textContent()).toMatch(/ final$/);
      await page.screenshot({ path: join(ARTIFACTS, `live-final-${viewport.width}.png`), fullPage: true });
      await expectAccessible(page, "live, finished");

      // Save files the transcript and the invite as a round, with a link to the application.
      await page.getByRole("button", { name: "Save to workspace" }).click();
      const saved = page.locator(".saved");
      await saved.waitFor({ timeout: 20_000 });
      // The second width's call is the same application's next round.
      expect(await saved.textContent()).toMatch(/Saved under Wrenfield Robotics, round \d\./);
      await expectAccessible(page, "live, saved");
      await saved.getByRole("link", { name: "Wrenfield Robotics" }).click();
      await page.getByRole("heading", { name: /Wrenfield Robotics/, level: 1 }).waitFor({ timeout: 20_000 });
      await page.close();
      expect(problems).toEqual([]);
      expect(serverLog).toEqual([]);
    },
  );

  it.each(WIDTHS)(
    "at $width px: a session Debrief no longer has says what happened and what to do, in the candidate's words",
    { timeout: 60_000 },
    async (viewport) => {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("console", (m) => {
        // The browser's own line for the refused event stream is expected here.
        if (m.type() === "error" && !/EventSource|status of 400/.test(m.text())) problems.push(m.text());
      });
      // As after Debrief was restarted: the address still names a session the server has never heard of.
      await page.goto(new URL("/live?session=00000000-0000-4000-8000-000000000000", server.url).href);
      const alert = page.getByRole("alert");
      await alert.waitFor({ timeout: 20_000 });
      const said = (await alert.textContent()) ?? "";
      expect(said).toMatch(/^This live read has ended: Debrief was restarted/);
      expect(said).toMatch(/Start a new live read/);
      expect(await page.locator("main").textContent()).not.toMatch(/debrief serve|no live session|server/);
      expect(await page.getByRole("button", { name: "Finish and read the whole interview" }).count()).toBe(0);
      await expectAccessible(page, "live, the session gone");
      await page.getByRole("button", { name: "Start a new live read" }).click();
      await page.getByRole("button", { name: "Start the live read" }).waitFor();
      expect(await page.getByRole("alert").count()).toBe(0);
      expect(await page.evaluate<string>("location.search")).toBe("");
      await page.close();
      expect(problems).toEqual([]);
    },
  );
});
