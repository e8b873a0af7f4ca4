import type { EmailDoc, Person } from "../read/documents.js";
import { isPersonName } from "./is-person-name.js";
import { isCandidateThankYou } from "./thank-you-note.js";

/*
 * Which of the people writing in a one-to-one thread is the candidate. "The sender of the first
 * thank-you" alone misreads a company's confirmation that opens "Thanks for making time" as the
 * candidate's note, and then every message is read from the wrong side. So each sender is weighed
 * on what the whole thread shows of them: who writes as the candidate does (thanks after an
 * interview), who writes as a company does (invites, confirms, decides, signs as a recruiter),
 * which address is a person's and which a role's, and whose mail comes from a personal mailbox.
 */

/** Mail services people use for themselves: a candidate writing to an employer's domain. */
export const PERSONAL_MAIL =
  /@(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|proton|protonmail|pm|gmx|web|aol|mail|yandex|qq|163|126|zoho|fastmail|posteo|hey|tutanota|orange|free|btinternet|sky|virginmedia|comcast|att|verizon|rediffmail|naver|daum|seznam|wp|o2|t-online|libero|laposte|bigpond|optusnet|shaw|rogers|sympatico|xtra)\.[a-z.]+$/i;

/** An address for a role, not a person: a team's mailbox or a system's. */
const ROLE_ADDRESS =
  /^(?:hr|careers?|jobs?|recruit\w*|talent\w*|hiring|people|staffing|resourcing|apply|applications?|no-?reply|do-?not-?reply|notifications?|admin|info|team|office|workday|greenhouse|lever|ats)\b/i;
const ROLE_NAME =
  /\b(?:team|recruit\w*|careers?|talent|hiring|human\s+resources|hr|people\s+(?:ops|operations|team)|jobs|staffing|no-?reply|notifications?)\b/i;

/** What a company does in writing: invites or confirms an interview, decides, offers. */
const COMPANY_ACTS =
  /\b(?:confirming\s+(?:(?:your|the|our)\s+)?(?:interview|call|meeting|time|\w+day)|i\s+(?:can\s+)?confirm\s+that\s+you|(?:we(?:'d| would)|i(?:'d| would))\s+like\s+to\s+(?:invite|offer|schedule|set\s+up|arrange)|(?:pleased|delighted|happy)\s+to\s+(?:offer|invite|confirm|inform)|(?:job|formal|written)\s+offer|offer\s+(?:letter|of\s+employment)|you(?:'ll| will)\s+(?:meet|be\s+meeting|be\s+interviewing)|(?:not|won't)\s+be\s+(?:moving|progressing|proceeding)|decided\s+not\s+to|regret\s+to)\b/i;
/** A recruiter's signature: on its own line, not in a greeting ("Dear Recruiting Team"). */
const COMPANY_SIGNS =
  /^(?![ \t]*(?:dear|hi|hello|hey|to|attn|good[ \t]+\w+)\b).*\b(?:talent\s+acquisition|recruit(?:er|ing|ment)\s+(?:team|manager|partner|coordinator|lead)|human\s+resources)\b/im;

function writesAsCompany(text: string): boolean {
  return COMPANY_ACTS.test(text) || COMPANY_SIGNS.test(text);
}

