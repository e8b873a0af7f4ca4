import { readFileSync } from "node:fs";
import { outcomeOf, isAutoReply, ownText } from "./src/core/detect-email-signals.js";
import { findPromisedDate } from "./src/core/find-promised-date.js";
import type { EmailDoc } from "./src/core/documents.js";
const lines = readFileSync("/work/shared/data/job-search-threads/threads.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const outcomes: Record<string, number> = {};
let rejHit = 0, rejN = 0, offerFalse = 0, promises = 0, msgs = 0;
const kinds = new Set<string>();
for (const t of lines) {
  outcomes[t.outcome] = (outcomes[t.outcome] ?? 0) + 1;
  const docs: EmailDoc[] = t.messages.map((m: { kind: string; heading: string; text: string }, i: number) => { kinds.add(m.kind); return { kind: "email", source: `${t.id}#${i}`, references: [], to: [], cc: [], subject: m.heading, text: m.text, date: "2026-01-05T10:00:00+00:00" }; });
  msgs += docs.length;
  const got = docs.map((d) => outcomeOf(d));
  if (t.outcome === "rejected") { rejN++; if (got.includes("rejection")) rejHit++; else console.log("MISSED rejection", t.id, JSON.stringify(docs.at(-1)?.text.slice(0, 300))); }
  if (t.outcome !== "offer" && got.includes("offer")) { offerFalse++; console.log("OFFER?", t.id, t.outcome); }
  if (t.outcome !== "rejected" && got.includes("rejection")) console.log("REJ?", t.id, t.outcome, docs.find((d) => outcomeOf(d) === "rejection")?.text.slice(0, 200));
  for (const d of docs) { const p = findPromisedDate(ownText(d), d.date!); if (p) { promises++; console.log("PROMISE", t.id, p.due, "|", p.quote.slice(0, 150)); } }
}
console.log(outcomes, { rejHit, rejN, offerFalse, promises, msgs, kinds: [...kinds] });
