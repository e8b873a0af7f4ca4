/**
 * Scores the advice (the plan, its dates and drafts) and the filing of a mailbox against labels written
 * beside them: the figures `npm run eval` prints for eval/advice (issue 14). Everything scored is made by
 * the product's own code paths: a case folder is read, planned and drafted as `debrief analyze` does it
 * (src/app/analyze-case.ts: readAndAnalyze, then the timeline, the plan and withDrafts, as analyzeCase
 * composes them), and a mailbox is filed by `debrief add` (src/app/add-to-workspace.ts) into a fresh,
 * temporary SQLite workspace. Only figures come out: no text of the labelled set.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addToWorkspace } from "../src/app/add-to-workspace.js";
import { readAndAnalyze, withDrafts } from "../src/app/analyze-case.js";
import { checkDraft } from "../src/core/draft/check-draft.js";
import type { Action, Plan } from "../src/core/plan/action.js";
import { findContradictions } from "../src/core/plan/find-contradictions.js";
import { planFollowUps } from "../src/core/plan/plan-actions.js";
import { buildTimeline, type Timeline } from "../src/core/timeline/build-timeline.js";
import { readApplication } from "../src/store/read-application.js";
import { readOverview } from "../src/store/read-overview.js";
import { closeStore, openStore } from "../src/store/workspace-store.js";

/** The kinds of action the labels name; any other kind the plan gives is counted apart. */
const LABELLED_KINDS = new Set(["thank-you", "status-check", "prepare-next-round"]);

/** `expected-advice.json` (eval/advice/README.md). */
export interface ExpectedAdvice {
  now: string;
  candidate?: string;
  interviewers?: string[];
  settled: null | "offer-made" | "rejected";
  actions: { kind: string; due: string | null; done: boolean }[];
  draft_must_not_mention?: string[];
  draft_may_mention?: string[];
}

/** Counts over case folders; each `…Of` is the denominator of the count before it. */
export interface AdviceTally {
  cases: number;
  settledRight: number;
  expectedActions: number;
  found: number;
  /** Expected actions with a due time, and those found with a due within an hour (status checks: same local day). */
  dated: number;
  dueRight: number;
  /** Expected actions with no due (`null`), and those found with no due either. */
  undated: number;
  undatedRight: number;
  /** Of the expected actions found, those whose done flag agrees. */
  doneRight: number;
  /** Actions of a labelled kind that no expected action matches. */
  extra: number;
  /** Actions of kinds the labels do not name (share competing offers, …): not scored, counted. */
  otherKinds: number;
  contradictions: number;
  casesContradicting: number;
  /** Texts to send in the plan, those the draft check finds a problem in, and those claiming a topic not discussed. */
  drafts: number;
  draftsFailing: number;
  draftsMentioning: number;
  /** The same, reading "x / y" in a topic as either x or y. */
  draftsMentioningEither: number;
}

export function emptyAdviceTally(): AdviceTally {
  return {
    cases: 0,
    settledRight: 0,
    expectedActions: 0,
    found: 0,
    dated: 0,
    dueRight: 0,
    undated: 0,
    undatedRight: 0,
    doneRight: 0,
    extra: 0,
    otherKinds: 0,
    contradictions: 0,
    casesContradicting: 0,
    drafts: 0,
    draftsFailing: 0,
    draftsMentioning: 0,
    draftsMentioningEither: 0,
  };
}

export function addAdviceTally(into: AdviceTally, t: AdviceTally): void {
  for (const key of Object.keys(into) as (keyof AdviceTally)[]) into[key] += t[key];
}

/** The offset an ISO time is written in, in minutes east of UTC (0 for "Z" or none). */
function offsetMinutes(iso: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The calendar date of an instant in a fixed offset. */
function localDate(ms: number, offset: number): string {
  return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
}

/**
 * Whether a planned due time is right: within an hour of the expected instant; for a status check, whose
 * labels give a day only (23:59 local), on the same calendar date in the offset the label is written in.
 */
export function dueMatches(kind: string, expected: string, got: string | undefined): boolean {
  if (got === undefined) return false;
  const want = Date.parse(expected);
  const have = Date.parse(got);
  if (Number.isNaN(want) || Number.isNaN(have)) return false;
  if (kind === "status-check") {
    const offset = offsetMinutes(expected);
    return localDate(want, offset) === localDate(have, offset);
  }
  return Math.abs(want - have) <= 3_600_000;
}

const TOPIC_STOPWORDS = new Set(
  "a an the of to and or in on at for with about it its is was be by from my your their his her as".split(
    " ",
  ),
);

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !TOPIC_STOPWORDS.has(w));
}

