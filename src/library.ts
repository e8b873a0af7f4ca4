/**
 * Debrief as a library: what `import … from "interview-debrief"` gives. The same functions the CLI and
 * the server use, nothing more:
 *
 * - `analyzeCase(paths, { now })` reads a case folder or files and returns the read, the plan and the
 *   drafts; `toContractJson` turns that into the `debrief analyze --json` document.
 * - The steps one at a time: `readCaseFiles` (bytes → documents), `analyzeInterview` (documents →
 *   signals and the read, pure), `planFollowUps` (the dated next steps), `draftThankYou` and
 *   `draftStatusCheck` (the notes to send, from what was said).
 *
 * Everything in core is pure: `now` is always an argument, and nothing is written anywhere.
 */

export {
  type AnalyzeOptions,
  analyzeCase,
  type CaseAnalysis,
  type ContractAction,
  type ContractJson,
  toContractJson,
} from "./app/analyze-case.js";
export {
  draftStatusCheck,
  type StatusCheckDraft,
  type StatusCheckInput,
} from "./core/draft/draft-status-check.js";
export { draftThankYou, type ThankYouDraft, type ThankYouInput } from "./core/draft/draft-thank-you.js";
export type { Action, ActionKind, Plan } from "./core/plan/action.js";
export { type PlanInput, planFollowUps } from "./core/plan/plan-actions.js";
export {
  type Analysis,
  analyzeInterview,
  type DetectedSignal,
  type TalkShare,
} from "./core/read/analyze-interview.js";
export type {
  CaseInput,
  ContextFacts,
  Doc,
  EmailDoc,
  InviteDoc,
  NotesDoc,
  Person,
  TranscriptDoc,
  Utterance,
} from "./core/read/documents.js";
export type { Evidence } from "./core/signals/evidence.js";
export { BANDS, type Band, type Polarity, SIGNAL_IDS, type SignalId } from "./core/signals/signal.js";
export { type CaseFiles, readCaseFiles } from "./ingest/read-case-folder.js";
