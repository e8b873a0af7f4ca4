import { outcomeOf, ownText } from "../mail/detect-email-signals.js";
import type { Analysis } from "../read/analyze-interview.js";
import type { Doc, EmailDoc } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import type { SignalId } from "../signals/signal.js";
import { sameWallTimeIn, toIsoIn, type Zone } from "../time/add-days.js";
import { findPromisedDate } from "../time/find-promised-date.js";
import { signal, where } from "./evidence-place.js";
import type { InterviewTime } from "./find-interview.js";
import { saidAt } from "./said-at.js";
import { companyWord, type Mail, timeOf } from "./timeline-mail.js";

// The promises of word, with when each was said, and the one that stands.

/** Evidence that may carry a promise of word: "I'll call you by Friday", "everyone hears by the 1st". */
const PROMISE_SIGNALS: SignalId[] = ["specific-next-steps", "next-round-booked", "gone-quiet", "kept-warm"];

/** A date written with its month: "4 December", "Dec 4", "the 4th of December", "4/12". */
const NAMES_MONTH =
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\/\d{1,2}\b/i;

/** A promise of word, with when it was said: later statements overrule earlier ones. */
export interface Promised {
  saidMs: number;
  due: string;
  /** The start of the window, where the words give one ("this week", "in a few days"). */
  from?: string;
  quote: string;
  where: string;
  source: string;
  /** The words name no day ("in a few days"): `due` is only a guess at the window's end, nothing to hold them to. */
  isVague?: true;
  /** The line of the notes or transcript cue, and a transcript's time, where the promise was read. */
  line?: number;
  at?: string;
  speaker?: string;
}

export function promisesOf(
  docs: Doc[],
  analysis: Analysis,
  box: Mail,
  interview: InterviewTime | undefined,
  nowMs: number,
  zone: Zone,
  anchorMs = nowMs,
): Promised[] {
  const found: Promised[] = [];
  const add = (text: string, saidMs: number, at: PromiseAt, isNextSteps = false) => {
    const promised = promiseIn(text, saidMs, at, zone, isNextSteps);
    if (promised) found.push(promised);
  };
  for (const id of PROMISE_SIGNALS) {
    for (const e of signal(analysis, id)?.evidence ?? []) {
      // Mail is read whole below; a sentence of it the detector found about next steps is read here too,
      // so that "I'd hope to let everyone know by the end of next week" dates word without a verb of telling.
      if (e.isFact || (e.message && (id !== "specific-next-steps" || isCandidateSource(box, e.source))))
        continue;
      // With no day for the interview, a promise that names its date with the month ("by Friday 4
      // December") needs none to count from: it is read as said when the inputs were filed (`anchorMs`).
      const said =
        saidAt(e, docs, interview, nowMs, zone) ?? (NAMES_MONTH.test(e.quote) ? anchorMs : undefined);
      if (said === undefined || said > nowMs) continue;
      add(e.quote, said, placeOf(e), id === "specific-next-steps");
    }
  }
  for (const doc of companyWord(box)) {
    if (doc.isAutomatic || outcomeOf(doc)) continue;
    add(ownText(doc), timeOf(doc), {
      where: doc.source,
      source: doc.source,
      ...(doc.from?.name ? { speaker: doc.from.name } : {}),
    });
  }
  return found;
}

/** Where a promise was read: everything of a `Promised` but what it says. */
type PromiseAt = Omit<Promised, "saidMs" | "due" | "quote" | "from" | "isVague">;

function placeOf(e: Evidence): PromiseAt {
  return {
    where: where(e),
    source: e.source,
    ...(e.line !== undefined ? { line: e.line } : {}),
    ...(e.at ? { at: e.at } : {}),
    ...(e.speaker ? { speaker: e.speaker } : {}),
  };
}

/** The word a text promises by a date, said at `saidMs`, where it promises any. */
function promiseIn(
  text: string,
  saidMs: number,
  at: PromiseAt,
  zone: Zone,
  isNextSteps: boolean,
): Promised | undefined {
  const promised = findPromisedDate(text, toIsoIn(saidMs, zone), {
    isNextSteps,
    isAnyLanguage: true,
    readsEvents: true,
  });
  // Worked out in the offset of the day it was said; read again in the zone for a day across a DST change.
  const due = promised ? sameWallTimeIn(promised.due, zone) : undefined;
  const from = promised?.from ? sameWallTimeIn(promised.from, zone) : undefined;
  if (!promised || !due) return undefined;
  return {
    ...at,
    saidMs,
    due,
    ...(from ? { from } : {}),
    quote: promised.quote,
    ...(promised.isVague ? { isVague: true as const } : {}),
  };
}

/**
 * The promise said last (a later statement overrules an earlier one, even with an earlier date), the latest
 * date where one statement gives several, a day named before a vague window said at the same moment.
 */
export function lastPromise(promises: Promised[]): Promised | undefined {
  // Said at the same moment (the interview), the words as said (mail, a transcript) before the notes' account.
  const isNotes = (p: Promised) => (/\.(?:md|txt)(?::\d+)?$/.test(p.where) && !/\s\d/.test(p.where) ? 1 : 0);
  const isVague = (p: Promised) => (p.isVague ? 1 : 0);
  return [...promises].sort(
    (a, b) =>
      b.saidMs - a.saidMs ||
      isVague(a) - isVague(b) ||
      isNotes(a) - isNotes(b) ||
      Date.parse(b.due) - Date.parse(a.due),
  )[0];
}

/**
 * The promise that stands: the last one said (see lastPromise). None stands where the last names no day
 * ("in a few days": there is no date to hold them to), or once the company has written again after its date.
 */
export function standingPromise(promises: Promised[], box: Mail): Promised | undefined {
  const latest = lastPromise(promises);
  if (!latest || latest.isVague) return undefined;
  const answered = companyWord(box).some((d) => timeOf(d) > Date.parse(latest.due) && !isSystemNotice(d));
  return answered ? undefined : latest;
}

/** A mailbox no one answers ("no-reply@", "notifications@"): its notices are no one's word. */
const SYSTEM_SENDER =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|alerts?|mailer|system|auto)\b/i;

/**
 * A notice a system sent, not word from a person ("Your application status has changed"): it answers no
 * promise, so the promise still stands and the check still falls a week after its date.
 */
export function isSystemNotice(doc: EmailDoc): boolean {
  return doc.isAutomatic === true || SYSTEM_SENDER.test(doc.from?.email?.split("@")[0] ?? "");
}

/** Whether a message is the candidate's own: what they write is not word promised to them. */
function isCandidateSource(box: Mail, source: string): boolean {
  const doc = box.mail.find((d) => d.source === source);
  return doc === undefined || box.isCandidate(doc);
}
