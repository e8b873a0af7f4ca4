import type { EmailDoc } from "../read/documents.js";
import { findPromisedDate } from "../time/find-promised-date.js";
import { DAY_MS, type EmailSignalInput } from "./email-signal-input.js";
import { isAutoReply, isOutcome } from "./mail-outcome.js";
import { type Mailbox, timeOf } from "./mailbox.js";
import { ownText } from "./own-text.js";

/** Promises of word, from the company's mail and from outside it, in the order they were made. */
export interface HeldPromise {
  due: number;
  dueIso: string;
  said: number;
  quote: string;
  source: string;
  doc?: EmailDoc;
}

export function promisesIn(box: Mailbox, input: EmailSignalInput): HeldPromise[] {
  const held: HeldPromise[] = [];
  for (const doc of box.mail) {
    if (box.isCandidate(doc) || doc.isAutomatic || isAutoReply(doc) || isOutcome(doc) || !doc.date) continue;
    const found = findPromisedDate(ownText(doc), doc.date);
    if (found) {
      held.push({
        due: Date.parse(found.due),
        dueIso: found.due,
        said: timeOf(doc),
        quote: found.quote,
        source: doc.source,
        doc,
      });
    }
  }
  const fallbackSaid = Date.parse(input.interviewEnd ?? box.mail[0]?.date ?? "");
  for (const p of input.promises ?? []) {
    const said = Date.parse(p.said ?? "") || fallbackSaid;
    const due = Date.parse(p.due);
    if (!Number.isNaN(due)) {
      held.push({
        due,
        dueIso: p.due,
        said: Number.isNaN(said) ? due - DAY_MS : said,
        quote: p.quote,
        source: p.source,
      });
    }
  }
  return held.sort((a, b) => a.said - b.said);
}
