import type { EmailDoc } from "./documents.js";
import {
  type CandidateMail,
  isCandidatePerson,
  isFromCandidate,
  isThankYouNote,
} from "./identify-candidate-mail.js";

/**
 * Whether a message of a mailbox may start an application: only a hiring conversation does (an
 * invitation to interview, the candidate's thank-you, mail about their interview or application, a
 * recruiter writing to them about a role), never list or bulk mail (newsletters, job alerts, marketing)
 * and never mail with nothing of hiring in it (a friend's). Read from headers, the sender's shape and
 * the words of the message: never from a company's or a sender's name.
 */

/** The first of a message's text that says what it is for. */
const OPENING_CHARS = 3000;

/** Senders that are mailing lists by their shape: newsletter@, digest@, job-alerts@, marketing@. */
const BULK_SENDER =
  /^(?:news(?:letters?)?|digests?|(?:job-?)?alerts?|notifications?|notify|marketing|promo(?:tions?)?|mailer(?:-daemon)?|bounces?|updates|weekly|daily)(?:[-+._]|$)/i;
/** A list message's own words: how to stop it, where to read it. */
const BULK_WORDS =
  /\b(?:unsubscribe|view (?:this email )?in (?:your |a )?browser|manage (?:your )?(?:email |notification |alert )?(?:preferences|subscriptions|settings)|you(?:'re| are) receiving this|email preferences|opt[- ]out)\b/i;
/** A sender that takes no replies: a list's shape only when the words are a list's too. */
const NO_REPLY = /^(?:no-?reply|do-?not-?reply|donotreply)(?:[-+._]|$)/i;

/** What marks a message as list or bulk mail, for a person ("List-Unsubscribe header"); undefined for a conversation. */
export function bulkMailSign(doc: EmailDoc): string | undefined {
  if (doc.listHeader) return `${doc.listHeader} header`;
  if (doc.isAutomatic) return "sent automatically (Auto-Submitted, Precedence or an auto-reply)";
  const local = doc.from?.email?.split("@")[0] ?? "";
  if (BULK_SENDER.test(local)) return `a list's sender (${local}@)`;
  const text = `${doc.subject ?? ""}\n${doc.text}`;
  if (NO_REPLY.test(local) && BULK_WORDS.test(text)) return `a no-reply sender with a list's words`;
  if (BULK_WORDS.test(doc.text.slice(-1500))) return "a list's words (unsubscribe, email preferences)";
  return undefined;
}

const INVITATION =
  /\b(?:invit\w*|schedul\w*|set up|arrange|book|confirm\w*)\b[^.!?\n]{0,80}\b(?:interview\w*|call|chat|conversation|meeting|round|screen\w*|onsite|on-site|panel)\b|\binterview (?:invitation|request|confirmation)\b|\b(?:second|third|final|next|first|technical) (?:round|interview|stage)\b/i;
const ABOUT_THEIR_PROCESS =
  /\b(?:your|the|our) (?:interview\w*|application|candidacy)\b|\b(?:after|following) (?:our|your|the) (?:interview|conversation|call|chat|onsite|panel)\b|\bthank(?:s| you) for (?:interviewing|applying|your application)\b/i;
/** A subject that is about an interview ("Interview for Data Analyst at …", "Re: Onsite on Tuesday"). */
const INTERVIEW_SUBJECT = /\b(?:interview\w*|phone screen|onsite|on-site)\b/i;
const ROLE = /\b(?:role|position|opening|opportunity|vacancy|job)\b/i;
const RECRUITER =
  /\b(?:recruit\w*|talent|hiring|sourc(?:er|ing)|your (?:background|profile|experience|cv|résumé|resume))\b/i;

/**
 * Why a message is a hiring conversation the candidate is part of ("an invitation to interview"), or
 * undefined. The candidate must be a party where they are known: mail to a list they are not on, or
 * blind-copied alerts, start nothing.
 */
export function hiringConversation(doc: EmailDoc, candidate: CandidateMail): string | undefined {
  if (bulkMailSign(doc)) return undefined;
  const isKnown = candidate.names.length > 0 || candidate.addresses.length > 0;
  const parties = [doc.from, ...doc.to, ...doc.cc];
  if (isKnown && !parties.some((p) => isCandidatePerson(p, candidate))) return undefined;
  if (isFromCandidate(doc, candidate) && isThankYouNote(doc)) return "your thank-you for an interview";
  const text = `${doc.subject ?? ""}\n${doc.text.slice(0, OPENING_CHARS)}`;
  if (INVITATION.test(text)) return "an invitation to interview";
  if (ABOUT_THEIR_PROCESS.test(text) || INTERVIEW_SUBJECT.test(doc.subject ?? ""))
    return "mail about your interview or application";
  if (ROLE.test(text) && RECRUITER.test(text)) return "a recruiter's message about a role";
  return undefined;
}
