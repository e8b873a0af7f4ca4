import type { Analysis } from "../read/analyze-interview.js";
import type { SignalId } from "../signals/signal.js";
import { SLIPPED } from "../text/slip-words.js";
import { slice } from "./clauses.js";
import type { Unit } from "./conversation-unit.js";
import type { DraftGap } from "./draft-source.js";
import { countWords, plainQuotes } from "./words.js";

// The gap: the one thing a draft adds that the candidate left unsaid.

const GAP_PATTERNS: { re: RegExp; make: (topic: string) => string; why: string }[] = [
  {
    re: /\b(?:forgot|forgetting) to (?:mention|say|bring up|talk about|tell (?:him|her|them)(?: about)?)\s+(?:that\s+)?(.+)/i,
    make: (t) => `One thing I didn't get to mention: ${t}.`,
    why: "your notes say you forgot to mention it",
  },
  {
    re: /\b(?:didn't|did not|never) get to (?:mention|say|talk about|explain|show|finish)\s+(?:that\s+)?(.+)/i,
    make: (t) => `One thing I didn't get to mention: ${t}.`,
    why: "your notes say you did not get to it",
  },
  {
    re: /\b(?:wish I(?:'d| had)|should have|should've) (?:mentioned|said|talked about|brought up|explained)\s+(?:that\s+)?(.+)/i,
    make: (t) => `One thing I didn't get to mention: ${t}.`,
    why: "your notes say you wish you had said it",
  },
  {
    re: /\bcut me off (?:mid-sentence |mid-answer |halfway )?(?:on|before|during|while|in the middle of|when I was (?:talking|explaining) about)\s+(.+)/i,
    make: (t) =>
      `I didn't get to finish my point on ${t}; I'd be glad to send a short summary if it would help.`,
    why: "your notes say you were cut off",
  },
  {
    re: new RegExp(String.raw`\b${SLIPPED} (?:on|over|with)\s+(.+)`, "i"),
    make: (t) => `I'd be glad to follow up on ${t} in more detail if it would help.`,
    why: "your notes say this part went badly",
  },
];

const ASKED_NEXT_STEPS = /\b(?:forgot to ask|didn't ask|did not ask|never asked)\b/i;

/** A negative signal and the line a thank-you can add for it. */
const GAP_SIGNALS: { id: SignalId; text: string; why: string }[] = [
  {
    id: "questions-discouraged",
    text: "If it's easier, I'd be glad to send the questions we didn't get to by email.",
    why: "your questions got little room or vague answers",
  },
  {
    id: "cut-short",
    text: "I know we were short on time, so I'd be happy to expand on anything by email.",
    why: "the interview was cut short",
  },
  {
    id: "vague-next-steps",
    text: "When you have a moment, I'd be grateful to know what the next steps and timing look like.",
    why: "no timeline for next steps was given",
  },
  {
    id: "superficial-questions",
    text: "If it would help, I'd be glad to share more detail about my experience.",
    why: "the questions stayed general",
  },
  {
    id: "thin-company-info",
    text: "I'd welcome the chance to learn more about the team and its priorities.",
    why: "little was said about the company and the role",
  },
];

function gapTopic(raw: string): string | undefined {
  const cut =
    raw.split(
      /,\s|;\s|\.\s|\s(?:because|which|but|so|for (?:what|about|a|an|the)|during|when|while|after|until)\s|[.!?]$/,
    )[0] ?? raw;
  const topic = slice(cut, 0, cut.length);
  const words = countWords(topic);
  return words >= 2 && words <= 14 ? plainQuotes(topic) : undefined;
}

export function findGap(
  units: Unit[],
  analysis: Analysis,
  owner: number,
  isPrimary: boolean,
): DraftGap | undefined {
  for (const u of units) {
    if (u.voice !== "narration" || !(u.owner === owner || (isPrimary && u.owner < 0))) continue;
    for (const g of GAP_PATTERNS) {
      const m = g.re.exec(u.text);
      const topic = m?.[1] ? gapTopic(m[1]) : undefined;
      if (!m || !topic) continue;
      return { text: g.make(topic), why: g.why, source: u.source, quote: u.text, line: u.line };
    }
    if (ASKED_NEXT_STEPS.test(u.text) && /\bnext steps?\b|\btimeline\b|\bwhen\b/i.test(u.text)) {
      return {
        text: "When you have a moment, I'd be grateful to know what the next steps and timing look like.",
        why: "your notes say you did not ask about next steps",
        source: u.source,
        quote: u.text,
        line: u.line,
      };
    }
  }
  const ranLong = analysis.signals.some((s) => s.id === "ran-long");
  for (const g of GAP_SIGNALS) {
    const signal = analysis.signals.find((s) => s.id === g.id);
    if (!signal) continue;
    // "I know we were short on time" to someone who stayed past the hour would be false.
    if (g.id === "cut-short" && ranLong) continue;
    const evidence = signal.evidence.filter((e) => !e.isFact);
    const mine = evidence.find(
      (e) => e.speaker !== undefined && units.some((u) => u.owner === owner && u.speaker === e.speaker),
    );
    const fallback = isPrimary ? (evidence.find((e) => e.speaker === undefined) ?? evidence[0]) : undefined;
    const e = mine ?? fallback;
    if (!e) continue;
    return {
      text: g.text,
      why: g.why,
      signal: g.id,
      source: e.source,
      quote: e.quote,
      ...(e.line !== undefined ? { line: e.line } : {}),
      ...(e.at ? { at: e.at } : {}),
      ...(e.speaker ? { speaker: e.speaker } : {}),
    };
  }
  return undefined;
}
