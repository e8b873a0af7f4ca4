import { type CandidateMail, isCandidatePerson, isFromCandidate } from "../people/identify-candidate-mail.js";
import { isThankYouNote } from "../people/thank-you-note.js";
import type { EmailDoc } from "../read/documents.js";

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

/**
 * Whether a message is list mail (a newsletter, a job alert, marketing): by its list headers, a list's
 * sender, or a list's words. Automatic mail that is not a list's (an auto-reply, a tracking system's
 * notice) is not: it may still be part of a hiring conversation.
 */
export function isListMail(doc: EmailDoc): boolean {
  return bulkMailSign({ ...doc, isAutomatic: false }) !== undefined;
}

/** Mail about the candidate's own application or interview, even in a list's dress ("your application"). */
export function speaksOfOwnProcess(doc: EmailDoc): boolean {
  return /\byour (?:interview\w*|application|candidacy|assessment)\b/i.test(
    `${doc.subject ?? ""}\n${doc.text.slice(0, OPENING_CHARS)}`,
  );
}

const INVITATION =
  /\b(?:invit\w*|schedul\w*|set up|arrange|book|confirm\w*)\b[^.!?\n]{0,80}\b(?:interview\w*|call|chat|conversation|meeting|round|screen\w*|onsite|on-site|panel)\b|\binterview (?:invitation|request|confirmation)\b|\b(?:second|third|final|next|first|technical) (?:round|interview|stage)\b/i;
const ABOUT_THEIR_PROCESS =
  /\b(?:your|the|our) (?:interview\w*|application|candidacy)\b|\b(?:after|following) (?:our|your|the) (?:interview|conversation|call|chat|onsite|panel)\b|\bthank(?:s| you) for (?:interviewing|applying|your application)\b/i;
/** A subject that is about an interview ("Interview for Data Analyst at …", "Re: Onsite on Tuesday"). */
const INTERVIEW_SUBJECT = /\b(?:interview\w*|phone screen|onsite|on-site)\b/i;
/** The candidate applying: "Application for …", "I would like to apply", "please find my CV attached". */
const APPLYING =
  /\b(?:application for|applying for|apply for|my application|(?:find|attached|attaching|enclose\w*)\b[^.!?\n]{0,30}\b(?:cv|résumé|resume|cover letter))\b/i;
/** A role, by its word or by a firm hiring for one ("my client … is hiring a Machine Learning Engineer"). */
const ROLE =
  /\b(?:role|position|opening|opportunity|vacancy|job)\b|\b(?:is|are|'re|'s)\s+(?:currently\s+)?(?:hiring|recruiting|looking)\s+(?:for\s+)?(?:a|an)\s+\p{Lu}/iu;
const RECRUITER =
  /\b(?:recruit\w*|talent|hiring|sourc(?:er|ing)|headhunt\w*|executive search|search firm|(?:leading|running|conducting) (?:a|the) search|your (?:[\w-]+ ){0,2}(?:background|profile|experience|cv|résumé|resume))\b/i;

/*
 * The same acts in the other languages a job search is often written in (German, Spanish, French,
 * Portuguese, Italian, Dutch): an invitation, a process, the candidate applying or thanking, a recruiter.
 */
const INVITATION_ABROAD =
  /\b(?:vorstellungsgespr[äa]ch\w*|bewerbungsgespr[äa]ch\w*|entrevista|entretien|colloquio|sollicitatiegesprek)\b|\b(?:einladung|einladen|eingeladen|invitaci[óo]n|invitar\w*|convoca\w*|invitation|inviter|convite|convidar\w*|uitnodig\w*)\b[^.!?\n]{0,80}(?:gespr[äa]ch|termin|interview|entretien|reuni[óo]n|llamada|chamada|conversa|gesprek)/i;
