import { type CandidateMail, isFromCandidate, sameName } from "../people/identify-candidate-mail.js";
import type { Doc, EmailDoc } from "../read/documents.js";
import { companyDomain } from "./company-domain.js";
import { agencyClient, clientNamed } from "./hiring-services.js";
import { nameFitsDomain } from "./match-application.js";

/**
 * One process's mail is rarely more than a few hundred messages; past this many, the oldest are left
 * out (and the read says so) so that a whole mailbox export is read in bounded time and memory.
 */
export const MAX_PROCESS_MAIL = 1_000;

export interface ProcessMail {
  /** The documents to read: everything but mail that belongs to another process. */
  docs: Doc[];
  /** Mail left out as unrelated to this process, for the read to say so. */
  leftOut: EmailDoc[];
  /** What the selection rested on, for a person ("company domain acme.com from invite.ics"). */
  basis?: string;
}

/**
 * From a mailbox export of many unrelated messages, keeps those that belong to this process: mail
 * to or from the company's domain (known from the invite, the thank-you note's recipients, or the
 * people in the transcript), from or to the interviewers by name, and every message in a thread
 * with one of those. With nothing to anchor on, or a few messages only, everything is kept.
 */
export function selectProcessMail(docs: Doc[], candidate: CandidateMail): ProcessMail {
  return limitMail(selectByCompany(docs, candidate));
}

/** Keeps the most recent MAX_PROCESS_MAIL messages. */
function limitMail(selection: ProcessMail): ProcessMail {
  const mail = selection.docs.filter((d): d is EmailDoc => d.kind === "email");
  if (mail.length <= MAX_PROCESS_MAIL) return selection;
  const time = (m: EmailDoc) => Date.parse(m.date ?? "") || 0;
  const recent = new Set([...mail].sort((a, b) => time(b) - time(a)).slice(0, MAX_PROCESS_MAIL));
  const older = mail.filter((m) => !recent.has(m));
  return {
    docs: selection.docs.filter((d) => d.kind !== "email" || recent.has(d)),
    leftOut: [...selection.leftOut, ...older],
    basis: `${selection.basis ? `${selection.basis}; ` : ""}only the ${MAX_PROCESS_MAIL} most recent messages`,
  };
}

function isCandidateParty(p: { name?: string; email?: string }, candidate: CandidateMail): boolean {
  const email = p.email?.toLowerCase();
  return (
    (email !== undefined && candidate.addresses.includes(email)) ||
    (p.name !== undefined && candidate.names.some((n) => sameName(n, p.name ?? "")))
  );
}

/**
 * The words that name a process in a message's text: the first names of its people (not the
 * candidate's) and its company domains' names ("acmeworks.example" → "acmewo…"), as a test of a text.
 */
function namesOfProcess(
  parties: ({ name?: string; email?: string } | undefined)[],
  people: string[],
  domains: string[],
  candidate: CandidateMail,
): ((text: string) => boolean) | undefined {
  const words = new Set<string>();
  for (const p of parties) {
    if (!p?.name || isCandidateParty(p, candidate)) continue;
    const first = p.name.trim().split(/\s+/)[0] ?? "";
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(first)) words.add(first);
  }
  for (const name of people) {
    const first = name.trim().split(/\s+/)[0] ?? "";
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(first)) words.add(first);
  }
  const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const names = [...words].map((w) => `\\b${escapeRegExp(w)}\\b`);
  const companies = domains
    .map((d) => d.split(".")[0] ?? "")
    .filter((label) => label.length >= 4)
    .map((label) => `\\b${escapeRegExp(label.slice(0, 6))}`);
  const byName = names.length > 0 ? new RegExp(names.join("|"), "u") : undefined;
  const byCompany = companies.length > 0 ? new RegExp(companies.join("|"), "iu") : undefined;
  if (!byName && !byCompany) return undefined;
  return (text) => (byName?.test(text) ?? false) || (byCompany?.test(text) ?? false);
}

/** The companies an agency's mail among these is about ("my client, X", "a role with X at an agency"). */
function clientsOfAgencies(mail: EmailDoc[], candidate: CandidateMail): string[] {
  const out: string[] = [];
  for (const m of mail) {
    const domain = companyDomain(m.from?.email);
    if (!domain || isFromCandidate(m, candidate)) continue;
    const client = clientNamed(m) ?? agencyClient(m, domain);
    if (client && !nameFitsDomain(client, domain) && !out.includes(client)) out.push(client);
  }
  return out;
}

