import { findRoleAndCompany } from "../draft/find-role-and-company.js";
import { type CandidateMail, isCandidatePerson, sameName } from "../people/identify-candidate-mail.js";
import type { Doc, EmailDoc, Person } from "../read/documents.js";
import { companyDomain, organisationDomain } from "./company-domain.js";
import { companyKey, fold, foldUmlauts, keyWords, nameWords } from "./company-key.js";
import { calendarNoticeParties } from "./hiring-services.js";

export { companyKey };

/**
 * Which application a set of documents belongs to: by the company's mail domain, by its name, or by
 * neither (then the caller asks). Pure: the applications are given.
 */
export interface KnownApplication {
  id: number;
  company: string;
  domain?: string | null;
}

/** What a set of documents says about whose process it is. */
export interface BundleFacts {
  company?: string;
  role?: string;
  /** Company mail domains, most telling first (the invite's, then the mail's). */
  domains: string[];
  /** The interviewers and other company people, by name. */
  people: string[];
  /** Where the company was read, for a person ("invite.ics", "mail from acme.com"). */
  basis?: string;
}

/** The organisation label of a domain: "wrenfieldrobotics" of "careers.wrenfieldrobotics.com". */
function domainLabel(domain: string): string {
  return domain.split(".")[0] ?? domain;
}

/** Whether a company name and a mail domain are the same organisation ("Ravensworth Robotics", ravensworthrobotics.com). */
export function nameFitsDomain(name: string, domain: string): boolean {
  // A German name's umlauts are written out in its domain ("Mühlberg", muehlberg.de).
  const written = /[äöü]/i.test(name) ? foldUmlauts(name) : undefined;
  return fitsDomain(name, domain) || (written !== undefined && fitsDomain(written, domain));
}

function fitsDomain(name: string, domain: string): boolean {
  const words = keyWords(name);
  const key = words.join("");
  const label = domainLabel(domain).replace(/[^a-z0-9]/g, "");
  if (key.length < 3 || label.length < 3) return false;
  // The name in full, legal form and all: "Acme Corp" is acmecorp.com.
  if (key === label || nameWords(name).join("") === label) return true;
  // A body named for a place is its domain by the place: "City of Aldmoor" is aldmoor.gov.
  const of = words.lastIndexOf("of");
  if (of >= 0 && of < words.length - 1 && words.slice(of + 1).join("") === label && label.length >= 4)
    return true;
  // "&" and "and" are often left out of a domain: "Bolt & Nut" is boltnut.com.
  if (words.includes("and") && words.filter((w) => w !== "and").join("") === label) return true;
  // The domain adds words to a name long enough to tell ("Ravensworth", ravensworthrobotics.com) …
  if (key.length >= 5 && label.startsWith(key)) return true;
  // … or is the name's first words ("Ravensworth Robotics", ravensworth.com), never part of a word
  // ("Orbital" is not orbit.dev).
  if (label.length < 5) return false;
  let prefix = "";
  for (const w of words) {
    prefix += w;
    if (prefix === label) return true;
    if (prefix.length >= label.length) return false;
  }
  return false;
}

function partiesOf(doc: EmailDoc): Person[] {
  // A calendar service's notice names the meeting's people only in its body.
  return [...(doc.from ? [doc.from] : []), ...doc.to, ...doc.cc, ...calendarNoticeParties(doc)];
}

/** The company domains a message was sent from or to, other than the candidate's own. */
export function mailDomains(doc: EmailDoc, candidate: CandidateMail): string[] {
  const own = new Set(candidate.addresses.map((a) => organisationDomain(a)).filter(Boolean));
  const out: string[] = [];
  for (const p of partiesOf(doc)) {
    if (isCandidatePerson(p, candidate)) continue;
    const d = organisationDomain(p.email);
    if (d && !own.has(d) && !out.includes(d)) out.push(d);
  }
  return out;
}

/**
 * A company's name as written in its own mail: the run of capitalised words that spells its domain
 * ("Ravensworth Robotics" for ravensworthrobotics.com); else the domain's label, capitalised.
 */
