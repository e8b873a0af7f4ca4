import { isAutoReply } from "../mail/detect-email-signals.js";
import {
  type CandidateMail,
  isCandidateThankYou,
  isFromCandidate,
  resolveCandidateMail,
} from "../people/identify-candidate-mail.js";
import type { People } from "../people/identify-people.js";
import type { Doc, EmailDoc } from "../read/documents.js";

// The application's mail as the timeline reads it: dated, oldest first, the candidate's told apart.

export function timeOf(doc: EmailDoc): number {
  return Date.parse(doc.date ?? "");
}

export interface Mail {
  /** Dated mail up to now, oldest first. */
  mail: EmailDoc[];
  isCandidate: (doc: EmailDoc) => boolean;
  who: CandidateMail;
}

export function readMail(docs: Doc[], people: People, nowMs: number): Mail {
  const mail = docs
    .filter((d): d is EmailDoc => d.kind === "email" && !Number.isNaN(timeOf(d)) && timeOf(d) <= nowMs)
    .sort((a, b) => timeOf(a) - timeOf(b));
  const { names, addresses } = people.candidate;
  const who = resolveCandidateMail(mail, { names, addresses }, isCandidateThankYou);
  return { mail, isCandidate: (d) => isFromCandidate(d, who), who };
}

/** Company mail that is word from a person (not the candidate's, not an out-of-office). */
export function companyWord(box: Mail): EmailDoc[] {
  return box.mail.filter((d) => !box.isCandidate(d) && !isAutoReply(d));
}
