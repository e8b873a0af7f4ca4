import { where } from "../timeline/build-timeline.js";

export function shorten(text: string, max = 120): string {
  const spaced = text.replace(/\s+/g, " ").trim();
  // A quote that is all one quotation already: its own marks would double ours.
  const t = /^"[^"]*"[.!?]?$/.test(spaced) ? spaced.replace(/^"|"(?=[.!?]?$)/g, "") : spaced;
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(" ", max);
  return `${t.slice(0, cut > max / 2 ? cut : max).replace(/[\s,;:.-]+$/, "")}…`;
}

/** A full stop, unless a quote already ends the sentence with its own ("…Pacific?”"). */
export function endSentence(text: string): string {
  return /[.?!]”?$/.test(text) ? text : `${text}.`;
}

export function quoted(e: { quote: string; source: string; line?: number; at?: string }): string {
  return `“${shorten(e.quote)}” (${where(e)})`;
}

export function firstName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const comma = /^[^,]+,\s*(\S+)/.exec(name);
  return comma?.[1] ?? name.trim().split(/\s+/)[0];
}
