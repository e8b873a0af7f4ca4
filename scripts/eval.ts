/**
 * npm run eval: measures the analyser on the labelled corpus (and, where present, the real-text
 * labels). Prints per-signal precision, recall and F1, micro-averaged, and band agreement; then,
 * on real outcomes (scripts/outcomes.ts), how well the read's score predicts an offer.
 *
 *   npm run eval                 # everything
 *   npm run eval -- --cases      # only the corpus cases
 *   npm run eval -- --verbose    # per-case misses
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { analyzeCase } from "../src/app/analyze-case.js";
import { analyzeInterview } from "../src/core/analyze-interview.js";
import type { Doc } from "../src/core/documents.js";
import { BANDS, type Band, SIGNAL_IDS } from "../src/core/signal.js";
import { evalOutcomes } from "./outcomes.js";

/** Signals read from invites and mail, or from more than one source (issue 3's list). */
const MAIL_SIGNALS = new Set([
  "ran-long",
  "cut-short",
  "met-the-team",
  "warm-reply",
  "curt-reply",
  "gone-quiet",
  "kept-warm",
  "scheduling-runaround",
  "interest-reconfirmed",
  "hiring-manager-call",
  "next-round-booked",
  "offer-made",
  "rejected",
]);

const SHARED = process.env.DEBRIEF_SHARED ?? join(import.meta.dirname, "..", "..", "shared");
const args = new Set(process.argv.slice(2));
const verbose = args.has("--verbose");

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function prf(t: Tally): { p: number; r: number; f: number } {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

const fmt = (n: number) => n.toFixed(2);

function printTable(title: string, tallies: Map<string, Tally>): Tally {
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  console.log(`\n${title}`);
  console.log(
    `${"signal".padEnd(26)} ${"P".padStart(5)} ${"R".padStart(5)} ${"F1".padStart(5)}   tp  fp  fn`,
  );
  for (const id of SIGNAL_IDS) {
    const t = tallies.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    total.tp += t.tp;
    total.fp += t.fp;
    total.fn += t.fn;
    if (t.tp + t.fp + t.fn === 0) continue;
    const { p, r, f } = prf(t);
    console.log(
      `${id.padEnd(26)} ${fmt(p).padStart(5)} ${fmt(r).padStart(5)} ${fmt(f).padStart(5)}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`,
    );
  }
  const { p, r, f } = prf(total);
  console.log(
    `${"micro-average".padEnd(26)} ${fmt(p).padStart(5)} ${fmt(r).padStart(5)} ${fmt(f).padStart(5)}  ${String(total.tp).padStart(3)} ${String(total.fp).padStart(3)} ${String(total.fn).padStart(3)}`,
  );
  return total;
}

function count(
  tallies: Map<string, Tally>,
  expected: Set<string>,
  found: Set<string>,
): { missed: string[]; extra: string[] } {
  const missed: string[] = [];
  const extra: string[] = [];
  for (const id of SIGNAL_IDS) {
    const t = tallies.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    if (expected.has(id) && found.has(id)) t.tp++;
    else if (found.has(id)) {
      t.fp++;
      extra.push(id);
    } else if (expected.has(id)) {
      t.fn++;
      missed.push(id);
    }
    tallies.set(id, t);
  }
  return { missed, extra };
}

async function evalCorpus(): Promise<void> {
  const dir = join(SHARED, "corpus", "cases");
  const cases = (await readdir(dir)).sort();
  const tallies = new Map<string, Tally>();
  const mailTallies = new Map<string, Tally>();
  let mailCases = 0;
  let exact = 0;
  let withinOne = 0;
  const confusion = new Map<string, number>();
  for (const name of cases) {
    const expected = JSON.parse(await readFile(join(dir, name, "expected.json"), "utf8")) as {
      present: string[];
      band: Band;
      now: string;
    };
    const result = await analyzeCase([join(dir, name)], { now: expected.now });
    const found = new Set(result.analysis.signals.map((s) => s.id as string));
    const { missed, extra } = count(tallies, new Set(expected.present), found);
    const files = await readdir(join(dir, name));
    if (files.includes("emails") || files.includes("invite.ics")) {
      mailCases++;
      const only = (ids: Iterable<string>) => new Set([...ids].filter((id) => MAIL_SIGNALS.has(id)));
      count(mailTallies, only(expected.present), only(found));
    }
    const band = result.analysis.read.band;
    const d = Math.abs(BANDS.indexOf(band) - BANDS.indexOf(expected.band));
    if (d === 0) exact++;
    if (d <= 1) withinOne++;
    const key = `${expected.band}→${band}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    if (verbose && (missed.length > 0 || extra.length > 0 || d > 0)) {
      console.log(
        `${name}: band ${expected.band}→${band} (${result.analysis.read.score})${missed.length ? `  missed: ${missed.join(", ")}` : ""}${extra.length ? `  extra: ${extra.join(", ")}` : ""}`,
      );
      for (const s of result.analysis.signals) {
        if (extra.includes(s.id)) console.log(`    + ${s.id}: ${s.evidence.map((e) => e.quote).join(" | ")}`);
      }
    }
  }
  printTable(`Corpus: ${cases.length} cases (${dir})`, tallies);
  printTable(
    `Corpus, the ${mailCases} cases with an invite or emails, on the signals that need them (issue 3)`,
    mailTallies,
  );
  console.log(
    `\nband exact: ${exact}/${cases.length} (${fmt((exact / cases.length) * 100)}%)   within one: ${withinOne}/${cases.length} (${fmt((withinOne / cases.length) * 100)}%)`,
  );
  if (verbose)
    console.log(
      `band confusion (expected→read): ${[...confusion.entries()].map(([k, v]) => `${k} ${v}`).join(", ")}`,
    );
}

interface Review {
  id: string;
  text: string;
  outcome: string;
  split: string;
  states_outcome: boolean;
}
interface Thread {
  id: string;
  company: string;
  messages: { kind: "email" | "candidate_account"; heading: string; text: string }[];
}

async function readJsonl<T>(path: string): Promise<T[]> {
  const text = await readFile(path, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

/** A real thread as the analyser's documents: recruiter mail as email, the candidate's account as notes. */
function threadDocs(t: Thread): Doc[] {
  return t.messages.map((m, i): Doc => {
    if (m.kind === "candidate_account") return { kind: "notes", source: `${t.id}#${i + 1}`, text: m.text };
    return {
      kind: "email",
      source: `${t.id}#${i + 1}`,
      from: { name: `${t.company} Recruiting` },
      to: [{ name: "Applicant" }],
      cc: [],
      references: [],
      subject: m.heading,
      text: m.text,
    };
  });
}

