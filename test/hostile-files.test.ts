import { mkdir, mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../src/cli/io.js";
import { run } from "../src/cli/main.js";
import { readCaseFiles } from "../src/ingest/read-case-folder.js";

/*
 * Files that people drop into a case folder by mistake or that arrive broken: each sits in its own
 * case folder under test/fixtures/hostile/ with a good notes.md beside it. Whatever the bad file is,
 * the read names it and says what is wrong, the good notes are still read, nothing crashes, and the
 * exit code says whether anything was left out (1) or only read with reservations (0).
 */

const HOSTILE = fileURLToPath(new URL("./fixtures/hostile/", import.meta.url));
const NOW = "2026-02-05T18:00:00-08:00";
const STACK_LINE = "    at ";
const MIB = 1024 * 1024;
const BANDS = ["strong", "promising", "mixed", "weak"];

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams, as src/cli/main.test.ts does. */
async function debrief(argv: string[]): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdin: Readable.from([]),
    stdout: {
      write: (s: string) => {
        stdout += s;
        return true;
      },
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
        return true;
      },
    },
    env: { NO_COLOR: "1" },
    now: () => new Date(NOW),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

interface ContractDoc {
  read: { band: string };
  skipped: { source: string; reason: string }[];
  warnings: string[];
}

interface SkippedCase {
  folder: string;
  file: string;
  reason: RegExp;
}

/** Files that cannot be read at all: skipped with a reason, the rest of the case still read, exit 1. */
const SKIPPED: SkippedCase[] = [
  { folder: "empty-transcript", file: "transcript.vtt", reason: /^file is empty$/ },
  {
    folder: "pdf-as-vtt",
    file: "transcript.vtt",
    reason: /this is a PDF file, not text; export the transcript/,
  },
  { folder: "zip-as-eml", file: "thank-you.eml", reason: /not an email: the file is a zip archive/ },
  {
    folder: "truncated-ics",
    file: "invite.ics",
    reason: /^line 4: the file ends inside BEGIN:VEVENT without END:VEVENT \(truncated\?\)/,
  },
  { folder: "binary-srt", file: "captions.srt", reason: /this looks like a binary file, not text/ },
  { folder: "bad-context", file: "context.json", reason: /^not valid JSON/ },
  { folder: "not-mbox", file: "export.mbox", reason: /^not an mbox file/ },
];

interface WarnedCase {
  folder: string;
  file: string;
  warnings: RegExp[];
  /** Text the bad file's document must still hold: its words were read, not lost. */
  keeps: string[];
}

/** Files that are read with reservations: a warning naming the file and what was wrong, exit 0. */
const WARNED: WarnedCase[] = [
  {
    folder: "latin1-notes",
    file: "old-notes.md",
    warnings: [/^old-notes\.md: not valid UTF-8; read as Windows-1252/],
    keeps: ["café chat with Zoë Müller — she’s the hiring lead", "naïve questions"],
  },
  {
    folder: "eml-no-date-bad-boundary",
    file: "reply.eml",
    warnings: [
      /^reply\.eml: no Date header; the message is undated$/,
      /^reply\.eml: the MIME boundary "declared-boundary-1" in Content-Type is not the one the parts use/,
    ],
    keeps: ["We will get back to you by Friday with next steps."],
  },
  {
    folder: "eml-wrong-charset",
    file: "update.eml",
    warnings: [/^update\.eml: the text was UTF-8 under another charset label; read it as UTF-8$/],
    keeps: ["Zoë Müller from the café team", "No naïve questions"],
  },
  {
    folder: "eml-unknown-charset",
    file: "schedule.eml",
    warnings: [/^schedule\.eml: unknown charset "x-made-up-9"; its text was read as Windows-1252$/],
    keeps: ["The final round is on Thursday at 10am."],
  },
];

function textOf(doc: { kind: string; text?: string; utterances?: { text: string }[] }): string {
  return doc.text ?? doc.utterances?.map((u) => u.text).join("\n") ?? "";
}

