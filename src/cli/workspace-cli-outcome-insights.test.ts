import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  debrief,
  type Env,
  json,
  type Summary,
  type Todo,
  useCaseFolders,
} from "../../test/workspace-cli-cases.js";

/**
 * The workspace commands end to end in-process: outcome, insights and --tz. The streams, the clock, the case folders and
 * the SQLite workspaces they run in are in test/workspace-cli-cases.ts.
 */

const folders = useCaseFolders();
const { newHome, seeded } = folders;

describe("debrief outcome", () => {
  it("offer settles an application: list shows the stage, todo has nothing for it", async () => {
    const env = await seeded();
    expect((await json<Todo[]>(["todo"], env)).some((t) => t.applicationId === 1)).toBe(true);
    const r = await debrief(["outcome", "1", "offer"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("Brightwater Analytics: offer. Nothing more is planned for it.\n");
    const apps = await json<Summary[]>(["list"], env);
    expect(apps.find((a) => a.id === 1)).toMatchObject({
      stage: "offer",
      outcome: { outcome: "offer", recordedBy: "you" },
    });
    expect(apps.find((a) => a.id === 1)?.nextAction).toBeUndefined();
    expect((await debrief(["list"], env)).stdout.split("\n")[1]).toMatch(
      /^1\s+Brightwater Analytics, Data Engineer\s+offer\s/,
    );
    expect((await json<Todo[]>(["todo"], env)).some((t) => t.applicationId === 1)).toBe(false);
    const show = await debrief(["show", "bright"], env);
    expect(show.stdout).toContain("stage: offer (recorded by you)");
    expect(show.stdout).not.toContain("To do");
  });

  it("a word that is not an outcome is an input error naming the allowed ones, and records nothing", async () => {
    const env = await seeded();
    const r = await debrief(["outcome", "1", "banana"], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'error: "banana" is not an outcome\nhint: use one of: offer, rejected, withdrew, ghosted, open ("open" if a wrong one was read from the mail)\n',
    );
    expect((await json<Summary[]>(["list"], env))[0]?.stage).toBe("interviewing");
  });

  it("an unknown application is an input error", async () => {
    const env = await seeded();
    const r = await debrief(["outcome", "Zephyr", "offer"], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: no application matches "Zephyr"\nhint: /);
  });

  it("an outcome read from a rejection email shows in list and show; open reopens it", async () => {
    const env = await seeded();
    const listed = (await debrief(["list"], env)).stdout.split("\n")[2];
    expect(listed).toMatch(/^2\s+Quillon Foods, Category Analyst\s+rejected\s/);
    expect((await debrief(["show", "2"], env)).stdout).toContain("stage: rejected (read from the mail");

    const r = await debrief(["outcome", "quillon", "open"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("Quillon Foods is open again (was rejected, read from the mail).\n");
    const app = (await json<Summary[]>(["list"], env)).find((a) => a.id === 2);
    expect(app?.stage).toBe("interviewing");
    expect(app?.outcome).toBeUndefined();
    expect((await json<Summary[]>(["list", "--stage", "open"], env)).map((a) => a.id)).toContain(2);
    const show = (await debrief(["show", "2"], env)).stdout;
    expect(show).toMatch(/^2 {2}Quillon Foods, Category Analyst\nstage: interviewing {2}·/);
    expect(show).toContain("outcome: open (recorded by you)");
    // Reopened for real: the read no longer rests on the rejection, and there is something to do again.
    expect((app?.read as { summary?: string } | undefined)?.summary ?? "").not.toMatch(
      /will not move forward|told/i,
    );
    const todo = await json<{ applicationId: number }[]>(["todo"], env);
    expect(todo.map((t) => t.applicationId)).toContain(2);
  });
});

describe("debrief insights and reanalyze", () => {
  let env: Env;
  beforeAll(async () => {
    env = await seeded();
  });

  it("with one outcome, says there are too few to learn from", async () => {
    const r = await debrief(["insights"], env);
    expect(r.code).toBe(0);
    const text = r.stdout.replace(/\s+/g, " ");
    expect(text).toContain(
      "3 applications: 1 decided (0 offers, 1 rejected or ghosted), 0 withdrawn, 2 open",
    );
    expect(text).toContain("Only 1 outcome so far: at least 5 are needed before any pattern means anything");
  });

  it("insights --json has the totals", async () => {
    const j = await json<{ totals: Record<string, unknown>; signals: unknown[] }>(["insights"], env);
    expect(j.totals).toMatchObject({
      applications: 3,
      decided: 1,
      offers: 0,
      rejected: 1,
      open: 2,
      enoughToLearn: false,
    });
    expect(Array.isArray(j.signals)).toBe(true);
  });

  it("reanalyze reports the applications and rounds it re-read", async () => {
    const r = await debrief(["reanalyze"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("Re-read 3 applications (3 rounds).\nNo read changed.\n");
    const j = await json<{ applications: number; rounds: number; changed: unknown[] }>(["reanalyze"], env);
    expect(j).toMatchObject({ applications: 3, rounds: 3, changed: [] });
  });
});

describe("debrief insights: your own sense against your outcomes", () => {
  it("counts the feeling from each application's notes against how it ended", async () => {
    const env = await newHome();
    const folder = join(folders.tmp, "cases", "orbit-freight");
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, "notes.md"),
      "Orbit Freight, Data Analyst. Phone screen with Dana Whitlock.\nI think I bombed the SQL question.\n",
    );
    expect((await debrief(["add", folder], env)).code).toBe(0);
    expect((await debrief(["outcome", "1", "offer"], env)).code).toBe(0);
    const j = await json<{ ownSense: { lean: string; with: { offers: number; decided: number } }[] }>(
      ["insights"],
      env,
    );
    expect(j.ownSense).toMatchObject([{ lean: "badly", with: { offers: 1, decided: 1 } }]);
    const text = (await debrief(["insights"], env)).stdout;
    expect(text).toContain("Your own sense against outcomes");
    expect(text).toContain("You felt it went badly — too few outcomes to tell");
    expect(text).toContain("when you did: 1/1 offers");
  });
});

describe("--tz: the candidate's zone, for invite times given without one", () => {
  /** An invite whose times carry no zone: 15:00 to 16:00 wherever it is read. */
  async function floatingCase(): Promise<string> {
    const dir = join(folders.tmp, `floating-${Math.random().toString(36).slice(2)}`);
    await mkdir(dir);
    await writeFile(
      join(dir, "invite.ics"),
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Debrief tests//EN",
        "BEGIN:VEVENT",
        "UID:floating@tests",
        "DTSTAMP:20260201T000000Z",
        "DTSTART:20260210T150000",
        "DTEND:20260210T160000",
        "SUMMARY:Interview with Tidemark Freight",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n"),
    );
    await writeFile(join(dir, "notes.md"), "# Tidemark Freight, dispatcher\n\nIt went fine.\n");
    return dir;
  }
  const thankYouDue = async (env: Env) =>
    (await json<Todo[]>(["todo"], env)).find((t) => t.kind === "thank-you")?.due;

  it("is remembered by add, and reanalyze --tz re-reads every source in a new one", async () => {
    const env = await newHome();
    const added = await debrief(["add", await floatingCase(), "--tz", "Asia/Tokyo"], env);
    expect(added.code, added.stderr).toBe(0);
    // 16:00 in Tokyo is 07:00 UTC; the thank-you is due a day later.
    expect(Date.parse((await thankYouDue(env)) ?? "")).toBe(Date.parse("2026-02-11T07:00:00Z"));
    const again = await debrief(["reanalyze", "--tz", "America/New_York"], env);
    expect(again.code, again.stderr).toBe(0);
    // 16:00 in New York (EST) is 21:00 UTC.
    expect(Date.parse((await thankYouDue(env)) ?? "")).toBe(Date.parse("2026-02-11T21:00:00Z"));
    const exported = JSON.parse((await debrief(["export"], env)).stdout) as {
      tables: { workspace: { time_zone: string | null }[] };
    };
    expect(exported.tables.workspace[0]?.time_zone).toBe("America/New_York");
  });

  it("an unknown zone is an input error, and nothing is filed", async () => {
    const env = await newHome();
    const r = await debrief(["add", await floatingCase(), "--tz", "Atlantis/Central"], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: --tz "Atlantis\/Central" is not a time zone\nhint: /);
    expect((await debrief(["list"], env)).stdout).toMatch(/^No applications yet/);
  });
});
