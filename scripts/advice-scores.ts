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
import { organisationDomain } from "../src/core/mail/company-domain.js";
import { keyWords, nameWords } from "../src/core/mail/company-key.js";
import {
  companiesNamed,
  isJobAlert,
  isPersonalDomain,
  isServiceNoticeOfOwnProcess,
  serviceOf,
} from "../src/core/mail/hiring-services.js";
import {
  bulkMailSign,
  hiringConversation,
  isListMail,
  speaksOfOwnProcess,
} from "../src/core/mail/read-hiring-mail.js";
import type { Action, Plan } from "../src/core/plan/action.js";
import { findContradictions } from "../src/core/plan/find-contradictions.js";
import { planFollowUps } from "../src/core/plan/plan-actions.js";
import type { Doc, EmailDoc } from "../src/core/read/documents.js";
import { buildTimeline, type Timeline } from "../src/core/timeline/build-timeline.js";
import { parseEml } from "../src/ingest/parse-eml.js";
import { splitMbox } from "../src/ingest/split-mbox.js";
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

/**
 * How the plan's actions went, as aggregate counts keyed "<action kind> | <what happened> | <what the
 * date rests on>" ("thank-you | late 12-36 h | interview: invite"): kinds of failure, never a text.
 */
export type DueBreakdown = Map<string, number>;

export function addBreakdown(into: DueBreakdown, from: DueBreakdown): void {
  for (const [key, n] of from) into.set(key, (into.get(key) ?? 0) + n);
}

/** What kind of input a file is, by its name: the words a breakdown uses, never the file's own name. */
function inputKind(source: string): string {
  const s = source.replace(/:\d+$/, "").toLowerCase();
  if (s.endsWith(".ics")) return "invite";
  if (s.endsWith(".eml") || s.endsWith(".mbox")) return "mail";
  if (/\.(?:vtt|srt)$/.test(s) || s.includes("transcript")) return "transcript";
  if (s.endsWith(".json")) return "context";
  return "notes";
}

function hoursBucket(hours: number): string {
  const h = Math.abs(hours);
  const size =
    h <= 3
      ? "1-3 h"
      : h <= 12
        ? "3-12 h"
        : h <= 36
          ? "12-36 h"
          : h <= 96
            ? "1.5-4 days"
            : h <= 240
              ? "4-10 days"
              : "over 10 days";
  return `${hours < 0 ? "early" : "late"} ${size}`;
}

function daysBucket(days: number): string {
  const d = Math.abs(days);
  const size = d <= 1 ? "1 day" : d <= 3 ? "2-3 days" : d <= 7 ? "4-7 days" : "over a week";
  return `${days < 0 ? "early" : "late"} ${size}`;
}

/** How a planned due compares with the labelled one: "right", "no due, one expected", "late 12-36 h", … */
export function dueOutcome(kind: string, want: string | null, got: string | undefined): string {
  if (want === null) return got === undefined ? "right (no due)" : "a due, none expected";
  if (got === undefined) return "no due, one expected";
  if (dueMatches(kind, want, got)) return "right";
  const wantMs = Date.parse(want);
  const haveMs = Date.parse(got);
  if (kind === "status-check") {
    const offset = offsetMinutes(want);
    const days = (Date.parse(localDate(haveMs, offset)) - Date.parse(localDate(wantMs, offset))) / 86_400_000;
    return daysBucket(days);
  }
  return hoursBucket((haveMs - wantMs) / 3_600_000);
}

