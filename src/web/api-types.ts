import type { ContextFact } from "../core/detect/infer-context.js";
import type { TalkShare } from "../core/read/analyze-interview.js";
import type { Doc, Utterance } from "../core/read/documents.js";
import type { Insights, OwnSenseInsight, SignalInsight } from "../core/read/learn-from-outcomes.js";
import type { Contribution, OwnSenseInRead } from "../core/read/score-read.js";
import type { Evidence } from "../core/signals/evidence.js";
import type { Band, Polarity, SignalId } from "../core/signals/signal.js";

/*
 * What the API answers, as the dashboard reads it. Core's types are used where the API passes them
 * through unchanged; the rest (shapes that app/ builds) are declared here, as small as the views need.
 * src/contract/api-contract.ts fails to compile when they drift from app/ or the server's schemas.
 */

export type {
  Band,
  ContextFact,
  Contribution,
  Doc,
  Evidence,
  Insights,
  OwnSenseInsight,
  Polarity,
  SignalId,
  SignalInsight,
  TalkShare,
  Utterance,
};

/** `{ error: { code, message } }`: every 4xx and 5xx of the API. */
export interface ErrorJson {
  error: { code: string; message: string };
}

/** One file given to the analysis: text, or bytes as base64. */
export interface UploadJson {
  name: string;
  text?: string;
  base64?: string;
}

/** The body of `POST /api/analyze`. */
export interface AnalyzeBody {
  notes?: string;
  files?: UploadJson[];
  me?: string;
  now?: string;
}

/** The body of `POST /api/applications`: the same, and where to file it. */
export interface SaveBody extends AnalyzeBody {
  application?: string;
  /** With neither notes nor files: the role of the new application `application` names. */
  role?: string;
}

/** What `POST /api/applications` answers for a new application typed in (no notes, no files). */
export interface CreatedApplication {
  applicationId: number;
  company: string;
  role: string | null;
}

/** The stages an application is moved to by hand; the last four are outcomes. */
export type MoveStage =
  | "applied"
  | "interviewing"
  | "waiting"
  | "offer"
  | "rejected"
  | "withdrew"
  | "ghosted";

/** What the candidate keeps on an application. */
export interface ApplicationDetails {
  link: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  contacts: string | null;
  notes: string | null;
  /** Moved there by hand while no outcome is known; null: the stage the files give. */
  stage: "applied" | "interviewing" | "waiting" | null;
  updatedAt: string | null;
}

/** The body of `PATCH /api/applications/:ref`: names and details (null clears one). */
export interface ApplicationChange {
  company?: string;
  role?: string;
  link?: string | null;
  salaryMin?: number | null;
  salaryMax?: number | null;
  salaryCurrency?: string | null;
  contacts?: string | null;
  notes?: string | null;
}

export interface SignalJson {
  id: SignalId;
  polarity: Polarity;
  label: string;
  evidence: Evidence[];
}

export interface ActionJson {
  kind: string;
  due?: string;
  why: string;
  text?: string;
  done?: true;
  sources?: string[];
}

/** The candidate's own sense of how it went, as the read counted it. */
export type OwnSenseJson = OwnSenseInRead;

/** The read of one interview: `POST /api/analyze`, and a round's `analysis`. */
export interface ReadJson {
  signals: SignalJson[];
  read: {
    band: Band;
    score: number;
    summary: string;
    caveats: string[];
    outcome?: string;
    contributions: Contribution[];
    ownSense?: OwnSenseJson;
    /** Too little to read: the band says little. */
    thin?: true;
  };
  actions: ActionJson[];
  settled?: { outcome: string; note: string };
  context: ContextFact[];
  length: { scheduledMinutes?: number; actualMinutes?: number };
  talkShare: TalkShare[];
  candidate?: { names: string[]; how: string; basis: string };
  skipped: { source: string; reason: string }[];
  leftOut?: { count: number; reason: string };
  /** Text files that are not the candidate's account (a job advert, a CV, a cover letter), not read. */
  setAside?: { source: string; reason: string }[];
  warnings: string[];
}

/** What `POST /api/applications` filed. */
export interface SaveResult {
  filed: {
    applicationId: number;
    company: string;
    role?: string | null;
    isNew?: boolean;
    round?: { number: number; isNew?: boolean };
  }[];
  duplicates: string[];
  skipped: { source: string; reason: string }[];
  warnings?: string[];
  leftOut?: { count: number; reason: string };
}

