/**
 * npm run eval: measures the analyser on what it was tuned on and, beside it, on what it was not.
 *
 * - Case folders: `../shared/corpus` (tuned on) and `eval/heldout/cases` (80 folders written blind
 *   by writers who had not seen the code, labelled by two other readers apart, settled by a third).
 * - Real texts: `data/labels/real-dev.jsonl` (50 train reviews and 15 threads) and
 *   `eval/labels/glassdoor-train.jsonl` (700 more train reviews) and `threads-train.jsonl` (the other 25
 *   threads), tuned on; `eval/labels` (300 reviews of the Glassdoor test split and 40 test threads,
 *   labelled the same way), held out.
 * - The outcome bank (`test/fixtures/outcome-bank.jsonl`): false outcomes and decisions read.
 * - Then, on real outcomes (scripts/outcomes.ts), how well the read's score predicts an offer.
 * - Last, when `../shared/formats` is there, its runner's line on 210 real files (needs `npm run build`).
 * - Advice (`eval/advice`, written blind, issue 14): the plans, due dates and drafts of 25 case folders,
 *   and how `debrief add` files 5 mailboxes, against the labels beside them (scripts/advice-scores.ts).
 *   Held out: figures only, with `--verbose` per case folder and mailbox by name, never a text. After
 *   them, the same filing figures on the made-up mailboxes it was tuned on (`eval/advice-train`).
 *
 * Per signal: precision, recall and F1 tuned-on and held-out, and the gap. `--verbose` lists the misses
 * of the tuned-on sets with their quotes; of a held-out set it names only the signals, never the
 * sentences, so that held-out text is not read while tuning.
 *
 *   npm run eval                 # everything
 *   npm run eval -- --cases      # the case folders, the real texts and the bank (no outcome AUC, no advice)
 *   npm run eval -- --advice     # the advice set only
 *   npm run eval -- --verbose    # per-case misses (quotes for tuned-on sets only)
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { analyzeCase } from "../src/app/analyze-case.js";
import { analyzeInterview } from "../src/core/read/analyze-interview.js";
import { interviewHappened } from "../src/core/read/interview-happened.js";
import { BANDS, type Band, SIGNAL_IDS } from "../src/core/signals/signal.js";
import { BANK_CANDIDATE, bankDoc, readOutcomeBank } from "../test/outcome-bank.js";
import {
  type AdviceTally,
  addAdviceTally,
  addFilingTally,
  type DueBreakdown,
  type ExpectedAdvice,
  type ExpectedFiling,
  emptyAdviceTally,
  emptyFilingTally,
  type FilingTally,
  scoreAdviceCase,
  scoreMailbox,
} from "./advice-scores.js";
import {
  EVAL,
  HELD_REAL_LABELS,
  type Review,
  readJsonl,
  realDocs,
  SHARED,
  type Thread,
  TUNED_REAL_LABELS,
  threadDocs,
} from "./labelled-sets.js";
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

const args = new Set(process.argv.slice(2));
const verbose = args.has("--verbose");

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
type Tallies = Map<string, Tally>;

function prf(t: Tally): { p: number; r: number; f: number } {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

const fmt = (n: number) => n.toFixed(2);

function total(tallies: Tallies): Tally {
  const sum: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const t of tallies.values()) {
    sum.tp += t.tp;
    sum.fp += t.fp;
    sum.fn += t.fn;
  }
  return sum;
}

/** One set's cells: P R F1 and counts, or blanks where the set has no such signal. */
function cells(t: Tally | undefined): string {
  if (!t || t.tp + t.fp + t.fn === 0) return `${"".padStart(17)} ${"".padStart(11)}`;
  const { p, r, f } = prf(t);
  return `${fmt(p).padStart(5)} ${fmt(r).padStart(5)} ${fmt(f).padStart(5)} ${`${t.tp}/${t.fp}/${t.fn}`.padStart(11)}`;
}