/** The shape of the words a promise was read from ("next week", "a weekday"), never the words. */
function promiseShape(quote: string): string {
  const q = quote.toLowerCase();
  const shapes: [RegExp, string][] = [
    [/end of next week|late next week|later next week/, "end of next week"],
    [/(?:early|beginning of|start of) next week/, "early next week"],
    [/next week/, "next week"],
    [/this week|end of the week/, "this week"],
    [/\b(?:few|couple|two or three|2-3)\b[^.]*\bdays\b|coming days/, "a few days"],
    [/\b(?:\d+|one|two|three|four|five|six|a|a couple of)\s+(?:working\s+|business\s+)?weeks?\b/, "n weeks"],
    [/\b(?:\d+|one|two|three|four|five|six|seven|ten)\s+(?:working\s+|business\s+)?days\b/, "n days"],
    [/tomorrow|today|tonight|end of (?:the )?day|\beod\b|\bcob\b/, "today or tomorrow"],
    [/next month|end of (?:the )?month/, "a month"],
    [/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/, "a weekday"],
    [/\b\d{1,2}(?:st|nd|rd|th)?\b/, "a date"],
  ];
  const shape = shapes.find(([re]) => re.test(q))?.[1] ?? "other words";
  const days = (
    q.match(/\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)|tomorrow)\b/g) ?? []
  ).length;
  const marks = [
    days > 1 ? `${days} days named` : "",
    /\bnext\s+(?:mon|tues|wednes|thurs|fri)day\b/.test(q) ? "'next <weekday>'" : "",
    /\bafter\b/.test(q) ? "'after'" : "",
    /\b(?:week|weeks)\b/.test(q) && shape === "a weekday" ? "'week'" : "",
  ].filter((m) => m !== "");
  return marks.length > 0 ? `${shape} (${marks.join(", ")})` : shape;
}

/** Where the notes give a date and a clock time: in their first six lines, or further down; on one line. */
function notesMarks(docs: Doc[]): string {
  const notes = docs.find((d) => d.kind === "notes");
  if (notes?.kind !== "notes") return "";
  const lines = notes.text.split(/\r?\n/);
  const clock = /\b\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|hrs|h\b)|\b\d{1,2}:\d{2}\b/i;
  const date =
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b/i;
  const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
  const d = at(date);
  const c = at(clock);
  const where = (i: number) => (i < 0 ? "none" : i < 6 ? "top" : "below");
  const both = lines.some((l) => date.test(l) && clock.test(l));
  return ` [notes: date ${where(d)}, clock ${where(c)}${both ? ", on one line" : ""}]`;
}

/** Whether the notes or mail name a clock time anywhere ("2.30pm", "14:00", "half ten"): a mark, not the text. */
function clockIn(docs: Doc[]): string {
  const text = docs.map((d) => (d.kind === "notes" || d.kind === "email" ? d.text : "")).join("\n");
  return /\b\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|hrs|h\b)|\b\d{1,2}:\d{2}\b|\bhalf\s+(?:past\s+)?\w+|\bnoon\b/i.test(
    text,
  )
    ? ", a clock time in the text"
    : "";
}

/** Whether the notes or mail name a date in words other than English month names: a mark, not the text. */
function dateIn(docs: Doc[]): string {
  const text = docs
    .map((d) => (d.kind === "notes" || d.kind === "email" ? d.text : ""))
    .join("\n")
    .toLowerCase();
  const english = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.test(text);
  const other =
    /\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)\b/.test(
      text,
    );
  return `${english ? ", an English month named" : ""}${other ? ", a Spanish or Portuguese month named" : ""}`;
}