export function companyNameForDomain(domain: string, texts: string[]): string {
  const label = domainLabel(domain).replace(/[^a-z0-9]/g, "");
  for (const text of texts) {
    const words = text.slice(0, 20_000).match(/\p{Lu}[\p{L}\p{N}'’&-]*/gu) ?? [];
    for (let i = 0; i < words.length; i++) {
      let joined = "";
      let written = "";
      for (let j = i; j < Math.min(words.length, i + 4); j++) {
        joined += fold(words[j] ?? "").replace(/[^a-z0-9]/g, "");
        // A German name's umlauts are written out in its domain ("Mühlberg Bau", muehlberg-bau.de).
        written += foldUmlauts(words[j] ?? "").replace(/[^a-z0-9]/g, "");
        if (joined === label || written === label)
          return text.slice(0, 20_000).includes(words.slice(i, j + 1).join(" "))
            ? words.slice(i, j + 1).join(" ")
            : (words[i] ?? label);
        if (joined.length >= label.length && written.length >= label.length) break;
      }
    }
  }
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Everyone named in these documents' invites and transcripts, the candidate included. */
function peopleIn(docs: Doc[]): string[] {
  const people: string[] = [];
  const add = (name: string | undefined) => {
    if (name && !people.some((p) => sameName(p, name))) people.push(name);
  };
  for (const d of docs) {
    if (d.kind === "invite") for (const p of [d.organizer, ...d.attendees]) add(p?.name);
    if (d.kind === "transcript") for (const u of d.utterances) add(u.speaker);
  }
  return people;
}

/** The text a company's name may be written in: mail, notes, invites, the first of a transcript. */
function textsOf(docs: Doc[]): string[] {
  return docs.map((d) => {
    switch (d.kind) {
      case "email":
      case "notes":
        return d.text;
      case "invite":
        return `${d.summary ?? ""}\n${d.description ?? ""}`;
      case "transcript":
        return d.utterances
          .slice(0, 40)
          .map((u) => u.text)
          .join("\n");
      default: {
        const never: never = d;
        return String(never);
      }
    }
  });
}

/** Words a company's name may have in lower case ("Bank of Nørd", "Salt & Pepper"). */
const NAME_JOINERS = new Set([
  "of",
  "and",
  "the",
  "&",
  "+",
  "de",
  "du",
  "des",
  "la",
  "le",
  "von",
  "van",
  "der",
  "den",
  "y",
  "e",
  "for",
  "on",
]);

/** The name an address spells, where its local part is "first.last": ["ottoline", "brackley"]. */
function addressName(address: string | undefined): string[] {
  const local = address?.split("@")[0] ?? "";
  return /[._-]/.test(local)
    ? local
        .toLowerCase()
        .split(/[._-]+/)
        .filter(Boolean)
    : [];
}

/**
 * Whether a company read from a title line is one: written as a name (every word capitalised but the
 * joiners), not the capitalised first word of a sentence in the notes ("Good chat.", "Went well
 * overall."), and not a person's name, the candidate's, or one an invite's address spells (ottoline.brackley@).
 */
function isCompanyName(
  about: { company?: string; source: string; quote: string; line?: number },
  docs: Doc[],
  people: string[],
  candidate: CandidateMail,
): boolean {
  const company = about.company ?? "";
  const words = company.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (!words.every((w) => /[\p{Lu}\p{N}]/u.test(w) || NAME_JOINERS.has(w.toLowerCase()))) return false;
  if ([...people, ...candidate.names].some((p) => sameName(p, company))) return false;
  const tokens = nameWords(company);
  const spelled = docs.flatMap((d) =>
    d.kind === "invite" ? [d.organizer, ...d.attendees].map((p) => addressName(p?.email)) : [],
  );
  if (spelled.some((t) => t.length >= 2 && t.length === tokens.length && t.every((w) => tokens.includes(w))))
    return false;
  const notes = docs.find((d) => d.kind === "notes" && d.source === about.source);
  if (notes?.kind === "notes") {
    const raw = notes.text.split("\n")[(about.line ?? 1) - 1] ?? "";
    // A sentence's first word has a capital whatever it is: there, a name needs a second one.
    const isHeading = /^\s*#{1,6}\s/.test(raw);
    const isSentence = !isHeading && /[.!?]$/.test(about.quote.trim());
    if (isSentence && !words.slice(1).some((w) => /\p{Lu}/u.test(w))) return false;
  }
  return true;
}

/** Reads whose process these documents are: the company's name and role, its domains, its people. */
export function describeBundle(docs: Doc[], candidate: CandidateMail): BundleFacts {
  const everyone = peopleIn(docs);
  const people = everyone.filter((p) => !candidate.names.some((n) => sameName(n, p)));
  const domains: string[] = [];
  for (const d of docs) {
    if (d.kind !== "invite") continue;
    for (const p of [d.organizer, ...d.attendees]) {
      if (isCandidatePerson(p, candidate)) continue;
      const domain = companyDomain(p?.email);
      if (domain && !domains.includes(domain)) domains.push(domain);
    }
  }
  const mail = docs.filter((d): d is EmailDoc => d.kind === "email");
  for (const m of mail) for (const d of mailDomains(m, candidate)) if (!domains.includes(d)) domains.push(d);
  // A name read from the documents is no company when it is one of the people, the candidate included.
  const about = findRoleAndCompany(docs, [...everyone, ...candidate.names]);
  const company =
    about?.company && isCompanyName(about, docs, everyone, candidate) ? about.company : undefined;
  const facts: BundleFacts = { domains, people, ...(about?.role ? { role: about.role } : {}) };
  if (company) return { ...facts, company, basis: about?.source ?? "the notes" };
  const [domain] = domains;
  if (domain) {
    const texts = textsOf(
      docs.filter((d) => d.kind !== "email" || mailDomains(d, candidate).includes(domain)),
    );
    return { ...facts, company: companyNameForDomain(domain, texts), basis: `mail from ${domain}` };
  }
  return facts;
}

/** The applications these facts point at: by domain first, then by name. */
export function matchApplications(facts: BundleFacts, apps: KnownApplication[]): KnownApplication[] {
  const byDomain = apps.filter((a) => a.domain && facts.domains.includes(a.domain));
  if (byDomain.length > 0) return byDomain;
  if (facts.company) {
    const key = companyKey(facts.company);
    const byName = apps.filter((a) => key.length > 0 && companyKey(a.company) === key);
    if (byName.length > 0) return byName;
    const byNameAndDomain = apps.filter(
      (a) =>
        (a.domain && nameFitsDomain(facts.company ?? "", a.domain)) ||
        facts.domains.some((d) => nameFitsDomain(a.company, d)),
    );
    if (byNameAndDomain.length > 0) return byNameAndDomain;
  }
  return apps.filter((a) => facts.domains.some((d) => nameFitsDomain(a.company, d)));
}

const HIRING_WORDS =
  /\b(interview(s|ing|ed)?|your application|application for|applying|applied|candidacy|candidate|position|role|offer letter|job offer|recruit(er|ing|ment)?|hiring|talent acquisition|onboarding|background check)\b/i;

/** The same words in German, Spanish, French, Portuguese, Italian and Dutch. */
const HIRING_WORDS_ABROAD =
  /\b(?:bewerbung\w*|vorstellungsgespr[äa]ch\w*|gespr[äa]ch|stelle|kandidat\w*|personalberat\w*|vertragsangebot|absage|candidatura|candidature|entrevista|entretien|colloquio|sollicitatie\w*|puesto|vacante|vaga|poste|proceso de selecci[óo]n|processo seletivo|recrutement|reclutamiento|recrutamento|oferta de empleo|proposta)\b/i;

/** Whether a message is about a hiring process: enough to file a new application from mail alone. */
export function isHiringMail(doc: EmailDoc, candidate: CandidateMail): boolean {
  if (mailDomains(doc, candidate).length === 0) return false;
  const text = `${doc.subject ?? ""}\n${doc.text.slice(0, 3000)}`;
  return HIRING_WORDS.test(text) || HIRING_WORDS_ABROAD.test(text);
}
