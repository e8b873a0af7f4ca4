import { createHash } from "node:crypto";
import { basename, resolve } from "node:path";
import type { ContextFacts, Doc, EmailDoc } from "../../core/read/documents.js";
import {
  givenUploads,
  type Kind,
  parseGivenFile,
  readGivenFiles,
  splitMboxFile,
  type Upload,
} from "../../ingest/read-case-folder.js";
import type { AddHooks, AddReport } from "./add-types.js";

// Reading what is given to add: every file, and every message of a mailbox, read and parsed first.

/** One file, or one message of a mailbox, read and parsed. */
export interface Entry {
  bundle: number;
  source: string;
  kind: Kind;
  bytes: Uint8Array;
  sha256: string;
  docs: Doc[];
  /** From a mailbox: filed by matching, never as part of a folder's round. */
  fromMailbox: boolean;
  hasContext: boolean;
  context?: ContextFacts;
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** What to file: paths on disk, or uploaded files and pasted notes (the dashboard's Save), one round. */
export type AddInput = string[] | { uploads: Upload[]; notes?: string };

/** Uploads and pasted notes (as notes.md) as the files of one round. */
function uploadedFiles(input: { uploads: Upload[]; notes?: string }): ReturnType<typeof givenUploads> {
  const notes =
    input.notes !== undefined && input.notes.trim() !== ""
      ? [{ name: "notes.md", bytes: new TextEncoder().encode(input.notes) }]
      : [];
  return givenUploads([...notes, ...input.uploads]);
}

export async function readEntries(
  input: AddInput,
  hooks: AddHooks,
  timeZone: string | undefined,
): Promise<{ entries: Entry[]; skipped: AddReport["skipped"]; warnings: string[] }> {
  const given = Array.isArray(input) ? await readGivenFiles(input) : uploadedFiles(input);
  const entries: Entry[] = [];
  const skipped = [...given.skipped];
  const warnings: string[] = [];
  const add = async (bundle: number, source: string, kind: Kind, bytes: Uint8Array, fromMailbox: boolean) => {
    const read = await parseGivenFile(source, bytes, kind, timeZone ? { timeZone } : {});
    warnings.push(...read.warnings);
    if (read.skipped.length > 0) {
      skipped.push(...read.skipped);
      return;
    }
    if (read.docs.length === 0 && !read.context) return;
    entries.push({
      bundle,
      source,
      kind,
      bytes,
      sha256: sha256(bytes),
      docs: read.docs,
      fromMailbox,
      hasContext: read.context !== undefined,
      ...(read.context ? { context: read.context } : {}),
    });
  };
  for (const [i, f] of given.files.entries()) {
    // A folder's files are named with the folder ("acme-onsite/notes.md"): two rounds' notes.md are two
    // sources, and a question about them can say which folder it means.
    const folder =
      f.bundle >= 0 && Array.isArray(input)
        ? basename(resolve(input[f.bundle] ?? "")) || "folder"
        : undefined;
    const source = folder ? `${folder}/${f.source}` : f.source;
    hooks.onProgress?.({ phase: "reading", done: i, total: given.files.length, source });
    if (f.kind !== "mbox") {
      await add(f.bundle, source, f.kind, f.bytes, false);
      continue;
    }
    const messages = splitMboxFile(source, f.bytes);
    let n = 0;
    for (let next = messages.next(); ; next = messages.next()) {
      if (next.done) {
        if (next.value) skipped.push({ source, reason: next.value });
        break;
      }
      await add(f.bundle, next.value.source, "email", next.value.bytes, true);
      if (++n % 200 === 0) hooks.onProgress?.({ phase: "reading", done: n, source });
    }
  }
  hooks.onProgress?.({ phase: "reading", done: given.files.length, total: given.files.length });
  return { entries, skipped, warnings };
}

export function emailOf(e: Entry): EmailDoc | undefined {
  return e.docs.find((d): d is EmailDoc => d.kind === "email");
}
