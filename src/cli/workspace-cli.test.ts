import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BANDS,
  debrief,
  type Env,
  json,
  type Summary,
  useCaseFolders,
} from "../../test/workspace-cli-cases.js";

/**
 * The workspace commands end to end in-process: a home that cannot be made, where, add and list. The streams, the clock, the case folders and
 * the SQLite workspaces they run in are in test/workspace-cli-cases.ts.
 */

const folders = useCaseFolders();
const { newHome, seeded } = folders;

describe("a workspace home that cannot be made", () => {
  it.skipIf(process.platform !== "linux")(
    "under /proc: exits 1 at once with the reason, no hang",
    async () => {
      const r = await debrief(["list"], { DEBRIEF_HOME: "/proc/debrief-nowhere/deeper" });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^error: cannot open the workspace at \/proc\/debrief-nowhere\/deeper\/debrief\.sqlite: ENOENT/,
      );
      expect(r.stderr).toContain("hint: ");
    },
  );

  it("a home several folders deep that does not exist yet is made", async () => {
    const base = await mkdtemp(join(tmpdir(), "debrief-deep-"));
    try {
      const r = await debrief(["list"], { DEBRIEF_HOME: join(base, "a", "b", "c") });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("No applications yet");
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});

describe("debrief where", () => {
  it("prints debrief.sqlite in DEBRIEF_HOME", async () => {
    const home = join(folders.tmp, "somewhere");
    const r = await debrief(["where"], { DEBRIEF_HOME: home });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${join(home, "debrief.sqlite")}\n`);
  });

  it("falls back to the XDG data directory", async () => {
    const r = await debrief(["where", "--json"], { XDG_DATA_HOME: "/srv/xdg", HOME: "/home/jordan" });
    expect(JSON.parse(r.stdout)).toEqual({
      location: "/srv/xdg/debrief/debrief.sqlite",
      how: "XDG_DATA_HOME",
    });
  });

  it.each([
    ["postgres://jordan:hunter2@db.example:5432/debrief", "postgres://jordan:***@db.example:5432/debrief"],
    // A password with "@" in it: the driver reads up to the last "@", so must the masking.
    ["postgres://jordan:hunt@er2@db.example/debrief", "postgres://jordan:***@db.example/debrief"],
    [
      "postgresql://jordan@db.example/debrief?sslmode=require&password=hunter2",
      "postgresql://jordan@db.example/debrief?sslmode=require&password=***",
    ],
  ])("DEBRIEF_DATABASE_URL wins over DEBRIEF_HOME, its password hidden: %s", async (url, shown) => {
    const env = { DEBRIEF_HOME: join(folders.tmp, "ignored"), DEBRIEF_DATABASE_URL: url };
    const r = await debrief(["where"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${shown}\n`);
    expect(r.stdout).not.toMatch(/hunt|er2/);
    const j = await json<{ location: string; how: string }>(["where"], env);
    expect(j).toEqual({ location: shown, how: "DEBRIEF_DATABASE_URL" });
  });
});

describe("debrief add", () => {
  it("prints the application it filed, and adding the same folder again files nothing new", async () => {
    const env = await newHome();
    const first = await debrief(["add", folders.cases.brightwater], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /^1 {2}Brightwater Analytics, Data Engineer: 4 files filed, round 1 \(new\)/,
    );
    expect(first.stdout).toContain("new application");

    const again = await debrief(["add", folders.cases.brightwater], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("4 files already in the workspace: unchanged");
    expect(again.stdout).toContain("Nothing new.");
    const apps = await json<Summary[]>(["list"], env);
    expect(apps).toHaveLength(1);
    expect(apps[0]?.messages).toBe(2);
  });

  it("--json lists what was filed and what was already there", async () => {
    const env = await newHome();
    type Report = {
      filed: { applicationId: number; company: string; role: string | null; sources: string[] }[];
      duplicates: string[];
      outcomes: { applicationId: number; outcome: string }[];
    };
    const report = await json<Report>(["add", folders.cases.quillon], env);
    expect(report.filed).toHaveLength(1);
    expect(report.filed[0]).toMatchObject({
      applicationId: 1,
      company: "Quillon Foods",
      role: "Category Analyst",
    });
    expect(report.filed[0]?.sources).toHaveLength(4);
    expect(report.duplicates).toEqual([]);
    expect(report.outcomes).toEqual([expect.objectContaining({ applicationId: 1, outcome: "rejected" })]);

    const again = await json<Report>(["add", folders.cases.quillon], env);
    expect(again.filed).toEqual([]);
    expect(again.duplicates).toHaveLength(4);
    expect(again.outcomes).toEqual([]);
  });

  it("a path that does not exist is an input error and creates nothing", async () => {
    const env = await newHome();
    const r = await debrief(["add", join(folders.tmp, "no-such-folder")], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*no-such-folder.*: no such file or folder/);
    expect((await debrief(["list"], env)).stdout).toMatch(/^No applications yet/);
  });
});

describe("debrief list", () => {
  let env: Env;
  let apps: Summary[];
  beforeAll(async () => {
    env = await seeded();
    apps = await json<Summary[]>(["list"], env);
  });

  it("--json has one entry per application with its stage, read, silence and next action", () => {
    expect(apps.map((a) => [a.id, a.company, a.role])).toEqual([
      [1, "Brightwater Analytics", "Data Engineer"],
      [2, "Quillon Foods", "Category Analyst"],
      [3, "Larkspur Health", "Product Designer"],
    ]);
    const [bright, quill, lark] = apps;
    expect(bright).toMatchObject({ stage: "interviewing", rounds: 1, messages: 2 });
    // Priya wrote on 6 Feb at 14:30Z; now is 11 Feb 17:00Z.
    expect(bright?.lastFromCompany).toEqual({ at: "2026-02-06T14:30:00.000Z", days: 5 });
    expect(bright?.nextAction?.kind).toBe("status-check");
    expect(quill).toMatchObject({ stage: "rejected", outcome: { outcome: "rejected", recordedBy: "email" } });
    expect(quill?.nextAction).toBeUndefined();
    expect(lark).toMatchObject({ stage: "interviewing", messages: 0 });
    expect(lark?.lastFromCompany).toBeUndefined();
    // No mail, but the panel was on Monday: that is their last contact.
    expect(lark?.lastContact).toMatchObject({ what: "round" });
    expect(lark?.lastContact?.days).toBeLessThan(7);
    // No thank-you was sent after Monday's panel: it is the next thing, and a day late.
    expect(lark?.nextAction).toMatchObject({ kind: "thank-you", isOverdue: true });
    for (const a of apps) expect(BANDS).toContain(a.read?.band);
  });

  it("prints a header and one line per application, matching --json", async () => {
    const r = await debrief(["list"], env);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^id\s+application\s+stage\s+read\s+company\s+next$/);
    expect(lines).toHaveLength(1 + apps.length);
    for (const [i, a] of apps.entries()) {
      const line = lines[i + 1] ?? "";
      expect(line).toMatch(
        new RegExp(`^${a.id}\\s+${a.company}, ${a.role}\\s+${a.stage}\\s+${a.read?.band}\\s`),
      );
      if (a.nextAction) expect(line).toContain(a.nextAction.kind);
    }
    expect(lines[1]).toContain("wrote 5 days ago");
    expect(lines[1]).toContain("status-check in 9 days");
    expect(lines[2]).toContain("outcome read from mail");
    expect(lines[3]).toContain("no mail from them");
    // With no mail, the days since the last contact are the days since the round.
    expect(lines[3]).toMatch(/met (?:\d+ days ago|yesterday|today), no mail from them/);
    expect(lines[3]).toContain("thank-you overdue by 1 day");
  });

  it.each([
    [
      ["--stage", "open"],
      [1, 3],
    ],
    [["--stage", "rejected"], [2]],
    [["--stage", "offer"], []],
    [["--company", "bright"], [1]],
    [["--company", "QUILL"], [2]],
    [["--company", "health"], [3]],
    [["--company", "nobody"], []],
  ])("list %j keeps applications %j", async (filter, ids) => {
    const found = await json<Summary[]>(["list", ...filter], env);
    expect(found.map((a) => a.id)).toEqual(ids);
  });

  it("--band keeps exactly the applications whose latest read is that band", async () => {
    for (const band of BANDS) {
      const found = await json<Summary[]>(["list", "--band", band], env);
      expect(found.map((a) => a.id)).toEqual(apps.filter((a) => a.read?.band === band).map((a) => a.id));
    }
  });

  it("a filter that keeps nothing says so", async () => {
    const r = await debrief(["list", "--company", "nobody"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("No applications match.\n");
  });

  it.each([
    [
      ["--stage", "pending"],
      /^error: --stage "pending" is not a stage\nhint: use one of: open, applied, interviewing,/,
    ],
    [
      ["--band", "great"],
      /^error: --band "great" is not a band\nhint: use one of: strong, promising, mixed, weak/,
    ],
  ])("list %j is an input error with a hint", async (flags, message) => {
    const r = await debrief(["list", ...flags], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("an empty workspace says how to start", async () => {
    const r = await debrief(["list"], await newHome());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No applications yet. File an interview with: debrief add");
  });
});
