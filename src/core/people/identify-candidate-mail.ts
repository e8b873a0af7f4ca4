import type { EmailDoc, Person } from "../read/documents.js";
import { isThankYouNote } from "./thank-you-note.js";
import { likeliestCandidateSender } from "./weigh-candidate-sender.js";

// Written in files of their own, so that weigh-candidate-sender.ts (which this file imports) reads them
// without an import cycle; plan/ and timeline/ still import them from here.
export { isPersonName } from "./is-person-name.js";
export { isCandidateThankYou, isThankYouNote } from "./thank-you-note.js";

/** Who the candidate is in a mailbox: the names and addresses their mail comes from. */
export interface CandidateMail {
  names: string[];
  addresses: string[];
}

export interface ResolvedCandidateMail extends CandidateMail {
  /** Given by the caller, inferred from the mail, or not known (then no message is the candidate's). */
  how: "given" | "inferred" | "unknown";
}

const TITLES = new Set(["dr", "mr", "mrs", "ms", "miss", "mx", "prof"]);

/** The longest name read: a "name" of 100 kB (a hostile voice tag or display name) is cut here. */
export const MAX_NAME_CHARS = 200;

/** Each name's tokens, read once: the same few names are compared again for every turn of a transcript. */
const NAME_TOKENS = new Map<string, readonly string[]>();

/** "Haddad, Nadia (she/her)" → ["nadia", "haddad"]: lower-cased, accents and titles dropped, "Last, First" turned. */
export function nameTokens(name: string): readonly string[] {
  let tokens = NAME_TOKENS.get(name);
  if (tokens === undefined) {
    tokens = readNameTokens(name);
    if (NAME_TOKENS.size >= 10_000) NAME_TOKENS.clear();
    NAME_TOKENS.set(name, tokens);
  }
  return tokens;
}

function readNameTokens(name: string): string[] {
  // A name is short: past this, the parenthesis pattern below is quadratic (and names are compared often).
  let plain = name
    .slice(0, MAX_NAME_CHARS)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\([^)]*\)|\[[^\]]*\]|"|'|\u2019/g, "")
    .trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(plain);
  if (comma?.[1] && comma[2]) plain = `${comma[2]} ${comma[1]}`;
  return plain
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== "" && !TITLES.has(t));
}

function tokenMatches(a: string, b: string): boolean {
  if (a === b) return true;
  // An initial stands for the name it starts ("Nadia H." and "Nadia Haddad").
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

function containsAll(whole: readonly string[], part: readonly string[]): boolean {
  return part.length > 0 && part.every((p) => whole.some((w) => tokenMatches(w, p)));
}

/**
 * True when two written names are the same person as far as a mailbox can tell: every token of the shorter
 * one is in the longer ("Nadia" and "Nadia Haddad", "Haddad, Nadia" and "Nadia Haddad").
 */
export function sameName(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  return ta.length <= tb.length ? containsAll(tb, ta) : containsAll(ta, tb);
}

export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The name an address's local part spells, where it is "first.last" or similar. */
function nameFromAddress(address: string | undefined): string | undefined {
  const local = address?.split("@")[0];
  return local && /[._-]/.test(local) ? local.replace(/[._-]+/g, " ") : undefined;
}

/** True when a person (a sender or recipient) is the candidate. */
export function isCandidatePerson(person: Person | undefined, who: CandidateMail): boolean {
  if (!person) return false;
  if (who.addresses.some((a) => sameAddress(a, person.email))) return true;
  const written = person.name ?? nameFromAddress(person.email);
  return written !== undefined && who.names.some((n) => sameName(n, written));
}

/** True when the message was sent by the candidate. */
export function isFromCandidate(doc: EmailDoc, who: CandidateMail): boolean {
  return isCandidatePerson(doc.from, who);
}

function peopleOf(doc: EmailDoc): Person[] {
  return [...(doc.from ? [doc.from] : []), ...doc.to, ...doc.cc];
}

function byDate(a: EmailDoc, b: EmailDoc): number {
  return (
    (Date.parse(a.date ?? "") || Number.POSITIVE_INFINITY) -
    (Date.parse(b.date ?? "") || Number.POSITIVE_INFINITY)
  );
}

function fromPerson(person: Person | undefined): CandidateMail {
  return {
    names: person?.name ? [person.name] : [],
    addresses: person?.email ? [person.email.toLowerCase()] : [],
  };
}

/**
 * The candidate as given, or inferred from the mail when nothing is given: the one address on every message
 * (the candidate is in every conversation, each company person only in some), and where two share that
 * (a one-to-one thread), the sender of the earliest thank-you note for an interview.
 */
export function resolveCandidateMail(
  emails: EmailDoc[],
  given: CandidateMail,
  isNote: (doc: EmailDoc) => boolean = isThankYouNote,
): ResolvedCandidateMail {
  if (given.names.length > 0 || given.addresses.length > 0) return { ...given, how: "given" };
  const dated = [...emails].sort(byDate);
  const addresses = dated.map(
    (d) => new Set(peopleOf(d).flatMap((p) => (p.email ? [p.email.toLowerCase()] : []))),
  );
  const first = addresses[0];
  const common = first && dated.length > 1 ? [...first].filter((a) => addresses.every((s) => s.has(a))) : [];
  const note = dated.find(
    (d) => isNote(d) && (common.length === 0 || common.some((a) => sameAddress(a, d.from?.email))),
  );
  if (common.length === 1) {
    const address = common[0] ?? "";
    const person = dated.flatMap(peopleOf).find((p) => sameAddress(p.email, address) && p.name);
    return { ...fromPerson(person ?? { email: address }), how: "inferred" };
  }
  // Two on every message (a one-to-one thread), or nobody: weigh what each sender writes.
  const sender = likeliestCandidateSender(dated, common, isNote);
  if (sender) return { ...fromPerson(sender), how: "inferred" };
  if (note?.from) return { ...fromPerson(note.from), how: "inferred" };
  return { names: [], addresses: [], how: "unknown" };
}