describe("hostile files, read with readCaseFiles", () => {
  it.each(SKIPPED)("$folder: $file is skipped with a reason, notes.md is still read", async (c) => {
    const files = await readCaseFiles([join(HOSTILE, c.folder)]);
    expect(files.skipped).toHaveLength(1);
    expect(files.skipped[0]?.source).toBe(c.file);
    expect(files.skipped[0]?.reason).toMatch(c.reason);
    expect(files.docs.map((d) => d.source)).toEqual(["notes.md"]);
    expect(files.warnings).toEqual([]);
  });

  it.each(WARNED)("$folder: $file is read with a warning, and so is notes.md", async (c) => {
    const files = await readCaseFiles([join(HOSTILE, c.folder)]);
    expect(files.skipped).toEqual([]);
    expect(files.docs.map((d) => d.source).sort()).toEqual([c.file, "notes.md"].sort());
    for (const pattern of c.warnings)
      expect(
        files.warnings.some((w) => pattern.test(w)),
        String(pattern),
      ).toBe(true);
    expect(files.warnings).toHaveLength(c.warnings.length);
    const doc = files.docs.find((d) => d.source === c.file);
    for (const words of c.keeps) expect(textOf(doc as Parameters<typeof textOf>[0])).toContain(words);
  });

  it("a UTF-16 LE transcript with a BOM is read as a transcript, accents and dashes intact", async () => {
    const files = await readCaseFiles([join(HOSTILE, "utf16-transcript")]);
    expect(files.skipped).toEqual([]);
    expect(files.warnings).toEqual([]);
    const transcript = files.docs.find((d) => d.kind === "transcript");
    if (transcript?.kind !== "transcript") throw new Error("no transcript read");
    expect(transcript.source).toBe("transcript.txt");
    expect(transcript.utterances.map((u) => u.speaker)).toEqual([
      "Priya Raman",
      "Sam Okafor",
      "Priya Raman",
      "Sam Okafor",
    ]);
    expect(transcript.utterances[1]?.text).toBe("Happy to be here — the café downstairs made me early.");
    expect(files.docs.some((d) => d.source === "notes.md")).toBe(true);
  });

  it("a zip bomb is refused by its first bytes, without inflating it", async () => {
    const before = process.memoryUsage();
    const files = await readCaseFiles([join(HOSTILE, "zip-as-eml", "thank-you.eml")]);
    const after = process.memoryUsage();
    expect(files.skipped[0]?.reason).toMatch(/zip archive/);
    // The member inflates to 4 MB; nothing near that is allocated.
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(2 * MIB);
  });
});