/**
 * Whether a draft mentions a topic: every word of the topic is in the draft (a plural "s" either way).
 * A writer's aside in parentheses is not part of the topic, and small words ("a", "the", "about") are not
 * counted. With `eitherSide`, "x / y" is two topics, either of which counts (looser).
 */
export function mentionsTopic(draft: string, topic: string, eitherSide = false): boolean {
  const have = new Set(wordsOf(draft));
  const has = (w: string) =>
    have.has(w) || have.has(`${w}s`) || (w.endsWith("s") && have.has(w.slice(0, -1)));
  const bare = topic.replace(/\([^)]*\)/g, " ");
  return (eitherSide ? bare.split("/") : [bare])
    .map(wordsOf)
    .some((words) => words.length > 0 && words.every(has));
}

/** Scores one plan, with the timeline it was made from, against its labels. */
export function scorePlan(
  expected: ExpectedAdvice,
  plan: Plan,
  timeline: Timeline,
  template: Plan,
  facts: { ranLong: boolean },
): AdviceTally {
  const t = emptyAdviceTally();
  t.cases = 1;
  if ((plan.settled?.outcome ?? null) === expected.settled) t.settledRight = 1;
  const left = plan.actions.filter((a) => LABELLED_KINDS.has(a.kind));
  t.otherKinds = plan.actions.length - left.length;
  for (const want of expected.actions) {
    t.expectedActions++;
    if (want.due === null) t.undated++;
    else t.dated++;
    const i = left.findIndex((a) => a.kind === want.kind);
    const got: Action | undefined = i >= 0 ? left.splice(i, 1)[0] : undefined;
    if (!got) continue;
    t.found++;
    if (want.due === null ? got.due === undefined : dueMatches(want.kind, want.due, got.due)) {
      if (want.due === null) t.undatedRight++;
      else t.dueRight++;
    }
    if ((got.done === true) === want.done) t.doneRight++;
  }
  t.extra = left.length;
  const problems = findContradictions(plan, timeline);
  t.contradictions = problems.length;
  t.casesContradicting = problems.length > 0 ? 1 : 0;
  const names = timeline.people.candidate.names;
  for (const [i, a] of plan.actions.entries()) {
    if (!a.text) continue;
    t.drafts++;
    // The planner's own wording, left where no draft could be made, is a template with blanks to fill.
    const isTemplate = a.text === template.actions[i]?.text;
    const failing = checkDraft(a.text, {
      isSenderKnown: names.length > 0,
      isRecipientKnown: timeline.people.interviewers.length > 0,
      ranLong: facts.ranLong,
      allowsTemplate: isTemplate,
    });
    if (failing.length > 0) t.draftsFailing++;
    const topics = expected.draft_must_not_mention ?? [];
    if (topics.some((topic) => mentionsTopic(a.text ?? "", topic))) t.draftsMentioning++;
    if (topics.some((topic) => mentionsTopic(a.text ?? "", topic, true))) t.draftsMentioningEither++;
  }
  return t;
}

/** Reads, plans and drafts one case folder at its labels' `now`, as `debrief analyze` does, and scores it. */
export async function scoreAdviceCase(dir: string, expected: ExpectedAdvice): Promise<AdviceTally> {
  const now = expected.now;
  const { analysis, docs } = await readAndAnalyze([dir], { now });
  const timeline = buildTimeline({ docs, analysis, now });
  const template = planFollowUps({ docs, analysis, now, timeline });
  const plan = withDrafts(template, docs, analysis, now, timeline);
  return scorePlan(expected, plan, timeline, template, {
    ranLong: analysis.signals.some((s) => s.id === "ran-long"),
  });
}

/** `<slug>.expected.json` beside a mailbox. */
export interface ExpectedFiling {
  me?: string;
  applications: { company: string; role?: string; message_ids: string[] }[];
  not_filed: string[];
}

