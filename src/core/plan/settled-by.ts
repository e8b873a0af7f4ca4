import { outcomeOf } from "../mail/detect-email-signals.js";
import type { Evidence } from "../signals/evidence.js";
import { describeDay, toIsoIn } from "../time/add-days.js";
import { companyWord, signal, where } from "../timeline/build-timeline.js";
import type { Plan } from "./action.js";
import type { Context } from "./plan-context.js";

// ---------------------------------------------------------------------------------------------------------------
// The plan

export function settledBy(c: Context): Plan["settled"] | undefined {
  // An outcome counts once seen: not from mail dated after now.
  const seen = (id: "offer-made" | "rejected") =>
    signal(c.analysis, id)?.evidence.some((e) => {
      const ms = Date.parse(e.message?.date ?? "");
      return Number.isNaN(ms) || ms <= c.nowMs;
    }) === true;
  const candidates = [
    ...(c.analysis.read.outcome ? [c.analysis.read.outcome] : []),
    "offer-made" as const,
    "rejected" as const,
  ];
  const outcome = candidates.find(seen);
  let e: Evidence | undefined = outcome ? signal(c.analysis, outcome)?.evidence[0] : undefined;
  let found = outcome;
  if (!found) {
    // An outcome in the mail that the read has not taken up (an automatic rejection) still ends the process.
    const doc = companyWord(c.box)
      .filter((d) => outcomeOf(d) !== undefined)
      .at(-1);
    if (doc) {
      found = outcomeOf(doc) === "offer" ? "offer-made" : "rejected";
      e = { source: doc.source, quote: doc.subject ?? "", message: doc.date ? { date: doc.date } : {} };
    }
  }
  if (!found) return undefined;
  const at = e
    ? ` (${e.message?.date ? `${where(e)}, ${describeDay(toIsoIn(Date.parse(e.message.date), c.zone))}` : where(e)})`
    : "";
  const note =
    found === "offer-made"
      ? `An offer was made${at}: no follow-ups are planned. Take your time with it: ask for it in writing and for its deadline, and weigh it on its own terms.`
      : `You were told the process will not go forward${at}: no follow-ups are planned. Ask for feedback once, politely, then put the energy into the next one.`;
  return { outcome: found, note };
}
