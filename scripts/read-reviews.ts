/**
 * Real outcomes: the Glassdoor interview reviews of ../shared/data (see its README), read as
 * notes, each with whether an offer followed. Shared by `npm run eval`, `npm run fit` and
 * `npm run bench`. The data is only read from the shared folder, never copied into the project.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { signalDef } from "../src/core/catalogue.js";
import { type Analysis, analyzeInterview } from "../src/core/read/analyze-interview.js";
import { type Read, type ScoreOptions, scoreRead } from "../src/core/read/score-read.js";
import type { Finding } from "../src/core/signals/evidence.js";
import type { SignalId } from "../src/core/signals/signal.js";

export const SHARED = process.env.DEBRIEF_SHARED ?? join(import.meta.dirname, "..", "..", "shared");
export const REVIEWS_PATH = join(SHARED, "data", "glassdoor", "reviews.jsonl");
/** The reviews carry no interview date; a fixed `now` keeps the read reproducible. */
export const REVIEW_NOW = "2026-06-01T12:00:00Z";

export interface Review {
  id: string;
  company: string;
  outcome: "accepted" | "declined" | "no-offer";
  text: string;
  states_outcome: boolean;
  split: "train" | "test";
}

/** All reviews, or none when the shared data is absent. */
export async function readReviews(path = REVIEWS_PATH): Promise<Review[]> {
  const text = await readFile(path, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Review);
}

/** The question to predict: an offer (accepted or declined) against none. */
export const isOffer = (r: Review): boolean => r.outcome === "accepted" || r.outcome === "declined";

/**
 * The records of one split that can measure a prediction: those whose text says the result
 * outright (`states_outcome`) are left out, as the read would only be repeating it.
 */
export function usableReviews(reviews: readonly Review[], split: Review["split"]): Review[] {
  return reviews.filter((r) => r.split === split && !r.states_outcome);
}

/** One review through the product's path: its text as the candidate's notes. */
export function analyzeReview(r: Review): Analysis {
  return analyzeInterview({ docs: [{ kind: "notes", source: r.id, text: r.text }], now: REVIEW_NOW });
}

export interface ReadReview {
  review: Review;
  offer: boolean;
  analysis: Analysis;
  findings: Finding[];
}

export function readReview(review: Review): ReadReview {
  const analysis = analyzeReview(review);
  const findings = analysis.signals.map((s) => ({ id: s.id, evidence: s.evidence }));
  return { review, offer: isOffer(review), analysis, findings };
}

/** The read again from the same findings and context, under other weights. */
export function rescore(r: ReadReview, options: ScoreOptions): Read {
  const ownSense = r.analysis.read.ownSense;
  return scoreRead(r.findings, r.analysis.context, { ...options, ...(ownSense ? { ownSense } : {}) });
}

/**
 * The model's features: for each signal that counts towards the score, its context factor
 * (the contribution's weight over its signed catalogue weight; 1 where no context rule applied,
 * 0 where the signal is absent). Presence with the context factors kept, so a fitted weight
 * plugs into the read exactly where the catalogue weight sits: contribution = weight × factor.
 */
export function featuresOf(analysis: Analysis): Map<SignalId, number> {
  const out = new Map<SignalId, number>();
  for (const c of analysis.read.contributions) {
    const sign = signalDef(c.id).polarity === "negative" ? -1 : 1;
    out.set(c.id, c.base === 0 ? 1 : c.weight / (sign * c.base));
  }
  return out;
}
