import { describeDay, isKnownZone, offsetMinutesAt, sameWallTimeIn, toIsoIn, type Zone } from "./add-days.js";
import type { Analysis, DetectedSignal } from "./analyze-interview.js";
import { isAutoReply, outcomeOf, ownText } from "./detect-email-signals.js";
import type { Doc, EmailDoc, InviteDoc, NotesDoc, TranscriptDoc } from "./documents.js";
import type { Evidence } from "./evidence.js";
import { findInterview, type InterviewTime } from "./find-interview.js";
import { distinctDays, findMeetingTimes, type MeetingTime, meetingAskIn } from "./find-meeting-time.js";
import { findPromisedDate, offsetOf } from "./find-promised-date.js";
import {
  type CandidateMail,
  isCandidateThankYou,
  isFromCandidate,
  isThankYouNote,
  resolveCandidateMail,
} from "./identify-candidate-mail.js";
import { identifyPeople, type People } from "./identify-people.js";
import type { SignalId } from "./signal.js";

export { INTERVIEW_HORIZON_DAYS, type InterviewTime } from "./find-interview.js";

/**
 * One application's timeline, worked out once from its documents and read: when the interview was, what
 * was promised and by when, what is booked, what was sent and received, and what the candidate marked
 * done. The plan, its reasons, the drafts, `todo` and `show` all read this, so they cannot disagree.
 * Pure: `now` is an argument.
 */

/** Evidence that may carry a promise of word: "I'll call you by Friday", "everyone hears by the 1st". */
const PROMISE_SIGNALS: SignalId[] = ["specific-next-steps", "next-round-booked", "gone-quiet", "kept-warm"];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Where a date came from, for a person: "invite.ics", "emails/02-update.eml". */
export interface Dated {
  iso: string;
  basis: string;
}

