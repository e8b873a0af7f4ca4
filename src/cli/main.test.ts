import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_013, CASES, caseNames, describeShared, itShared } from "../../test/shared.js";
import { toLocalIso } from "./case-options.js";
import type { Io } from "./io.js";
import { run } from "./main.js";
import { isUnsafeCode } from "./terminal-safe.js";

const NOW = "2026-02-03T18:45:00-08:00";
const BANDS = ["strong", "promising", "mixed", "weak"];
const STACK_LINE = "    at ";
const GOOD_NOTES =
  "It ran twenty minutes over. She told me my answer on the backfill was exactly what they need, " +
  "and she booked the final round with the CTO for Tuesday the 10th at 10am.\n";

const PROMISED_NOTES =
  'Tue 3 Feb, video call with Ines.\n\nShe was clearly pitching me, and said "when you join, you\'d own onboarding".\n\n' +
  "Next steps, in her words: Jonah from their ops side will email me by Thursday either way.\n";

interface Action {
  kind: string;
  due?: string;
  why: string;
  text?: string;
  done?: boolean;
}

interface Captured {
  text: string;
  isTTY?: boolean;
  write(s: string): boolean;
}

function capture(isTTY = false): Captured {
  return {
    text: "",
    isTTY,
    write(s: string) {
      this.text += s;
      return true;
    },
  };
}

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function debrief(
  argv: string[],
  options: { stdin?: string; stdoutTTY?: boolean; stderrTTY?: boolean; env?: Record<string, string> } = {},
): Promise<Ran> {
  const stdout = capture(options.stdoutTTY);
  const stderr = capture(options.stderrTTY);
  const io: Io = {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout,
    stderr,
    env: options.env ?? {},
    now: () => new Date("2026-02-04T02:45:00Z"),
  };
  const code = await run(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "debrief-cli-"));
  const mixed = join(tmp, "mixed-case");
  await mkdir(mixed);
  await writeFile(join(mixed, "notes.md"), "");
  await writeFile(
    join(mixed, "transcript.vtt"),
    Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "latin1"),
  );
  await writeFile(join(mixed, "my-notes.md"), GOOD_NOTES);
  const promised = join(tmp, "promised-case");
  await mkdir(promised);
  await writeFile(join(promised, "notes.md"), PROMISED_NOTES);
  const good = join(tmp, "good-case");
  await mkdir(good);
  await writeFile(join(good, "notes.md"), GOOD_NOTES);
  await mkdir(join(tmp, "nothing-here"));
  await writeFile(join(tmp, "nothing-here", "photo.jpg"), "not read");
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("debrief", () => {
  it("--help lists the analyze command, exit 0", async () => {
    const r = await debrief(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: debrief");
    expect(r.stdout).toContain("analyze");
  });

  it("analyze --help lists its options", async () => {
    const r = await debrief(["analyze", "--help"]);
    expect(r.code).toBe(0);
    for (const option of ["--json", "--now", "--me", "--batch", "--no-color"])
      expect(r.stdout).toContain(option);
  });

  it("--version prints the package version", async () => {
    const r = await debrief(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("an unknown option is an input error: exit 1, no stack", async () => {
    const r = await debrief(["analyze", "--jsn", tmp]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: unknown option '--jsn'/);
    expect(r.stderr).not.toContain(STACK_LINE);
  });

  it("an unknown command is an input error", async () => {
    const r = await debrief(["analyse-this"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error:");
  });

  it("a bug (here: stdout throws) prints the stack and exits 2", async () => {
    const io: Io = {
      stdin: Readable.from([]),
      stdout: {
        write() {
          throw new Error("disk on fire");
        },
      },
      stderr: capture(),
      env: {},
      now: () => new Date(),
    };
    const code = await run(["analyze", join(tmp, "good-case"), "--now", NOW], io);
    expect(code).toBe(2);
    const stderr = (io.stderr as Captured).text;
    expect(stderr).toContain("disk on fire");
    expect(stderr).toContain(STACK_LINE);
  });

  it.each([
    ["ENOSPC", /^error: the disk is full\nhint: free some space/],
    ["SQLITE_CORRUPT", /^error: the workspace file is damaged\nhint: restore it from the copy beside it/],
    ["SQLITE_FULL", /^error: the disk is full\nhint: .*rolled back/],
  ])(
    "a failure of the machine (%s) is told plainly with what to do, exit 1, no stack",
    async (errno, told) => {
      const io: Io = {
        stdin: Readable.from([]),
        stdout: {
          write() {
            throw Object.assign(new Error(`${errno}: simulated`), { code: errno });
          },
        },
        stderr: capture(),
        env: {},
        now: () => new Date(),
      };
      const code = await run(["analyze", join(tmp, "good-case"), "--now", NOW], io);
      expect(code).toBe(1);
      const stderr = (io.stderr as Captured).text;
      expect(stderr).toMatch(told);
      expect(stderr).not.toContain(STACK_LINE);
    },
  );
});

describe("debrief analyze", () => {
  itShared("--json prints the contract for case 013", async () => {
    const r = await debrief(["analyze", CASE_013, "--json", "--now", NOW]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      signals: { id: string; polarity: string; evidence: unknown[] }[];
      read: { band: string; summary: string };
      actions: unknown[];
    };
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(["signals", "read", "actions"]));
    expect(BANDS).toContain(doc.read.band);
    expect(doc.signals.length).toBeGreaterThan(0);
    for (const s of doc.signals) expect(s.evidence.length).toBeGreaterThanOrEqual(1);
    expect(r.stdout).toContain('\n  "signals": [');
  });

  itShared("the terminal read of case 013 shows its band by word and its positive signals", async () => {
    const json = JSON.parse((await debrief(["analyze", CASE_013, "--json", "--now", NOW])).stdout) as {
      read: { band: string };
      signals: { label: string; polarity: string }[];
    };
    const r = await debrief(["analyze", CASE_013, "--now", NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(json.read.band.toUpperCase());
    expect(r.stdout).toContain("Positive signals");
    for (const s of json.signals.filter((x) => x.polarity === "positive"))
      expect(r.stdout).toContain(s.label);
    expect(r.stdout).toContain("Talk share");
    expect(r.stdout).not.toContain("\x1b[");
    expect(r.stderr).toBe("");
  });

  itShared("colours on a terminal, but not with NO_COLOR or --no-color", async () => {
    const tty = await debrief(["analyze", CASE_013, "--now", NOW], { stdoutTTY: true });
    expect(tty.stdout).toContain("\x1b[");
    const noColor = await debrief(["analyze", CASE_013, "--now", NOW], {
      stdoutTTY: true,
      env: { NO_COLOR: "1" },
    });
    expect(noColor.stdout).not.toContain("\x1b[");
    const flag = await debrief(["analyze", CASE_013, "--now", NOW, "--no-color"], { stdoutTTY: true });
    expect(flag.stdout).not.toContain("\x1b[");
    expect(flag.stdout).toBe(noColor.stdout);
  });
});

describeShared("debrief analyze: every labelled case", () => {
  const cases = caseNames().filter((c) => existsSync(join(CASES, c, "expected.json")));
  it("has labelled cases to read", () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)("corpus case %s: exit 0, JSON with evidence for every signal", async (c) => {
    const r = await debrief(["analyze", join(CASES, c), "--json", "--now", NOW]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { signals: { evidence: unknown[] }[]; read: { band: string } };
    expect(BANDS).toContain(doc.read.band);
    for (const s of doc.signals) expect(s.evidence.length).toBeGreaterThanOrEqual(1);
    expect(r.stderr).not.toContain(STACK_LINE);
  });
});

describe("debrief analyze", () => {
  it("- reads notes from stdin", async () => {
    const r = await debrief(["analyze", "-", "--json", "--now", NOW], { stdin: GOOD_NOTES });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { signals: { id: string; evidence: { source: string }[] }[] };
    expect(doc.signals.map((s) => s.id)).toContain("positive-feedback");
    expect(doc.signals.flatMap((s) => s.evidence.map((e) => e.source))).toContain("stdin");
  });

  it("shows the inputs' escape sequences as text, never sends them to the terminal", async () => {
    const hostile =
      "Acme Robotics, platform role\n\nShe asked when I could start.\x1b]0;pwned\x07 It ran 20 minutes over." +
      "\x1b[2J\x1b[H Then\r she said it went well \u202eevil\u202c and \x9b31m booked the final round.\n";
    for (const tty of [false, true]) {
      const r = await debrief(["analyze", "-", "--now", NOW], { stdin: hostile, stdoutTTY: tty });
      expect(r.code).toBe(0);
      // Debrief's own colour codes (ESC [ … m) are all the escapes left.
      const esc = String.fromCharCode(0x1b);
      const shown = r.stdout.split(new RegExp(`${esc}\\[[0-9;]*m`)).join("");
      expect([...shown].filter((ch) => isUnsafeCode(ch.charCodeAt(0)))).toEqual([]);
      expect(r.stdout).toContain("\\u001b]0;pwned");
    }
    const json = await debrief(["analyze", "-", "--json", "--now", NOW], { stdin: hostile });
    const parsed = JSON.parse(json.stdout) as { signals: { evidence: { quote: string }[] }[] };
    // In JSON the same characters come back as they were.
    expect(parsed.signals.flatMap((s) => s.evidence.map((e) => e.quote)).join(" ")).toContain("\u202eevil");
  });

  it("- with nothing on stdin is an input error", async () => {
    const r = await debrief(["analyze", "-", "--now", NOW], { stdin: "  \n" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: no notes on standard input/);
    expect(r.stdout).toBe("");
  });

  it.each(["xyz", "2026-02-31T10:00:00Z", "March 3", "2026-13-01"])(
    "--now %j is an input error",
    async (bad) => {
      const r = await debrief(["analyze", join(tmp, "good-case"), "--now", bad]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `error: --now "${bad}" is not a date; expected ISO 8601 like 2026-03-04T18:30:00-05:00`,
      );
      expect(r.stderr).not.toContain(STACK_LINE);
      expect(r.stdout).toBe("");
    },
  );

  it.each(["2026-02-03T18:45:00-08:00", "2026-02-03T18:45:00Z", "2026-02-03"])(
    "--now %j is accepted",
    async (good) => {
      const r = await debrief(["analyze", join(tmp, "good-case"), "--now", good, "--json"]);
      expect(r.code).toBe(0);
    },
  );

  it("reads what it can when some files are bad: names each on stderr, prints the read, exit 1", async () => {
    const r = await debrief(["analyze", join(tmp, "mixed-case"), "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: notes\.md: .*empty/m);
    expect(r.stderr).toMatch(/^error: transcript\.vtt: .*PDF/m);
    expect(r.stderr).not.toContain(STACK_LINE);
    expect(r.stdout).toMatch(/Read: (STRONG|PROMISING|MIXED|WEAK)/);
    expect(r.stdout).toContain("Skipped");
    expect(r.stdout).toContain("my-notes.md");
  });

  it("--json with bad files still prints the document and lists them as skipped", async () => {
    const r = await debrief(["analyze", join(tmp, "mixed-case"), "--now", NOW, "--json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { skipped: { source: string }[] };
    expect(doc.skipped.map((s) => s.source).sort()).toEqual(["notes.md", "transcript.vtt"]);
  });

  it("a missing path is an input error with no read", async () => {
    const missing = join(tmp, "no-such-case");
    const r = await debrief(["analyze", missing, "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: ${missing}: no such file or folder`);
    expect(r.stderr).toContain("hint:");
    expect(r.stderr).not.toContain(STACK_LINE);
    expect(r.stdout).toBe("");
  });

  it("a missing path next to a good one: the read, and exit 1", async () => {
    const r = await debrief(["analyze", join(tmp, "good-case"), join(tmp, "typo.md"), "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Read: ");
    expect(r.stderr).toContain("typo.md: no such file or folder");
  });

  it("a folder with nothing readable is an input error", async () => {
    const r = await debrief(["analyze", join(tmp, "nothing-here"), "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: found nothing to read in/);
    expect(r.stderr).toContain("hint:");
    expect(r.stdout).toBe("");
  });

  it("no paths and no --batch is an input error with a hint", async () => {
    const r = await debrief(["analyze"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: nothing to analyze: .*\nhint: .*case folder/);
    // It names the example that ships with Debrief, with a command that runs as it is.
    const command = /debrief analyze (\S+) --now (\S+)/.exec(r.stderr);
    expect(command).not.toBeNull();
    expect(existsSync(join(command?.[1] ?? "", "notes.md"))).toBe(true);
  });

  it("--me names the candidate", async () => {
    const r = await debrief([
      "analyze",
      join(tmp, "good-case"),
      "--now",
      NOW,
      "--json",
      "--me",
      "Jordan Lee",
    ]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { candidate: { names: string[]; how: string } }).candidate).toMatchObject(
      {
        names: ["Jordan Lee"],
        how: "given",
      },
    );
  });
});

describe("debrief analyze: next steps", () => {
  const statusCheck = async (extra: string[]) => {
    const r = await debrief(["analyze", join(tmp, "promised-case"), "--now", NOW, "--json", ...extra]);
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { actions: Action[] }).actions.find((a) => a.kind === "status-check");
  };

  it("--json lists the status check a week past the promised date by default", async () => {
    const check = await statusCheck([]);
    expect(check?.due).toBe("2026-02-12T23:59:59-08:00");
    expect(check?.why).toContain("Thu 5 Feb");
    expect(check?.text).toMatch(/very interested/);
  });

  it("--nudge-after 0 moves it to the promised date, --nudge-after 3 three days past it", async () => {
    expect((await statusCheck(["--nudge-after", "0"]))?.due).toBe("2026-02-05T23:59:59-08:00");
    expect((await statusCheck(["--nudge-after", "3"]))?.due).toBe("2026-02-08T23:59:59-08:00");
  });

  it.each(["-1", "61", "1.5", "a week", ""])("--nudge-after %j is an input error", async (bad) => {
    const r = await debrief(["analyze", join(tmp, "promised-case"), "--now", NOW, "--nudge-after", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `error: --nudge-after ${JSON.stringify(bad)} is not a whole number of days from 0 to 60`,
    );
    expect(r.stderr).toContain("hint: e.g. --nudge-after 0");
    expect(r.stderr).not.toContain(STACK_LINE);
    expect(r.stdout).toBe("");
  });

  it("analyze --help lists --nudge-after", async () => {
    const r = await debrief(["analyze", "--help"]);
    expect(r.stdout).toContain("--nudge-after <days>");
  });

  it("the terminal read ends with the dated next steps", async () => {
    const r = await debrief(["analyze", join(tmp, "promised-case"), "--now", NOW, "--nudge-after", "0"]);
    expect(r.code).toBe(0);
    const next = r.stdout.slice(r.stdout.indexOf("Next steps"));
    expect(next).toMatch(/• Send a thank-you note — Wed 4 Feb, 23:59 · in 1 day/);
    expect(next).toMatch(/• Ask where things stand — Thu 5 Feb, 23:59 · in 2 days/);
  });

  itShared("--json of case 013 has its actions, dated in the interview's offset", async () => {
    const r = await debrief(["analyze", CASE_013, "--json", "--now", NOW]);
    const doc = JSON.parse(r.stdout) as { actions: Action[]; settled?: unknown };
    expect(doc.settled).toBeUndefined();
    expect(doc.actions.map((a) => a.kind)).toEqual(["thank-you", "prepare-next-round", "use-direct-contact"]);
    expect(doc.actions[0]).toMatchObject({ kind: "thank-you", due: "2026-02-04T17:19:00-08:00" });
    expect(doc.actions[0]?.text).toMatch(/^Dear Rafael,/);
    // The thank-you draft refers to things Rafael actually said.
    expect(doc.actions[0]?.text).toMatch(/Marta and the science team/);
    expect(doc.actions[1]?.due).toBe("2026-02-10T10:00:00-08:00");
    for (const a of doc.actions) expect(Object.keys(a)).not.toContain("done");
  });
});

describe("debrief analyze --batch", () => {
  const lines = [
    JSON.stringify({ id: "one", notes: GOOD_NOTES }),
    "{oops",
    JSON.stringify({ id: "two", dir: "good-case" }),
  ];

  it("prints one JSON line per record, bad ones as errors, exit 0, quiet stderr off a terminal", async () => {
    const file = join(tmp, "batch.jsonl");
    await writeFile(file, `${lines.join("\n")}\n`);
    const r = await debrief(["analyze", "--batch", file, "--now", NOW]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = r.stdout.trimEnd().split("\n");
    expect(out).toHaveLength(3);
    const docs = out.map(
      (l) => JSON.parse(l) as { id?: string; read?: { band: string }; error?: { code: string } },
    );
    expect(docs[0]?.id).toBe("one");
    expect(BANDS).toContain(docs[0]?.read?.band);
    expect(docs[1]).toMatchObject({ line: 2, error: { code: "not-json" } });
    expect(docs[2]?.id).toBe("two");
    expect(BANDS).toContain(docs[2]?.read?.band);
  });

  it("reads records from stdin with --batch -", async () => {
    const r = await debrief(["analyze", "--batch", "-", "--now", NOW], {
      stdin: lines.slice(0, 2).join("\r\n"),
    });
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(2);
  });

  it("on a terminal, shows progress on stderr and a summary, and clears the progress line", async () => {
    const file = join(tmp, "batch-tty.jsonl");
    await writeFile(file, `${lines.join("\n")}\n`);
    const r = await debrief(["analyze", "--batch", file, "--now", NOW], { stderrTTY: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("\r\x1b[2K");
    expect(r.stderr).toMatch(/3 records in [\d.]+s.*: 2 read, 1 bad/);
    expect(r.stderr.endsWith("\n")).toBe(true);
  });

  it("shows a progress line while a long batch runs, unless the records go to the terminal too", async () => {
    const file = join(tmp, "batch-long.jsonl");
    const many = Array.from({ length: 1_500 }, (_, i) => JSON.stringify({ id: `r${i}`, notes: GOOD_NOTES }));
    await writeFile(file, `${many.join("\n")}\n`);
    const piped = await debrief(["analyze", "--batch", file, "--now", NOW], { stderrTTY: true });
    expect(piped.stdout.trimEnd().split("\n")).toHaveLength(1_500);
    const CLEAR_LINE = "\r\x1b[2K";
    expect(piped.stderr).toContain(CLEAR_LINE);
    expect(piped.stderr.split(CLEAR_LINE).some((l) => /^[\d,]+ records · [\d,]+\/s$/.test(l))).toBe(true);
    expect(piped.stderr).toMatch(/1,500 records in [\d.]+s.*: 1,500 read, 0 bad\n$/);
    const both = await debrief(["analyze", "--batch", file, "--now", NOW], {
      stderrTTY: true,
      stdoutTTY: true,
    });
    expect(both.stderr).not.toMatch(/records · /);
    expect(both.stderr).toMatch(/1,500 records in/);
  });

  it("a missing batch file is an input error", async () => {
    const r = await debrief(["analyze", "--batch", join(tmp, "nope.jsonl"), "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: --batch ".*nope\.jsonl": no such file/);
    expect(r.stderr).not.toContain(STACK_LINE);
  });

  it("--batch with paths as well is an input error", async () => {
    const r = await debrief(["analyze", join(tmp, "good-case"), "--batch", "-", "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: --batch");
  });
});

describe("toLocalIso", () => {
  it("writes the moment in local time with its offset, the same instant to the second", () => {
    const at = new Date("2026-07-04T23:59:58.750Z");
    const iso = toLocalIso(at);
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(Date.parse(iso)).toBe(Date.parse("2026-07-04T23:59:58Z"));
  });
});

describe("debrief analyze: a mailbox export holding other processes", () => {
  const CASE_021 = join(CASES, "021-robotics-warm-reply-final");
  itShared("leaves out unrelated mail, says so, and reads the same signals", async () => {
    const dir = await mkdtemp(join(tmpdir(), "debrief-export-"));
    try {
      await mkdir(join(dir, "emails"));
      for (const f of readdirSync(join(CASE_021, "emails"))) {
        const { readFile } = await import("node:fs/promises");
        await writeFile(join(dir, "emails", f), await readFile(join(CASE_021, "emails", f)));
      }
      const now = "2026-03-06T12:00:00Z";
      const alone = JSON.parse((await debrief(["analyze", dir, "--json", "--now", now])).stdout);
      for (let i = 0; i < 6; i++) {
        await writeFile(
          join(dir, "emails", `other-${i}.eml`),
          `From: Shop <news@shop${i}.org>\nTo: Nadia Haddad <nadia.haddad@example.net>\nSubject: Sale ${i}\n` +
            `Date: Mon, 02 Mar 2026 10:00:00 +0000\nMessage-ID: <o${i}@shop>\n\nBig sale: we will be in touch by Friday.\n`,
        );
      }
      const r = await debrief(["analyze", dir, "--json", "--now", now]);
      const mixed = JSON.parse(r.stdout);
      expect(mixed.leftOut?.count).toBe(6);
      expect(mixed.signals.map((s: { id: string }) => s.id)).toEqual(
        alone.signals.map((s: { id: string }) => s.id),
      );
      const text = await debrief(["analyze", dir, "--now", now]);
      expect(text.stdout).toMatch(/Mail left out\s+· 6 messages: not about this process/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
