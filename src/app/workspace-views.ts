import { type Band, signalOrder } from "../core/signals/signal.js";
import type { TimelineEntry } from "../core/timeline/build-timeline.js";
import { markActionDone } from "../store/edit-actions.js";
import {
  countApplications,
  readAction,
  readApplication,
  readApplicationRow,
  readApplications,
} from "../store/read-application.js";
import { type Overview, readOverview } from "../store/read-overview.js";
import type { ActionRow, ApplicationRow, OutcomeRow, Store } from "../store/workspace-store.js";
import { readApplicationTimeline } from "./application-timeline.js";
import { findApplication } from "./find-application.js";
import { groupByApplication } from "./gather-insights.js";
import { InputError } from "./input-error.js";
import { currentOutcome } from "./workspace-outcomes.js";

/**
 * What `list`, `show` and `todo` show: applications with their stage, latest read, silence and
 * next action; one application's timeline; what is due across the search.
 */

const DAY_MS = 86_400_000;

/** Whole days from `iso` to `now`; undefined for a missing or unreadable time. */
export function daysSince(iso: string | null | undefined, now: string): number | undefined {
  const t = Date.parse(iso ?? "");
  const n = Date.parse(now);
  if (Number.isNaN(t) || Number.isNaN(n)) return undefined;
  return Math.max(0, Math.floor((n - t) / DAY_MS));
}

export interface ApplicationSummary {
  id: number;
  company: string;
  role: string | null;
  /** "applied", "interviewing", or the outcome ("offer", "rejected", "withdrew", "ghosted"). */
  stage: string;
  rounds: number;
  messages: number;
  outcome?: { outcome: string; recordedBy: string; quote: string | null };
  read?: { band: Band; score: number; round: number; summary: string | null };
  lastFromCompany?: { at: string; days: number };
  /** The company's last word or meeting: its latest message or round, whichever is later. */
  lastContact?: { at: string; days: number; what: "message" | "round" };
  nextAction?: TodoItem;
}

export interface TodoItem {
  id: number;
  applicationId: number;
  company: string;
  kind: string;
  due: string | null;
  why: string;
  text: string | null;
  isOverdue: boolean;
}

export interface ListFilter {
  /** Only applications at this stage ("open" means no outcome yet). */
  stage?: string;
  band?: Band;
  /** Company name contains this (case-insensitive). */
  company?: string;
}

const dueOrder = (a: { due: string | null }, b: { due: string | null }) =>
  (Date.parse(a.due ?? "") || Number.POSITIVE_INFINITY) -
  (Date.parse(b.due ?? "") || Number.POSITIVE_INFINITY);

function toTodo(a: ActionRow, app: ApplicationRow, now: string): TodoItem {
  const due = Date.parse(a.due ?? "");
  return {
    id: a.id,
    applicationId: app.id,
    company: app.company,
    kind: a.kind,
    due: a.due,
    why: a.why,
    text: a.text,
    isOverdue: !Number.isNaN(due) && due < Date.parse(now),
  };
}

function stageOf(outcome: OutcomeRow | undefined, rounds: number): string {
  if (outcome) return outcome.outcome;
  return rounds > 0 ? "interviewing" : "applied";
}

/** The last time the company was in touch: its last round that has taken place, or its last message. */
function lastContactOf(
  rounds: { starts_at: string | null }[],
  lastFromCompany: string | null | undefined,
  nowMs: number,
): { at: string; what: "round" | "message" } | undefined {
  const lastRound = rounds
    .map((r) => r.starts_at)
    .filter((t): t is string => t !== null && !Number.isNaN(Date.parse(t)) && Date.parse(t) <= nowMs)
    .reduce<string | undefined>((a, t) => (a && Date.parse(a) >= Date.parse(t) ? a : t), undefined);
  return lastRound && (!lastFromCompany || Date.parse(lastRound) > Date.parse(lastFromCompany))
    ? { at: lastRound, what: "round" as const }
    : lastFromCompany
      ? { at: lastFromCompany, what: "message" as const }
      : undefined;
}

