import { cueHitsAndModel } from "../detect/cues-and-model.js";
import type { SentenceHit } from "../detect/detect-cues.js";
import { type ExchangeTracker, trackExchanges } from "../detect/detect-exchanges.js";
import { type ContextFact, inferContext } from "../detect/infer-context.js";
import type { InterviewLength } from "../detect/interview-length.js";
import { findLengthSignals, measureLength, transcriptLength } from "../detect/measure-length.js";
import { buildPassages } from "../detect/passages.js";
import { type ModelBest, rescuedFindings } from "../detect/sentence-model.js";
import {
  type CandidateIdentity,
  emptyTally,
  identifyCandidate,
  tallyUtterance,
} from "../people/identify-candidate.js";
import { sameName } from "../people/identify-candidate-mail.js";
import type { Evidence } from "../signals/evidence.js";
import type { Polarity, SignalId } from "../signals/signal.js";
import {
  type Analysis,
  concludeAnalysis,
  findingsOfHits,
  spokenWords,
  talkSharesOf,
} from "./analyze-interview.js";
import type { ContextFacts, InviteDoc, TranscriptDoc, Utterance } from "./documents.js";

/*
 * The read of an interview while it happens: utterances come in as the transcript is written, and
 * each one costs the work of that utterance, not a re-read of the transcript so far.
 *
 * - Cues are found in the new utterances' sentences only, and their hits kept; findings are grouped
 *   from the kept hits (a few hundred at most) on every update.
 * - Exchanges read turn by turn (`trackExchanges`): an utterance only grows the last turn.
 * - Length comes from the first and last timed utterances; the invite and the stated context are
 *   read once; the talk share and the speakers' counts are kept as running sums.
 * - Who the candidate is: with `me` it is fixed. Without it, it is inferred as `analyzeInterview`
 *   does (the invite's outside attendee, a speaker of that name, else the speaker who answers most),
 *   from the speakers' running counts, after every update; only when the answer changes (mostly in
 *   the first minutes, as the counts settle) is the transcript so far read again, once.
 *
 * The read is provisional ("so far") until `finish()`. While the interview may still go on, a length
 * under the slot is not `cut-short`; everything else is as `analyzeInterview` would read the
 * transcript so far. After `finish()` the snapshot is `analyzeInterview`'s read of the whole
 * transcript, the same signals, evidence, band and score.
 */

export interface LiveOptions {
  /** The candidate's name as the transcript writes it: fixes who the candidate is. */
  me?: string;
  /** The calendar invite, or the events of one: the scheduled slot, and who the candidate is without `me`. */
  invite?: InviteDoc | InviteDoc[];
  /** Facts stated outright (context.json). */
  context?: ContextFacts;
  /** The transcript's file name, which evidence cites (default "transcript"). */
  source?: string;
  format?: TranscriptDoc["format"];
  /** ISO time the session starts at; each update may bring a later one. */
  now?: string;
}

/** A signal as the live board shows it: when it was heard, and the words. */
export interface LiveSignalNote {
  id: SignalId;
  label: string;
  polarity: Polarity;
  /** Minute of the interview (from the transcript's times, else the clock's elapsed time). */
  minute?: number;
  quote: string;
  speaker?: string;
}

/** The read so far: an analysis, and where the interview stands. */
export interface LiveSnapshot extends Analysis {
  /** True until `finish()`: the interview may still go on, and the read is "so far". */
  provisional: boolean;
  /** Utterances read. */
  turns: number;
  /**
   * Minutes since the start: from the transcript's times, else from the clock (the `now`s given),
   * counted `since` the invite's start or the first `now`.
   */
  elapsed?: { minutes: number; basis: "transcript" } | { minutes: number; basis: "clock"; since: string };
  scheduledMinutes?: number;
}

/** What one update changed. */
export interface LiveUpdate {
  type: "update";
  /** Utterances this update added. */
  added: number;
  /** Signals seen for the first time since the last update. */
  newSignals: LiveSignalNote[];
  /** Signals shown before and not now (a vague next step, once a dated one is heard). */
  droppedSignals: SignalId[];
  /** Whether the band or the score moved. */
  readChanged: boolean;
  snapshot: LiveSnapshot;
}

export interface LiveFinal {
  type: "final";
  snapshot: LiveSnapshot;
}

export type LiveEvent = LiveUpdate | LiveFinal;

export interface LiveSession {
  /** Reads utterances as they come, in order; `now` is the ISO time they came at. */
  addUtterances(utterances: readonly Utterance[], now?: string): LiveUpdate;
  /** The read so far. */
  snapshot(): LiveSnapshot;
  /** The transcript is complete: the final read, no longer provisional. Nothing can be added after. */
  finish(now?: string): LiveSnapshot;
  /** Calls `listener` with every update and the final read; returns the function that stops it. */
  subscribe(listener: (event: LiveEvent) => void): () => void;
}

/** Utterances starting before this (seconds) are early: four speakers early on make a panel. */
const EARLY_SECONDS = 600;
/** A clock reading this long after the invite's start is not the same meeting. */
const MAX_MEETING_MS = 12 * 3_600_000;

