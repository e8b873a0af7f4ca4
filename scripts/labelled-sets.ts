/**
 * The labelled sets `npm run eval` measures and `npm run train` learns from: where they are, and
 * real texts (Glassdoor reviews, job-search threads) as the analyser's documents.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Doc } from "../src/core/read/documents.js";

export const SHARED = process.env.DEBRIEF_SHARED ?? join(import.meta.dirname, "..", "..", "shared");
export const EVAL = join(import.meta.dirname, "..", "eval");

export interface Review {
  id: string;
  text: string;
  outcome: string;
  split: string;
  states_outcome: boolean;
}
export interface Thread {
  id: string;
  company: string;
  messages: { kind: "email" | "candidate_account"; heading: string; text: string }[];
}

/** The real texts' labels tuned on (Glassdoor train split and the train threads), and those held out. */
export const TUNED_REAL_LABELS = [
  join(SHARED, "data", "labels", "real-dev.jsonl"),
  join(EVAL, "labels", "glassdoor-train.jsonl"),
  join(EVAL, "labels", "threads-train.jsonl"),
];
export const HELD_REAL_LABELS = [
  join(EVAL, "labels", "glassdoor-test.jsonl"),
  join(EVAL, "labels", "threads-test.jsonl"),
];

export async function readJsonl<T>(path: string): Promise<T[]> {
  const text = await readFile(path, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

/** A real thread as the analyser's documents: recruiter mail as email, the candidate's account as notes. */
export function threadDocs(t: Thread): Doc[] {
  return t.messages.map((m, i): Doc => {
    if (m.kind === "candidate_account") return { kind: "notes", source: `${t.id}#${i + 1}`, text: m.text };
    return {
      kind: "email",
      source: `${t.id}#${i + 1}`,
      from: { name: `${t.company} Recruiting` },
      to: [{ name: "Applicant" }],
      cc: [],
      references: [],
      subject: m.heading,
      text: m.text,
    };
  });
}

/** The documents of a labelled real text: a review as notes, a thread as its messages. */
export function realDocs(id: string, reviews: Map<string, Review>, threads: Map<string, Thread>): Doc[] {
  const review = reviews.get(id);
  if (review) return [{ kind: "notes", source: id, text: review.text }];
  const thread = threads.get(id);
  return thread ? threadDocs(thread) : [];
}