/** Whether a summary passes the list's filter: its stage ("open": no outcome), band and company. */
export function isListed(s: ApplicationSummary, filter: ListFilter): boolean {
  if (filter.stage === "open" && s.outcome) return false;
  if (filter.stage && filter.stage !== "open" && s.stage !== filter.stage) return false;
  if (filter.band && s.read?.band !== filter.band) return false;
  if (filter.company && !s.company.toLowerCase().includes(filter.company.toLowerCase())) return false;
  return true;
}

/**
 * One line per application. Linear in the workspace: every table is read once and grouped by
 * application once, never filtered again for each application.
 */
export async function listApplications(
  store: Store,
  now: string,
  filter: ListFilter = {},
): Promise<ApplicationSummary[]> {
  return summarizeApplications(await readOverview(store), now).filter((s) => isListed(s, filter));
}

/**
 * The summaries of an overview already read, in its applications' order: what listApplications shows,
 * for a view that needs the overview's rows as well (the pace of the search) without reading them twice.
 */
export function summarizeApplications(o: Overview, now: string): ApplicationSummary[] {
  const roundsOf = groupByApplication(o.rounds);
  const outcomesOf = groupByApplication(o.outcomes);
  const actionsOf = groupByApplication(o.actions);
  const mailOf = new Map(o.lastMail.map((m) => [m.application_id, m]));
  const nowMs = Date.parse(now);
  const out: ApplicationSummary[] = [];
  for (const app of o.applications) {
    const rounds = roundsOf.get(app.id) ?? [];
    const latest = rounds
      .filter((r) => r.read_band)
      .reduce<(typeof rounds)[number] | undefined>((a, r) => (a && a.number > r.number ? a : r), undefined);
    const outcome = currentOutcome(outcomesOf.get(app.id) ?? [], app.id);
    const mail = mailOf.get(app.id);
    const open = outcome ? [] : (actionsOf.get(app.id) ?? []);
    const first = open.reduce<ActionRow | undefined>(
      (a, b) => (a && !(dueOrder(a, b) > 0) ? a : b),
      undefined,
    );
    const next = first ? toTodo(first, app, now) : undefined;
    const days = daysSince(mail?.last_from_company, now);
    const contact = lastContactOf(rounds, mail?.last_from_company, nowMs);
    const contactDays = daysSince(contact?.at, now);
    const summary: ApplicationSummary = {
      id: app.id,
      company: app.company,
      role: app.role,
      stage: stageOf(outcome, rounds.length),
      rounds: rounds.length,
      messages: mail?.count ?? 0,
      ...(outcome
        ? { outcome: { outcome: outcome.outcome, recordedBy: outcome.recorded_by, quote: outcome.quote } }
        : {}),
      ...(latest?.read_band
        ? {
            read: {
              band: latest.read_band as Band,
              score: latest.read_score ?? 0,
              round: latest.number,
              summary: latest.read_summary,
            },
          }
        : {}),
      ...(mail?.last_from_company && days !== undefined
        ? { lastFromCompany: { at: mail.last_from_company, days } }
        : {}),
      ...(contact && contactDays !== undefined ? { lastContact: { ...contact, days: contactDays } } : {}),
      ...(next ? { nextAction: next } : {}),
    };
    out.push(summary);
  }
  return out;
}

/** Open actions of applications without an outcome, soonest first (undated last). */
export async function listTodo(store: Store, now: string): Promise<TodoItem[]> {
  const o = await readOverview(store);
  const outcomesOf = groupByApplication(o.outcomes);
  const settled = new Set(
    o.applications.filter((a) => currentOutcome(outcomesOf.get(a.id) ?? [], a.id)).map((a) => a.id),
  );
  const apps = new Map(o.applications.map((a) => [a.id, a]));
  return o.actions
    .filter((a) => a.status === "open" && !settled.has(a.application_id))
    .sort((a, b) => dueOrder(a, b) || a.id - b.id)
    .flatMap((a) => {
      const app = apps.get(a.application_id);
      return app ? [toTodo(a, app, now)] : [];
    });
}

