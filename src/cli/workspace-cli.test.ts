import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "./io.js";
import { run } from "./main.js";

/**
 * The workspace commands end to end in-process: `run([...], io)` with captured streams, a fixed clock,
 * and a real SQLite workspace in a temporary DEBRIEF_HOME. The fixtures are three fictional interview
 * folders written below: a warm one with a thank-you and a reply, a cold one that ends in a rejection
 * email, and one with no mail at all.
 */

const NOW = "2026-02-11T17:00:00Z";
/** Three weeks on: the Brightwater status check (due 20 Feb) is overdue by then. */
const LATER = "2026-03-01T12:00:00Z";
const STACK_LINE = "    at ";
const BANDS = ["strong", "promising", "mixed", "weak"];

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

type Env = Record<string, string>;

function capture(): { text: string; write(s: string): boolean } {
  return {
    text: "",
    write(s: string) {
      this.text += s;
      return true;
    },
  };
}

/** Runs one command. Whatever it does, it never prints a stack: that would be a bug's exit. */
async function debrief(argv: string[], env: Env, now = NOW): Promise<Ran> {
  const stdout = capture();
  const stderr = capture();
  const io: Io = { stdin: Readable.from([]), stdout, stderr, env, now: () => new Date(now) };
  const code = await run(argv, io);
  expect(stderr.text, `debrief ${argv.join(" ")}`).not.toContain(STACK_LINE);
  expect(code, `debrief ${argv.join(" ")}: ${stderr.text}`).not.toBe(2);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

async function json<T>(argv: string[], env: Env, now = NOW): Promise<T> {
  const r = await debrief([...argv, "--json"], env, now);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

interface Summary {
  id: number;
  company: string;
  role: string | null;
  stage: string;
  rounds: number;
  messages: number;
  outcome?: { outcome: string; recordedBy: string; quote: string | null };
  read?: { band: string; score: number; round: number };
  lastFromCompany?: { at: string; days: number };
  lastContact?: { at: string; days: number; what: string };
  nextAction?: { id: number; kind: string; due: string | null; isOverdue: boolean };
}

interface Todo {
  id: number;
  applicationId: number;
  company: string;
  kind: string;
  due: string | null;
  isOverdue: boolean;
  why: string;
}

// ---------------------------------------------------------------------------------------------------
// Fixtures: fictional companies and people

const ics = (lines: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Debrief tests//EN", "METHOD:REQUEST", "BEGIN:VEVENT"]
    .concat(lines, ["END:VEVENT", "END:VCALENDAR", ""])
    .join("\r\n");

const eml = (headers: Record<string, string>, body: string) =>
  `${Object.entries({ ...headers, "MIME-Version": "1.0", "Content-Type": 'text/plain; charset="UTF-8"' })
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")}\n\n${body}`;

interface Cases {
  brightwater: string;
  quillon: string;
  larkspur: string;
  /** A notes file on its own, filed with --application under a name that looks like a formula. */
  loose: string;
}

async function writeCases(root: string): Promise<Cases> {
  const brightwater = join(root, "brightwater-onsite");
  await mkdir(brightwater, { recursive: true });
  await writeFile(
    join(brightwater, "notes.md"),
    "Brightwater Analytics, Data Engineer. Thu 5 Feb, 10am, video call with Priya Raman.\n\n" +
      "She ran ten minutes over and said my answer on the backfill was exactly what they need.\n" +
      "She walked me through the team's roadmap for the next year and introduced me to the on-call rotation.\n\n" +
      "Next steps: Priya said she would email me by Friday 13 Feb with the final round.\n",
  );
  await writeFile(
    join(brightwater, "invite.ics"),
    ics([
      "UID:bw-20260205@brightwateranalytics.example",
      "DTSTAMP:20260201T120000Z",
      "DTSTART:20260205T150000Z",
      "DTEND:20260205T160000Z",
      "SUMMARY:Brightwater Analytics - Data Engineer interview",
      "ORGANIZER;CN=Priya Raman:mailto:priya.raman@brightwateranalytics.example",
      "ATTENDEE;CN=Jordan Ellis:mailto:jordan.ellis@example.net",
    ]),
  );
  await writeFile(
    join(brightwater, "01-thank-you.eml"),
    eml(
      {
        From: "Jordan Ellis <jordan.ellis@example.net>",
        To: "Priya Raman <priya.raman@brightwateranalytics.example>",
        Subject: "Thank you - Data Engineer interview",
        Date: "Thu, 05 Feb 2026 13:10:00 -0500",
        "Message-ID": "<je.20260205@example.net>",
      },
      "Dear Priya,\n\nThank you for your time today. I enjoyed talking about the backfill and the roadmap.\n\nBest,\nJordan Ellis\n",
    ),
  );
  await writeFile(
    join(brightwater, "02-reply.eml"),
    eml(
      {
        From: "Priya Raman <priya.raman@brightwateranalytics.example>",
        To: "Jordan Ellis <jordan.ellis@example.net>",
        Subject: "Re: Thank you - Data Engineer interview",
        Date: "Fri, 06 Feb 2026 09:30:00 -0500",
        "Message-ID": "<pr.20260206@brightwateranalytics.example>",
        "In-Reply-To": "<je.20260205@example.net>",
        References: "<je.20260205@example.net>",
      },
      "Hi Jordan,\n\nLovely to meet you. I'll be in touch by next Friday about the final round.\n\nPriya\n",
    ),
  );

  const quillon = join(root, "quillon-screen");
  await mkdir(quillon, { recursive: true });
  await writeFile(
    join(quillon, "notes.md"),
    "Quillon Foods, Category Analyst. Mon 2 Feb, 2pm, phone screen with Marco Bell.\n\n" +
      'Short call. He cut me off twice and said "we\'ll be in touch".\n',
  );
  await writeFile(
    join(quillon, "invite.ics"),
    ics([
      "UID:qf-20260202@quillonfoods.example",
      "DTSTAMP:20260130T120000Z",
      "DTSTART:20260202T190000Z",
      "DTEND:20260202T193000Z",
      "SUMMARY:Quillon Foods - Category Analyst phone screen",
      "ORGANIZER;CN=Marco Bell:mailto:marco.bell@quillonfoods.example",
      "ATTENDEE;CN=Jordan Ellis:mailto:jordan.ellis@example.net",
    ]),
  );
  await writeFile(
    join(quillon, "01-thank-you.eml"),
    eml(
      {
        From: "Jordan Ellis <jordan.ellis@example.net>",
        To: "Marco Bell <marco.bell@quillonfoods.example>",
        Subject: "Thank you - Category Analyst",
        Date: "Mon, 02 Feb 2026 16:00:00 -0500",
        "Message-ID": "<je.20260202@example.net>",
      },
      "Hi Marco, thank you for the call today.\n\nJordan Ellis\n",
    ),
  );
  await writeFile(
    join(quillon, "02-outcome.eml"),
    eml(
      {
        From: "Marco Bell <marco.bell@quillonfoods.example>",
        To: "Jordan Ellis <jordan.ellis@example.net>",
        Subject: "Category Analyst - update on your application",
        Date: "Tue, 10 Feb 2026 10:00:00 -0500",
        "Message-ID": "<mb.20260210@quillonfoods.example>",
      },
      "Hi Jordan,\n\nThank you for interviewing for the Category Analyst role. We have decided to move " +
        "forward with other candidates whose experience more closely matches our needs.\n\n" +
        "Regards,\nMarco Bell\nRecruiter, Quillon Foods\n",
    ),
  );

  const larkspur = join(root, "larkspur-panel");
  await mkdir(larkspur, { recursive: true });
  await writeFile(
    join(larkspur, "notes.md"),
    "Larkspur Health, Product Designer. Mon 9 Feb, 11am, panel with Tomas Greene and Ada Okafor.\n\n" +
      "Forty-five minutes, on time. Tomas asked good questions about my portfolio, Ada was quieter.\n" +
      "They said they would get back to me within two weeks.\n",
  );
  await writeFile(
    join(larkspur, "invite.ics"),
    ics([
      "UID:lh-20260209@larkspurhealth.example",
      "DTSTAMP:20260204T120000Z",
      "DTSTART:20260209T160000Z",
      "DTEND:20260209T164500Z",
      "SUMMARY:Larkspur Health - Product Designer panel",
      "ORGANIZER;CN=Tomas Greene:mailto:tomas.greene@larkspurhealth.example",
      "ATTENDEE;CN=Ada Okafor:mailto:ada.okafor@larkspurhealth.example",
      "ATTENDEE;CN=Jordan Ellis:mailto:jordan.ellis@example.net",
    ]),
  );

  const loose = join(root, "coffee-chat.md");
  await writeFile(loose, "Coffee chat with the founder on Tue 10 Feb. Friendly, no next steps yet.\n");
  return { brightwater, quillon, larkspur, loose };
}

// ---------------------------------------------------------------------------------------------------

let tmp: string;
let cases: Cases;
let homes = 0;

/** A new, empty workspace. */
async function newHome(): Promise<Env> {
  const home = join(tmp, `home-${++homes}`);
  return { DEBRIEF_HOME: home };
}

/** A workspace holding the three case folders: 1 Brightwater, 2 Quillon, 3 Larkspur. */
async function seeded(): Promise<Env> {
  const env = await newHome();
  const r = await debrief(["add", cases.brightwater, cases.quillon, cases.larkspur], env);
  expect(r.code, r.stderr).toBe(0);
  return env;
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "debrief-workspace-cli-"));
  cases = await writeCases(join(tmp, "cases"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

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
    const home = join(tmp, "somewhere");
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
    const env = { DEBRIEF_HOME: join(tmp, "ignored"), DEBRIEF_DATABASE_URL: url };
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
    const first = await debrief(["add", cases.brightwater], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /^1 {2}Brightwater Analytics, Data Engineer: 4 files filed, round 1 \(new\)/,
    );
    expect(first.stdout).toContain("new application");

    const again = await debrief(["add", cases.brightwater], env);
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
    const report = await json<Report>(["add", cases.quillon], env);
    expect(report.filed).toHaveLength(1);
    expect(report.filed[0]).toMatchObject({
      applicationId: 1,
      company: "Quillon Foods",
      role: "Category Analyst",
    });
    expect(report.filed[0]?.sources).toHaveLength(4);
    expect(report.duplicates).toEqual([]);
    expect(report.outcomes).toEqual([expect.objectContaining({ applicationId: 1, outcome: "rejected" })]);

    const again = await json<Report>(["add", cases.quillon], env);
    expect(again.filed).toEqual([]);
    expect(again.duplicates).toHaveLength(4);
    expect(again.outcomes).toEqual([]);
  });

  it("a path that does not exist is an input error and creates nothing", async () => {
    const env = await newHome();
    const r = await debrief(["add", join(tmp, "no-such-folder")], env);
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

describe("debrief show", () => {
  let env: Env;
  let todo: Todo[];
  beforeAll(async () => {
    env = await seeded();
    todo = await json<Todo[]>(["todo"], env);
  });

  it("by id: the round and its read, both messages, and To do with the actions' ids", async () => {
    const r = await debrief(["show", "1"], env);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(
      /^1 {2}Brightwater Analytics, Data Engineer\nstage: interviewing {2}· {2}brightwateranalytics\.example\n/,
    );
    expect(out).toMatch(
      /2026-02-05 {2}round 1: Brightwater Analytics - Data Engineer interview — read \w+ \(\d\.\d\d\)/,
    );
    expect(out).toContain("2026-02-05  you wrote: Thank you - Data Engineer interview");
    expect(out).toContain("2026-02-06  Priya Raman wrote: Re: Thank you - Data Engineer interview");
    // The events are in time order.
    expect(out.indexOf("round 1")).toBeLessThan(out.indexOf("you wrote"));
    expect(out.indexOf("you wrote")).toBeLessThan(out.indexOf("Priya Raman wrote"));
    const mine = todo.filter((t) => t.applicationId === 1);
    expect(mine.length).toBeGreaterThan(0);
    const toDo = out.slice(out.indexOf("\nTo do\n"));
    for (const t of mine) expect(toDo).toContain(`[${t.id}] ${t.kind}`);
    // The thank-you was seen in the mail: done, not to do.
    expect(out).toMatch(/\nDone\n {2}\[\d+\] thank-you \(seen in the mail, 2026-02-11\)/);
    expect(out).toContain("4 source files stored");
  });

  it("lists the promise the plan was made from, with its date, as the status check reads it", async () => {
    const r = await debrief(["show", "1"], env);
    const promised = r.stdout.slice(r.stdout.indexOf("\nPromised and booked\n"));
    expect(promised).toMatch(/\n {2}2026-02-13 +word promised by Fri 13 Feb: “Next steps: Priya said/);
    expect(promised).toMatch(
      /\n {2}2026-02-13 +word promised by Fri 13 Feb: “I'll be in touch by next Friday/,
    );
    const check = todo.find((t) => t.applicationId === 1 && t.kind === "status-check");
    expect(check?.why).toContain("by Fri 13 Feb");
  });

  it("a long message is cut at a word, with an ellipsis, and no line ends in a space", async () => {
    const r = await debrief(["show", "1"], env);
    for (const line of r.stdout.split("\n")) expect(line).toBe(line.trimEnd());
    expect(r.stdout).toMatch(/ {14}Dear Priya, Thank you for your time today\. .*…\n/);
  });

  it("a silence since the company last wrote shows as days without a word, so far", async () => {
    const r = await debrief(["show", "1", "--now", LATER], env);
    expect(r.stdout).toContain("2026-02-06  22 days without a word from them (so far), after Priya Raman");
    // Until then it has not been a week.
    expect((await debrief(["show", "1"], env)).stdout).not.toContain("days without a word");
  });

  it("by company prefix: a settled application shows its outcome, the silence before it, and nothing to do", async () => {
    const r = await debrief(["show", "quill"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^2 {2}Quillon Foods, Category Analyst\nstage: rejected \(read from the mail: "We have decided/,
    );
    expect(r.stdout).toContain("2026-02-02  7 days without a word from them, after round 1");
    expect(r.stdout).not.toContain("(so far)");
    expect(r.stdout).toContain("2026-02-10  Marco Bell wrote: Category Analyst - update on your application");
    expect(r.stdout).toContain("2026-02-10  outcome: rejected (read from the mail)");
    expect(r.stdout).not.toContain("To do");
  });

  it("--json is the timeline", async () => {
    type Timeline = { application: { id: number }; stage: string; events: { kind: string }[]; due: Todo[] };
    const t = await json<Timeline>(["show", "Larkspur Health"], env);
    expect(t.application.id).toBe(3);
    expect(t.stage).toBe("interviewing");
    expect(t.events.map((e) => e.kind)).toEqual(["round"]);
    expect(t.due.map((d) => d.id)).toEqual(todo.filter((x) => x.applicationId === 3).map((x) => x.id));
  });

  it.each([["99"], ["Zephyr"]])("an unknown application %s is an input error", async (ref) => {
    const r = await debrief(["show", ref], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `error: no application matches "${ref}"\nhint: \`debrief list\` shows them with their ids\n`,
    );
  });
});

describe("debrief todo and done", () => {
  it("lists open actions soonest first, undated last, none of a settled application", async () => {
    const env = await seeded();
    const items = await json<Todo[]>(["todo"], env);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.some((t) => t.applicationId === 2)).toBe(false);
    const dated = items.filter((t) => t.due !== null).map((t) => Date.parse(t.due ?? ""));
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    const firstUndated = items.findIndex((t) => t.due === null);
    if (firstUndated >= 0) expect(items.slice(firstUndated).every((t) => t.due === null)).toBe(true);
    expect(items[0]).toMatchObject({ applicationId: 3, kind: "thank-you", isOverdue: true });

    const r = await debrief(["todo"], env);
    const heads = r.stdout.split("\n").filter((l) => l.startsWith("["));
    expect(heads.map((l) => Number(/^\[(\d+)\]/.exec(l)?.[1]))).toEqual(items.map((t) => t.id));
    expect(heads[0]).toMatch(
      /^\[\d+\] Tue 10 Feb, 16:45 UTC \(overdue by 1 day\) {2}Larkspur Health: thank-you$/,
    );
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("Mark one done with: debrief done ID");
  });

  it("--now later flags what has fallen due", async () => {
    const env = await seeded();
    const check = (items: Todo[]) => items.find((t) => t.applicationId === 1 && t.kind === "status-check");
    expect(check(await json<Todo[]>(["todo"], env))?.isOverdue).toBe(false);
    expect(check(await json<Todo[]>(["todo", "--now", LATER], env))?.isOverdue).toBe(true);
    const line = (await debrief(["todo", "--now", LATER], env)).stdout
      .split("\n")
      .find((l) => l.includes("Brightwater Analytics: status-check"));
    expect(line).toMatch(/\(overdue by 9 days\)/);
  });

  it("done ID takes it off the list and show lists it under Done; re-reading keeps it done", async () => {
    const env = await seeded();
    const before = await json<Todo[]>(["todo"], env);
    const target = before.find((t) => t.applicationId === 1 && t.kind === "status-check");
    if (!target) throw new Error("the Brightwater fixture should plan a status check");
    const r = await debrief(["done", String(target.id)], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Done: [${target.id}] status-check for Brightwater Analytics.\n`);
    const after = await json<Todo[]>(["todo"], env);
    expect(after.map((t) => t.id)).toEqual(before.filter((t) => t.id !== target.id).map((t) => t.id));
    const show = (await debrief(["show", "1"], env)).stdout;
    expect(show.slice(show.indexOf("\nDone\n"))).toContain(
      `[${target.id}] status-check (by you, 2026-02-11)`,
    );
    expect(show.slice(show.indexOf("\nTo do\n"), show.indexOf("\nDone\n"))).not.toContain(`[${target.id}]`);
    // The timeline the plan reads lists it too, when it was marked.
    const timeline = show.slice(show.indexOf("\nPromised, booked and done\n"), show.indexOf("\nTo do\n"));
    expect(timeline).toMatch(/\n {2}2026-02-11 +you marked status-check done/);

    const re = await debrief(["reanalyze"], env);
    expect(re.code).toBe(0);
    expect((await json<Todo[]>(["todo"], env)).map((t) => t.id)).not.toContain(target.id);
  });

  it("done on an action done already leaves it as it was: its date, and who did it", async () => {
    const env = await seeded();
    const timeline = await json<{ done: { id: number; kind: string; doneBy: string; doneAt: string }[] }>(
      ["show", "1"],
      env,
    );
    const thanks = timeline.done.find((d) => d.kind === "thank-you");
    expect(thanks).toMatchObject({ doneBy: "mail", doneAt: NOW.replace("Z", ".000Z") });
    const r = await debrief(["done", String(thanks?.id)], env, LATER);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `Already done: [${thanks?.id}] thank-you for Brightwater Analytics (seen in the mail, 2026-02-11).\n`,
    );
    const again = await json<{ done: { id: number; doneBy: string; doneAt: string }[] }>(["show", "1"], env);
    expect(again.done.find((d) => d.id === thanks?.id)).toMatchObject({
      doneBy: "mail",
      doneAt: thanks?.doneAt,
    });
  });

  it.each([
    ["999", "error: there is no action 999\nhint: `debrief todo` lists them with their ids\n"],
    // Past what an id can be in any store (PostgreSQL would refuse the query).
    [
      "99999999999999",
      "error: there is no action 99999999999999\nhint: `debrief todo` lists them with their ids\n",
    ],
    ["abc", 'error: "abc" is not an action id\nhint: `debrief todo` lists them in brackets\n'],
  ])("done %s is an input error", async (id, stderr) => {
    const env = await seeded();
    const r = await debrief(["done", id], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(stderr);
  });
});

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
    const folder = join(tmp, "cases", "orbit-freight");
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
    const dir = join(tmp, `floating-${Math.random().toString(36).slice(2)}`);
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

describe("debrief export and import", () => {
  let env: Env;
  let file: string;
  let text: string;
  const FORMULA = '=HYPERLINK("http://example.com","click")';
  beforeAll(async () => {
    env = await seeded();
    const todo = await json<Todo[]>(["todo"], env);
    await debrief(["done", String(todo[0]?.id)], env);
    await debrief(["outcome", "1", "offer"], env);
    const loose = await debrief(["add", cases.loose, "--application", FORMULA], env);
    expect(loose.code, loose.stderr).toBe(0);
    file = join(tmp, "export.json");
    const r = await debrief(["export", file], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`Wrote ${file}\n`);
    text = await readFile(file, "utf8");
  });

  const withoutExportedAt = (s: string) => s.replace(/"exportedAt":"[^"]*"/, '"exportedAt":""');

  it("import into an empty workspace, then export: the same file but for exportedAt", async () => {
    expect(JSON.parse(text)).toMatchObject({
      format: "debrief-workspace",
      version: 1,
      exportedAt: NOW.replace("Z", ".000Z"),
    });
    const other = await newHome();
    const r = await debrief(["import", file], other, LATER);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("Imported 4 applications, 11 source files and 2 outcomes.\n");
    const again = await debrief(["export"], other, LATER);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toBe(text);
    expect(withoutExportedAt(again.stdout)).toBe(withoutExportedAt(text));
    expect((await debrief(["list"], other)).stdout).toBe((await debrief(["list"], env)).stdout);
  });

  it("import into a workspace that holds applications is refused and changes nothing", async () => {
    const r = await debrief(["import", file], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: the workspace already holds applications; import only fills an empty one\nhint: /,
    );
    expect(withoutExportedAt((await debrief(["export"], env)).stdout)).toBe(withoutExportedAt(text));
  });

  const broken: [string, (doc: { tables: Record<string, Record<string, unknown>[]> }) => unknown, RegExp][] =
    [
      [
        "another JSON document",
        () => ({ format: "something-else", items: [] }),
        /is not a Debrief workspace export: format:/,
      ],
      [
        "a source whose bytes were edited",
        (d) => {
          const s = d.tables.sources?.[0];
          if (s) s.content = Buffer.from("edited by hand").toString("base64");
          return d;
        },
        /tables\.sources\.0 \(.*\): the content does not match its sha256/,
      ],
      [
        "a row with a column no table has",
        (d) => {
          const a = d.tables.applications?.[0];
          if (a) a.favourite = 1;
          return d;
        },
        /tables\.applications\.0: .*favourite/,
      ],
      [
        "an action of a kind that does not exist",
        (d) => {
          const a = d.tables.actions?.[0];
          if (a) a.kind = "bribe-the-recruiter";
          return d;
        },
        /tables\.actions\.0\.kind/,
      ],
      [
        "a created_at that is not a date",
        (d) => {
          const a = d.tables.applications?.[0];
          if (a) a.created_at = "last Tuesday";
          return d;
        },
        /tables\.applications\.0\.created_at/,
      ],
      [
        "a source whose bytes count is wrong",
        (d) => {
          const s = d.tables.sources?.[0];
          if (s) s.bytes = Number(s.bytes) + 1;
          return d;
        },
        /tables\.sources\.0 \(.*\): bytes says/,
      ],
      [
        "a row missing a column",
        (d) => {
          const a = d.tables.applications?.[0];
          if (a) delete a.basis;
          return d;
        },
        /tables\.applications\.0\.basis/,
      ],
      ["an extra table", (d) => ({ ...d, tables: { ...d.tables, secrets: [] } }), /tables: .*secrets/],
      ["an extra key at the top", (d) => ({ ...d, extra: true }), /extra/],
      ["another schema version", (d) => ({ ...d, schemaVersion: 1 }), /schema version 1, this workspace of/],
      [
        "a round of an application that is not there",
        (d) => {
          const r = d.tables.rounds?.[0];
          if (r) r.application_id = 77;
          return d;
        },
        /the export does not fit this workspace's tables/,
      ],
    ];
  it.each(broken)("import of %s is an input error and imports nothing", async (_, edit, message) => {
    const doc = edit(JSON.parse(text));
    const bad = join(tmp, `bad-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(bad, JSON.stringify(doc));
    const other = await newHome();
    const r = await debrief(["import", bad], other);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("hint: give a file written by `debrief export`");
    expect((await debrief(["list"], other)).stdout).toMatch(/^No applications yet/);
  });

  it("import of a file that is not JSON, or not there, is an input error", async () => {
    const notJson = join(tmp, "notes-not-json.json");
    await writeFile(notJson, "Brightwater Analytics, Data Engineer.\n");
    const r = await debrief(["import", notJson], await newHome());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*notes-not-json\.json is not JSON \(/);
    const missing = await debrief(["import", join(tmp, "missing.json")], await newHome());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: .*missing\.json: no such file/);
  });

  it("export into a folder that does not exist is an input error", async () => {
    const r = await debrief(["export", join(tmp, "no-folder", "x.json")], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*the folder .*no-folder" does not exist/);
  });

  it("--csv: a header, one row per application, and a formula-like name kept as text", async () => {
    const r = await debrief(["export", "--csv"], env);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual([
      "id",
      "company",
      "role",
      "stage",
      "outcome",
      "outcome_recorded_by",
      "rounds",
      "messages",
      "latest_read",
      "latest_read_score",
      "last_from_company",
      "days_since_company_wrote",
      "next_action",
      "next_action_due",
    ]);
    const apps = await json<Summary[]>(["list"], env);
    expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual(
      apps.map((a) => [
        String(a.id),
        a.company.startsWith("=") ? `'${a.company}` : a.company,
        a.role ?? "",
        a.stage,
      ]),
    );
    expect(rows.find((row) => row[0] === "1")?.slice(3, 6)).toEqual(["offer", "offer", "you"]);
    // A spreadsheet would run a cell that starts with = + - @ as a formula.
    expect(rows.find((row) => row[0] === "4")?.[1]).toBe(`'${FORMULA}`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@-]/);
    expect(r.stdout.endsWith("\r\n")).toBe(true);
  });
});

/** RFC 4180: fields split by commas, quoted when they hold commas, quotes or line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}
