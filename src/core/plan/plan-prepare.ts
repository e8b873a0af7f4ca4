import type { Analysis } from "../read/analyze-interview.js";
import { addDaysIn, describeDay, describeMoment } from "../time/add-days.js";
import { type NextRound, signal, where } from "../timeline/build-timeline.js";
import type { Action } from "./action.js";
import { type Context, isStrong } from "./plan-context.js";
import { endSentence, quoted, shorten } from "./plan-wording.js";

/** The two positive signals that weigh most in the read, with where each was seen. */
function strongestPositives(analysis: Analysis): { text: string; source: string }[] {
  return analysis.read.contributions
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 2)
    .flatMap((x) => {
      const s = signal(analysis, x.id);
      const e = s?.evidence[0];
      return s && e ? [{ text: `${s.label.toLowerCase()}, ${where(e)}`, source: e.source }] : [];
    });
}

export function planPrepare(c: Context, round: NextRound | undefined): Action | undefined {
  if (!round && !isStrong(c.analysis)) return undefined;
  if (!round) {
    const top = strongestPositives(c.analysis);
    const resting = top.length > 0 ? ` (${top.map((t) => t.text).join("; ")})` : "";
    return {
      kind: "prepare-next-round",
      why: `The read is ${c.analysis.read.band}${resting}: keep preparing for a next round, though none is booked yet and others may be in it too.`,
      sources: [...new Set(top.map((t) => t.source))],
    };
  }
  const said = quoted(round.evidence);
  const time = round.time;
  if (time && Date.parse(time.start) >= c.nowMs) {
    const at = time.hasTime ? describeMoment(time.start) : `${describeDay(time.start)} (no time given)`;
    // The date read from the sentence already quoted (whole, or cut short with "…") is not quoted twice.
    const quoteKey = (q: string) => q.replace(/\s+/g, " ").replace(/…$/, "").trim();
    const [a, b] = [quoteKey(time.quote), quoteKey(round.evidence.quote)];
    const dateFrom =
      a === b || (b.length >= 40 && a.startsWith(b)) || (a.length >= 40 && b.startsWith(a))
        ? ""
        : `; the date from “${shorten(time.quote)}”${round.basisSource === round.evidence.source ? "" : ` (${round.basis})`}`;
    // Due when the round starts, as a next round is dated everywhere else; the advice is to be ready the day before.
    return {
      kind: "prepare-next-round",
      due: time.start,
      why: `${endSentence(`Next round booked for ${at}: ${said}${dateFrom}`)} Prepare for it by the day before, building on what this round covered.`,
      sources: [...new Set([round.evidence.source, ...(round.basisSource ? [round.basisSource] : [])])],
    };
  }
  const offered = (round.options ?? []).filter((o) => Date.parse(o.start) >= c.nowMs);
  if (!time && offered.length > 0) {
    const days = offered.map((o) => (o.hasTime ? describeMoment(o.start) : describeDay(o.start)));
    return {
      kind: "prepare-next-round",
      due: addDaysIn(c.now, 1, c.zone),
      why: `They offered times for the next round (${days.join("; ")}): ${said}. Reply with the one that suits you within a day, then prepare for it.`,
      sources: [round.evidence.source],
    };
  }
  const passed = time
    ? ` The date read, ${describeDay(time.start)}, has passed; if it was moved, prepare for the new one.`
    : " Its date is not fixed in the inputs yet.";
  return {
    kind: "prepare-next-round",
    why: `A next round is on the table: ${said}.${passed}`,
    sources: [round.evidence.source],
  };
}
