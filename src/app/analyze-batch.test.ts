import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  analyzeBatch,
  type BatchError,
  type BatchLine,
  type BatchRead,
  isBatchError,
  MAX_NOTES_BYTES,
  readLines,
} from "./analyze-batch.js";

const NOW = "2026-03-04T18:30:00-05:00";
const BANDS = ["strong", "promising", "mixed", "weak"];
const GOOD_NOTES =
  "The interview ran twenty minutes over. She told me my answer was exactly what they need, " +
  "and she booked the final round with the CTO for Tuesday the 10th.";

async function* from<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

const run = (lines: string[], baseDir?: string) =>
  collect(analyzeBatch(from(lines), { now: NOW, ...(baseDir ? { baseDir } : {}) }));

function asError(line: BatchLine | undefined): BatchError {
  if (!line || !isBatchError(line)) throw new Error(`expected an error line, got ${JSON.stringify(line)}`);
  return line;
}

function asRead(line: BatchLine | undefined): BatchRead {
  if (!line || isBatchError(line)) throw new Error(`expected a read, got ${JSON.stringify(line)}`);
  return line;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "debrief-batch-"));
  await mkdir(join(dir, "case-a"));
  await writeFile(join(dir, "case-a", "notes.md"), GOOD_NOTES);
  await mkdir(join(dir, "case-empty"));
  await writeFile(join(dir, "case-empty", "notes.md"), "");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("analyzeBatch", () => {
  it("reads a notes record into signals with evidence and a read", async () => {
    const [out] = await run([JSON.stringify({ id: "a1", notes: GOOD_NOTES })]);
    const read = asRead(out);
    expect(read.id).toBe("a1");
    expect(BANDS).toContain(read.read.band);
    expect(read.read.summary.length).toBeGreaterThan(0);
    expect(read.signals.length).toBeGreaterThan(0);
    for (const s of read.signals) {
      expect(s.evidence.length).toBeGreaterThan(0);
      expect(["positive", "negative", "outcome"]).toContain(s.polarity);
    }
    expect(read.signals.map((s) => s.id)).toContain("positive-feedback");
  });

  it("keeps going past bad lines, one output per non-blank line, with the line number", async () => {
    const lines = [
      JSON.stringify({ id: "ok-1", notes: GOOD_NOTES }),
      "{not json",
      "",
      JSON.stringify({ notes: "no id here" }),
      JSON.stringify({ id: "no-input" }),
      "[1, 2]",
      JSON.stringify({ id: "both", notes: "x", dir: "y" }),
      JSON.stringify({ id: "empty", notes: "   " }),
      JSON.stringify({ id: 42, notes: GOOD_NOTES }),
      JSON.stringify({
        id: "ok-2",
        notes: "He never asked me a single follow-up question and cut it short.",
      }),
    ];
    const out = await run(lines);
    expect(out).toHaveLength(9);
    expect(asRead(out[0]).id).toBe("ok-1");
    expect(asError(out[1])).toMatchObject({ line: 2, error: { code: "not-json" } });
    expect(asError(out[2])).toMatchObject({ line: 4, error: { code: "missing-id" } });
    expect(asError(out[2]).id).toBeUndefined();
    expect(asError(out[3])).toMatchObject({ id: "no-input", line: 5, error: { code: "missing-input" } });
    expect(asError(out[4])).toMatchObject({ line: 6, error: { code: "not-an-object" } });
    expect(asError(out[5])).toMatchObject({ id: "both", error: { code: "both-inputs" } });
    expect(asError(out[6])).toMatchObject({ id: "empty", error: { code: "empty-notes" } });
    expect(asRead(out[7]).id).toBe("42");
    expect(asRead(out[8]).id).toBe("ok-2");
    for (const e of out.filter(isBatchError)) expect(e.error.message.length).toBeGreaterThan(5);
  });

  it("refuses notes over 1 MB without stopping", async () => {
    const big = "a".repeat(MAX_NOTES_BYTES + 1);
    const out = await run([
      JSON.stringify({ id: "big", notes: big }),
      JSON.stringify({ id: "after", notes: GOOD_NOTES }),
    ]);
    expect(asError(out[0])).toMatchObject({ id: "big", error: { code: "notes-too-long" } });
    expect(asError(out[0]).error.message).toMatch(/1 MB/);
    expect(asRead(out[1]).id).toBe("after");
  });

  it("reads dir records relative to baseDir, and reports missing or unreadable ones", async () => {
    const out = await run(
      [
        JSON.stringify({ id: "d1", dir: "case-a" }),
        JSON.stringify({ id: "d2", dir: "no-such-case" }),
        JSON.stringify({ id: "d3", dir: "case-empty" }),
      ],
      dir,
    );
    expect(out).toHaveLength(3);
    const read = asRead(out[0]);
    expect(read.signals.every((s) => s.evidence.every((e) => e.source === "notes.md"))).toBe(true);
    expect(read.signals.length).toBeGreaterThan(0);
    expect(asError(out[1])).toMatchObject({ id: "d2", line: 2, error: { code: "dir-not-found" } });
    expect(asError(out[1]).error.message).toContain("no-such-case");
    expect(asError(out[2])).toMatchObject({ id: "d3", error: { code: "nothing-readable" } });
    expect(asError(out[2]).error.message).toContain("notes.md");
  });

  it("pulls input lazily: the first result comes before the rest of the input is read", async () => {
    let pulled = 0;
    async function* lines(): AsyncGenerator<string> {
      for (let i = 0; i < 1_000; i++) {
        pulled++;
        yield JSON.stringify({ id: `r${i}`, notes: GOOD_NOTES });
      }
    }
    const gen = analyzeBatch(lines(), { now: NOW });
    const first = await gen.next();
    expect(asRead(first.value as BatchLine).id).toBe("r0");
    expect(pulled).toBeLessThanOrEqual(2);
    await gen.return(undefined);
  });

  it("streams 5,000 records, every one with a band", async () => {
    const n = 5_000;
    const notes = [
      "She said my answer was exactly what they need.",
      "He was checking his phone the whole time and we finished twenty minutes early.",
      "We'll be in touch, she said.",
      "They asked when I could start and what salary I expect.",
    ];
    async function* lines(): AsyncGenerator<string> {
      for (let i = 0; i < n; i++) yield JSON.stringify({ id: `r${i}`, notes: notes[i % notes.length] });
    }
    let count = 0;
    let withBand = 0;
    let lastId = "";
    for await (const out of analyzeBatch(lines(), { now: NOW })) {
      count++;
      if (!isBatchError(out) && BANDS.includes(out.read.band)) withBand++;
      if (!isBatchError(out)) lastId = out.id;
    }
    expect(count).toBe(n);
    expect(withBand).toBe(n);
    expect(lastId).toBe(`r${n - 1}`);
  }, 120_000);
});

describe("readLines", () => {
  it("splits chunks on LF and CRLF, across chunk boundaries, and drops a BOM", async () => {
    const enc = new TextEncoder();
    const chunks = [enc.encode('\uFEFF{"a":1}\r\n{"b"'), enc.encode(':2}\n\n{"c":3}')];
    expect(await collect(readLines(from(chunks)))).toEqual(['{"a":1}', '{"b":2}', "", '{"c":3}']);
  });

  it("decodes a UTF-8 character split across chunks", async () => {
    const bytes = new TextEncoder().encode("héllo\n");
    const chunks = [bytes.slice(0, 2), bytes.slice(2)];
    expect(await collect(readLines(from(chunks)))).toEqual(["héllo"]);
  });

  it("cuts an overlong line to max + 1 characters, which analyzeBatch refuses", async () => {
    const lines = await collect(readLines(from(["x".repeat(30), "y".repeat(30), "\nshort\n"]), 50));
    expect(lines.map((l) => l.length)).toEqual([51, 5]);
  });
});