describe("hostile files, through `debrief analyze`", () => {
  it.each(SKIPPED)(
    "$folder: exit 1, `error: $file: …` on stderr, the read of notes.md on stdout",
    async (c) => {
      const r = await debrief(["analyze", join(HOSTILE, c.folder), "--now", NOW]);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toContain(STACK_LINE);
      const line = r.stderr.split("\n").find((l) => l.startsWith(`error: ${c.file}: `)) ?? "";
      expect(line.slice(`error: ${c.file}: `.length)).toMatch(c.reason);
      expect(r.stderr).toContain("hint: the read above leaves out 1 file");
      expect(r.stdout).not.toBe("");
    },
  );

  it.each(SKIPPED)("$folder --json: the document lists $file as skipped", async (c) => {
    const r = await debrief(["analyze", join(HOSTILE, c.folder), "--json", "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain(STACK_LINE);
    const doc = JSON.parse(r.stdout) as ContractDoc;
    expect(BANDS).toContain(doc.read.band);
    expect(doc.skipped).toEqual([{ source: c.file, reason: expect.stringMatching(c.reason) }]);
  });

  it.each(WARNED)("$folder: exit 0 with `warning: $file: …` on stderr", async (c) => {
    const r = await debrief(["analyze", join(HOSTILE, c.folder), "--json", "--now", NOW]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain(STACK_LINE);
    expect(r.stderr).not.toContain("error:");
    const warnings = r.stderr
      .split("\n")
      .filter((l) => l.startsWith("warning: "))
      .map((l) => l.slice("warning: ".length));
    for (const pattern of c.warnings)
      expect(
        warnings.some((w) => pattern.test(w)),
        String(pattern),
      ).toBe(true);
    const doc = JSON.parse(r.stdout) as ContractDoc;
    expect(doc.skipped).toEqual([]);
    expect(doc.warnings).toEqual(warnings);
    expect(BANDS).toContain(doc.read.band);
  });

  it("utf16-transcript: exit 0, nothing to warn about", async () => {
    const r = await debrief(["analyze", join(HOSTILE, "utf16-transcript"), "--now", NOW]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("a bad file given alone: exit 1 with its reason and a hint, no stack", async () => {
    const r = await debrief(["analyze", join(HOSTILE, "pdf-as-vtt", "transcript.vtt"), "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: transcript.vtt: this is a PDF file, not text");
    expect(r.stderr).toContain("error: nothing could be read, so there is no read");
    expect(r.stderr).toMatch(/^hint: /m);
    expect(r.stderr).not.toContain(STACK_LINE);
    expect(r.stdout).toBe("");
  });

  it("every hostile folder at once: each bad file named once, the good ones read", async () => {
    const folders = [...SKIPPED, ...WARNED].map((c) => join(HOSTILE, c.folder));
    const r = await debrief(["analyze", ...folders, "--json", "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain(STACK_LINE);
    const doc = JSON.parse(r.stdout) as ContractDoc;
    expect(doc.skipped.map((s) => s.source).sort()).toEqual(SKIPPED.map((c) => c.file).sort());
  });
});

interface GeneratedCase {
  name: string;
  file: string;
  /** Builds the file's content; files of several MB are generated, never committed. */
  content: () => string;
  code: 0 | 1;
  /** What stderr says about the file, when it is skipped or read with a warning. */
  says?: RegExp;
}

const LINE_OF_PROSE = "She walked me through the queue design and asked what I would change first. ";

/** Large hostile files that once crashed or hung the read; each beside a good notes.md. */
const GENERATED: GeneratedCase[] = [
  {
    name: "300,000 bad VTT timing lines (9 MB)",
    file: "transcript.vtt",
    content: () => `WEBVTT\n\n${"00:00:0x.000 --> 00:00:01.000\nhello\n\n".repeat(300_000)}`,
    code: 1,
    says: /^error: transcript\.vtt: no cues found; expected WEBVTT cues/m,
  },
  {
    name: "an .eml of 2 MB of empty lines",
    file: "reply.eml",
    content: () =>
      `From: Priya Raman <priya@pinecrest.example>\nSubject: Re: next steps\n\n${"\n".repeat(2 * MIB)}`,
    code: 1,
    says: /^error: reply\.eml: the message has \d+ lines in \d+ bytes; mail has at most one line per 60 bytes/m,
  },
  {
    name: "a 1 MB line of notes without a newline",
    file: "call-notes.md",
    content: () => LINE_OF_PROSE.repeat(Math.ceil(MIB / LINE_OF_PROSE.length)),
    code: 0,
  },
  {
    name: "a transcript of 30 kB turns of 'a!a!a!' (15,000 sentences each)",
    file: "transcript.txt",
    content: () =>
      [
        "Priya Raman: What would you change first?",
        `Sam Okafor: ${"a!".repeat(15_000)}`,
        `Priya Raman: ${"a!".repeat(15_000)}`,
        "Sam Okafor: Thanks for your time.",
      ].join("\n"),
    code: 0,
  },
  {
    name: "an HTML mail of 20,000 nested blockquotes",
    file: "reply.eml",
    content: () =>
      "From: Priya Raman <priya@pinecrest.example>\nSubject: Re: next steps\nContent-Type: text/html\n\n" +
      "<blockquote>we will be in touch ".repeat(20_000),
    code: 0,
  },
];

describe("large hostile files (generated, never committed), through `debrief analyze`", () => {
  let root = "";

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "debrief-generated-"));
  });

  afterAll(async () => {
    if (root !== "") await rm(root, { recursive: true, force: true });
  });

  it.each(GENERATED)(
    "$name: the right exit code, the file named, no stack",
    async (c) => {
      const dir = join(root, c.name.replace(/[^a-z0-9]+/gi, "-"));
      await mkdir(dir);
      await writeFile(
        join(dir, "notes.md"),
        "Call with Priya Raman on Tuesday. She said they would get back to me by Friday.\n",
      );
      await writeFile(join(dir, c.file), c.content());
      const r = await debrief(["analyze", dir, "--json", "--now", NOW]);
      expect(r.stderr).not.toContain(STACK_LINE);
      expect(r.code, r.stderr).toBe(c.code);
      if (c.says) expect(r.stderr).toMatch(c.says);
      const doc = JSON.parse(r.stdout) as ContractDoc;
      expect(BANDS).toContain(doc.read.band);
    },
    30_000,
  );
});

describe("a 200 MB notes.md (generated, never committed)", () => {
  let dir = "";
  const SIZE = 200 * MIB;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "debrief-hostile-"));
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, "more-notes.md"),
      "Call with Priya Raman. She said they would get back to me by Friday.\n",
    );
    const line = "Notes that go on and on about the onsite loop, the queue design and the team.\n";
    const chunk = Buffer.from(line.repeat(Math.ceil(MIB / line.length)).slice(0, MIB));
    const handle = await open(join(dir, "notes.md"), "w");
    try {
      for (let written = 0; written < SIZE; written += chunk.length) await handle.write(chunk);
    } finally {
      await handle.close();
    }
  }, 60_000);

  afterAll(async () => {
    if (dir !== "") await rm(dir, { recursive: true, force: true });
  });

  it("is refused by its size before it is read: no 200 MB buffer", async () => {
    // Bounded by what is held, not by the clock: a file read into memory would show in the heap.
    const before = process.memoryUsage();
    const files = await readCaseFiles([dir]);
    const after = process.memoryUsage();
    expect(files.skipped).toEqual([{ source: "notes.md", reason: "file is 200 MB; the limit is 25 MB" }]);
    expect(files.docs.map((d) => d.source)).toEqual(["more-notes.md"]);
    expect(after.heapUsed - before.heapUsed).toBeLessThan(50 * MIB);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(50 * MIB);
  });

  it("debrief analyze: exit 1, `error: notes.md: file is 200 MB; the limit is 25 MB`, the other notes read", async () => {
    const before = process.memoryUsage();
    const r = await debrief(["analyze", dir, "--json", "--now", NOW]);
    const after = process.memoryUsage();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: notes.md: file is 200 MB; the limit is 25 MB");
    expect(r.stderr).not.toContain(STACK_LINE);
    const doc = JSON.parse(r.stdout) as ContractDoc;
    expect(BANDS).toContain(doc.read.band);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(50 * MIB);
  });
});
