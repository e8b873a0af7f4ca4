import pc from "picocolors";
import type { CaseAnalysis } from "../app/analyze-case.js";
import { writtenOffset } from "../app/written-offset.js";
import type { ContextFact } from "../core/detect/infer-context.js";
import type { Action, ActionKind, Plan } from "../core/plan/action.js";
import type { DetectedSignal } from "../core/read/analyze-interview.js";
import type { Evidence } from "../core/signals/evidence.js";
import type { Band } from "../core/signals/signal.js";

export interface RenderOptions {
  color: boolean;
  /** Columns to wrap to (default 88). */
  width?: number;
  /** Time zone for email dates (default: the process's). */
  timeZone?: string;
  /** ISO time the read was made at: next steps say how far off they are ("in 2 days"). */
  now?: string;
}

type Colors = ReturnType<typeof pc.createColors>;

/** Whether output may be coloured: a terminal (or FORCE_COLOR), and neither NO_COLOR nor --no-color. */
export function shouldColor(
  out: { isTTY?: boolean },
  env: Record<string, string | undefined>,
  isWanted = true,
): boolean {
  if (!isWanted || (env.NO_COLOR !== undefined && env.NO_COLOR !== "")) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  return out.isTTY === true && env.TERM !== "dumb";
}

const DEFAULT_WIDTH = 88;
const MAX_EVIDENCE = 3;
/** Quotes longer than this are shortened in the terminal read. */
const MAX_QUOTE = 200;
const INDENT = "  ";
const EVIDENCE_INDENT = "      ";

const BAND_COLOR: Record<Band, (c: Colors) => (s: string) => string> = {
  strong: (c) => (s) => c.bold(c.green(s)),
  promising: (c) => (s) => c.bold(c.cyan(s)),
  mixed: (c) => (s) => c.bold(c.yellow(s)),
  weak: (c) => (s) => c.bold(c.red(s)),
};

/** Greedy word wrap: the first line starts with `first`, the rest with `rest`. Long words are not broken. */
export function wrapText(text: string, width: number, first = "", rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let isEmpty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!isEmpty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line += isEmpty ? word : ` ${word}`;
    }
    isEmpty = false;
  }
  lines.push(line);
  return lines;
}

function formatDay(iso: string, timeZone: string | undefined): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    ...(timeZone ? { timeZone } : {}),
  });
}

/** Where a piece of evidence came from, for a person: `Speaker, transcript.vtt 00:42:12`, `notes.md:14`, `email from X, 3 Feb, “Subject”`. */
export function describeSource(e: Evidence, timeZone?: string): string {
  if (e.message && !e.isFact) {
    const parts = [`email from ${e.message.from ?? e.speaker ?? "unknown sender"}`];
    const day = e.message.date ? formatDay(e.message.date, timeZone) : undefined;
    if (day) parts.push(day);
    if (e.message.subject) parts.push(`“${e.message.subject}”`);
    return parts.join(", ");
  }
  const where = e.at ? `${e.source} ${e.at}` : e.line !== undefined ? `${e.source}:${e.line}` : e.source;
  return e.speaker ? `${e.speaker}, ${where}` : where;
}

