import { createHash } from "node:crypto";
import { basename, resolve } from "node:path";
import type { Timeline } from "../core/build-timeline.js";
import { organisationDomain } from "../core/company-domain.js";
import { companyKey } from "../core/company-key.js";
import type { ContextFacts, Doc, EmailDoc, Person } from "../core/documents.js";
import { findInterviewTime } from "../core/find-interview-time.js";
import {
  agencyClient,
  clientNamed,
  companiesNamed,
  isPersonalDomain,
  isServiceDomain,
  serviceOf,
  writesAsAgency,
} from "../core/hiring-services.js";
import {
  type CandidateMail,
  isFromCandidate,
  resolveCandidateMail,
} from "../core/identify-candidate-mail.js";
import {
  type BundleFacts,
  companyNameForDomain,
  describeBundle,
  isHiringMail,
  type KnownApplication,
  mailDomains,
  matchApplications,
  nameFitsDomain,
} from "../core/match-application.js";
import { messageKey } from "../core/message-key.js";
import {
  bulkMailSign,
  hiringConversation,
  isListMail,
  normalSubject,
  replySubject,
  speaksOfOwnProcess,
} from "../core/read-hiring-mail.js";
import { isRoleName } from "../core/weigh-candidate-sender.js";
import {
  givenUploads,
  type Kind,
  parseGivenFile,
  readGivenFiles,
  splitMboxFile,
  type Upload,
} from "../ingest/read-case-folder.js";
import { commitIngest } from "../store/commit-ingest.js";
import { readOutcomes } from "../store/read-application.js";
import { findStoredHashes, readSources, readState, type WorkspaceState } from "../store/read-state.js";
import { StaleWorkspace } from "../store/revision.js";
import { readTimeZone } from "../store/workspace-settings.js";
import type { ApplicationRow, RoundRow, SourceRow, Store } from "../store/workspace-store.js";
import { findApplication, labelOf } from "./find-application.js";
import { InputError } from "./input-error.js";
import { cacheKey, type ParseCache, rebuildApplication } from "./rebuild-application.js";
import { readUserOutcomes } from "./workspace-outcomes.js";

export { findApplication };

/**
 * `debrief add`: files interview folders, single files and whole mailboxes into the workspace. Reads
 * and parses everything first, works out which application and round each part belongs to, re-reads
 * the applications it touched, and writes all of it in one transaction. A file stored before (same
 * bytes) is left alone; a file that cannot be read is reported and not stored.
 */
export interface AddOptions {
  now: string;
  /** An application's id or company, or a new company's name: file everything under it. */
  application?: string;
  /** File the interview material under this round number. */
  round?: number;
  /** The candidate's name, remembered for later adds. */
  me?: string;
  /** The candidate's IANA zone, for an invite's floating times; remembered for later adds. */
  timeZone?: string;
}

export type Question = {
  kind: "application";
  /** What is being filed ("the files in case-a/", "notes.md"). */
  about: string;
  facts: Pick<BundleFacts, "company" | "role" | "domains">;
  /** The applications it might be: all of them when nothing matched. */
  options: { id: number; label: string }[];
};

/** An answer: an existing application, or a new one with this company name. */
export type Choice = { applicationId: number } | { company: string };

export interface Progress {
  phase: "reading" | "storing";
  done: number;
  total?: number;
  /** The file being read. */
  source?: string;
}

export interface AddHooks {
  /** Asks the person when the files do not tell; without it, such files are an input error. */
  choose?: (question: Question) => Promise<Choice>;
  onProgress?: (progress: Progress) => void;
}

export interface FiledApplication {
  applicationId: number;
  company: string;
  role: string | null;
  isNew: boolean;
  /** Why it went there ("domain acme.com", "--application", "new: invite.ics"). */
  basis: string;
  round?: { number: number; isNew: boolean };
  sources: string[];
}

export interface AddReport {
  filed: FiledApplication[];
  /** Files (or messages) stored before, the same bytes or the same message: nothing changed for them. */
  duplicates: string[];
  /** Files given more than once in this add (the same bytes, or the same message): stored once. */
  repeated: string[];
  /** Why each of `duplicates` and `repeated` is one: the same bytes, or the same Message-ID, as what. */
  duplicateReasons: { source: string; reason: string }[];
  /** Messages of a mailbox that belong to no application, not stored. */
  leftOut?: { count: number; reason: string; reasons: { reason: string; count: number }[] };
  skipped: { source: string; reason: string }[];
  warnings: string[];
  /** Outcomes the mail states that were not known before. */
  outcomes: { applicationId: number; company: string; outcome: string; quote: string | null }[];
  /** Times the plan was made again because another process wrote meanwhile. */
  retries: number;
}

