import { isFromCandidate, nameTokens, resolveCandidateMail } from "../people/identify-candidate-mail.js";
import type { EmailDoc } from "../read/documents.js";
import type { EmailSignalInput } from "./email-signal-input.js";
import { isAutoReply } from "./mail-outcome.js";
import { threadSubject } from "./thread-subject.js";

/** Reply judging reads an automatic reply as part of the thread it answers. */
export const AUTO = { autoReply: true };

export function timeOf(doc: EmailDoc): number {
  return Date.parse(doc.date ?? "");
}

export function normaliseId(id: string): string {
  return id.trim().replace(/^<|>$/g, "").toLowerCase();
}

/** The mailbox, read once: dated mail in order, who the candidate is, messages by id, the names in it. */
export interface Mailbox {
  /** Dated mail up to `now`, oldest first. */
  mail: EmailDoc[];
  isCandidate: (doc: EmailDoc) => boolean;
  byId: Map<string, EmailDoc>;
  /** Name and domain words of everyone in the mail: shared names are not a specific reference. */
  nameWords: Set<string>;
}

export function readMailbox(input: EmailSignalInput): Mailbox {
  const nowMs = Date.parse(input.now);
  const mail = input.emails
    .filter((d) => !Number.isNaN(timeOf(d)) && (Number.isNaN(nowMs) || timeOf(d) <= nowMs))
    .sort((a, b) => timeOf(a) - timeOf(b));
  const who = resolveCandidateMail(mail, input.candidate);
  const byId = new Map<string, EmailDoc>();
  const nameWords = new Set<string>();
  for (const doc of mail) {
    if (doc.messageId) byId.set(normaliseId(doc.messageId), doc);
    for (const p of [...(doc.from ? [doc.from] : []), ...doc.to, ...doc.cc]) {
      for (const t of nameTokens(p.name ?? "")) nameWords.add(t);
      const [local, domain] = (p.email ?? "").toLowerCase().split("@");
      for (const t of (local ?? "").split(/[._+-]+/)) if (t.length >= 3) nameWords.add(t);
      for (const t of (domain ?? "").split(/[.-]+/)) if (t.length >= 3) nameWords.add(t);
    }
  }
  return { mail, isCandidate: (d) => isFromCandidate(d, who), byId, nameWords };
}

export function isCompanyWord(box: Mailbox, doc: EmailDoc): boolean {
  return !box.isCandidate(doc) && !isAutoReply(doc);
}

/** The message this one answers: by In-Reply-To, else the last of References, else the last with its subject. */
export function parentOf(box: Mailbox, doc: EmailDoc): EmailDoc | undefined {
  const ids = [...(doc.inReplyTo ? [doc.inReplyTo] : []), ...[...doc.references].reverse()];
  for (const id of ids) {
    const parent = box.byId.get(normaliseId(id));
    if (parent && parent !== doc) return parent;
  }
  const subject = threadSubject(doc.subject, AUTO);
  if (subject === "" || subject === threadSubject(undefined, AUTO)) return undefined;
  return box.mail.filter((d) => timeOf(d) < timeOf(doc) && threadSubject(d.subject, AUTO) === subject).at(-1);
}
