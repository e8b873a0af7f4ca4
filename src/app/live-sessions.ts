import { randomUUID } from "node:crypto";
import type { InviteDoc } from "../core/read/documents.js";
import {
  createLiveSession,
  type LiveSession,
  type LiveSignalNote,
  type LiveSnapshot,
  noteOf,
} from "../core/read/live-session.js";
import type { Band } from "../core/signals/signal.js";
import { followTranscript, type TranscriptFollower } from "../ingest/follow-transcript.js";
import { formatProblem } from "../ingest/parse-result.js";
import type { Upload } from "../ingest/read-case-folder.js";
import { analyzeUploads, type ContractJson, toContractJson } from "./analyze-case.js";
import { type CaptionFolders, resolveCaptionPath } from "./caption-folders.js";
import { type Followed, followFile } from "./follow-file.js";
import { InputError } from "./input-error.js";
import { readInviteUpload, transcriptSource } from "./live-interview.js";

/**
 * The live sessions a server keeps: each one a live read (core/read/live-session.ts) fed either by a
 * caption file on this machine that a meeting tool keeps writing (followed as `debrief live` follows
 * it), or by text posted to it in pieces. A dashboard subscribes to a session's board; `finish` reads
 * the whole transcript as `debrief analyze` reads a file. Sessions live in memory only: at most
 * `maxSessions`, and one that nobody watches and nothing touched for `idleMs` is dropped.
 *
 * A session belongs to the page that started it: its id is a random UUID that only that page is
 * told, no route lists sessions, and every route of a session needs its id. A file is followed only
 * inside the caption folders the server was started with (see caption-folders.ts).
 */

/** What the live page shows: the read so far, where the interview stands, the signals heard. */
export interface LiveBoard {
  /** True until the session is finished: the band is "so far". */
  provisional: boolean;
  band: Band;
  score: number;
  /** Too little heard yet to read: the band says little. */
  thin?: true;
  summary: string;
  turns: number;
  elapsedMinutes?: number;
  scheduledMinutes?: number;
  /** Every signal shown, as first heard; minute and quote of the words that show it. */
  signals: LiveSignalNote[];
  talkShare: { speaker: string; share: number; isCandidate: boolean }[];
}

export type LiveBoardEvent =
  | { type: "update"; board: LiveBoard }
  | { type: "final"; board: LiveBoard }
  /** The session was dropped (the server closes, or it was idle): nothing more will come. */
  | { type: "closed" };

export interface LiveFinish {
  board: LiveBoard;
  /** The whole transcript read as `debrief analyze --json` prints it. */
  final: ContractJson;
  warnings: string[];
}

export interface StartLive {
  /** The candidate's name as the transcript writes it. */
  me?: string;
  /** A caption file to follow; without it, text is posted to the session. */
  path?: string;
  /** The calendar invite (.ics): the scheduled slot to measure against, and who the candidate is. */
  invite?: Upload;
  /** ISO time the session starts at. */
  now: string;
}

export interface LiveSessionsOptions {
  /** ISO time of each update and of the final read. */
  now: () => string;
  maxSessions?: number;
  /** A session that nobody watches, untouched this long, is dropped (default ten minutes). */
  idleMs?: number;
  /** The folders caption files may be followed in (`serve --captions`); none: no file is followed. */
  captionFolders?: CaptionFolders;
  /** When every place is taken, a session nobody watches, untouched this long, gives way (default a minute). */
  unwatchedMs?: number;
  /** How often a followed file is looked at (ms). */
  pollMs?: number;
}

export interface LiveSessions {
  /** The folders caption files may be followed in (real paths); empty when none was named. */
  captionFolders(): string[];
  start(input: StartLive): Promise<{ id: string }>;
  /** Reads a piece of posted text (cut anywhere); the board after it. */
  append(id: string, text: string): LiveBoard;
  board(id: string): LiveBoard;
  /** Calls `listener` with every update, the final read, and "closed"; returns the function that stops it. */
  subscribe(id: string, listener: (event: LiveBoardEvent) => void): () => void;
  finish(id: string): Promise<LiveFinish>;
  /**
   * What a finished session read, to file in the workspace: the transcript as read and the invite,
   * and the candidate's name. Finishes the session first if it is not finished.
   */
  files(id: string): Promise<{ uploads: Upload[]; me?: string }>;
  /** Stops every session: files are no longer followed, subscribers hear "closed". */
  close(): Promise<void>;
}

export const MAX_LIVE_SESSIONS = 8;
export const LIVE_IDLE_MS = 600_000;
const UNWATCHED_MS = 60_000;

