import type { Band, MoveStage } from "./api-types.js";

/** Words and signs for what the API gives as ids: every meaning is carried by a word, never by colour alone. */

export const BAND_ICON: Record<Band, string> = { strong: "▲▲", promising: "▲", mixed: "◆", weak: "▼" };

const BANDS: readonly string[] = ["strong", "promising", "mixed", "weak"];

export function isBand(value: unknown): value is Band {
  return typeof value === "string" && BANDS.includes(value);
}

export const POLARITY_ICON: Record<string, string> = { positive: "＋", negative: "－", outcome: "●" };

const ACTIONS: Record<string, string> = {
  "thank-you": "Send a thank-you",
  "status-check": "Ask where things stand",
  "prepare-next-round": "Prepare for the next round",
  "share-competing-offers": "Tell them about other offers",
  "keep-salary-consistent": "Keep to the salary you gave",
  "use-direct-contact": "Use the direct contact",
  "address-gap": "Add what was missing",
};

export function actionLabel(kind: string): string {
  return ACTIONS[kind] ?? humanize(kind);
}

/** The subject line a draft goes out with when the mail program opens it. */
export function draftSubject(kind: string, company?: string): string {
  const at = company ? ` at ${company}` : "";
  switch (kind) {
    case "thank-you":
      return `Thank you for the interview${at}`;
    case "status-check":
      return `Following up on my interview${at}`;
    default:
      return actionLabel(kind) + at;
  }
}

const STAGES: Record<string, string> = {
  applied: "Applied",
  interviewing: "Interviewing",
  waiting: "Waiting",
  offer: "Offer",
  closed: "Closed",
  rejected: "Rejected",
  withdrew: "Withdrew",
  ghosted: "Ghosted",
};

/** The stage menu's choices, as a person says them. */
export const MOVE_LABELS: Record<MoveStage, string> = {
  applied: "Applied",
  interviewing: "Interviewing",
  waiting: "Waiting to hear",
  offer: "Offer",
  rejected: "Closed: rejected",
  withdrew: "Closed: I withdrew",
  ghosted: "Closed: no answer (ghosted)",
};

export function stageLabel(stage: string): string {
  return STAGES[stage] ?? humanize(stage);
}

/** "sold-the-role" → "Sold the role". */
export function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function percent(share: number | undefined): string {
  return share === undefined || !Number.isFinite(share) ? "–" : `${Math.round(share * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A read's summary as the candidate reads it: without the count of weights the context changed (a
 * figure for us; the interview's Advanced fold shows each change and why), and once the outcome is
 * known (`settled`), without what would change the read or help it.
 */
export function readSummaryWords(summary: string, settled = false): string {
  const words = summary.replace(
    /\s*Given the context, (?:one signal counts|\d+ signals count) more or less than usual\./g,
    "",
  );
  return (settled ? words.replace(/\s*What would (?:change it|help):[^.]*\./g, "") : words).trim();
}
