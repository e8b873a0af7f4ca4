import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToWorkspace } from "../src/app/add-to-workspace.js";
import { closeStore, openWorkspace } from "../src/app/open-workspace.js";
import { setApplicationOutcome } from "../src/app/reanalyze-workspace.js";
import type { Listening } from "../src/server/listen.js";
import {
  ARTIFACTS,
  launchChromium,
  NOW,
  openPage,
  RUN_BROWSER_TESTS,
  serveDashboard,
} from "./browser-harness.js";
import { emlText as eml } from "./mail-fixtures.js";

/*
 * The dashboard as a person meets it: built from the current sources with Vite, served by the real
 * server over a seeded workspace, driven in Debian's Chromium. Everyone and everything here is made up.
 */

// ---------------------------------------------------------------------------------------------------
// Fixtures

/** A WebVTT cue per line: [start seconds, speaker, words]. */
function vtt(cues: [number, string, string][]): string {
  const clock = (s: number) =>
    `${String(Math.floor(s / 3600)).padStart(2, "0")}:${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}.000`;
  return `WEBVTT\n\n${cues.map(([s, who, text]) => `${clock(s)} --> ${clock(s + 20)}\n<v ${who}>${text}\n`).join("\n")}`;
}

const PRIYA = "Priya Raman";
const SAM = "Sam Okafor";

/** A fifty-minute interview: the start-date question comes late, far below the first screen. */
const QUILLMOOR_TRANSCRIPT = vtt([
  [3, PRIYA, "Hi Sam, thanks for joining. Can you hear me all right?"],
  [8, SAM, "Yes, clearly. Thanks for having me."],
  [70, PRIYA, "Great. I'll start with your background, then a design question, and leave time for yours."],
  [
    120,
    SAM,
    "I lead the telemetry pipeline at a logistics firm: about two thousand vehicles reporting every few seconds.",
  ],
  [
    245,
    PRIYA,
    "You said the vehicles report every few seconds. How did you handle the ones that drop offline for hours?",
  ],
  [
    262,
    SAM,
    "We buffer on the device and replay with sequence numbers, so late readings are merged without double counting.",
  ],
  [450, PRIYA, "And when the replay arrives out of order, what breaks first?"],
  [472, SAM, "The hourly aggregates. We recompute any hour that receives late rows, with a cap on rebuilds."],
  [600, PRIYA, "That's exactly the kind of thinking we need on the robot fleet."],
  [720, SAM, "Thanks. What does the fleet look like today?"],
  [762, PRIYA, "About four hundred robots across three warehouses, and we double that this year."],
  [900, SAM, "How is the team organised around it?"],
  [932, PRIYA, "Six engineers in platform, two in data. You'd sit with the data pair."],
  [1080, SAM, "I built a similar split at my last job, so that sounds familiar."],
  [1210, PRIYA, "Let's do the design question. How would you store the robots' position history?"],
  [
    1260,
    SAM,
    "Partition by robot and day, keep a compact columnar format, and roll older days up to one-minute samples.",
  ],
  [1440, PRIYA, "Why one minute rather than five?"],
  [1475, SAM, "Incident reviews need to see a collision approach, and five minutes hides that entirely."],
  [1620, PRIYA, "Good. What would you change first if you joined?"],
  [
    1645,
    SAM,
    "I'd look at how the replay and the live path agree, because that is where my last system drifted.",
  ],
  [1800, PRIYA, "We have exactly that drift today. Nobody owns it properly."],
  [1920, SAM, "Then I'd be glad to own it."],
  [2040, PRIYA, "Do you have questions for me?"],
  [2085, SAM, "What does success look like in the first six months?"],
  [
    2125,
    PRIYA,
    "A single history store that the replay and the live path both trust, and dashboards used daily.",
  ],
  [2280, SAM, "And how do you decide what the platform team works on?"],
  [2325, PRIYA, "Two-week cycles. Each side brings its top three, and we argue it out on Monday."],
  [2460, SAM, "That sounds healthy."],
  [2580, PRIYA, "It mostly is. Before we finish, when could you start if this goes ahead?"],
  [2625, SAM, "I have a four-week notice period, so early April."],
  [2760, PRIYA, "That works. I'd like you to meet Tomas, our head of engineering, next Thursday at two."],
  [2805, SAM, "Thursday at two is fine."],
  [2880, PRIYA, "You'll hear from me by Friday the 6th with the details."],
  [2940, SAM, "Thank you, Priya. I enjoyed this."],
  [3000, PRIYA, "Me too. Talk soon."],
]);

