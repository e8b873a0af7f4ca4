import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import ical from "node-ical";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CASE_013, itShared } from "../../test/shared.js";
import { analyzeCase } from "../app/analyze-case.js";
import { remindersFor } from "../app/remind.js";
import type { Plan } from "../core/plan/action.js";
import { formatDueShort, formatReminders } from "../core/plan/format-reminders.js";
import type { Io } from "./io.js";
import { run } from "./main.js";

// The real use case throughout, except where a test puts a plan of its own in its place.
vi.mock("../app/remind.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../app/remind.js")>();
  return { ...actual, remindersFor: vi.fn(actual.remindersFor) };
});

const NOW = "2026-02-03T18:45:00-08:00";
/** "Wed 4 Feb 16:00 — send the thank-you note" */
const REMINDER_LINE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}(?: \d{2}:\d{2}|, end of day)? — \S/;
const STACK_LINE = "    at ";

interface Captured {
  text: string;
  write(s: string): boolean;
}

function capture(): Captured {
  return {
    text: "",
    write(s: string) {
      this.text += s;
      return true;
    },
  };
}

async function debrief(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = capture();
  const stderr = capture();
  const io: Io = {
    stdin: Readable.from([]),
    stdout,
    stderr,
    env: {},
    now: () => new Date("2026-02-04T02:45:00Z"),
  };
  const code = await run(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function eventsOf(ics: string): ical.VEvent[] {
  return Object.values(ical.sync.parseICS(ics)).filter(
    (c): c is ical.VEvent => typeof c === "object" && c !== null && c.type === "VEVENT",
  );
}

let tmp: string;
let notesCase: string;
let offerCase: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "debrief-remind-"));
  notesCase = join(tmp, "notes-case");
  await mkdir(notesCase);
  await writeFile(
    join(notesCase, "notes.md"),
    "Interview with Dana at Lumen today, 2pm. It ran twenty minutes over. She said my answer on the " +
      "backfill was exactly what they need, and she booked the final round with the CTO for " +
      "Tuesday the 10th at 10am.\n",
  );
  offerCase = join(tmp, "offer-case");
  await mkdir(offerCase);
  await writeFile(
    join(offerCase, "notes.md"),
    "Final round with the CTO on Monday. Today Dana called: they are making me an offer, and the " +
      "written offer letter is on its way.\n",
  );
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("debrief remind", () => {
  itShared("writes a calendar node-ical reads, one event per line it prints", async () => {
    const out = join(tmp, "013.ics");
    const r = await debrief(["remind", CASE_013, "--ics", out, "--now", NOW]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    const ics = await readFile(out, "utf8");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const events = eventsOf(ics);
    // One event per dated, open action of the plan, as analyze reads the case.
    const { plan } = await analyzeCase([CASE_013], { now: NOW });
    const expected = plan.actions.filter((a) => a.due !== undefined && a.done !== true);
    expect(expected.length).toBeGreaterThan(0);
    expect(events.length).toBe(expected.length);
    expect(events.map((e) => e.start.getTime()).sort()).toEqual(
      expected.map((a) => Date.parse(a.due ?? "")).sort(),
    );
    const lines = r.stdout.split("\n").filter((l) => REMINDER_LINE.test(l));
    expect(lines).toHaveLength(events.length);
    const thankYou = expected.find((a) => a.kind === "thank-you");
    expect(lines).toContain(`${formatDueShort(thankYou?.due ?? "")} — send the thank-you note`);
    expect(r.stdout).toContain(
      events.length === 0 ? "Wrote an empty calendar to" : `Wrote ${events.length} reminder`,
    );
    expect(r.stdout).toContain(out);
    // The temporary file was renamed over, not left beside it.
    expect((await readdir(tmp)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  itShared("gives the same file for the same case and --now", async () => {
    const a = await debrief(["remind", CASE_013, "--ics", "-", "--now", NOW]);
    const b = await debrief(["remind", CASE_013, "--ics", "-", "--now", NOW]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it("with --ics - writes the calendar to stdout and what it says to stderr", async () => {
    const r = await debrief(["remind", notesCase, "--ics", "-", "--now", NOW]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(r.stdout.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(r.stderr).toContain("to standard output");
    const events = eventsOf(r.stdout);
    expect(r.stderr.split("\n").filter((l) => REMINDER_LINE.test(l))).toHaveLength(events.length);
  });

  it("a settled plan says the outcome is known and still writes a valid empty calendar", async () => {
    const out = join(tmp, "offer.ics");
    const r = await debrief(["remind", offerCase, "--ics", out, "--now", NOW]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^No reminders: the outcome is known \(an offer was made\)/m);
    expect(r.stdout).toContain("Wrote an empty calendar to");
    const ics = await readFile(out, "utf8");
    expect(ics).toContain("BEGIN:VCALENDAR\r\n");
    expect(eventsOf(ics)).toHaveLength(0);
  });

  it("a plan with nothing dated says so and still writes a valid empty calendar", async () => {
    const plan: Plan = { actions: [{ kind: "keep-salary-consistent", why: "You said $185k; keep to it" }] };
    vi.mocked(remindersFor).mockResolvedValueOnce({
      ics: formatReminders(plan, { now: NOW }),
      plan,
      count: 0,
      reminders: [],
      title: "Debrief: notes-case",
      warnings: [],
      skipped: [],
      isEmpty: false,
    });
    const out = join(tmp, "undated.ics");
    const r = await debrief(["remind", notesCase, "--ics", out, "--now", NOW]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("No reminders: nothing in the plan has a date.");
    expect(r.stdout).toContain("Wrote an empty calendar to");
    expect(eventsOf(await readFile(out, "utf8"))).toHaveLength(0);
  });

  it("passes --me and --nudge-after through to the plan", async () => {
    const r = await debrief([
      "remind",
      notesCase,
      "--ics",
      "-",
      "--now",
      NOW,
      "--me",
      "Jordan",
      "--nudge-after",
      "0",
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(vi.mocked(remindersFor)).toHaveBeenLastCalledWith([notesCase], {
      now: NOW,
      me: "Jordan",
      nudgeAfterDays: 0,
    });
  });

  it("a file that cannot be read is reported and the rest still planned, exit 1", async () => {
    const mixed = join(tmp, "mixed-case");
    await mkdir(mixed);
    await writeFile(join(mixed, "notes.md"), await readFile(join(notesCase, "notes.md")));
    await writeFile(join(mixed, "transcript.vtt"), Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1"));
    const out = join(tmp, "mixed.ics");
    const r = await debrief(["remind", mixed, "--ics", out, "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: transcript\.vtt: /m);
    expect(r.stderr).toMatch(/^hint: /m);
    expect(eventsOf(await readFile(out, "utf8")).length).toBeGreaterThan(0);
  });

  it("replaces an existing file", async () => {
    const out = join(tmp, "replace.ics");
    await writeFile(out, "old contents");
    const r = await debrief(["remind", notesCase, "--ics", out, "--now", NOW]);
    expect(r.code, r.stderr).toBe(0);
    expect((await readFile(out, "utf8")).startsWith("BEGIN:VCALENDAR")).toBe(true);
  });

  it.each([
    ["a bad --now", ["--now", "2026-02-30T10:00:00Z"], "--now"],
    ["a bad --nudge-after", ["--nudge-after", "soon"], "--nudge-after"],
    ["a negative --nudge-after", ["--nudge-after", "-3"], "--nudge-after"],
    ["an empty --me", ["--me", " "], "--me"],
  ])("%s exits 1 with error: and writes nothing", async (_, flags, mentions) => {
    const out = join(tmp, `bad-flag-${mentions.slice(2)}.ics`);
    const r = await debrief(["remind", notesCase, "--ics", out, ...flags]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: /m);
    expect(r.stderr).toContain(mentions);
    expect(r.stderr).not.toContain(STACK_LINE);
    expect(existsSync(out)).toBe(false);
  });

  it("a missing path exits 1 with error: and writes nothing", async () => {
    const out = join(tmp, "missing.ics");
    const r = await debrief(["remind", join(tmp, "no-such-case"), "--ics", out, "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*no-such-case.*no such file or folder/m);
    expect(r.stderr).not.toContain(STACK_LINE);
    expect(existsSync(out)).toBe(false);
  });

  it("a folder with nothing readable exits 1", async () => {
    const empty = join(tmp, "nothing-here");
    await mkdir(empty);
    await writeFile(join(empty, "photo.jpg"), "not read");
    const r = await debrief(["remind", empty, "--ics", join(tmp, "nothing.ics"), "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: found nothing to read/m);
  });

  it("an --ics in a folder that does not exist exits 1 before reading anything", async () => {
    const r = await debrief(["remind", notesCase, "--ics", join(tmp, "no-folder", "x.ics"), "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: --ics .* does not exist/m);
  });

  it("an --ics that is a folder exits 1", async () => {
    const r = await debrief(["remind", notesCase, "--ics", tmp, "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: --ics .* is a folder/m);
  });

  it("without --ics exits 1 and says it is needed", async () => {
    const r = await debrief(["remind", notesCase]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--ics");
  });
});
