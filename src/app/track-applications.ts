import { CATALOGUE } from "../core/catalogue.js";
import { formatEml } from "../core/draft/format-eml.js";
import {
  insertApplication,
  readApplicationDetails,
  writeApplicationDetails,
} from "../store/application-details.js";
import { readActionEdits, reopenAction, writeActionEdit } from "../store/edit-actions.js";
import { readAction, readApplications } from "../store/read-application.js";
import { type IdRange, readCompanySenders, readRoundSignalCounts } from "../store/read-overview.js";
import { readMe, readTimeZone } from "../store/workspace-settings.js";
import type { ActionEditRow, ApplicationDetailsRow, Store } from "../store/workspace-store.js";
import { type ActionDraftFile, actionDraft, draftSubjectOf } from "./action-draft.js";
import { greetingFor } from "./draft-greeting.js";
import { type RenameReport, renameApplication } from "./edit-applications.js";
import { InputError } from "./input-error.js";
import { setApplicationOutcome } from "./reanalyze-workspace.js";
import { OUTCOMES } from "./workspace-outcomes.js";
import {
  type ApplicationSummary,
  type ApplicationTimeline,
  listApplications,
  listTodo,
  resolveApplication,
  showApplication,
  type TodoItem,
} from "./workspace-views.js";

/**
 * Running the search by hand (the dashboard and the API): a new application typed in, what the candidate
 * keeps on one (link, salary range, contacts, notes), moving it between stages, and their own edits of a
 * draft, a snooze and an undone "done". The files' reads are never changed by any of it.
 */

/** The stages an application can be moved to by hand; the others are outcomes. */
export const HAND_STAGES = ["applied", "interviewing", "waiting"] as const;
export type HandStage = (typeof HAND_STAGES)[number];
export const MOVE_STAGES = [...HAND_STAGES, ...OUTCOMES] as const;
export type MoveStage = (typeof MOVE_STAGES)[number];

/** What the candidate keeps on an application, as the API gives it. */
export interface ApplicationDetails {
  link: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  contacts: string | null;
  notes: string | null;
  /** The stage it was moved to by hand, while no outcome is known; null: the stage its files give. */
  stage: HandStage | null;
  updatedAt: string | null;
}

const NO_DETAILS: ApplicationDetails = {
  link: null,
  salaryMin: null,
  salaryMax: null,
  salaryCurrency: null,
  contacts: null,
  notes: null,
  stage: null,
  updatedAt: null,
};

function detailsOf(row: ApplicationDetailsRow | undefined): ApplicationDetails {
  if (!row) return NO_DETAILS;
  return {
    link: row.link,
    salaryMin: row.salary_min,
    salaryMax: row.salary_max,
    salaryCurrency: row.salary_currency,
    contacts: row.contacts,
    notes: row.notes,
    stage: (HAND_STAGES as readonly string[]).includes(row.stage ?? "") ? (row.stage as HandStage) : null,
    updatedAt: row.updated_at,
  };
}

/** A new application with nothing filed yet: typed in by company (and role). */
export async function createApplication(
  store: Store,
  input: { company: string; role?: string | undefined },
  now: string,
): Promise<{ applicationId: number; company: string; role: string | null }> {
  const company = input.company.replace(/\s+/g, " ").trim();
  const role = input.role?.replace(/\s+/g, " ").trim() || null;
  if (company === "") throw new InputError("bad-name", "the company cannot be empty");
  if (company.length > 200 || (role?.length ?? 0) > 200)
    throw new InputError("bad-name", "the company and the role are at most 200 characters");
  const same = (await readApplications(store)).find(
    (a) => a.company.toLowerCase() === company.toLowerCase() && (a.role ?? "") === (role ?? ""),
  );
  if (same)
    throw new InputError(
      "application-exists",
      `there is already an application at ${same.company}${same.role ? ` for ${same.role}` : ""} (id ${same.id})`,
      "give another role, or add to that one",
    );
  const row = await insertApplication(store, { company, role, basis: "typed in" }, now);
  return { applicationId: row.id, company: row.company, role: row.role };
}

