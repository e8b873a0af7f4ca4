import { isThankYouNote } from "../people/thank-you-note.js";
import type { EmailDoc } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import { splitSentences } from "../text/sentences.js";
import { DAY_MS, type EmailSignalInput, PROMISE_GRACE_DAYS, SILENCE_DAYS } from "./email-signal-input.js";
import { proposedDays } from "./find-moves.js";
import type { HeldPromise } from "./held-promises.js";
import { factEvidence, plural, quoteFrom, sentenceEvidence, shortDay } from "./mail-evidence.js";
import { isAutoReply, isOutcome } from "./mail-outcome.js";
import { isCompanyWord, type Mailbox, timeOf } from "./mailbox.js";
import { ownText } from "./own-text.js";

/** gone-quiet: silence past a promised date, or a long one after the last contact. */

/** Candidate messages (other than thank-you notes) sent in a silent stretch: follow-ups nobody answered. */
function unansweredFollowUps(box: Mailbox, from: number, to: number): EmailDoc[] {
  return box.mail.filter(
    (d) => box.isCandidate(d) && !isThankYouNote(d) && timeOf(d) > from && timeOf(d) < to,
  );
}

const FOLLOW_UP_WORDS =
  /\b(?:check(?:ing)?\s+in|follow(?:ing)?\s+up|any\s+(?:update|news)|status|touch\s+base|timing)\b/i;

function followUpEvidence(box: Mailbox, from: number, to: number): Evidence[] {
  const followUps = unansweredFollowUps(box, from, to);
  const evidence = followUps.map((d) => sentenceEvidence(d, quoteFrom(d, FOLLOW_UP_WORDS)));
  const last = followUps.at(-1);
  if (last) {
    evidence.unshift(
      factEvidence(last, `${plural(followUps.length, "follow-up")} from the candidate went unanswered`),
    );
  }
  return evidence;
}

export function detectGoneQuiet(
  box: Mailbox,
  input: EmailSignalInput,
  promises: HeldPromise[],
  thankYouAt: number | undefined,
): Evidence[] {
  const now = Date.parse(input.now);
  if (Number.isNaN(now)) return [];
  const words = box.mail.filter((d) => isCompanyWord(box, d));
  const outcome = words.find((d) => isOutcome(d));
  // Once the answer has come, later silence means nothing.
  const end = outcome ? Math.min(now, timeOf(outcome)) : now;
  const evidence: Evidence[] = [];

  // The latest broken promise is the one that tells: earlier ones may have been overtaken by events.
  const broken = promises.filter((p) => {
    const lateFrom = p.due + PROMISE_GRACE_DAYS * DAY_MS;
    return lateFrom <= end && !words.some((d) => timeOf(d) > p.said && timeOf(d) <= lateFrom);
  });
  const last = broken.at(-1);
  if (last) {
    const next = words.find((d) => timeOf(d) > last.due + PROMISE_GRACE_DAYS * DAY_MS && timeOf(d) <= end);
    const silentUntil = next ? timeOf(next) : end;
    const days = Math.floor((silentUntil - last.due) / DAY_MS);
    const fact = next
      ? `promised by ${shortDay(last.dueIso)}; no word from the company until ${shortDay(next.date ?? "")}, ${plural(days, "day")} later`
      : `promised by ${shortDay(last.dueIso)}; no word from the company in ${plural(days, "day")} since`;
    const where = last.doc;
    evidence.push(
      where ? sentenceEvidence(where, last.quote) : { source: last.source, quote: last.quote },
      where ? factEvidence(where, fact) : { source: last.source, quote: fact, isFact: true },
      ...followUpEvidence(box, last.due, silentUntil),
    );
  }
  if (evidence.length > 0) return evidence;

  // A long silence after the last contact, counted from any promised date that was still ahead.
  const interviewEnd = Date.parse(input.interviewEnd ?? "");
  const firstWord = words[0];
  const start: Moment | undefined = !Number.isNaN(interviewEnd)
    ? { at: interviewEnd, label: "the interview" }
    : thankYouAt !== undefined
      ? { at: thankYouAt, label: "the thank-you note" }
      : firstWord
        ? { at: timeOf(firstWord), label: "the first company message" }
        : undefined;
  if (!start) return [];
  const silence = longestSilence(box, words, promises, start, end);
  if (!silence) return [];
  const days = Math.floor((silence.to - silence.from.at) / DAY_MS);
  const anchor = silence.fromDoc ?? silence.toDoc ?? box.mail.at(-1);
  if (!anchor) return [];
  const fact = silence.toDoc
    ? `no word from the company for ${plural(days, "day")} after ${silence.from.label}, until ${shortDay(silence.toDoc.date ?? "")}`
    : `no word from the company for ${plural(days, "day")} since ${silence.from.label}`;
  return [factEvidence(anchor, fact), ...followUpEvidence(box, silence.from.at, silence.to)];
}