/** Shortens a long quote at a word boundary: the terminal read is for scanning; --json has it whole. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max);
  return `${text.slice(0, cut > max / 2 ? cut : max).replace(/[\s,;:.…-]+$/, "")} …`;
}

function evidenceLines(e: Evidence, width: number, c: Colors, timeZone: string | undefined): string[] {
  const said = e.isFact ? e.quote : `“${shorten(e.quote, MAX_QUOTE)}”`;
  const lines = wrapText(said, width, EVIDENCE_INDENT, `${EVIDENCE_INDENT} `);
  // The source stays whole: on the quote's last line if it fits, else on a line of its own.
  const where = `— ${describeSource(e, timeZone)}`;
  const last = lines.length - 1;
  const tail = lines[last] ?? "";
  if (tail.length + 1 + where.length <= width) lines[last] = `${tail} ${c.dim(where)}`;
  else
    lines.push(
      ...wrapText(where, width, `${EVIDENCE_INDENT}  `, `${EVIDENCE_INDENT}    `).map((l) => c.dim(l)),
    );
  return lines;
}

const OWN_SENSE_WORDS = {
  well: "You feel it went well",
  badly: "You feel it went badly",
  mixed: "You feel parts went well and parts did not",
} as const;

function signalLines(s: DetectedSignal, width: number, c: Colors, timeZone: string | undefined): string[] {
  const mark =
    s.polarity === "positive" ? c.green("+") : s.polarity === "negative" ? c.red("−") : c.bold("=");
  const lines = [`${INDENT}${mark} ${c.bold(s.label)}`];
  // The same words from the same place, found by two detectors, are shown once.
  const seen = new Set<string>();
  const evidence = s.evidence.filter((e) => {
    const key = `${e.source}\u0000${e.line ?? ""}\u0000${e.at ?? ""}\u0000${e.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const e of evidence.slice(0, MAX_EVIDENCE)) lines.push(...evidenceLines(e, width, c, timeZone));
  const more = evidence.length - MAX_EVIDENCE;
  if (more > 0) lines.push(c.dim(`${EVIDENCE_INDENT}…and ${more} more`));
  return lines;
}

const FACT_WORDS: Record<string, (value: unknown) => string> = {
  format: (v) =>
    v === "panel"
      ? "a panel interview"
      : v === "structured"
        ? "a structured, scripted interview"
        : "a one-on-one interview",
  company: (v) =>
    v === "large" ? "a large employer" : v === "startup" ? "a startup" : `company: ${String(v)}`,
  interviewerStyle: (v) => `a ${String(v)} interviewer`,
  selfDoubt: (v) => (v === true ? "you tend to doubt yourself" : "you don't usually doubt yourself"),
  scheduledMinutes: (v) => `scheduled for ${String(v)} minutes`,
  actualMinutes: (v) => `lasted ${String(v)} minutes`,
};

function factLines(f: ContextFact, width: number, timeZone: string | undefined): string[] {
  const what = FACT_WORDS[f.key]?.(f.value) ?? `${f.key}: ${String(f.value)}`;
  if (f.how === "stated" || !f.evidence)
    return wrapText(`${what} (you said so in context.json)`, width, INDENT, `${INDENT}  `);
  const e = f.evidence;
  const basis = e.isFact ? e.quote : `“${e.quote}”`;
  return wrapText(
    `${what}, inferred from ${basis} — ${describeSource(e, timeZone)}`,
    width,
    INDENT,
    `${INDENT}  `,
  );
}

function lengthLine(length: CaseAnalysis["analysis"]["length"]): string | undefined {
  const { scheduledMinutes: planned, actualMinutes: actual } = length;
  if (planned !== undefined && actual !== undefined) {
    const diff = actual - planned;
    const how = diff === 0 ? "on time" : diff > 0 ? `${diff} over` : `${-diff} short`;
    return `Length: ${actual} minutes against ${planned} scheduled (${how})`;
  }
  if (actual !== undefined) return `Length: ${actual} minutes (no scheduled length known)`;
  if (planned !== undefined) return `Length: ${planned} minutes scheduled (actual length not known)`;
  return undefined;
}

const ACTION_WORDS: Record<ActionKind, string> = {
  "thank-you": "Send a thank-you note",
  "status-check": "Ask where things stand",
  "prepare-next-round": "Prepare for the next round",
  "share-competing-offers": "Tell the recruiter about your other offer",
  "keep-salary-consistent": "Keep your salary figure consistent",
  "use-direct-contact": "Use the direct contact you were given",
  "address-gap": "Close a gap in your thank-you",
};

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "Tue 11 Feb, 14:45": a due date as the clock read in the offset it is written in (the interview's). */
export function formatDue(iso: string): string | undefined {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  const d = new Date(ms + writtenOffset(iso) * MINUTE_MS);
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}, ${hh}:${mm}`;
}

/** "in 2 days", "in 5 hours", "overdue by 3 days": how far a due date is from now. */
export function describeWhen(due: string, now: string): string | undefined {
  const diff = Date.parse(due) - Date.parse(now);
  if (Number.isNaN(diff)) return undefined;
  const abs = Math.abs(diff);
  const [n, unit] =
    abs < HOUR_MS
      ? [Math.max(1, Math.round(abs / MINUTE_MS)), "minute"]
      : abs < DAY_MS
        ? [Math.round(abs / HOUR_MS), "hour"]
        : [Math.round(abs / DAY_MS), "day"];
  const span = `${n} ${unit}${n === 1 ? "" : "s"}`;
  return diff >= 0 ? `in ${span}` : `overdue by ${span}`;
}

function actionLines(a: Action, width: number, c: Colors, now: string | undefined): string[] {
  const label = ACTION_WORDS[a.kind];
  const date = a.due ? formatDue(a.due) : undefined;
  const when = a.due && now && !a.done ? describeWhen(a.due, now) : undefined;
  const isLate = when?.startsWith("overdue") === true;
  const [tail, plainTail] = a.done
    ? [c.green("✓ done"), "✓ done"]
    : date
      ? [`${date}${when ? ` · ${isLate ? c.red(when) : when}` : ""}`, `${date}${when ? ` · ${when}` : ""}`]
      : ["", ""];
  const head = `${INDENT}${a.done ? c.green("✓") : "•"} ${c.bold(label)}`;
  // Measured without colour codes; a date that does not fit goes on a line of its own.
  const fits = INDENT.length + 2 + label.length + 3 + plainTail.length <= width;
  const heads = !tail ? [head] : fits ? [`${head} — ${tail}`] : [head, `${EVIDENCE_INDENT}${tail}`];
  return [...heads, ...wrapText(a.why, width, EVIDENCE_INDENT, EVIDENCE_INDENT).map((l) => c.dim(l))];
}

function planLines(plan: Plan, width: number, c: Colors, now: string | undefined): string[] {
  if (plan.settled) return wrapText(plan.settled.note, width, INDENT, INDENT);
  if (plan.actions.length === 0) return [`${INDENT}none`];
  const lines = plan.actions.flatMap((a) => actionLines(a, width, c, now));
  if (plan.actions.some((a) => a.text && !a.done))
    lines.push(
      ...wrapText("Drafts of the notes to send are in --json (actions[].text).", width, INDENT, INDENT).map(
        (l) => c.dim(l),
      ),
    );
  return lines;
}

const OUTCOME_WORDS = {
  "offer-made": "An offer was made.",
  rejected: "You were told the process will not go forward.",
} as const;

type Analysis = CaseAnalysis["analysis"];
type OwnSense = NonNullable<Analysis["read"]["ownSense"]>;

/** The candidate's own sense of how it went, and what it counted for. */
function ownSenseLines(own: OwnSense, width: number, c: Colors, tz: string | undefined): string[] {
  const out: string[] = [];
  const sign = own.weight > 0 ? "+" : own.weight < 0 ? "−" : "±";
  const counted =
    own.weight === 0 ? "counts neither way" : `counts as one weak sign (${sign}${Math.abs(own.weight)})`;
  out.push(`${INDENT}${c.bold(OWN_SENSE_WORDS[own.lean])}: ${counted}`);
  for (const e of own.evidence) out.push(...evidenceLines(e, width, c, tz));
  for (const change of own.changes) out.push(...wrapText(change, width, `${INDENT}  `, `${INDENT}    `));
  return out;
}

/** The context the case was read in, and what it changed of the signals' weights. */
function contextLines(
  a: Analysis,
  changed: Analysis["read"]["contributions"],
  width: number,
  tz: string | undefined,
): string[] {
  const out: string[] = [];
  for (const f of a.context) out.push(...factLines(f, width, tz));
  if (changed.length > 0) {
    out.push(`${INDENT}What that changed:`);
    for (const x of changed) {
      const label = a.signals.find((s) => s.id === x.id)?.label ?? x.id;
      for (const change of x.changes)
        out.push(...wrapText(`${label} ${change}`, width, `${INDENT}  `, `${INDENT}    `));
    }
  }
  return out;
}

/** Each speaker's share of the talk, as a bar. */
function talkShareLines(talkShare: Analysis["talkShare"], c: Colors): string[] {
  const names = talkShare.map((t) => (t.isCandidate ? `${t.speaker} (you)` : t.speaker));
  const pad = Math.max(...names.map((n) => n.length));
  return talkShare.map((t, i) => {
    const pct = `${Math.round(t.share * 100)}%`.padStart(4);
    const bar = "█".repeat(Math.round(t.share * 20));
    const line = `${INDENT}${(names[i] ?? t.speaker).padEnd(pad)}  ${pct}  ${bar}`;
    return t.isCandidate ? c.bold(line) : line;
  });
}

/** The interview's length, and who the candidate was taken to be, after a blank line. */
function lengthAndWhoLines(a: Analysis, width: number): string[] {
  const out: string[] = [];
  const length = lengthLine(a.length);
  const hasMail = a.signals.some((s) => s.evidence.some((e) => e.message));
  const who =
    a.candidate.how === "unknown"
      ? a.talkShare.length > 0 || hasMail
        ? 'You: not identified; pass --me "Your Name" so your own words are not read as the interviewer\'s'
        : undefined
      : `You: ${a.candidate.names.join(" / ")} (${a.candidate.how === "given" ? "as given" : `inferred: ${a.candidate.basis}`})`;
  if (length || who) out.push("");
  if (length) out.push(...wrapText(length, width));
  if (who) out.push(...wrapText(who, width, "", "  "));
  return out;
}

/** The terminal read: band and score first, then why (signals with evidence), then the context it was read in. */
export function renderAnalysis(result: CaseAnalysis, options: RenderOptions): string {
  const c = pc.createColors(options.color);
  const width = Math.max(40, options.width ?? DEFAULT_WIDTH);
  const tz = options.timeZone;
  const a = result.analysis;
  const { read } = a;
  const out: string[] = [];
  const section = (title: string) => out.push("", c.bold(c.underline(title)));

  const positives = a.signals.filter((s) => s.polarity === "positive");
  const negatives = a.signals.filter((s) => s.polarity === "negative");
  const outcomes = a.signals.filter((s) => s.polarity === "outcome");
  const count = (n: number, word: string) => `${n} ${word}`;
  out.push(
    `Read: ${read.thin ? c.bold("TOO LITTLE TO READ YET") : `${BAND_COLOR[read.band](c)(read.band.toUpperCase())}  ·  score ${read.score.toFixed(2)} of 1`}  ·  ` +
      `${count(positives.length, "positive")}, ${count(negatives.length, "negative")} ${negatives.length + positives.length === 1 ? "signal" : "signals"}`,
  );
  out.push("", ...wrapText(read.summary, width));

  if (read.outcome) {
    section("Outcome");
    out.push(`${INDENT}${c.bold(OUTCOME_WORDS[read.outcome])}`);
    for (const s of outcomes) out.push(...signalLines(s, width, c, tz));
  }

  section("Positive signals");
  if (positives.length === 0) out.push(`${INDENT}none found`);
  for (const s of positives) out.push(...signalLines(s, width, c, tz));

  section("Negative signals");
  if (negatives.length === 0) out.push(`${INDENT}none found`);
  for (const s of negatives) out.push(...signalLines(s, width, c, tz));

  if (read.ownSense) {
    section("Your own sense");
    out.push(...ownSenseLines(read.ownSense, width, c, tz));
  }

  const changed = read.contributions.filter((x) => x.changes.length > 0);
  if (a.context.length > 0 || changed.length > 0) {
    section("Context");
    out.push(...contextLines(a, changed, width, tz));
  }

  if (a.talkShare.length > 0) {
    section("Talk share");
    out.push(...talkShareLines(a.talkShare, c));
  }

  out.push(...lengthAndWhoLines(a, width));

  if (read.caveats.length > 0) {
    section("Caveats");
    for (const caveat of read.caveats) out.push(...wrapText(caveat, width, `${INDENT}• `, `${INDENT}  `));
  }

  if (a.skipped.length > 0) {
    section("Skipped");
    for (const s of a.skipped)
      out.push(...wrapText(`${s.source}: ${s.reason}`, width, `${INDENT}! `, `${INDENT}  `));
  }

  if (a.setAside && a.setAside.length > 0) {
    section("Not read as your notes");
    for (const s of a.setAside)
      out.push(...wrapText(`${s.source} ${s.reason}.`, width, `${INDENT}· `, `${INDENT}  `));
  }

  if (a.leftOut) {
    section("Mail left out");
    out.push(
      ...wrapText(`${a.leftOut.count} messages: ${a.leftOut.reason}.`, width, `${INDENT}· `, `${INDENT}  `),
    );
  }

  section("Next steps");
  out.push(...planLines(result.plan, width, c, options.now));
  return `${out.join("\n")}\n`;
}
