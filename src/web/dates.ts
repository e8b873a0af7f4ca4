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