export interface TodoItem {
  id: number;
  applicationId: number;
  company: string;
  kind: string;
  due: string | null;
  why: string;
  text: string | null;
  isOverdue: boolean;
}

/** A thing to do with the candidate's own edit of its draft and its snooze (`GET /api/todo`). */
export interface TrackedTodo extends TodoItem {
  editedText: string | null;
  snoozedUntil: string | null;
  /** The subject of its draft, the same in a mail link and in the .eml. */
  subject: string;
  /** Whom the draft goes to: the last person from the company who wrote; null: unknown. */
  to: { name: string | null; address: string } | null;
}

/** One line of `GET /api/applications`. */
export interface ApplicationSummary {
  id: number;
  company: string;
  role: string | null;
  /** "applied", "interviewing", or the outcome ("offer", "rejected", "withdrew", "ghosted"). */
  stage: string;
  rounds: number;
  messages: number;
  outcome?: { outcome: string; recordedBy: string; quote: string | null };
  /** The latest read; `thin`: too little to read (its band says little). */
  read?: { band: Band; score: number; round: number; summary: string | null; thin?: true };
  lastFromCompany?: { at: string; days: number };
  lastContact?: { at: string; days: number; what: "message" | "round" };
  nextAction?: TodoItem;
  details: ApplicationDetails;
}

export type TimelineEvent =
  | {
      kind: "round";
      at: string | null;
      number: number;
      title: string | null;
      band: Band | null;
      score: number | null;
      summary: string | null;
      signals: { id: string; polarity: string; quote: string | null }[];
    }
  | {
      kind: "message";
      at: string | null;
      direction: string;
      from: string | null;
      subject: string | null;
      snippet: string;
    }
  | { kind: "silence"; at: string; days: number; until: string | null; after: string }
  | { kind: "outcome"; at: string; outcome: string; recordedBy: string; quote: string | null };

/** `GET /api/applications/:id`. */
export interface ApplicationTimeline {
  application: { id: number; company: string; role: string | null; created_at: string };
  stage: string;
  outcome?: { outcome: string; recorded_by: string; quote: string | null; recorded_at: string };
  events: TimelineEvent[];
  due: TrackedTodo[];
  details: ApplicationDetails;
  done: (TodoItem & { doneAt: string | null; doneBy: string | null })[];
  sources: { name: string; kind: string; bytes: number; addedAt: string }[];
}

/** `GET /api/applications/:id/rounds/:n`: one interview with its documents. */
export interface RoundView {
  application: { id: number; company: string; role: string | null };
  round: { id: number; number: number; title: string | null; startsAt: string | null; band: Band | null };
  analysis: ReadJson | null;
  /** The application's outcome as it stands; absent while open. */
  outcome?: { outcome: string; recordedBy: string; recordedAt: string; quote: string | null };
  documents: Doc[];
}

/** A signal as the live board shows it (core's LiveSignalNote). */
export interface LiveSignalJson {
  id: SignalId;
  label: string;
  polarity: Polarity;
  minute?: number;
  quote: string;
  speaker?: string;
}

/** What `GET /api/live/:id/events` sends with each event: the read so far. */
export interface LiveBoardJson {
  provisional: boolean;
  band: Band;
  score: number;
  /** Too little heard yet to read. */
  thin?: true;
  summary: string;
  turns: number;
  elapsedMinutes?: number;
  scheduledMinutes?: number;
  signals: LiveSignalJson[];
  talkShare: { speaker: string; share: number; isCandidate: boolean }[];
}

/** `POST /api/live/:id/finish`: the last board, and the whole transcript's read. */
export interface LiveFinishJson {
  board: LiveBoardJson;
  final: ReadJson;
  warnings: string[];
}

/** `n` of `of`, and the 95% interval of the rate. */
export interface RateJson {
  n: number;
  of: number;
  low: number;
  high: number;
}

/** `GET /api/insights/search`: the search itself (the server's SearchPace). */
export interface SearchPaceJson {
  funnel: {
    applied: number;
    interviewed: RateJson;
    offers: RateJson;
    heardBack: RateJson;
    rejected: number;
    ghosted: number;
  };
  reply: { n: number; medianDays?: number; lowDays?: number; highDays?: number; waiting: number };
  months: { month: string; started: number; offers: number; rejections: number; ghosted: number }[];
}

/** A delete that can still be put back (`GET /api/deleted`). */
export interface DeletedApplication {
  applicationId: number;
  company: string;
  deletedAt: string;
  restorableUntil: string;
}
