import { readFileSync } from "node:fs";
import { appendFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_013, describeShared, HAS_SHARED } from "../../test/shared.js";
import type { Io } from "./io.js";
import { run } from "./main.js";

const NOW = "2026-02-03T18:45:00-08:00";
/** Terminal control sequences: cursor moves, clearing, colours. */
const CONTROL = new RegExp(`${String.fromCharCode(27)}\\[[\\d;?]*[A-Za-z]`, "g");
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Captured {
  text: string;
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

function capture(isTTY = false): Captured {
  return {
    text: "",
    isTTY,
    columns: 100,
    write(s: string) {
      this.text += s;
      return true;
    },
  };
}

/** Runs `debrief …` in-process; `feed` runs meanwhile (appending to a file, writing to stdin). */
async function debrief(
  argv: string[],
  options: {
    stdin?: NodeJS.ReadableStream;
    tty?: boolean;
    env?: Record<string, string>;
    feed?: (out: Captured) => Promise<void>;
  } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = capture(options.tty);
  const stderr = capture();
  const io: Io = {
    stdin: options.stdin ?? Readable.from([]),
    stdout,
    stderr,
    env: options.env ?? {},
    now: () => new Date("2026-02-04T02:45:00Z"),
  };
  const running = run(argv, io);
  await options.feed?.(stdout);
  const code = await running;
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Waits until the command has written something, so it is surely following before more is added. */
async function untilWritten(out: Captured, what: string): Promise<void> {
  for (let i = 0; i < 200 && !out.text.includes(what); i++) await pause(25);
}

interface Line {
  type: string;
  [key: string]: unknown;
}
const jsonLines = (text: string): Line[] =>
  text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Line);

let tmp: string;
let transcript: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "debrief-live-"));
  transcript = HAS_SHARED ? readFileSync(join(CASE_013, "transcript.vtt"), "utf8") : "";
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Appends the rest of `text` to `file` in three steps, after the first update is out. */
function appendInSteps(file: string, text: string, from: number) {
  return async (out: Captured) => {
    await untilWritten(out, '"type":"update"');
    const step = Math.ceil((text.length - from) / 3);
    for (let at = from; at < text.length; at += step) {
      await appendFile(file, text.slice(at, at + step));
      await pause(400);
    }
  };
}

