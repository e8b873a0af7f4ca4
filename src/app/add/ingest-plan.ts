import type { BundleFacts, KnownApplication } from "../../core/mail/match-application.js";
import { messageKey } from "../../core/mail/message-key.js";
import type { WorkspaceState } from "../../store/read-state.js";
import type { ApplicationRow, RoundRow, SourceRow } from "../../store/workspace-store.js";
import { findApplication } from "../find-application.js";
import { InputError } from "../input-error.js";
import type { AddOptions, AddReport, FiledApplication } from "./add-types.js";
import { type Entry, emailOf } from "./read-entries.js";

/** The plan of one attempt: what to write, made from one reading of the workspace. */
export interface IngestPlan {
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

/** The plan being made, and the moves that grow it: new applications, and sources filed under them. */
export interface Planner {
  plan: IngestPlan;
  state: WorkspaceState;
  options: AddOptions;
  /** Threads by normalised Message-ID, so a reply finds its original however either mailer wrote the id. */
  threadOwner: Map<string, number>;
  /** The applications stored and those this plan starts. */
  apps: () => ApplicationRow[];
  known: () => KnownApplication[];
  /** The application a message of this id was filed under, if any. */
  ownerOf: (id: string | undefined) => number | undefined;
  fileUnder: (app: ApplicationRow, basis: string, isNew: boolean) => FiledApplication;
  newApp: (company: string, facts: Partial<BundleFacts>, basis: string) => ApplicationRow;
  /**
   * A new application named by --application or by the person's answer takes the domain and role its
   * files show, as one named from the files does: later mail from that domain then finds it.
   */
  learn: (app: ApplicationRow, domains: string[], role?: string) => void;
  /** Files one entry under an application (and a round, for interview material). */
  store: (e: Entry, app: ApplicationRow, roundId: number | null) => void;
  /** The application an id or a company names: an existing one, or a new one of that name. */
  resolveGiven: (ref: string) => { app: ApplicationRow; isNew: boolean };
}

/** An empty plan made from `state`, where `storedKeys` are the stored messages' keys and applications. */
export function startPlan(
  state: WorkspaceState,
  options: AddOptions,
  storedKeys: Map<string, number>,
): Planner {
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
  const apps = (): ApplicationRow[] => [...state.applications, ...plan.newApps];
  const known = (): KnownApplication[] =>
    apps().map((a) => ({ id: a.id, company: a.company, domain: a.domain }));
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
  const learn = (app: ApplicationRow, domains: string[], role?: string) => {
    if (!plan.newApps.includes(app)) return;
    if (app.domain === null && domains[0]) app.domain = domains[0];
    if (app.role === null && role) app.role = role.slice(0, 200);
  };
  const store = (e: Entry, app: ApplicationRow, roundId: number | null) => {
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
  const resolveGiven = (ref: string): { app: ApplicationRow; isNew: boolean } => {
    const found = findApplication(apps(), ref);
    if (found) return { app: found, isNew: false };
    if (/^\d+$/.test(ref.trim()))
      throw new InputError(
        "no-such-application",
        `there is no application ${ref.trim()}`,
        "see `debrief list` for the ids",
      );
    return { app: newApp(ref, {}, "--application"), isNew: true };
  };
  return {
    plan,
    state,
    options,
    threadOwner,
    apps,
    known,
    ownerOf,
    fileUnder,
    newApp,
    learn,
    store,
    resolveGiven,
  };
}
