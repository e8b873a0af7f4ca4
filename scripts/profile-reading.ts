/**
 * `npx tsx scripts/profile-reading.ts [transcript|reviews|notes|all]`: the reading path of `npm run bench`
 * many times over (the 90-minute transcript 100 times, the reviews three times, 4,500 short notes) under
 * V8's sampling profiler, then the functions that took the most CPU themselves, with their share of the
 * samples. Where the time of an analysis goes, before making it faster.
 */

import { Session } from "node:inspector/promises";
import { analyzeInterview } from "../src/core/read/analyze-interview.js";
import { parseTranscript } from "../src/ingest/parse-transcript.js";
import { readReviews } from "./read-reviews.js";
import { corpusTranscripts, ninetyMinutes, shortNotes } from "./reading-inputs.js";

const which = process.argv[2] ?? "all";
const NOW = "2026-03-04T18:00:00-05:00";
const transcripts = await corpusTranscripts(parseTranscript);
const long = ninetyMinutes(transcripts);
const reviews = await readReviews();
const notes = shortNotes(transcripts);

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const t0 = cpu();
if (which === "all" || which === "transcript")
  for (let i = 0; i < 100; i++) analyzeInterview({ docs: [long], now: NOW, me: "Sam Candidate" });
const t1 = cpu();
if (which === "all" || which === "reviews")
  for (let k = 0; k < 3; k++)
    for (const r of reviews)
      analyzeInterview({
        docs: [{ kind: "notes", source: r.id, text: r.text }],
        now: "2026-06-01T12:00:00Z",
      });
const t2 = cpu();
if (which === "all" || which === "notes")
  for (let i = 0; i < 4_500; i++)
    analyzeInterview({
      docs: [{ kind: "notes", source: `r${i}`, text: notes[i % notes.length] ?? "" }],
      now: NOW,
    });
const t3 = cpu();
const { profile } = await session.post("Profiler.stop");
console.log(
  `CPU: the transcript 100 times ${(t1 - t0).toFixed(0)} ms, the reviews 3 times ${(t2 - t1).toFixed(0)} ms, 4,500 notes ${(t3 - t2).toFixed(0)} ms`,
);
// Self time by function: each sample counts for the function it landed in.
const samples = new Map<number, number>();
for (const id of profile.samples ?? []) samples.set(id, (samples.get(id) ?? 0) + 1);
const byFunction = new Map<string, number>();
let total = 0;
for (const node of profile.nodes) {
  const n = samples.get(node.id) ?? 0;
  // The file, not the line: under tsx the lines are those of the compiled code.
  const { functionName, url } = node.callFrame;
  const where = url === "" ? "" : ` ${url.split("/").slice(-2).join("/")}`;
  const key = `${functionName || "(anonymous)"}${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + n);
  total += n;
}
console.log("the functions with the most samples of their own:");
for (const [key, n] of [...byFunction]
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(process.env.PROFILE_TOP ?? 25)))
  console.log(`  ${((100 * n) / Math.max(1, total)).toFixed(1).padStart(5)}%  ${key}`);