/** One file, or one message of a mailbox, read and parsed. */
interface Entry {
  bundle: number;
  source: string;
  kind: Kind;
  bytes: Uint8Array;
  sha256: string;
  docs: Doc[];
  /** From a mailbox: filed by matching, never as part of a folder's round. */
  fromMailbox: boolean;
  hasContext: boolean;
  context?: ContextFacts;
}

const MAX_ATTEMPTS = 8;

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** What to file: paths on disk, or uploaded files and pasted notes (the dashboard's Save), one round. */
export type AddInput = string[] | { uploads: Upload[]; notes?: string };

/** Uploads and pasted notes (as notes.md) as the files of one round. */
function uploadedFiles(input: { uploads: Upload[]; notes?: string }): ReturnType<typeof givenUploads> {
  const notes =
    input.notes !== undefined && input.notes.trim() !== ""
      ? [{ name: "notes.md", bytes: new TextEncoder().encode(input.notes) }]
      : [];
  return givenUploads([...notes, ...input.uploads]);
}

async function readEntries(
  input: AddInput,
  hooks: AddHooks,
  timeZone: string | undefined,
): Promise<{ entries: Entry[]; skipped: AddReport["skipped"]; warnings: string[] }> {
  const given = Array.isArray(input) ? await readGivenFiles(input) : uploadedFiles(input);
  const entries: Entry[] = [];
  const skipped = [...given.skipped];
  const warnings: string[] = [];
  const add = async (bundle: number, source: string, kind: Kind, bytes: Uint8Array, fromMailbox: boolean) => {
    const read = await parseGivenFile(source, bytes, kind, timeZone ? { timeZone } : {});
    warnings.push(...read.warnings);
    if (read.skipped.length > 0) {
      skipped.push(...read.skipped);
      return;
    }
    if (read.docs.length === 0 && !read.context) return;
    entries.push({
      bundle,
      source,
      kind,
      bytes,
      sha256: sha256(bytes),
      docs: read.docs,
      fromMailbox,
      hasContext: read.context !== undefined,
      ...(read.context ? { context: read.context } : {}),
    });
  };
  for (const [i, f] of given.files.entries()) {
    // A folder's files are named with the folder ("acme-onsite/notes.md"): two rounds' notes.md are two
    // sources, and a question about them can say which folder it means.
    const folder =
      f.bundle >= 0 && Array.isArray(input)
        ? basename(resolve(input[f.bundle] ?? "")) || "folder"
        : undefined;
    const source = folder ? `${folder}/${f.source}` : f.source;
    hooks.onProgress?.({ phase: "reading", done: i, total: given.files.length, source });
    if (f.kind !== "mbox") {
      await add(f.bundle, source, f.kind, f.bytes, false);
      continue;
    }
    const messages = splitMboxFile(source, f.bytes);
    let n = 0;
    for (let next = messages.next(); ; next = messages.next()) {
      if (next.done) {
        if (next.value) skipped.push({ source, reason: next.value });
        break;
      }
      await add(f.bundle, next.value.source, "email", next.value.bytes, true);
      if (++n % 200 === 0) hooks.onProgress?.({ phase: "reading", done: n, source });
    }
  }
  hooks.onProgress?.({ phase: "reading", done: given.files.length, total: given.files.length });
  return { entries, skipped, warnings };
}

function emailOf(e: Entry): EmailDoc | undefined {
  return e.docs.find((d): d is EmailDoc => d.kind === "email");
}

/** The plan of one attempt: what to write, made from one reading of the workspace. */
interface IngestPlan {
  state: WorkspaceState;
  newApps: ApplicationRow[];
  newRounds: Omit<RoundRow, "analysis">[];
  newSources: SourceRow[];
  filed: Map<number, FiledApplication>;
  duplicates: string[];
  repeated: string[];
  duplicateReasons: AddReport["duplicateReasons"];
  leftOut: number;
  leftOutReasons: { reason: string; count: number }[];
}

export async function addToWorkspace(
  store: Store,
  input: AddInput,
  options: AddOptions,
  hooks: AddHooks = {},
): Promise<AddReport> {
  const paths = Array.isArray(input) ? input : input.uploads.map((u) => u.name);
  // Floating invite times are read in the candidate's zone: given now, or remembered from before.
  const timeZone = options.timeZone ?? (await readTimeZone(store));
  const read = await readEntries(input, hooks, timeZone);
  const report: AddReport = {
    filed: [],
    duplicates: [],
    repeated: [],
    duplicateReasons: [],
    skipped: read.skipped,
    warnings: read.warnings,
    outcomes: [],
    retries: 0,
  };
  if (read.entries.length === 0) return report;
  const answers = new Map<string, Choice>();
  // What was parsed to plan is what the re-read would parse again.
  const cache: ParseCache = new Map(
    read.entries.map((e) => [
      cacheKey(e.sha256, e.source),
      { docs: e.docs, ...(e.context ? { context: e.context } : {}) },
    ]),
  );
  for (let attempt = 1; ; attempt++) {
    const plan = await planIngest(store, read.entries, options, hooks, answers);
    report.duplicates = plan.duplicates;
    report.repeated = plan.repeated;
    report.duplicateReasons = plan.duplicateReasons;
    if (plan.leftOut > 0)
      report.leftOut = {
        count: plan.leftOut,
        reason: `messages of the mailbox that belong to no application (not stored): ${plan.leftOutReasons
          .map((r) => `${r.count} ${r.reason}`)
          .join("; ")}`,
        reasons: plan.leftOutReasons,
      };
    else delete report.leftOut;
    if (plan.newSources.length === 0) {
      report.filed = [];
      return report;
    }
    const touched = [...plan.filed.keys()];
    const storedSources = await readSources(
      store,
      touched.filter((id) => plan.state.applications.some((a) => a.id === id)),
    );
    const userOutcomes = await readUserOutcomes(store);
    const recorded = await readOutcomes(store);
    const me = options.me ?? plan.state.me;
    const derived = [];
    // A --me that matches no one in any application this add touched is a typo to warn about.
    const meWarnings: (string | undefined)[] = [];
    for (const id of touched) {
      const application = [...plan.state.applications, ...plan.newApps].find((a) => a.id === id);
      if (!application) continue;
      const userOutcome = userOutcomes.get(id);
      derived.push(
        await rebuildApplication(
          {
            application,
            rounds: [...plan.state.rounds, ...plan.newRounds].filter((r) => r.application_id === id),
            sources: [...storedSources, ...plan.newSources].filter((s) => s.application_id === id),
            ...(userOutcome ? { userOutcome } : {}),
          },
          {
            now: options.now,
            me,
            ...(timeZone ? { timeZone } : {}),
            ...(options.me ? { onTimeline: (t: Timeline) => meWarnings.push(t.people.warning) } : {}),
          },
          cache,
        ),
      );
    }
    const [meWarning] = meWarnings;
    if (meWarning && meWarnings.every((w) => w !== undefined) && !report.warnings.includes(meWarning))
      report.warnings.push(meWarning);
    const ingestId = plan.state.maxIds.ingests + 1;
    try {
      await commitIngest(
        store,
        {
          revision: plan.state.revision,
          ...(options.me ? { me: options.me } : {}),
          ...(options.timeZone ? { timeZone: options.timeZone } : {}),
          ingest: {
            id: ingestId,
            started_at: options.now,
            finished_at: options.now,
            summary: JSON.stringify({
              paths,
              sources: plan.newSources.length,
              duplicates: plan.duplicates.length,
              leftOut: plan.leftOut,
              skipped: report.skipped.length,
            }),
          },
          applications: plan.newApps,
          rounds: plan.newRounds,
          sources: plan.newSources.map((s) => ({ ...s, ingest_id: ingestId })),
          derived,
        },
        (done, total) => hooks.onProgress?.({ phase: "storing", done, total }),
      );
    } catch (e) {
      if (e instanceof StaleWorkspace && attempt < MAX_ATTEMPTS) {
        report.retries++;
        continue;
      }
      throw e;
    }
    report.filed = [...plan.filed.values()];
    // News is an outcome the mail states that was not recorded before: not the candidate's own word
    // (theirs stands, "open" included), nor what earlier mail already said.
    const isKnown = (applicationId: number, outcome: string) =>
      recorded.some(
        (r) => r.application_id === applicationId && (r.recorded_by === "you" || r.outcome === outcome),
      );
    for (const d of derived) {
      const o = d.outcomes[0];
      const filed = plan.filed.get(d.applicationId);
      if (o && filed && !isKnown(d.applicationId, o.outcome))
        report.outcomes.push({
          applicationId: d.applicationId,
          company: filed.company,
          outcome: o.outcome,
          quote: o.quote,
        });
    }
    return report;
  }
}

async function planIngest(
  store: Store,
  entries: Entry[],
  options: AddOptions,
  hooks: AddHooks,
  answers: Map<string, Choice>,
): Promise<IngestPlan> {
  const state = await readState(store);
  const stored = await findStoredHashes(
    store,
    entries.map((e) => e.sha256),
  );
  const plan: IngestPlan = {
    state,
    newApps: [],
    newRounds: [],
    newSources: [],
    filed: new Map(),
    duplicates: [],
    repeated: [],
    duplicateReasons: [],
    leftOut: 0,
    leftOutReasons: [],
  };
  // The same message is stored once however it arrives (a loose .eml and again in an mbox, or in two
  // mboxes): by its bytes, else by its Message-ID. This plan is written only if the workspace's revision
  // has not moved since `state` was read (checked in the transaction that writes it), so no other writer
  // can file the same message in between.
  const storedKeys = new Map<string, number>();
  for (const [id, app] of state.messageIds) {
    const key = messageKey(id);
    if (key) storedKeys.set(key, app);
  }
  const labelOfId = (id: number) => {
    const app = state.applications.find((a) => a.id === id);
    return app ? `application ${id} (${app.company})` : `application ${id}`;
  };
  const seen = new Map<string, string>();
  const seenKeys = new Map<string, string>();
  const fresh: Entry[] = [];
  const duplicate = (e: Entry, isStored: boolean, reason: string) => {
    (isStored ? plan.duplicates : plan.repeated).push(e.source);
    plan.duplicateReasons.push({ source: e.source, reason });
  };
  for (const e of entries) {
    const key = messageKey(emailOf(e)?.messageId);
    const storedApp = key !== undefined ? storedKeys.get(key) : undefined;
    const earlier = seen.get(e.sha256);
    const earlierMessage = key !== undefined ? seenKeys.get(key) : undefined;
    if (stored.has(e.sha256)) duplicate(e, true, "the same bytes as a file already in the workspace");
    else if (storedApp !== undefined)
      duplicate(
        e,
        true,
        `the same message (Message-ID <${key}>) is already filed under ${labelOfId(storedApp)}`,
      );
    else if (earlier !== undefined) duplicate(e, false, `the same bytes as ${earlier}, given in this add`);
    else if (earlierMessage !== undefined)
      duplicate(e, false, `the same message (Message-ID <${key}>) as ${earlierMessage}, given in this add`);
    else fresh.push(e);
    if (!seen.has(e.sha256)) seen.set(e.sha256, e.source);
    if (key !== undefined && !seenKeys.has(key)) seenKeys.set(key, e.source);
  }
  if (fresh.length === 0) return plan;

  const me = options.me ?? state.me ?? undefined;
  const allMail = fresh.map(emailOf).filter((m): m is EmailDoc => m !== undefined);
  const candidate: CandidateMail = resolveCandidateMail(allMail, { names: me ? [me] : [], addresses: [] });
  const apps = (): ApplicationRow[] => [...state.applications, ...plan.newApps];
  const known = (): KnownApplication[] =>
    apps().map((a) => ({ id: a.id, company: a.company, domain: a.domain }));
  // Threads by normalised Message-ID, so a reply finds its original however either mailer wrote the id.
  const threadOwner = new Map(storedKeys);
  const ownerOf = (id: string | undefined) => {
    const key = messageKey(id);
    return key !== undefined ? threadOwner.get(key) : undefined;
  };
  let nextSourceId = state.maxIds.sources;

  const fileUnder = (app: ApplicationRow, basis: string, isNew: boolean): FiledApplication => {
    let f = plan.filed.get(app.id);
    if (!f) {
      f = { applicationId: app.id, company: app.company, role: app.role, isNew, basis, sources: [] };
      plan.filed.set(app.id, f);
    }
    return f;
  };
  const newApp = (company: string, facts: Partial<BundleFacts>, basis: string): ApplicationRow => {
    const app: ApplicationRow = {
      id: state.maxIds.applications + plan.newApps.length + 1,
      company: company.trim().slice(0, 200),
      role: facts.role?.slice(0, 200) ?? null,
      domain: facts.domains?.[0] ?? null,
      created_at: options.now,
      basis,
    };
    plan.newApps.push(app);
    return app;
  };
  /**
   * A new application named by --application or by the person's answer takes the domain and role its
   * files show, as one named from the files does: later mail from that domain then finds it.
   */
  const learn = (app: ApplicationRow, domains: string[], role?: string) => {
    if (!plan.newApps.includes(app)) return;
    if (app.domain === null && domains[0]) app.domain = domains[0];
    if (app.role === null && role) app.role = role.slice(0, 200);
  };
  const store_ = (e: Entry, app: ApplicationRow, roundId: number | null) => {
    plan.newSources.push({
      id: ++nextSourceId,
      application_id: app.id,
      round_id: roundId,
      sha256: e.sha256,
      name: e.source,
      kind: e.kind,
      content: e.bytes,
      bytes: e.bytes.length,
      ingest_id: 0,
      added_at: options.now,
    });
    const key = messageKey(emailOf(e)?.messageId);
    if (key !== undefined) threadOwner.set(key, app.id);
    plan.filed.get(app.id)?.sources.push(e.source);
  };

  const given = options.application !== undefined ? resolveGiven(options.application) : undefined;
  function resolveGiven(ref: string): { app: ApplicationRow; isNew: boolean } {
    const found = findApplication(apps(), ref);
    if (found) return { app: found, isNew: false };
    if (/^\d+$/.test(ref.trim()))
      throw new InputError(
        "no-such-application",
        `there is no application ${ref.trim()}`,
        "see `debrief list` for the ids",
      );
    return { app: newApp(ref, {}, "--application"), isNew: true };
  }

  // Folders, and loose interview files, are one round each; a mailbox's messages are filed one by one.
  const bundles = new Map<number, Entry[]>();
  const mailbox: Entry[] = [];
  for (const e of fresh) {
    if (e.fromMailbox) mailbox.push(e);
    else {
      const group = bundles.get(e.bundle);
      if (group) group.push(e);
      else bundles.set(e.bundle, [e]);
    }
  }
  const loose = bundles.get(-1);
  if (loose?.every((e) => e.kind === "email") && !given) {
    bundles.delete(-1);
    mailbox.push(...loose);
  }

  for (const [bundle, group] of [...bundles.entries()].sort((a, b) => a[0] - b[0])) {
    const docs = group.flatMap((e) => e.docs);
    const about =
      bundle === -1
        ? group.map((e) => e.source).join(", ")
        : `the files of ${group[0]?.source.split("/")[0] ?? "a folder"}`;
    const facts = describeBundle(docs, candidate);
    let target = given;
    let basis = "--application";
    if (!target) {
      const threaded = group
        .map(emailOf)
        .flatMap((m) => (m ? [m.inReplyTo, ...m.references] : []))
        .map(ownerOf)
        .find((id) => id !== undefined);
      const matches =
        threaded !== undefined ? known().filter((a) => a.id === threaded) : matchApplications(facts, known());
      if (matches.length === 1) {
        const app = apps().find((a) => a.id === matches[0]?.id);
        if (app) target = { app, isNew: plan.newApps.includes(app) };
        basis =
          threaded !== undefined
            ? "same mail thread"
            : `matches ${facts.domains.find((d) => d === app?.domain) ?? app?.company}`;
      } else if (matches.length === 0 && facts.company) {
        target = { app: newApp(facts.company, facts, `new: ${facts.basis ?? "the files"}`), isNew: true };
        basis = `new, from ${facts.basis ?? "the files"}`;
      } else {
        const choice = await ask(`bundle:${bundle}`, {
          kind: "application",
          about,
          facts: {
            ...(facts.company ? { company: facts.company } : {}),
            ...(facts.role ? { role: facts.role } : {}),
            domains: facts.domains,
          },
          options: (matches.length > 0
            ? apps().filter((a) => matches.some((m) => m.id === a.id))
            : apps()
          ).map((a) => ({
            id: a.id,
            label: labelOf(a),
          })),
        });
        target =
          "applicationId" in choice
            ? resolveGiven(String(choice.applicationId))
            : resolveGiven(choice.company);
        basis = "your choice";
      }
    }
    if (!target) continue;
    learn(target.app, facts.domains, facts.role);
    const filed = fileUnder(target.app, basis, target.isNew);
    const round = chooseRound(target.app, docs, filed);
    for (const e of group) store_(e, target.app, round);
  }

  // Mail, oldest first, so that a reply finds the thread its original opened.
  const dated = [...mailbox].sort(
    (a, b) => (Date.parse(emailOf(a)?.date ?? "") || 0) - (Date.parse(emailOf(b)?.date ?? "") || 0),
  );
  // Each message's company domains, once: a new application looks up all the mail of its domain.
  const domainsOf = new Map<Entry, string[]>();
  const byDomainMail = new Map<string, EmailDoc[]>();
  for (const e of dated) {
    const m = emailOf(e);
    const domains = m ? mailDomains(m, candidate) : [];
    domainsOf.set(e, domains);
    for (const d of domains) {
      const list = byDomainMail.get(d);
      if (!m) continue;
      if (list) list.push(m);
      else byDomainMail.set(d, [m]);
    }
  }
  const unfiled: Entry[] = [];
  const leftOutWhy = new Map<string, number>();
  const leftOutOf = new Map<Entry, string>();
  /** Message-IDs that filed messages answer or cite, with the application they were filed under. */
  const answeredIn = new Map<string, number>();
  if (given) {
    // Mail all filed under one application tells its domain only when it names just one.
    const domains = new Set(dated.flatMap((e) => domainsOf.get(e) ?? []));
    if (domains.size === 1) learn(given.app, [...domains]);
  }
  // The domains of the company people already met, each with its application (one domain, one application).
  // A hiring service's domain (a tracking system, a scheduler) or a mail provider's is no company's.
  const metDomains = new Map<string, Set<number>>();
  const meet = (address: string | undefined, appId: number) => {
    const domain = organisationDomain(address);
    if (!domain || isServiceDomain(domain) || isPersonalDomain(domain)) return;
    const apps_ = metDomains.get(domain) ?? new Set<number>();
    apps_.add(appId);
    metDomains.set(domain, apps_);
  };
  for (const s of state.companySenders) meet(s.address, s.applicationId);
  const metAddresses = new Set(state.companySenders.map((s) => s.address.toLowerCase()));
  const byMet = (domains: string[]) => {
    const ids = new Set(domains.flatMap((d) => [...(metDomains.get(d) ?? [])]));
    return ids.size === 1 ? known().filter((a) => ids.has(a.id)) : [];
  };
  // An existing application's company, named in the message as a whole word ("Lumenfold Analytics").
  // A tracking system's mail may name the company in its sender only ("Acme <noreply@tracking-system>").
  const byName = (m: EmailDoc, service?: string) => {
    const sender = service !== undefined ? (m.from?.name ?? "") : "";
    const text = `${sender}\n${m.subject ?? ""}\n${m.text.slice(0, 3000)}`.toLowerCase();
    return known().filter((a) => {
      const name = a.company.trim().toLowerCase();
      if (companyKey(a.company).length < 4) return false;
      const at = text.indexOf(name);
      return (
        at >= 0 &&
        !/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") &&
        !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? "")
      );
    });
  };
  // A person at the company ("Odalys Brannock <odalys.brannock@…>"), not the company itself writing as a
  // business ("Voltgrid Billing <billing@…>", "Acme <accounts@…>"), whose mail is no hiring's by itself.
  const writesAsPerson = (p: Person | undefined) => {
    const domain = organisationDomain(p?.email);
    if (!p || !domain) return false;
    const local = p.email?.split("@")[0] ?? "";
    if (p.name) return !nameFitsDomain(p.name, domain) && !isRoleName(p.name) && !/\d/.test(local);
    return /^\p{L}+[._-]\p{L}+$/u.test(local);
  };
  // A reply whose mailer dropped In-Reply-To still carries its thread's subject ("RE: Offer - Analyst").
  const subjectOwner = new Map<string, number>();
  // The companies each application's mail names ("my client, X", "a role at X"): an agency's process is
  // found again when the client writes from its own domain, or a tracking system names it.
  const namedIn = new Map<number, Set<string>>();
  /** The clients an application's mail names as an agency's ("my client, X", "the client is X"). */
  const clientsIn = new Map<number, Set<string>>();
  /** New applications started from an agency's mail that named no client. */
  const agencies = new Set<number>();
  const byNamed = (names: string[], domains: string[]) =>
    known().filter((a) => {
      const named = [...(namedIn.get(a.id) ?? [])];
      return named.some(
        (n) =>
          names.some((x) => companyKey(x) === companyKey(n)) || domains.some((d) => nameFitsDomain(n, d)),
      );
    });
  /**
   * Files one message of the mailbox, or says why not. On the first pass a hiring conversation with no
   * application yet starts one; the second pass only joins, for mail that came before its application.
   */
  const fileMessage = (e: Entry, m: EmailDoc, mayCreate: boolean): boolean => {
    const threaded = [m.inReplyTo, ...m.references].map(ownerOf).find((id) => id !== undefined);
    const parties = domainsOf.get(e) ?? [];
    // A hiring service's mail is filed by the company it names, never by the service's domain.
    const service = [m.from, ...m.to, ...m.cc].map((p) => serviceOf(p?.email)).find((d) => d !== undefined);
    const domains = parties.filter(
      (d) => !isServiceDomain(d) && !isPersonalDomain(d) && (service === undefined || !service.endsWith(d)),
    );
    // Mail among people's own mailboxes only (a friend's, family's) is no company's, unless it is a reply
    // in a thread already filed.
    const personal = domains.length === 0 && service === undefined;
    const bulk = bulkMailSign(m);
    const list = isListMail(m);
    const hiring = hiringConversation(m, candidate, { automaticToo: true });
    const fromCandidate = isFromCandidate(m, candidate);
    const speaksOfHiring = hiring !== undefined || isHiringMail(m, candidate);
    // List mail (newsletters, job alerts) joins an application by its thread only, or when it is about the
    // candidate's own application; other mail joins by the company's domain when it is about hiring, is the
    // candidate's, or comes from someone met before: a bill from the same company is not part of the process.
    const mayJoin = list ? speaksOfOwnProcess(m) : true;
    const byDomainToo =
      speaksOfHiring ||
      fromCandidate ||
      writesAsPerson(m.from) ||
      [m.from, ...m.to, ...m.cc].some((p) => metAddresses.has(p?.email?.toLowerCase() ?? ""));
    const subject = replySubject(m.subject);
    const bySubject = subject !== undefined ? subjectOwner.get(subject) : undefined;
    let basis = "same mail thread";
    let matches: KnownApplication[] = [];
    if (threaded !== undefined) matches = known().filter((a) => a.id === threaded);
    else if (mayJoin) {
      const byDomain = known().filter((a) => a.domain && domains.includes(a.domain));
      const from = `mail from ${domains[0] ?? "the company"}`;
      const candidates: [KnownApplication[], string][] = [
        [byDomainToo ? byDomain : [], from],
        [byDomainToo ? byMet(domains) : [], `${from}, where you met people before`],
        [byDomainToo ? matchApplications({ domains, people: [] }, known()) : [], from],
        [
          personal || (list && !service) || !(byDomainToo || service) ? [] : byName(m, service),
          "names the company",
        ],
        [bySubject !== undefined && !list ? known().filter((a) => a.id === bySubject) : [], "same subject"],
      ];
      const found = candidates.find(([list_]) => list_.length > 0);
      if (found) [matches, basis] = found;
    }
    let app = matches.length === 1 ? apps().find((a) => a.id === matches[0]?.id) : undefined;
    if (app && basis === "names the company") basis = `names ${app.company}`;
    if (!app && matches.length === 0 && hiring && !personal && mayCreate) {
      const domain = domains[0];
      if (domain !== undefined) {
        const texts = (byDomainMail.get(domain) ?? []).map((x) => x.text);
        // An agency writes from its own domain about its client's role: the process is the client's.
        const client = clientNamed(m) ?? agencyClient(m, domain);
        const company =
          client !== undefined && !nameFitsDomain(client, domain)
            ? client
            : companyNameForDomain(domain, texts);
        const [named, ...more] = byNamed([company], [domain]);
        if (named && more.length === 0) {
          app = apps().find((a) => a.id === named.id);
          basis = `mail from ${domain}, the company ${app?.company ?? "an application"}'s mail names`;
        } else {
          app = newApp(company, { domains: [domain] }, `new: mail from ${domain}`);
          basis = `new, from mail from ${domain}: ${hiring}`;
          if (client === undefined && writesAsAgency(m, domain)) agencies.add(app.id);
        }
      } else if (service !== undefined) {
        const named = companiesNamed(m, service)[0];
        // An application started from the company's own mail may carry its name as its domain spells it.
        const [earlier, ...more] =
          named === undefined
            ? []
            : byNamed([named], []).length > 0
              ? byNamed([named], [])
              : matchApplications({ company: named, domains: [], people: [] }, known());
        if (earlier && more.length === 0) {
          app = apps().find((a) => a.id === earlier.id);
          basis = `names ${named}, which ${app?.company ?? "an application"}'s mail names`;
        } else if (named !== undefined) {
          app = newApp(named, { domains: [] }, `new: mail from ${service} naming ${named}`);
          basis = `new, from mail from ${service} naming ${named}: ${hiring}`;
        }
      }
    }
    if (!app) {
      if (!mayCreate) return false;
      unfiled.push(e);
      const why = bulk
        ? `list or bulk mail (${bulk.replace(/ \(.*$/, "")})`
        : matches.length > 1
          ? "could be more than one application"
          : personal && hiring
            ? "personal mail: no company or hiring service in it"
            : service !== undefined && hiring
              ? `from ${service}, naming no company`
              : hiring
                ? "from a personal address, with no company named"
                : "no hiring conversation in it";
      leftOutOf.set(e, why);
      return false;
    }
    fileUnder(app, basis, plan.newApps.includes(app));
    store_(e, app, null);
    if (!bulk && m.from && !fromCandidate) {
      meet(m.from.email, app.id);
      if (m.from.email) metAddresses.add(m.from.email.toLowerCase());
    }
    const own = normalSubject(m.subject);
    if (own !== undefined && !subjectOwner.has(own)) subjectOwner.set(own, app.id);
    for (const id of [m.inReplyTo, ...m.references]) {
      const key = messageKey(id);
      if (key !== undefined && !answeredIn.has(key)) answeredIn.set(key, app.id);
    }
    if (!list) {
      const names = namedIn.get(app.id) ?? new Set<string>([app.company]);
      const client = clientNamed(m);
      for (const n of [client, ...companiesNamed(m, service)]) if (n) names.add(n);
      namedIn.set(app.id, names);
      if (client) clientsIn.set(app.id, new Set([...(clientsIn.get(app.id) ?? []), client]));
    }
    return true;
  };
  for (const e of dated) {
    const m = emailOf(e);
    if (!m) continue;
    if (given) {
      fileUnder(given.app, "--application", given.isNew);
      store_(e, given.app, null);
      continue;
    }
    fileMessage(e, m, true);
  }
  // An agency that named no client at first ("a leading bank") is the process of the one client its later
  // mail names, when that client has an application of its own: its mail moves there.
  for (const id of agencies) {
    const agency = plan.newApps.find((a) => a.id === id);
    if (!agency) continue;
    const names = [...(namedIn.get(id) ?? [])].filter((n) => companyKey(n) !== companyKey(agency.company));
    const clients = known().filter(
      (a) =>
        a.id !== id &&
        names.some(
          (n) => companyKey(n) === companyKey(a.company) || (a.domain && nameFitsDomain(n, a.domain)),
        ),
    );
    const client = clients.length === 1 ? apps().find((a) => a.id === clients[0]?.id) : undefined;
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
    const into = fileUnder(
      client,
      `the client ${agency.company}'s mail names`,
      plan.newApps.includes(client),
    );
    for (const source of plan.newSources) if (source.application_id === id) source.application_id = client.id;
    into.sources.push(...(moved?.sources ?? []));
    for (const [key, owner] of threadOwner) if (owner === id) threadOwner.set(key, client.id);
    for (const [key, owner] of answeredIn) if (owner === id) answeredIn.set(key, client.id);
    plan.filed.delete(id);
    plan.newApps.splice(plan.newApps.indexOf(agency), 1);
    namedIn.set(client.id, new Set([...(namedIn.get(client.id) ?? []), ...(namedIn.get(id) ?? [])]));
  }
  // Mail that came before its application was started (a recruiter's first note with no word of hiring in
  // it, a reply with no thread) joins it now, by the same rules, but starts nothing.
  for (const e of [...unfiled]) {
    const m = emailOf(e);
    if (!m || isListMail(m) || !fileMessage(e, m, false)) continue;
    unfiled.splice(unfiled.indexOf(e), 1);
    leftOutOf.delete(e);
  }

  // A message left out whose thread a later message brought in joins it: the invitation that opened a
  // thread the candidate's reply or the company's answer was filed by.
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of [...unfiled]) {
      const key = messageKey(emailOf(e)?.messageId);
      const owner = key !== undefined ? answeredIn.get(key) : undefined;
      const app = owner !== undefined ? apps().find((a) => a.id === owner) : undefined;
      if (!app) continue;
      unfiled.splice(unfiled.indexOf(e), 1);
      fileUnder(app, "same mail thread", plan.newApps.includes(app));
      store_(e, app, null);
      changed = true;
    }
  }
  const why = new Map<Entry, string>(leftOutOf);
  for (const e of unfiled) {
    const reason = why.get(e) ?? "no hiring conversation in it";
    leftOutWhy.set(reason, (leftOutWhy.get(reason) ?? 0) + 1);
  }
  plan.leftOutReasons = [...leftOutWhy.entries()].map(([reason, count]) => ({ reason, count }));
  plan.leftOut = unfiled.length;
  return plan;

  async function ask(key: string, question: Question): Promise<Choice> {
    const known_ = answers.get(key);
    if (known_) return known_;
    if (!hooks.choose) {
      const what = question.facts.company
        ? `it could be ${question.options.length} applications`
        : "it names no company";
      throw new InputError(
        "which-application",
        `cannot tell which application ${question.about} belong${question.about.includes(",") || question.about.startsWith("the files") ? "" : "s"} to: ${what}`,
        question.options.length > 0
          ? `add it again with --application ID or --application "Company": ${question.options
              .slice(0, 6)
              .map((o) => o.label)
              .join("; ")}`
          : 'add it again with --application "Company name"',
      );
    }
    const choice = await hooks.choose(question);
    answers.set(key, choice);
    return choice;
  }

  function chooseRound(app: ApplicationRow, docs: Doc[], filed: FiledApplication): number {
    const rounds = [...state.rounds, ...plan.newRounds].filter((r) => r.application_id === app.id);
    const when = findInterviewTime(docs, options.now);
    if (options.round !== undefined) {
      const existing = rounds.find((r) => r.number === options.round);
      if (existing) {
        filed.round = { number: existing.number, isNew: false };
        return existing.id;
      }
    } else if (when.start) {
      const t = Date.parse(when.start);
      const sameDay = rounds.find(
        (r) => r.starts_at && Math.abs(Date.parse(r.starts_at) - t) < 20 * 3_600_000,
      );
      if (sameDay) {
        filed.round = { number: sameDay.number, isNew: false };
        return sameDay.id;
      }
    }
    const number = options.round ?? Math.max(0, ...rounds.map((r) => r.number)) + 1;
    const invite = docs.find((d) => d.kind === "invite");
    const round: Omit<RoundRow, "analysis"> = {
      id: state.maxIds.rounds + plan.newRounds.length + 1,
      application_id: app.id,
      number,
      title: invite?.kind === "invite" ? (invite.summary?.slice(0, 300) ?? null) : null,
      starts_at: when.start ?? null,
      ends_at: when.end ?? null,
      created_at: options.now,
      read_band: null,
      read_score: null,
      read_summary: null,
      prior_band: null,
      prior_score: null,
      analyzed_at: null,
    };
    plan.newRounds.push(round);
    filed.round = { number, isNew: true };
    return round.id;
  }
}
