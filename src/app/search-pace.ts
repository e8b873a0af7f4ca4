import { wilsonInterval } from "../core/read/learn-from-outcomes.js";
import { readOverview, readSearchTimes } from "../store/read-overview.js";
import { readTimeZone } from "../store/workspace-settings.js";
import type { Store } from "../store/workspace-store.js";
import { groupByApplication } from "./gather-insights.js";
import { currentOutcome } from "./workspace-outcomes.js";
import { type ApplicationSummary, summarizeApplications } from "./workspace-views.js";

/**
 * The search itself, for Insights: how far applications go (applied → interview → offer, and who heard
 * back, as rates of all applied with their 95% Wilson intervals), how long companies take to reply,
 * and offers and rejections month by month in the candidate's zone.
 */

/** `n` of `of`, and the 95% interval of the rate n/of. */
export interface Rate {
  n: number;
  of: number;
  low: number;
  high: number;
}

export interface SearchPace {
  funnel: {
    applied: number;
    interviewed: Rate;
    offers: Rate;
    /** Any word from the company: a message, an interview, an offer or a rejection. */
    heardBack: Rate;
    rejected: number;
    ghosted: number;
  };
  /**
   * Days from the candidate's first message (or the day a typed-in application was added) to the
   * company's first message after it: the median and the middle half (quartiles), over `n`
   * applications. `waiting`: started, no reply and no outcome yet.
   */
  reply: { n: number; medianDays?: number; lowDays?: number; highDays?: number; waiting: number };
  /** Month by month ("2026-03"), from the first with anything to now's, at most MAX_MONTHS. */
  months: { month: string; started: number; offers: number; rejections: number; ghosted: number }[];
}

export const MAX_MONTHS = 24;

/** What the pace needs of one application. */
export interface PaceApplication {
  summary: Pick<ApplicationSummary, "rounds" | "outcome" | "lastFromCompany">;
  /** When it was added to the workspace. */
  createdAt: string;
  /** When the candidate started it: their first message, or the day they typed it in. */
  startedAt?: string;
  /** The company's first message. */
  firstReplyAt?: string;
  /** When its outcome was said: the mail it was read from, or when the candidate recorded it. */
  outcomeAt?: string;
}

const DAY_MS = 86_400_000;

function rate(n: number, of: number): Rate {
  const ci = wilsonInterval(n, of);
  return { n, of, low: ci.low, high: ci.high };
}

/** The q-quantile of sorted values, interpolated between neighbours. */
function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (at - lo);
}

const oneDecimal = (v: number) => Math.round(v * 10) / 10;

/** Days from the candidate's first message to the company's first reply, and how many still wait for one. */
function replyPace(apps: readonly PaceApplication[]): SearchPace["reply"] {
  const days: number[] = [];
  let waiting = 0;
  for (const a of apps) {
    const start = a.startedAt ? Date.parse(a.startedAt) : Number.NaN;
    if (Number.isNaN(start)) continue;
    const reply = a.firstReplyAt ? Date.parse(a.firstReplyAt) : Number.NaN;
    // A company that wrote first (an invitation before any word from the candidate) did not reply.
    if (!Number.isNaN(reply) && reply >= start) days.push((reply - start) / DAY_MS);
    else if (Number.isNaN(reply) && !a.summary.outcome) waiting++;
  }
  days.sort((x, y) => x - y);
  return days.length === 0
    ? { n: 0, waiting }
    : {
        n: days.length,
        medianDays: oneDecimal(quantile(days, 0.5)),
        lowDays: oneDecimal(quantile(days, 0.25)),
        highDays: oneDecimal(quantile(days, 0.75)),
        waiting,
      };
}

