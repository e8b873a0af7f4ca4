import { outcomeOf, ownText } from "../mail/detect-email-signals.js";
import type { Evidence } from "../signals/evidence.js";
import { signal } from "../timeline/build-timeline.js";
import type { Action } from "./action.js";
import type { Context } from "./plan-context.js";
import { quoted } from "./plan-wording.js";

const PAY = /\b(?:salary|compensation|pay|number|range|figure|expectations?|base|package|\d{2,3}k)\b/i;
const AGAIN =
  /\b(?:still|again|re-?confirm\w*|(?:hasn't|has\s+not|haven't|have\s+not)\s+changed|unchanged|same\s+(?:number|figure|range|as)|where\s+(?:they|it)\s+(?:were|was))\b/i;

export function planSalary(c: Context): Action | undefined {
  const startMs = Date.parse(c.interview?.start ?? "");
  const afterInterview = (e: Evidence) => {
    const ms = Date.parse(e.message?.date ?? "");
    return Number.isNaN(startMs) || Number.isNaN(ms) || ms > startMs;
  };
  const emailText = (e: Evidence) => {
    const doc = c.box.mail.find((d) => d.source === e.source);
    return doc ? ownText(doc) : "";
  };
  const isOffer = (e: Evidence) => {
    const doc = c.box.mail.find((d) => d.source === e.source);
    return doc !== undefined && outcomeOf(doc) !== undefined;
  };
  const reconfirmed = signal(c.analysis, "interest-reconfirmed")?.evidence.filter(
    (e) => !e.isFact && (PAY.test(e.quote) || (e.message !== undefined && PAY.test(emailText(e)))),
  );
  const compensation = signal(c.analysis, "compensation-discussed")?.evidence.filter(
    (e) =>
      !e.isFact &&
      !isOffer(e) &&
      (e.message ? afterInterview(e) && AGAIN.test(emailText(e) || e.quote) : AGAIN.test(e.quote)),
  );
  const basis = [...(reconfirmed ?? []), ...(compensation ?? [])];
  const first = basis[0];
  if (!first) return undefined;
  const previous = signal(c.analysis, "compensation-discussed")?.evidence.find(
    (e) => !e.message && !e.isFact && e !== first,
  );
  const before = previous ? ` It came up before: ${quoted(previous)}.` : "";
  return {
    kind: "keep-salary-consistent",
    why: `They are reconfirming your salary expectations: ${quoted(first)}. Give the same figure as before; a large jump now reads as a red flag.${before}`,
    sources: [...new Set(basis.map((e) => e.source))],
  };
}
