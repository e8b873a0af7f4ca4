import { organisationDomain } from "../../core/mail/company-domain.js";
import { companyKey, fold, nameWords } from "../../core/mail/company-key.js";
import { isJobAlert, isPersonalDomain, isServiceDomain } from "../../core/mail/hiring-services.js";
import { type KnownApplication, nameFitsDomain } from "../../core/mail/match-application.js";
import type { CandidateMail } from "../../core/people/identify-candidate-mail.js";
import { isRoleName } from "../../core/people/weigh-candidate-sender.js";
import type { EmailDoc, Person } from "../../core/read/documents.js";
import type { Planner } from "./ingest-plan.js";
import type { Entry } from "./read-entries.js";

/** What filing a mailbox learns as it goes, message by message, and what it left out and why. */
export interface MailFiling {
  candidate: CandidateMail;
  /** Each message's company domains, once. */
  domainsOf: Map<Entry, string[]>;
  /** The mail of each domain: a new application looks up all the mail of its domain. */
  byDomainMail: Map<string, EmailDoc[]>;
  unfiled: Entry[];
  leftOutOf: Map<Entry, string>;
  /** Message-IDs that filed messages answer or cite, with the application they were filed under. */
  answeredIn: Map<string, number>;
  /** The domains of the company people already met, each with its applications. */
  metDomains: Map<string, Set<number>>;
  metAddresses: Set<string>;
  /** The tracking systems' senders (name and address) whose mail was filed, each with its applications. */
  serviceSenders: Map<string, Set<number>>;
  /** The full names of the people met in each application ("femi adu"), for mail that names only them. */
  metNames: Map<string, Set<number>>;
  /** A reply whose mailer dropped In-Reply-To still carries its thread's subject ("RE: Offer - Analyst"). */
  subjectOwner: Map<string, number>;
  /**
   * The companies each application's mail names ("my client, X", "a role at X"): an agency's process is
   * found again when the client writes from its own domain, or a tracking system names it.
   */
  namedIn: Map<number, Set<string>>;
  /** The clients an application's mail names as an agency's ("my client, X", "the client is X"). */
  clientsIn: Map<number, Set<string>>;
  /** New applications started from an agency's mail that named no client. */
  agencies: Set<number>;
}

/**
 * Remembers that someone at `address` wrote about application `appId`: one domain, one application. A
 * hiring service's domain (a tracking system, a scheduler) or a mail provider's is no company's.
 */
export function meet(mf: MailFiling, address: string | undefined, appId: number): void {
  const domain = organisationDomain(address);
  if (!domain || isServiceDomain(domain) || isPersonalDomain(domain)) return;
  const apps_ = mf.metDomains.get(domain) ?? new Set<number>();
  apps_.add(appId);
  mf.metDomains.set(domain, apps_);
}

/** The one application whose people, met before, wrote from these domains. */
export function byMet(p: Planner, mf: MailFiling, domains: string[]): KnownApplication[] {
  const ids = new Set(domains.flatMap((d) => [...(mf.metDomains.get(d) ?? [])]));
  return ids.size === 1 ? p.known().filter((a) => ids.has(a.id)) : [];
}

/**
 * An existing application's company, named in the message as a whole word ("Lumenfold Analytics").
 * A tracking system's mail may name the company in its sender only ("Acme <noreply@tracking-system>").
 */
export function byName(p: Planner, m: EmailDoc, service?: string): KnownApplication[] {
  const sender = service !== undefined ? (m.from?.name ?? "") : "";
  const text = `${sender}\n${m.subject ?? ""}\n${m.text.slice(0, 3000)}`.toLowerCase();
  return p.known().filter((a) => {
    const name = a.company.trim().toLowerCase();
    if (companyKey(a.company).length < 4) return false;
    const at = text.indexOf(name);
    return (
      at >= 0 &&
      !/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") &&
      !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? "")
    );
  });
}

/**
 * A person at the company ("Odalys Brannock <odalys.brannock@…>"), not the company itself writing as a
 * business ("Voltgrid Billing <billing@…>", "Acme <accounts@…>"), whose mail is no hiring's by itself.
 */
export function writesAsPerson(p: Person | undefined): boolean {
  const domain = organisationDomain(p?.email);
  if (!p || !domain) return false;
  const local = p.email?.split("@")[0] ?? "";
  if (p.name) return !nameFitsDomain(p.name, domain) && !isRoleName(p.name) && !/\d/.test(local);
  return /^\p{L}+[._-]\p{L}+$/u.test(local);
}

/** The applications whose mail names one of these companies, or a company these domains spell. */
export function byNamed(p: Planner, mf: MailFiling, names: string[], domains: string[]): KnownApplication[] {
  return p.known().filter((a) => {
    const named = [...(mf.namedIn.get(a.id) ?? [])];
    return named.some(
      (n) => names.some((x) => companyKey(x) === companyKey(n)) || domains.some((d) => nameFitsDomain(n, d)),
    );
  });
}

/** A person's full name as compared: folded, two words at least ("Tess Ambrose"), else undefined. */
function personKey(name: string | undefined): string | undefined {
  const words = fold(name ?? "").match(/\p{L}+/gu);
  return words && words.length >= 2 && words.length <= 4 && !isRoleName(name ?? "")
    ? words.join(" ")
    : undefined;
}

/** Remembers that a person, by full name, is part of application `appId`. */
export function metByName(mf: MailFiling, name: string | undefined, appId: number): void {
  const key = personKey(name);
  if (!key) return;
  const apps_ = mf.metNames.get(key) ?? new Set<number>();
  apps_.add(appId);
  mf.metNames.set(key, apps_);
}

/** The one application whose person, met before, the message names in full ("Host: Tess Ambrose"). */
export function byPersonMet(p: Planner, mf: MailFiling, m: EmailDoc): KnownApplication[] {
  const text = ` ${fold(`${m.from?.name ?? ""}\n${m.subject ?? ""}\n${m.text.slice(0, 3000)}`).replace(/[^\p{L}]+/gu, " ")} `;
  const ids = new Set<number>();
  for (const [key, apps_] of mf.metNames) if (text.includes(` ${key} `)) for (const id of apps_) ids.add(id);
  return ids.size === 1 ? p.known().filter((a) => ids.has(a.id)) : [];
}

/** A hiring service's sender, name and address ("Brookmere Health <noreply@trac.jobs>"), as compared. */
export function serviceSenderKey(m: EmailDoc): string | undefined {
  const address = m.from?.email?.toLowerCase();
  const name = m.from?.name ? nameWords(m.from.name).join(" ") : "";
  return address && name ? `${name} <${address}>` : undefined;
}

/**
 * The one application whose tracking system already wrote from this sender, name and address alike: its
 * later notices are the same process's, whatever they say.
 */
export function byServiceSender(p: Planner, mf: MailFiling, m: EmailDoc): KnownApplication[] {
  // A job alert from the same board is no notice of the process, whoever it names.
  if (isJobAlert(m)) return [];
  const key = serviceSenderKey(m);
  const ids = key ? mf.serviceSenders.get(key) : undefined;
  return ids?.size === 1 ? p.known().filter((a) => ids.has(a.id)) : [];
}