function sameIdentity(a: CandidateIdentity, b: CandidateIdentity): boolean {
  return (
    a.how === b.how &&
    a.basis === b.basis &&
    a.names.join("\n") === b.names.join("\n") &&
    a.addresses.join("\n") === b.addresses.join("\n")
  );
}

function secondsOf(at: string | undefined): number | undefined {
  const m = at === undefined ? null : /^(\d+):(\d{2}):(\d{2})$/.exec(at);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}

/** The evidence a board shows for a signal: the latest words, else the first fact. */
function shownEvidence(evidence: Evidence[]): Evidence | undefined {
  let best: Evidence | undefined;
  for (const e of evidence) {
    if (e.isFact) continue;
    if (!best || (secondsOf(e.at) ?? -1) >= (secondsOf(best.at) ?? -1)) best = e;
  }
  return best ?? evidence[0];
}

/** A signal of a snapshot as the board shows it; `minute` falls back to the elapsed time. */
export function noteOf(signal: Analysis["signals"][number], fallbackMinute?: number): LiveSignalNote {
  const e = shownEvidence(signal.evidence);
  const seconds = secondsOf(e?.at);
  const minute = seconds === undefined ? fallbackMinute : Math.floor(seconds / 60);
  return {
    id: signal.id,
    label: signal.label,
    polarity: signal.polarity,
    ...(minute === undefined ? {} : { minute }),
    quote: e?.quote ?? "",
    ...(e?.speaker === undefined ? {} : { speaker: e.speaker }),
  };
}

/** What a session has heard so far, and what it has read of it. */
interface Heard {
  source: string;
  invites: InviteDoc[];
  /** The transcript so far. */
  doc: TranscriptDoc;
  /** The invites and the transcript. */
  docs: (InviteDoc | TranscriptDoc)[];
  tally: ReturnType<typeof emptyTally>;
  /** Words spoken, by speaker. */
  words: Map<string, number>;
  earlySpeakers: Set<string>;
  firstTimed?: Utterance | undefined;
  lastTimed?: Utterance | undefined;
  firstNow?: string | undefined;
  lastNow?: string | undefined;
  /** What the invite and the stated context say of the length: read once. */
  stated: InterviewLength;
  context: ContextFact[];
  candidate: CandidateIdentity;
  isCandidateName: (speaker: string) => boolean;
  /** Cue hits of every utterance so far, in transcript order. */
  hits: SentenceHit[];
  /** The learned model's best sentence per signal, over the same utterances as the hits. */
  modelBest: ModelBest;
  exchanges: ExchangeTracker;
}

function startHearing(options: LiveOptions): Heard {
  const source = options.source ?? "transcript";
  const invites = options.invite === undefined ? [] : [options.invite].flat();
  const doc: TranscriptDoc = { kind: "transcript", source, format: options.format ?? "text", utterances: [] };
  const docs = [...invites, doc];
  const tally = emptyTally();
  const candidate = identifyCandidate(docs, options.me, () => tally);
  const isCandidateName = (speaker: string) => candidate.names.some((n) => sameName(n, speaker));
  return {
    source,
    invites,
    doc,
    docs,
    tally,
    words: new Map(),
    earlySpeakers: new Set(),
    firstNow: options.now,
    lastNow: options.now,
    stated: measureLength(invites, options.context),
    context: inferContext(docs, options.context),
    candidate,
    isCandidateName,
    hits: [],
    modelBest: new Map(),
    exchanges: trackExchanges(source, isCandidateName),
  };
}

/** The clock moves on to `now`, when one is given. */
function hearClock(heard: Heard, now: string | undefined): void {
  if (now !== undefined) {
    heard.firstNow ??= now;
    heard.lastNow = now;
  }
}

/** Cue hits of some utterances, read with the current candidate (the model's best sentences kept too). */
function cueHitsOf(heard: Heard, utterances: Utterance[]): SentenceHit[] {
  const passages = buildPassages([{ ...heard.doc, utterances }], heard.candidate);
  return cueHitsAndModel(passages, heard.modelBest);
}

/** Keeps the utterances and their running counts; true when a new speaker was heard early on. */
function hearUtterances(heard: Heard, fresh: Utterance[]): boolean {
  let earlyGrew = false;
  for (const u of fresh) {
    heard.doc.utterances.push(u);
    tallyUtterance(heard.tally, u);
    if (u.speaker) {
      heard.words.set(u.speaker, (heard.words.get(u.speaker) ?? 0) + spokenWords(u.text));
      if ((u.start ?? 0) < EARLY_SECONDS && !heard.earlySpeakers.has(u.speaker)) {
        heard.earlySpeakers.add(u.speaker);
        earlyGrew = true;
      }
    }
    if (u.start !== undefined) {
      heard.firstTimed ??= u;
      heard.lastTimed = u;
    }
  }
  return earlyGrew;
}