/** Ids are 32-bit integers in every store: a larger number names nothing (and PostgreSQL would refuse it). */
const MAX_ID = 2_147_483_647;

/** An action after `debrief done`; `wasDone` when it was done already (then it is left as it was). */
export type CompletedAction = TodoItem & { doneAt: string | null; doneBy: string | null; wasDone: boolean };

/**
 * Marks an action done by the candidate. One done already (by you, or seen in the mail) keeps its date
 * and who did it: marking it again changes nothing.
 */
export async function completeAction(store: Store, id: number, now: string): Promise<CompletedAction> {
  const missing = () =>
    new InputError("no-such-action", `there is no action ${id}`, "`debrief todo` lists them with their ids");
  if (!Number.isSafeInteger(id) || id < 1 || id > MAX_ID) throw missing();
  const before = await readAction(store, id);
  if (!before) throw missing();
  const app = await readApplicationRow(store, before.application_id);
  if (!app) throw new Error(`action ${id} has no application`);
  if (before.status === "done")
    return {
      ...toTodo(before, app, now),
      isOverdue: false,
      doneAt: before.done_at,
      doneBy: before.done_by,
      wasDone: true,
    };
  const done = await markActionDone(store, id, now);
  if (!done) throw missing();
  return {
    ...toTodo(done, app, now),
    isOverdue: false,
    doneAt: done.done_at,
    doneBy: done.done_by,
    wasDone: false,
  };
}

/** One thing in an application's timeline. */
export type TimelineEvent =
  | {
      kind: "round";
      at: string | null;
      number: number;
      title: string | null;
      band: Band | null;
      score: number | null;
      summary: string | null;
      signals: { id: string; polarity: string; quote: string | null }[];
    }
  | {
      kind: "message";
      at: string | null;
      direction: string;
      from: string | null;
      subject: string | null;
      snippet: string;
    }
  | { kind: "silence"; at: string; days: number; until: string | null; after: string }
  | { kind: "outcome"; at: string; outcome: string; recordedBy: string; quote: string | null };

export interface ApplicationTimeline {
  application: ApplicationRow;
  stage: string;
  outcome?: OutcomeRow;
  events: TimelineEvent[];
  due: TodoItem[];
  done: (TodoItem & { doneAt: string | null; doneBy: string | null })[];
  sources: { name: string; kind: string; bytes: number; addedAt: string }[];
  /** What the plan was made from: promises of word and by when, the round booked (see build-timeline). */
  plannedFrom: TimelineEntry[];
}

/** Gaps in the company's side of the conversation longer than this are shown as silence. */
export const SILENCE_DAYS = 7;

/**
 * Resolves an application by id or company, or says which exist. By id it reads one row, whatever the
 * workspace's size; by name it reads the applications' own rows (nothing filed under them).
 */
export async function resolveApplication(store: Store, ref: string): Promise<ApplicationRow> {
  const id = /^\s*\d+\s*$/.test(ref) ? Number(ref) : undefined;
  const app =
    id === undefined
      ? findApplication(await readApplications(store), ref)
      : id <= MAX_ID
        ? await readApplicationRow(store, id)
        : undefined;
  if (!app) {
    throw new InputError(
      "no-such-application",
      `no application matches "${ref}"`,
      (await countApplications(store)) === 0
        ? "the workspace is empty: `debrief add FOLDER` files an interview"
        : "`debrief list` shows them with their ids",
    );
  }
  return app;
}

