import { InputError } from "./input-error.js";

/**
 * Failures of the machine, not of Debrief: a full disk, a read-only or forbidden place, a damaged
 * workspace file. They are told plainly, with what to do, as input errors are (exit 1), never as a
 * stack to report.
 */
const FILE_SYSTEM: Record<string, [string, string]> = {
  ENOSPC: ["the disk is full", "free some space, then run it again: nothing was half-written"],
  EDQUOT: ["the disk quota is used up", "free some space, then run it again"],
  EROFS: ["the file system is read-only", "write somewhere else (DEBRIEF_HOME, or another path)"],
  EACCES: ["permission denied", "check the path's permissions, or write somewhere else"],
  EPERM: ["the operation is not permitted", "check the path's permissions, or write somewhere else"],
  EIO: ["the disk reported an input/output error", "check the disk, then run it again"],
};

const SQLITE: Record<string, [string, string]> = {
  SQLITE_FULL: ["the disk is full", "free some space, then run it again: the last write was rolled back"],
  SQLITE_CORRUPT: [
    "the workspace file is damaged",
    "restore it from the copy beside it (debrief.sqlite.before-v*.bak) or from an export (debrief import); `debrief where` says where it is",
  ],
  SQLITE_NOTADB: [
    "the workspace file is not a Debrief workspace (or is damaged)",
    "restore it from the copy beside it (debrief.sqlite.before-v*.bak) or from an export (debrief import)",
  ],
  SQLITE_READONLY: [
    "the workspace cannot be written (read-only)",
    "check its permissions, or set DEBRIEF_HOME",
  ],
  SQLITE_IOERR: ["the disk reported an input/output error", "check the disk, then run it again"],
  SQLITE_CANTOPEN: [
    "the workspace file cannot be opened",
    "check its path and permissions (`debrief where`)",
  ],
};

/** The error as an input error when it is one of the machine's; undefined for a bug. */
export function environmentError(e: unknown): InputError | undefined {
  const code = (e as { code?: unknown } | undefined)?.code;
  if (typeof code !== "string") return undefined;
  const path = (e as { path?: unknown }).path;
  const where = typeof path === "string" ? `${path}: ` : "";
  const fs = FILE_SYSTEM[code];
  if (fs) return new InputError(code.toLowerCase(), `${where}${fs[0]}`, fs[1]);
  const base = Object.keys(SQLITE).find((k) => code === k || code.startsWith(`${k}_`));
  const db = base ? SQLITE[base] : undefined;
  if (db) return new InputError(code.toLowerCase(), db[0], db[1]);
  return undefined;
}
