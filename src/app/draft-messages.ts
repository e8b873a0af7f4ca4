import { draftStatusCheck, type StatusCheckDraft } from "../core/draft/draft-status-check.js";
import { draftThankYou, type ThankYouDraft } from "../core/draft/draft-thank-you.js";
import { lookupPerson } from "../core/draft/find-interviewers.js";
import { formatEml } from "../core/draft/format-eml.js";
import { isFromCandidate, sameName } from "../core/people/identify-candidate-mail.js";
import { identifyPeople, type People } from "../core/people/identify-people.js";
import type { Analysis } from "../core/read/analyze-interview.js";
import type { Doc, Person } from "../core/read/documents.js";
import { buildTimeline } from "../core/timeline/build-timeline.js";
import { readAndAnalyze } from "./analyze-case.js";

export interface DraftOptions {
  /** ISO time the drafts are made at: the read's "now", and the Date of the .eml. */
  now: string;
  /** The candidate's name (or address), as with `debrief analyze --me`. */
  me?: string;
  /** The reader's IANA zone, for an invite's floating times (the machine's when not given). */
  timeZone?: string;
  /** Only the interviewer (thank-you) or the recipient (status check) of this name. */
  to?: string;
  /** Notes given on standard input ("-"). */
  stdinNotes?: string;
  /** The promised date, where the caller knows it (status check). */
  promisedDue?: string;
}

/** A draft and the RFC 5322 message a mail client opens as a draft of it. */
export interface Drafted<T> {
  draft: T;
  eml: string;
}

interface CaseRead {
  analysis: Analysis;
  docs: Doc[];
  warnings: string[];
  skipped: { source: string; reason: string }[];
  /** True when nothing at all could be read. */
  isEmpty: boolean;
  /** The candidate as a sender: their name and, where the inputs show it, their address. */
  from?: Person;
  /** Who is who: the candidate, the interviewers, recruiters, organisers. */
  people: People;
}

export interface ThankYouResult extends Omit<CaseRead, "docs" | "people"> {
  drafts: Drafted<ThankYouDraft>[];
  /** Every interviewer found, before `to` picked one. */
  interviewers: string[];
  /** Set when `to` names nobody among the interviewers. */
  unmatchedTo?: string;
}

export interface StatusCheckResult extends Omit<CaseRead, "docs" | "people"> {
  drafted: Drafted<StatusCheckDraft>;
}

/** The candidate's own address: given with --me, on the invite, or on mail they sent. */
function senderOf(docs: Doc[], candidate: string[], me: string | undefined): Person | undefined {
  const given = me?.trim();
  if (given?.includes("@")) return { email: given };
  const name = given || candidate[0];
  if (!name) return undefined;
  const known = lookupPerson(docs, name);
  const sent = docs.find(
    (d) => d.kind === "email" && isFromCandidate(d, { names: [name], addresses: [] }) && d.from?.email,
  );
  const email = known?.email ?? (sent?.kind === "email" ? sent.from?.email : undefined);
  return { name, ...(email ? { email } : {}) };
}

async function readCase(paths: string[], options: DraftOptions): Promise<CaseRead> {
  const { files, analysis, docs } = await readAndAnalyze(paths, options);
  const people = identifyPeople(docs, analysis, options.me);
  const from = senderOf(docs, people.candidate.names, options.me);
  return {
    analysis,
    docs,
    people,
    warnings: [...files.warnings, ...(people.warning ? [people.warning] : [])],
    skipped: files.skipped,
    isEmpty: files.docs.length === 0 && files.context === undefined,
    ...(from ? { from } : {}),
  };
}

function candidateName(options: DraftOptions): { candidateName: string } | Record<string, never> {
  const me = options.me?.trim();
  return me && !me.includes("@") ? { candidateName: me } : {};
}

/** Reads a case and drafts a thank-you note per interviewer: the use case behind `debrief draft thank-you`. */
export async function draftThankYouFor(paths: string[], options: DraftOptions): Promise<ThankYouResult> {
  const { docs, people, ...read } = await readCase(paths, options);
  const all = draftThankYou({
    docs,
    analysis: read.analysis,
    candidateNames: people.candidate.names,
    ...candidateName(options),
  });
  const wanted = options.to?.trim();
  const picked = wanted ? all.filter((d) => sameName(d.to.name, wanted)) : all;
  const drafts = picked.map((draft) => ({
    draft,
    eml: formatEml({
      ...(read.from ? { from: read.from } : {}),
      to: [draft.to],
      subject: draft.subject,
      body: draft.body,
      date: options.now,
    }),
  }));
  return {
    ...read,
    drafts,
    interviewers: all.map((d) => d.to.name),
    ...(wanted && picked.length === 0 ? { unmatchedTo: wanted } : {}),
  };
}

/** Reads a case and drafts the status check for a promised date that has passed: `debrief draft status-check`. */
export async function draftStatusCheckFor(
  paths: string[],
  options: DraftOptions,
): Promise<StatusCheckResult> {
  const { docs, people, ...read } = await readCase(paths, options);
  const me = people.candidate.names[0];
  const draft = draftStatusCheck({
    docs,
    analysis: read.analysis,
    now: options.now,
    // The plan's timeline: the draft names the promise the plan's status check rests on, and no other.
    ...(options.promisedDue
      ? {}
      : { timeline: buildTimeline({ docs, analysis: read.analysis, now: options.now, people }) }),
    ...(me ? { candidateName: me } : {}),
    ...candidateName(options),
    ...(options.promisedDue ? { promisedDue: options.promisedDue } : {}),
    ...(options.to?.trim() ? { to: options.to.trim() } : {}),
  });
  const eml = formatEml({
    ...(read.from ? { from: read.from } : {}),
    to: draft.to.name || draft.to.email ? [draft.to] : [],
    subject: draft.subject,
    body: draft.body,
    ...(draft.inReplyTo ? { inReplyTo: draft.inReplyTo } : {}),
    ...(draft.references ? { references: draft.references } : {}),
    date: options.now,
  });
  return { ...read, drafted: { draft, eml } };
}
