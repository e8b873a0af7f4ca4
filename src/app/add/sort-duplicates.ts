import { messageKey } from "../../core/mail/message-key.js";
import type { IngestPlan } from "./ingest-plan.js";
import { type Entry, emailOf } from "./read-entries.js";

/**
 * The entries to file: those neither stored before (by their bytes, `stored`, or their message's key,
 * `storedKeys`) nor given earlier in this add. The others go to the plan's duplicates (stored) or
 * repeated (given twice), each with its reason.
 */
export function sortDuplicates(
  plan: IngestPlan,
  entries: Entry[],
  stored: Set<string>,
  storedKeys: Map<string, number>,
): Entry[] {
  const labelOfId = (id: number) => {
    const app = plan.state.applications.find((a) => a.id === id);
    return app ? `application ${id} (${app.company})` : `application ${id}`;
  };
  const seen = new Map<string, string>();
  const seenKeys = new Map<string, string>();
  const fresh: Entry[] = [];
  const duplicate = (e: Entry, isStored: boolean, reason: string) => {
    (isStored ? plan.duplicates : plan.repeated).push(e.source);
    plan.duplicateReasons.push({ source: e.source, reason });
  };
  for (const e of entries) {
    const key = messageKey(emailOf(e)?.messageId);
    const storedApp = key !== undefined ? storedKeys.get(key) : undefined;
    const earlier = seen.get(e.sha256);
    const earlierMessage = key !== undefined ? seenKeys.get(key) : undefined;
    if (stored.has(e.sha256)) duplicate(e, true, "the same bytes as a file already in the workspace");
    else if (storedApp !== undefined)
      duplicate(
        e,
        true,
        `the same message (Message-ID <${key}>) is already filed under ${labelOfId(storedApp)}`,
      );
    else if (earlier !== undefined) duplicate(e, false, `the same bytes as ${earlier}, given in this add`);
    else if (earlierMessage !== undefined)
      duplicate(e, false, `the same message (Message-ID <${key}>) as ${earlierMessage}, given in this add`);
    else fresh.push(e);
    if (!seen.has(e.sha256)) seen.set(e.sha256, e.source);
    if (key !== undefined && !seenKeys.has(key)) seenKeys.set(key, e.source);
  }
  return fresh;
}
