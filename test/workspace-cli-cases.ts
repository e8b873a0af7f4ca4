import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, expect } from "vitest";
import type { Io } from "../src/cli/io.js";
import { run } from "../src/cli/main.js";
/**
 * The workspace commands end to end in-process: `run([...], io)` with captured streams, a fixed clock,
 * and a real SQLite workspace in a temporary DEBRIEF_HOME. The fixtures are three fictional interview
 * folders written below: a warm one with a thank-you and a reply, a cold one that ends in a rejection
 * email, and one with no mail at all.
 */

export const NOW = "2026-02-11T17:00:00Z";
/** Three weeks on: the Brightwater status check (due 20 Feb) is overdue by then. */
export const LATER = "2026-03-01T12:00:00Z";
export const STACK_LINE = "    at ";
export const BANDS = ["strong", "promising", "mixed", "weak"];

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export type Env = Record<string, string>;

export function capture(): { text: string; write(s: string): boolean } {
  return {
    text: "",
    write(s: string) {
      this.text += s;
      return true;
    },
  };
}

/** Runs one command. Whatever it does, it never prints a stack: that would be a bug's exit. */
export async function debrief(argv: string[], env: Env, now = NOW): Promise<Ran> {
  const stdout = capture();
  const stderr = capture();
  const io: Io = { stdin: Readable.from([]), stdout, stderr, env, now: () => new Date(now) };
  const code = await run(argv, io);
  expect(stderr.text, `debrief ${argv.join(" ")}`).not.toContain(STACK_LINE);
  expect(code, `debrief ${argv.join(" ")}: ${stderr.text}`).not.toBe(2);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export async function json<T>(argv: string[], env: Env, now = NOW): Promise<T> {
  const r = await debrief([...argv, "--json"], env, now);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

export interface Summary {
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

export interface Todo {
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

export const ics = (lines: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Debrief tests//EN", "METHOD:REQUEST", "BEGIN:VEVENT"]
    .concat(lines, ["END:VEVENT", "END:VCALENDAR", ""])
    .join("\r\n");

export const eml = (headers: Record<string, string>, body: string) =>
  `${Object.entries({ ...headers, "MIME-Version": "1.0", "Content-Type": 'text/plain; charset="UTF-8"' })
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")}\n\n${body}`;

export interface Cases {
  brightwater: string;
  quillon: string;
  larkspur: string;
  /** A notes file on its own, filed with --application under a name that looks like a formula. */
  loose: string;
}

export async function writeCases(root: string): Promise<Cases> {
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

/** The case folders, written once for a test file, and workspaces to run the commands in. */
export interface CaseFolders {
  /** The temporary folder everything is written under. */
  readonly tmp: string;
  readonly cases: Cases;
  /** A new, empty workspace. */
  newHome(): Promise<Env>;
  /** A workspace holding the three case folders: 1 Brightwater, 2 Quillon, 3 Larkspur. */
  seeded(): Promise<Env>;
}

/** Writes the case folders before the file's tests and removes them after. */
export function useCaseFolders(): CaseFolders {
  let tmp = "";
  let cases: Cases | undefined;
  let homes = 0;
  const newHome = async (): Promise<Env> => {
    const home = join(tmp, `home-${++homes}`);
    return { DEBRIEF_HOME: home };
  };
  const folders: CaseFolders = {
    get tmp() {
      return tmp;
    },
    get cases() {
      if (!cases) throw new Error("the case folders are written in beforeAll");
      return cases;
    },
    newHome,
    async seeded() {
      const env = await newHome();
      const c = folders.cases;
      const r = await debrief(["add", c.brightwater, c.quillon, c.larkspur], env);
      expect(r.code, r.stderr).toBe(0);
      return env;
    },
  };
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "debrief-workspace-cli-"));
    cases = await writeCases(join(tmp, "cases"));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });
  return folders;
}
