import { draftStatusCheck } from "../core/draft/draft-status-check.js";
import { draftThankYou } from "../core/draft/draft-thank-you.js";
import type { Action, Plan } from "../core/plan/action.js";
import { planFollowUps } from "../core/plan/plan-actions.js";
import { type Analysis, analyzeInterview, documentsRead } from "../core/read/analyze-interview.js";
import type { Doc } from "../core/read/documents.js";
import type { Band } from "../core/signals/signal.js";
import { buildTimeline, type Timeline } from "../core/timeline/build-timeline.js";
import {
  type CaseFiles,
  type FileReading,
  readCaseFiles,
  readUploads,
  type Upload,
} from "../ingest/read-case-folder.js";

export interface AnalyzeOptions {
  /** ISO time the read is made at. */
  now: string;
  me?: string;
  /** Notes given on standard input ("-"). */
  stdinNotes?: string;
  /** Days past a promised date before the status check (default 7; 0 = on the date). */
  nudgeAfterDays?: number;
  /** The reader's IANA zone, for an invite's floating times (the machine's when not given). */
  timeZone?: string;
  /**
   * False: the plan's texts keep the planner's wording, not drafts written from what was said. For a
   * view that does not show them (the CLI's text read): drafting a 90-minute transcript is a third of
   * its read. Default true.
   */
  drafts?: boolean;
}

export interface CaseAnalysis {
  analysis: Analysis;
  /** What to do next, dated; or, once an outcome is seen, a note and no actions. */
  plan: Plan;
  warnings: string[];
  /** True when nothing at all could be read. */
  isEmpty: boolean;
  /** What each file was taken for (notes, a transcript in which layout, an invite, …). */
  readAs?: FileReading[];
}

/**
 * The texts to send, written from what was actually said: the thank-you to the main interviewer
 * and the status check replace the planner's generic wording where a draft can be made.
 */
export function withDrafts(
  plan: Plan,
  docs: Doc[],
  analysis: Analysis,
  now: string,
  timeline: Timeline = buildTimeline({ docs, analysis, now }),
): Plan {
  const actions = plan.actions.map((action): Action => {
    if (action.kind === "thank-you" && !action.done) {
      const [first] = draftThankYou({ docs, analysis, candidateNames: timeline.people.candidate.names });
      return first ? { ...action, text: first.body } : action;
    }
    if (action.kind === "status-check") {
      // The draft finds the promised date itself: the action's due is the day to nudge, not the promise.
      // The promise is the timeline's, the one the plan's reason names (or none where the reason says so).
      const me = timeline.people.candidate.names[0];
      const draft = draftStatusCheck({ docs, analysis, now, timeline, ...(me ? { candidateName: me } : {}) });
      return draft.body ? { ...action, text: draft.body } : action;
    }
    return action;
  });
  return { ...plan, actions };
}

/**
 * Reads a case folder or files and analyses them: the step every use case on one case starts with.
 * `docs` are those the read rests on (a mailbox export's other processes left out), for plans and drafts.
 */
export async function readAndAnalyze(
  paths: string[],
  options: { now: string; me?: string; stdinNotes?: string; timeZone?: string },
): Promise<{ files: CaseFiles; analysis: Analysis; docs: Doc[] }> {
  const files = await readCaseFiles(paths, options.stdinNotes, zoneOf(options));
  return { files, ...readFiles(files, options) };
}

function zoneOf(options: { timeZone?: string }): { timeZone?: string } {
  return options.timeZone ? { timeZone: options.timeZone } : {};
}

function readFiles(
  files: CaseFiles,
  options: { now: string; me?: string },
): { analysis: Analysis; docs: Doc[] } {
  const analysis = analyzeInterview({
    docs: files.docs,
    now: options.now,
    skipped: files.skipped,
    ...(files.context ? { context: files.context } : {}),
    ...(options.me ? { me: options.me } : {}),
  });
  return { analysis, docs: analysis.leftOut ? documentsRead(files.docs, options.me) : files.docs };
}

/** Reads a case folder or files and analyses them: the use case behind `debrief analyze`. */
export async function analyzeCase(paths: string[], options: AnalyzeOptions): Promise<CaseAnalysis> {
  return analyzeFiles(await readCaseFiles(paths, options.stdinNotes, zoneOf(options)), options);
}

