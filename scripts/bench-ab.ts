import { existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { analyzeInterview as AnalyzeInterview } from "../src/core/read/analyze-interview.js";
import type { parseTranscript as ParseTranscript } from "../src/ingest/parse-transcript.js";
import { readReviews } from "./read-reviews.js";
import { corpusTranscripts, ninetyMinutes, shortNotes } from "./reading-inputs.js";

const roots = process.argv.slice(2).map((r) => resolve(r));
if (roots.length < 2) throw new Error("give two or more checkouts: scripts/bench-ab.ts ../base .");
const ROUNDS = Number(process.env.BENCH_AB_ROUNDS ?? 7);
const NOW = "2026-03-04T18:00:00-05:00";

interface Version {
  name: string;
  analyze: typeof AnalyzeInterview;
  parse: typeof ParseTranscript;
}

const versions: Version[] = [];
for (const root of roots) {
  // Before src/core was split by topic (issue 18) the entry stood at the top of core.
  const entry = existsSync(join(root, "src/core/read/analyze-interview.ts"))
    ? "src/core/read/analyze-interview.ts"
    : "src/core/analyze-interview.ts";
  const core = (await import(join(root, entry))) as {
    analyzeInterview: typeof AnalyzeInterview;
  };
  const ingest = (await import(join(root, "src/ingest/parse-transcript.ts"))) as {
    parseTranscript: typeof ParseTranscript;
  };
  versions.push({ name: basename(root), analyze: core.analyzeInterview, parse: ingest.parseTranscript });
}
const first = versions[0] as Version;

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const transcripts = await corpusTranscripts(first.parse);
// As `npm run bench` builds it (scripts/reading-inputs.ts).
const long = ninetyMinutes(transcripts);
const reviews = await readReviews();
const notes = shortNotes(transcripts);

const parts: Record<string, { unit: string; run: (v: Version) => number }> = {
  "90-minute transcript": {
    unit: "ms",
    run: (v) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const c0 = cpuMs();
        v.analyze({ docs: [long], now: NOW, me: "Sam Candidate" });
        times.push(cpuMs() - c0);
      }
      return median(times);
    },
  },
  ...(reviews.length > 0
    ? {
        reviews: {
          unit: "records/CPU-s",
          run: (v: Version) => {
            const c0 = cpuMs();
            for (const r of reviews)
              v.analyze({
                docs: [{ kind: "notes", source: r.id, text: r.text }],
                now: "2026-06-01T12:00:00Z",
              });
            return reviews.length / ((cpuMs() - c0) / 1000);
          },
        },
      }
    : {}),
  "short notes": {
    unit: "records/CPU-s",
    run: (v) => {
      const c0 = cpuMs();
      for (let i = 0; i < 1_500; i++)
        v.analyze({
          docs: [{ kind: "notes", source: `r${i}`, text: notes[i % notes.length] ?? "" }],
          now: NOW,
        });
      return 1_500 / ((cpuMs() - c0) / 1000);
    },
  },
};

// A warm-up round, then the rounds; every other round in the reverse order, so no version always goes first.
for (const v of versions) for (const p of Object.values(parts)) p.run(v);
const figures = new Map<string, Map<string, number[]>>();
for (let round = 0; round < ROUNDS; round++)
  for (const [part, p] of Object.entries(parts))
    for (const v of round % 2 === 0 ? versions : [...versions].reverse()) {
      const byPart = figures.get(v.name) ?? new Map<string, number[]>();
      byPart.set(part, [...(byPart.get(part) ?? []), p.run(v)]);
      figures.set(v.name, byPart);
    }
console.log(`medians of ${ROUNDS} rounds, CPU time, versions taking turns in one process:`);
for (const v of versions) {
  const cells = Object.entries(parts).map(([part, p]) => {
    const m = median(figures.get(v.name)?.get(part) ?? []);
    return `${part} ${p.unit === "ms" ? m.toFixed(1) : Math.round(m).toLocaleString("en-US")} ${p.unit}`;
  });
  console.log(`  ${v.name}: ${cells.join(", ")}`);
}