/** What an action's date rests on in the timeline, as kinds of input ("interview: invite + transcript"). */
function restsOn(kind: string, timeline: Timeline, docs: Doc[]): string {
  if (kind === "thank-you") {
    const i = timeline.interview;
    const sent = timeline.thankYou ? `, thank-you sent (${inputKind(timeline.thankYou.where)})` : "";
    if (!i) return `interview: none${sent}${clockIn(docs)}${dateIn(docs)}${notesMarks(docs)}`;
    const kinds = [...new Set(i.sources.map(inputKind))].join(" + ") || "?";
    return `interview: ${kinds}${i.isDayOnly ? ` (day only)${notesMarks(docs)}` : ""}${sent}${clockIn(docs)}`;
  }
  if (kind === "status-check") {
    const p = timeline.promise;
    const others = timeline.promises.length - (p ? 1 : 0);
    const also = `${timeline.booked ? ", round booked" : ""}${others > 0 ? `, ${others} other promises` : ""}`;
    const interview = timeline.interview ? "" : ", no interview date";
    const texts = docs
      .map((d) =>
        d.kind === "transcript"
          ? d.utterances.map((u) => u.text).join("\n")
          : d.kind === "invite"
            ? ""
            : d.text,
      )
      .join("\n")
      .toLowerCase();
    const abroad =
      /\b(?:segunda|terça|quarta|quinta|sexta|lunes|martes|miércoles|jueves|viernes|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi)\b/.test(
        texts,
      )
        ? ", a weekday in another language"
        : "";
    const english =
      /\b(?:by|before|until|within|next)\s+(?:mon|tues|wednes|thurs|fri)day\b|\b(?:by|before|until)\s+(?:the\s+)?\d/.test(
        texts,
      )
        ? ", 'by <day>' in English somewhere"
        : "";
    if (!p)
      return `promise: none${timeline.promises.length > 0 ? " standing" : ""}${also}${interview}${abroad}${english}`;
    const off = offsetMinutes(p.due);
    const day = (ms: number) => new Date(ms + off * 60_000).toUTCString().slice(0, 3);
    const ahead = Math.round((Date.parse(p.due) - p.saidMs) / 86_400_000);
    const when = ` [said ${day(p.saidMs)}, due ${day(Date.parse(p.due))}, ${ahead} days on${/\b(?:this|following|coming)\s+(?:mon|tues|wednes|thurs|fri)day\b/i.test(p.quote) ? ", 'this/following <weekday>'" : ""}]`;
    return `promise: ${inputKind(p.source)}, ${promiseShape(p.quote)}${when}${also}${interview}`;
  }
  if (kind === "prepare-next-round") {
    const b = timeline.booked;
    if (!b) {
      const later =
        /\b(?:second|2nd|third|3rd|final|next|follow-up)\s+(?:round|interview|stage|conversation|call|meeting)|\bround\s+(?:2|3|two|three)\b/i;
      const kinds = [
        ...new Set(
          docs
            .filter(
              (d) =>
                (d.kind === "email" || d.kind === "notes" || d.kind === "transcript") &&
                later.test(
                  d.kind === "transcript"
                    ? d.utterances.map((u) => u.text).join("\n")
                    : `${d.kind === "email" ? (d.subject ?? "") : ""}\n${d.text}`,
                ),
            )
            .map((d) => d.kind),
        ),
      ];
      const mails = docs.filter((d) => d.kind === "email").length;
      const noteLines = docs
        .flatMap((d) => (d.kind === "notes" ? d.text.split(/\r?\n/) : []))
        .filter((l) => later.test(l));
      const open = noteLines.filter((l) =>
        /\b(?:if|whether|might|may|maybe|hope|hoping|hopefully|could|would|no\s+word)\b|\?/i.test(l),
      ).length;
      const dated = noteLines.filter((l) =>
        /\b\d{1,2}\b|\b(?:mon|tues|wednes|thurs|fri)day\b/i.test(l),
      ).length;
      const mailAsk = docs
        .filter((d) => d.kind === "email" && later.test(`${d.subject ?? ""}\n${d.text}`))
        .map((d) =>
          d.kind === "email"
            ? `${/\?/.test(d.text) ? "question" : "statement"}${/\b\d{1,2}\b/.test(d.text) ? " with a number" : ""}`
            : "",
        );
      return `round: none [a later round named in: ${kinds.join(" + ") || "nothing"}; ${mails} mails; notes lines ${noteLines.length} (${open} open, ${dated} with a day or number); mail: ${mailAsk.join(", ") || "-"}]`;
    }
    const moves = docs
      .flatMap((d) => (d.kind === "notes" ? d.text.split(/\r?\n/) : []))
      .filter((l) => /\b(?:mov\w*|reschedul\w*|postpon\w*|push\w*|changed?)\b/i.test(l)).length;
    return `round: ${b.time ? `${inputKind(b.basisSource ?? b.evidence.source)}, one time` : b.options ? "times offered" : "no time"}${moves ? ` [${moves} notes lines that move something]` : ""}`;
  }
  return "";
}