export function searchPaceOf(apps: readonly PaceApplication[], now: string, timeZone?: string): SearchPace {
  const is = (a: PaceApplication, o: string) => a.summary.outcome?.outcome === o;
  const applied = apps.length;
  const funnel: SearchPace["funnel"] = {
    applied,
    interviewed: rate(apps.filter((a) => a.summary.rounds > 0 || is(a, "offer")).length, applied),
    offers: rate(apps.filter((a) => is(a, "offer")).length, applied),
    heardBack: rate(
      apps.filter(
        (a) =>
          a.summary.rounds > 0 ||
          a.summary.lastFromCompany !== undefined ||
          is(a, "offer") ||
          is(a, "rejected"),
      ).length,
      applied,
    ),
    rejected: apps.filter((a) => is(a, "rejected")).length,
    ghosted: apps.filter((a) => is(a, "ghosted")).length,
  };

  const reply = replyPace(apps);

  const monthOf = monthFormat(timeZone);
  const counts = new Map<string, SearchPace["months"][number]>();
  const bump = (at: string | undefined, key: "started" | "offers" | "rejections" | "ghosted") => {
    const t = at ? Date.parse(at) : Number.NaN;
    if (Number.isNaN(t) || t > Date.parse(now)) return;
    const month = monthOf(t);
    const row = counts.get(month) ?? { month, started: 0, offers: 0, rejections: 0, ghosted: 0 };
    row[key]++;
    counts.set(month, row);
  };
  for (const a of apps) {
    bump(a.startedAt ?? a.createdAt, "started");
    if (is(a, "offer")) bump(a.outcomeAt, "offers");
    if (is(a, "rejected")) bump(a.outcomeAt, "rejections");
    if (is(a, "ghosted")) bump(a.outcomeAt, "ghosted");
  }
  return { funnel, reply, months: everyMonth(counts, monthOf(Date.parse(now))) };
}

/** "2026-03" for a time, in the zone (UTC without one). */
function monthFormat(timeZone: string | undefined): (t: number) => string {
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone: timeZone ?? "UTC",
    year: "numeric",
    month: "2-digit",
  });
  return (t) => {
    const parts = format.formatToParts(t);
    return `${parts.find((p) => p.type === "year")?.value}-${parts.find((p) => p.type === "month")?.value}`;
  };
}

/** Every month from the first counted to `last`, the empty ones too, at most MAX_MONTHS (the latest). */
function everyMonth(counts: Map<string, SearchPace["months"][number]>, last: string): SearchPace["months"] {
  const first = [...counts.keys()].sort()[0];
  if (!first) return [];
  const out: SearchPace["months"] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  for (let month = first; month <= last; ) {
    out.push(counts.get(month) ?? { month, started: 0, offers: 0, rejections: 0, ghosted: 0 });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
    month = `${y}-${String(m).padStart(2, "0")}`;
  }
  return out.slice(-MAX_MONTHS);
}

/**
 * The pace of the search in a workspace: each table read once (the overview the pipeline reads, and the
 * first messages), nothing read again for each application.
 */
export async function searchPace(store: Store, now: string): Promise<SearchPace> {
  const o = await readOverview(store);
  const summaries = summarizeApplications(o, now);
  const outcomes = groupByApplication(o.outcomes);
  const times = await readSearchTimes(store);
  const first = new Map(times.firstMessages.map((m) => [m.application_id, m]));
  const apps: PaceApplication[] = o.applications.map((row, i) => {
    const summary = summaries[i] as ApplicationSummary;
    const mail = first.get(row.id);
    const starts = [mail?.from_candidate, row.basis === "typed in" ? row.created_at : undefined]
      .filter((t): t is string => typeof t === "string" && !Number.isNaN(Date.parse(t)))
      .sort((a, b) => Date.parse(a) - Date.parse(b));
    const outcome = currentOutcome(outcomes.get(row.id) ?? [], row.id);
    const outcomeAt =
      outcome && (outcome.source_id !== null ? times.outcomeSentAt.get(outcome.source_id) : undefined);
    return {
      summary,
      createdAt: row.created_at,
      ...(starts[0] ? { startedAt: starts[0] } : {}),
      ...(mail?.from_company ? { firstReplyAt: mail.from_company } : {}),
      ...(outcome ? { outcomeAt: outcomeAt ?? outcome.recorded_at } : {}),
    };
  });
  return searchPaceOf(apps, now, await readTimeZone(store));
}