/** Reads the new utterances' cues and exchanges; or, when who the candidate is changed, every turn again. */
function readFresh(heard: Heard, fresh: Utterance[], me: string | undefined): void {
  const identity = me ? heard.candidate : identifyCandidate(heard.docs, undefined, () => heard.tally);
  if (!sameIdentity(identity, heard.candidate)) {
    // Roles change for every turn so far: read them all again, once.
    heard.candidate = identity;
    const names = identity.names;
    heard.isCandidateName = (speaker: string) => names.some((n) => sameName(n, speaker));
    heard.modelBest = new Map();
    heard.hits = cueHitsOf(heard, heard.doc.utterances);
    heard.exchanges = trackExchanges(heard.source, heard.isCandidateName);
    for (const u of heard.doc.utterances) heard.exchanges.add(u);
  } else if (fresh.length > 0) {
    for (const hit of cueHitsOf(heard, fresh)) heard.hits.push(hit);
    for (const u of fresh) heard.exchanges.add(u);
  }
}

/** Minutes since the start: the transcript's times, else the clock since the invite's start or the first `now`. */
function elapsedOf(heard: Heard): LiveSnapshot["elapsed"] {
  const { firstTimed, lastTimed } = heard;
  if (firstTimed && lastTimed) {
    const span = transcriptLength(heard.source, firstTimed, lastTimed);
    return { minutes: span ? Math.round(span.minutes * 10) / 10 : 0, basis: "transcript" };
  }
  const to = Date.parse(heard.lastNow ?? "");
  const start = heard.invites.find((i) => i.start)?.start;
  const slot = Date.parse(start ?? "");
  const since = to >= slot && to - slot < MAX_MEETING_MS ? start : heard.firstNow;
  const from = Date.parse(since ?? "");
  if (since === undefined || Number.isNaN(to) || Number.isNaN(from)) return undefined;
  return { minutes: Math.round(((to - from) / 60_000) * 10) / 10, basis: "clock", since };
}

/** The read of what was heard; while `provisional`, a length under the slot is not cut short. */
function derive(heard: Heard, provisional: boolean): LiveSnapshot {
  const length: InterviewLength = { ...heard.stated };
  if (!length.actual && heard.firstTimed && heard.lastTimed) {
    const actual = transcriptLength(heard.source, heard.firstTimed, heard.lastTimed);
    if (actual) length.actual = actual;
  }
  // An interview still going on is under its slot, not cut short.
  const measured = findLengthSignals(length).filter((f) => !provisional || f.id !== "cut-short");
  const analysis = concludeAnalysis({
    docs: heard.docs,
    now: heard.lastNow ?? "",
    candidate: heard.candidate,
    cueFindings: findingsOfHits(heard.hits),
    exchanges: heard.exchanges.findings(),
    length,
    measured,
    context: heard.context,
    talkShare: talkSharesOf(heard.words, heard.isCandidateName),
    rescue: (found) => rescuedFindings(heard.modelBest, found),
  });
  const elapsed = elapsedOf(heard);
  return {
    ...analysis,
    skipped: [],
    provisional,
    turns: heard.doc.utterances.length,
    ...(elapsed ? { elapsed } : {}),
    ...(analysis.length.scheduledMinutes === undefined
      ? {}
      : { scheduledMinutes: analysis.length.scheduledMinutes }),
  };
}

/** What changed from one snapshot to the next. */
function updateOf(before: LiveSnapshot, current: LiveSnapshot, added: number): LiveUpdate {
  const fallbackMinute = current.elapsed ? Math.floor(current.elapsed.minutes) : undefined;
  const had = new Set(before.signals.map((s) => s.id));
  const has = new Set(current.signals.map((s) => s.id));
  return {
    type: "update",
    added,
    newSignals: current.signals.filter((s) => !had.has(s.id)).map((s) => noteOf(s, fallbackMinute)),
    droppedSignals: before.signals.filter((s) => !has.has(s.id)).map((s) => s.id),
    readChanged: before.read.band !== current.read.band || before.read.score !== current.read.score,
    snapshot: current,
  };
}

export function createLiveSession(options: LiveOptions = {}): LiveSession {
  const heard = startHearing(options);
  let isFinished = false;
  const listeners = new Set<(event: LiveEvent) => void>();
  let current = derive(heard, true);

  const notify = (event: LiveEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  const addUtterances = (utterances: readonly Utterance[], now?: string): LiveUpdate => {
    if (isFinished) throw new Error("live session: utterances added after finish()");
    hearClock(heard, now);
    const fresh = [...utterances];
    const earlyGrew = hearUtterances(heard, fresh);
    readFresh(heard, fresh, options.me);
    // Who speaks early is all the transcript tells of the context: read again when that grows.
    if (earlyGrew) heard.context = inferContext(heard.docs, options.context);
    const before = current;
    current = derive(heard, true);
    const update = updateOf(before, current, fresh.length);
    notify(update);
    return update;
  };

  const finish = (now?: string): LiveSnapshot => {
    if (isFinished) return current;
    hearClock(heard, now);
    isFinished = true;
    current = derive(heard, false);
    notify({ type: "final", snapshot: current });
    return current;
  };

  return {
    addUtterances,
    snapshot: () => current,
    finish,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