/** Analyses pasted notes and uploaded files: the use case behind `POST /api/analyze` and the quick read. */
export async function analyzeUploads(
  uploads: Upload[],
  options: AnalyzeOptions & { notes?: string },
): Promise<CaseAnalysis> {
  return analyzeFiles(await readUploads(uploads, options.notes, zoneOf(options)), options);
}

function analyzeFiles(files: CaseFiles, options: AnalyzeOptions): CaseAnalysis {
  const { analysis, docs } = readFiles(files, options);
  const timeline = buildTimeline({
    docs,
    analysis,
    now: options.now,
    ...(options.me ? { me: options.me } : {}),
  });
  const plan = planFollowUps({
    docs,
    analysis,
    now: options.now,
    timeline,
    ...(options.nudgeAfterDays !== undefined ? { nudgeAfterDays: options.nudgeAfterDays } : {}),
  });
  return {
    analysis,
    plan: options.drafts === false ? plan : withDrafts(plan, docs, analysis, options.now, timeline),
    warnings: [...files.warnings, ...(timeline.people.warning ? [timeline.people.warning] : [])],
    isEmpty: files.docs.length === 0 && files.context === undefined,
    readAs: files.readAs,
  };
}

/** The `debrief analyze --json` document, as ../shared/spec/cases.md defines it, plus our extras. */
export interface ContractJson {
  signals: Pick<Analysis["signals"][number], "id" | "polarity" | "label" | "evidence">[];
  read: {
    band: Band;
    score: number;
    summary: string;
    caveats: string[];
    outcome?: string;
    contributions: Analysis["read"]["contributions"];
    /** The candidate's own sense of how it went, as the read counted it. */
    ownSense?: NonNullable<Analysis["read"]["ownSense"]>;
    /** Too little to read: fewer than two signals. */
    thin?: true;
  };
  actions: ContractAction[];
  /** Set once an outcome settled the process: no actions are planned. */
  settled?: { outcome: "offer-made" | "rejected"; note: string };
  context: Analysis["context"];
  length: { scheduledMinutes?: number; actualMinutes?: number };
  talkShare: Analysis["talkShare"];
  candidate: Analysis["candidate"];
  skipped: { source: string; reason: string }[];
  /** Messages of a mailbox export that belong to other processes, left unread. */
  leftOut?: { count: number; reason: string };
  /** Text files that are not the candidate's account (a job advert, a CV, a cover letter), not read. */
  setAside?: { source: string; reason: string }[];
  warnings: string[];
  /** What each file was taken for, judged by its content: an addition to the contract. */
  readAs?: FileReading[];
}

/** One action of the contract: `kind`, `due`, `why`, and the text to send and `done` where there are. */
export interface ContractAction {
  kind: string;
  due?: string;
  why: string;
  text?: string;
  done?: true;
  sources?: string[];
}

function toContractAction(a: Plan["actions"][number]): ContractAction {
  return {
    kind: a.kind,
    ...(a.due !== undefined ? { due: a.due } : {}),
    why: a.why,
    ...(a.text !== undefined ? { text: a.text } : {}),
    ...(a.done === true ? { done: true as const } : {}),
    ...(a.sources && a.sources.length > 0 ? { sources: a.sources } : {}),
  };
}

export function toContractJson(result: CaseAnalysis): ContractJson {
  const a = result.analysis;
  return {
    signals: a.signals.map((s) => ({ id: s.id, polarity: s.polarity, label: s.label, evidence: s.evidence })),
    read: {
      band: a.read.band,
      score: a.read.score,
      summary: a.read.summary,
      caveats: a.read.caveats,
      ...(a.read.outcome ? { outcome: a.read.outcome } : {}),
      contributions: a.read.contributions,
      ...(a.read.ownSense ? { ownSense: a.read.ownSense } : {}),
      ...(a.read.thin ? { thin: true as const } : {}),
    },
    actions: result.plan.actions.map(toContractAction),
    ...(result.plan.settled ? { settled: result.plan.settled } : {}),
    context: a.context,
    length: a.length,
    talkShare: a.talkShare,
    candidate: a.candidate,
    skipped: a.skipped,
    ...(a.leftOut ? { leftOut: a.leftOut } : {}),
    ...(a.setAside ? { setAside: a.setAside } : {}),
    warnings: result.warnings,
    ...(result.readAs ? { readAs: result.readAs } : {}),
  };
}