const QUILLMOOR_INVITE = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Debrief tests//EN",
  "BEGIN:VEVENT",
  "UID:quillmoor-r1@tests.example",
  "DTSTAMP:20260220T090000Z",
  "DTSTART:20260226T150000Z",
  "DTEND:20260226T160000Z",
  "SUMMARY:Quillmoor Robotics: data engineer interview",
  "ORGANIZER;CN=Priya Raman:mailto:priya.raman@quillmoor.example",
  "ATTENDEE;CN=Sam Okafor:mailto:sam.okafor@example.net",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

const QUILLMOOR_NOTES = [
  "# Quillmoor Robotics: data engineer, round 1",
  "",
  "Met Priya Raman, the platform lead, on video for fifty minutes.",
  "She said the drift between replay and live is a problem nobody owns.",
  "",
].join("\n");

const SAM_MAIL = "Sam Okafor <sam.okafor@example.net>";
const PRIYA_MAIL = "Priya Raman <priya.raman@quillmoor.example>";

const QUILLMOOR_THANKS = eml({
  from: SAM_MAIL,
  to: PRIYA_MAIL,
  subject: "Thank you for today",
  date: "Thu, 26 Feb 2026 18:00:00 +0000",
  id: "thanks-1@example.net",
  body: "Hi Priya,\n\nThank you for the conversation about the replay drift. I would be glad to own it.\n\nBest,\nSam",
});

const QUILLMOOR_REPLY = eml({
  from: PRIYA_MAIL,
  to: SAM_MAIL,
  subject: "Re: Thank you for today",
  date: "Fri, 27 Feb 2026 09:30:00 +0000",
  id: "reply-1@quillmoor.example",
  inReplyTo: "thanks-1@example.net",
  body: "Hi Sam,\n\nGreat talking to you. Tomas is looking forward to Thursday.\n\nPriya",
});

const LARKSPUR_NOTES = [
  "# Larkspur Health: data analyst, round 1",
  "",
  "Met Ines Duarte for an hour. She said my answer on the waiting-list model was exactly what they need.",
  "She asked when I could start and introduced me to two people on the team.",
  "",
].join("\n");

const BRIGHTWATER_NOTES = [
  "# Brightwater Analytics: analyst, round 1",
  "",
  "Spoke with Ola Berg for thirty minutes. She seemed distracted and kept checking her phone.",
  "She said they would be in touch. I think it went well anyway.",
  "",
].join("\n");

const SCRIPT = "<script>window.__pwned=1</script>";
const IMG = '<img src=x onerror="window.__pwned=2">';
/** The company's name is markup too: it shows in titles, cards and links. */
const HOSTILE_COMPANY = 'Hollow <img src=x onerror="window.__pwned=3">';

/** A transcript whose words are markup: it must show as text and never run. */
const HOSTILE_TRANSCRIPT = [
  `Riley Chen: Welcome. ${SCRIPT} Let's begin.`,
  `Sam Okafor: Thanks. ${IMG} Happy to be here.`,
  "Riley Chen: That's exactly what we need. <b>bold</b> & more.",
  "Sam Okafor: Glad to hear it.",
  `Riley Chen: When could you start? ${IMG}`,
  "Sam Okafor: In April.",
  "",
].join("\n");

const QUICK_NOTES = [
  "Met Dana Whitlock, the engineering manager, for an hour.",
  "She said my answer on the ingestion pipeline was exactly what they need.",
  "She asked when I could start and said they would send the next steps by Friday.",
  "I think I fumbled the question on backfills.",
].join("\n");

async function writeFolder(dir: string, files: Record<string, string>): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

// ---------------------------------------------------------------------------------------------------
// The browser

