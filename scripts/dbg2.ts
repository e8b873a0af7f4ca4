import { readFileSync } from "node:fs";
import { parseTranscript } from "../src/ingest/parse-transcript.js";
const r = parseTranscript(readFileSync(process.argv[2]!, "utf8"), "t");
if (!r.ok) throw new Error();
const me = process.argv[3]!;
let prev = "";
const cw = (t: string) => new Set((t.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? []).map(w => w.replace(/'s$/, "").replace(/(ing|ed|es|s|e)$/, "").replace(/([b-df-hj-np-tv-z])\1$/, "$1")));
for (const u of r.value.utterances) {
  if (u.speaker === me) { prev = u.text; continue; }
  if (u.text.includes("?")) { const a = cw(prev); console.log([...cw(u.text)].filter(w => a.has(w)).join(","), "|", u.text.slice(0, 80)); }
}
