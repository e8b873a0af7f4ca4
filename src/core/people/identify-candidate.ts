import type { Candidate } from "../detect/passages.js";
import type { Doc, TranscriptDoc, Utterance } from "../read/documents.js";
import { sameName } from "./identify-candidate-mail.js";
import { likeliestCandidateSender } from "./weigh-candidate-sender.js";

export interface CandidateIdentity extends Candidate {
  /** How the candidate was found: given with --me, or inferred (and from what). */
  how: "given" | "inferred" | "unknown";
  basis: string;
}

function domainOf(address: string | undefined): string | undefined {
  const at = address?.lastIndexOf("@") ?? -1;
  return at >= 0 ? address?.slice(at + 1).toLowerCase() : undefined;
}

/** What one speaker said, counted: words, question marks, and words about themselves or the other side. */
export interface SpeakerStats {
  words: number;
  questions: number;
  self: number;
  other: number;
}

/** A transcript's speakers counted, utterance by utterance: what identifying the candidate reads. */
export interface SpeakerTally {
  /** Every speaker named, in order of their first utterance. */
  speakers: Set<string>;
  /** The counts of each speaker with a name, in the same order. */
  stats: Map<string, SpeakerStats>;
  totalWords: number;
  totalQuestions: number;
}

export function emptyTally(): SpeakerTally {
  return { speakers: new Set(), stats: new Map(), totalWords: 0, totalQuestions: 0 };
}

/** Adds one utterance to a tally, in place; the tally of a transcript is its utterances added in order. */
export function tallyUtterance(tally: SpeakerTally, u: Utterance): void {
  if (u.speaker === undefined) return;
  tally.speakers.add(u.speaker);
  if (!u.speaker) return;
  const s = tally.stats.get(u.speaker) ?? { words: 0, questions: 0, self: 0, other: 0 };
  const words = u.text
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter(Boolean);
  const questions = (u.text.match(/\?/g) ?? []).length;
  s.words += words.length;
  s.questions += questions;
  for (const w of words) {
    if (w === "i" || w === "my" || w === "i'm" || w === "i've" || w === "i'd" || w === "me") s.self++;
    else if (w === "you" || w === "your" || w === "you're" || w === "you've" || w === "you'd") s.other++;
  }
  tally.totalWords += words.length;
  tally.totalQuestions += questions;
  tally.stats.set(u.speaker, s);
}

function tallyOf(doc: TranscriptDoc): SpeakerTally {
  const tally = emptyTally();
  for (const u of doc.utterances) tallyUtterance(tally, u);
  return tally;
}

/**
 * The transcript speaker who is being interviewed: they answer rather than ask, and talk about
 * "I" and "my" where interviewers talk about "you" and "your".
 */
function likeliestSpeaker(tally: SpeakerTally): string | undefined {
  const { totalWords, totalQuestions } = tally;
  let best: string | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [speaker, s] of tally.stats) {
    const voice = (s.self - s.other) / Math.max(1, s.self + s.other);
    const score = s.words / Math.max(1, totalWords) - s.questions / Math.max(1, totalQuestions) + voice;
    if (score > bestScore) {
      bestScore = score;
      best = speaker;
    }
  }
  return best;
}

/**
 * Who the candidate is: --me when given; else the invite's attendee outside the organizer's
 * domain, the sender of the thank-you note, or the transcript speaker who mostly answers.
 * `tallies` gives a transcript's speakers already counted (a live session keeps them as it reads);
 * by default they are counted here.
 */
export function identifyCandidate(
  docs: Doc[],
  me: string | undefined,
  tallies: (doc: TranscriptDoc) => SpeakerTally = tallyOf,
): CandidateIdentity {
  const names: string[] = [];
  const addresses: string[] = [];
  const add = (name?: string, address?: string) => {
    if (name && !names.some((n) => sameName(n, name))) names.push(name);
    if (address && !addresses.includes(address.toLowerCase())) addresses.push(address.toLowerCase());
  };
  if (me) {
    add(me.includes("@") ? undefined : me, me.includes("@") ? me : undefined);
    // Learn the address too, where the name sends mail or is invited.
    for (const doc of docs) {
      if (doc.kind === "email" && doc.from?.name && sameName(doc.from.name, me))
        add(undefined, doc.from.email);
      if (doc.kind === "invite")
        for (const a of doc.attendees) if (a.name && sameName(a.name, me)) add(undefined, a.email);
    }
    return { names, addresses, how: "given", basis: "--me" };
  }
  let basis = "";
  for (const doc of docs) {
    if (doc.kind !== "invite") continue;
    const orgDomain = domainOf(doc.organizer?.email);
    const outsiders = doc.attendees.filter((a) => domainOf(a.email) !== orgDomain);
    if (orgDomain && outsiders.length === 1) {
      add(outsiders[0]?.name, outsiders[0]?.email);
      basis ||= `the invite's outside attendee (${doc.source})`;
    }
  }
  const mails = docs
    .filter((d) => d.kind === "email")
    .sort((a, b) => Date.parse(a.date ?? "") - Date.parse(b.date ?? ""));
  const sender = names.length === 0 && addresses.length === 0 ? likeliestCandidateSender(mails) : undefined;
  if (sender) {
    add(sender.name, sender.email);
    const first = mails.find((m) => m.from === sender) ?? mails.find((m) => m.from?.email === sender.email);
    const writtenTo = mails.find((m) => m.to.some((p) => p.email && p.email === sender.email));
    basis ||= first
      ? `who writes as the candidate in the mail (${first.source})`
      : `the personal mailbox the company's mail is written to (${writtenTo?.source ?? "emails"})`;
  }
  for (const doc of docs) {
    if (doc.kind !== "transcript") continue;
    const tally = tallies(doc);
    const known = [...tally.speakers].find((s) => names.some((n) => sameName(n, s)));
    if (known) {
      add(known);
      continue;
    }
    const guess = likeliestSpeaker(tally);
    if (guess && names.length === 0) {
      add(guess);
      basis ||= `the speaker who answers most in ${doc.source}`;
    }
  }
  if (names.length === 0 && addresses.length === 0)
    return { names, addresses, how: "unknown", basis: "not found" };
  return { names, addresses, how: "inferred", basis };
}
