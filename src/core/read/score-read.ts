import { signalDef } from "../catalogue.js";
import { type ContextFact, contextValue } from "../detect/infer-context.js";
import type { Lean, OwnSense } from "../detect/read-own-sense.js";
import type { Finding } from "../signals/evidence.js";
import { type Band, type SignalId, STRENGTH_WEIGHT } from "../signals/signal.js";
import type { ContextFacts } from "./documents.js";

/** How one context fact changes one signal's weight, and why (from the seeds). */
interface Adjustment {
  when: (ctx: ContextFacts) => boolean;
  applies: SignalId[] | "negative" | "positive";
  factor: number;
  why: string;
}

const ENGAGEMENT_NEGATIVES: SignalId[] = [
  "superficial-questions",
  "thin-company-info",
  "no-growth-talk",
  "disengaged-interviewer",
  "curt-reply",
  "questions-discouraged",
];

/** The seeds' rules for context, as data. */
export const ADJUSTMENTS: Adjustment[] = [
  {
    when: (c) => c.format === "panel",
    applies: ["ran-long"],
    factor: 0.5,
    why: "in a panel, running long says less (several people take turns)",
  },
  {
    when: (c) => c.format === "panel",
    applies: ["met-the-team"],
    factor: 0.6,
    why: "a panel means meeting several people anyway",
  },
  {
    when: (c) => c.format === "panel",
    applies: "negative",
    factor: 0.75,
    why: "in a panel, one cool interviewer is balanced by the others",
  },
  {
    when: (c) => c.format === "structured",
    applies: [
      "superficial-questions",
      "no-growth-talk",
      "thin-company-info",
      "natural-rapport",
      "questions-discouraged",
    ],
    factor: 0.4,
    why: "a structured, scripted interview is not a bad sign by itself",
  },
  {
    when: (c) => c.company === "large",
    applies: ["curt-reply", "disengaged-interviewer", "vague-next-steps", "thin-company-info"],
    factor: 0.5,
    why: "large employers show less personal engagement; dry exchanges there mean less",
  },
  {
    when: (c) => c.interviewerStyle === "warm",
    applies: ["positive-feedback", "natural-rapport", "engaged-body-language", "warm-reply", "sold-the-role"],
    factor: 0.4,
    why: "a naturally warm interviewer is friendly with everyone",
  },
  {
    when: (c) => c.interviewerStyle === "reserved",
    applies: ENGAGEMENT_NEGATIVES,
    factor: 0.4,
    why: "a reserved interviewer's flatness is their manner, not a verdict",
  },
  {
    when: (c) => c.interviewerStyle === "reserved",
    applies: ["positive-feedback", "sold-the-role", "natural-rapport"],
    factor: 1.3,
    why: "warmth from a reserved interviewer means more",
  },
  {
    when: (c) => c.interviewerStyle === "inexperienced",
    applies: [...ENGAGEMENT_NEGATIVES, "vague-next-steps"],
    factor: 0.4,
    why: "an inexperienced interviewer's awkwardness is not about you",
  },
];

export interface Contribution {
  id: SignalId;
  polarity: "positive" | "negative";
  /** The weight before context: the catalogue's, unless other weights were given (ScoreOptions). */
  base: number;
  /** The signed weight after context. */
  weight: number;
  /** Why the weight changed, one line per context rule that applied. */
  changes: string[];
}

/** The candidate's own sense of how it went, as the read counted it. */
export interface OwnSenseInRead extends OwnSense {
  /** Signed weight in the read: a weak sign's, less for a habitual doubter's "it went badly". */
  weight: number;
  changes: string[];
}

export interface Read {
  band: Band;
  score: number;
  summary: string;
  contributions: Contribution[];
  /** What the candidate said of how it went, counted lightly; absent when they said nothing. */
  ownSense?: OwnSenseInRead;
  caveats: string[];
  /** The outcome that settled the read, if one was seen. */
  outcome?: "offer-made" | "rejected";
  /**
   * Too little to read: fewer than two signals (the candidate's own feeling not counted). The band
   * is kept, but it says little, and the summary says so first.
   */
  thin?: true;
}

/** What would give the read something to go on, for a thin read. */
export const WHAT_WOULD_HELP =
  "What would help: a few lines on what they asked, how long it ran against the slot, what they said about next steps; or the transcript, the calendar invite and any emails since.";

/**
 * Score cut-offs: net weight maps through a logistic curve; bands are ranges of the score. Fitted on
 * the 92 tuned-on case folders (../shared/corpus and eval/train) by `npm run fit-bands`.
 */
export const SCALE = 6;
export const BAND_FLOORS: Record<Band, number> = { strong: 0.84, promising: 0.71, mixed: 0.39, weak: 0 };

/**
 * Signals that show the company acting on a decision to hire (selling, placing you in the job,
 * booking the next step, checking you would say yes). Strong needs two of them, or three strong
 * signals of any kind: a long, friendly interview with a date for news is promising, not strong.
 */
export const INTENT_SIGNALS: SignalId[] = [
  "sold-the-role",
  "pictured-in-role",
  "next-round-booked",
  "interest-reconfirmed",
  "hiring-manager-call",
];