/** The board of a snapshot: the signals' minutes fall back to the clock's elapsed time. */
export function toLiveBoard(snapshot: LiveSnapshot): LiveBoard {
  const elapsed = snapshot.elapsed?.minutes;
  return {
    provisional: snapshot.provisional,
    band: snapshot.read.band,
    score: snapshot.read.score,
    ...(snapshot.read.thin ? { thin: true as const } : {}),
    summary: snapshot.read.summary,
    turns: snapshot.turns,
    ...(elapsed === undefined ? {} : { elapsedMinutes: Math.floor(elapsed) }),
    ...(snapshot.scheduledMinutes === undefined ? {} : { scheduledMinutes: snapshot.scheduledMinutes }),
    signals: snapshot.signals.map((s) => noteOf(s, elapsed === undefined ? undefined : Math.floor(elapsed))),
    talkShare: snapshot.talkShare.map((t) => ({
      speaker: t.speaker,
      share: t.share,
      isCandidate: t.isCandidate,
    })),
  };
}

interface Entry {
  session: LiveSession;
  source: string;
  me: string | undefined;
  /** The invite given at the start, read again with the whole transcript and filed with it. */
  invite?: Upload;
  /** The transcript as the final read read it, once finished. */
  transcript?: Upload;
  touched: number;
  listeners: Set<(event: LiveBoardEvent) => void>;
  /** Posted text: its follower and the text so far. */
  posted?: { follower: TranscriptFollower; text: string };
  /** A followed file: stop it, and what it read. */
  followed?: { stop: AbortController; done: Promise<Followed> };
  finished?: Promise<LiveFinish> | undefined;
  unsubscribe: () => void;
}

function noSuchSession(id: string): InputError {
  return new InputError("no-such-session", `no live session ${JSON.stringify(id.slice(0, 80))}`);
}

/** How many sessions may run, and after how long one nobody watches is dropped. */
interface Limits {
  max: number;
  idleMs: number;
  unwatchedMs: number;
}

/** Stops a session and tells its subscribers it is closed. */
async function drop(entries: Map<string, Entry>, id: string): Promise<void> {
  const entry = entries.get(id);
  if (!entry) return;
  entries.delete(id);
  entry.unsubscribe();
  entry.followed?.stop.abort();
  await entry.followed?.done.catch(() => undefined);
  for (const listener of [...entry.listeners]) listener({ type: "closed" });
  entry.listeners.clear();
}

/** How long nobody has watched the session and nothing touched it (-1 while it is watched). */
function unwatchedFor(e: Entry, at: number): number {
  return e.listeners.size > 0 ? -1 : at - e.touched;
}

/**
 * Drops idle sessions; then, while there is no room, the oldest finished ones, then the longest
 * unwatched (so sessions started and left by another program hold no place for long).
 */
async function makeRoom(entries: Map<string, Entry>, limits: Limits): Promise<void> {
  const at = Date.now();
  for (const [id, e] of entries) if (unwatchedFor(e, at) >= limits.idleMs) await drop(entries, id);
  const oldestFirst = (list: [string, Entry][]) => list.sort(([, a], [, b]) => a.touched - b.touched);
  const finished = oldestFirst([...entries].filter(([, e]) => e.finished));
  while (entries.size >= limits.max && finished.length > 0) await drop(entries, finished.shift()?.[0] ?? "");
  const unwatched = oldestFirst([...entries].filter(([, e]) => unwatchedFor(e, at) >= limits.unwatchedMs));
  while (entries.size >= limits.max && unwatched.length > 0)
    await drop(entries, unwatched.shift()?.[0] ?? "");
  if (entries.size >= limits.max)
    throw new InputError(
      "too-many-sessions",
      `${limits.max} live sessions are running; finish one before starting another`,
    );
}

/** A new session's entry: its read, what it passes on to subscribers, and the file or the posts it reads. */
function openEntry(
  input: StartLive,
  path: string | undefined,
  invite: { invites: InviteDoc[]; upload: Upload } | undefined,
  options: LiveSessionsOptions,
  idleMs: number,
): Entry {
  const source = transcriptSource(path);
  const me = input.me?.trim() || undefined;
  const session = createLiveSession({
    source,
    now: input.now,
    ...(me ? { me } : {}),
    ...(invite ? { invite: invite.invites } : {}),
  });
  const entry: Entry = {
    session,
    source,
    me,
    ...(invite ? { invite: invite.upload } : {}),
    touched: Date.now(),
    listeners: new Set(),
    unsubscribe: () => {},
  };
  entry.unsubscribe = session.subscribe((event) => {
    entry.touched = Date.now();
    const out: LiveBoardEvent = { type: event.type, board: toLiveBoard(event.snapshot) };
    for (const listener of [...entry.listeners]) listener(out);
  });
  if (path === undefined) {
    entry.posted = { follower: followTranscript(source), text: "" };
  } else {
    const stop = new AbortController();
    const done = followFile(
      path,
      { onUtterances: (utterances) => session.addUtterances(utterances, options.now()) },
      {
        source,
        signal: stop.signal,
        idleMs,
        confineTo: options.captionFolders?.roots ?? [],
        ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
      },
    );
    done.catch(() => undefined);
    entry.followed = { stop, done };
  }
  return entry;
}

