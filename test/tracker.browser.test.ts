import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToWorkspace } from "../src/app/add-to-workspace.js";
import { closeStore, openWorkspace } from "../src/app/open-workspace.js";
import { setApplicationOutcome } from "../src/app/reanalyze-workspace.js";
import { createApplication } from "../src/app/track-applications.js";
import { type Listening, listen } from "../src/server/listen.js";
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
import { formatMbox } from "./make-mbox.js";

/*
 * Running the search from the dashboard, as a job seeker does it each morning, at a desk (1280 px) and
 * on a phone (375 px): new applications typed, dropped and from a mailbox; stages by keyboard; an
 * outcome seen in Insights; details kept; drafts edited and kept; Mark done undone; a snooze; delete
 * with undo; merge; closed and thin reads shown for what they are. axe-core checks every view and state
 * it passes through, and each writes a screenshot to test-artifacts/ for review. Everyone and
 * everything here is made up.
 */

/** Per width, its own companies: the two runs change the same workspace and must not meet. */
const NAMES = {
  1280: {
    open: "Fernhollow Labs",
    other: "Pebblewick Studio",
    thin: "Quarrystone Bank",
    closed: "Ravelin Freight",
    typed: "Sablecrest Maps",
    dropped: "Thornquay Health",
    mail: ["brindlecove", "osterlyn"],
    silent: "Calderwood Sports",
    dragged: "Gorsebrook Tea",
    touched: "Ivybridge Kites",
  },
  375: {
    open: "Umberfield Games",
    other: "Veldtmoor Energy",
    thin: "Wickenham Press",
    closed: "Yarrowgate Media",
    typed: "Zephyrine Audio",
    dropped: "Alderwick Clinics",
    mail: ["corriebay", "dunmarrow"],
    silent: "Emberlane Books",
    dragged: "Heatherby Rail",
    touched: "Juniper Lane Foods",
  },
} as const;

function notesFor(company: string): string {
  return [
    `# ${company}: data analyst, round 1`,
    "",
    "Met Nadia Brook, the analytics lead, for an hour.",
    "She said my answer on the forecasting model was exactly what they need.",
    "She asked when I could start and introduced me to two people on the team.",
    "She said they would send the next steps by Friday.",
    "",
  ].join("\n");
}

function inviteFor(company: string, slug: string): string {
  return icsText({
    summary: `${company}: data analyst interview`,
    start: "20260302T150000Z",
    end: "20260302T160000Z",
    organizer: `Nadia Brook <nadia.brook@${slug}.example>`,
    attendees: [CANDIDATE],
    uid: `${slug}-r1@tests.example`,
  });
}

/** Hiring mail from two companies nobody filed yet, as one mailbox. */
function mailbox(slugs: readonly string[]): string {
  const messages = slugs.map((slug, i) => {
    const company = slug.charAt(0).toUpperCase() + slug.slice(1);
    return {
      company: i,
      date: new Date(`2026-03-0${i + 2}T10:00:00Z`),
      sender: `talent@${slug}.example`,
      raw: emlText({
        from: `Jo Pennant <talent@${slug}.example>`,
        to: CANDIDATE,
        subject: `Interview invitation: data analyst at ${company}`,
        date: `Mon, 0${i + 2} Mar 2026 10:00:00 +0000`,
        id: `invite-${slug}@${slug}.example`,
        body: `Hi Robin,\n\nThank you for applying for the data analyst role at ${company}. We would like to invite you to an interview next week. Could you share a few times that suit you?\n\nBest regards,\nJo Pennant\nTalent team, ${company}`,
      }).replace(/\r\n/g, "\n"),
    };
  });
  return formatMbox(messages);
}