function bandOf(score: number, floors: Record<Band, number> = BAND_FLOORS): Band {
  if (score >= floors.strong) return "strong";
  if (score >= floors.promising) return "promising";
  if (score >= floors.mixed) return "mixed";
  return "weak";
}

function round(n: number, places = 2): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

/** How the read weighs signals. */
export interface ScoreOptions {
  /**
   * Signed weights per signal, before context, in place of the catalogue's strength weights
   * (e.g. weights fitted on real outcomes: see scripts/fit-weights.ts). Signals not listed keep
   * their catalogue weight.
   */
  weights?: Partial<Record<SignalId, number>>;
  /** The candidate's own sense of how it went (readOwnSense), counted as one weak sign. */
  ownSense?: OwnSense;
  /** Band cut-offs in place of BAND_FLOORS (for fitting them: scripts/fit-bands.ts). */
  floors?: Record<Band, number>;
}

/** Seed 001: trust your gut, lightly; it weighs what one weak signal weighs. */
export const OWN_SENSE_WEIGHT = STRENGTH_WEIGHT.weak;
const LEAN_SIGN: Record<Lean, number> = { well: 1, badly: -1, mixed: 0 };

export function weighOwnSense(sense: OwnSense, context: ContextFact[]): OwnSenseInRead {
  let weight = LEAN_SIGN[sense.lean] * OWN_SENSE_WEIGHT;
  const changes: string[] = [];
  if (sense.lean === "badly" && contextValue(context, "selfDoubt") === true) {
    weight *= 0.5;
    changes.push("×0.5: you tend to doubt yourself, and doubters often think they did worse than they did");
  }
  return { lean: sense.lean, evidence: sense.evidence, weight: round(weight), changes };
}

const LEAN_WORDS: Record<Lean, string> = {
  well: "that it went well",
  badly: "that it went badly",
  mixed: "that parts went well and parts did not",
};

/** Where the candidate's gut and the signals part ways, said plainly. */
function gutAgainstSignals(own: OwnSenseInRead, band: Band, signalCount: number): string | undefined {
  if (signalCount === 0) {
    return `Your own sense ${LEAN_WORDS[own.lean]} counts lightly; alone it decides nothing.`;
  }
  if (own.lean === "badly" && (band === "promising" || band === "strong"))
    return "You feel it went badly, but what the company did reads better than that.";
  if (own.lean === "well" && band === "weak")
    return "You feel it went well, but what the company did reads worse than that.";
  return undefined;
}

export function weighFindings(
  findings: Finding[],
  context: ContextFact[],
  options: ScoreOptions = {},
): Contribution[] {
  const ctx: ContextFacts = {};
  for (const key of ["format", "company", "interviewerStyle", "selfDoubt"] as const) {
    const v = contextValue(context, key);
    if (v !== undefined) (ctx as Record<string, unknown>)[key] = v;
  }
  const out: Contribution[] = [];
  for (const f of findings) {
    const def = signalDef(f.id);
    if (def.polarity === "outcome") continue;
    const sign = def.polarity === "positive" ? 1 : -1;
    const signed = options.weights?.[f.id] ?? sign * STRENGTH_WEIGHT[def.strength];
    const base = Math.abs(signed);
    let factor = 1;
    const changes: string[] = [];
    for (const a of ADJUSTMENTS) {
      const hit = a.applies === def.polarity || (Array.isArray(a.applies) && a.applies.includes(f.id));
      if (hit && a.when(ctx)) {
        factor *= a.factor;
        changes.push(`×${a.factor}: ${a.why}`);
      }
    }
    // The candidate's own account: notes, whatever the file is called (not a transcript, mail or a measured fact).
    if (
      ctx.selfDoubt === true &&
      def.polarity === "negative" &&
      f.evidence.every((e) => !e.isFact && e.message === undefined && e.speaker === undefined)
    ) {
      factor *= 0.8;
      changes.push(
        "×0.8: you tend to doubt yourself, so your own account of what went wrong counts a little less",
      );
    }
    out.push({ id: f.id, polarity: def.polarity, base, weight: round(signed * factor), changes });
  }
  return out;
}

