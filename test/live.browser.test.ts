import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Listening } from "../src/server/listen.js";
import { ARTIFACTS, launchChromium, RUN_BROWSER_TESTS, serveDashboard } from "./browser-harness.js";
import { icsText } from "./mail-fixtures.js";

/*
 * The Live page as a person meets it: the dashboard built with Vite, served by the real server, driven
 * in Debian's Chromium, the board fed over Server-Sent Events. Everyone here is made up.
 */

const CAPTIONS = [
  "Interviewer: Thanks for joining today. Tell me about your last project.",
  "Sam Okafor: I rebuilt the telemetry pipeline for two thousand vehicles.",
  "Interviewer: When could you start?",
  "Sam Okafor: I have four weeks of notice, so early April.",
].join("\n");

const INVITE = icsText({
  uid: "live-browser@wrenfield.example",
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
    context = await launchChromium(tmp, { width: 375, height: 740 });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it("pasted caption lines with an invite: the signal, the time against the slot and the band so far appear; Finish gives the whole read; Save files it", async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    await page.goto(new URL("/", server.url).href);
    await page.getByRole("link", { name: "Live" }).click();
    await page.getByRole("heading", { name: "Live", level: 1 }).waitFor();
    await page.getByLabel("Your name").fill("Sam Okafor");
    const invite = join(tmp, "invite.ics");
    await writeFile(invite, INVITE);
    await page.getByLabel("Calendar invite").setInputFiles(invite);
    await page.getByRole("button", { name: "Start the live read" }).click();

    // Exact: the start form's "I'll paste caption lines as they come" must not match before the box is there.
    await page.getByLabel("Caption lines", { exact: true }).fill(CAPTIONS);
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
    const width = await page.evaluate<number>("document.scrollingElement.scrollWidth");
    expect(width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(ARTIFACTS, "live.png"), fullPage: true });

    await page.getByRole("button", { name: "Finish and read the whole interview" }).click();
    await page.getByRole("heading", { name: "The whole interview" }).waitFor({ timeout: 20_000 });
    expect(await page.locator("#live-band").textContent()).toMatch(/ final$/);
    await page.screenshot({ path: join(ARTIFACTS, "live-final.png"), fullPage: true });

    // Save files the transcript and the invite as a round, with a link to the application.
    await page.getByRole("button", { name: "Save to workspace" }).click();
    const saved = page.locator(".saved");
    await saved.waitFor({ timeout: 20_000 });
    expect(await saved.textContent()).toContain("Saved under Wrenfield Robotics, round 1.");
    await saved.getByRole("link", { name: "Wrenfield Robotics" }).click();
    await page.getByRole("heading", { name: /Wrenfield Robotics/, level: 1 }).waitFor({ timeout: 20_000 });
    await page.close();
    expect(problems).toEqual([]);
    expect(serverLog).toEqual([]);
  });
});
