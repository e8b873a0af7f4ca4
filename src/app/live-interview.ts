import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { InviteDoc } from "../core/read/documents.js";
import { createLiveSession, type LiveSession, type LiveSnapshot } from "../core/read/live-session.js";
import { kindOfFile } from "../ingest/kind-of-file.js";
import { readUploads, type Upload } from "../ingest/read-case-folder.js";
import type { AddHooks, AddOptions, AddReport } from "./add-to-workspace.js";
import { addToWorkspace } from "./add-to-workspace.js";
import { analyzeUploads, type CaseAnalysis } from "./analyze-case.js";
import { type Followed, followFile, followStream } from "./follow-file.js";
import { InputError } from "./input-error.js";
import type { Store } from "./open-workspace.js";

/**
 * `debrief live`: the read of an interview while its transcript is written. A live session (see
 * core/read/live-session.ts) reads each utterance as the follower gives it; when the transcript stops, the
 * whole of it is read as `debrief analyze` reads a file, with the next steps, and may be filed in
 * the workspace. A board, or a server sending events, subscribes to `session`.
 */
export interface LiveInterviewOptions {
  /** The transcript file to follow, or "-" for `stdin`. */
  path: string;
  stdin?: AsyncIterable<string | Uint8Array>;
  me?: string;
  /** The calendar invite: the scheduled slot, and who the candidate is. */
  invitePath?: string;
  /** Stop after this long without new text (ms). */
  idleMs?: number;
  pollMs?: number;
  /** Stop now (Ctrl-C): the read so far becomes the final read. */
  signal?: AbortSignal;
  /** The ISO time of each update, and of the final read. */
  now: () => string;
  /** The file was truncated or replaced while followed. */
  onRestart?: (why: "truncated" | "replaced") => void;
}

export interface LiveInterview {
  /** The live read: subscribe to it for every update and the final read. */
  session: LiveSession;
  /** The name the read cites the transcript by. */
  source: string;
  /** Follows the transcript until it stops, then reads it whole. */
  run(): Promise<LiveResult>;
}

export interface LiveResult {
  /** The whole transcript read as `debrief analyze` reads it, with the plan. */
  final: CaseAnalysis;
  /** The live session's last state. */
  snapshot: LiveSnapshot;
  followed: Followed;
  /** The transcript as read, as a file named `transcript.<vtt|srt|txt>`, to store. */
  transcript: Upload;
  invite?: Upload;
}

const EXTENSION = { vtt: "vtt", srt: "srt", text: "txt" } as const;

/** Reads the invite file: its events, and the file to read it again from. */
async function readInvite(path: string): Promise<{ invites: InviteDoc[]; upload: Upload }> {
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(
      "invite-not-found",
      `--invite ${JSON.stringify(path)}: ${e.code === "ENOENT" ? "no such file" : `cannot be read (${e.code ?? e.message})`}`,
      "give the calendar invite as an .ics file",
    );
  });
  const upload = { name: basename(path), bytes: new Uint8Array(bytes) };
  return readInviteUpload(upload, `--invite ${JSON.stringify(path)}`);
}

/**
 * The events of an invite given as a file's name and bytes (`debrief live --invite`, the Live page);
 * a clear `bad-invite` error when it holds none. `label` says which input it was.
 */
export async function readInviteUpload(
  given: Upload,
  label: string,
): Promise<{ invites: InviteDoc[]; upload: Upload }> {
  const name = kindOfFile(given.name) === "invite" ? given.name : "invite.ics";
  const upload = { name, bytes: given.bytes };
  const read = await readUploads([upload]);
  const invites = read.docs.filter((d): d is InviteDoc => d.kind === "invite");
  if (invites.length === 0) {
    throw new InputError(
      "bad-invite",
      `${label}: ${read.skipped[0]?.reason ?? "no event in it"}`,
      "give the calendar invite as an .ics file (export it from the calendar)",
    );
  }
  return { invites, upload };
}

/** A caption file to follow must be there and be a file: a clear input error otherwise. */
export async function checkCaptionFile(path: string, hint: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new InputError("not-found", `${JSON.stringify(path)}: no such file`, hint);
  if (!info.isFile()) throw new InputError("not-a-file", `${JSON.stringify(path)} is not a file`);
}

/** The name a live transcript is read under: the file's, if it reads as a transcript, else transcript.txt. */
export function transcriptSource(path: string | undefined): string {
  const base = path === undefined ? "" : basename(path);
  return kindOfFile(base) === "transcript" ? base : "transcript.txt";
}

/** Checks the inputs and starts the live session; nothing is followed until `run()`. */
export async function startLiveInterview(options: LiveInterviewOptions): Promise<LiveInterview> {
  const isStdin = options.path === "-";
  if (!isStdin)
    await checkCaptionFile(
      options.path,
      "give the caption file the meeting tool writes, or - to read lines from standard input",
    );
  const invite = options.invitePath === undefined ? undefined : await readInvite(options.invitePath);
  const source = transcriptSource(isStdin ? undefined : options.path);
  const session = createLiveSession({
    source,
    now: options.now(),
    ...(options.me ? { me: options.me } : {}),
    ...(invite ? { invite: invite.invites } : {}),
  });

  const run = async (): Promise<LiveResult> => {
    const hooks = {
      onUtterances: (utterances: Parameters<LiveSession["addUtterances"]>[0]) => {
        session.addUtterances(utterances, options.now());
      },
      ...(options.onRestart ? { onRestart: options.onRestart } : {}),
    };
    const follow = {
      source,
      ...(options.idleMs !== undefined ? { idleMs: options.idleMs } : {}),
      ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    };
    const followed = isStdin
      ? await followStream(options.stdin ?? (async function* () {})(), hooks, follow)
      : await followFile(options.path, hooks, follow);
    const now = options.now();
    const snapshot = session.finish(now);
    const bytes = new TextEncoder().encode(followed.text);
    const final = await analyzeUploads([{ name: source, bytes }, ...(invite ? [invite.upload] : [])], {
      now,
      ...(options.me ? { me: options.me } : {}),
    });
    const ext = EXTENSION[followed.format ?? "text"];
    return {
      final,
      snapshot,
      followed,
      transcript: { name: `transcript.${ext}`, bytes },
      ...(invite ? { invite: invite.upload } : {}),
    };
  };

  return { session, source, run };
}

/** Files the interview that was followed: the transcript and the invite, as one round. */
export function saveLiveInterview(
  store: Store,
  result: LiveResult,
  options: AddOptions,
  hooks: AddHooks = {},
): Promise<AddReport> {
  const uploads = [result.transcript, ...(result.invite ? [result.invite] : [])];
  return addToWorkspace(store, { uploads }, options, hooks);
}