function list(ids: SignalId[]): string {
  const labels = ids.map((id) => signalDef(id).label.toLowerCase());
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

/**
 * The read: a score in [0, 1] and a band, under the seeds' rules. No single signal decides a band
 * other than mixed; strong needs a pattern of three positives; weak needs a pattern of negatives;
 * a strong negative keeps the read below strong; an outcome settles it.
 */
export function scoreRead(findings: Finding[], context: ContextFact[], options: ScoreOptions = {}): Read {
  const caveats: string[] = [];
  const contributions = weighFindings(findings, context, options);
  const outcome = findings.find((f) => f.id === "offer-made" || f.id === "rejected")?.id as
    | "offer-made"
    | "rejected"
    | undefined;
  const positives = contributions.filter((c) => c.polarity === "positive");
  const negatives = contributions.filter((c) => c.polarity === "negative");
  const own = options.ownSense ? weighOwnSense(options.ownSense, context) : undefined;
  const net = contributions.reduce((sum, c) => sum + c.weight, 0) + (own?.weight ?? 0);
  let score = 1 / (1 + Math.exp(-net / SCALE));
  const floors = options.floors ?? BAND_FLOORS;
  let band = bandOf(score, floors);
  const why: string[] = [];

  if (outcome) {
    band = outcome === "offer-made" ? "strong" : "weak";
    score = outcome === "offer-made" ? 1 : 0;
    const summary =
      outcome === "offer-made"
        ? "An offer was made: that settles this process, whatever the signals said. No follow-ups are planned; weigh the offer on its own terms."
        : "You were told this process will not move forward: that settles it, whatever the signals said. The signals below are kept so you can learn from them.";
    return { band, score, summary, contributions, ...(own ? { ownSense: own } : {}), caveats, outcome };
  }

  const strongPositives = positives.filter((c) => signalDef(c.id).strength === "strong");
  const intent = positives.filter((c) => INTENT_SIGNALS.includes(c.id));
  if (contributions.length <= 1) {
    if (band !== "mixed") why.push("one signal alone decides nothing, so the read stays mixed");
    band = "mixed";
  }
  if (band === "strong" && (positives.length < 3 || (intent.length < 2 && strongPositives.length < 3))) {
    band = "promising";
    why.push(
      "strong needs a pattern: two signs they mean to hire (selling, picturing you in the job, booking the next round), or three strong signals",
    );
  }
  if (band === "weak" && negatives.length < 2) {
    band = "mixed";
    why.push("weak needs a pattern of negatives, not one");
  }
  const strongNegative = negatives.find((c) => signalDef(c.id).strength === "strong");
  if (strongNegative && band === "strong") {
    band = "promising";
    why.push(`${signalDef(strongNegative.id).label.toLowerCase()} keeps the read below strong`);
  }
  score = clampToBand(score, band, floors);

  if (contributions.length === 0)
    caveats.push(
      own
        ? "No signals were found: there is too little here to read, so the read holds back; only your own sense of how it went moves the score, and only a little."
        : "No signals were found: there is too little here to read, so the read holds back.",
    );
  // Caveats where they apply: the warning against hope under a hopeful read, the panel's under a panel.
  if (band === "strong" || band === "promising")
    caveats.push("A good interview is not an offer: other candidates may be in the next round too.");
  // Under "too little to read", no caveat about weak-feeling interviews: nothing was read as weak.
  if (band === "weak" || (band === "mixed" && contributions.length >= 2))
    caveats.push(
      contextValue(context, "format") === "panel"
        ? "Offers do follow weak-feeling interviews, especially after panels."
        : "Offers do follow weak-feeling interviews.",
    );
  if (contextValue(context, "selfDoubt") === true) {
    caveats.push(
      "You tend to doubt yourself: trust the evidence here over your gut feeling about how it went.",
    );
  }

  const thin = contributions.length < 2;
  const parts: string[] = [];
  if (positives.length > 0) parts.push(`${positives.length} positive (${list(positives.map((c) => c.id))})`);
  if (negatives.length > 0) parts.push(`${negatives.length} negative (${list(negatives.map((c) => c.id))})`);
  const adjusted = contributions.filter((c) => c.changes.length > 0);
  let summary =
    contributions.length === 0
      ? "Too little to read yet: nothing in what you gave points either way."
      : thin
        ? `Too little to read yet: one signal, ${parts.join("")}, and one signal decides nothing.`
        : `${capitalise(band)}: this rests on ${parts.join(" against ")}.`;
  if (adjusted.length > 0)
    summary += ` Given the context, ${adjusted.length === 1 ? "one signal counts" : `${adjusted.length} signals count`} more or less than usual.`;
  if (why.length > 0 && !thin) summary += ` ${capitalise(why.join("; "))}.`;
  const gut = own ? gutAgainstSignals(own, band, contributions.length) : undefined;
  if (gut) summary += ` ${gut}`;
  summary += ` ${thin ? WHAT_WOULD_HELP : whatWouldChange(band, findings)}`;
  return {
    band,
    score: round(score),
    summary,
    contributions,
    ...(own ? { ownSense: own } : {}),
    caveats,
    ...(thin ? { thin: true as const } : {}),
  };
}

function clampToBand(score: number, band: Band, floors: Record<Band, number>): number {
  const floor = floors[band];
  const ceiling =
    band === "strong"
      ? 1
      : band === "promising"
        ? floors.strong - 0.01
        : band === "mixed"
          ? floors.promising - 0.01
          : floors.mixed - 0.01;
  return Math.min(ceiling, Math.max(floor, score));
}

function whatWouldChange(band: Band, findings: Finding[]): string {
  const has = (id: SignalId) => findings.some((f) => f.id === id);
  if (band === "strong" || band === "promising") {
    return has("specific-next-steps")
      ? "What would change it: silence well past the date they gave."
      : "What would change it: a dated next step would firm it up; long silence would weaken it.";
  }
  return has("vague-next-steps") || !has("specific-next-steps")
    ? "What would change it: an invitation to a next round, or a reply that picks up something you said."
    : "What would change it: word by the date they gave, or an invitation to a next round.";
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