/** A promise of word, with when it was said: later statements overrule earlier ones. */
export interface Promised {
  saidMs: number;
  due: string;
  /** The start of the window, where the words give one ("this week", "in a few days"). */
  from?: string;
  quote: string;
  where: string;
  source: string;
  /** The line of the notes or transcript cue, and a transcript's time, where the promise was read. */
  line?: number;
  at?: string;
  speaker?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the case

/**
 * The zone dates are worked in: the invite's IANA zone where it names one (daylight saving applied),
 * else the offset `now` is written in (fixed, no daylight saving: the instant stays right, the wall
 * clock after a change is an hour off). Invites are stored in UTC, so their own "Z" says nothing local.
 */
export function planZone(docs: Doc[], now: string): Zone {
  const invite = docs.find((d): d is InviteDoc => d.kind === "invite" && d.timeZone !== undefined);
  if (invite?.timeZone && isKnownZone(invite.timeZone)) return invite.timeZone;
  return offsetOf(now);
}

export function timeOf(doc: EmailDoc): number {
  return Date.parse(doc.date ?? "");
}

export interface Mail {
  /** Dated mail up to now, oldest first. */
  mail: EmailDoc[];
  isCandidate: (doc: EmailDoc) => boolean;
  who: CandidateMail;
}

export function readMail(docs: Doc[], people: People, nowMs: number): Mail {
  const mail = docs
    .filter((d): d is EmailDoc => d.kind === "email" && !Number.isNaN(timeOf(d)) && timeOf(d) <= nowMs)
    .sort((a, b) => timeOf(a) - timeOf(b));
  const { names, addresses } = people.candidate;
  const who = resolveCandidateMail(mail, { names, addresses }, isCandidateThankYou);
  return { mail, isCandidate: (d) => isFromCandidate(d, who), who };
}

/** Company mail that is word from a person (not the candidate's, not an out-of-office). */
export function companyWord(box: Mail): EmailDoc[] {
  return box.mail.filter((d) => !box.isCandidate(d) && !isAutoReply(d));
}

export function signal(analysis: Analysis, id: SignalId): DetectedSignal | undefined {
  return analysis.signals.find((s) => s.id === id);
}

/** Where a piece of evidence is, for a person: "transcript.vtt 01:14:11", "notes.md:14", "emails/02-x.eml". */
export function where(e: { source: string; line?: number; at?: string }): string {
  if (e.at) return `${e.source} ${e.at}`;
  if (e.line !== undefined && !e.source.endsWith(".eml")) return `${e.source}:${e.line}`;
  return e.source;
}

/** Lines of the notes that open with a date ("**Tue Jan 27**", "Fri 27 Mar, 11am:"), read as days on or before now. */
const DATE_HEAD =
  /^[\s*#_>-]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:update\s+)?\d{1,2}\/\d{1,2})\b/i;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The day a dated line of the notes names, at noon in the zone: the latest such day on or before now. */
function dayOfHead(line: string, nowMs: number, zone: Zone): number | undefined {
  const head = DATE_HEAD.exec(line)?.[0].toLowerCase();
  if (!head) return undefined;
  const slash = /(\d{1,2})\/(\d{1,2})/.exec(head);
  const named =
    /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.exec(
      head,
    );
  let month: number | undefined;
  let day: number | undefined;
  if (slash) {
    month = Number(slash[1]);
    day = Number(slash[2]);
  } else if (named) {
    month = MONTHS.indexOf((named[1] ?? named[4] ?? "").slice(0, 3)) + 1;
    day = Number(named[2] ?? named[3]);
  }
  if (!month || !day || month > 12 || day > 31) return undefined;
  const nowYear = new Date(nowMs + offsetMinutesAt(nowMs, zone) * 60_000).getUTCFullYear();
  for (const year of [nowYear, nowYear - 1]) {
    const ms = Date.parse(sameWallTimeIn(`${year}-${pad(month)}-${pad(day)}T12:00:00Z`, zone) ?? "");
    if (!Number.isNaN(ms) && ms <= nowMs + DAY_MS / 2) return ms;
  }
  return undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** When a line of the notes was written about: the nearest dated line above it, else undefined. */
function notesDayAt(doc: NotesDoc, line: number, nowMs: number, zone: Zone): number | undefined {
  const lines = doc.text.split(/\r?\n/);
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const day = dayOfHead(lines[i] ?? "", nowMs, zone);
    if (day !== undefined) return day;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Promises and the next round

/** When a piece of evidence was said: its message's date, its dated paragraph in the notes, or the interview. */
export function saidAt(
  e: Evidence,
  docs: Doc[],
  interview: InterviewTime | undefined,
  nowMs: number,
  zone: Zone,
) {
  if (e.message?.date) {
    const ms = Date.parse(e.message.date);
    if (!Number.isNaN(ms)) return ms;
  }
  const notes = docs.find((d): d is NotesDoc => d.kind === "notes" && d.source === e.source);
  if (notes && e.line !== undefined) {
    const day = notesDayAt(notes, e.line, nowMs, zone);
    const interviewMs = Date.parse(interview?.start ?? "");
    if (day !== undefined && (Number.isNaN(interviewMs) || day >= interviewMs - DAY_MS / 2)) {
      return Number.isNaN(interviewMs) || day > interviewMs ? day : interviewMs;
    }
  }
  const end = Date.parse(interview?.end ?? "");
  // A day read from the notes ends at midnight: said on that day, by now at the latest.
  return Number.isNaN(end) ? undefined : interview?.isDayOnly ? Math.min(end, nowMs) : end;
}

/** Whether a message is the candidate's own: what they write is not word promised to them. */
function isCandidateSource(box: Mail, source: string): boolean {
  const doc = box.mail.find((d) => d.source === source);
  return doc === undefined || box.isCandidate(doc);
}

export function promisesOf(
  docs: Doc[],
  analysis: Analysis,
  box: Mail,
  interview: InterviewTime | undefined,
  nowMs: number,
  zone: Zone,
): Promised[] {
  const found: Promised[] = [];
  const add = (
    text: string,
    saidMs: number,
    at: Omit<Promised, "saidMs" | "due" | "quote" | "from">,
    isNextSteps = false,
  ) => {
    const promised = findPromisedDate(text, toIsoIn(saidMs, zone), { isNextSteps });
    // Worked out in the offset of the day it was said; read again in the zone for a day across a DST change.
    const due = promised ? sameWallTimeIn(promised.due, zone) : undefined;
    const from = promised?.from ? sameWallTimeIn(promised.from, zone) : undefined;
    if (promised && due) found.push({ ...at, saidMs, due, ...(from ? { from } : {}), quote: promised.quote });
  };
  for (const id of PROMISE_SIGNALS) {
    for (const e of signal(analysis, id)?.evidence ?? []) {
      // Mail is read whole below; a sentence of it the detector found about next steps is read here too,
      // so that "I'd hope to let everyone know by the end of next week" dates word without a verb of telling.
      if (e.isFact || (e.message && (id !== "specific-next-steps" || isCandidateSource(box, e.source))))
        continue;
      const said = saidAt(e, docs, interview, nowMs, zone);
      if (said === undefined || said > nowMs) continue;
      const at = {
        where: where(e),
        source: e.source,
        ...(e.line !== undefined ? { line: e.line } : {}),
        ...(e.at ? { at: e.at } : {}),
        ...(e.speaker ? { speaker: e.speaker } : {}),
      };
      add(e.quote, said, at, id === "specific-next-steps");
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

/**
 * The promise that stands: the one said last (a later statement overrules an earlier one, even with an
 * earlier date), the latest date where one statement gives several. It lapses once the company has written
 * again after its date.
 */
export function standingPromise(promises: Promised[], box: Mail): Promised | undefined {
  // Said at the same moment (the interview), the words as said (mail, a transcript) before the notes' account.
  const isNotes = (p: Promised) => (/\.(?:md|txt)(?::\d+)?$/.test(p.where) && !/\s\d/.test(p.where) ? 1 : 0);
  const latest = [...promises].sort(
    (a, b) => b.saidMs - a.saidMs || isNotes(a) - isNotes(b) || Date.parse(b.due) - Date.parse(a.due),
  )[0];
  if (!latest) return undefined;
  const answered = companyWord(box).some((d) => timeOf(d) > Date.parse(latest.due));
  return answered ? undefined : latest;
}

export interface NextRound {
  evidence: Evidence;
  time?: MeetingTime;
  /** Where the date was read: "emails/05-confirm.eml", "transcript.vtt 01:14:11". */
  basis?: string;
  basisSource?: string;
  /** Times offered to choose from, where the company gave several. */
  options?: MeetingTime[];
}

/**
 * The next round and when it is: from the next-round-booked evidence and, for a round booked by email, the
 * latest company message about it (a move, a confirmation); a message that calls it off without a new day
 * leaves the date unknown.
 */
export function nextRound(
  analysis: Analysis,
  docs: Doc[],
  box: Mail,
  interview: InterviewTime | undefined,
  nowMs: number,
  zone: Zone,
): NextRound | undefined {
  const booked = signal(analysis, "next-round-booked");
  const first = booked?.evidence.find((e) => !e.isFact);
  if (!booked || !first) return invitedByMail(box, interview, zone);
  const mailSources = new Set(
    [...booked.evidence, ...(signal(analysis, "scheduling-runaround")?.evidence ?? [])]
      .filter((e) => e.message)
      .map((e) => e.source),
  );
  const subjects = new Set(
    box.mail.filter((d) => mailSources.has(d.source)).map((d) => normaliseSubject(d.subject)),
  );
  const thread = companyWord(box).filter(
    (d) =>
      mailSources.has(d.source) ||
      (subjects.has(normaliseSubject(d.subject)) && normaliseSubject(d.subject) !== ""),
  );
  const last = thread.at(-1);
  if (last) {
    const times = distinctDays(
      findMeetingTimes(ownText(last), toIsoIn(timeOf(last), zone), zone, { isEveryDay: true }),
    );
    const only = times.length === 1 ? times[0] : undefined;
    return {
      evidence: first,
      ...(only ? { time: only, basis: last.source, basisSource: last.source } : {}),
      ...(times.length > 1 ? { options: times } : {}),
    };
  }
  for (const e of booked.evidence) {
    if (e.isFact || e.message) continue;
    const said = saidAt(e, docs, interview, nowMs, zone);
    if (said === undefined) continue;
    const text = e.line !== undefined ? (utteranceText(docs, e) ?? e.quote) : e.quote;
    const times = distinctDays(findMeetingTimes(text, toIsoIn(said, zone), zone));
    const only = times.length === 1 ? times[0] : undefined;
    if (only) return { evidence: e, time: only, basis: where(e), basisSource: e.source };
  }
  return { evidence: first };
}

/** A later round named as such: the invitation is to the next one, not to the first. */
const LATER_ROUND =
  /\b(?:second|2nd|third|3rd|final|next|last|follow-up)\s+(?:round|interview|stage|conversation|call)|\bround\s+(?:2|3|two|three)\b/i;

/**
 * The next round booked by mail where the read found none: the company's latest message after the
 * interview (or naming a later round) that asks to meet. One day named books it for that day; several
 * days are times offered, so a round is on the table without a date yet.
 */
function invitedByMail(box: Mail, interview: InterviewTime | undefined, zone: Zone): NextRound | undefined {
  const startMs = Date.parse(interview?.start ?? interview?.end ?? "");
  const askIn = (d: EmailDoc) => meetingAskIn(ownText(d));
  const asks = companyWord(box).filter((d) => {
    if (d.isAutomatic || outcomeOf(d)) return false;
    const isAfter = !Number.isNaN(startMs) && timeOf(d) > startMs;
    return (isAfter || LATER_ROUND.test(`${d.subject ?? ""}\n${ownText(d)}`)) && askIn(d) !== undefined;
  });
  const last = asks.at(-1);
  if (!last) return undefined;
  const text = ownText(last);
  const found = distinctDays(
    findMeetingTimes(text, toIsoIn(timeOf(last), zone), zone, { isEveryDay: true }),
  ).filter(
    // "A chat afterwards, about 20 minutes" reads as a time 20 minutes on: a meeting is not that close.
    (t) => Date.parse(t.start) > timeOf(last) + 2 * HOUR_MS,
  );
  // A day with a time is the meeting; days without one beside it are asides ("one is away until February").
  const timed = found.filter((t) => t.hasTime);
  const times = timed.length > 0 ? timed : found;
  const only = times.length === 1 ? times[0] : undefined;
  const sentence = askIn(last) ?? only?.quote ?? "an invitation to meet";
  const evidence: Evidence = {
    source: last.source,
    quote: sentence,
    ...(last.from?.name ? { speaker: last.from.name } : {}),
    message: {
      ...(last.from?.name ? { from: last.from.name } : {}),
      ...(last.date ? { date: last.date } : {}),
      ...(last.subject ? { subject: last.subject } : {}),
    },
  };
  return {
    evidence,
    ...(only ? { time: only, basis: last.source, basisSource: last.source } : {}),
    ...(times.length > 1 ? { options: times } : {}),
  };
}

/** The whole transcript turn a piece of evidence sits in: the date is often a sentence away from the cue. */
export function utteranceText(docs: Doc[], e: Evidence): string | undefined {
  const doc = docs.find((d): d is TranscriptDoc => d.kind === "transcript" && d.source === e.source);
  return doc?.utterances.find((u) => u.line === e.line)?.text;
}

export function normaliseSubject(subject: string | undefined): string {
  let s = (subject ?? "").trim().toLowerCase();
  for (;;) {
    const next = s.replace(/^(?:re|fwd?|aw|sv)\s*:\s*/i, "");
    if (next === s) return s.replace(/\s+/g, " ");
    s = next;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// What was sent

const SENT_IN_NOTES =
  /\b(?:sent|emailed|mailed|wrote)\s+(?:(?:a|my|the|him|her|them|an?\s+email|\w+)\s+){0,2}thank[-\s]?you\b|\bthank[-\s]?you\s+(?:note\s+|email\s+|e-mail\s+)?(?:was\s+)?sent\b|\bmy\s+thank[-\s]?you\s+(?:note\s+|email\s+)?(?:to\s+\w+\s+)?(?:only\s+)?(?:got|was|went|drew)\b/i;

/** The candidate's thank-you for this interview: an email, or a line of the notes saying it was sent. */
export function findThankYouSent(
  docs: Doc[],
  box: Mail,
  interview: InterviewTime | undefined,
  zone: Zone,
): { where: string; when?: string } | undefined {
  const startMs = Date.parse(interview?.start ?? "");
  const note = box.mail.find(
    (d) =>
      box.isCandidate(d) &&
      isThankYouNote(d) &&
      (Number.isNaN(startMs) || timeOf(d) >= startMs - (interview?.isDayOnly ? DAY_MS : 0)),
  );
  if (note?.date) return { where: note.source, when: toIsoIn(timeOf(note), zone) };
  for (const doc of docs) {
    if (doc.kind !== "notes") continue;
    const lines = doc.text.split(/\r?\n/);
    const at = lines.findIndex((l) => SENT_IN_NOTES.test(l));
    if (at >= 0) return { where: `${doc.source}:${at + 1}` };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The timeline

/** One dated thing in the timeline, for a person: what happened, and where it was read. */
export interface TimelineEntry {
  /** ISO time in the timeline's zone; undefined where the inputs give none. */
  at?: string;
  kind: "interview" | "promise" | "booked" | "sent" | "received" | "done";
  text: string;
  source?: string;
}

export interface TimelineInput {
  docs: Doc[];
  analysis: Analysis;
  /** ISO time the timeline is read at. */
  now: string;
  /**
   * When these inputs were first filed (the workspace remembers it). With no date for the interview in
   * them, dates are counted from here rather than from `now`, so a due date does not move on each read.
   */
  firstSeen?: string;
  /** What the candidate marked done, by action kind, with when. */
  done?: { kind: string; at?: string }[];
  /** The name or address given with --me, or remembered by the workspace. */
  me?: string;
  /** Who is who, where the caller worked it out already. */
  people?: People;
}

export interface Timeline {
  zone: Zone;
  /** Who is who: the candidate, the interviewers, who recruits and who organised. */
  people: People;
  /** `now` in the zone. */
  now: string;
  nowMs: number;
  /** When the interview was, where the inputs tell. */
  interview?: InterviewTime;
  /**
   * What dates are counted from when the interview's date is unknown: when the inputs were first filed,
   * else now. `isNow` says it is the moment of this read (then it moves with every read).
   */
  anchor: Dated & { isNow: boolean };
  box: Mail;
  /** Every dated promise of word, in the order said. */
  promises: Promised[];
  /** The promise that stands, where one does. */
  promise?: Promised;
  /** The next round, where one is booked or offered. */
  booked?: NextRound;
  /** The candidate's thank-you, where it was sent. */
  thankYou?: { where: string; when?: string };
  /** The company's last word (not an out-of-office). */
  lastWord?: EmailDoc;
  /** What the candidate marked done. */
  done: { kind: string; at?: string }[];
  /** Everything above, oldest first (undated last), for `show`. */
  entries: TimelineEntry[];
}

/** Works the timeline out once from the documents and the read. */
export function buildTimeline(input: TimelineInput): Timeline {
  const nowMs = Date.parse(input.now);
  if (Number.isNaN(nowMs)) throw new RangeError(`now is not an ISO date: ${input.now}`);
  // A job advert or CV saved beside the notes is not the candidate's account: no date or promise comes from it.
  const setAside = new Set((input.analysis.setAside ?? []).map((s) => s.source));
  const docs = input.docs.filter((d) => !setAside.has(d.source));
  const zone = planZone(docs, input.now);
  const given = input.analysis.candidate.how === "given" ? input.analysis.candidate.names[0] : undefined;
  const people = input.people ?? identifyPeople(docs, input.analysis, input.me ?? given);
  const box = readMail(docs, people, nowMs);
  const thanks = box.mail.filter((d) => box.isCandidate(d) && isThankYouNote(d)).at(-1);
  const interview = findInterview(docs, input.now, zone, input.analysis.length, {
    company: companyWord(box),
    ...(thanks ? { thankedMs: timeOf(thanks) } : {}),
  });
  const firstMs = Date.parse(input.firstSeen ?? "");
  const anchor =
    !Number.isNaN(firstMs) && firstMs <= nowMs
      ? {
          iso: toIsoIn(firstMs, zone),
          basis: `when you filed it, ${describeDay(toIsoIn(firstMs, zone))}`,
          isNow: false,
        }
      : { iso: toIsoIn(nowMs, zone), basis: "now", isNow: true };
  const promises = promisesOf(docs, input.analysis, box, interview, nowMs, zone).sort(
    (a, b) => a.saidMs - b.saidMs,
  );
  const promise = standingPromise(promises, box);
  const booked = nextRound(input.analysis, docs, box, interview, nowMs, zone);
  const thankYou = findThankYouSent(docs, box, interview, zone);
  const lastWord = companyWord(box).at(-1);
  const done = input.done ?? [];

  const entries: TimelineEntry[] = [];
  if (interview) {
    entries.push({
      at: interview.start ?? interview.end,
      kind: "interview",
      text: `the interview (${interview.basis})`,
      ...(interview.sources[0] ? { source: interview.sources[0] } : {}),
    });
  }
  for (const d of box.mail) {
    const at = toIsoIn(timeOf(d), zone);
    const subject = d.subject ? `: ${d.subject}` : "";
    if (box.isCandidate(d)) entries.push({ at, kind: "sent", text: `you wrote${subject}`, source: d.source });
    else
      entries.push({
        at,
        kind: "received",
        text: `${d.from?.name ?? "they"} wrote${subject}`,
        source: d.source,
      });
  }
  if (thankYou && !thankYou.when)
    entries.push({ kind: "sent", text: `your thank-you (${thankYou.where})`, source: thankYou.where });
  for (const p of promises) {
    entries.push({
      at: p.due,
      kind: "promise",
      text: `word promised by ${describeDay(p.due)}${p.from ? ` (a window from ${describeDay(p.from)})` : ""}: “${p.quote}” (${p.where})`,
      source: p.source,
    });
  }
  if (booked) {
    entries.push({
      ...(booked.time ? { at: booked.time.start } : {}),
      kind: "booked",
      text: booked.time
        ? `next round ${describeDay(booked.time.start)}${booked.basis ? ` (${booked.basis})` : ""}`
        : `a next round is on the table (${where(booked.evidence)})`,
      source: booked.basisSource ?? booked.evidence.source,
    });
  }
  for (const d of done)
    entries.push({ ...(d.at ? { at: d.at } : {}), kind: "done", text: `you marked ${d.kind} done` });
  const ms = (e: TimelineEntry) => Date.parse(e.at ?? "") || Number.POSITIVE_INFINITY;
  entries.sort((a, b) => ms(a) - ms(b));

  return {
    zone,
    people,
    now: toIsoIn(nowMs, zone),
    nowMs,
    ...(interview ? { interview } : {}),
    anchor,
    box,
    promises,
    ...(promise ? { promise } : {}),
    ...(booked ? { booked } : {}),
    ...(thankYou ? { thankYou } : {}),
    ...(lastWord ? { lastWord } : {}),
    done,
    entries,
  };
}
