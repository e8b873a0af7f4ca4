import { stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import type { Plan } from "../core/plan/action.js";
import {
  formatDueShort,
  formatReminders,
  remindableActions,
  reminderSummary,
} from "../core/plan/format-reminders.js";
import { analyzeCase } from "./analyze-case.js";

export interface RemindOptions {
  /** ISO time the plan is made at; also the calendar's DTSTAMP. */
  now: string;
  me?: string;
  /** The reader's IANA zone, for an invite's floating times (the machine's when not given). */
  timeZone?: string;
  /** Days past a promised date before the status check (the planner's default when absent; 0 = on the date). */
  nudgeAfterDays?: number;
}

/** One reminder as a person reads it: "Tue 10 Feb 14:45" and "send the thank-you note". */
export interface ReminderLine {
  due: string;
  when: string;
  what: string;
}

export interface Reminders {
  /** The calendar (RFC 5545, CRLF lines); an empty VCALENDAR when nothing is dated. */
  ics: string;
  plan: Plan;
  /** How many events the calendar holds. */
  count: number;
  /** The events in date order, for the command to list. */
  reminders: ReminderLine[];
  /** The calendar's name, which is also part of every UID: the case folder's name. */
  title: string;
  warnings: string[];
  skipped: { source: string; reason: string }[];
  /** True when nothing at all could be read. */
  isEmpty: boolean;
}

/** Reads a case and turns its plan's dated, open follow-ups into calendar reminders. */
export async function remindersFor(paths: string[], options: RemindOptions): Promise<Reminders> {
  const result = await analyzeCase(paths, {
    now: options.now,
    ...(options.me !== undefined ? { me: options.me } : {}),
    ...(options.timeZone !== undefined ? { timeZone: options.timeZone } : {}),
    ...(options.nudgeAfterDays !== undefined ? { nudgeAfterDays: options.nudgeAfterDays } : {}),
  });
  const plan = result.plan;
  const title = await caseTitle(paths);
  const ics = formatReminders(plan, { now: options.now, title });
  const actions = remindableActions(plan);
  const reminders = actions
    .map((a) => ({ due: a.due ?? "", when: formatDueShort(a.due ?? ""), what: reminderSummary(a.kind) }))
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
  return {
    ics,
    plan,
    count: actions.length,
    reminders,
    title,
    warnings: result.warnings,
    skipped: result.analysis.skipped,
    isEmpty: result.isEmpty,
  };
}

/**
 * "Debrief: <case folder>": the folder given, or the folder of the first file given. Stable for a
 * case, so the UIDs are, and reminders of two cases stay apart in one calendar.
 */
async function caseTitle(paths: string[]): Promise<string> {
  const first = paths[0];
  if (first === undefined) return "Debrief";
  const full = resolve(first);
  const isFolder = (await stat(full).catch(() => undefined))?.isDirectory() === true;
  const name = basename(isFolder ? full : dirname(full));
  return name === "" ? "Debrief" : `Debrief: ${name}`;
}