export interface FilingTally {
  processes: number;
  /** Live processes filed whole under one application that holds no other live process. */
  processesWhole: number;
  messages: number;
  /** Messages of a live process filed under the application that process was matched to. */
  messagesRight: number;
  /** Messages the labels leave out that were filed anyway. */
  filedNotExpected: number;
  applications: number;
  /** Applications made that match no live process. */
  strayApplications: number;
}

export function emptyFilingTally(): FilingTally {
  return {
    processes: 0,
    processesWhole: 0,
    messages: 0,
    messagesRight: 0,
    filedNotExpected: 0,
    applications: 0,
    strayApplications: 0,
  };
}

export function addFilingTally(into: FilingTally, t: FilingTally): void {
  for (const key of Object.keys(into) as (keyof FilingTally)[]) into[key] += t[key];
}

/** A Message-ID as compared: no angle brackets, no case. */
export function idKey(id: string): string {
  return id.trim().replace(/^<|>$/g, "").toLowerCase();
}

/**
 * Scores a filing (application id → the Message-IDs filed under it) against the labels. Each live process
 * is matched to one application, the biggest processes first, each taking the not yet taken application
 * holding most of its messages; an application no process took is a stray.
 */
export function scoreFiling(expected: ExpectedFiling, filed: Map<number, string[]>): FilingTally {
  const t = emptyFilingTally();
  const appOf = new Map<string, number>();
  for (const [app, ids] of filed) for (const id of ids) appOf.set(idKey(id), app);
  t.applications = filed.size;
  const taken = new Set<number>();
  const processes = [...expected.applications].sort((a, b) => b.message_ids.length - a.message_ids.length);
  const matched = new Map<(typeof processes)[number], number>();
  for (const p of processes) {
    const counts = new Map<number, number>();
    for (const id of p.message_ids) {
      const app = appOf.get(idKey(id));
      if (app !== undefined && !taken.has(app)) counts.set(app, (counts.get(app) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
    if (best !== undefined) {
      taken.add(best);
      matched.set(p, best);
    }
  }
  const processOf = new Map<string, (typeof processes)[number]>();
  for (const p of processes) for (const id of p.message_ids) processOf.set(idKey(id), p);
  for (const p of processes) {
    t.processes++;
    t.messages += p.message_ids.length;
    const app = matched.get(p);
    const right = p.message_ids.filter((id) => app !== undefined && appOf.get(idKey(id)) === app).length;
    t.messagesRight += right;
    const others = (filed.get(app ?? -1) ?? []).some((id) => {
      const q = processOf.get(idKey(id));
      return q !== undefined && q !== p;
    });
    if (app !== undefined && right === p.message_ids.length && !others) t.processesWhole++;
  }
  t.filedNotExpected = expected.not_filed.filter((id) => appOf.has(idKey(id))).length;
  t.strayApplications = [...filed.keys()].filter((app) => !taken.has(app)).length;
  return t;
}

/** The last `From ` line's date of an mbox, plus twelve hours: the moment the mailbox is added at. */
export function mboxNow(text: string): string {
  let last = Number.NaN;
  for (const m of text.matchAll(/^From \S+ +(\w{3} \w{3} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4})$/gm)) {
    const ms = Date.parse(`${m[1]} UTC`);
    if (!Number.isNaN(ms) && !(ms <= last)) last = ms;
  }
  return new Date((Number.isNaN(last) ? Date.now() : last) + 12 * 3_600_000).toISOString();
}

/**
 * Files a mailbox with `debrief add` into a fresh SQLite workspace (as a new user would: no --me, no
 * --application, no one to ask) and scores where each message went.
 */
export async function scoreMailbox(path: string, expected: ExpectedFiling): Promise<FilingTally> {
  const now = mboxNow(await readFile(path, "latin1"));
  const dir = await mkdtemp(join(tmpdir(), "debrief-advice-eval-"));
  const store = await openStore(join(dir, "debrief.sqlite"), now);
  try {
    await addToWorkspace(store, [path], { now });
    const filed = new Map<number, string[]>();
    for (const app of (await readOverview(store)).applications) {
      const detail = await readApplication(store, app.id);
      filed.set(
        app.id,
        (detail?.messages ?? []).map((m) => m.message_id ?? "").filter((id) => id !== ""),
      );
    }
    return scoreFiling(expected, filed);
  } finally {
    await closeStore(store);
    await rm(dir, { recursive: true, force: true });
  }
}
