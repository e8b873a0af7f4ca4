import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Doc } from "../src/core/read/documents.js";

/**
 * The outcome bank (fixtures/outcome-bank.jsonl): sentences written blind, each a candidate's notes or
 * a company's mail, and whether it reports a decision. Read by its test and by `npm run eval`.
 */
export interface BankRow {
  text: string;
  source: "notes" | "email";
  outcome: "offer-made" | "rejected" | "none";
  kind: string;
}

export function readOutcomeBank(): BankRow[] {
  return readFileSync(join(import.meta.dirname, "fixtures", "outcome-bank.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as BankRow);
}

/** The candidate whose notes and mail the bank's sentences are. */
export const BANK_CANDIDATE = "Robin Vale";

/** A bank sentence as a document: the candidate's notes, or a recruiter's mail to them. */
export function bankDoc(row: BankRow): Doc {
  if (row.source === "notes") return { kind: "notes", source: "notes.md", text: row.text };
  return {
    kind: "email",
    source: "update.eml",
    from: { name: "Dana Whitfield", email: "dana@northwind.example" },
    to: [{ name: BANK_CANDIDATE, email: "robin@mail.example" }],
    cc: [],
    references: [],
    subject: "Your application",
    date: "2026-05-20T10:00:00Z",
    text: row.text,
  };
}
