import { companyKey } from "../../core/mail/company-key.js";
import { mailDomains, nameFitsDomain } from "../../core/mail/match-application.js";
import { messageKey } from "../../core/mail/message-key.js";
import { isListMail } from "../../core/mail/read-hiring-mail.js";
import type { CandidateMail } from "../../core/people/identify-candidate-mail.js";
import type { ApplicationRow } from "../../store/workspace-store.js";
import { fileMessage } from "./file-message.js";
import type { Planner } from "./ingest-plan.js";
import { type MailFiling, meet } from "./mail-filing.js";
import { type Entry, emailOf } from "./read-entries.js";

/** What filing learns as it goes, started with each message's domains and the mail of each domain. */
function startFiling(
  dated: Entry[],
  candidate: CandidateMail,
  companySenders: { address: string }[],
): MailFiling {
  const mf: MailFiling = {
    candidate,
    domainsOf: new Map(),
    byDomainMail: new Map(),
    unfiled: [],
    leftOutOf: new Map(),
    answeredIn: new Map(),
    metDomains: new Map(),
    metAddresses: new Set(companySenders.map((s) => s.address.toLowerCase())),
    metNames: new Map(),
    serviceSenders: new Map(),
    subjectOwner: new Map(),
    namedIn: new Map(),
    clientsIn: new Map(),
    agencies: new Set(),
  };
  for (const e of dated) {
    const m = emailOf(e);
    const domains = m ? mailDomains(m, candidate) : [];
    mf.domainsOf.set(e, domains);
    for (const d of domains) {
      const list = mf.byDomainMail.get(d);
      if (!m) continue;
      if (list) list.push(m);
      else mf.byDomainMail.set(d, [m]);
    }
  }
  return mf;
}

/** Why the mail that belongs to no application was left out, counted by reason. */
function countLeftOut(plan: Planner["plan"], unfiled: Entry[], leftOutOf: Map<Entry, string>): void {
  const leftOutWhy = new Map<string, number>();
  const why = new Map<Entry, string>(leftOutOf);
  for (const e of unfiled) {
    const reason = why.get(e) ?? "no hiring conversation in it";
    leftOutWhy.set(reason, (leftOutWhy.get(reason) ?? 0) + 1);
  }
  plan.leftOutReasons = [...leftOutWhy.entries()].map(([reason, count]) => ({ reason, count }));
  plan.leftOut = unfiled.length;
}

/**
 * Files a mailbox's messages (and loose mail) one by one, oldest first: under the given application, or
 * each by its thread, its company, the people met, the company it names or its subject; a hiring
 * conversation no application has starts one. What belongs to none is counted in the plan's left-out.
 */
export function fileMailbox(
  p: Planner,
  mailbox: Entry[],
  given: { app: ApplicationRow; isNew: boolean } | undefined,
  candidate: CandidateMail,
): void {
  const { plan, state } = p;
  // Mail, oldest first, so that a reply finds the thread its original opened.
  const dated = [...mailbox].sort(
    (a, b) => (Date.parse(emailOf(a)?.date ?? "") || 0) - (Date.parse(emailOf(b)?.date ?? "") || 0),
  );
  const mf = startFiling(dated, candidate, state.companySenders);
  if (given) {
    // Mail all filed under one application tells its domain only when it names just one.
    const domains = new Set(dated.flatMap((e) => mf.domainsOf.get(e) ?? []));
    if (domains.size === 1) p.learn(given.app, [...domains]);
  }
  for (const s of state.companySenders) meet(mf, s.address, s.applicationId);
  for (const e of dated) {
    const m = emailOf(e);
    if (!m) continue;
    if (given) {
      p.fileUnder(given.app, "--application", given.isNew);
      p.store(e, given.app, null);
      continue;
    }
    fileMessage(p, mf, e, m, true);
  }
  moveAgencyMail(p, mf);
  // Mail that came before its application was started (a recruiter's first note with no word of hiring in
  // it, a reply with no thread) joins it now, by the same rules, but starts nothing.
  const { unfiled, leftOutOf } = mf;
  for (const e of [...unfiled]) {
    const m = emailOf(e);
    if (!m || isListMail(m) || !fileMessage(p, mf, e, m, false)) continue;
    unfiled.splice(unfiled.indexOf(e), 1);
    leftOutOf.delete(e);
  }
  joinAnsweredThreads(p, mf);
  countLeftOut(plan, unfiled, leftOutOf);
}

/**
 * An agency that named no client at first ("a leading bank") is the process of the one client its later
 * mail names, when that client has an application of its own: its mail moves there.
 */
function moveAgencyMail(p: Planner, mf: MailFiling): void {
  const { plan } = p;
  const { namedIn, clientsIn } = mf;
  for (const id of mf.agencies) {
    const agency = plan.newApps.find((a) => a.id === id);
    if (!agency) continue;
    const names = [...(namedIn.get(id) ?? [])].filter((n) => companyKey(n) !== companyKey(agency.company));
    const clients = p
      .known()
      .filter(
        (a) =>
          a.id !== id &&
          names.some(
            (n) => companyKey(n) === companyKey(a.company) || (a.domain && nameFitsDomain(n, a.domain)),
          ),
      );
    const client = clients.length === 1 ? p.apps().find((a) => a.id === clients[0]?.id) : undefined;
    if (!client) {
      // No application of the client's own: the agency's is named for the one client its mail names.
      const named = [...(clientsIn.get(id) ?? [])];
      if (named.length === 1 && named[0]) {
        agency.company = named[0].slice(0, 200);
        const f = plan.filed.get(id);
        if (f) f.company = agency.company;
      }
      continue;
    }
    const moved = plan.filed.get(id);
    const into = p.fileUnder(
      client,
      `the client ${agency.company}'s mail names`,
      plan.newApps.includes(client),
    );
    for (const source of plan.newSources) if (source.application_id === id) source.application_id = client.id;
    into.sources.push(...(moved?.sources ?? []));
    for (const [key, owner] of p.threadOwner) if (owner === id) p.threadOwner.set(key, client.id);
    for (const [key, owner] of mf.answeredIn) if (owner === id) mf.answeredIn.set(key, client.id);
    plan.filed.delete(id);
    plan.newApps.splice(plan.newApps.indexOf(agency), 1);
    namedIn.set(client.id, new Set([...(namedIn.get(client.id) ?? []), ...(namedIn.get(id) ?? [])]));
  }
}

/**
 * A message left out whose thread a later message brought in joins it: the invitation that opened a
 * thread the candidate's reply or the company's answer was filed by.
 */
function joinAnsweredThreads(p: Planner, mf: MailFiling): void {
  const { unfiled } = mf;
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of [...unfiled]) {
      const key = messageKey(emailOf(e)?.messageId);
      const owner = key !== undefined ? mf.answeredIn.get(key) : undefined;
      const app = owner !== undefined ? p.apps().find((a) => a.id === owner) : undefined;
      if (!app) continue;
      unfiled.splice(unfiled.indexOf(e), 1);
      p.fileUnder(app, "same mail thread", p.plan.newApps.includes(app));
      p.store(e, app, null);
      changed = true;
    }
  }
}