/** Scores one plan, with the timeline it was made from, against its labels. */
export function scorePlan(
  expected: ExpectedAdvice,
  plan: Plan,
  timeline: Timeline,
  template: Plan,
  facts: { ranLong: boolean },
  breakdown?: DueBreakdown,
  docs: Doc[] = [],
): AdviceTally {
  const count = (key: string) => breakdown?.set(key, (breakdown.get(key) ?? 0) + 1);
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
    const rests = restsOn(want.kind, timeline, docs);
    if (!got) {
      count(`${want.kind} | not planned | ${rests}`);
      continue;
    }
    count(`${want.kind} | ${dueOutcome(want.kind, want.due, got.due)} | ${rests}`);
    if ((got.done === true) !== want.done)
      count(
        `${want.kind} | done ${got.done === true ? "in plan, not expected" : "expected, not in plan"} | ${rests}`,
      );
    t.found++;
    if (want.due === null ? got.due === undefined : dueMatches(want.kind, want.due, got.due)) {
      if (want.due === null) t.undatedRight++;
      else t.dueRight++;
    }
    if ((got.done === true) === want.done) t.doneRight++;
  }
  t.extra = left.length;
  for (const a of left) count(`${a.kind} | extra, not expected | ${restsOn(a.kind, timeline, docs)}`);
  if ((plan.settled?.outcome ?? null) !== expected.settled)
    count(`settled | ${plan.settled?.outcome ?? "open"}, expected ${expected.settled ?? "open"} |`);
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
export async function scoreAdviceCase(
  dir: string,
  expected: ExpectedAdvice,
  breakdown?: DueBreakdown,
): Promise<AdviceTally> {
  const now = expected.now;
  const { analysis, docs } = await readAndAnalyze([dir], { now });
  const timeline = buildTimeline({ docs, analysis, now });
  const template = planFollowUps({ docs, analysis, now, timeline });
  const plan = withDrafts(template, docs, analysis, now, timeline);
  return scorePlan(
    expected,
    plan,
    timeline,
    template,
    { ranLong: analysis.signals.some((s) => s.id === "ran-long") },
    breakdown,
    docs,
  );
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
 * What kind of message each wrongly filed one is, as counts keyed "<what went wrong> | <its kind>": a
 * live process's message left out or filed apart ("missed | reply in a thread filed, hiring cue"), a
 * message the labels leave out that was filed ("stray filed | list mail, names a live company"), and
 * the first message of each stray application. Read with the product's own mail readers; never a text.
 */
export function filingBreakdown(
  docs: EmailDoc[],
  expected: ExpectedFiling,
  filed: Map<number, string[]>,
  breakdown: DueBreakdown,
  apps: Map<number, { company: string; domain: string | null }> = new Map(),
): void {
  const count = (key: string) => breakdown.set(key, (breakdown.get(key) ?? 0) + 1);
  const byId = new Map(docs.map((d) => [idKey(d.messageId ?? ""), d]));
  const appOf = new Map<string, number>();
  for (const [app, ids] of filed) for (const id of ids) appOf.set(idKey(id), app);
  const me = expected.me?.toLowerCase();
  const candidate = { names: [], addresses: me ? [me] : [] };
  const processOf = new Map<string, number>();
  for (const [i, a] of expected.applications.entries())
    for (const id of a.message_ids) processOf.set(idKey(id), i);
  const liveWords = expected.applications.map((a) => a.company.toLowerCase().split(/\s+/)[0] ?? "");
  // The application each process went to most: the one it is scored against.
  const home = expected.applications.map((a) => {
    const n = new Map<number, number>();
    for (const id of a.message_ids) {
      const app = appOf.get(idKey(id));
      if (app !== undefined) n.set(app, (n.get(app) ?? 0) + 1);
    }
    return [...n].sort((x, y) => y[1] - x[1])[0]?.[0];
  });
  const kindOf = (d: EmailDoc | undefined): string => {
    if (!d) return "not parsed";
    const parts: string[] = [];
    const parent = [d.inReplyTo, ...d.references].map((x) => idKey(x ?? "")).find((x) => byId.has(x));
    if (parent !== undefined)
      parts.push(appOf.has(parent) ? "reply in a thread filed" : "reply in a thread not filed");
    else if (/^\s*(?:re|aw|sv|antw|rv)\s*:/i.test(d.subject ?? "")) parts.push("Re: with no thread");
    const from = d.from?.email?.toLowerCase();
    const domain = organisationDomain(from);
    if (from === me) parts.push("from the candidate");
    else if (serviceOf(from)) parts.push("from a hiring service");
    else if (isPersonalDomain(domain)) parts.push("from a personal address");
    else parts.push("from a company address");
    if (isListMail(d)) parts.push("list mail");
    else if (bulkMailSign(d)) parts.push("bulk mail");
    parts.push(hiringConversation(d, candidate, { automaticToo: true }) ? "hiring cue" : "no hiring cue");
    const text = `${d.from?.name ?? ""} ${d.subject ?? ""} ${d.text.slice(0, 3000)}`.toLowerCase();
    if (liveWords.some((w) => w.length >= 4 && text.includes(w))) parts.push("names a live company");
    return parts.join(", ");
  };
  // How a missed message stands to the application its process went to: marks, never the text.
  const names = (text: string) => ` ${nameWords(text).join(" ")} `;
  const has = (text: string, company: string) => {
    const w = keyWords(company);
    return w.length > 0 && names(text).includes(` ${w.join(" ")} `);
  };
  const relation = (d: EmailDoc | undefined, i: number): string => {
    const h = home[i];
    const app = h !== undefined ? apps.get(h) : undefined;
    if (!d || !app) return "process not filed at all";
    const text = `${d.from?.name ?? ""}\n${d.subject ?? ""}\n${d.text.slice(0, 3000)}`;
    const parties = [d.from, ...d.to, ...d.cc].map((q) => organisationDomain(q?.email));
    const ours = (filed.get(h ?? -1) ?? []).map((x) => byId.get(idKey(x))).filter((x): x is EmailDoc => !!x);
    const seen = ours
      .flatMap((x) => [x.from, ...x.to, ...x.cc])
      .filter((q) => q?.email !== undefined && q.email.toLowerCase() !== me);
    const partyOf = [d.from, ...d.to, ...d.cc].filter((q) => q?.email?.toLowerCase() !== me);
    const subjectKey = (x: string | undefined) =>
      (x ?? "")
        .replace(/^(?:\s*(?:re|fwd?|aw|sv)\s*:\s*)+/i, "")
        .trim()
        .toLowerCase();
    const marks = [
      partyOf.some((q) => seen.some((x) => x?.email?.toLowerCase() === q?.email?.toLowerCase()))
        ? "a party's address met in our application"
        : "",
      partyOf.some((q) => q?.name && seen.some((x) => x?.name?.toLowerCase() === q.name?.toLowerCase()))
        ? "a party's name met in our application"
        : "",
      ours.some((x) => subjectKey(x.subject) === subjectKey(d.subject) && subjectKey(d.subject) !== "")
        ? "a subject of our application"
        : "",
      Date.parse(d.date ?? "") < Math.min(...ours.map((x) => Date.parse(x.date ?? "") || Infinity))
        ? "before our application's first message"
        : "",
      ours.some((x) => x.from?.email?.toLowerCase() === d.from?.email?.toLowerCase())
        ? "its sender's address is in our application"
        : "",
      isJobAlert(d) ? "job-alert words" : "",
      isServiceNoticeOfOwnProcess(d) || speaksOfOwnProcess(d) ? "own-process words" : "no own-process words",
      has(text, app.company) ? "names our application's company" : "does not name our application's company",
      has(text, expected.applications[i]?.company ?? "") ? "names the labelled company" : "",
      app.domain
        ? parties.includes(app.domain)
          ? "a party at our application's domain"
          : "our application has another domain"
        : "our application has no domain",
      companiesNamed(d, serviceOf(d.from?.email)).length > 0
        ? "a company named by the reader"
        : "no company found by the reader",
      /^(?:no-?reply|do-?not-?reply|notifications?|alerts?|news\w*|updates?)\b/i.test(d.from?.email ?? "")
        ? "no-reply sender"
        : "",
    ];
    return marks.filter((x) => x !== "").join(", ");
  };
  for (const [id, i] of processOf) {
    const app = appOf.get(id);
    if (app === home[i]) continue;
    count(`${app === undefined ? "missed, left out" : "missed"} | ${relation(byId.get(id), i)}`);
    const where =
      app === undefined
        ? "missed, left out"
        : home.includes(app)
          ? "missed, filed under another process"
          : "missed, filed apart";
    count(`${where} | ${kindOf(byId.get(id))}`);
  }
  for (const id of expected.not_filed.map(idKey))
    if (appOf.has(id)) count(`stray filed | ${kindOf(byId.get(id))}`);
  for (const [app, ids] of filed) {
    if (home.includes(app)) continue;
    const first = ids
      .map((x) => byId.get(idKey(x)))
      .filter((d): d is EmailDoc => d !== undefined)
      .sort((a, b) => Date.parse(a.date ?? "") - Date.parse(b.date ?? ""))[0];
    const live = ids.some((x) => processOf.has(idKey(x)));
    count(`stray application started by | ${kindOf(first)}${live ? " (holds live mail)" : ""}`);
  }
}

/** The messages of an mbox, parsed as `debrief add` parses them. */
async function mailOf(text: string): Promise<EmailDoc[]> {
  const docs: EmailDoc[] = [];
  for (const { raw, line } of splitMbox(text)) {
    const r = await parseEml(raw, `mbox:${line}`);
    if (r.ok) docs.push(r.value);
  }
  return docs;
}

/**
 * Files a mailbox with `debrief add` into a fresh SQLite workspace (as a new user would: no --me, no
 * --application, no one to ask) and scores where each message went.
 */
export async function scoreMailbox(
  path: string,
  expected: ExpectedFiling,
  breakdown?: DueBreakdown,
): Promise<FilingTally> {
  const text = await readFile(path, "latin1");
  const now = mboxNow(text);
  const dir = await mkdtemp(join(tmpdir(), "debrief-advice-eval-"));
  const store = await openStore(join(dir, "debrief.sqlite"), now);
  try {
    await addToWorkspace(store, [path], { now });
    const filed = new Map<number, string[]>();
    const apps = new Map<number, { company: string; domain: string | null }>();
    for (const app of (await readOverview(store)).applications) {
      apps.set(app.id, { company: app.company, domain: app.domain });
      const detail = await readApplication(store, app.id);
      filed.set(
        app.id,
        (detail?.messages ?? []).map((m) => m.message_id ?? "").filter((id) => id !== ""),
      );
    }
    if (breakdown)
      filingBreakdown(await mailOf(await readFile(path, "utf8")), expected, filed, breakdown, apps);
    return scoreFiling(expected, filed);
  } finally {
    await closeStore(store);
    await rm(dir, { recursive: true, force: true });
  }
}