/** A change to an application: its names (a rename) and what the candidate keeps on it. null clears a field. */
export interface ApplicationChange {
  company?: string | undefined;
  role?: string | undefined;
  link?: string | null | undefined;
  salaryMin?: number | null | undefined;
  salaryMax?: number | null | undefined;
  salaryCurrency?: string | null | undefined;
  contacts?: string | null | undefined;
  notes?: string | null | undefined;
}

const blank = (v: string | null | undefined): string | null | undefined =>
  v === undefined ? undefined : v === null || v.trim() === "" ? null : v.trim();

/** Renames and/or sets details; answers the application's names and details after. */
export async function editApplication(
  store: Store,
  ref: string,
  change: ApplicationChange,
  now: string,
): Promise<{ applicationId: number; rename?: RenameReport; details: ApplicationDetails }> {
  const app = await resolveApplication(store, ref);
  const link = blank(change.link);
  if (link && !/^https?:\/\/[^\s/]+\S*$/i.test(link))
    throw new InputError(
      "bad-link",
      "the link must start with http:// or https://",
      "e.g. https://jobs.example/123",
    );
  const min = change.salaryMin === undefined ? undefined : change.salaryMin;
  const max = change.salaryMax === undefined ? undefined : change.salaryMax;
  const currency = blank(change.salaryCurrency);
  const before = detailsOf((await readApplicationDetails(store, app.id))[0]);
  const lo = min === undefined ? before.salaryMin : min;
  const hi = max === undefined ? before.salaryMax : max;
  if (lo !== null && hi !== null && lo > hi)
    throw new InputError(
      "bad-salary",
      "the lowest salary is above the highest",
      "give the range low to high",
    );
  const rename =
    change.company !== undefined || change.role !== undefined
      ? await renameApplication(store, String(app.id), {
          ...(change.company !== undefined ? { company: change.company } : {}),
          ...(change.role !== undefined ? { role: change.role } : {}),
        })
      : undefined;
  const fields = {
    ...(link !== undefined ? { link } : {}),
    ...(min !== undefined ? { salary_min: min } : {}),
    ...(max !== undefined ? { salary_max: max } : {}),
    ...(currency !== undefined ? { salary_currency: currency } : {}),
    ...(change.contacts !== undefined ? { contacts: blank(change.contacts) ?? null } : {}),
    ...(change.notes !== undefined ? { notes: blank(change.notes) ?? null } : {}),
  };
  const details =
    Object.keys(fields).length > 0
      ? detailsOf(await writeApplicationDetails(store, app.id, fields, now))
      : before;
  return { applicationId: app.id, ...(rename ? { rename } : {}), details };
}

/**
 * Moves an application to a stage: an outcome is recorded as `debrief outcome` records it; applied,
 * interviewing or waiting is kept as the hand-set stage, and an outcome it had is undone ("open").
 */
export async function moveApplication(
  store: Store,
  ref: string,
  stage: string,
  now: string,
): Promise<{ applicationId: number; stage: MoveStage; previous: string }> {
  if (!(MOVE_STAGES as readonly string[]).includes(stage))
    throw new InputError("bad-stage", `"${stage}" is not a stage`, `use one of: ${MOVE_STAGES.join(", ")}`);
  const app = await resolveApplication(store, ref);
  const before = (await listApplications(store, now)).find((a) => a.id === app.id);
  const hand = detailsOf((await readApplicationDetails(store, app.id))[0]).stage;
  const previous = before?.outcome?.outcome ?? hand ?? before?.stage ?? "applied";
  if ((OUTCOMES as readonly string[]).includes(stage)) {
    await setApplicationOutcome(store, String(app.id), stage, now);
  } else {
    if (before?.outcome) await setApplicationOutcome(store, String(app.id), "open", now);
    await writeApplicationDetails(store, app.id, { stage }, now);
  }
  return { applicationId: app.id, stage: stage as MoveStage, previous };
}