/** Per signal, tuned-on and held-out side by side, with the F1 gap; the micro-average last. */
function printSideBySide(title: string, tuned: Tallies, heldOut: Tallies | undefined): void {
  console.log(`\n${title}`);
  const head = `${"P".padStart(5)} ${"R".padStart(5)} ${"F1".padStart(5)} ${"tp/fp/fn".padStart(11)}`;
  console.log(
    `${"".padEnd(26)} ${"tuned on".padEnd(29)}${heldOut ? ` | ${"held out".padEnd(29)}|   gap` : ""}`,
  );
  console.log(`${"signal".padEnd(26)} ${head}${heldOut ? ` | ${head} |` : ""}`);
  const row = (name: string, a: Tally | undefined, b: Tally | undefined) => {
    const gap =
      a && b && a.tp + a.fp + a.fn > 0 && b.tp + b.fp + b.fn > 0 ? fmt(prf(a).f - prf(b).f).padStart(6) : "";
    console.log(`${name.padEnd(26)} ${cells(a)}${heldOut ? ` | ${cells(b)} | ${gap}` : ""}`);
  };
  for (const id of SIGNAL_IDS) {
    const a = tuned.get(id);
    const b = heldOut?.get(id);
    if ((a?.tp ?? 0) + (a?.fp ?? 0) + (a?.fn ?? 0) + (b?.tp ?? 0) + (b?.fp ?? 0) + (b?.fn ?? 0) === 0)
      continue;
    row(id, a, b);
  }
  row("micro-average", total(tuned), heldOut ? total(heldOut) : undefined);
}