/** Precision and recall per signal on the real texts that two people labelled. */
async function evalRealLabels(): Promise<void> {
  const dir = join(SHARED, "data");
  const labels = await readJsonl<{ id: string; present: string[] }>(join(dir, "labels", "real-dev.jsonl"));
  if (labels.length === 0) return;
  const reviews = new Map(
    (await readJsonl<Review>(join(dir, "glassdoor", "reviews.jsonl"))).map((r) => [r.id, r]),
  );
  const threads = new Map(
    (await readJsonl<Thread>(join(dir, "job-search-threads", "threads.jsonl"))).map((t) => [t.id, t]),
  );
  const tallies = new Map<string, Tally>();
  let n = 0;
  for (const label of labels) {
    const review = reviews.get(label.id);
    const thread = threads.get(label.id);
    const docs: Doc[] = review
      ? [{ kind: "notes", source: label.id, text: review.text }]
      : thread
        ? threadDocs(thread)
        : [];
    if (docs.length === 0) continue;
    n++;
    const a = analyzeInterview({ docs, now: "2026-06-01T12:00:00Z", me: "Applicant" });
    const found = new Set(a.signals.map((s) => s.id as string));
    const { missed, extra } = count(tallies, new Set(label.present), found);
    if (verbose && (missed.length > 0 || extra.length > 0)) {
      console.log(
        `${label.id}:${missed.length ? `  missed: ${missed.join(", ")}` : ""}${extra.length ? `  extra: ${extra.join(", ")}` : ""}`,
      );
      for (const s of a.signals) {
        if (extra.includes(s.id)) console.log(`    + ${s.id}: ${s.evidence.map((e) => e.quote).join(" | ")}`);
      }
    }
  }
  printTable(`Real texts: ${n} labelled reviews and threads (data/labels/real-dev.jsonl)`, tallies);
}

/**
 * Outcomes in the 80 real job-search threads (all ended without an offer: rejected or ghosted):
 * how often the read finds the rejection it was sent, and never an offer. A ghosted thread may
 * hold a rejection the candidate saw only on a portal, so a rejection read there is not counted
 * wrong; it is listed with `--verbose`.
 */
async function evalThreadOutcomes(): Promise<void> {
  const threads = await readJsonl<Thread & { outcome: "rejected" | "ghosted" }>(
    join(SHARED, "data", "job-search-threads", "threads.jsonl"),
  );
  if (threads.length === 0) return;
  const count = { rejected: 0, found: 0, ghosted: 0, ghostedRejected: 0, quiet: 0, offers: 0 };
  for (const t of threads) {
    const a = analyzeInterview({ docs: threadDocs(t), now: "2026-06-01T12:00:00Z", me: "Applicant" });
    const ids = new Set(a.signals.map((s) => s.id as string));
    if (ids.has("offer-made")) count.offers++;
    if (t.outcome === "rejected") {
      count.rejected++;
      if (ids.has("rejected")) count.found++;
      else if (verbose) console.log(`${t.id}: rejected, not read`);
    } else {
      count.ghosted++;
      if (ids.has("gone-quiet")) count.quiet++;
      if (ids.has("rejected")) {
        count.ghostedRejected++;
        if (verbose) {
          const quote = a.signals.find((s) => s.id === "rejected")?.evidence[0]?.quote ?? "";
          console.log(`${t.id}: ghosted, rejected read from "${quote}"`);
        }
      }
    }
  }
  console.log(
    `\nReal threads, outcomes (data/job-search-threads, ${threads.length} threads, none ended in an offer):`,
  );
  console.log(`  rejected threads with the rejection read   ${count.found}/${count.rejected}`);
  console.log(`  ghosted threads with the silence read      ${count.quiet}/${count.ghosted}`);
  console.log(`  ghosted threads read as rejected           ${count.ghostedRejected}/${count.ghosted}`);
  console.log(`  threads read as an offer                   ${count.offers}/${threads.length}`);
}

await evalCorpus();
await evalRealLabels();
await evalThreadOutcomes();
if (!args.has("--cases")) await evalOutcomes();