export type ApplicationSummaryWithDetails = Omit<ApplicationSummary, "read"> & {
  /** The latest read; `thin` when it rests on fewer than two signals and no outcome (too little to read). */
  read?: NonNullable<ApplicationSummary["read"]> & { thin?: true };
  details: ApplicationDetails;
};

/**
 * Every application's summary with what the candidate keeps on it, and whether its latest read is thin
 * (as the read itself says: fewer than two signals, an outcome's not counted, and no outcome). Two more
 * reads, whatever the workspace's size.
 */
export async function withDetails(
  store: Store,
  summaries: ApplicationSummary[],
  /** The ids the summaries lie within (a page's): only their rows are read. */
  range?: IdRange,
): Promise<ApplicationSummaryWithDetails[]> {
  const rows = new Map((await readApplicationDetails(store, range)).map((d) => [d.application_id, d]));
  const counts = await readRoundSignalCounts(store, range);
  return summaries.map((s) => {
    const c = s.read ? counts.get(`${s.id}:${s.read.round}`) : undefined;
    const thin = s.read && !c?.outcome && (c?.signals ?? 0) < 2;
    return {
      ...s,
      ...(s.read ? { read: thin ? { ...s.read, thin: true as const } : s.read } : {}),
      details: detailsOf(rows.get(s.id)),
    };
  });
}

/** A thing to do with the candidate's edit of its draft and its snooze. */
export type TrackedTodo = TodoItem & {
  /** The draft as the candidate edited it; null: as planned (`text`). */
  editedText: string | null;
  /** Put off until then; overdue only once that has passed too. */
  snoozedUntil: string | null;
  /** The subject its draft goes out with: the same in a mail link and in the .eml. */
  subject: string;
  /**
   * Whom it goes to: the last person from the company who wrote (not a no-reply address); null: unknown.
   * The draft greets them (draft-greeting.ts).
   */
  to: { name: string | null; address: string } | null;
};

/** Where the planned drafts leave the candidate's name open. */
const NAME_PLACEHOLDER = "[your name]";

/** A draft signed with the candidate's name where it was left open (read before the name was known). */
function signed(text: string | null, me: string | undefined): string | null {
  return text && me ? text.split(NAME_PLACEHOLDER).join(me) : text;
}

/** Whom to write to, from what the company sent: never a no-reply address. */
function replyTo(
  sender: { name: string | null; address: string } | undefined,
): { name: string | null; address: string } | null {
  if (!sender || /^(no-?reply|do-?not-?reply|mailer-daemon|notifications?)@/i.test(sender.address))
    return null;
  return sender;
}

/** What the drafts are filled with: the candidate's name, and the company's people (of one application). */
async function draftFill(store: Store, applicationId?: number) {
  return { me: await readMe(store), senders: await readCompanySenders(store, applicationId) };
}

function tracked(
  item: TodoItem,
  edit: ActionEditRow | undefined,
  role: string | null,
  fill: Awaited<ReturnType<typeof draftFill>>,
  now: string,
): TrackedTodo {
  const snoozed =
    edit?.snoozed_until && Date.parse(edit.snoozed_until) > Date.parse(now) ? edit.snoozed_until : null;
  const to = replyTo(fill.senders.get(item.applicationId));
  const text = signed(item.text, fill.me);
  return {
    ...item,
    text: text === null ? null : greetingFor(text, to),
    isOverdue: item.isOverdue && !snoozed,
    editedText: edit?.text ?? null,
    snoozedUntil: snoozed,
    subject: draftSubjectOf(item.kind, item.company, role),
    to,
  };
}

/** `listTodo` with the candidate's edits and snoozes. */
export async function listTrackedTodo(store: Store, now: string): Promise<TrackedTodo[]> {
  const edits = new Map((await readActionEdits(store)).map((e) => [e.action_id, e]));
  const roles = new Map((await readApplications(store)).map((a) => [a.id, a.role]));
  const fill = await draftFill(store);
  return (await listTodo(store, now)).map((t) =>
    tracked(t, edits.get(t.id), roles.get(t.applicationId) ?? null, fill, now),
  );
}

