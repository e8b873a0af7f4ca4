import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { analyzeInterview } from "../src/core/analyze-interview.js";
import type { Doc } from "../src/core/documents.js";
import { parseTranscript } from "../src/ingest/parse-transcript.js";
import { parseIcs } from "../src/ingest/parse-ics.js";
import { parseContext } from "../src/ingest/parse-context.js";
const dir = "/work/shared/corpus/cases";
const only = process.argv[2];
let tp=0, fp=0, fn=0;
for (const name of (await readdir(dir)).sort()) {
  if (only && !name.startsWith(only)) continue;
  const exp = JSON.parse(await readFile(join(dir, name, "expected.json"), "utf8"));
  const docs: Doc[] = [];
  let context;
  for (const f of await readdir(join(dir, name))) {
    const text = await readFile(join(dir, name, f), "utf8").catch(() => "");
    if (f === "notes.md") docs.push({ kind: "notes", source: f, text });
    if (f.startsWith("transcript")) { const r = parseTranscript(text, f); if (r.ok) docs.push(r.value); }
    if (f.endsWith(".ics")) { const r = parseIcs(text, f); if (r.ok) docs.push(...r.value); }
    if (f === "context.json") context = parseContext(text, f).context;
  }
  const a = analyzeInterview({ docs, now: exp.now, ...(context ? { context } : {}) });
  const found = new Set(a.signals.map((s) => s.id));
  const want = new Set<string>(exp.present);
  const missed = [...want].filter((x) => !found.has(x as never));
  const extra = [...found].filter((x) => !want.has(x));
  tp += [...found].filter((x) => want.has(x)).length; fp += extra.length; fn += missed.length;
  console.log(`${name}: ${exp.band}->${a.read.band} ${a.read.score} missed=[${missed}] extra=[${extra}]`);
  if (process.env.V) for (const s of a.signals) if (extra.includes(s.id)) console.log(`   + ${s.id}: ${s.evidence.map(e=>e.quote).join(" | ")}`);
  if (process.env.M) for (const s of a.signals) if (missed.includes(s.id)) {}
}
console.log({tp, fp, fn, P: tp/(tp+fp), R: tp/(tp+fn)});