function count(
  tallies: Tallies,
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

interface Expected {
  present: string[];
  band: Band;
  now: string;
}

interface CaseScores {
  tallies: Tallies;
  mail: Tallies;
  cases: number;
  mailCases: number;
  exact: number;
  withinOne: number;
  /** How often the read said "too little to read": thin, by expected band. */
  thin: number;
}

interface CaseSet {
  dir: string;
  expectedOf: (name: string) => Promise<Expected | undefined>;
}

/** Reads every case folder of the sets against its labels; `quotes` says whether misses may show their words. */
async function scoreCases(sets: CaseSet[], quotes: boolean): Promise<CaseScores> {
  const scores: CaseScores = {
    tallies: new Map(),
    mail: new Map(),
    cases: 0,
    mailCases: 0,
    exact: 0,
    withinOne: 0,
    thin: 0,
  };
  const confusion = new Map<string, number>();
  const folders: { dir: string; name: string; expectedOf: CaseSet["expectedOf"] }[] = [];
  for (const set of sets)
    if (existsSync(set.dir))
      for (const name of (await readdir(set.dir)).sort()) folders.push({ name, ...set });
  for (const { dir, name, expectedOf } of folders) {
    const expected = await expectedOf(name);
    if (!expected) continue;
    scores.cases++;
    const result = await analyzeCase([join(dir, name)], { now: expected.now });
    const found = new Set(result.analysis.signals.map((s) => s.id as string));
    const { missed, extra } = count(scores.tallies, new Set(expected.present), found);
    const files = await readdir(join(dir, name));
    if (files.includes("emails") || files.some((f) => f.endsWith(".ics") || f.endsWith(".eml"))) {
      scores.mailCases++;
      const only = (ids: Iterable<string>) => new Set([...ids].filter((id) => MAIL_SIGNALS.has(id)));
      count(scores.mail, only(expected.present), only(found));
    }
    const read = result.analysis.read as { band: Band; score: number; thin?: boolean };
    if (read.thin) scores.thin++;
    const d = Math.abs(BANDS.indexOf(read.band) - BANDS.indexOf(expected.band));
    if (d === 0) scores.exact++;
    if (d <= 1) scores.withinOne++;
    const key = `${expected.band}→${read.band}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    if (verbose && (missed.length > 0 || extra.length > 0 || d > 0)) {
      console.log(
        `${name}: band ${expected.band}→${read.band} (${read.score})${missed.length ? `  missed: ${missed.join(", ")}` : ""}${extra.length ? `  extra: ${extra.join(", ")}` : ""}`,
      );
      if (quotes)
        for (const s of result.analysis.signals)
          if (extra.includes(s.id))
            console.log(`    + ${s.id}: ${s.evidence.map((e) => e.quote).join(" | ")}`);
    }
  }
  if (verbose)
    console.log(
      `band confusion (expected→read): ${[...confusion.entries()].map(([k, v]) => `${k} ${v}`).join(", ")}`,
    );
  return scores;
}

async function readJsonFile<T>(path: string): Promise<T | undefined> {
  return existsSync(path) ? (JSON.parse(await readFile(path, "utf8")) as T) : undefined;
}

const HELD_OUT_CASES = join(EVAL, "heldout", "cases");
const TRAIN_CASES = join(EVAL, "train", "cases");

/** Written folders' labels (`<set>/expected.jsonl`), and `now` from each folder's meta.json. */
async function writtenExpected(set: "heldout" | "train"): Promise<Map<string, Expected>> {
  const out = new Map<string, Expected>();
  const cases = join(EVAL, set, "cases");
  const labels = await readJsonl<{ id: string; present: string[]; band: Band }>(
    join(EVAL, set, "expected.jsonl"),
  );
  for (const label of labels) {
    const meta = await readJsonFile<{ now: string }>(join(cases, label.id, "meta.json"));
    if (meta) out.set(label.id, { present: label.present, band: label.band, now: meta.now });
  }
  return out;
}

const pctOf = (a: number, b: number) => `${a}/${b} (${fmt((a / Math.max(1, b)) * 100)}%)`;

async function evalCaseFolders(): Promise<void> {
  const corpus = join(SHARED, "corpus", "cases");
  const trainLabels = await writtenExpected("train");
  const tuned = await scoreCases(
    [
      { dir: corpus, expectedOf: (name) => readJsonFile<Expected>(join(corpus, name, "expected.json")) },
      { dir: TRAIN_CASES, expectedOf: async (name) => trainLabels.get(name) },
    ],
    true,
  );
  const heldLabels = await writtenExpected("heldout");
  const held =
    heldLabels.size > 0
      ? await scoreCases([{ dir: HELD_OUT_CASES, expectedOf: async (name) => heldLabels.get(name) }], false)
      : undefined;
  printSideBySide(
    `Case folders: tuned on ${tuned.cases} (../shared/corpus${trainLabels.size > 0 ? ` and ${trainLabels.size} of eval/train` : ""})${held ? `, held out ${held.cases} (eval/heldout)` : ", no held-out labels yet"}`,
    tuned.tallies,
    held?.tallies,
  );
  printSideBySide(
    `Case folders with an invite or emails, on the signals that need them: tuned on ${tuned.mailCases}${held ? `, held out ${held.mailCases}` : ""}`,
    tuned.mail,
    held?.mail,
  );
  const bands = (s: CaseScores) =>
    `exact ${pctOf(s.exact, s.cases)}, within one ${pctOf(s.withinOne, s.cases)}, "too little to read" ${s.thin}`;
  console.log(`\nbands, tuned on:  ${bands(tuned)}`);
  if (held) console.log(`bands, held out:  ${bands(held)}`);
  if (held) {
    const gap = prf(total(tuned.tallies)).f - prf(total(held.tallies)).f;
    console.log(`micro-F1 gap, tuned on − held out: ${fmt(gap)}`);
  }
}

/** Per-signal tallies over labelled real texts; misses shown with their words only where `quotes`. */
function scoreReal(
  labels: { id: string; present: string[] }[],
  reviews: Map<string, Review>,
  threads: Map<string, Thread>,
  quotes: boolean,
): { tallies: Tallies; n: number } {
  const tallies: Tallies = new Map();
  let n = 0;
  for (const label of labels) {
    const docs = realDocs(label.id, reviews, threads);
    if (docs.length === 0) continue;
    n++;
    const a = analyzeInterview({ docs, now: "2026-06-01T12:00:00Z", me: "Applicant" });
    const found = new Set(a.signals.map((s) => s.id as string));
    const { missed, extra } = count(tallies, new Set(label.present), found);
    if (verbose && (missed.length > 0 || extra.length > 0)) {
      console.log(
        `${label.id}:${missed.length ? `  missed: ${missed.join(", ")}` : ""}${extra.length ? `  extra: ${extra.join(", ")}` : ""}`,
      );
      if (quotes)
        for (const s of a.signals)
          if (extra.includes(s.id))
            console.log(`    + ${s.id}: ${s.evidence.map((e) => e.quote).join(" | ")}`);
    }
  }
  return { tallies, n };
}

/** Two readers' labels of the same texts: how often they named the same (text, signal) pairs. */
async function agreement(name: string): Promise<string | undefined> {
  const a = await readJsonl<{ id: string; present: string[] }>(
    join(EVAL, "labels", `${name}.reader-a.jsonl`),
  );
  const b = new Map(
    (await readJsonl<{ id: string; present: string[] }>(join(EVAL, "labels", `${name}.reader-b.jsonl`))).map(
      (l) => [l.id, new Set(l.present)],
    ),
  );
  if (a.length === 0 || b.size === 0) return undefined;
  let both = 0;
  let onlyOne = 0;
  let same = 0;
  for (const l of a) {
    const other = b.get(l.id) ?? new Set<string>();
    const mine = new Set(l.present);
    both += [...mine].filter((id) => other.has(id)).length;
    onlyOne +=
      [...mine].filter((id) => !other.has(id)).length + [...other].filter((id) => !mine.has(id)).length;
    if (mine.size === other.size && [...mine].every((id) => other.has(id))) same++;
  }
  return `${name}: pair agreement F1 ${fmt((2 * both) / Math.max(1, 2 * both + onlyOne))}, texts labelled the same ${same}/${a.length}`;
}

async function evalRealLabels(): Promise<void> {
  const dir = join(SHARED, "data");
  const reviews = new Map(
    (await readJsonl<Review>(join(dir, "glassdoor", "reviews.jsonl"))).map((r) => [r.id, r]),
  );
  const threads = new Map(
    (await readJsonl<Thread>(join(dir, "job-search-threads", "threads.jsonl"))).map((t) => [t.id, t]),
  );
  const tunedLabels = (
    await Promise.all(TUNED_REAL_LABELS.map((f) => readJsonl<{ id: string; present: string[] }>(f)))
  ).flat();
  if (tunedLabels.length === 0) return;
  const tuned = scoreReal(tunedLabels, reviews, threads, true);
  const heldLabels = (
    await Promise.all(HELD_REAL_LABELS.map((f) => readJsonl<{ id: string; present: string[] }>(f)))
  ).flat();
  const held = heldLabels.length > 0 ? scoreReal(heldLabels, reviews, threads, false) : undefined;
  printSideBySide(
    `Real texts: tuned on ${tuned.n} (data/labels/real-dev.jsonl, eval/labels: Glassdoor train split and train threads)${held ? `, held out ${held.n} (eval/labels: Glassdoor test split and test threads)` : ""}`,
    tuned.tallies,
    held?.tallies,
  );
  for (const name of ["glassdoor-train", "threads-train", "glassdoor-test", "threads-test"]) {
    const line = await agreement(name);
    if (line) console.log(`labellers, ${line}`);
  }
}

/** The outcome bank: sentences written blind; no false outcome, and decisions read. */
async function evalOutcomeBank(): Promise<void> {
  const rows = readOutcomeBank();
  if (rows.length === 0) return;
  let falseOutcomes = 0;
  let none = 0;
  let decisions = 0;
  let read = 0;
  const kinds = new Map<string, number>();
  for (const row of rows) {
    const doc = bankDoc(row);
    const ids = new Set(
      analyzeInterview({ docs: [doc], now: "2026-06-01T12:00:00Z", me: BANK_CANDIDATE }).signals.map(
        (s) => s.id as string,
      ),
    );
    const got = ids.has("offer-made") ? "offer-made" : ids.has("rejected") ? "rejected" : "none";
    if (row.outcome === "none") {
      none++;
      if (got !== "none") {
        falseOutcomes++;
        kinds.set(row.kind, (kinds.get(row.kind) ?? 0) + 1);
      }
    } else {
      decisions++;
      if (got === row.outcome) read++;
    }
  }
  console.log(
    `\nOutcome bank (test/fixtures/outcome-bank.jsonl, written blind): false outcomes ${falseOutcomes}/${none}${kinds.size ? ` (${[...kinds].map(([k, v]) => `${k} ${v}`).join(", ")})` : ""}; decisions read ${pctOf(read, decisions)}`,
  );
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
  const count = {
    rejected: 0,
    found: 0,
    ghosted: 0,
    ghostedRejected: 0,
    quiet: 0,
    offers: 0,
    ghostedInterviewed: 0,
  };
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
      if (interviewHappened(threadDocs(t))) count.ghostedInterviewed++;
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
  console.log(
    `  ghosted threads with the silence read      ${count.quiet}/${count.ghosted} (gone-quiet needs an interview first: ${count.ghostedInterviewed} of the ${count.ghosted} show one)`,
  );
  console.log(`  ghosted threads read as rejected           ${count.ghostedRejected}/${count.ghosted}`);
  console.log(`  threads read as an offer                   ${count.offers}/${threads.length}`);
}

/**
 * The real-world format check's last line (`formats: OK a, DEGRADED b, …`): it runs the built CLI
 * (dist/) over ../shared/formats, so it reads what `npm run build` last made.
 */
function evalFormats(): void {
  const runner = join(SHARED, "formats", "run.sh");
  if (!existsSync(runner)) return;
  const root = join(import.meta.dirname, "..");
  const run = spawnSync("bash", [runner, root], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const last = (run.stdout ?? "").trim().split("\n").at(-1) ?? "";
  const why = (run.stderr ?? "").trim().split("\n").at(-1) ?? "";
  console.log(
    `\nReal-world files (../shared/formats): ${last.startsWith("formats:") ? last : `not run: ${why}`}`,
  );
}

/** Scores every case folder of a directory with an `expected-advice.json`; per folder by name with --verbose. */
async function scoreCaseDir(dir: string): Promise<{ tally: AdviceTally; breakdown: DueBreakdown }> {
  const tally = emptyAdviceTally();
  const breakdown: DueBreakdown = new Map();
  for (const name of existsSync(dir) ? (await readdir(dir)).sort() : []) {
    const expected = await readJsonFile<ExpectedAdvice>(join(dir, name, "expected-advice.json"));
    if (!expected) continue;
    const t = await scoreAdviceCase(join(dir, name), expected, breakdown);
    addAdviceTally(tally, t);
    if (verbose) console.log(`  ${name}: ${adviceLine(t)}`);
  }
  return { tally, breakdown };
}

/**
 * The blind advice set (eval/advice): plans, dates and drafts of case folders, beside the made-up folders
 * tuned on (eval/advice-train/cases); how each kind of action went, as counts; mailboxes as filed.
 */
async function evalAdvice(): Promise<void> {
  const root = join(EVAL, "advice");
  const casesDir = join(root, "cases");
  const boxesDir = join(root, "mailboxes");
  if (!existsSync(casesDir) && !existsSync(boxesDir)) return;
  console.log(
    "\nAdvice (eval/advice, written blind; beside it eval/advice-train/cases, made up and tuned on):",
  );
  const held = await scoreCaseDir(casesDir);
  const tuned = await scoreCaseDir(join(EVAL, "advice-train", "cases"));
  const c = held.tally;
  const d = tuned.tally;
  if (c.cases + d.cases > 0) {
    const row = (label: string, a: string, b: string) =>
      console.log(`    ${label.padEnd(38)} ${a.padEnd(22)} ${b}`);
    row(`case folders`, `held out ${c.cases}`, `tuned on ${d.cases}`);
    row("outcome settled right", pctOf(c.settledRight, c.cases), pctOf(d.settledRight, d.cases));
    row("expected actions found", pctOf(c.found, c.expectedActions), pctOf(d.found, d.expectedActions));
    row("due within an hour of expected", pctOf(c.dueRight, c.dated), pctOf(d.dueRight, d.dated));
    console.log("      (status checks: the same local date)");
    row("no due where none is expected", pctOf(c.undatedRight, c.undated), pctOf(d.undatedRight, d.undated));
    row("done flag right (of those found)", pctOf(c.doneRight, c.found), pctOf(d.doneRight, d.found));
    row("extra actions not expected", String(c.extra), String(d.extra));
    row("  (of kinds the labels do not name)", String(c.otherKinds), String(d.otherKinds));
    row(
      "contradictions (findContradictions)",
      `${c.contradictions} in ${c.casesContradicting} folders`,
      `${d.contradictions} in ${d.casesContradicting} folders`,
    );
    row("drafts failing the draft check", pctOf(c.draftsFailing, c.drafts), pctOf(d.draftsFailing, d.drafts));
    row(
      "drafts naming a topic not discussed",
      `${c.draftsMentioning} (${c.draftsMentioningEither} "x / y")`,
      `${d.draftsMentioning} (${d.draftsMentioningEither} "x / y")`,
    );
    printBreakdown(held.breakdown, tuned.breakdown);
  }
  await printMailboxes(boxesDir, "mailboxes");
  await printMailboxes(join(EVAL, "advice-train"), "mailboxes tuned on (eval/advice-train, made up)");
}

/** Per action kind, what happened to each expected action and what its date rested on: counts only. */
function printBreakdown(held: DueBreakdown, tuned: DueBreakdown): void {
  console.log(`    by action kind | what happened | what the date rests on          held out  tuned on`);
  const keys = [...new Set([...held.keys(), ...tuned.keys()])].sort();
  for (const key of keys) {
    console.log(
      `      ${key.padEnd(72)} ${String(held.get(key) ?? 0).padStart(3)} ${String(tuned.get(key) ?? 0).padStart(9)}`,
    );
  }
}

/** How `debrief add` files each mailbox of a folder (`<slug>.mbox` beside `<slug>.expected.json`), and the total. */
async function printMailboxes(dir: string, title: string): Promise<void> {
  const boxes = existsSync(dir) ? (await readdir(dir)).filter((f) => f.endsWith(".mbox")).sort() : [];
  if (boxes.length === 0) return;
  console.log(
    `  ${title} ${boxes.length} (debrief add into a fresh workspace):\n    ${"".padEnd(NAME_WIDTH)} ${"processes whole".padStart(15)} ${"messages right".padStart(15)} ${"filed, not expected".padStart(19)} ${"stray applications".padStart(18)}`,
  );
  const sum = emptyFilingTally();
  const breakdown: DueBreakdown = new Map();
  for (const file of boxes) {
    const slug = file.replace(/\.mbox$/, "");
    const expected = await readJsonFile<ExpectedFiling>(join(dir, `${slug}.expected.json`));
    if (!expected) continue;
    const t = await scoreMailbox(join(dir, file), expected, breakdown);
    addFilingTally(sum, t);
    console.log(`    ${filingLine(slug, t)}`);
  }
  console.log(`    ${filingLine("total", sum)}`);
  for (const [key, n] of [...breakdown].sort())
    console.log(`      ${key.padEnd(100)} ${String(n).padStart(3)}`);
}

function adviceLine(t: AdviceTally): string {
  return `settled ${t.settledRight}/1, found ${t.found}/${t.expectedActions}, due ${t.dueRight}/${t.dated}, undated ${t.undatedRight}/${t.undated}, done ${t.doneRight}/${t.found}, extra ${t.extra}, contradictions ${t.contradictions}, drafts failing ${t.draftsFailing}/${t.drafts}, mentioning ${t.draftsMentioning} (${t.draftsMentioningEither})`;
}

const NAME_WIDTH = 28;

function filingLine(name: string, t: FilingTally): string {
  return `${name.padEnd(NAME_WIDTH)} ${`${t.processesWhole}/${t.processes}`.padStart(15)} ${`${t.messagesRight}/${t.messages}`.padStart(15)} ${String(t.filedNotExpected).padStart(19)} ${`${t.strayApplications} of ${t.applications}`.padStart(18)}`;
}

if (args.has("--advice")) await evalAdvice();
else {
  await evalCaseFolders();
  await evalRealLabels();
  await evalOutcomeBank();
  await evalThreadOutcomes();
  if (!args.has("--cases")) {
    await evalOutcomes();
    await evalAdvice();
  }
  evalFormats();
}