describeShared("debrief live", () => {
  it("writes a JSON line per change, then the read that analyze gives the whole file", async () => {
    const file = join(tmp, "captions.vtt");
    await writeFile(file, transcript.slice(0, 4000));
    const invite = join(CASE_013, "invite.ics");
    const r = await debrief(["live", file, "--invite", invite, "--idle", "1", "--now", NOW], {
      feed: appendInSteps(file, transcript, 4000),
    });
    expect(r.code, r.stderr).toBe(0);
    const lines = jsonLines(r.stdout);
    const updates = lines.filter((l) => l.type === "update");
    expect(updates.length).toBeGreaterThanOrEqual(3);
    expect(updates[0]).toMatchObject({ provisional: true, scheduledMinutes: 60 });
    expect(lines.at(-1)?.type).toBe("final");
    // Every signal of the final read was announced as it came.
    const final = lines.at(-1) as Line & { signals: { id: string }[]; read: { band: string; score: number } };
    const announced = updates.flatMap((u) => (u.newSignals as { id: string }[]).map((s) => s.id));
    for (const s of final.signals) expect(announced).toContain(s.id);

    const whole = await debrief(["analyze", file, invite, "--json", "--now", NOW]);
    const expected = JSON.parse(whole.stdout) as typeof final;
    expect(final.signals).toEqual(expected.signals);
    expect(final.read).toEqual(expected.read);
    const last = updates.at(-1) as Line;
    expect([last.band, last.score]).toEqual([expected.read.band, expected.read.score]);
  });

  it("keeps a board in place on a terminal, then prints the full read and the next steps", async () => {
    const file = join(tmp, "board.vtt");
    await writeFile(file, transcript.slice(0, 4000));
    const r = await debrief(["live", file, "--me", "Jordan Lee", "--idle", "1", "--now", NOW], {
      tty: true,
      env: { NO_COLOR: "1" },
      feed: async (out) => {
        await untilWritten(out, "Read so far");
        await pause(300);
        await appendFile(file, transcript.slice(4000));
      },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("● LIVE  board.vtt");
    expect(r.stdout).toContain("(provisional)");
    expect(r.stdout).toMatch(/Talk: .*Jordan Lee \(you\)/);
    // Redrawn in place: the cursor goes up over the last frame, and the cursor is shown again at the end.
    const codes = r.stdout.match(CONTROL) ?? [];
    expect(r.stdout).toContain("A\r\x1b[2K● LIVE");
    expect(r.stdout.split("\x1b[2K● LIVE").length).toBeGreaterThan(2);
    expect(codes).toContain("\x1b[?25l");
    expect(codes.at(-1)).toBe("\x1b[?25h");
    // NO_COLOR: moves, but no colours.
    expect(codes.filter((c) => c.endsWith("m"))).toEqual([]);
    const after = r.stdout.slice(r.stdout.lastIndexOf("\x1b[?25h"));
    expect(after).toContain("Live read ended: the transcript stopped growing for 1 s");
    expect(after).toMatch(/Read: (STRONG|PROMISING|MIXED|WEAK)/);
    expect(after).toContain("Next steps");
  });

  it("files the interview in the workspace with --save", async () => {
    const file = join(tmp, "saved.vtt");
    await writeFile(file, transcript);
    const env = { DEBRIEF_HOME: join(tmp, "home") };
    const r = await debrief(
      [
        "live",
        file,
        "--invite",
        join(CASE_013, "invite.ics"),
        "--idle",
        "0.5",
        "--save",
        "--application",
        "Pinecrest Labs",
        "--now",
        NOW,
      ],
      { env },
    );
    expect(r.code, r.stderr).toBe(0);
    const saved = jsonLines(r.stdout).at(-1) as Line & { filed: { company: string; sources: string[] }[] };
    expect(saved.type).toBe("saved");
    expect(saved.filed[0]?.company).toBe("Pinecrest Labs");
    expect(saved.filed[0]?.sources.sort()).toEqual(["invite.ics", "transcript.vtt"]);
    const list = await debrief(["list", "--json"], { env });
    expect(list.stdout).toContain("Pinecrest Labs");
  });
});

describe("debrief live on standard input", () => {
  it("reads Name: text lines as they come, to the end of the input", async () => {
    const stdin = new PassThrough();
    const r = await debrief(["live", "-", "--me", "Sam Roe", "--now", NOW], {
      stdin,
      feed: async (out) => {
        stdin.write(
          "Pat Lee: Thanks for coming in. What salary are you expecting?\nSam Roe: Around ninety.\n",
        );
        await untilWritten(out, '"type":"update"');
        stdin.write("Pat Lee: When you join, you'd own the ingestion layer outright.\nSam Roe: Great.\n");
        await pause(50);
        stdin.end();
      },
    });
    expect(r.code, r.stderr).toBe(0);
    const lines = jsonLines(r.stdout);
    const updates = lines.filter((l) => l.type === "update");
    expect(updates.length).toBeGreaterThanOrEqual(2);
    expect(updates[0]?.newSignals).toEqual([
      expect.objectContaining({
        id: "compensation-discussed",
        speaker: "Pat Lee",
        quote: "What salary are you expecting?",
      }),
    ]);
    const final = lines.at(-1) as Line & { signals: { id: string }[]; talkShare: { speaker: string }[] };
    expect(final.type).toBe("final");
    expect(final.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining(["compensation-discussed", "pictured-in-role"]),
    );
    expect(final.talkShare.map((t) => t.speaker).sort()).toEqual(["Pat Lee", "Sam Roe"]);
  });

  it("says so when nothing could be read", async () => {
    const r = await debrief(["live", "--now", NOW], { stdin: Readable.from(["just some words\n"]) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: no complete utterance was read from standard input");
  });
});

describe("debrief live: bad options", () => {
  it.each([
    [["live", "--idle", "soon"], "--idle"],
    [["live", "--idle", "0"], "--idle"],
    [["live", "no-such-file.vtt"], "no such file"],
    [["live", "-", "--application", "Acme"], "--save"],
    [["live", "-", "--invite", "no-such.ics"], "--invite"],
  ])("%j is an input error", async (argv, says) => {
    const r = await debrief(argv);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error:");
    expect(r.stderr).toContain(says);
    expect(r.stderr).not.toContain("    at ");
  });
});
