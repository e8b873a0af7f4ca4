import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { EmailDoc, Person } from "./src/core/documents.js";
import { detectEmailSignals, ownText, toneOf } from "./src/core/detect-email-signals.js";
function person(v: string): Person { const m = /^(.*?)\s*<([^>]+)>$/.exec(v.trim()); return m ? { name: m[1]!.replace(/^"|"$/g, ""), email: m[2]! } : { email: v.trim() }; }
function parse(raw: string, source: string): EmailDoc {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/); const body = rest.join("\n\n");
  const h: Record<string, string> = {};
  for (const line of head!.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) { const i = line.indexOf(":"); h[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim(); }
  const q = body.search(/^On .+wrote:$/m);
  const d = new Date(h.date!);
  return { kind: "email", source, messageId: h["message-id"], inReplyTo: h["in-reply-to"], references: (h.references ?? "").split(/\s+/).filter(Boolean), from: person(h.from!), to: (h.to ?? "").split(",").map(person), cc: h.cc ? h.cc.split(",").map(person) : [], date: d.toISOString(), subject: h.subject, text: q >= 0 ? body.slice(0, q) : body, ...(h["auto-submitted"] && h["auto-submitted"] !== "no" ? { isAutomatic: true } : {}) } as EmailDoc;
}
const root = "/work/shared/corpus/cases";
const MINE = ["warm-reply", "curt-reply", "gone-quiet", "scheduling-runaround", "kept-warm"];
for (const c of readdirSync(root).sort()) {
  const dir = join(root, c, "emails"); if (!existsSync(dir)) continue;
  const exp = JSON.parse(readFileSync(join(root, c, "expected.json"), "utf8"));
  const emails = readdirSync(dir).sort().map((f) => parse(readFileSync(join(dir, f), "utf8"), `emails/${f}`));
  const words = new Set<string>();
  for (const f of ["notes.md", "transcript.vtt", "transcript.txt", "transcript.srt"]) { const p = join(root, c, f); if (existsSync(p)) for (const w of readFileSync(p, "utf8").toLowerCase().match(/[a-z][a-z'-]*/g) ?? []) words.add(w); }
  const found = detectEmailSignals({ emails, candidate: { names: [], addresses: [] }, now: exp.now, conversationWords: words });
  const got = found.map((f) => f.id); const want = (exp.present as string[]).filter((id) => MINE.includes(id));
  const ok = MINE.every((id) => got.includes(id as never) === want.includes(id));
  console.log(`${ok ? "OK " : "BAD"} ${c}: got [${got}] want [${want}]`);
  for (const f of found) for (const e of f.evidence) console.log(`     ${f.id}: ${e.isFact ? "[fact] " : ""}${e.quote}  (${e.source})`);
  if (process.argv[2]) for (const e of emails) console.log("   --", e.source, JSON.stringify(ownText(e)), toneOf(ownText(e)).toFixed(2));
}