export async function showApplication(store: Store, ref: string, now: string): Promise<ApplicationTimeline> {
  const app = await resolveApplication(store, ref);
  const detail = await readApplication(store, app.id);
  if (!detail) throw new InputError("no-such-application", `no application matches "${ref}"`);
  const outcome = currentOutcome(detail.outcomes, app.id);
  const events = storedEvents(detail);
  const time = (e: TimelineEvent) => Date.parse(e.at ?? "") || Number.POSITIVE_INFINITY;
  events.sort((a, b) => time(a) - time(b));
  events.push(...silencesIn(events, outcome !== undefined, now));
  events.sort((a, b) => time(a) - time(b) || (a.kind === "silence" ? 1 : 0) - (b.kind === "silence" ? 1 : 0));
  const open = detail.actions.filter((a) => a.status === "open");
  const plannedFrom = outcome ? [] : await readApplicationTimeline(store, app.id, now);
  return {
    application: app,
    stage: stageOf(outcome, detail.rounds.length),
    ...(outcome ? { outcome } : {}),
    events,
    due: outcome ? [] : open.sort(dueOrder).map((a) => toTodo(a, app, now)),
    done: detail.actions
      .filter((a) => a.status === "done")
      .map((a) => ({ ...toTodo(a, app, now), isOverdue: false, doneAt: a.done_at, doneBy: a.done_by })),
    sources: detail.sources.map((s) => ({ name: s.name, kind: s.kind, bytes: s.bytes, addedAt: s.added_at })),
    plannedFrom: plannedFromOf(plannedFrom, detail),
  };
}

type ApplicationDetail = NonNullable<Awaited<ReturnType<typeof readApplication>>>;

/** The rounds (their signals in the catalogue's order), messages and outcomes stored, as events, unsorted. */
function storedEvents(detail: ApplicationDetail): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const r of detail.rounds) {
    events.push({
      kind: "round",
      at: r.starts_at,
      number: r.number,
      title: r.title,
      band: r.read_band as Band | null,
      score: r.read_score,
      summary: r.read_summary,
      // In the catalogue's order, as the read lists them: a database returns rows in no set order.
      signals: detail.signals
        .filter((s) => s.round_id === r.id)
        .sort((a, b) => signalOrder(a.signal_id) - signalOrder(b.signal_id))
        .map((s) => ({ id: s.signal_id, polarity: s.polarity, quote: s.quote })),
    });
  }
  for (const m of detail.messages) {
    events.push({
      kind: "message",
      at: m.sent_at,
      direction: m.direction,
      from: m.from_name ?? m.from_address,
      subject: m.subject,
      snippet: m.snippet,
    });
  }
  for (const o of detail.outcomes) {
    events.push({
      kind: "outcome",
      at: o.recorded_at,
      outcome: o.outcome,
      recordedBy: o.recorded_by,
      quote: o.quote,
    });
  }
  return events;
}

/**
 * Silences in events sorted by time: the company's side going quiet between contacts, and since the last
 * one until now (unless the process has an outcome).
 */
function silencesIn(events: TimelineEvent[], hasOutcome: boolean, now: string): TimelineEvent[] {
  const contacts = events.filter(
    (e) => (e.kind === "message" && e.direction === "company") || e.kind === "round",
  );
  const silences: TimelineEvent[] = [];
  for (let i = 0; i < contacts.length; i++) {
    const from = contacts[i];
    if (!from?.at) continue;
    const to = contacts[i + 1];
    const end = to?.at ?? (hasOutcome ? undefined : now);
    if (!end) continue;
    const days = daysSince(from.at, end);
    if (days !== undefined && days >= SILENCE_DAYS) {
      silences.push({
        kind: "silence",
        at: from.at,
        days,
        until: to?.at ?? null,
        after:
          from.kind === "round"
            ? `round ${from.number}`
            : `${from.kind === "message" ? (from.from ?? "their message") : ""}`,
      });
    }
  }
  return silences;
}

/** The promises and bookings the plan was made from, and what you marked done, by time. */
function plannedFromOf(plannedFrom: TimelineEntry[], detail: ApplicationDetail): TimelineEntry[] {
  return [
    ...plannedFrom.filter((e) => e.kind === "promise" || e.kind === "booked"),
    // What you marked done is part of the timeline the plan reads, as build-timeline words it.
    ...detail.actions
      .filter((a) => a.status === "done" && a.done_by === "you")
      .map(
        (a): TimelineEntry => ({
          ...(a.done_at ? { at: a.done_at } : {}),
          kind: "done",
          text: `you marked ${a.kind} done`,
        }),
      ),
  ].sort((a, b) => (Date.parse(a.at ?? "") || Infinity) - (Date.parse(b.at ?? "") || Infinity));
}
