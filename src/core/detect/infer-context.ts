import type { ContextFacts, Doc } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import { SLIPPED } from "../text/slip-words.js";

/** One context fact with where it came from: stated in context.json, or inferred from the text. */
export interface ContextFact<K extends keyof ContextFacts = keyof ContextFacts> {
  key: K;
  value: NonNullable<ContextFacts[K]>;
  how: "stated" | "inferred";
  evidence?: Evidence;
}

interface Rule {
  key: "format" | "company" | "interviewerStyle" | "selfDoubt";
  value: string | boolean;
  pattern: RegExp;
}

/*
 * Descriptions of context in the candidate's own words. These read kinds of statement
 * ("a panel of four", "same questions for everyone", "a huge company"), not any one case.
 */
const RULES: Rule[] = [
  {
    key: "format",
    value: "panel",
    pattern:
      /\b(panel(?: interview)?|panelists?|(?:three|four|five|six|3|4|5|6) (?:interviewers|people|of them)\b(?! (?:were|was) (?:on|in) the (?:team|office))|round[- ]robin)\b/i,
  },
  {
    key: "format",
    value: "structured",
    pattern:
      /\b(structured|scripted|by the book|same (?:set of )?questions (?:for|to|as) (?:every|all|each)\w*|score ?cards?|scoring (?:sheet|grid|rubric)|competency[- ]based|standard(?:ised|ized) questions|read (?:each|every) question (?:out )?(?:word for word|verbatim))\b/i,
  },
  {
    key: "format",
    value: "one-on-one",
    pattern: /\b(one[- ]on[- ]one|1:1|1-on-1|just the two of us|only (?:him|her|them) and me)\b/i,
  },
  {
    key: "company",
    value: "large",
    pattern:
      /\b(huge|giant|massive|large|big|multinational|global|enterprise|fortune[- ]500|ftse|blue[- ]chip)\s+(?:\w+\s+)?(company|firm|employer|corporation|organi[sz]ation|bank|insurer|retailer|hospital|group|corporate|enterprise)\b|\b(tens of thousands of|thousands of) (?:employees|staff|people)\b/i,
  },
  {
    key: "company",
    value: "startup",
    pattern:
      /\b(start-?up|seed[- ]stage|series [abc]\b|pre-seed|founding team|(?:tiny|small) (?:company|team|shop) of)\b/i,
  },
  {
    key: "interviewerStyle",
    value: "warm",
    pattern:
      /\b(bubbly|effusive|gushes|gushing|famously (?:warm|friendly|nice|positive)|(?:warm|friendly|nice|positive|enthusiastic) (?:to|with) everyone|praises everyone|says that to everyone|is like that with everyone|naturally (?:warm|friendly|enthusiastic))\b/i,
  },
  {
    key: "interviewerStyle",
    value: "reserved",
    pattern:
      /\b(reserved|poker[- ]faced?|hard to read|impossible to read|stoic|deadpan|understated|not (?:a|one) to (?:gush|show)|(?:dry|quiet|flat) by nature|naturally (?:quiet|dry|reserved)|that's just (?:how|his|her) (?:he|she|style))\b/i,
  },
  {
    key: "interviewerStyle",
    value: "inexperienced",
    pattern:
      /\b(first[- ]time interviewer|first (?:time|interview) (?:he|she|they) (?:had )?(?:ever )?(?:run|ran|done|did|conducted)|(?:new|green) (?:to|at) interviewing|never interviewed (?:anyone|someone) before|(?:inexperienced|nervous|junior) interviewer|reading (?:from|off) (?:a|the) (?:checklist|script|sheet))\b/i,
  },
  {
    key: "selfDoubt",
    value: true,
    pattern: new RegExp(
      String.raw`\b(i always (?:think|assume|feel) (?:i|it)(?:'ve| have)? (?:${SLIPPED}|blew|went badly|failed|messed)|i(?:'m| am) (?:sure|convinced|certain) i (?:${SLIPPED}|failed)|impostor|imposter|i (?:always )?(?:overthink|second[- ]guess)|my (?:anxiety|self-doubt)|i (?:always|usually) (?:doubt|think the worst))\b`,
      "i",
    ),
  },
];

/** The sentence (or line) around a position, for evidence. */
export function sentenceAround(text: string, index: number): { quote: string; line: number } {
  const start = Math.max(text.lastIndexOf("\n", index), text.lastIndexOf(". ", index)) + 1;
  const endDot = text.indexOf(". ", index);
  const endLine = text.indexOf("\n", index);
  const ends = [endDot, endLine].filter((n) => n >= 0);
  const end = ends.length > 0 ? Math.min(...ends) + 1 : text.length;
  const line = text.slice(0, index).split("\n").length;
  return { quote: text.slice(start, end).trim(), line };
}

/** Context: stated facts first; anything not stated is inferred from the notes and transcript. */
export function inferContext(docs: Doc[], stated: ContextFacts | undefined): ContextFact[] {
  const facts: ContextFact[] = [];
  const has = (key: keyof ContextFacts) => facts.some((f) => f.key === key);
  if (stated) {
    for (const [key, value] of Object.entries(stated) as [
      keyof ContextFacts,
      ContextFacts[keyof ContextFacts],
    ][]) {
      if (value !== undefined && value !== "unknown")
        facts.push({ key, value, how: "stated" } as ContextFact);
    }
  }
  for (const rule of RULES) {
    if (has(rule.key)) continue;
    for (const doc of docs) {
      if (doc.kind !== "notes") continue;
      const m = rule.pattern.exec(doc.text);
      if (!m) continue;
      const { quote, line } = sentenceAround(doc.text, m.index);
      facts.push({
        key: rule.key,
        value: rule.value,
        how: "inferred",
        evidence: { source: doc.source, quote, line },
      } as ContextFact);
      break;
    }
  }
  if (!has("format")) {
    for (const doc of docs) {
      if (doc.kind !== "transcript") continue;
      // Three or more company voices in the first ten minutes: a panel.
      const early = new Set(
        doc.utterances.filter((u) => (u.start ?? 0) < 600 && u.speaker).map((u) => u.speaker),
      );
      if (early.size >= 4) {
        facts.push({
          key: "format",
          value: "panel",
          how: "inferred",
          evidence: {
            source: doc.source,
            quote: `${early.size} speakers in the first ten minutes`,
            isFact: true,
          },
        });
        break;
      }
    }
  }
  return facts;
}

export function contextValue<K extends keyof ContextFacts>(
  facts: ContextFact[],
  key: K,
): ContextFacts[K] | undefined {
  return facts.find((f) => f.key === key)?.value as ContextFacts[K] | undefined;
}