function selectByCompany(docs: Doc[], candidate: CandidateMail): ProcessMail {
  const mail = docs.filter((d): d is EmailDoc => d.kind === "email");
  if (mail.length <= 3) return { docs, leftOut: [] };
  const { domains, people } = processAnchors(docs, mail, candidate);
  if (domains.size === 0 && people.length === 0) return { docs, leftOut: [] };
  const isAnchored = (m: EmailDoc): boolean => {
    const parties = [m.from, ...m.to, ...m.cc];
    if (parties.some((p) => domains.has(companyDomain(p?.email) ?? ""))) return true;
    return parties.some((p) => p?.name !== undefined && people.some((n) => sameName(n, p.name ?? "")));
  };
  const kept = new Set(mail.filter(isAnchored));
  // An agency's process is its client's too: the client writes from its own domain (an invitation, the
  // decision), and that mail is the process's though it names neither the agency nor its people.
  const clients = clientsOfAgencies([...kept], candidate);
  if (clients.length > 0)
    for (const m of mail) {
      const domain = companyDomain(m.from?.email);
      if (!kept.has(m) && domain && clients.some((c) => nameFitsDomain(c, domain))) kept.add(m);
    }
  // Mail with the candidate that names the process's people or company comes along too: an agency or a
  // search firm writes from its own domain about "the debrief with Mark" or "Redgum's board".
  const named = namesOfProcess(
    [...kept].flatMap((m) => [m.from, ...m.to, ...m.cc]),
    people,
    [...domains.keys()],
    candidate,
  );
  if (named)
    for (const m of mail)
      if (
        !kept.has(m) &&
        [m.from, ...m.to, ...m.cc].some((p) => p && isCandidateParty(p, candidate)) &&
        named(m.text)
      )
        kept.add(m);
  addWholeThreads(kept, mail);
  const leftOut = mail.filter((m) => !kept.has(m));
  const basis = [
    ...[...domains.entries()].map(([domain, source]) => `${domain} (from ${source})`),
    ...people.slice(0, 3),
  ].join(", ");
  return { docs: docs.filter((d) => d.kind !== "email" || kept.has(d)), leftOut, basis };
}

/**
 * What marks the process's mail: the company's domains (each with the file it was read from) and the
 * people, from the invite's parties, the transcript's speakers and the candidate's thank-you note.
 */
function processAnchors(
  docs: Doc[],
  mail: EmailDoc[],
  candidate: CandidateMail,
): { domains: Map<string, string>; people: string[] } {
  const domains = new Map<string, string>();
  const people: string[] = [];
  for (const d of docs) {
    if (d.kind === "invite") {
      for (const p of [d.organizer, ...d.attendees]) {
        const domain = companyDomain(p?.email);
        if (domain && !candidate.addresses.some((a) => companyDomain(a) === domain))
          domains.set(domain, d.source);
        if (p?.name && !candidate.names.some((n) => sameName(n, p.name ?? ""))) people.push(p.name);
      }
    }
    if (d.kind === "transcript") {
      for (const u of d.utterances) {
        if (
          u.speaker &&
          !candidate.names.some((n) => sameName(n, u.speaker ?? "")) &&
          !people.includes(u.speaker)
        ) {
          people.push(u.speaker);
        }
      }
    }
  }
  // The candidate's thank-you note is addressed to the process.
  for (const m of mail) {
    if (!isFromCandidate(m, candidate) || !/\bthank/i.test(`${m.subject ?? ""} ${m.text.slice(0, 300)}`))
      continue;
    for (const p of m.to) {
      const domain = companyDomain(p.email);
      if (domain) domains.set(domain, m.source);
    }
  }
  return { domains, people };
}

/**
 * Whole threads come along: replies and the messages they answer, i.e. every message that shares an id
 * with one kept. Walked through an index of the ids: a pass over all mail per step of a reply chain was
 * quadratic (a chain of 4,000 replies took 4 s).
 */
function addWholeThreads(kept: Set<EmailDoc>, mail: EmailDoc[]): void {
  const idsOf = (m: EmailDoc) =>
    [m.messageId, m.inReplyTo, ...m.references].filter((id): id is string => Boolean(id));
  const withId = new Map<string, EmailDoc[]>();
  for (const m of mail) {
    for (const id of idsOf(m)) {
      const list = withId.get(id);
      if (list) list.push(m);
      else withId.set(id, [m]);
    }
  }
  const queue = [...kept];
  for (const k of queue) {
    for (const id of idsOf(k)) {
      for (const m of withId.get(id) ?? []) {
        if (kept.has(m)) continue;
        kept.add(m);
        queue.push(m);
      }
      withId.delete(id);
    }
  }
}
