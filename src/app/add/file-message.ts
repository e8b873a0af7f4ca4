import {
  agencyClient,
  clientNamed,
  companiesNamed,
  isPersonalAside,
  isPersonalDomain,
  isServiceDomain,
  isServiceNoticeOfOwnProcess,
  serviceOf,
  writesAsAgency,
} from "../../core/mail/hiring-services.js";
import {
  companyNameForDomain,
  isHiringMail,
  type KnownApplication,
  matchApplications,
  nameFitsDomain,
} from "../../core/mail/match-application.js";
import { messageKey } from "../../core/mail/message-key.js";
import {
  bulkMailSign,
  hiringConversation,
  isListMail,
  normalSubject,
  replySubject,
  speaksOfOwnProcess,
} from "../../core/mail/read-hiring-mail.js";
import { isCandidatePerson, isFromCandidate } from "../../core/people/identify-candidate-mail.js";
import type { EmailDoc } from "../../core/read/documents.js";
import type { ApplicationRow } from "../../store/workspace-store.js";
import type { Planner } from "./ingest-plan.js";
import {
  byMet,
  byName,
  byNamed,
  byPersonMet,
  byServiceSender,
  type MailFiling,
  meet,
  metByName,
  serviceSenderKey,
  writesAsPerson,
} from "./mail-filing.js";
import type { Entry } from "./read-entries.js";

/** What filing one message weighs: its thread, its parties, and whether it speaks of hiring. */
interface MessageFacts {
  /** A friend's word about the search (how did it go, good luck): no part of any process by its words. */
  aside: boolean;
  threaded: number | undefined;
  /** The company domains among its parties: no hiring service's, no mail provider's. */
  domains: string[];
  service: string | undefined;
  personal: boolean;
  bulk: ReturnType<typeof bulkMailSign>;
  list: boolean;
  hiring: ReturnType<typeof hiringConversation>;
  fromCandidate: boolean;
  mayJoin: boolean;
  byDomainToo: boolean;
  bySubject: number | undefined;
}

/**
 * Files one message of the mailbox, or says why not. On the first pass a hiring conversation with no
 * application yet starts one; the second pass only joins, for mail that came before its application.
 */
export function fileMessage(p: Planner, mf: MailFiling, e: Entry, m: EmailDoc, mayCreate: boolean): boolean {
  const facts = readMessage(p, mf, e, m);
  let { matches, basis } = matchMessage(p, mf, m, facts);
  let app = matches.length === 1 ? p.apps().find((a) => a.id === matches[0]?.id) : undefined;
  if (app && basis === "names the company") basis = `names ${app.company}`;
  if (!app && matches.length === 0 && facts.hiring && !facts.personal && mayCreate) {
    const started = startFromMessage(p, mf, m, facts);
    if (started) ({ app, basis } = started);
  }
  if (!app) {
    if (!mayCreate) return false;
    mf.unfiled.push(e);
    mf.leftOutOf.set(e, leftOutReason(facts, matches));
    return false;
  }
  p.fileUnder(app, basis, p.plan.newApps.includes(app));
  p.store(e, app, null);
  noteFiled(mf, m, app, facts);
  return true;
}

