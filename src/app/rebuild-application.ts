import {
  type CandidateMail,
  isFromCandidate,
  resolveCandidateMail,
} from "../core/people/identify-candidate-mail.js";
import { isCandidateThankYou } from "../core/people/thank-you-note.js";
import type { Action } from "../core/plan/action.js";
import { planFollowUps } from "../core/plan/plan-actions.js";
import { type Analysis, analyzeInterview, documentsRead } from "../core/read/analyze-interview.js";
import type { ContextFacts, Doc, EmailDoc } from "../core/read/documents.js";
import { scoreRead } from "../core/read/score-read.js";
import { buildTimeline, type Timeline } from "../core/timeline/build-timeline.js";
import type { Kind } from "../ingest/kind-of-file.js";
import { parseGivenFile } from "../ingest/read-case-folder.js";
import type { DerivedRows } from "../store/commit-ingest.js";
import type { ApplicationRow, MessageRow, RoundRow, SourceRow } from "../store/workspace-store.js";
import { toContractJson, withDrafts } from "./analyze-case.js";

/**
 * Everything derived from an application's stored sources, recomputed from them: each round's read,
 * its signals, the messages, the plan for the latest round, and any outcome the mail states. What
 * `add` writes for the applications it touched and `reanalyze` writes for all.
 */
export interface StoredApplication {
  application: ApplicationRow;
  rounds: Omit<RoundRow, "analysis">[];
  sources: SourceRow[];
  /**
   * The candidate's word, if any: an outcome (then nothing more is planned), or "open" (then an outcome
   * read from the mail is kept on record but neither settles the read nor stops the plan).
   */
  userOutcome?: string;
}

export interface RebuildOptions {
  now: string;
  /** Called with the latest round's timeline, the one its plan was made from (what `show` lists). */
  onTimeline?: (timeline: Timeline) => void;
  me?: string | null;
  /** The reader's zone, for an invite's floating times (the machine's when not given). */
  timeZone?: string | null;
}

interface ParsedSource {
  docs: Doc[];
  context?: ContextFacts;
}

/** Parsed sources by hash and name (evidence cites the name), so the same bytes are not parsed again. */
export type ParseCache = Map<string, ParsedSource>;

export function cacheKey(sha256: string, name: string): string {
  return `${sha256}\u0000${name}`;
}

export async function parseSource(
  source: Pick<SourceRow, "sha256" | "name" | "kind" | "content">,
  cache?: ParseCache,
  timeZone?: string | null,
): Promise<ParsedSource> {
  const key = cacheKey(source.sha256, source.name);
  const hit = cache?.get(key);
  if (hit) return hit;
  const read = await parseGivenFile(
    source.name,
    source.content,
    source.kind as Kind,
    timeZone ? { timeZone } : {},
  );
  const parsed: ParsedSource = { docs: read.docs, ...(read.context ? { context: read.context } : {}) };
  cache?.set(key, parsed);
  return parsed;
}

const time = (iso: string | null | undefined): number => {
  const t = Date.parse(iso ?? "");
  return Number.isNaN(t) ? Number.NaN : t;
};

function emailsOf(docs: Doc[]): EmailDoc[] {
  return docs.filter((d): d is EmailDoc => d.kind === "email");
}

/** A round's time: the invite's or notes' date, else its earliest dated message, else when it was filed. */
function roundStart(round: Omit<RoundRow, "analysis">, docs: Doc[]): number {
  const stated = time(round.starts_at);
  if (!Number.isNaN(stated)) return stated;
  const dates = emailsOf(docs)
    .map((m) => time(m.date))
    .filter((t) => !Number.isNaN(t));
  if (dates.length > 0) return Math.min(...dates);
  return time(round.created_at);
}

function snippetOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}

const OUTCOME_OF = { "offer-made": "offer", rejected: "rejected" } as const;

/** Reads a round's documents the way `debrief analyze` reads a case folder. */
function analyze(
  docs: Doc[],
  context: ContextFacts | undefined,
  me: string | null | undefined,
  now: string,
): Analysis {
  return analyzeInterview({ docs, now, ...(context ? { context } : {}), ...(me ? { me } : {}) });
}

/** The analysis with any outcome left out: what the signals alone said. */
function withoutOutcome(analysis: Analysis): Analysis {
  const signals = analysis.signals.filter((s) => s.polarity !== "outcome");
  if (signals.length === analysis.signals.length) return analysis;
  const ownSense = analysis.read.ownSense;
  const read = scoreRead(
    signals.map((s) => ({ id: s.id, evidence: s.evidence })),
    analysis.context,
    ownSense ? { ownSense } : {},
  );
  return { ...analysis, signals, read };
}

