import { findContactDetail } from "../detect/find-contact-detail.js";
import { signal, utteranceText } from "../timeline/build-timeline.js";
import type { Action } from "./action.js";
import type { Context } from "./plan-context.js";
import { quoted } from "./plan-wording.js";

export function planContact(c: Context): Action | undefined {
  const shared = signal(c.analysis, "contact-shared");
  const e = shared?.evidence.find((x) => !x.isFact);
  if (!e) return undefined;
  const detail = findContactDetail(`${e.quote} ${utteranceText(c.docs, e) ?? ""}`);
  // "Luis gave me his business card": the notes name who did it.
  const named =
    /^\s*(?:[-*]\s*)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:gave|wrote|handed|shared|passed|said|told|offered)\b/u.exec(
      e.quote,
    )?.[1];
  const who = e.speaker ?? e.message?.from ?? (named && !/^(?:She|He|They)$/.test(named) ? named : "They");
  return {
    kind: "use-direct-contact",
    why: `${who} gave you a direct line${detail ? ` (${detail})` : ""}: ${quoted(e)}. Use it for a real question or to add something you left out, not to chase.`,
    sources: [e.source],
  };
}
