import { constants } from "node:fs";
import { type FileHandle, open, realpath, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { Utterance } from "../core/read/documents.js";
import { followTranscript, type TranscriptFollower } from "../ingest/follow-transcript.js";
import { formatTranscript } from "../ingest/format-transcript.js";
import { formatProblem } from "../ingest/parse-result.js";
import type { TranscriptFormat } from "../ingest/parse-transcript.js";
import { isInside } from "./caption-folders.js";

/** What a follow tells as it goes. */
export interface FollowHooks {
  /** New utterances: complete, in order, each once (also across a truncated or replaced file). */
  onUtterances(utterances: Utterance[]): void;
  /** The file was truncated or replaced: it is read again from its start, and what was read is kept. */
  onRestart?(why: "truncated" | "replaced"): void;
}

export interface FollowOptions {
  /** How often the file is looked at, in ms (default 250). */
  pollMs?: number;
  /** Stop after this long without new text, in ms (default 300,000: five minutes). */
  idleMs?: number;
  /** Stop now (Ctrl-C). */
  signal?: AbortSignal;
  /** The name the transcript's evidence cites (default: the file's base name, or "stdin"). */
  source?: string;
  /**
   * Follow the file only while its real path lies inside one of these folders (real paths): checked
   * at every open, so a file swapped for a link out of them is not read.
   */
  confineTo?: readonly string[];
  /** Read at most this many bytes of the file (default 32 MiB); what comes after is left, with a warning. */
  maxBytes?: number;
}

/** Everything a follow read. */
export interface Followed {
  utterances: Utterance[];
  format: TranscriptFormat | undefined;
  /**
   * The transcript as read: the file's text; after a restart, the last file's text when it held
   * everything read before, else the utterances written out again (see `formatTranscript`).
   */
  text: string;
  restarts: number;
  endedBy: "idle" | "abort" | "end";
  /** Things read with reservations, one line each (`transcript.vtt:12: cue timing is not valid…`). */
  warnings: string[];
}

export const DEFAULT_POLL_MS = 250;
export const DEFAULT_IDLE_MS = 300_000;
/** The most read from the file at once; a big file already written is read in steps of this. */
const MAX_READ = 4 * 1024 * 1024;
/** Bytes read again before new ones, to tell a file that grew from one that was rewritten. */
const TAIL = 64;
/** The most of one file a follow reads: a 90-minute transcript is well under 1 MiB. */
export const MAX_FOLLOW_BYTES = 32 * 1024 * 1024;
/**
 * Opened without waiting (a FIFO would block the open for ever, and with it one of the few threads
 * that do all file work), and never through a link in the last component.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * Opens the followed file when it is a regular file (and, given `roots`, still inside them: the
 * open handle and the real path are the same file); else undefined, as if it were missing.
 */
async function openFollowed(
  path: string,
  roots: readonly string[] | undefined,
): Promise<{ handle: FileHandle; size: number; ino: number } | { refused: string } | undefined> {
  const handle = await open(path, OPEN_FLAGS).catch(() => undefined);
  if (!handle) return undefined;
  const keep = await (async () => {
    const info = await handle.stat();
    if (!info.isFile()) return { refused: "is not a regular file" };
    if (roots) {
      const real = await realpath(path).catch(() => undefined);
      const there = real === undefined ? undefined : await stat(real).catch(() => undefined);
      const inside = real !== undefined && isInside(real, roots);
      if (!inside || !there || there.ino !== info.ino || there.dev !== info.dev)
        return { refused: "now leads out of the caption folders" };
    }
    return { handle, size: info.size, ino: info.ino };
  })().catch(() => undefined);
  if (!keep || !("handle" in keep)) await handle.close();
  return keep;
}

/** Waits `ms`, or less when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((done) => {
    if (signal?.aborted) return done();
    const timer = setTimeout(finish, ms);
    function finish() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", finish);
      done();
    }
    signal?.addEventListener("abort", finish, { once: true });
  });
}

const keyOf = (u: Utterance) => `${u.start ?? ""}\u0000${u.speaker ?? ""}\u0000${u.text}`;

/**
 * What has been read, over every start of the file: each read has its own decoder and follower;
 * after a restart, utterances already read (same text, speaker and start) are not given again.
 */
function createIntake(source: string, hooks: FollowHooks) {
  const utterances: Utterance[] = [];
  const warnings: string[] = [];
  let restarts = 0;
  let format: TranscriptFormat | undefined;
  /** Utterances read before the current read began, by key, that the current read may give again. */
  let before = new Map<string, number>();
  let beforeCount = 0;
  let matched = 0;
  let decoder = new TextDecoder("utf-8");
  let follower: TranscriptFollower = followTranscript(source);
  let text = "";

  const take = (fresh: Utterance[]) => {
    const out: Utterance[] = [];
    for (const u of fresh) {
      const key = keyOf(u);
      const left = before.get(key) ?? 0;
      if (left > 0) {
        before.set(key, left - 1);
        matched++;
        continue;
      }
      out.push(u);
      utterances.push(u);
    }
    if (out.length > 0) hooks.onUtterances(out);
  };

  /** Ends the current read: the last line and cue it held back are complete now. */
  const endRead = () => {
    const rest = decoder.decode();
    text += rest;
    take([...follower.push(rest), ...follower.end()]);
    format ??= follower.format;
    for (const w of follower.warnings) warnings.push(formatProblem(w));
  };

  return {
    warn(line: string) {
      warnings.push(line);
    },
    feed(chunk: Uint8Array | string) {
      const piece = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
      text += piece;
      take(follower.push(piece));
    },
    restart(why: "truncated" | "replaced") {
      endRead();
      restarts++;
      hooks.onRestart?.(why);
      before = new Map();
      for (const u of utterances) before.set(keyOf(u), (before.get(keyOf(u)) ?? 0) + 1);
      beforeCount = utterances.length;
      matched = 0;
      decoder = new TextDecoder("utf-8");
      follower = followTranscript(source);
      text = "";
    },
    finish(endedBy: Followed["endedBy"]): Followed {
      endRead();
      // The last read holds everything when it gave again all that was read before it.
      if (restarts === 0 || matched === beforeCount)
        return { utterances, format, text, restarts, endedBy, warnings };
      const written = formatTranscript(utterances);
      return { utterances, format: written.format, text: written.text, restarts, endedBy, warnings };
    },
  };
}

/**
 * Follows a transcript file as a meeting tool writes it, by looking at it every `pollMs` (file
 * watching is unreliable across platforms and network drives): new bytes are read from where the last
 * read stopped. A file that got shorter, or was replaced by another (a new inode), is read again
 * from its start, and what was read before is not lost or given twice. A file that is briefly
 * missing (replaced by a rename) is waited for. Stops after `idleMs` without new text, or when
 * `signal` aborts; then the last line and cue, held back until now, are given too.
 */
export async function followFile(
  path: string,
  hooks: FollowHooks,
  options: FollowOptions = {},
): Promise<Followed> {
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const maxBytes = options.maxBytes ?? MAX_FOLLOW_BYTES;
  const source = options.source ?? basename(path);
  const intake = createIntake(source, hooks);
  let inode: number | undefined;
  let offset = 0;
  /** The last bytes read: the next read starts with them again, to see that the file was not rewritten. */
  let tail = Buffer.alloc(0);
  let lastGrowth = Date.now();
  const buffer = Buffer.alloc(MAX_READ + TAIL);
  /** Said once each: the file stopped being one that may be read; the cap was reached. */
  const said = new Set<string>();
  const warnOnce = (line: string) => {
    if (said.has(line)) return;
    said.add(line);
    intake.warn(line);
  };
  const restart = (why: "truncated" | "replaced") => {
    intake.restart(why);
    offset = 0;
    tail = Buffer.alloc(0);
  };
  for (;;) {
    if (options.signal?.aborted) return intake.finish("abort");
    const opened = await openFollowed(path, options.confineTo);
    if (opened && "refused" in opened) warnOnce(`${source}: ${opened.refused}; it is not read`);
    else if (opened) {
      const { handle } = opened;
      try {
        if (inode !== undefined && opened.ino !== inode) restart("replaced");
        else if (opened.size < offset) restart("truncated");
        inode = opened.ino;
        const size = Math.min(opened.size, maxBytes);
        if (opened.size > maxBytes)
          warnOnce(`${source}: only the first ${Math.round(maxBytes / 1048576)} MiB are read`);
        while (offset < size) {
          const back = tail.length;
          const { bytesRead } = await handle.read(
            buffer,
            0,
            Math.min(MAX_READ, size - offset) + back,
            offset - back,
          );
          if (bytesRead <= back) break;
          // Rewritten in place, longer than before: what was read is not there any more.
          if (!buffer.subarray(0, back).equals(tail)) {
            restart("truncated");
            continue;
          }
          offset += bytesRead - back;
          tail = Buffer.from(buffer.subarray(Math.max(0, bytesRead - TAIL), bytesRead));
          lastGrowth = Date.now();
          intake.feed(buffer.subarray(back, bytesRead));
        }
      } finally {
        await handle.close();
      }
    }
    if (Date.now() - lastGrowth >= idleMs) return intake.finish("idle");
    await sleep(pollMs, options.signal);
  }
}

/**
 * Follows a transcript given on a stream (standard input): `Name: text` lines, or captions, as they
 * come. Stops at the end of the stream, after `idleMs` without new text, or when `signal` aborts.
 */
export async function followStream(
  stream: AsyncIterable<string | Uint8Array>,
  hooks: FollowHooks,
  options: FollowOptions = {},
): Promise<Followed> {
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const intake = createIntake(options.source ?? "stdin", hooks);
  const chunks = stream[Symbol.asyncIterator]();
  let endedBy: Followed["endedBy"] | undefined;
  while (endedBy === undefined) {
    if (options.signal?.aborted) {
      endedBy = "abort";
      break;
    }
    // Waits for the next chunk, at most `idleMs`; an abort cuts the wait short.
    const wait = new AbortController();
    const onAbort = () => wait.abort();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const idle = sleep(idleMs, wait.signal).then(() => "idle" as const);
    const next = await Promise.race([chunks.next(), idle]);
    wait.abort();
    options.signal?.removeEventListener("abort", onAbort);
    if (next === "idle") endedBy = options.signal?.aborted ? "abort" : "idle";
    else if (next.done) return intake.finish("end");
    else intake.feed(next.value);
  }
  // Stopped before the stream ended: let it go, so an open standard input does not keep the process alive.
  chunks.return?.().catch(() => undefined);
  return intake.finish(endedBy);
}