/** Thanks for an interview still to come is a confirmation: "Thanks for making time. See you Thursday." */
const UPCOMING =
  /\b(?:see\s+you\s+(?:on\s+)?(?:then|there|soon|tomorrow|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|look(?:ing)?\s+forward\s+to\s+(?:meeting|seeing)\s+you|(?:is|are)\s+(?:now\s+)?(?:confirmed|scheduled|booked)\s+for)\b/i;

function addressOf(person: Person | undefined): string {
  return (person?.email ?? "").trim().toLowerCase();
}

/** A name that is a role or a team's ("HR", "Recruitment Team", "Careers"), not a person's. */
export function isRoleName(name: string): boolean {
  return ROLE_NAME.test(name) || !isPersonName(name);
}

function isRole(person: Person): boolean {
  const local = addressOf(person).split("@")[0] ?? "";
  const name = person.name ?? "";
  return ROLE_ADDRESS.test(local) || (name !== "" && isRoleName(name));
}

/**
 * Weighs each sender of a thread as the candidate and returns the likeliest, or undefined when the
 * thread does not tell (a tie, nobody who writes as a candidate does, or no sender at all). `among` limits it to the addresses on every
 * message (in a one-to-one thread, both people).
 */
export function likeliestCandidateSender(
  emails: EmailDoc[],
  among: string[] = [],
  isNote: (doc: EmailDoc) => boolean = isCandidateThankYou,
): Person | undefined {
  const weight = new Map<string, { person: Person; score: number; sends: boolean }>();
  const entry = (person: Person) => {
    const address = addressOf(person);
    const known = weight.get(address) ?? { person, score: 0, sends: false };
    if (!known.person.name && person.name) known.person = person;
    weight.set(address, known);
    return known;
  };
  const eligible = (person: Person | undefined): person is Person => {
    const address = addressOf(person);
    return address.includes("@") && (among.length === 0 || among.includes(address));
  };
  const writtenTo = new Map<string, { person: Person; times: number }>();
  /** Organisation addresses that only ever write to personal mailboxes, and those written to. */
  const onlyToPersonal = new Map<string, boolean>();
  const received = new Set<string>();
  for (const doc of emails) {
    for (const p of [...doc.to, ...doc.cc]) received.add(addressOf(p));
    const from = addressOf(doc.from);
    if (from.includes("@") && !PERSONAL_MAIL.test(from)) {
      const allPersonal =
        doc.to.length > 0 && [...doc.to, ...doc.cc].every((p) => PERSONAL_MAIL.test(addressOf(p)));
      onlyToPersonal.set(from, (onlyToPersonal.get(from) ?? true) && allPersonal);
    }
  }
  for (const doc of emails) {
    const opening = doc.text.slice(0, 600).replace(/\s+/g, " ");
    const company = writesAsCompany(doc.text);
    if (eligible(doc.from)) {
      const sender = entry(doc.from);
      sender.sends = true;
      // Thanks for an interview that has happened is the candidate's note; thanks before one, a confirmation.
      if (isNote(doc) && !UPCOMING.test(opening) && !company) sender.score += 2;
      if (company) sender.score -= 3;
    }
    // The one a company invites, confirms or decides about, alone on the To: line, is the candidate.
    const [to, ...others] = doc.to;
    if (company && others.length === 0 && doc.cc.length === 0 && eligible(to)) entry(to).score += 1;
    // A personal mailbox an organisation's address writes to alone is in the conversation too, though
    // the mail says nothing a company alone would ("Feedback is positive, they liked your numbers").
    else if (
      others.length === 0 &&
      doc.cc.length === 0 &&
      eligible(to) &&
      eligible(doc.from) &&
      PERSONAL_MAIL.test(addressOf(to)) &&
      !PERSONAL_MAIL.test(addressOf(doc.from))
    )
      writtenTo.set(addressOf(to), { person: to, times: (writtenTo.get(addressOf(to))?.times ?? 0) + 1 });
  }
  // Written to more than once: one stray message ("visitor parking is on level 2") tells nothing.
  for (const { person, times } of writtenTo.values()) if (times >= 2) entry(person);
  const organisations = new Set(
    [...weight.keys()].filter((a) => !PERSONAL_MAIL.test(a)).map((a) => a.split("@")[1] ?? ""),
  );
  // Colleagues share a domain with the company's own mailboxes and with those who write as the company.
  const companyDomains = new Set(
    [...weight]
      .filter(([address, e]) => !PERSONAL_MAIL.test(address) && (isRole(e.person) || e.score < 0))
      .map(([address]) => address.split("@")[1] ?? ""),
  );
  for (const [address, e] of weight) {
    if (isRole(e.person)) e.score -= 5;
    // An organisation's address that writes, unanswered in the mail, only to personal mailboxes
    // (a recruiter to the applicant's Gmail) is the hiring side, whatever its words.
    else if (e.sends && onlyToPersonal.get(address) === true && !received.has(address)) e.score -= 2;
    else if (companyDomains.has(address.split("@")[1] ?? "")) e.score -= 2;
    // A personal mailbox in a conversation with an organisation's domain is the applicant's side.
    if (PERSONAL_MAIL.test(address) && organisations.size > 0) e.score += 1;
  }
  const ranked = [...weight.values()].sort((a, b) => b.score - a.score);
  const [best, next] = ranked;
  if (!best || best.score <= 0 || (next && next.score === best.score)) return undefined;
  return best.person;
}