function readMessage(p: Planner, mf: MailFiling, e: Entry, m: EmailDoc): MessageFacts {
  const { candidate } = mf;
  const threaded = [m.inReplyTo, ...m.references].map(p.ownerOf).find((id) => id !== undefined);
  const parties = mf.domainsOf.get(e) ?? [];
  // A hiring service's mail is filed by the company it names, never by the service's domain.
  const service = [m.from, ...m.to, ...m.cc].map((q) => serviceOf(q?.email)).find((d) => d !== undefined);
  const domains = parties.filter(
    (d) => !isServiceDomain(d) && !isPersonalDomain(d) && (service === undefined || !service.endsWith(d)),
  );
  // Mail among people's own mailboxes only (a friend's, family's) is no company's, unless it is a reply
  // in a thread already filed.
  const personal = domains.length === 0 && service === undefined;
  const bulk = bulkMailSign(m);
  const list = isListMail(m);
  const fromCandidate = isFromCandidate(m, candidate);
  // A friend asking how the interview went speaks of hiring but is no part of it: it starts nothing and
  // joins no application by the company it names (only by its thread, or the domain of someone met).
  const aside = !fromCandidate && service === undefined && isPersonalAside(m);
  const hiring = aside ? undefined : hiringConversation(m, candidate, { automaticToo: true });
  const speaksOfHiring = !aside && (hiring !== undefined || isHiringMail(m, candidate));
  // List mail (newsletters, job alerts) joins an application by its thread only, or when it is about the
  // candidate's own application (a tracking system's survey or status notice in a list's dress); other
  // mail joins by the company's domain when it is about hiring, is the candidate's, or comes from someone
  // met before: a bill from the same company is not part of the process.
  const mayJoin = list
    ? speaksOfOwnProcess(m) ||
      (service !== undefined && (isServiceNoticeOfOwnProcess(m) || byServiceSender(p, mf, m).length > 0))
    : true;
  const byDomainToo =
    speaksOfHiring ||
    fromCandidate ||
    writesAsPerson(m.from) ||
    [m.from, ...m.to, ...m.cc].some((q) => mf.metAddresses.has(q?.email?.toLowerCase() ?? ""));
  const subject = replySubject(m.subject);
  const bySubject = subject !== undefined ? mf.subjectOwner.get(subject) : undefined;
  return {
    aside,
    threaded,
    domains,
    service,
    personal,
    bulk,
    list,
    hiring,
    fromCandidate,
    mayJoin,
    byDomainToo,
    bySubject,
  };
}

/** The applications a message joins, by its thread, its company's domain, people met, name or subject. */
function matchMessage(
  p: Planner,
  mf: MailFiling,
  m: EmailDoc,
  facts: MessageFacts,
): { matches: KnownApplication[]; basis: string } {
  const { threaded, domains, service, personal, list, byDomainToo, bySubject } = facts;
  let basis = "same mail thread";
  let matches: KnownApplication[] = [];
  if (threaded !== undefined) matches = p.known().filter((a) => a.id === threaded);
  else if (facts.mayJoin) {
    const byDomain = p.known().filter((a) => a.domain && domains.includes(a.domain));
    const from = `mail from ${domains[0] ?? "the company"}`;
    const candidates: [KnownApplication[], string][] = [
      [byDomainToo ? byDomain : [], from],
      [byDomainToo ? byMet(p, mf, domains) : [], `${from}, where you met people before`],
      [byDomainToo ? matchApplications({ domains, people: [] }, p.known()) : [], from],
      [
        personal || facts.aside || (list && !service) || !(byDomainToo || service)
          ? []
          : byName(p, m, service),
        "names the company",
      ],
      [service !== undefined ? byServiceSender(p, mf, m) : [], "from the tracking system that wrote before"],
      // A scheduler's or tracking system's mail may name no company, only the person met ("Host: Tess Ambrose").
      [service !== undefined ? byPersonMet(p, mf, m) : [], "names someone you met"],
      [bySubject !== undefined && !list ? p.known().filter((a) => a.id === bySubject) : [], "same subject"],
    ];
    const found = candidates.find(([list_]) => list_.length > 0);
    if (found) [matches, basis] = found;
  }
  return { matches, basis };
}

/**
 * The application a hiring conversation that matched none starts (or the one whose mail names its
 * company, for an agency's or a tracking system's mail): undefined when it names no company.
 */
