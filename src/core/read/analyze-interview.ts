import { CATALOGUE, signalDef } from "../catalogue.js";
import { cueHitsAndModel } from "../detect/cues-and-model.js";
import { findingsFromHits, type SentenceHit } from "../detect/detect-cues.js";
import { detectExchanges } from "../detect/detect-exchanges.js";
import { type ContextFact, inferContext } from "../detect/infer-context.js";
import type { InterviewLength } from "../detect/interview-length.js";
import { findLengthSignals, measureLength } from "../detect/measure-length.js";
import { ownAccounts } from "../detect/own-mail.js";
import { buildPassages, type Passage } from "../detect/passages.js";
import { readOwnSense } from "../detect/read-own-sense.js";
import { type ModelBest, rescuedFindings } from "../detect/sentence-model.js";
import { setAsideOtherDocuments } from "../detect/set-aside.js";
import { detectEmailSignals, type PromiseOfWord } from "../mail/detect-email-signals.js";
import { selectProcessMail } from "../mail/select-process-mail.js";
import { type CandidateIdentity, identifyCandidate } from "../people/identify-candidate.js";
import { sameName } from "../people/identify-candidate-mail.js";
import type { Evidence, Finding } from "../signals/evidence.js";
import { type Polarity, type SignalId, signalOrder } from "../signals/signal.js";
import { countWords } from "../text/count-words.js";
import { findInterviewTime } from "../time/find-interview-time.js";
import { findPromisedDate } from "../time/find-promised-date.js";
import type { CaseInput, Doc, EmailDoc } from "./documents.js";
import { silenceAfterAnInterview } from "./interview-happened.js";
import { type Read, scoreRead } from "./score-read.js";

export { setAsideOtherDocuments };

export interface DetectedSignal {
  id: SignalId;
  label: string;
  polarity: Polarity;
  evidence: Evidence[];
}

export interface TalkShare {
  speaker: string;
  words: number;
  share: number;
  isCandidate: boolean;
}

export interface Analysis {
  signals: DetectedSignal[];
  read: Read;
  context: ContextFact[];
  length: { scheduledMinutes?: number; actualMinutes?: number };
  talkShare: TalkShare[];
  candidate: { names: string[]; how: "given" | "inferred" | "unknown"; basis: string };
  skipped: { source: string; reason: string }[];
  /** Messages of a mailbox export that belong to other processes and were not read. */
  leftOut?: { count: number; reason: string };
  /** Text files that are not the candidate's account (a job advert, a CV, a cover letter): not read. */
  setAside?: { source: string; reason: string }[];
}

const TRANSCRIPT_HITS = new Map(CATALOGUE.map((d) => [d.id, d.transcriptHits ?? 1]));
const MIN_HITS = new Map(CATALOGUE.map((d) => [d.id, d.minHits ?? 1]));
const PARTS_NEEDED = new Map(CATALOGUE.map((d) => [d.id, d.partsNeeded ?? 2]));

/** Words in a text, as talk share counts them. */
export function spokenWords(text: string): number {
  return countWords(text);
}

function talkShares(docs: Doc[], isCandidate: (speaker: string) => boolean): TalkShare[] {
  const words = new Map<string, number>();
  for (const doc of docs) {
    if (doc.kind !== "transcript") continue;
    for (const u of doc.utterances) {
      if (!u.speaker) continue;
      words.set(u.speaker, (words.get(u.speaker) ?? 0) + spokenWords(u.text));
    }
  }
  return talkSharesOf(words, isCandidate);
}

/** Each speaker's share of the words, most first, from the words each said (in order of first words). */
export function talkSharesOf(
  words: ReadonlyMap<string, number>,
  isCandidate: (speaker: string) => boolean,
): TalkShare[] {
  const total = [...words.values()].reduce((a, b) => a + b, 0);
  return [...words.entries()]
    .map(([speaker, n]) => ({
      speaker,
      words: n,
      share: total === 0 ? 0 : Math.round((n / total) * 1000) / 1000,
      isCandidate: isCandidate(speaker),
    }))
    .sort((a, b) => b.words - a.words);
}