/** A point in time and how to name it in a sentence. */
interface Moment {
  at: number;
  label: string;
}

interface Silence {
  from: Moment;
  to: number;
  fromDoc: EmailDoc | undefined;
  toDoc: EmailDoc | undefined;
}

/** A question to the candidate: until they answer it, the wait is theirs, not the company's. */
function asksCandidate(doc: EmailDoc): boolean {
  return splitSentences(ownText(doc)).some((s) => s.endsWith("?"));
}

/**
 * The longest stretch without company word, at least SILENCE_DAYS long. Each stretch starts at the last company
 * message (or `start`), moved on to a promised date or a booked meeting that was still ahead, or to the
 * candidate's answer where the company had asked them something.
 */
function longestSilence(
  box: Mailbox,
  words: EmailDoc[],
  promises: HeldPromise[],
  start: Moment,
  end: number,
): Silence | undefined {
  const meetings = box.mail
    .filter((d) => !isAutoReply(d))
    .flatMap((d) => proposedDays(d).map((day) => ({ said: timeOf(d), endOfDay: day + DAY_MS })));
  const stops = [
    ...words.filter((d) => timeOf(d) > start.at && timeOf(d) <= end).map((d) => ({ at: timeOf(d), doc: d })),
    { at: end, doc: undefined },
  ];
  let from: Moment = start;
  let fromDoc: EmailDoc | undefined;
  let longest: Silence | undefined;
  for (const stop of stops) {
    let silentFrom = from;
    const later = (at: number, label: string) => {
      if (at > silentFrom.at) silentFrom = { at, label };
    };
    for (const p of promises) {
      if (p.said <= from.at && p.due > from.at) later(p.due, `the promised date, ${shortDay(p.dueIso)}`);
    }
    for (const m of meetings) {
      if (m.said <= from.at && m.endOfDay > from.at) later(m.endOfDay, "the meeting that was booked");
    }
    let owed = false;
    if (fromDoc && asksCandidate(fromDoc)) {
      const askedAt = timeOf(fromDoc);
      const answer = box.mail.find((d) => box.isCandidate(d) && timeOf(d) > askedAt && timeOf(d) < stop.at);
      if (answer) later(timeOf(answer), `the candidate's reply on ${shortDay(answer.date ?? "")}`);
      else owed = true;
    }
    const length = stop.at - silentFrom.at;
    // A silence the company ended with ordinary word was a slow patch, not going quiet: only the
    // silence that lasts to now, or that only the answer ended, counts.
    const ended = stop.doc !== undefined && !isOutcome(stop.doc);
    if (
      !owed &&
      !ended &&
      length >= SILENCE_DAYS * DAY_MS &&
      (!longest || length > longest.to - longest.from.at)
    ) {
      longest = { from: silentFrom, to: stop.at, fromDoc, toDoc: stop.doc };
    }
    from = stop.doc
      ? { at: stop.at, label: `the last company message on ${shortDay(stop.doc.date ?? "")}` }
      : { at: stop.at, label: "" };
    fromDoc = stop.doc;
  }
  return longest;
}