function priorRead(analysis: Analysis): { band: string; score: number } {
  const { read } = withoutOutcome(analysis);
  return { band: read.band, score: read.score };
}

/** A round with what it reads: its own files' documents and context, the mail placed in it, and its time. */
interface RoundToRead {
  round: Omit<RoundRow, "analysis">;
  docs: Doc[];
  context: ContextFacts | undefined;
  start: number;
}

/** The read the plan is made from: the latest round's, or the mail's where there is no round. */
interface Latest {
  analysis: Analysis;
  docs: Doc[];
  roundId: number | null;
  number: number;
}

/** One message row per source of mail: its first message, sent by the candidate or the company. */
function messageRows(
  stored: StoredApplication,
  parsed: Map<number, ParsedSource>,
  candidate: CandidateMail,
): MessageRow[] {
  const messages: MessageRow[] = [];
  for (const s of stored.sources) {
    for (const m of emailsOf(parsed.get(s.id)?.docs ?? [])) {
      messages.push({
        source_id: s.id,
        application_id: stored.application.id,
        message_id: m.messageId ?? null,
        sent_at: m.date ?? null,
        from_name: m.from?.name ?? null,
        from_address: m.from?.email ?? null,
        subject: m.subject ?? null,
        direction: isFromCandidate(m, candidate) ? "candidate" : "company",
        snippet: snippetOf(m.text),
      });
      break;
    }
  }
  return messages;
}

/** Each round reads its own files and the application's mail from its day until the next round's. */
function roundsToRead(stored: StoredApplication, parsed: Map<number, ParsedSource>): RoundToRead[] {
  const rounds = stored.rounds.map((r) => {
    const own = stored.sources.filter((s) => s.round_id === r.id);
    const docs = own.flatMap((s) => parsed.get(s.id)?.docs ?? []);
    const context = own.map((s) => parsed.get(s.id)?.context).find(Boolean);
    return { round: r, docs, context, start: roundStart(r, docs) };
  });
  rounds.sort((a, b) => (a.start || 0) - (b.start || 0) || a.round.number - b.round.number);
  const looseMail = stored.sources.filter((s) => s.round_id === null);
  for (const s of looseMail) {
    const docs = parsed.get(s.id)?.docs ?? [];
    const t = time(emailsOf(docs)[0]?.date);
    let home = rounds[rounds.length - 1];
    if (!Number.isNaN(t)) home = [...rounds].reverse().find((r) => r.start <= t) ?? rounds[0];
    home?.docs.push(...docs);
  }
  return rounds;
}

/** A round's row: its read now, and before any outcome. */
function roundRow(r: RoundToRead, analysis: Analysis, now: string): DerivedRows["rounds"][number] {
  const prior = priorRead(analysis);
  const interview = r.docs.find((d) => d.kind === "invite");
  return {
    id: r.round.id,
    title: r.round.title ?? (interview?.kind === "invite" ? (interview.summary ?? null) : null),
    // A round known only from its mail (a folder of emails) is dated by its earliest message.
    starts_at:
      r.round.starts_at ??
      (Number.isNaN(r.start) || r.start === time(r.round.created_at)
        ? null
        : new Date(r.start).toISOString()),
    ends_at: r.round.ends_at,
    read_band: analysis.read.band,
    read_score: analysis.read.score,
    read_summary: analysis.read.summary,
    prior_band: prior.band,
    prior_score: prior.score,
    analysis: JSON.stringify(
      toContractJson({ analysis, plan: { actions: [] }, warnings: [], isEmpty: r.docs.length === 0 }),
    ),
    analyzed_at: now,
  };
}

/** The outcome a read states (an offer or a rejection), with where it was read, if any. */
function outcomeRow(
  analysis: Analysis,
  sourceIdByName: Map<string, number>,
  now: string,
): DerivedRows["outcomes"][number] | undefined {
  const found = analysis.signals.find((s) => s.id === "offer-made" || s.id === "rejected");
  if (!found || (found.id !== "offer-made" && found.id !== "rejected")) return undefined;
  const evidence = found.evidence[0];
  return {
    outcome: OUTCOME_OF[found.id],
    source_id: (evidence && sourceIdByName.get(evidence.source)) ?? null,
    quote: evidence?.quote ?? null,
    recorded_at: evidence?.message?.date ?? now,
  };
}

