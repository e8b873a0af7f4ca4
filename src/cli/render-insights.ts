import pc from "picocolors";
import { signalDef } from "../core/catalogue.js";
import {
  type BandOutcomes,
  type Insights,
  MIN_DECIDED,
  MIN_WITH_SIGNAL,
  type OfferRate,
  type OwnSenseInsight,
  type ReadsAgainstOutcomes,
  type SignalInsight,
  type SignalVerdict,
} from "../core/read/learn-from-outcomes.js";
import { BANDS } from "../core/signals/signal.js";
import { wrapText } from "./render-analysis.js";

type Colors = ReturnType<typeof pc.createColors>;

const WIDTH = 88;
const INDENT = "  ";
const DETAIL = "      ";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "3/4 offers (75%, 95% CI 30–95%)", or "none decided" when there is nothing to rate. */
function describeRate(r: OfferRate): string {
  if (r.rate === undefined) return "none decided";
  return `${r.offers}/${r.decided} offers (${describeShare(r)})`;
}

/** "75%, 95% CI 30–95%". */
function describeShare(r: OfferRate): string {
  if (r.rate === undefined) return "—";
  return `${pct(r.rate)}, 95% CI ${Math.round(r.ci.low * 100)}–${Math.round(r.ci.high * 100)}%`;
}

/** Percentage points with a sign: "+50", "−14", "0". */
function points(x: number): string {
  const n = Math.round(x * 100);
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0";
}

const VERDICT_WORDS: Record<SignalVerdict, string> = {
  "before-offers": "came before your offers",
  "before-rejections": "came before your rejections",
  "no-clear-link": "no clear link to outcomes yet",
  "too-few": "too few outcomes to tell",
};

function verdictColor(v: SignalVerdict, c: Colors): (s: string) => string {
  switch (v) {
    case "before-offers":
      return (s) => c.green(s);
    case "before-rejections":
      return (s) => c.red(s);
    case "no-clear-link":
    case "too-few":
      return (s) => c.dim(s);
    default: {
      const never: never = v;
      return never;
    }
  }
}

function totalsLine(i: Insights): string {
  const t = i.totals;
  return (
    `${plural(t.applications, "application")}: ${t.decided} decided ` +
    `(${plural(t.offers, "offer")}, ${t.negative} rejected or ghosted), ` +
    `${t.withdrew} withdrawn, ${t.open} open`
  );
}

function fewOutcomesSentence(decided: number): string {
  const need = `at least ${MIN_DECIDED} are needed before any pattern means anything`;
  if (decided === 0) return `No outcomes recorded yet: ${need}.`;
  return `Only ${plural(decided, "outcome")} so far: ${need}; these counts are shown as they are.`;
}

function polarityNote(s: SignalInsight): string | undefined {
  if (s.polarityCheck !== "disagrees" || s.verdict === "too-few") return undefined;
  const usual = s.polarity === "positive" ? "a good sign" : "a bad sign";
  const went = s.polarity === "positive" ? "rejections" : "offers";
  return s.verdict === "no-clear-link"
    ? `Usually ${usual}; for you it leans towards ${went} so far, though not clearly.`
    : `Usually ${usual}, yet for you it came before ${went}: worth a look at what else those had in common.`;
}

function signalLines(s: SignalInsight, c: Colors): string[] {
  const def = signalDef(s.id);
  const mark = s.polarity === "positive" ? c.green("+") : c.red("−");
  const lines = [
    `${INDENT}${mark} ${c.bold(def.label)} — ${verdictColor(s.verdict, c)(VERDICT_WORDS[s.verdict])}`,
  ];
  lines.push(`${DETAIL}with signal: ${describeRate(s.with)}`);
  lines.push(`${DETAIL}without:     ${describeRate(s.without)}`);
  if (s.difference) {
    const { value, ci } = s.difference;
    lines.push(
      `${DETAIL}difference:  ${points(value)} points (95% CI ${points(ci.low)} to ${points(ci.high)})`,
    );
  }
  const undecided = s.seen - s.with.decided;
  if (undecided > 0)
    lines.push(c.dim(`${DETAIL}also seen in ${plural(undecided, "open or withdrawn application")}`));
  const note = polarityNote(s);
  if (note) lines.push(...wrapText(note, WIDTH, `${DETAIL}! `, `${DETAIL}  `).map((l) => c.yellow(l)));
  return lines;
}

const GUT_WORDS = { well: "You felt it went well", badly: "You felt it went badly" } as const;

