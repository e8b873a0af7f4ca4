import { companyDomain } from "./company-domain.js";
import type { Doc, EmailDoc } from "./documents.js";
import { type CandidateMail, isFromCandidate, sameName } from "./identify-candidate-mail.js";

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

function selectByCompany(docs: Doc[], candidate: CandidateMail): ProcessMail {
  const mail = docs.filter((d): d is EmailDoc => d.kind === "email");
  if (mail.length <= 3) return { docs, leftOut: [] };
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
  if (domains.size === 0 && people.length === 0) return { docs, leftOut: [] };

  const isAnchored = (m: EmailDoc): boolean => {
    const parties = [m.from, ...m.to, ...m.cc];
    if (parties.some((p) => domains.has(companyDomain(p?.email) ?? ""))) return true;
    return parties.some((p) => p?.name !== undefined && people.some((n) => sameName(n, p.name ?? "")));
  };
  const kept = new Set(mail.filter(isAnchored));
  // Whole threads come along: replies and the messages they answer, i.e. every message that shares an id
  // with one kept. Walked through an index of the ids: a pass over all mail per step of a reply chain was
  // quadratic (a chain of 4,000 replies took 4 s).
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
  const leftOut = mail.filter((m) => !kept.has(m));
  const basis = [
    ...[...domains.entries()].map(([domain, source]) => `${domain} (from ${source})`),
    ...people.slice(0, 3),
  ].join(", ");
  return { docs: docs.filter((d) => d.kind !== "email" || kept.has(d)), leftOut, basis };
}