/** The plan from the latest read, its texts drafted, as action rows. */
function planLatest(
  stored: StoredApplication,
  latest: Latest,
  options: RebuildOptions,
  isReopened: boolean,
): DerivedRows["actions"] {
  const docs = latest.analysis.leftOut ? documentsRead(latest.docs, options.me ?? undefined) : latest.docs;
  // When this round's files were first filed: with no date for the interview in them, the plan counts
  // from there, so a due date stays put (and overdue) across reanalyze and outcome rather than moving on.
  const filed = stored.sources
    .filter((s) => latest.roundId === null || s.round_id === latest.roundId)
    .map((s) => s.added_at)
    .filter((t) => !Number.isNaN(Date.parse(t)))
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  const timeline = buildTimeline({
    docs,
    analysis: latest.analysis,
    now: options.now,
    ...(options.me ? { me: options.me } : {}),
    ...(filed ? { firstSeen: filed } : {}),
  });
  options.onTimeline?.(timeline);
  const plan = planFollowUps({
    docs,
    analysis: latest.analysis,
    now: options.now,
    timeline,
    ...(isReopened ? { isOpen: true } : {}),
  });
  const drafted = withDrafts(plan, docs, latest.analysis, options.now, timeline);
  const seen = new Map<string, number>();
  return drafted.actions.map((a) => toActionRow(a, latest, seen));
}

export async function rebuildApplication(
  stored: StoredApplication,
  options: RebuildOptions,
  cache?: ParseCache,
): Promise<DerivedRows> {
  const parsed = new Map<number, ParsedSource>();
  for (const s of stored.sources) parsed.set(s.id, await parseSource(s, cache, options.timeZone));
  const allMail = emailsOf(stored.sources.flatMap((s) => parsed.get(s.id)?.docs ?? []));
  // A company's "Thank you for taking the time to interview with us" is not the candidate's note.
  const candidate: CandidateMail = resolveCandidateMail(
    allMail,
    { names: options.me ? [options.me] : [], addresses: [] },
    isCandidateThankYou,
  );
  const derived: DerivedRows = {
    applicationId: stored.application.id,
    rounds: [],
    signals: [],
    messages: messageRows(stored, parsed, candidate),
    actions: [],
    outcomes: [],
  };
  const sourceIdByName = new Map(stored.sources.map((s) => [s.name, s.id]));
  const noteOutcome = (analysis: Analysis) => {
    const row = outcomeRow(analysis, sourceIdByName, options.now);
    if (row) derived.outcomes = [row];
  };

  let latest: Latest | undefined;
  const isReopened = stored.userOutcome === "open";
  for (const r of roundsToRead(stored, parsed)) {
    const read = analyze(r.docs, r.context, options.me, options.now);
    if (isReopened) noteOutcome(read);
    const analysis = isReopened ? withoutOutcome(read) : read;
    derived.rounds.push(roundRow(r, analysis, options.now));
    for (const s of analysis.signals) {
      derived.signals.push({
        round_id: r.round.id,
        signal_id: s.id,
        polarity: s.polarity,
        quote: s.evidence[0]?.quote ?? null,
        evidence_count: s.evidence.length,
      });
    }
    if (!isReopened) noteOutcome(analysis);
    latest = { analysis, docs: r.docs, roundId: r.round.id, number: r.round.number };
  }
  if (!latest && allMail.length > 0) {
    // Mail alone (an application found in a mailbox): no round to read, but it can still state an
    // outcome or promise a date to follow up on.
    const read = analyze(allMail, undefined, options.me, options.now);
    noteOutcome(read);
    const analysis = isReopened ? withoutOutcome(read) : read;
    latest = { analysis, docs: allMail, roundId: null, number: 0 };
  }
  if (latest && (!stored.userOutcome || isReopened))
    derived.actions = planLatest(stored, latest, options, isReopened);
  return derived;
}

function toActionRow(
  a: Action,
  latest: { roundId: number | null; number: number },
  seen: Map<string, number>,
): DerivedRows["actions"][number] {
  const n = (seen.get(a.kind) ?? 0) + 1;
  seen.set(a.kind, n);
  return {
    round_id: latest.roundId,
    key: `${latest.number}:${a.kind}${n > 1 ? `:${n}` : ""}`,
    kind: a.kind,
    due: a.due ?? null,
    why: a.why,
    text: a.text ?? null,
    seenDone: a.done === true,
  };
}