/** "You felt it went badly — too few outcomes to tell", with its rates, and whether outcomes followed the gut. */
function ownSenseLines(o: OwnSenseInsight, c: Colors): string[] {
  const lines = [
    `${INDENT}${c.bold(GUT_WORDS[o.lean])} — ${verdictColor(o.verdict, c)(VERDICT_WORDS[o.verdict])}`,
  ];
  lines.push(`${DETAIL}when you did: ${describeRate(o.with)}`);
  lines.push(`${DETAIL}otherwise:    ${describeRate(o.without)}`);
  if (o.difference) {
    const { value, ci } = o.difference;
    lines.push(
      `${DETAIL}difference:   ${points(value)} points (95% CI ${points(ci.low)} to ${points(ci.high)})`,
    );
  }
  if (o.verdict !== "too-few" && o.polarityCheck === "disagrees") {
    const note =
      o.lean === "badly"
        ? "Your sense that it went badly has not matched your outcomes so far: trust the evidence over the feeling."
        : "Your sense that it went well has not matched your outcomes so far: lean on the signals, not the feeling.";
    lines.push(...wrapText(note, WIDTH, `${DETAIL}! `, `${DETAIL}  `).map((l) => c.yellow(l)));
  }
  return lines;
}

function bandRow(b: BandOutcomes): string {
  const counts = `${String(b.offers).padStart(6)}${String(b.notOffers).padStart(10)}`;
  return `${INDENT}${b.band.padEnd(10)}${counts}  ${describeShare(b.offerRate)}`;
}

function readsLines(r: ReadsAgainstOutcomes, c: Colors): string[] {
  if (r.judged === 0) {
    const why =
      r.unread > 0
        ? `None of the ${plural(r.unread, "decided application")} has a read made before its outcome.`
        : "No decided application has a read made before its outcome yet.";
    return wrapText(why, WIDTH, INDENT, INDENT);
  }
  const out: string[] = [];
  const judged = `${plural(r.judged, "decided application")} with a read made before the outcome`;
  out.push(
    ...wrapText(
      r.unread > 0 ? `${judged} (${r.unread} more without one).` : `${judged}.`,
      WIDTH,
      INDENT,
      INDENT,
    ),
  );
  out.push(
    c.dim(`${INDENT}${"band".padEnd(10)}${"offers".padStart(6)}${"no offer".padStart(10)}  offer rate`),
  );
  // Strongest first, as a person reads a ranking.
  const byBand = new Map(r.bands.map((b) => [b.band, b]));
  for (const band of [...BANDS].reverse()) {
    const row = byBand.get(band);
    if (row) out.push(bandRow(row));
  }

  const noise = r.enoughToJudge
    ? ""
    : ` With ${plural(r.judged, "outcome")} this is noise: it says nothing yet about how good the reads are.`;
  if (r.brier) {
    const { read, baseRate, rate, verdict } = r.brier;
    const which =
      verdict === "read-better"
        ? "The reads did better than the base rate."
        : verdict === "base-rate-better"
          ? "Always guessing the base rate did better than the reads."
          : "The reads and the base rate did the same.";
    out.push(
      "",
      ...wrapText(
        `Brier score ${read.toFixed(3)} (0 is perfect, lower is better); always guessing your offer rate of ` +
          `${pct(rate)}: ${baseRate.toFixed(3)}. ${which}${noise}`,
        WIDTH,
        INDENT,
        INDENT,
      ),
    );
  }
  const auc =
    r.auc !== undefined
      ? `AUC ${r.auc.toFixed(2)}: the chance an offer's read scored above a non-offer's (0.5 is a coin toss, 1 a perfect ranking).`
      : `AUC not computed: it needs at least 2 offers and 2 other outcomes with a read; there ${r.offers === 1 ? "is" : "are"} ${plural(r.offers, "offer")} and ${r.notOffers} other.`;
  out.push(...wrapText(auc, WIDTH, INDENT, INDENT));
  return out;
}

/** The terminal report of `debrief insights`: totals, then signals against outcomes, then reads against outcomes. */
export function renderInsights(insights: Insights, options: { color: boolean }): string {
  const c = pc.createColors(options.color);
  const { totals } = insights;
  const out: string[] = [];
  const section = (title: string) => out.push("", c.bold(c.underline(title)));

  out.push(totalsLine(insights));
  if (!totals.enoughToLearn)
    out.push("", ...wrapText(fewOutcomesSentence(totals.decided), WIDTH).map((l) => c.yellow(l)));
  else if (totals.offerRate.rate !== undefined) out.push(`Overall: ${describeRate(totals.offerRate)}.`);
  if (totals.withdrew > 0)
    out.push(
      ...wrapText(
        `${plural(totals.withdrew, "withdrawn application")} left out of what follows: withdrawing says nothing about the company's view.`,
        WIDTH,
      ).map((l) => c.dim(l)),
    );

  section("Signals before outcomes");
  if (insights.signals.length === 0) out.push(`${INDENT}no signals recorded yet`);
  else
    out.push(
      ...wrapText(
        `A verdict needs ${MIN_WITH_SIGNAL} decided applications with the signal and ${MIN_DECIDED} in all; ` +
          "the difference is in offer-rate points, with Newcombe's 95% interval.",
        WIDTH,
        INDENT,
        INDENT,
      ).map((l) => c.dim(l)),
    );
  for (const s of insights.signals) out.push(...signalLines(s, c));

  section("Reads against outcomes");
  out.push(...readsLines(insights.reads, c));

  if (insights.ownSense.length > 0) {
    section("Your own sense against outcomes");
    for (const o of insights.ownSense) out.push(...ownSenseLines(o, c));
  }
  return `${out.join("\n")}\n`;
}