/** What has focus, in a few words (run in the page). */
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el) return null;
  return {
    tag: el.tagName,
    text: (el.textContent || "").replace(/\\s+/g, " ").trim().slice(0, 120),
    cls: String(el.className || ""),
    inNav: !!el.closest("nav"),
    id: el.id || "",
  };
})()`;

interface Focused {
  tag: string;
  text: string;
  cls: string;
  inNav: boolean;
  id: string;
}

describe.skipIf(!RUN_BROWSER_TESTS)("the dashboard in Chromium", () => {
  let tmp: string;
  let server: Listening;
  let context: BrowserContext;
  const serverLog: string[] = [];
  const ids = { quillmoor: 0, hostile: 0 };

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "debrief-dashboard-"));
    const home = join(tmp, "home");
    const now = NOW.toISOString();
    const store = await openWorkspace({ DEBRIEF_HOME: home }, now);
    try {
      const quillmoor = await addToWorkspace(
        store,
        [
          await writeFolder(join(tmp, "quillmoor-round-1"), {
            "transcript.vtt": QUILLMOOR_TRANSCRIPT,
            "invite.ics": QUILLMOOR_INVITE,
            "notes.md": QUILLMOOR_NOTES,
            "thanks.eml": QUILLMOOR_THANKS,
            "reply.eml": QUILLMOOR_REPLY,
          }),
        ],
        { now, me: SAM },
      );
      ids.quillmoor = quillmoor.filed[0]?.applicationId ?? 0;
      await addToWorkspace(
        store,
        [await writeFolder(join(tmp, "brightwater-round-1"), { "notes.md": BRIGHTWATER_NOTES })],
        { now, application: "Brightwater Analytics" },
      );
      await setApplicationOutcome(store, "Brightwater Analytics", "rejected", now);
      await addToWorkspace(
        store,
        [await writeFolder(join(tmp, "larkspur-round-1"), { "notes.md": LARKSPUR_NOTES })],
        { now, application: "Larkspur Health" },
      );
      await setApplicationOutcome(store, "Larkspur Health", "offer", now);
      const hostile = await addToWorkspace(
        store,
        [await writeFolder(join(tmp, "hostile-round-1"), { "transcript.txt": HOSTILE_TRANSCRIPT })],
        { now, application: HOSTILE_COMPANY, me: SAM },
      );
      ids.hostile = hostile.filed[0]?.applicationId ?? 0;
    } finally {
      await closeStore(store);
    }
    expect(ids.quillmoor).toBeGreaterThan(0);
    expect(ids.hostile).toBeGreaterThan(0);

    ({ server } = await serveDashboard({ tmp, home, log: (line) => serverLog.push(line) }));
    await mkdir(ARTIFACTS, { recursive: true });
    context = await launchChromium(tmp, { width: 1280, height: 720 });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  /** A fresh tab on a page of the dashboard; what goes wrong in it (errors, CSP refusals) is collected. */
  const open = (path: string, viewport = { width: 1280, height: 720 }) =>
    openPage(context, new URL(path, server.url).href, viewport);

  async function finish(page: Page, name: string, problems: string[]) {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    await page.close();
    expect(problems).toEqual([]);
    expect(serverLog).toEqual([]);
  }

  async function tabUntil(page: Page, wanted: (f: Focused) => boolean, max = 80): Promise<Focused[]> {
    const seen: Focused[] = [];
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      const f = await page.evaluate<Focused | null>(FOCUSED);
      if (!f) continue;
      seen.push(f);
      if (wanted(f)) return seen;
    }
    throw new Error(
      `Tab never reached it; focus went through: ${seen.map((f) => `${f.tag} "${f.text}"`).join(", ")}`,
    );
  }

  it("quick read: pasted notes give a band and signals with their evidence", async () => {
    const { page, problems } = await open("/");
    await page.getByLabel("Your notes").fill(QUICK_NOTES);
    const band = page.locator("#read-band .band-word");
    await band.waitFor({ timeout: 20_000 });
    expect(["strong", "promising", "mixed", "weak"]).toContain((await band.textContent())?.trim());
    const quotes = page.locator(".read .signal .quote");
    await quotes.first().waitFor();
    const texts = (await quotes.allTextContents()).map((t) => t.replace(/^“|”$/g, ""));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((t) => QUICK_NOTES.replace(/\n/g, " ").includes(t))).toBe(true);
    expect(await page.locator(".read .signal .polarity").first().textContent()).toMatch(
      /^[＋－●] (positive|negative|outcome)$/,
    );
    // The candidate's own sense is shown apart from the signals, with its quote.
    const own = page.locator("section.own-sense");
    expect(await own.locator("h2").textContent()).toBe("Your own sense");
    expect(await own.textContent()).toContain("You feel it went badly.");
    expect(await own.locator(".quote").textContent()).toContain(
      "I think I fumbled the question on backfills.",
    );
    await page.screenshot({ path: join(ARTIFACTS, "quick-read.png"), fullPage: true });

    // Nothing is stored until Save; then it is filed, and the page links to it.
    const count = `fetch("/api/applications").then((r) => r.json()).then((a) => a.length)`;
    const before = await page.evaluate<number>(count);
    await page.getByLabel(/^Application \(company\)/).fill("Lumenfold Analytics");
    await page.getByRole("button", { name: "Save to workspace" }).click();
    await page.locator(".saved a", { hasText: "Lumenfold Analytics" }).waitFor({ timeout: 20_000 });
    expect(await page.evaluate<number>(count)).toBe(before + 1);
    // The saved round's Interview view shows the same own sense.
    await page.locator(".saved a", { hasText: "round 1" }).click();
    await page.locator("section.own-sense .quote").waitFor({ timeout: 20_000 });
    expect(await page.locator("section.own-sense").textContent()).toContain("You feel it went badly.");
    await finish(page, "quick-read-saved", problems);
  });

  it("next steps: a draft downloads as an .eml and opens as a mail link", async () => {
    const { page, problems } = await open("/next-steps");
    const card = page.locator(".todo-card", { hasText: "Send a thank-you" }).first();
    await card.waitFor({ timeout: 20_000 });
    // The draft is folded away until asked for.
    await card.locator("details.draft-fold > summary").click();
    const mailto = await card.getByRole("link", { name: "Open in mail app" }).getAttribute("href");
    expect(mailto).toMatch(/^mailto:\?subject=[^&]+&body=Dear%20Riley/);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: "Download .eml" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.eml$/);
    await card.getByText(/^Downloaded /).waitFor();
    await finish(page, "next-steps", problems);
  });

  it("interview: choosing a signal scrolls its quote into view and focuses its mark", async () => {
    const { page, problems } = await open(`/applications/${ids.quillmoor}/rounds/1`);
    const button = page.getByRole("button", { name: /Asked when you could start/ });
    await button.waitFor({ timeout: 20_000 });
    const mark = page.locator("mark.ev", { hasText: /when could you start/i }).first();
    const before = await mark.boundingBox();
    expect(before?.y).toBeGreaterThan(720);
    await button.click();
    await page.waitForFunction("document.activeElement && document.activeElement.tagName === 'MARK'");
    const focused = await page.evaluate<{
      text: string;
      cls: string;
      top: number;
      bottom: number;
      height: number;
    }>(`(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      return { text: el.textContent, cls: el.className, top: r.top, bottom: r.bottom, height: innerHeight };
    })()`);
    expect(focused.text).toMatch(/when could you start/i);
    expect(focused.cls).toContain("is-active");
    expect(focused.top).toBeGreaterThanOrEqual(0);
    expect(focused.bottom).toBeLessThanOrEqual(focused.height);
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    // A signal with more than one quote: each further one's button says which of how many, and of what.
    const more = page.locator(".evidence-item button.link-button");
    expect(await more.count()).toBeGreaterThan(0);
    expect(await more.first().getAttribute("aria-label")).toMatch(/^Show quote \d+ of \d+: [A-Z]/);
    await page.screenshot({ path: join(ARTIFACTS, "interview-jump.png") });
    await finish(page, "interview", problems);
  });

  it("hostile transcript: markup in the words shows as text and never runs", async () => {
    const { page, problems } = await open(`/applications/${ids.hostile}/rounds/1`);
    const pane = page.locator(".document-pane");
    await pane.locator(".turn").first().waitFor({ timeout: 20_000 });
    const text = (await pane.textContent()) ?? "";
    expect(text).toContain(SCRIPT);
    expect(text).toContain(IMG);
    expect(text).toContain("<b>bold</b> & more.");
    expect(await page.locator("h1").textContent()).toContain(HOSTILE_COMPANY);
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
    expect(await page.locator("main img, main script, main b").count()).toBe(0);
    // The evidence marks sit right beside the markup, and are still only text.
    expect(await pane.locator("mark.ev").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, "hostile.png"), fullPage: true });
    // Its name on the pipeline's card, too.
    await page.getByRole("link", { name: "Pipeline" }).click();
    await page.getByRole("link", { name: HOSTILE_COMPANY }).waitFor();
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
    expect(await page.locator("main img, main script").count()).toBe(0);
    await finish(page, "hostile-pipeline", problems);
  });

  it("phone width: no page scrolls sideways at 375 px", async () => {
    const pages: [string, string, string][] = [
      ["phone-pipeline", "/pipeline", ".board"],
      ["phone-interview", `/applications/${ids.quillmoor}/rounds/1`, ".chart canvas"],
      ["phone-application", `/applications/${ids.quillmoor}`, ".chart canvas"],
      ["phone-next-steps", "/next-steps", ".todo-card"],
      ["phone-insights", "/insights", ".caveat-box"],
      ["phone-quick-read", "/", "#quick-notes"],
    ];
    for (const [name, path, ready] of pages) {
      const { page, problems } = await open(path, { width: 375, height: 740 });
      await page.locator(ready).first().waitFor({ timeout: 20_000 });
      if (path === "/") {
        await page.getByLabel("Your notes").fill(QUICK_NOTES);
        await page.locator(".read .draft-text").first().waitFor({ timeout: 20_000 });
      }
      if (path === "/insights") {
        // The gut against the outcomes: Brightwater's notes felt it went well, and it was rejected.
        const own = page.locator("#ins-own-sense").locator("..");
        expect(await own.textContent()).toContain("It went well");
        expect(await own.textContent()).toContain("0 of 1");
      }
      const width = await page.evaluate<number>("document.scrollingElement.scrollWidth");
      expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(375);
      await finish(page, name, problems);
    }
  });

  it("keyboard: Tab reaches the nav links and the signal buttons, and Enter works them", async () => {
    const { page, problems } = await open(`/applications/${ids.quillmoor}/rounds/1`);
    await page.getByRole("button", { name: /Asked when you could start/ }).waitFor({ timeout: 20_000 });
    const seen = await tabUntil(page, (f) => f.tag === "BUTTON" && f.cls.includes("signal-jump"));
    const nav = seen.filter((f) => f.inNav && f.tag === "A").map((f) => f.text);
    expect(nav).toEqual(["Quick read", "Pipeline", "Next steps", "Insights", "Live"]);

    // Enter on a signal button focuses its quote.
    await tabUntil(page, (f) => f.tag === "BUTTON" && /Asked when you could start/.test(f.text));
    await page.keyboard.press("Enter");
    await page.waitForFunction("document.activeElement && document.activeElement.tagName === 'MARK'");
    expect((await page.evaluate<Focused>(FOCUSED)).text).toMatch(/when could you start/i);
    await page.screenshot({ path: join(ARTIFACTS, "keyboard-signal.png") });

    // Enter on a nav link goes to its page, and focus moves there.
    await page.goto(new URL(`/applications/${ids.quillmoor}/rounds/1`, server.url).href);
    // The page drawn first: a late render moving focus would leave the Enter on nothing.
    await page.getByRole("button", { name: /Asked when you could start/ }).waitFor({ timeout: 20_000 });
    await tabUntil(page, (f) => f.inNav && f.text === "Pipeline");
    await page.keyboard.press("Enter");
    await page.locator("h1", { hasText: "Pipeline" }).waitFor();
    expect(await page.evaluate("location.pathname")).toBe("/pipeline");
    // Focus moves in an effect after the new page is drawn: a frame after the heading, not with it
    // (asserted at once, it failed once in a fresh-clone run).
    await page
      .waitForFunction("document.activeElement && document.activeElement.id === 'main'", undefined, {
        timeout: 5_000,
      })
      .catch(() => undefined);
    expect((await page.evaluate<Focused>(FOCUSED)).id).toBe("main");
    await finish(page, "keyboard", problems);
    // Up to 80 key presses, each a round trip to the browser: more than the default 30 s on a loaded
    // machine (it timed out once in a fresh-clone run with every test file going at once).
  }, 120_000);
});
