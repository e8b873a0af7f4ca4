import type { SignalInsight } from "../../api-types.js";
import { percent } from "../../labels.js";

/** What the outcomes say of a signal so far, in words. */
export const VERDICT: Record<SignalInsight["verdict"], string> = {
  "too-few": "too few to tell",
  "before-offers": "came before offers",
  "before-rejections": "came before rejections",
  "no-clear-link": "no clear link",
};

/** Whether the outcomes go the way a signal's polarity says, in words. */
export const CHECK: Record<SignalInsight["polarityCheck"], string> = {
  agrees: "in line with its polarity",
  disagrees: "against its polarity",
  "no-direction": "no direction yet",
};

/** "2 of 3 (67%, 95% interval 21–94%)" */
export function rateWords(r: SignalInsight["with"]): string {
  if (r.decided === 0) return "none decided";
  return `${r.offers} of ${r.decided} (${percent(r.rate)}; 95% interval ${percent(r.ci.low)}–${percent(r.ci.high)})`;
}
