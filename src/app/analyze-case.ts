import { type Analysis, analyzeInterview } from "../core/analyze-interview.js";
import type { Band } from "../core/signal.js";
import { readCaseFiles } from "../ingest/read-case-folder.js";

export interface AnalyzeOptions {
  /** ISO time the read is made at. */
  now: string;
  me?: string;
  /** Notes given on standard input ("-"). */
  stdinNotes?: string;
}

export interface CaseAnalysis {
  analysis: Analysis;
  warnings: string[];
  /** True when nothing at all could be read. */
  isEmpty: boolean;
}

/** Reads a case folder or files and analyses them: the use case behind `debrief analyze`. */
export async function analyzeCase(paths: string[], options: AnalyzeOptions): Promise<CaseAnalysis> {
  const files = await readCaseFiles(paths, options.stdinNotes);
  const analysis = analyzeInterview({
    docs: files.docs,
    now: options.now,
    skipped: files.skipped,
    ...(files.context ? { context: files.context } : {}),
    ...(options.me ? { me: options.me } : {}),
  });
  return {
    analysis,
    warnings: files.warnings,
    isEmpty: files.docs.length === 0 && files.context === undefined,
  };
}

/** The `debrief analyze --json` document, as ../shared/spec/cases.md defines it, plus our extras. */
export interface ContractJson {
  signals: { id: string; polarity: string; label: string; evidence: unknown[] }[];
  read: {
    band: Band;
    score: number;
    summary: string;
    caveats: string[];
    outcome?: string;
    contributions: unknown[];
  };
  actions: unknown[];
  context: unknown[];
  length: { scheduledMinutes?: number; actualMinutes?: number };
  talkShare: unknown[];
  candidate: unknown;
  skipped: { source: string; reason: string }[];
  warnings: string[];
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
    },
    actions: [],
    context: a.context,
    length: a.length,
    talkShare: a.talkShare,
    candidate: a.candidate,
    skipped: a.skipped,
    warnings: result.warnings,
  };
}