function startFromMessage(
  p: Planner,
  mf: MailFiling,
  m: EmailDoc,
  facts: MessageFacts,
): { app: ApplicationRow | undefined; basis: string } | undefined {
  const { domains, service, hiring } = facts;
  const domain = domains[0];
  if (domain !== undefined) {
    const texts = (mf.byDomainMail.get(domain) ?? []).map((x) => x.text);
    // An agency writes from its own domain about its client's role: the process is the client's.
    const client = clientNamed(m) ?? agencyClient(m, domain);
    const company =
      client !== undefined && !nameFitsDomain(client, domain) ? client : companyNameForDomain(domain, texts);
    const [named, ...more] = byNamed(p, mf, [company], [domain]);
    if (named && more.length === 0) {
      const app = p.apps().find((a) => a.id === named.id);
      return {
        app,
        basis: `mail from ${domain}, the company ${app?.company ?? "an application"}'s mail names`,
      };
    }
    const app = p.newApp(company, { domains: [domain] }, `new: mail from ${domain}`);
    if (client === undefined && writesAsAgency(m, domain)) mf.agencies.add(app.id);
    return { app, basis: `new, from mail from ${domain}: ${hiring}` };
  }
  if (service !== undefined) {
    const named = companiesNamed(m, service)[0];
    // An application started from the company's own mail may carry its name as its domain spells it.
    const [earlier, ...more] =
      named === undefined
        ? []
        : byNamed(p, mf, [named], []).length > 0
          ? byNamed(p, mf, [named], [])
          : matchApplications({ company: named, domains: [], people: [] }, p.known());
    if (earlier && more.length === 0) {
      const app = p.apps().find((a) => a.id === earlier.id);
      return { app, basis: `names ${named}, which ${app?.company ?? "an application"}'s mail names` };
    }
    if (named !== undefined)
      return {
        app: p.newApp(named, { domains: [] }, `new: mail from ${service} naming ${named}`),
        basis: `new, from mail from ${service} naming ${named}: ${hiring}`,
      };
  }
  return undefined;
}

/** Why a message is left out, as the report counts it. */
function leftOutReason(facts: MessageFacts, matches: KnownApplication[]): string {
  const { bulk, personal, hiring, service, aside } = facts;
  return bulk
    ? `list or bulk mail (${bulk.replace(/ \(.*$/, "")})`
    : matches.length > 1
      ? "could be more than one application"
      : personal && (hiring || aside)
        ? "personal mail: no company or hiring service in it"
        : aside
          ? "a friend asking about your search, not the company writing"
          : service !== undefined && hiring
            ? `from ${service}, naming no company`
            : hiring
              ? "from a personal address, with no company named"
              : "no hiring conversation in it";
}

/** What a filed message teaches the rest: who was met, its subject, the ids it answers, the companies it names. */
function noteFiled(mf: MailFiling, m: EmailDoc, app: ApplicationRow, facts: MessageFacts): void {
  if (!facts.bulk && m.from && !facts.fromCandidate) {
    meet(mf, m.from.email, app.id);
    if (m.from.email) mf.metAddresses.add(m.from.email.toLowerCase());
  }
  const sender = facts.service !== undefined ? serviceSenderKey(m) : undefined;
  if (sender) mf.serviceSenders.set(sender, new Set([...(mf.serviceSenders.get(sender) ?? []), app.id]));
  // The people of the process by name: the company's who wrote, and those the candidate wrote to.
  const people = facts.fromCandidate ? [...m.to, ...m.cc] : facts.bulk || facts.service ? [] : [m.from];
  for (const q of people) if (q && !isCandidatePerson(q, mf.candidate)) metByName(mf, q.name, app.id);
  const own = normalSubject(m.subject);
  if (own !== undefined && !mf.subjectOwner.has(own)) mf.subjectOwner.set(own, app.id);
  for (const id of [m.inReplyTo, ...m.references]) {
    const key = messageKey(id);
    if (key !== undefined && !mf.answeredIn.has(key)) mf.answeredIn.set(key, app.id);
  }
  if (!facts.list) {
    const names = mf.namedIn.get(app.id) ?? new Set<string>([app.company]);
    const client = clientNamed(m);
    for (const n of [client, ...companiesNamed(m, facts.service)]) if (n) names.add(n);
    mf.namedIn.set(app.id, names);
    if (client) mf.clientsIn.set(app.id, new Set([...(mf.clientsIn.get(app.id) ?? []), client]));
  }
}
