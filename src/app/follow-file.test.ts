import { execFileSync } from "node:child_process";
import { appendFile, mkdtemp, rename, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Utterance } from "../core/read/documents.js";
import { parseTranscript } from "../ingest/parse-transcript.js";
import { type Followed, followFile, followStream } from "./follow-file.js";

const POLL = 15;
const IDLE = 400;
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

function cue(n: number, speaker: string, text: string): string {
  const t = (s: number) =>
    `00:${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}.000`;
  return `${n}\n${t(n * 10)} --> ${t(n * 10 + 8)}\n<v ${speaker}>${text}\n\n`;
}

const CUES = [
  cue(1, "Ann Lee", "Thanks for joining us today."),
  cue(2, "Sam Park", "Glad to be here, I read about the platform team."),
  cue(3, "Ann Lee", "What did you own in your last role?"),
  cue(4, "Sam Park", "The ingestion pipeline, end to end, for two years."),
  cue(5, "Ann Lee", "When you join you'd own the backfill path."),
  cue(6, "Sam Park", "That sounds great."),
];
const WHOLE = `WEBVTT\n\n${CUES.join("")}`;

function parse(text: string): Utterance[] {
  const parsed = parseTranscript(text, "live.vtt");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value.utterances;
}

const said = (us: Utterance[]) => us.map(({ speaker, text, start }) => ({ speaker, text, start }));

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "debrief-follow-"));
  file = join(dir, "live.vtt");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Follows `file` while `write` runs; returns what the follow gave, batch by batch, and its result. */
async function followWhile(
  write: (batches: Utterance[][]) => Promise<void>,
  options: { idleMs?: number; signal?: AbortSignal } = {},
): Promise<{ batches: Utterance[][]; restarts: string[]; result: Followed }> {
  const batches: Utterance[][] = [];
  const restarts: string[] = [];
  const following = followFile(
    file,
    { onUtterances: (us) => batches.push(us), onRestart: (why) => restarts.push(why) },
    { pollMs: POLL, idleMs: options.idleMs ?? IDLE, ...(options.signal ? { signal: options.signal } : {}) },
  );
  await write(batches);
  return { batches, restarts, result: await following };
}