const DATE_WORDS =
  /\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b|\b(tomorrow|next week|this week)\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}(st|nd|rd|th)\b|\b\d{1,2}\/\d{1,2}\b/i;

/** Spans of time a promise may be given in ("within two weeks", "end of the month"). */
const PERIOD_WORDS = /\b(days?|weeks?|months?|end of)\b/i;

/** Adds findings to a list, joining the evidence of findings with the same id. */
export function mergeFindings(into: Finding[], more: Finding[]): Finding[] {
  const out = into.map((f) => ({ ...f, evidence: [...f.evidence] }));
  for (const m of more) {
    const existing = out.find((f) => f.id === m.id);
    if (existing) existing.evidence = [...m.evidence, ...existing.evidence];
    else out.push({ ...m, evidence: [...m.evidence] });
  }
  return out;
}

/**
 * An interview ran long or was cut short, never both: the measured length wins (numbers from the
 * invite, the transcript or the notes); between two impressions, the one with more evidence; a tie
 * says nothing either way.
 */
function oneLength(findings: Finding[]): Finding[] {
  const long = findings.find((f) => f.id === "ran-long");
  const short = findings.find((f) => f.id === "cut-short");
  if (!long || !short) return findings;
  const measured = (f: Finding) => f.evidence.some((e) => e.isFact);
  const weight = (f: Finding) => (measured(f) ? 1000 : 0) + f.evidence.length;
  const drop =
    weight(long) > weight(short)
      ? ["cut-short"]
      : weight(short) > weight(long)
        ? ["ran-long"]
        : ["ran-long", "cut-short"];
  return findings.filter((f) => !drop.includes(f.id));
}

/** Where two readings of the same thing disagree, the more direct evidence wins. */
function reconcile(findings: Finding[], hasMeasuredLength: boolean, measured: Finding[]): Finding[] {
  // Numbers from the invite and the transcript beat impressions of time.
  let out = mergeFindings(
    hasMeasuredLength ? findings.filter((f) => f.id !== "ran-long") : findings,
    measured,
  );
  // A next round booked with a date is also a dated next step (the spec's convention).
  const booked = out.find((f) => f.id === "next-round-booked");
  const dated = booked?.evidence.filter((e) => !e.isFact && DATE_WORDS.test(e.quote)) ?? [];
  if (dated.length > 0) out = mergeFindings(out, [{ id: "specific-next-steps", evidence: dated }]);
  out = oneLength(out);
  const ids = new Set(out.map((f) => f.id));
  // A dated next step answers "we'll be in touch".
  if (ids.has("specific-next-steps")) out = out.filter((f) => f.id !== "vague-next-steps");
  // A reply that turns the candidate down is the outcome, however kindly put: it is not a warm reply.
  const rejecting = new Set(
    out.find((f) => f.id === "rejected")?.evidence.flatMap((e) => (e.message ? [e.source] : [])) ?? [],
  );
  if (rejecting.size > 0) {
    out = out.filter(
      (f) => f.id !== "warm-reply" || !f.evidence.every((e) => !e.message || rejecting.has(e.source)),
    );
  }
  return out;
}