const PROCESS_ABROAD =
  /\b(?:ihre|deine|unsere|der|die) bewerbung\b|\bbewerbung (?:als|um|f[üu]r|bei)\b|\b(?:su|tu|la|sua|vossa|votre|ta|la vostra|uw|je) (?:candidatura|solicitud|candidature|sollicitatie)\b|\bproce(?:so|sso) (?:de selecci[óo]n|seletivo|di selezione)\b|\bprocessus de recrutement\b|\b(?:vertragsangebot|arbeitsvertrag|jobangebot|stellenangebot|absage|zusage)\b|\bofertas? (?:de (?:empleo|trabajo)|laboral)\b|\bpropostas? (?:de (?:emprego|trabalho)|salarial)\b|\boffres? d'(?:emploi|embauche)\b|\bcarta (?:de )?oferta\b|\blettre d'offre\b|\b(?:danke|vielen dank|herzlichen dank)\b[^.!?\n]{0,40}(?:gespr[äa]ch|interview|kennenlernen|austausch)|\bgracias por (?:la entrevista|el tiempo|la conversaci[óo]n|la reuni[óo]n)|\bmerci pour (?:l'entretien|cet [ée]change|votre temps)|\bobrigad[oa] pel[ao] (?:entrevista|conversa|tempo)/i;
const APPLYING_ABROAD =
  /\b(?:bewerbungsunterlagen|bewerbe mich|bewerbung als|mi candidatura|postularme|postulo|ma candidature|je postule|minha candidatura|candidatar-me|me candidatar|mijn sollicitatie|la mia candidatura)\b/i;
const ROLE_ABROAD =
  /\b(?:stelle|position|puesto|vacante|posici[óo]n|poste|vaga|cargo|posizione|vacature|funktion)\b/i;
const RECRUITER_ABROAD =
  /\b(?:personalberat\w*|headhunter|recrut\w*|reclut\w*|selecci[óo]n de personal|(?:unseres|unserem|meines|meinem) kunden|nuestro cliente|notre client|nosso cliente|nostro cliente|onze klant|ihr profil|su perfil|votre profil|seu perfil)\b/i;

/**
 * Why a message is a hiring conversation the candidate is part of ("an invitation to interview"), or
 * undefined. The candidate must be a party where they are known: mail to a list they are not on, or
 * blind-copied alerts, start nothing.
 */
export function hiringConversation(
  doc: EmailDoc,
  candidate: CandidateMail,
  options: { automaticToo?: boolean } = {},
): string | undefined {
  if (options.automaticToo ? isListMail(doc) : bulkMailSign(doc)) return undefined;
  const isKnown = candidate.names.length > 0 || candidate.addresses.length > 0;
  const parties = [doc.from, ...doc.to, ...doc.cc];
  if (isKnown && !parties.some((p) => isCandidatePerson(p, candidate))) return undefined;
  if (isFromCandidate(doc, candidate) && isThankYouNote(doc)) return "your thank-you for an interview";
  const text = `${doc.subject ?? ""}\n${doc.text.slice(0, OPENING_CHARS)}`;
  if (INVITATION.test(text) || INVITATION_ABROAD.test(text)) return "an invitation to interview";
  if (isFromCandidate(doc, candidate) && (APPLYING.test(text) || APPLYING_ABROAD.test(text)))
    return "your application";
  if (
    ABOUT_THEIR_PROCESS.test(text) ||
    INTERVIEW_SUBJECT.test(doc.subject ?? "") ||
    PROCESS_ABROAD.test(text)
  )
    return "mail about your interview or application";
  if ((ROLE.test(text) || ROLE_ABROAD.test(text)) && (RECRUITER.test(text) || RECRUITER_ABROAD.test(text)))
    return "a recruiter's message about a role";
  return undefined;
}

/**
 * What mailers put before a subject they answer, forward or auto-answer, in the languages seen: "Re:",
 * "RE[2]:", "AW:", "WG:", "SV:", "Antw:", "RV:", "TR:", "Fwd:", "Automatic reply:", "Out of Office:",
 * "Abwesenheitsnotiz:", "Réponse automatique :".
 */
const SUBJECT_PREFIX =
  /^\s*(?:(?:re|aw|wg|fw|fwd|sv|vs|antw|antwort|rv|tr|ref|odp|r|enc|res)\s*(?:\[\d+\]|\(\d+\))?\s*:|(?:automatic|auto|automatische|automatisch)[\s-]*(?:reply|antwort|response)\s*:|autoreply\s*:|out\s+of\s+(?:the\s+)?office(?:\s+reply)?\s*:|abwesenheitsnotiz\s*:|r[ée]ponse\s+automatique\s*:|respuesta\s+autom[áa]tica\s*:|resposta\s+autom[áa]tica\s*:)\s*/i;

/** A subject with every reply, forward and auto-reply prefix taken off, folded: a thread's key. */
export function normalSubject(subject: string | undefined): string | undefined {
  let s = (subject ?? "").slice(0, 500);
  for (let i = 0; i < 10 && SUBJECT_PREFIX.test(s); i++) s = s.replace(SUBJECT_PREFIX, "");
  const key = s.replace(/\s+/g, " ").trim().toLowerCase();
  // A short subject ("Thank you", "Hello") is shared by unrelated threads.
  return key.length >= 12 && /\s/.test(key) ? key : undefined;
}

/**
 * The thread key of a subject that answers another ("RE: …", "AW: …", "Automatic reply: …"), or
 * undefined for a subject that starts a thread or forwards one.
 */
export function replySubject(subject: string | undefined): string | undefined {
  const s = subject ?? "";
  if (!SUBJECT_PREFIX.test(s) || /^\s*(?:fw|fwd|wg|tr|rv|enc)\s*:/i.test(s)) return undefined;
  return normalSubject(s);
}
