import { createHash } from "node:crypto";
import { mkdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Store } from "./open-workspace.js";
import { writeFileAtomically } from "./write-file-atomically.js";

/**
 * The deletes that can still be undone, kept on disk beside their exports so that a server restart (or
 * a second server over the same workspace) still honours the window: one small JSON file per workspace
 * in the keep folder, read on each use. An entry whose window has closed, or whose export is gone, is
 * no longer offered; the export itself stays, to import by hand.
 */
export interface DeletedApplication {
  applicationId: number;
  company: string;
  /** The export `deleteApplication` kept of its rows. */
  keptAt: string;
  deletedAt: string;
  restorableUntil: string;
}

const FORMAT = "debrief-recently-deleted";

/**
 * The list's file: named for the workspace it belongs to (two SQLite files beside each other share a
 * keep folder, and must not restore into each other), by a hash of its location, password hidden.
 */
export function recentlyDeletedFile(store: Store, keepFolder: string): string {
  const key = createHash("sha256").update(`${store.conn.dialect}:${store.conn.location}`).digest("hex");
  return join(keepFolder, `debrief-recently-deleted-${key.slice(0, 16)}.json`);
}

/** Writes to one file, one at a time (a request's read-change-write is not interleaved with another's). */
const queues = new Map<string, Promise<unknown>>();
function serially<T>(file: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(file) ?? Promise.resolve()).then(work, work);
  queues.set(
    file,
    run.catch(() => undefined),
  );
  return run;
}

async function readEntries(file: string): Promise<DeletedApplication[]> {
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (text === undefined) return [];
  try {
    const document = JSON.parse(text) as { format?: unknown; entries?: unknown };
    if (document.format !== FORMAT || !Array.isArray(document.entries)) return [];
    return document.entries.filter(isEntry);
  } catch {
    // A damaged list offers nothing to undo; the exports beside it are untouched.
    return [];
  }
}

function isEntry(e: unknown): e is DeletedApplication {
  const o = e as Partial<DeletedApplication> | null;
  return (
    typeof o === "object" &&
    o !== null &&
    typeof o.applicationId === "number" &&
    typeof o.company === "string" &&
    typeof o.keptAt === "string" &&
    typeof o.deletedAt === "string" &&
    typeof o.restorableUntil === "string"
  );
}

async function writeEntries(file: string, keepFolder: string, entries: DeletedApplication[]): Promise<void> {
  await mkdir(keepFolder, { recursive: true });
  await writeFileAtomically(file, `${JSON.stringify({ format: FORMAT, version: 1, entries }, null, 1)}\n`);
}

const isOpen = (e: DeletedApplication, now: string) => e.restorableUntil >= now;

export interface RecentlyDeleted {
  /** Notes a delete just made; closed windows are dropped from the file on the way. */
  remember(entry: DeletedApplication, now: string): Promise<void>;
  /** The deletes whose window is open and whose export is still there, the newest first. */
  list(now: string): Promise<DeletedApplication[]>;
  /** The open entry for an application, if any. */
  find(applicationId: number, now: string): Promise<DeletedApplication | undefined>;
  /** Drops an application's entry (put back, or its export gone). */
  forget(applicationId: number): Promise<void>;
}

export function recentlyDeleted(store: Store, keepFolder: string): RecentlyDeleted {
  const file = recentlyDeletedFile(store, keepFolder);
  const exists = async (e: DeletedApplication) => (await stat(e.keptAt).catch(() => undefined)) !== undefined;
  return {
    remember: (entry, now) =>
      serially(file, async () => {
        const kept = (await readEntries(file)).filter(
          (e) => isOpen(e, now) && e.applicationId !== entry.applicationId,
        );
        await writeEntries(file, keepFolder, [...kept, entry]);
      }),
    async list(now) {
      const open = (await readEntries(file)).filter((e) => isOpen(e, now));
      const there = await Promise.all(open.map(exists));
      return open
        .filter((_, i) => there[i])
        .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || b.applicationId - a.applicationId);
    },
    async find(applicationId, now) {
      return (await readEntries(file)).find((e) => e.applicationId === applicationId && isOpen(e, now));
    },
    forget: (applicationId) =>
      serially(file, async () => {
        const entries = await readEntries(file);
        const rest = entries.filter((e) => e.applicationId !== applicationId);
        if (rest.length !== entries.length) await writeEntries(file, keepFolder, rest);
      }),
  };
}