/** Posted text read on: the board after it. */
function appendText(entry: Entry, text: string, now: () => string): LiveBoard {
  if (!entry.posted)
    throw new InputError("not-posted", "this session follows a file; text cannot be posted to it");
  if (entry.finished) throw new InputError("finished", "this session is finished; start another");
  entry.posted.text += text;
  const utterances = entry.posted.follower.push(text);
  if (utterances.length > 0) entry.session.addUtterances(utterances, now());
  return toLiveBoard(entry.session.snapshot());
}

/** The whole transcript a session read, the file stopped or the posts ended, with what went wrong reading it. */
async function readTranscript(
  entry: Entry,
  now: () => string,
): Promise<{ text: string; warnings: string[] }> {
  if (entry.followed) {
    entry.followed.stop.abort();
    const followed = await entry.followed.done;
    return { text: followed.text, warnings: followed.warnings };
  }
  const posted = entry.posted ?? { follower: followTranscript(entry.source), text: "" };
  const rest = posted.follower.end();
  if (rest.length > 0) entry.session.addUtterances(rest, now());
  const text = posted.text;
  const warnings = posted.follower.warnings.map(formatProblem);
  if (entry.session.snapshot().turns === 0) {
    // Nothing came of the text: read it again as it goes on, for a later finish.
    posted.follower = followTranscript(entry.source);
    posted.follower.push(text);
  }
  return { text, warnings };
}

/** The end of a session: its last board, and the whole transcript (with the invite) read as a case. */
async function readWhole(entry: Entry, clock: () => string): Promise<LiveFinish> {
  const { text, warnings } = await readTranscript(entry, clock);
  if (entry.session.snapshot().turns === 0) {
    throw new InputError(
      "nothing-read",
      "no complete utterance was read",
      "give a transcript as WebVTT or SubRip captions, or lines like 'Name: what they said'",
    );
  }
  const now = clock();
  const snapshot = entry.session.finish(now);
  const transcript = { name: entry.source, bytes: new TextEncoder().encode(text) };
  const result = await analyzeUploads([transcript, ...(entry.invite ? [entry.invite] : [])], {
    now,
    ...(entry.me ? { me: entry.me } : {}),
  });
  entry.transcript = transcript;
  return {
    board: toLiveBoard(snapshot),
    final: toContractJson(result),
    warnings: [...warnings, ...result.warnings],
  };
}

/** Starts a session on a caption file inside the caption folders, or on text to be posted. */
async function startSession(
  entries: Map<string, Entry>,
  limits: Limits,
  options: LiveSessionsOptions,
  input: StartLive,
): Promise<{ id: string }> {
  const path =
    input.path === undefined
      ? undefined
      : await resolveCaptionPath(input.path, options.captionFolders ?? { roots: [] });
  const invite = input.invite ? await readInviteUpload(input.invite, input.invite.name) : undefined;
  await makeRoom(entries, limits);
  const entry = openEntry(input, path, invite, options, limits.idleMs);
  const id = randomUUID();
  entries.set(id, entry);
  return { id };
}

export function createLiveSessions(options: LiveSessionsOptions): LiveSessions {
  const limits: Limits = {
    max: options.maxSessions ?? MAX_LIVE_SESSIONS,
    idleMs: options.idleMs ?? LIVE_IDLE_MS,
    unwatchedMs: options.unwatchedMs ?? UNWATCHED_MS,
  };
  const entries = new Map<string, Entry>();

  const get = (id: string): Entry => {
    const entry = entries.get(id);
    if (!entry) throw noSuchSession(id);
    entry.touched = Date.now();
    return entry;
  };

  const finish = (id: string): Promise<LiveFinish> => {
    const entry = get(id);
    if (!entry.finished) {
      const finished = readWhole(entry, () => options.now());
      entry.finished = finished;
      // Nothing read yet: the session goes on, and may be finished later.
      finished.catch(() => {
        if (entry.finished === finished) entry.finished = undefined;
      });
    }
    return entry.finished;
  };

  return {
    captionFolders: () => [...(options.captionFolders?.roots ?? [])],
    start: (input) => startSession(entries, limits, options, input),
    append: (id, text) => appendText(get(id), text, () => options.now()),
    board: (id) => toLiveBoard(get(id).session.snapshot()),
    subscribe(id, listener) {
      const entry = get(id);
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    finish,
    async files(id) {
      const entry = get(id);
      await finish(id);
      const transcript = entry.transcript;
      if (!transcript) throw new InputError("nothing-read", "no complete utterance was read");
      return {
        uploads: [transcript, ...(entry.invite ? [entry.invite] : [])],
        ...(entry.me ? { me: entry.me } : {}),
      };
    },
    async close() {
      await Promise.all([...entries.keys()].map((id) => drop(entries, id)));
    },
  };
}