async function writeFolder(dir: string, files: Record<string, string>): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe.skipIf(!RUN_BROWSER_TESTS)("running the search in Chromium", () => {
  let tmp: string;
  let home: string;
  let webRoot: string;
  let server: Listening;
  let context: BrowserContext;
  /** A second Chromium whose pages take touch, as a phone's or a tablet's do. */
  let touchContext: BrowserContext;
  const serverLog: string[] = [];
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "debrief-tracker-"));
    home = join(tmp, "home");
    const now = NOW.toISOString();
    const store = await openWorkspace({ DEBRIEF_HOME: home }, now);
    try {
      for (const names of Object.values(NAMES)) {
        for (const company of [names.open, names.other]) {
          const slug = company.toLowerCase().replace(/\W+/g, "");
          const r = await addToWorkspace(
            store,
            [
              await writeFolder(join(tmp, slug), {
                "notes.md": notesFor(company),
                "invite.ics": inviteFor(company, slug),
              }),
            ],
            { now, application: company },
          );
          ids[company] = r.filed[0]?.applicationId ?? 0;
        }
        const thin = await addToWorkspace(
          store,
          [
            await writeFolder(join(tmp, `thin-${names.thin}`), {
              "notes.md": `# Call with ${names.thin}\n\nHad the video call today. It was fine I guess.\nWe talked about the role for a while.\n`,
            }),
          ],
          { now, application: names.thin },
        );
        ids[names.thin] = thin.filed[0]?.applicationId ?? 0;
        const closed = await addToWorkspace(
          store,
          [await writeFolder(join(tmp, `closed-${names.closed}`), { "notes.md": notesFor(names.closed) })],
          { now, application: names.closed },
        );
        ids[names.closed] = closed.filed[0]?.applicationId ?? 0;
        await setApplicationOutcome(store, names.closed, "rejected", now);
        // Interviewed in January, thanked them the same day, promised an answer by the 16th: silence since.
        const slug = names.silent.toLowerCase().replace(/\W+/g, "");
        const silent = await addToWorkspace(
          store,
          [
            await writeFolder(join(tmp, slug), {
              "notes.md": `# ${names.silent}: data analyst, round 1\n\nMet Nadia Brook for an hour.\nShe said they would get back to me by January 16.\n`,
              "invite.ics": icsText({
                summary: `${names.silent}: data analyst interview`,
                start: "20260108T150000Z",
                end: "20260108T160000Z",
                organizer: `Nadia Brook <nadia.brook@${slug}.example>`,
                attendees: [CANDIDATE],
                uid: `${slug}-r1@tests.example`,
              }),
              "thanks.eml": emlText({
                from: CANDIDATE,
                to: `Nadia Brook <nadia.brook@${slug}.example>`,
                subject: "Thank you for today",
                date: "Thu, 08 Jan 2026 18:00:00 +0000",
                id: `thanks-${slug}@example.net`,
                body: "Hi Nadia,\n\nThank you for the conversation today.\n\nBest,\nRobin",
              }),
            }),
          ],
          { now, application: names.silent, me: "Robin Ashby" },
        );
        ids[names.silent] = silent.filed[0]?.applicationId ?? 0;
        ids[names.dragged] = (await createApplication(store, { company: names.dragged }, now)).applicationId;
        ids[names.touched] = (await createApplication(store, { company: names.touched }, now)).applicationId;
      }
    } finally {
      await closeStore(store);
    }
    for (const [company, id] of Object.entries(ids)) expect(id, company).toBeGreaterThan(0);
    ({ server, webRoot } = await serveDashboard({ tmp, home, log: (line) => serverLog.push(line) }));
    await mkdir(ARTIFACTS, { recursive: true });
    context = await launchChromium(tmp, WIDTHS[0]);
    touchContext = await launchChromium(tmp, WIDTHS[1], { touch: true });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await touchContext?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const open = (path: string, viewport: { width: number; height: number }) =>
    openPage(context, new URL(path, server.url).href, viewport);

  /** axe-core on the page as it is now: no violation of any impact. */
  async function shot(page: Page, width: number, name: string) {
    await page.screenshot({ path: join(ARTIFACTS, `tracker-${width}-${name}.png`), fullPage: true });
  }

  /** Closes the page; nothing went wrong in it but the refusals the test asked for (`refusals` of them). */
  async function finish(page: Page, problems: string[], refusals = 0) {
    await page.close();
    const refused = problems.filter((p) => p.includes("the server responded with a status of 400"));
    expect(refused).toHaveLength(refusals);
    expect(problems.filter((p) => !refused.includes(p))).toEqual([]);
    expect(serverLog).toEqual([]);
  }

  const api = async <T>(page: Page, path: string): Promise<T> =>
    page.evaluate<T>(`fetch(${JSON.stringify(path)}).then((r) => r.json())`);

  /** The column a card sits in on the Pipeline, by its heading. */
  const columnOf = (page: Page, company: string) =>
    page
      .locator("section.column", { has: page.getByRole("link", { name: company, exact: true }) })
      .locator("h2")
      .textContent();

  describe.each(WIDTHS)("at $width px", { timeout: 60_000 }, (viewport) => {
    const names = NAMES[viewport.width];
    const w = viewport.width;

    it("adds an application by typing its company and role: it lands in Applied", async () => {
      const { page, problems } = await open("/pipeline", viewport);
      await page.locator(".board").waitFor({ timeout: 20_000 });
      await shot(page, w, "pipeline");
      await expectAccessible(page, "pipeline");
      await page.getByText("New application", { exact: true }).click();
      await page.getByLabel("Company").fill(names.typed);
      await page.getByLabel("Role (optional)").fill("Android engineer");
      await expectAccessible(page, "pipeline, new application open");
      await page.getByRole("button", { name: "Add application" }).click();
      await page.locator(".new-form .saved a", { hasText: names.typed }).waitFor({ timeout: 20_000 });
      await page.locator("section.column-applied").getByRole("link", { name: names.typed }).waitFor();
      expect(await columnOf(page, names.typed)).toMatch(/^Applied/);
      const listed = await api<{ company: string; role: string | null; stage: string }[]>(
        page,
        "/api/applications",
      );
      expect(listed.find((a) => a.company === names.typed)).toMatchObject({
        role: "Android engineer",
        stage: "applied",
      });
      // The same one again is refused, and said so.
      await page.getByLabel("Company").fill(names.typed);
      await page.getByLabel("Role (optional)").fill("Android engineer");
      await page.getByRole("button", { name: "Add application" }).click();
      await page.locator(".new-form .error", { hasText: "already an application" }).waitFor();
      await shot(page, w, "pipeline-new-typed");
      await expectAccessible(page, "pipeline, a refused duplicate");
      await finish(page, problems, 1);
    });

    it("adds one by dropping files on the form, and another two by dropping a mailbox", async () => {
      const { page, problems } = await open("/pipeline", viewport);
      await page.locator(".board").waitFor({ timeout: 20_000 });
      await page.getByText("New application", { exact: true }).click();
      await page.getByLabel("Company").fill(names.dropped);
      const drop = async (files: { name: string; text: string }[]) => {
        const transfer = await page.evaluateHandle(`(() => {
          const dt = new DataTransfer();
          for (const f of ${JSON.stringify(files)}) dt.items.add(new File([f.text], f.name, { type: "text/plain" }));
          return dt;
        })()`);
        await page.locator("form.new-form").dispatchEvent("drop", { dataTransfer: transfer });
      };
      await drop([{ name: "notes.md", text: notesFor(names.dropped) }]);
      await page.locator(".new-form .files .file-name", { hasText: "notes.md" }).waitFor();
      await page.getByRole("button", { name: "Add application" }).click();
      await page.locator(".new-form .saved a", { hasText: names.dropped }).waitFor({ timeout: 30_000 });
      // A round was filed with it: it is being interviewed for, not only applied to.
      await page.getByRole("link", { name: names.dropped, exact: true }).first().waitFor();
      expect(await columnOf(page, names.dropped)).toMatch(/^(Interviewing|Waiting)/);

      const before = (await api<unknown[]>(page, "/api/applications")).length;
      await drop([{ name: "All mail.mbox", text: mailbox(names.mail) }]);
      await page.locator(".new-form .files .file-name", { hasText: "All mail.mbox" }).waitFor();
      await page.getByRole("button", { name: "Add application" }).click();
      await page.locator(".new-form .saved a").first().waitFor({ timeout: 30_000 });
      const after = await api<{ company: string }[]>(page, "/api/applications");
      expect(after.length).toBe(before + 2);
      const added = (await page.locator(".new-form .saved a").allTextContents()).map((t) => t.toLowerCase());
      expect(added).toEqual(expect.arrayContaining(names.mail.map((m) => expect.stringContaining(m))));
      await shot(page, w, "pipeline-new-mailbox");
      await expectAccessible(page, "pipeline, after a mailbox");
      await finish(page, problems);
    });

    it("moves an application to another stage with the keyboard alone, and focus stays on it", async () => {
      const { page, problems } = await open("/pipeline", viewport);
      const id = ids[names.other];
      const opener = page.locator(`#stage-btn-${id}`);
      await opener.waitFor({ timeout: 20_000 });
      const from = await columnOf(page, names.other);
      expect(from).not.toMatch(/^Waiting/);
      // Reached with Tab from the card's own link, opened with Enter: focus goes into the menu.
      await page.getByRole("link", { name: names.other, exact: true }).focus();
      for (let i = 0; i < 6 && (await page.evaluate("document.activeElement.id")) !== `stage-btn-${id}`; i++)
        await page.keyboard.press("Tab");
      expect(await page.evaluate("document.activeElement.id")).toBe(`stage-btn-${id}`);
      expect(await opener.getAttribute("aria-expanded")).toBe("false");
      await page.keyboard.press("Enter");
      await expect
        .poll(() => page.evaluate<string>("document.activeElement?.id ?? ''"))
        .toBe(`stage-of-${id}`);
      await expectAccessible(page, "pipeline, a stage menu open");
      // A closed menu takes arrow keys: choose "Waiting to hear", then Tab to Move and press Enter.
      await page.keyboard.press("End");
      for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowUp");
      expect(await page.locator(`#stage-of-${id}`).inputValue()).toBe("waiting");
      await page.keyboard.press("Tab");
      expect(await page.evaluate("document.activeElement.id")).toBe(`move-${id}`);
      await page.keyboard.press("Enter");
      await page.locator("section.column-waiting").getByRole("link", { name: names.other }).waitFor();
      // Focus is back on the card's own "Change stage", in its new column.
      await expect
        .poll(() => page.evaluate<string>("document.activeElement?.id ?? ''"))
        .toBe(`stage-btn-${id}`);
      expect(await page.getByRole("status").filter({ hasText: "Moved" }).textContent()).toContain(
        `Moved ${names.other} to Waiting to hear.`,
      );
      // Kept: a reload puts it in the same column.
      await page.reload();
      await page.locator("section.column-waiting").getByRole("link", { name: names.other }).waitFor({
        timeout: 20_000,
      });
      await shot(page, w, "pipeline-moved");
      await expectAccessible(page, "pipeline, after a move");
      await finish(page, problems);
    });

    it("drags a card to another column, moves it from its handle by keyboard, and drops it on a closing outcome", async () => {
      const { page, problems } = await open("/pipeline", viewport);
      const id = ids[names.dragged];
      const handle = page.locator(`#drag-${id}`);
      await handle.waitFor({ timeout: 20_000 });
      expect(await columnOf(page, names.dragged)).toMatch(/^Applied/);
      const inColumn = (stage: string) =>
        page.locator(`section.column-${stage}`).getByRole("link", { name: names.dragged, exact: true });
      const status = page.locator("main p[role=status][aria-live=polite]");
      /** Presses the mouse on the handle, moves past the drag threshold, then to the middle of `target`. */
      const dragTo = async (target: () => Locator, beforeDrop?: () => Promise<void>) => {
        await handle.scrollIntoViewIfNeeded();
        const from = await handle.boundingBox();
        if (!from) throw new Error("the handle is not drawn");
        await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
        await page.mouse.down();
        await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 3 });
        await page.locator(".drag-ghost").waitFor();
        await target().scrollIntoViewIfNeeded();
        const to = await target().boundingBox();
        if (!to) throw new Error("the drop is not drawn");
        // The middle of what is in view of the drop, away from the edges that scroll the page.
        const top = Math.max(to.y, 60);
        const bottom = Math.min(to.y + to.height, viewport.height - 60);
        await page.mouse.move(to.x + to.width / 2, (top + bottom) / 2, { steps: 4 });
        await page.locator(".drop-target").waitFor();
        await beforeDrop?.();
        await page.mouse.up();
      };

      // With the mouse, onto Interviewing: the column lights up under it, and the card lands there.
      await dragTo(() => page.locator("section.column-interviewing"));
      await inColumn("interviewing").waitFor();
      expect(await page.locator(".drag-ghost").count()).toBe(0);
      await expect.poll(() => status.textContent()).toBe(`Moved ${names.dragged} to Interviewing.`);

      // By keyboard from the handle: Space picks it up, → chooses Waiting to hear, Space drops it.
      await handle.focus();
      await page.keyboard.press("Space");
      await expect.poll(() => status.textContent()).toContain(`Picked up ${names.dragged}, in Interviewing.`);
      await page.locator(`section.column-interviewing.drop-target`).waitFor();
      await shot(page, w, "pipeline-held");
      await expectAccessible(page, "pipeline, a card held from the keyboard");
      await page.keyboard.press("ArrowRight");
      await page.locator("section.column-waiting.drop-target").waitFor();
      await expect.poll(() => status.textContent()).toContain("Waiting to hear.");
      await page.keyboard.press("Space");
      await inColumn("waiting").waitFor();
      await expect.poll(() => page.evaluate<string>("document.activeElement?.id ?? ''")).toBe(`drag-${id}`);
      // Picked up and put back with Escape: it stays, and says so.
      await page.keyboard.press("Enter");
      await page.keyboard.press("ArrowRight");
      await page.locator("section.column-offer.drop-target").waitFor();
      await page.keyboard.press("Escape");
      await expect.poll(() => status.textContent()).toBe(`${names.dragged} stays in Waiting to hear.`);
      expect(await page.locator(".drop-target").count()).toBe(0);
      expect(await columnOf(page, names.dragged)).toMatch(/^Waiting/);

      // Closed takes three drops, one per outcome: dropped on "I withdrew", that is what is recorded.
      await dragTo(
        () => page.locator(".close-drop", { hasText: "I withdrew" }),
        async () => {
          await shot(page, w, "pipeline-dragging");
          await expectAccessible(page, "pipeline, a card dragged over Closed");
        },
      );
      await inColumn("closed").waitFor();
      const card = page.locator("section.column-closed .card", {
        has: page.getByRole("link", { name: names.dragged, exact: true }),
      });
      expect(await card.locator(".outcome").textContent()).toBe("Withdrew");
      const listed = await api<{ id: number; stage: string }[]>(page, "/api/applications");
      expect(listed.find((a) => a.id === id)?.stage).toBe("withdrew");
      await page.reload();
      await inColumn("closed").waitFor({ timeout: 20_000 });
      await expectAccessible(page, "pipeline, after a drop");
      await finish(page, problems);
    });

    it("on a touch screen: a finger drags a card by its handle to another stage, and the stage menu works by taps", async () => {
      const { page, problems } = await openPage(
        touchContext,
        new URL("/pipeline", server.url).href,
        viewport,
      );
      const id = ids[names.touched];
      const handle = page.locator(`#drag-${id}`);
      await handle.waitFor({ timeout: 20_000 });
      expect(await columnOf(page, names.touched)).toMatch(/^Applied/);
      const inColumn = (stage: string) =>
        page.locator(`section.column-${stage}`).getByRole("link", { name: names.touched, exact: true });
      // Touches as the screen sends them: Chromium makes them the pointer events the handle listens to.
      const cdp = await touchContext.newCDPSession(page);
      const touch = (type: "touchStart" | "touchMove" | "touchEnd", x = 0, y = 0) =>
        cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y }] });
      await handle.scrollIntoViewIfNeeded();
      const from = await handle.boundingBox();
      if (!from) throw new Error("the handle is not drawn");
      const x = from.x + from.width / 2;
      const y = from.y + from.height / 2;
      await touch("touchStart", x, y);
      for (let i = 1; i <= 3; i++) await touch("touchMove", x + 4 * i, y + 4 * i);
      await page.locator(".drag-ghost").waitFor();
      // A finger held at the lower edge scrolls the page (on a phone the columns are stacked) until
      // Interviewing is in view: a bounded number of moves, each a little scroll.
      const target = page.locator("section.column-interviewing");
      for (let i = 0; i < 300; i++) {
        const box = await target.boundingBox();
        if (box && box.y < viewport.height - 120 && box.y + box.height > 120) break;
        await touch("touchMove", x, viewport.height - 10 - (i % 2));
      }
      const to = await target.boundingBox();
      if (!to) throw new Error("Interviewing is not drawn");
      const top = Math.max(to.y, 60);
      const bottom = Math.min(to.y + to.height, viewport.height - 60);
      await touch("touchMove", to.x + to.width / 2, (top + bottom) / 2);
      await page.locator("section.column-interviewing.drop-target").waitFor();
      await touch("touchEnd");
      await inColumn("interviewing").waitFor();
      expect(await page.locator(".drag-ghost").count()).toBe(0);
      await expect
        .poll(() => page.locator("main p[role=status][aria-live=polite]").textContent())
        .toBe(`Moved ${names.touched} to Interviewing.`);

      // The board drawn again after the move: focus is on the card's "Change stage", in its new column.
      await expect
        .poll(() => page.evaluate<string>("document.activeElement?.id ?? ''"))
        .toBe(`stage-btn-${id}`);
      // Without dragging, on a page opened afresh: tap "Change stage", choose, tap Move.
      await page.reload();
      await inColumn("interviewing").waitFor({ timeout: 20_000 });
      await page.locator(`#stage-btn-${id}`).tap();
      await page.locator(`#stage-of-${id}`).selectOption("waiting");
      await page.getByRole("button", { name: `Move ${names.touched} to Waiting to hear` }).tap();
      await inColumn("waiting").waitFor();
      // Kept as set by hand: the files say nothing of a stage.
      const listed = await api<{ id: number; details: { stage: string | null } }[]>(
        page,
        "/api/applications",
      );
      expect(listed.find((a) => a.id === id)?.details.stage).toBe("waiting");
      await shot(page, w, "pipeline-touched");
      await expectAccessible(page, "pipeline, after moves by touch");
      await finish(page, problems);
    });

    it("records an outcome from the application's page, and Insights count it", async () => {
      const decided = async (page: Page) => {
        await page.goto(new URL("/insights", server.url).href);
        const caveat = page.locator(".caveat-box p").first();
        await caveat.waitFor({ timeout: 20_000 });
        return Number(/(\d+) decided/.exec((await caveat.textContent()) ?? "")?.[1]);
      };
      const offers = async (page: Page) =>
        Number(await page.locator(".funnel-offers").getAttribute("data-count"));
      const { page, problems } = await open("/pipeline", viewport);
      const before = await decided(page);
      expect(before).toBeGreaterThan(0);
      const offersBefore = await offers(page);
      expect(await page.locator(".funnel-applied").getAttribute("data-count")).toBe(
        String((await api<unknown[]>(page, "/api/applications")).length),
      );
      await page.goto(new URL(`/applications/${ids[names.open]}`, server.url).href);
      const menu = page.locator(`#stage-of-${ids[names.open]}`);
      await menu.waitFor({ timeout: 20_000 });
      await shot(page, w, "application");
      await expectAccessible(page, "application");
      await menu.selectOption("offer");
      // The lead: the stage, the latest read (with its round) and what comes next.
      expect(await page.locator(".lead .lead-read").textContent()).toMatch(
        /^Latest read: .*(strong|promising|mixed|weak).* · round 1$/,
      );
      // What comes next, and when, as the Next steps page says it (the exact time on hover).
      const nextDue = page.locator(".lead time");
      expect(await nextDue.textContent()).toBe("overdue by 2 days");
      expect(await nextDue.getAttribute("title")).toMatch(/2026/);
      await page.getByRole("button", { name: `Move ${names.open} to Offer` }).click();
      await page.locator(".lead .lede", { hasText: "Offer" }).waitFor({ timeout: 20_000 });
      expect(await page.locator(".lead .lede").textContent()).toMatch(/Stage: Offer \(recorded by you/);
      // The offer in the timeline is coloured as good news (the positive green), not the "bad" red.
      const offer = page.locator(".event-outcome.outcome-is-offer");
      expect(await offer.count()).toBe(1);
      // With the outcome known, a round's summary no longer says what would change its read.
      expect(await page.locator(".event-round .summary").allTextContents()).not.toContainEqual(
        expect.stringMatching(/What would change it/),
      );
      const borderOf = (el: unknown) =>
        (
          globalThis as unknown as { getComputedStyle: (e: unknown) => { borderLeftColor: string } }
        ).getComputedStyle(el).borderLeftColor;
      expect(await offer.evaluate(borderOf)).toBe("rgb(26, 127, 55)");
      await shot(page, w, "application-offer");
      await expectAccessible(page, "application with an offer");
      // Every signal on the page is named in words, as the read names it.
      const labels = (await api<{ label: string }[]>(page, "/api/signals")).map((l) => l.label);
      const tags = await page.locator(".event-round .tags .tag").allTextContents();
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags)
        expect(
          labels.some((l) => tag.endsWith(l)),
          tag,
        ).toBe(true);
      expect(await decided(page)).toBe(before + 1);
      expect(await offers(page)).toBe(offersBefore + 1);
      expect(await page.locator(".caveat-box p").first().textContent()).toMatch(/\d+ offers?/);
      await shot(page, w, "insights");
      await expectAccessible(page, "insights");
      await finish(page, problems);
    });

    it("keeps the link, the salary range, the people and the notes of an application across a reload", async () => {
      const { page, problems } = await open(`/applications/${ids[names.other]}`, viewport);
      await page.getByLabel("Link to the job post").waitFor({ timeout: 20_000 });
      await page.getByLabel("Link to the job post").fill("https://jobs.example/analyst-17");
      await page.getByLabel("From").fill("52000");
      await page.getByLabel("To", { exact: true }).fill("61000");
      await page.getByLabel("Currency").fill("EUR");
      await page.getByLabel("People there (one a line)").fill("Nadia Brook, analytics lead");
      await page.getByLabel("Your notes").fill("Ask about the team's on-call rota.");
      await page.getByRole("button", { name: "Save details" }).click();
      await page.locator(".details-form .status", { hasText: "Saved." }).waitFor({ timeout: 20_000 });
      await page.reload();
      await page.getByLabel("Link to the job post").waitFor({ timeout: 20_000 });
      expect(await page.getByLabel("Link to the job post").inputValue()).toBe(
        "https://jobs.example/analyst-17",
      );
      expect(await page.getByLabel("From").inputValue()).toBe("52000");
      expect(await page.getByLabel("To", { exact: true }).inputValue()).toBe("61000");
      expect(await page.getByLabel("People there (one a line)").inputValue()).toBe(
        "Nadia Brook, analytics lead",
      );
      expect(await page.getByLabel("Your notes").inputValue()).toBe("Ask about the team's on-call rota.");
      // What was given: a chip for its kind, the whole name on hover, the file's own name shown.
      const notesItem = page
        .locator(".sources li")
        .filter({ has: page.locator(".chip", { hasText: "Notes" }) });
      expect(await notesItem.locator(".chip").getAttribute("title")).toMatch(/\/notes\.md$/);
      expect(await notesItem.textContent()).toMatch(/^Notes notes\.md added /);
      // A salary range upside down is refused, with the reason.
      await page.getByLabel("From").fill("90000");
      await page.getByRole("button", { name: "Save details" }).click();
      await page.locator(".details-form .error", { hasText: "lowest salary is above the highest" }).waitFor();
      await shot(page, w, "application-details");
      await expectAccessible(page, "application details, a refused range");
      await finish(page, problems, 1);
    });

    it("renames an application from its page, sees the new name on the Pipeline, and can rename it back", async () => {
      const id = ids[names.touched];
      const { page, problems } = await open(`/applications/${id}`, viewport);
      const company = page.locator("#d-company");
      await company.waitFor({ timeout: 20_000 });
      // Moved by hand to Waiting to hear: the page says the stage the Pipeline shows, and when next is due.
      await page.evaluate(
        `fetch("/api/applications/${id}/stage", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ stage: "waiting" }) })`,
      );
      await page.reload();
      await page.locator(".lead .lede", { hasText: "Stage: Waiting" }).waitFor({ timeout: 20_000 });
      const renamed = `${names.touched} Group`;
      await company.fill(renamed);
      await page.getByRole("button", { name: "Save details" }).click();
      await page
        .locator(".details-form .status", { hasText: `Saved. Renamed from ${names.touched}.` })
        .waitFor({ timeout: 20_000 });
      await page.locator("h1", { hasText: renamed }).waitFor();
      await shot(page, w, "application-renamed");
      await expectAccessible(page, "application, renamed");
      await page.goto(new URL("/pipeline", server.url).href);
      await page.getByRole("link", { name: renamed, exact: true }).waitFor({ timeout: 20_000 });
      await page.goBack();
      // Back on its page, a new load: the undo is offered once, right after the rename, so rename again by hand.
      await company.waitFor({ timeout: 20_000 });
      expect(await company.inputValue()).toBe(renamed);
      await company.fill(names.touched);
      await page.getByRole("button", { name: "Save details" }).click();
      await page.locator("h1", { hasText: names.touched }).waitFor({ timeout: 20_000 });
      await page.locator(".details-form .status", { hasText: `Renamed from ${renamed}` }).waitFor();
      await page.getByRole("button", { name: `Undo rename (back to ${renamed})` }).click();
      await page.locator(".details-form .status", { hasText: `Renamed back to ${renamed}.` }).waitFor();
      await page.locator("h1", { hasText: renamed }).waitFor({ timeout: 20_000 });
      // Left as it was found.
      await company.fill(names.touched);
      await page.getByRole("button", { name: "Save details" }).click();
      await page.locator("h1", { hasText: names.touched }).waitFor({ timeout: 20_000 });
      await finish(page, problems);
    });

    it("next steps: grouped, relative dates with the exact time on hover; an edited draft survives a reload", async () => {
      const { page, problems } = await open("/next-steps", viewport);
      await page.locator(".todo-group").first().waitFor({ timeout: 20_000 });
      const groups = await page.locator(".todo-group h2").allTextContents();
      const order = ["Overdue", "This week", "Later", "No date"];
      const seen = groups.map((g) => order.findIndex((o) => g.startsWith(o)));
      expect(seen.every((i) => i >= 0)).toBe(true);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
      // Words for a job seeker: a cited file is a chip ("notes", "invite") with the file on hover, and
      // the command line's flags are not mentioned.
      expect(await page.locator("main").textContent()).not.toMatch(
        /--nudge-after|patient reading|\.(md|eml|ics|vtt)\b/,
      );
      const chip = page.locator(".todo-card .why .source-chip").first();
      expect(await chip.textContent()).toMatch(/^(notes|email|invite|transcript)$/);
      expect(await chip.getAttribute("title")).toMatch(/^From .+\.(md|eml|ics|vtt)/);
      await shot(page, w, "next-steps");
      await expectAccessible(page, "next steps");
      const card = page
        .locator(".todo-card", { hasText: "Send a thank-you" })
        .filter({ hasText: names.other });
      await card.waitFor();
      // The interview ended on 2 March at 16:00; the thank-you was due a day later: overdue on the 5th.
      const time = card.locator(".when time");
      expect(await time.textContent()).toBe("Overdue by 2 days");
      expect(await time.getAttribute("title")).toMatch(/2026/);
      expect(await card.locator(".draft-text").isVisible()).toBe(false);
      await card.locator("details.draft-fold > summary").click();
      const draft = card.locator(".draft-text");
      await draft.waitFor();
      // Signed with the candidate's name once it is known, never "[your name]".
      expect(await draft.inputValue()).toContain("Robin Ashby");
      expect(await draft.inputValue()).not.toContain("[your name]");
      await expectAccessible(page, "next steps, a draft open");
      const mine = `My own words for ${names.other}, written at ${w} px.`;
      await draft.fill(mine);
      await card.getByRole("button", { name: "Save draft" }).click();
      await card.getByText("Your draft is saved.").waitFor();
      const href = await card.getByRole("link", { name: "Open in mail app" }).getAttribute("href");
      expect(decodeURIComponent(href ?? "")).toContain(mine);
      await page.reload();
      const again = page
        .locator(".todo-card", { hasText: "Send a thank-you" })
        .filter({ hasText: names.other });
      await again.locator("details.draft-fold > summary", { hasText: "Your draft (edited)" }).click();
      expect(await again.locator(".draft-text").inputValue()).toBe(mine);
      await shot(page, w, "next-steps-draft");
      await finish(page, problems);
    });

    it("next steps: Mark done moves focus to its Undo, and Undo brings it back; a snooze moves it out of Overdue", async () => {
      const { page, problems } = await open("/next-steps", viewport);
      const card = () =>
        page.locator(".todo-card", { hasText: "Send a thank-you" }).filter({ hasText: names.other });
      await card().waitFor({ timeout: 20_000 });
      await card()
        .getByRole("button", { name: `Mark done: Send a thank-you (${names.other})` })
        .click();
      const undo = page.getByRole("button", { name: "Undo: Send a thank-you is not done" });
      await undo.waitFor();
      // The page's CSP refuses eval, so focus is polled from outside rather than waited for inside.
      await expect
        .poll(() => page.evaluate<string>("document.activeElement?.textContent ?? ''"))
        .toMatch(/^Undo/);
      await card().waitFor({ state: "detached" });
      await shot(page, w, "next-steps-done");
      await expectAccessible(page, "next steps, after Mark done");
      await undo.click();
      await card().waitFor();
      expect(await page.locator(".undo-bar").count()).toBe(0);

      const overdue = page.locator("section.todo-group", { has: page.locator("h2", { hasText: "Overdue" }) });
      expect(await overdue.locator(".todo-card", { hasText: names.other }).count()).toBeGreaterThan(0);
      await card()
        .getByRole("button", { name: `Snooze a week: Send a thank-you (${names.other})` })
        .click();
      await card().locator(".when", { hasText: "Snoozed until" }).waitFor();
      const later = page.locator("section.todo-group", {
        has: page.locator("h2", { hasText: /^(This week|Later)/ }),
      });
      expect(
        await later
          .locator(".todo-card", { hasText: "Send a thank-you" })
          .filter({ hasText: names.other })
          .count(),
      ).toBe(1);
      expect(
        await overdue
          .locator(".todo-card", { hasText: "Send a thank-you" })
          .filter({ hasText: names.other })
          .count(),
      ).toBe(0);
      await shot(page, w, "next-steps-snoozed");
      await expectAccessible(page, "next steps, snoozed");
      await finish(page, problems);
    });

    it("a closed application says so, with the date, and gives no advice; a thin read shows no score", async () => {
      const { page, problems } = await open(`/applications/${ids[names.closed]}`, viewport);
      const lede = page.locator(".lead .lede");
      await lede.waitFor({ timeout: 20_000 });
      expect(await lede.textContent()).toMatch(/Closed: rejected, recorded on \w{3}, .*Mar.* 2026/);
      expect(await page.locator("#app-due").count()).toBe(0);
      expect(await page.locator(".event-round .summary").count()).toBe(0);
      expect(await page.locator("main").textContent()).not.toMatch(/What would change it/i);
      await shot(page, w, "application-closed");
      await expectAccessible(page, "a closed application");

      await page.goto(new URL(`/applications/${ids[names.thin]}`, server.url).href);
      const badge = page.locator(".event-round .band");
      await badge.waitFor({ timeout: 20_000 });
      expect(await badge.textContent()).toBe("Too little to read yet");
      expect(await page.locator(".lead .lead-read .band").textContent()).toBe("Too little to read yet");
      expect(await badge.getAttribute("class")).toContain("band-none");
      expect(await page.locator(".event-round .band-score").count()).toBe(0);
      await shot(page, w, "application-thin");
      await expectAccessible(page, "a thin read");
      // On its Pipeline card too: no band, no colour of one.
      await page.goto(new URL("/pipeline", server.url).href);
      const card = page.locator(".card", { has: page.getByRole("link", { name: names.thin, exact: true }) });
      await card.waitFor({ timeout: 20_000 });
      expect(await card.locator(".band").textContent()).toBe("Too little to read yet");
      expect(await page.locator(".card", { hasText: names.other }).locator(".band-word").count()).toBe(1);
      await finish(page, problems);
    });

    it("deletes with a confirmation and an undo the server keeps; without the undo it stays gone", async () => {
      const { page, problems } = await open(`/applications/${ids[names.thin]}`, viewport);
      await page.getByRole("button", { name: `Delete ${names.thin}…` }).click();
      // The window it promises, in minutes: checked below against the one the server keeps.
      const promised = Number(
        /For (\d+) minutes/.exec((await page.locator("#delete-q").textContent()) ?? "")?.[1],
      );
      expect(promised).toBeGreaterThan(0);
      await expectAccessible(page, "delete asked");
      await page.getByRole("button", { name: `Yes, delete ${names.thin}` }).click();
      await page.locator("h1", { hasText: "Pipeline" }).waitFor();
      const undo = page.getByRole("button", { name: `Undo delete of ${names.thin}` });
      await undo.waitFor();
      expect(await page.getByRole("link", { name: names.thin, exact: true }).count()).toBe(0);
      await shot(page, w, "pipeline-deleted");
      await expectAccessible(page, "pipeline, a delete to undo");
      // Deleted on the server at once (another tab would not see it); Undo asks the server to put it back.
      const companies = async () =>
        (await api<{ company: string }[]>(page, "/api/applications")).map((a) => a.company);
      await expect.poll(companies).not.toContain(names.thin);
      await undo.click();
      await page.getByRole("link", { name: names.thin, exact: true }).waitFor();
      // The card comes back at once; the server's answer to the Undo follows.
      await expect.poll(companies).toContain(names.thin);
      // The same application, under its own id, with its round.
      expect(await page.getByRole("link", { name: names.thin, exact: true }).getAttribute("href")).toBe(
        `/applications/${ids[names.thin]}`,
      );
      await expect
        .poll(() => page.getByRole("status").filter({ hasText: "is back" }).textContent())
        .toBe(`${names.thin} is back.`);

      // Again, and this time let it go.
      await page.getByRole("link", { name: names.thin, exact: true }).click();
      await page.getByRole("button", { name: `Delete ${names.thin}…` }).click();
      await page.getByRole("button", { name: `Yes, delete ${names.thin}` }).click();
      await undo.waitFor();
      // The bar tells where it can be put back later, and until when: the server's window, not the bar's.
      await page.locator(".undo-bar time").waitFor();
      expect(await page.locator(".undo-bar").textContent()).toMatch(/Until .+ you can also put it back/);
      await undo.waitFor({ state: "detached", timeout: 20_000 });
      // The bar's time is up and the delete went out: the server no longer has it.
      await expect.poll(companies, { timeout: 10_000 }).not.toContain(names.thin);
      const putBack = page.getByRole("button", { name: `Put back ${names.thin}` });
      await putBack.waitFor();
      const listed = await api<{ company: string; deletedAt: string; restorableUntil: string }[]>(
        page,
        "/api/deleted",
      );
      const entry = listed.find((d) => d.company === names.thin);
      // As long as the confirmation said, and as the server keeps it.
      expect(Date.parse(entry?.restorableUntil ?? "") - Date.parse(entry?.deletedAt ?? "")).toBe(
        promised * 60_000,
      );
      await putBack.scrollIntoViewIfNeeded();
      await shot(page, w, "pipeline-recently-deleted");
      await expectAccessible(page, "pipeline, recently deleted");

      // The server is restarted: the page, reloaded, still offers it, and puts it back.
      await page.close();
      await server.close();
      server = await listen({
        env: { DEBRIEF_HOME: home },
        host: "127.0.0.1",
        port: 0,
        now: () => NOW,
        log: (line) => serverLog.push(line),
        webRoot,
      });
      const again = await open("/pipeline", viewport);
      const putBackAgain = again.page.getByRole("button", { name: `Put back ${names.thin}` });
      await putBackAgain.waitFor({ timeout: 20_000 });
      await putBackAgain.click();
      await again.page.locator(".card").getByRole("link", { name: names.thin, exact: true }).waitFor();
      await expect
        .poll(() => again.page.getByRole("status").filter({ hasText: "is back" }).textContent())
        .toBe(`${names.thin} is back.`);
      // The recently-deleted list is drawn again after the status says so: wait for it, as for the status.
      await expect
        .poll(() => again.page.getByRole("button", { name: `Put back ${names.thin}` }).count())
        .toBe(0);
      expect(
        (await api<{ company: string }[]>(again.page, "/api/applications")).map((a) => a.company),
      ).toContain(names.thin);
      await finish(again.page, [...problems, ...again.problems]);
    });

    it("merges another application into one, after asking", async () => {
      const { page, problems } = await open(`/applications/${ids[names.open]}`, viewport);
      await page.getByRole("button", { name: `Merge another application into ${names.open}…` }).click();
      await page
        .getByLabel("Application to merge in")
        .selectOption({ label: `${names.typed} (Android engineer)` });
      await expectAccessible(page, "merge asked");
      await shot(page, w, "application-merge");
      await page.getByRole("button", { name: `Merge into ${names.open}` }).click();
      await page.getByText(`${names.typed} was merged into ${names.open}.`).waitFor({ timeout: 20_000 });
      const companies = (await api<{ company: string }[]>(page, "/api/applications")).map((a) => a.company);
      expect(companies).toContain(names.open);
      expect(companies).not.toContain(names.typed);
      await finish(page, problems);
    });

    it("quick read keeps what is typed across pages and a reload, warns before leaving, and reads right under it on a phone", async () => {
      const { page, problems } = await open("/", viewport);
      const dialogs: string[] = [];
      const questions: string[] = [];
      let leave = true;
      page.on("dialog", (d) => {
        dialogs.push(d.type());
        if (d.type() === "confirm") questions.push(d.message());
        void (leave ? d.accept() : d.dismiss());
      });
      const notes = page.getByLabel("Your notes");
      await notes.click();
      const typed = `${notesFor(names.open)}I think I stumbled on the question about seasonality.\n`;
      await notes.fill(typed);
      const under = page.locator(".read-under .band");
      await under.waitFor({ state: "attached", timeout: 20_000 });
      if (viewport.width < 960) {
        // The band sits right under the notes, not a screen or more below them.
        const box = await notes.boundingBox();
        const band = await under.boundingBox();
        expect(band && box ? band.y - (box.y + box.height) : Number.POSITIVE_INFINITY).toBeLessThan(80);
        expect(await under.textContent()).toMatch(/strong|promising|mixed|weak|Too little/);
      } else {
        // Beside the notes the whole read is in view already: no second copy.
        expect(await under.isVisible()).toBe(false);
      }
      await shot(page, w, "quick-read");
      await expectAccessible(page, "quick read with notes");
      // Away and back in the dashboard: kept.
      await page.getByRole("link", { name: "Pipeline" }).click();
      await page.locator("h1", { hasText: "Pipeline" }).waitFor();
      await page.getByRole("link", { name: "Quick read" }).click();
      expect(await page.getByLabel("Your notes").inputValue()).toBe(typed);
      // Leaving the page asks first; after a reload the notes are still there. Chromium asks only
      // after a user gesture on the page, and the view listens once it has painted: click, then let
      // a frame pass, so the check does not depend on how busy the machine is.
      await page.getByLabel("Your notes").click();
      await page.evaluate(
        "new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))",
      );
      await page.reload();
      expect(dialogs).toEqual(["beforeunload"]);
      await page.getByLabel("Your notes").waitFor();
      expect(await page.getByLabel("Your notes").inputValue()).toBe(typed);
      await page.evaluate("localStorage.removeItem('debrief:quick-read')");
      // Files picked cannot be kept: going to another page asks first, and staying keeps them.
      const file = join(tmp, `quick-${w}.txt`);
      await writeFile(file, "Interviewer: When could you start?\nRobin Ashby: In a month.\n");
      await page.locator("#quick-files").setInputFiles(file);
      await page.locator("ul.files li", { hasText: `quick-${w}.txt` }).waitFor();
      leave = false;
      await page.getByRole("link", { name: "Pipeline" }).click();
      expect(questions).toEqual([
        "The file you added here is not saved and would be dropped. Leave this page anyway?",
      ]);
      expect(await page.locator("h1").textContent()).toBe("Quick read");
      expect(await page.locator("ul.files li").count()).toBe(1);
      leave = true;
      await page.getByRole("link", { name: "Pipeline" }).click();
      expect(questions).toHaveLength(2);
      await page.locator("h1", { hasText: "Pipeline" }).waitFor();
      await finish(page, problems);
    });

    it("the other views pass axe too: an interview, Live, an empty Quick read, a page that is not there", async () => {
      for (const [name, path, ready] of [
        ["interview", `/applications/${ids[names.other]}/rounds/1`, ".document-pane"],
        ["live", "/live", "form.live-start"],
        ["quick-read-empty", "/", "#quick-notes"],
        ["not-found", "/no-such-page", "h1"],
      ] as const) {
        const { page, problems } = await open(path, viewport);
        await page.locator(ready).first().waitFor({ timeout: 20_000 });
        await shot(page, w, name);
        await expectAccessible(page, name);
        if (name === "interview") {
          // A signal's button lands on its quote; Esc there gives focus back to that button.
          const button = page.locator("button.signal-jump").first();
          const label = (await button.textContent()) ?? "";
          await button.click();
          const focused = () => page.evaluate<string>("document.activeElement?.tagName ?? ''");
          await expect.poll(focused).toBe("MARK");
          await page.keyboard.press("Escape");
          await expect.poll(focused).toBe("BUTTON");
          expect(await page.evaluate<string>("document.activeElement.textContent")).toBe(label);
        }
        await finish(page, problems);
      }
    });

    it("asks 'Mark as ghosted?' of an application silent past the date they gave, and one click closes it", async () => {
      const { page, problems } = await open("/pipeline", viewport);
      const ask = page.getByRole("button", { name: `Mark ${names.silent} as ghosted?` });
      await ask.waitFor({ timeout: 20_000 });
      expect(await columnOf(page, names.silent)).toMatch(/^Waiting/);
      await expectAccessible(page, "pipeline, asking about a ghosting");
      await ask.click();
      await page.locator("section.column-closed").getByRole("link", { name: names.silent }).waitFor();
      const card = page.locator(".card", {
        has: page.getByRole("link", { name: names.silent, exact: true }),
      });
      expect(await card.locator(".outcome").textContent()).toBe("Ghosted");
      expect(await ask.count()).toBe(0);
      await finish(page, problems);
    });

    it("no view scrolls sideways", async () => {
      for (const path of ["/pipeline", "/next-steps", `/applications/${ids[names.other]}`]) {
        const { page, problems } = await open(path, viewport);
        await page.locator("main h2").first().waitFor({ timeout: 20_000 });
        const width = await page.evaluate<number>("document.scrollingElement.scrollWidth");
        expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(viewport.width);
        await finish(page, problems);
      }
    });
  });
});
