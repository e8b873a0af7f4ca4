import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emlPaths } from "./draft.js";
import type { Io } from "./io.js";
import { run } from "./main.js";

const NOW = "2026-03-05T18:00:00-05:00";
const STACK_LINE = "    at ";

const INVITE = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Debrief tests//EN",
  "BEGIN:VEVENT",
  "UID:draft-test-1@harborloop.example",
  "DTSTAMP:20260301T120000Z",
  "DTSTART:20260305T150000Z",
  "DTEND:20260305T160000Z",
  "SUMMARY:Harbor Loop - Data Engineer - Sam Okafor / Priya Raman",
  "ORGANIZER;CN=Priya Raman:mailto:priya.raman@harborloop.example",
  "ATTENDEE;CN=Priya Raman:mailto:priya.raman@harborloop.example",
  "ATTENDEE;CN=Ola Berg:mailto:ola.berg@harborloop.example",
  "ATTENDEE;CN=Sam Okafor:mailto:sam.okafor@example.org",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

const CUES: [string, string][] = [
  ["Priya Raman", "Hi Sam, thanks for joining. This is Ola, who runs our platform team."],
  ["Sam Okafor", "Hi both, thanks for having me."],
  ["Priya Raman", "Tell me about the billing migration you led last year."],
  [
    "Sam Okafor",
    "We moved four hundred invoices a minute from a cron job to a queue, and I wrote the replay tool.",
  ],
  [
    "Priya Raman",
    "Our warehouse ingests tide gauge readings from forty harbours every minute. We are replacing the nightly batch jobs with streaming this summer.",
  ],
  ["Priya Raman", "You'd own the ingestion service, and you'd pair with Tomasz on the alerting rules."],
  ["Ola Berg", "How do you deal with schema drift in an event stream?"],
  ["Sam Okafor", "Versioned schemas in a registry, and consumers that reject what they cannot read."],
  [
    "Ola Berg",
    "Our platform team runs the Kafka clusters for every product group, and we rotate on-call weekly.",
  ],
  ["Priya Raman", "Nadia from our talent team will email you by Friday either way."],
];

function vtt(): string {
  const stamp = (s: number) =>
    `00:${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}.000`;
  return `WEBVTT\n\n${CUES.map(([who, text], i) => `${stamp(i * 50)} --> ${stamp(i * 50 + 40)}\n<v ${who}>${text}\n`).join("\n")}`;
}