describe("followFile", () => {
  it("reads a file appended in steps, cut mid-line, as parseTranscript reads the whole", async () => {
    await writeFile(file, "");
    const cuts = [0, 3, 17, 40, 41, 90, 150, 151, 230, WHOLE.length];
    const { batches, result } = await followWhile(async () => {
      for (let i = 1; i < cuts.length; i++) {
        await appendFile(file, WHOLE.slice(cuts[i - 1], cuts[i]));
        await pause(POLL * 3);
      }
    });
    expect(result.utterances).toEqual(parse(WHOLE));
    expect(batches.flat()).toEqual(result.utterances);
    expect(batches.length).toBeGreaterThan(2);
    expect(result).toMatchObject({ format: "vtt", text: WHOLE, restarts: 0, endedBy: "idle" });
  });

  it("gives a cue once the next one starts, never half a line, and the last when the follow ends", async () => {
    // The first cue, and the second cut in the middle of its text line.
    await writeFile(file, `WEBVTT\n\n${CUES[0]}${CUES[1]?.slice(0, 40)}`);
    const seen: string[][] = [];
    const { result } = await followWhile(async (batches) => {
      await pause(POLL * 6);
      seen.push(batches.flat().map((u) => u.text));
      await appendFile(file, `${CUES[1]?.slice(40)}${CUES[2]}`);
      await pause(POLL * 6);
      seen.push(batches.flat().map((u) => u.text));
    });
    const texts = parse(`WEBVTT\n\n${CUES.slice(0, 3).join("")}`).map((u) => u.text);
    expect(seen).toEqual([texts.slice(0, 1), texts.slice(0, 2)]);
    expect(result.utterances.map((u) => u.text)).toEqual(texts);
  });

  it("keeps what it read when the file is truncated and written again", async () => {
    await writeFile(file, `WEBVTT\n\n${CUES.slice(0, 3).join("")}`);
    const { restarts, result } = await followWhile(async () => {
      await pause(POLL * 5);
      // The meeting tool starts the file over and writes all of it again, and more.
      await truncate(file, 0);
      await pause(POLL * 5);
      await appendFile(file, WHOLE);
    });
    expect(restarts).toEqual(["truncated"]);
    expect(result.utterances).toEqual(parse(WHOLE));
    expect(result.text).toBe(WHOLE);
    expect(result.restarts).toBe(1);
  });

  it("sees a file rewritten in place, longer than before, between two looks", async () => {
    await writeFile(file, `WEBVTT\n\n${CUES.slice(0, 2).join("")}`);
    const rewritten = `WEBVTT\n\n${cue(1, "Ann Lee", "Welcome, everyone, and thank you for making the time.")}${CUES.slice(1).join("")}`;
    const { restarts, result } = await followWhile(async () => {
      await pause(POLL * 5);
      await writeFile(file, rewritten);
    });
    expect(restarts).toEqual(["truncated"]);
    // What was read first (the second cue was complete once the old file ended), then what is new.
    const [newFirst, , ...rest] = parse(rewritten);
    expect(said(result.utterances)).toEqual(
      said([...parse(WHOLE).slice(0, 2), ...(newFirst ? [newFirst] : []), ...rest]),
    );
  });

  it("keeps what it read when the file is rotated and a new one holds only what follows", async () => {
    await writeFile(file, `WEBVTT\n\n${CUES.slice(0, 3).join("")}`);
    const { restarts, result } = await followWhile(async () => {
      await pause(POLL * 5);
      await rename(file, `${file}.1`);
      await pause(POLL * 4);
      await writeFile(file, `WEBVTT\n\n${CUES.slice(3).join("")}`);
    });
    expect(restarts).toEqual(["replaced"]);
    expect(said(result.utterances)).toEqual(said(parse(WHOLE)));
    // No one file holds it all: the transcript is written out again from what was read.
    expect(said(parse(result.text))).toEqual(said(parse(WHOLE)));
  });

  it("waits through a pause shorter than --idle, giving what came before it meanwhile", async () => {
    await writeFile(file, `WEBVTT\n\n${CUES.slice(0, 3).join("")}`);
    let duringPause = 0;
    const { result } = await followWhile(
      async (batches) => {
        await pause(600);
        duringPause = batches.flat().length;
        await appendFile(file, CUES.slice(3).join(""));
      },
      { idleMs: 900 },
    );
    // The first two cues are given while the transcript is paused; the third waits for the fourth.
    expect(duringPause).toBe(2);
    expect(result.utterances).toEqual(parse(WHOLE));
    expect(result.endedBy).toBe("idle");
  });

  it("stops when told to, and gives what it held back", async () => {
    await writeFile(file, `WEBVTT\n\n${CUES.slice(0, 2).join("")}`);
    const stop = new AbortController();
    const { result } = await followWhile(
      async () => {
        await pause(POLL * 5);
        stop.abort();
      },
      { idleMs: 60_000, signal: stop.signal },
    );
    // Ended by the abort, not by the minute of idleness it was given: no clock needed to tell.
    expect(result.endedBy).toBe("abort");
    expect(result.utterances).toEqual(parse(`WEBVTT\n\n${CUES.slice(0, 2).join("")}`));
  });

  it("reads no more than its cap of a large file, and says so", async () => {
    const lines = Array.from(
      { length: 2_000 },
      (_, i) => `Ann Lee: Question number ${i} about the pipeline.\n`,
    );
    await writeFile(file, lines.join(""));
    const cap = 10_000;
    const result = await followFile(
      file,
      { onUtterances: () => {} },
      { pollMs: POLL, idleMs: 60, maxBytes: cap },
    );
    expect(result.text.length).toBeLessThanOrEqual(cap);
    expect(result.utterances.length).toBeGreaterThan(100);
    expect(result.utterances.length).toBeLessThan(lines.length);
    expect(result.warnings.filter((w) => w.includes("only the first"))).toHaveLength(1);
  });

  it.skipIf(process.platform === "win32")("never blocks on a FIFO put where the file was", async () => {
    await writeFile(file, `WEBVTT\n\n${CUES.slice(0, 2).join("")}`);
    const { result } = await followWhile(async () => {
      await pause(POLL * 4);
      await rm(file);
      execFileSync("mkfifo", [file]);
      await pause(POLL * 4);
    });
    expect(result.endedBy).toBe("idle");
    expect(result.utterances).toEqual(parse(`WEBVTT\n\n${CUES.slice(0, 2).join("")}`));
    expect(result.warnings.join("\n")).toContain("is not a regular file");
  });
});

describe("followStream", () => {
  it("reads lines from a stream as they come, up to its end", async () => {
    const input = new PassThrough();
    const batches: Utterance[][] = [];
    const following = followStream(input, { onUtterances: (us) => batches.push(us) }, { idleMs: 5_000 });
    input.write("Ann Lee: Tell me about your last role.\nSam Park: I led the da");
    await pause(20);
    expect(batches).toEqual([]);
    input.write("ta team.\nAnn Lee: Great.\n");
    await pause(20);
    expect(batches.flat().map((u) => u.speaker)).toEqual(["Ann Lee", "Sam Park"]);
    input.end();
    const result = await following;
    expect(result.endedBy).toBe("end");
    expect(result.format).toBe("text");
    expect(result.utterances.map((u) => u.text)).toEqual([
      "Tell me about your last role.",
      "I led the data team.",
      "Great.",
    ]);
  });

  it("stops after --idle on a stream that stays open", async () => {
    const input = new PassThrough();
    const result = await followStream(input, { onUtterances: () => {} }, { idleMs: 100 });
    expect(result.endedBy).toBe("idle");
    input.write("Ann: late\n");
  });
});
