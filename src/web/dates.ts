/** Dates as a person reads them, in the browser's own language and zone. */

function valid(iso: string | null | undefined): Date | undefined {
  const t = Date.parse(iso ?? "");
  return Number.isNaN(t) ? undefined : new Date(t);
}

export function formatDate(iso: string | null | undefined): string {
  const d = valid(iso);
  return d
    ? d.toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short", year: "numeric" })
    : "no date";
}

export function formatDateTime(iso: string | null | undefined): string {
  const d = valid(iso);
  return d
    ? d.toLocaleString(undefined, {
        weekday: "short",
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      })
    : "no date";
}

/** Seconds since the epoch, as uPlot's time scale wants; undefined without a date. */
export function epochSeconds(iso: string | null | undefined): number | undefined {
  const d = valid(iso);
  return d ? d.getTime() / 1000 : undefined;
}

/** Seconds of a recording as "m:ss" or "h:mm:ss". */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

export function silenceWords(days: number | undefined, what: "message" | "round" = "message"): string {
  if (days === undefined) return "No word from them yet";
  const last = what === "round" ? "the last interview" : "they last wrote";
  if (days === 0) return what === "round" ? "Interviewed today" : "They wrote today";
  return `${days} ${days === 1 ? "day" : "days"} since ${last}`;
}

/** The candidate's zone and the server's now, once loaded (the browser's zone and clock until then). */
export interface Clock {
  timeZone: string | undefined;
  now: number;
}

/** A moment in the candidate's zone; in the browser's when that zone is not one the browser knows. */
function inZone(d: Date, options: Intl.DateTimeFormatOptions, timeZone: string | undefined): string {
  try {
    return d.toLocaleString(undefined, { ...options, ...(timeZone ? { timeZone } : {}) });
  } catch {
    return d.toLocaleString(undefined, options);
  }
}

/** "Thu, 5 Mar 2026, 14:00 CET": the exact moment, in the candidate's zone, named. */
export function formatExact(iso: string | null | undefined, timeZone: string | undefined): string {
  const d = valid(iso);
  if (!d) return "no date";
  return inZone(
    d,
    {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
    },
    timeZone,
  );
}

/** "14:15": the time of day, in the candidate's zone. */
export function formatTime(iso: string | null | undefined, timeZone: string | undefined): string {
  const d = valid(iso);
  return d ? inZone(d, { hour: "2-digit", minute: "2-digit" }, timeZone) : "no time";
}

const DAY_MS = 86_400_000;

/** Calendar days from `now` to `iso` in the zone: 0 today, 1 tomorrow, -3 three days ago. */
export function dayDifference(iso: string, now: number, timeZone: string | undefined): number {
  const dayOf = (t: number) => {
    const parts = new Intl.DateTimeFormat("en-CA", {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      ...(timeZone ? { timeZone } : {}),
    }).format(new Date(t));
    return Date.parse(`${parts}T00:00:00Z`);
  };
  return Math.round((dayOf(Date.parse(iso)) - dayOf(now)) / DAY_MS);
}

/** "Overdue by 3 days", "Due today", "Due tomorrow", "Due in 5 days": by calendar day in the zone. */
export function relativeDue(iso: string, clock: Clock, what = "Due"): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return "No date";
  const days = dayDifference(iso, clock.now, clock.timeZone);
  if (t < clock.now) {
    if (days >= 0) return "Overdue since earlier today";
    return `Overdue by ${-days} ${days === -1 ? "day" : "days"}`;
  }
  if (days === 0) return `${what} today`;
  if (days === 1) return `${what} tomorrow`;
  return `${what} in ${days} days`;
}