const REPLY = [
  "From: Priya Raman <priya.raman@harborloop.example>",
  "To: Sam Okafor <sam.okafor@example.org>",
  "Subject: Re: Thank you - Data Engineer interview",
  "Date: Fri, 06 Mar 2026 09:00:00 -0500",
  "Message-ID: <reply-2@harborloop.example>",
  "In-Reply-To: <thanks-1@example.org>",
  "References: <thanks-1@example.org>",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Thanks Sam, it was good to meet you. We will get back to you by Friday 13 March.",
  "",
  "Priya",
  "",
].join("\r\n");

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
    now: () => new Date("2026-03-05T23:00:00Z"),
  };
  const code = await run(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

let tmp: string;
let caseDir: string;
let mailDir: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "debrief-draft-"));
  caseDir = join(tmp, "case");
  await mkdir(caseDir);
  await writeFile(join(caseDir, "invite.ics"), INVITE);
  await writeFile(join(caseDir, "transcript.vtt"), vtt());
  mailDir = join(tmp, "mail");
  await mkdir(join(mailDir, "emails"), { recursive: true });
  await writeFile(join(mailDir, "invite.ics"), INVITE);
  await writeFile(join(mailDir, "emails", "02-reply.eml"), REPLY);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("debrief draft thank-you", () => {
  it("prints each draft with To and Subject, the body, and where each specific came from", async () => {
    const { code, stdout, stderr } = await debrief(["draft", "thank-you", caseDir, "--now", NOW]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Draft 1 of 2");
    expect(stdout).toContain("To: Priya Raman <priya.raman@harborloop.example>");
    expect(stdout).toContain("To: Ola Berg <ola.berg@harborloop.example>");
    expect(stdout).toContain("Subject: Thank you - Data Engineer interview");
    expect(stdout).toContain("Dear Priya,");
    expect(stdout).toContain("Best regards,\nSam Okafor");
    expect(stdout).toMatch(
      /Sources \(\d+ words; speaks in transcript\.vtt\):\n {2}1\. ".+" ← transcript\.vtt:\d+ at \d\d:\d\d:\d\d \(Priya Raman\): "/,
    );
    expect(stdout).toContain('role: "Data Engineer at Harbor Loop" ← invite.ics');
  });

  it("--json gives the drafts with their specifics and sources", async () => {
    const { code, stdout } = await debrief(["draft", "thank-you", caseDir, "--now", NOW, "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      kind: string;
      interviewers: string[];
      drafts: {
        to: { name: string; email?: string };
        words: number;
        specifics: { source: string; quote: string; text: string }[];
      }[];
    };
    expect(json.kind).toBe("thank-you");
    expect(json.interviewers).toEqual(["Priya Raman", "Ola Berg"]);
    const [priya, ola] = json.drafts;
    expect(priya?.to).toEqual({ name: "Priya Raman", email: "priya.raman@harborloop.example" });
    expect(priya?.specifics.length).toBeGreaterThanOrEqual(2);
    const transcript = readFileSync(join(caseDir, "transcript.vtt"), "utf8");
    for (const s of [...(priya?.specifics ?? []), ...(ola?.specifics ?? [])]) {
      expect(s.source).toBe("transcript.vtt");
      expect(transcript).toContain(s.quote);
    }
    // Ola's draft is from Ola's words, not Priya's.
    expect(ola?.specifics.map((s) => s.quote).join(" ")).toMatch(/schema drift|Kafka clusters|on-call/);
    expect(priya?.words).toBeLessThan(180);
  });

  it("--eml writes one file per interviewer (FILE-1, FILE-2) that parses as a draft, and no temporary files", async () => {
    const out = join(tmp, "eml-all");
    await mkdir(out);
    const { code, stdout } = await debrief([
      "draft",
      "thank-you",
      caseDir,
      "--now",
      NOW,
      "--eml",
      join(out, "thanks.eml"),
    ]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["thanks-1.eml", "thanks-2.eml"]);
    expect(stdout).toContain(`Saved as ${join(out, "thanks-1.eml")}`);
    const raw = readFileSync(join(out, "thanks-1.eml"), "utf8");
    expect(raw).toContain("\r\nX-Unsent: 1\r\n");
    const mail = await PostalMime.parse(raw);
    expect(mail.subject).toBe("Thank you - Data Engineer interview");
    expect(mail.to?.[0]).toMatchObject({ name: "Priya Raman", address: "priya.raman@harborloop.example" });
    expect(mail.from).toMatchObject({ name: "Sam Okafor", address: "sam.okafor@example.org" });
    expect(mail.inReplyTo).toBeUndefined();
    expect(mail.text).toContain("Dear Priya,");
    const second = await PostalMime.parse(readFileSync(join(out, "thanks-2.eml"), "utf8"));
    expect(second.to?.[0]?.address).toBe("ola.berg@harborloop.example");
  });

  it("--to picks one interviewer, and --eml then writes FILE itself", async () => {
    const file = join(tmp, "ola.eml");
    const { code, stdout } = await debrief([
      "draft",
      "thank-you",
      caseDir,
      "--now",
      NOW,
      "--to",
      "Ola",
      "--eml",
      file,
    ]);
    expect(code).toBe(0);
    expect(stdout).not.toContain("Priya Raman <");
    expect(stdout).toContain("To: Ola Berg");
    const mail = await PostalMime.parse(readFileSync(file, "utf8"));
    expect(mail.to?.[0]?.address).toBe("ola.berg@harborloop.example");
    expect(existsSync(join(tmp, "ola-1.eml"))).toBe(false);
  });

  it("--to someone who was not there is an input error that lists who was", async () => {
    const { code, stdout, stderr } = await debrief([
      "draft",
      "thank-you",
      caseDir,
      "--now",
      NOW,
      "--to",
      "Zed",
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^error: --to "Zed" is not one of the interviewers found\nhint: the interviewers are: Priya Raman, Ola Berg\n$/,
    );
  });

  it("a bad --now is an input error: exit 1, error:, no stack", async () => {
    const { code, stdout, stderr } = await debrief(["draft", "thank-you", caseDir, "--now", "2026-02-31"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.startsWith("error: --now")).toBe(true);
    expect(stderr).not.toContain(STACK_LINE);
  });

  it("a folder with nothing readable is an input error", async () => {
    const empty = join(tmp, "empty");
    await mkdir(empty);
    const { code, stderr } = await debrief(["draft", "thank-you", empty, "--now", NOW]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: found nothing to read in/);
  });

  it("a file that cannot be written is an input error, and leaves nothing behind", async () => {
    const { code, stderr } = await debrief([
      "draft",
      "thank-you",
      caseDir,
      "--now",
      NOW,
      "--to",
      "Priya",
      "--eml",
      join(tmp, "no-such-folder", "x.eml"),
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: --eml ".*x\.eml" cannot be written \(ENOENT\)/);
  });
});

describe("debrief draft status-check", () => {
  it("addresses whoever promised, gives their date, and replies to their message", async () => {
    const file = join(tmp, "status.eml");
    const { code, stdout } = await debrief([
      "draft",
      "status-check",
      mailDir,
      "--now",
      "2026-03-17T09:00:00-04:00",
      "--me",
      "Sam Okafor",
      "--eml",
      file,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("To: Priya Raman <priya.raman@harborloop.example>");
    expect(stdout).toContain("Subject: Re: Thank you - Data Engineer interview");
    expect(stdout).toContain("an update by Friday, March 13");
    expect(stdout).toContain('date: "Friday, March 13" ← emails/02-reply.eml');
    expect(stdout).toContain("replies to <reply-2@harborloop.example>");
    const mail = await PostalMime.parse(readFileSync(file, "utf8"));
    expect(mail.inReplyTo).toBe("<reply-2@harborloop.example>");
    expect(mail.references).toContain("<reply-2@harborloop.example>");
    expect(mail.subject).toBe("Re: Thank you - Data Engineer interview");
  });

  it("--json carries isDue and the promise's source", async () => {
    const { code, stdout } = await debrief([
      "draft",
      "status-check",
      mailDir,
      "--now",
      "2026-03-10T09:00:00-04:00",
      "--json",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      kind: string;
      drafts: { isDue: boolean; note?: string; promised?: { source: string } }[];
    };
    expect(json.kind).toBe("status-check");
    expect(json.drafts[0]?.isDue).toBe(false);
    expect(json.drafts[0]?.note).toMatch(/has not passed yet/);
    expect(json.drafts[0]?.promised?.source).toBe("emails/02-reply.eml");
  });
});

describe("emlPaths", () => {
  it.each([
    ["out.eml", 1, ["out.eml"]],
    ["out.eml", 2, ["out-1.eml", "out-2.eml"]],
    ["dir/out", 2, ["dir/out-1", "dir/out-2"]],
  ] as const)("%s × %i", (file, count, paths) => {
    expect(emlPaths(file, count)).toEqual(paths);
  });
});
