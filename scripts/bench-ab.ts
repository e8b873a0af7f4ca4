import { existsSync } from "node:fs";
/**
 * `npx tsx scripts/bench-ab.ts /path/to/checkout-a /path/to/checkout-b …`: the in-process reading figures
 * of `npm run bench` for two or more checkouts (git worktrees, each with node_modules), measured in one
 * process, the versions taking turns round after round. On a shared, noisy machine separate runs of the
 * bench minutes apart differ by more than most changes do; taking turns in one process, every version meets
 * the same load. CPU time, medians of the rounds (BENCH_AB_ROUNDS, 7 by default).
 *
 * - 90-minute transcript: the corpus transcripts' turns end to end, as `npm run bench` builds it; the median
 *   of 5 analyses, in ms.
 * - Reviews: the Glassdoor interview reviews of ../shared/data through analyzeInterview, records per CPU-second.
 * - Short notes: 1,500 notes of six corpus turns each, records per CPU-second.
 *
 * For example, against a commit: `git worktree add --detach ../base <commit> && ln -s "$PWD/node_modules"
 * ../base/node_modules`, then `npx tsx scripts/bench-ab.ts ../base .`.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { analyzeInterview as AnalyzeInterview } from "../src/core/read/analyze-interview.js";
import type { TranscriptDoc, Utterance } from "../src/core/read/documents.js";
import type { parseTranscript as ParseTranscript } from "../src/ingest/parse-transcript.js";
import { readReviews, SHARED } from "./read-reviews.js";

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

const cases = join(SHARED, "corpus", "cases");
const transcripts: TranscriptDoc[] = [];
for (const name of (await readdir(cases)).sort())
  for (const f of await readdir(join(cases, name))) {
    if (!f.startsWith("transcript.")) continue;
    const parsed = first.parse(await readFile(join(cases, name, f), "utf8"), f);
    if (parsed.ok) transcripts.push(parsed.value);
  }

// As `npm run bench` builds it: two speakers, the corpus turns end to end up to 13,500 words, 90 minutes.
const utterances: Utterance[] = [];
let words = 0;
fill: for (let pass = 0; pass <= 50; pass++)
  for (const doc of transcripts) {
    const speakers = [...new Set(doc.utterances.map((u) => u.speaker))];
    for (const u of doc.utterances) {
      const speaker = u.speaker === speakers[0] ? "Alex Interviewer" : "Sam Candidate";
      utterances.push({ speaker, text: u.text, line: utterances.length + 1 });
      words += u.text.split(/\s+/).length;
      if (words >= 13_500) break fill;
    }
  }
const step = (90 * 60) / Math.max(1, utterances.length);
utterances.forEach((u, i) => {
  u.start = i * step;
  u.end = i * step + step * 0.9;
});
const long: TranscriptDoc = { kind: "transcript", source: "transcript-90min.vtt", format: "vtt", utterances };

const reviews = await readReviews();
const notes: string[] = [];
for (const doc of transcripts)
  for (let i = 0; i + 6 <= doc.utterances.length; i += 6)
    notes.push(
      doc.utterances
        .slice(i, i + 6)
        .map((u) => u.text)
        .join(" "),
    );

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