/** `showApplication` with the candidate's details, edits and snoozes, and the workspace's time zone. */
export async function showTrackedApplication(
  store: Store,
  ref: string,
  now: string,
): Promise<Omit<ApplicationTimeline, "due"> & { due: TrackedTodo[]; details: ApplicationDetails }> {
  const t = await showApplication(store, ref, now);
  const edits = new Map((await readActionEdits(store, t.application.id)).map((e) => [e.action_id, e]));
  const fill = await draftFill(store, t.application.id);
  const details = detailsOf((await readApplicationDetails(store, t.application.id))[0]);
  return {
    ...t,
    due: t.due.map((d) => tracked(d, edits.get(d.id), t.application.role, fill, now)),
    details,
  };
}

async function actionOrThrow(store: Store, id: number) {
  const row =
    Number.isSafeInteger(id) && id >= 1 && id <= 2_147_483_647 ? await readAction(store, id) : undefined;
  if (!row) throw new InputError("no-such-action", `there is no action ${id}`);
  return row;
}

/** Keeps the candidate's edit of a draft (null or "" goes back to the planned one). */
export async function editDraft(
  store: Store,
  id: number,
  text: string | null,
  now: string,
): Promise<{ id: number; editedText: string | null }> {
  await actionOrThrow(store, id);
  const edit = await writeActionEdit(
    store,
    id,
    { text: text === null || text.trim() === "" ? null : text },
    now,
  );
  return { id, editedText: edit?.text ?? null };
}

/** Puts an action off until a moment (null: no longer put off). */
export async function snoozeAction(
  store: Store,
  id: number,
  until: string | null,
  now: string,
): Promise<{ id: number; snoozedUntil: string | null }> {
  await actionOrThrow(store, id);
  if (until !== null && !(Date.parse(until) > Date.parse(now)))
    throw new InputError("bad-snooze", "a snooze ends in the future", "give a later date");
  const edit = await writeActionEdit(store, id, { snoozed_until: until }, now);
  return { id, snoozedUntil: edit?.snoozed_until ?? null };
}

/** Undoes the candidate's own "done": the action is open again. */
export async function undoDone(
  store: Store,
  id: number,
  now: string,
): Promise<{ id: number; status: string }> {
  await actionOrThrow(store, id);
  const row = await reopenAction(store, id, now);
  return { id, status: row?.status ?? "open" };
}

/**
 * What the dashboard shows dates with: the candidate's zone (null: the browser's), and the server's
 * now, which overdue and "in 3 days" are counted from (the same moment `isOverdue` used).
 */
export async function workspaceSettings(
  store: Store,
  now: string,
): Promise<{ timeZone: string | null; now: string }> {
  return { timeZone: (await readTimeZone(store)) ?? null, now };
}

/**
 * An action's draft as an .eml: the candidate's own version of the text where they edited it, signed with
 * their name where the plan left it open, to the last person from the company who wrote (and greeting
 * them), as the to-do list gives it.
 */
export async function trackedActionDraft(store: Store, id: number, now: string): Promise<ActionDraftFile> {
  const draft = await actionDraft(store, id, now);
  const action = await readAction(store, id);
  const edited = action
    ? (await readActionEdits(store, action.application_id)).find((e) => e.action_id === id)?.text
    : undefined;
  const fill = await draftFill(store, action?.application_id);
  const to = action ? replyTo(fill.senders.get(action.application_id)) : null;
  const body = edited ?? greetingFor(signed(draft.body, fill.me) ?? draft.body, to);
  if (body === draft.body && !to) return draft;
  return {
    ...draft,
    body,
    eml: formatEml({
      to: to ? [{ ...(to.name ? { name: to.name } : {}), email: to.address }] : [],
      subject: draft.subject,
      body,
      date: now,
    }),
  };
}

/** Every signal's one human label, as the catalogue names it: what every view calls it. */
export function signalLabels(): { id: string; label: string; polarity: string }[] {
  return CATALOGUE.map((d) => ({ id: d.id, label: d.label, polarity: d.polarity }));
}
