/**
 * npm run fit-bands: the band cut-offs (BAND_FLOORS in src/core/read/score-read.ts) that best agree with
 * the bands careful readers gave the tuned-on case folders (../shared/corpus and eval/train), never
 * the held-out ones. Each case is read once; then every grid of cut-offs re-scores the same findings
 * through scoreRead, rules and all. Prints the best by exact plus within-one agreement, then
 * closeness to the current cut-offs, and what the current ones give. It prints; it writes nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { analyzeCase } from "../src/app/analyze-case.js";
import type { OwnSense } from "../src/core/detect/read-own-sense.js";
import { BAND_FLOORS, scoreRead } from "../src/core/read/score-read.js";
import type { Finding } from "../src/core/signals/evidence.js";
import { BANDS, type Band } from "../src/core/signals/signal.js";

const SHARED = process.env.DEBRIEF_SHARED ?? join(import.meta.dirname, "..", "..", "shared");
const EVAL = join(import.meta.dirname, "..", "eval");

interface Case {
  name: string;
  expected: Band;
  rescore: (floors: Record<Band, number>) => Band;
}

async function readCase(dir: string, name: string, expected: Band, now: string): Promise<Case> {
  const result = await analyzeCase([join(dir, name)], { now });
  const a = result.analysis;
  const findings: Finding[] = a.signals.map((s) => ({ id: s.id, evidence: s.evidence }));
  const own = a.read.ownSense
    ? ({ lean: a.read.ownSense.lean, evidence: a.read.ownSense.evidence } as OwnSense)
    : undefined;
  return {
    name,
    expected,
    rescore: (floors) => scoreRead(findings, a.context, { floors, ...(own ? { ownSense: own } : {}) }).band,
  };
}

const cases: Case[] = [];
const corpus = join(SHARED, "corpus", "cases");
if (existsSync(corpus))
  for (const name of (await readdir(corpus)).sort()) {
    const e = JSON.parse(readFileSync(join(corpus, name, "expected.json"), "utf8")) as {
      band: Band;
      now: string;
    };
    cases.push(await readCase(corpus, name, e.band, e.now));
  }
const train = join(EVAL, "train");
if (existsSync(join(train, "expected.jsonl")))
  for (const line of readFileSync(join(train, "expected.jsonl"), "utf8").split("\n").filter(Boolean)) {
    const e = JSON.parse(line) as { id: string; band: Band };
    const meta = JSON.parse(readFileSync(join(train, "cases", e.id, "meta.json"), "utf8")) as { now: string };
    cases.push(await readCase(join(train, "cases"), e.id, e.band, meta.now));
  }

function agreement(floors: Record<Band, number>): { exact: number; within: number } {
  let exact = 0;
  let within = 0;
  for (const c of cases) {
    const d = Math.abs(BANDS.indexOf(c.rescore(floors)) - BANDS.indexOf(c.expected));
    if (d === 0) exact++;
    if (d <= 1) within++;
  }
  return { exact, within };
}

const step = (from: number, to: number, by: number) =>
  Array.from({ length: Math.round((to - from) / by) + 1 }, (_, i) => Math.round((from + i * by) * 100) / 100);
let best: { floors: Record<Band, number>; exact: number; within: number; distance: number } | undefined;
for (const mixed of step(0.25, 0.45, 0.02))
  for (const promising of step(0.55, 0.8, 0.02))
    for (const strong of step(0.7, 0.92, 0.02)) {
      if (!(mixed < promising && promising < strong)) continue;
      const floors = { weak: 0, mixed, promising, strong };
      const { exact, within } = agreement(floors);
      const distance =
        Math.abs(mixed - BAND_FLOORS.mixed) +
        Math.abs(promising - BAND_FLOORS.promising) +
        Math.abs(strong - BAND_FLOORS.strong);
      // Exact and within-one agreement count alike; ties go to the cut-offs nearest the current ones.
      const score = exact + within;
      const bestScore = best ? best.exact + best.within : -1;
      if (!best || score > bestScore || (score === bestScore && distance < best.distance))
        best = { floors, exact, within, distance };
    }
const now = agreement(BAND_FLOORS);
console.log(`${cases.length} tuned-on case folders (corpus and eval/train)`);
console.log(`current cut-offs ${JSON.stringify(BAND_FLOORS)}: exact ${now.exact}, within one ${now.within}`);
if (best)
  console.log(
    `best cut-offs    ${JSON.stringify(best.floors)}: exact ${best.exact}, within one ${best.within}`,
  );