/** Words of the conversation, for telling a specific reply from a form one. */
function conversationWords(docs: Doc[]): Set<string> {
  const words = new Set<string>();
  for (const d of docs) {
    const text =
      d.kind === "notes" ? d.text : d.kind === "transcript" ? d.utterances.map((u) => u.text).join(" ") : "";
    for (const w of text.toLowerCase().match(/[a-z][a-z'-]{4,}/g) ?? []) words.add(w);
  }
  return words;
}

/** Dated promises of word made in the interview or recounted in notes: the next-step sentences. */
function promisesOutsideMail(findings: Finding[], said: string | undefined): PromiseOfWord[] {
  if (!said) return [];
  const out: PromiseOfWord[] = [];
  for (const e of findings.find((f) => f.id === "specific-next-steps")?.evidence ?? []) {
    if (e.message || e.isFact) continue;
    const promised = findPromisedDate(e.quote, said);
    if (promised) out.push({ due: promised.due, quote: e.quote, source: e.source, said });
  }
  return out;
}

/**
 * The documents a read rests on: all of them, less the mail of other processes in a mailbox export.
 * What the planner and the drafts should read too (a whole mailbox made them slow and wrong).
 */
export function documentsRead(docs: Doc[], me: string | undefined): Doc[] {
  const own = setAsideOtherDocuments(docs).docs;
  return selectProcessMail(own, identifyCandidate(own, me)).docs;
}

/** Findings from cue hits, each signal's thresholds applied (hits needed in a transcript, in all). */
export function findingsOfHits(hits: SentenceHit[]): Finding[] {
  return findingsFromHits(
    hits,
    (id) => TRANSCRIPT_HITS.get(id) ?? 1,
    (id) => MIN_HITS.get(id) ?? 1,
    (id) => PARTS_NEEDED.get(id) ?? 2,
  );
}

/** Undated mail given after notes or a transcript: the order documents came in is all that dates it. */
function mailAfterAnAccount(docs: Doc[]): Set<EmailDoc> {
  const after = new Set<EmailDoc>();
  let account = false;
  for (const d of docs) {
    if (d.kind === "notes" || d.kind === "transcript") account = true;
    else if (d.kind === "email" && account && d.date === undefined) after.add(d);
  }
  return after;
}

/** What a read is made of once the documents are read: each detector's findings and the facts around them. */
export interface DetectedParts {
  /** The documents read (a mailbox export's other processes left out). */
  docs: Doc[];
  now: string;
  candidate: CandidateIdentity;
  /** From the catalogue's cues: `findingsOfHits`. */
  cueFindings: Finding[];
  /** From the shape of transcripts: `detectExchanges`. */
  exchanges: Finding[];
  length: InterviewLength;
  /** `ran-long` and `cut-short` from the numbers: `findLengthSignals(length)`, or some of it. */
  measured: Finding[];
  context: ContextFact[];
  talkShare: TalkShare[];
  /**
   * What the learned model finds of the signals nothing else found (`sentence-model.ts`); left out,
   * nothing is rescued.
   */
  rescue?: (found: ReadonlySet<SignalId>) => Finding[];
}

/** Adds the signals the learned model rescues, keeping one length and a dated step over a vague one. */
function withRescued(findings: Finding[], rescue: DetectedParts["rescue"]): Finding[] {
  if (!rescue) return findings;
  const rescued = rescue(new Set(findings.map((f) => f.id)));
  if (rescued.length === 0) return findings;
  const out = oneLength([...findings, ...rescued]);
  return out.some((f) => f.id === "specific-next-steps")
    ? out.filter((f) => f.id !== "vague-next-steps")
    : out;
}

/**
 * From what was detected to the analysis: the mail's signals and dated promises, the readings
 * reconciled, the findings in catalogue order, and the read. A live session ends here too.
 */
export function concludeAnalysis(parts: DetectedParts): Omit<Analysis, "skipped" | "leftOut"> {
  const { docs, now, candidate, cueFindings, length } = parts;
  const emails = docs.filter((d) => d.kind === "email");
  const promised = cueFindings.some(
    (f) =>
      f.id === "specific-next-steps" &&
      f.evidence.some((e) => DATE_WORDS.test(e.quote) || PERIOD_WORDS.test(e.quote)),
  );
  // When the interview was only matters for mail and for promised dates; reading dates is not free.
  const when = emails.length > 0 || promised ? findInterviewTime(docs, now) : {};
  const emailFindings = detectEmailSignals({
    emails,
    candidate: { names: candidate.names, addresses: candidate.addresses },
    now,
    ...(when.end ? { interviewEnd: when.end } : {}),
    ...(emails.length > 0 ? { conversationWords: conversationWords(docs) } : {}),
    promises: promised ? promisesOutsideMail(cueFindings, when.end ?? when.start) : [],
    afterAnAccount: mailAfterAnAccount(docs),
  });
  const findings = withRescued(
    silenceAfterAnInterview(
      reconcile(
        mergeFindings(mergeFindings(cueFindings, parts.exchanges), emailFindings),
        length.scheduled !== undefined && length.actual !== undefined,
        parts.measured,
      ),
      docs,
    ),
    parts.rescue,
  );
  findings.sort((a, b) => signalOrder(a.id) - signalOrder(b.id));
  const ownSense = readOwnSense(docs);
  const read = scoreRead(findings, parts.context, ownSense ? { ownSense } : {});
  const signals = findings.map((f) => {
    const def = signalDef(f.id);
    return { id: f.id, label: def.label, polarity: def.polarity, evidence: f.evidence };
  });
  return {
    signals,
    read,
    context: parts.context,
    length: {
      ...(length.scheduled ? { scheduledMinutes: Math.round(length.scheduled.minutes) } : {}),
      ...(length.actual ? { actualMinutes: Math.round(length.actual.minutes) } : {}),
    },
    talkShare: parts.talkShare,
    candidate: { names: candidate.names, how: candidate.how, basis: candidate.basis },
  };
}

/** How to read: `learned: false` leaves the learned model out (what `npm run train` learns from). */
export interface ReadOptions {
  learned?: boolean;
}

/** The passages a read rests on, the candidate's own mail told as an account among them. */
export function passagesRead(passages: Passage[]): Passage[] {
  return [...passages, ...ownAccounts(passages)];
}

/** Reads one interview: signals with evidence, context, and the read. Pure: `now` is an argument. */
export function analyzeInterview(input: CaseInput, options: ReadOptions = {}): Analysis {
  // A job advert or a CV saved beside the notes is not an account of the interview.
  const own = setAsideOtherDocuments(input.docs);
  const identified = identifyCandidate(own.docs, input.me);
  // A mailbox export holds other processes too: read only this one's mail.
  const selection = selectProcessMail(own.docs, identified);
  const docs = selection.docs;
  const candidate = selection.leftOut.length > 0 ? identifyCandidate(docs, input.me) : identified;
  const passages = buildPassages(docs, candidate);
  const read = passagesRead(passages);
  const modelBest: ModelBest = new Map();
  const learned = options.learned !== false;
  // Asked once per utterance of a long transcript, about a handful of speakers: remember the answers.
  const known = new Map<string, boolean>();
  const isCandidateName = (speaker: string) => {
    let is = known.get(speaker);
    if (is === undefined) {
      is = candidate.names.some((n) => sameName(n, speaker));
      known.set(speaker, is);
    }
    return is;
  };
  const length = measureLength(docs, input.context);
  const isCandidate = (speaker: string) =>
    passages.some((p) => p.speaker === speaker && p.role === "candidate");
  const concluded = concludeAnalysis({
    docs,
    now: input.now,
    candidate,
    cueFindings: findingsOfHits(cueHitsAndModel(read, learned ? modelBest : undefined)),
    exchanges: docs.flatMap((d) => (d.kind === "transcript" ? detectExchanges(d, isCandidateName) : [])),
    length,
    measured: findLengthSignals(length),
    context: inferContext(docs, input.context),
    talkShare: talkShares(docs, isCandidate),
    ...(learned ? { rescue: (found: ReadonlySet<SignalId>) => rescuedFindings(modelBest, found) } : {}),
  });
  return {
    ...concluded,
    skipped: input.skipped ?? [],
    ...(own.setAside.length > 0 ? { setAside: own.setAside } : {}),
    ...(selection.leftOut.length > 0
      ? {
          leftOut: {
            count: selection.leftOut.length,
            reason: `not about this process (kept mail to or from ${selection.basis ?? "the company"})`,
          },
        }
      : {}),
  };
}
