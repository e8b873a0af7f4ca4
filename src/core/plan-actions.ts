import type { Action, ActionKind, Plan } from "./action.js";
import {
  addBusinessDaysIn,
  addDaysIn,
  atTimeOnDayIn,
  describeDay,
  describeMoment,
  isKnownZone,
  offsetMinutesAt,
  sameWallTimeIn,
  toIsoIn,
  type Zone,
} from "./add-days.js";
import type { Analysis, DetectedSignal } from "./analyze-interview.js";
import { isAutoReply, outcomeOf, ownText } from "./detect-email-signals.js";
import type { Doc, EmailDoc, InviteDoc, NotesDoc, TranscriptDoc } from "./documents.js";
import type { Evidence } from "./evidence.js";
import { type CandidateText, findCompetingOffer } from "./find-competing-offer.js";
import { findContactDetail } from "./find-contact-detail.js";
import { findInterviewTime } from "./find-interview-time.js";
import { findMeetingTimes, type MeetingTime } from "./find-meeting-time.js";
import { findMissedPoints, type MissedPoint } from "./find-missed-points.js";
import { findPromisedDate, offsetOf } from "./find-promised-date.js";
import { identifyCandidate } from "./identify-candidate.js";
import {
  type CandidateMail,
  isCandidatePerson,
  isFromCandidate,
  isPersonName,
  isThankYouNote,
  resolveCandidateMail,
  sameName,
} from "./identify-candidate-mail.js";
import type { SignalId } from "./signal.js";

/**
 * What to do after the interview, dated: the seeds' advice (../shared/spec/signals.md, "What to do after")
 * made concrete from one case's documents and its analysis. Pure: `now` is an argument, nothing is read.
 */
export interface PlanInput {
  docs: Doc[];
  analysis: Analysis;
  /** ISO time the plan is made at, with its offset. */
  now: string;
  /** Days after a promised date before asking where things stand (default 7; 0 = on the date). */
  nudgeAfterDays?: number;
  /** The candidate says the process is still open: an outcome in the mail does not settle it. */
  isOpen?: boolean;
}

/** One seed says to wait a week past the promised date before asking, another says to ask on the date. */
export const DEFAULT_NUDGE_AFTER_DAYS = 7;
/** With no date given, ask after this many working days: two weeks is a usual turnaround. */
export const DEFAULT_WAIT_BUSINESS_DAYS = 10;
/** A date for the interview further back than this, or after now, is a misreading of the notes. */
export const INTERVIEW_HORIZON_DAYS = 180;
/** A thank-you this many days overdue is late, but still worth sending. */
const LATE_THANK_YOU_DAYS = 3;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const END_OF_DAY = { hour: 23, minute: 59, second: 59 };

/** Where a date came from, for a person: "invite.ics", "emails/02-update.eml". */
interface Dated {
  iso: string;
  basis: string;
}

/** When the interview was, as far as the inputs tell. */
interface InterviewTime {
  start?: string;
  /** ISO end (in the plan's zone); for a day read from the notes, the end of that day. */
  end: string;
  /** "invite.ics", "invite.ics start + the 79-minute transcript.vtt", "notes.md (the day, not the time)". */
  basis: string;
  /** True when only the day is known (a date in the notes). */
  isDayOnly: boolean;
  sources: string[];
}

/** A promise of word, with when it was said: later statements overrule earlier ones. */
interface Promised {
  saidMs: number;
  due: string;
  quote: string;
  where: string;
  source: string;
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

function transcriptMinutes(doc: TranscriptDoc): number | undefined {
  const timed = doc.utterances.filter((u) => u.start !== undefined);
  const first = timed[0];
  const last = timed.at(-1);
  if (first?.start === undefined || last?.start === undefined) return undefined;
  // Recordings usually start with the call; a late start is counted from the first words.
  const begin = first.start < 300 ? 0 : first.start;
  const minutes = ((last.end ?? last.start) - begin) / 60;
  return minutes > 0 && minutes <= 12 * 60 ? minutes : undefined;
}

function findInterview(docs: Doc[], now: string, zone: Zone): InterviewTime | undefined {
  const nowMs = Date.parse(now);
  const found = findInterviewTime(docs, now);
  if (!found.start) return undefined;
  const startMs = Date.parse(found.start);
  if (
    Number.isNaN(startMs) ||
    startMs > nowMs + DAY_MS ||
    startMs < nowMs - INTERVIEW_HORIZON_DAYS * DAY_MS
  ) {
    return undefined;
  }
  const start = toIsoIn(startMs, zone);
  const invite = docs.find((d): d is InviteDoc => d.kind === "invite" && d.source === found.basis);
  if (!invite) {
    return {
      start,
      end: atTimeOnDayIn(start, END_OF_DAY, zone),
      basis: `${found.basis ?? "the notes"}, which give the day, not the time`,
      isDayOnly: true,
      sources: found.basis ? [found.basis] : [],
    };
  }
  const transcript = docs.find(
    (d): d is TranscriptDoc => d.kind === "transcript" && transcriptMinutes(d) !== undefined,
  );
  const minutes = transcript ? transcriptMinutes(transcript) : undefined;
  if (transcript && minutes !== undefined) {
    return {
      start,
      end: toIsoIn(startMs + Math.round(minutes) * 60_000, zone),
      basis: `${invite.source} start + the ${Math.round(minutes)}-minute ${transcript.source}`,
      isDayOnly: false,
      sources: [invite.source, transcript.source],
    };
  }
  const endMs = Date.parse(found.end ?? "");
  return {
    start,
    end: toIsoIn(Number.isNaN(endMs) ? startMs : endMs, zone),
    basis: Number.isNaN(endMs) ? `${invite.source} (start; it gives no end)` : `${invite.source}`,
    isDayOnly: false,
    sources: [invite.source],
  };
}

function timeOf(doc: EmailDoc): number {
  return Date.parse(doc.date ?? "");
}

interface Mail {
  /** Dated mail up to now, oldest first. */
  mail: EmailDoc[];
  isCandidate: (doc: EmailDoc) => boolean;
  who: CandidateMail;
}

function readMail(docs: Doc[], analysis: Analysis, nowMs: number): Mail {
  const mail = docs
    .filter((d): d is EmailDoc => d.kind === "email" && !Number.isNaN(timeOf(d)) && timeOf(d) <= nowMs)
    .sort((a, b) => timeOf(a) - timeOf(b));
  const given = analysis.candidate.how === "given" ? analysis.candidate.names[0] : undefined;
  const id = identifyCandidate(docs, given);
  const who = resolveCandidateMail(mail, { names: id.names, addresses: id.addresses });
  return { mail, isCandidate: (d) => isFromCandidate(d, who), who };
}

/** Company mail that is word from a person (not the candidate's, not an out-of-office). */
function companyWord(box: Mail): EmailDoc[] {
  return box.mail.filter((d) => !box.isCandidate(d) && !isAutoReply(d));
}

function signal(analysis: Analysis, id: SignalId): DetectedSignal | undefined {
  return analysis.signals.find((s) => s.id === id);
}

/** Where a piece of evidence is, for a person: "transcript.vtt 01:14:11", "notes.md:14", "emails/02-x.eml". */
function where(e: { source: string; line?: number; at?: string }): string {
  if (e.at) return `${e.source} ${e.at}`;
  if (e.line !== undefined && !e.source.endsWith(".eml")) return `${e.source}:${e.line}`;
  return e.source;
}

function shorten(text: string, max = 120): string {
  const spaced = text.replace(/\s+/g, " ").trim();
  // A quote that is all one quotation already: its own marks would double ours.
  const t = /^"[^"]*"[.!?]?$/.test(spaced) ? spaced.replace(/^"|"(?=[.!?]?$)/g, "") : spaced;
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(" ", max);
  return `${t.slice(0, cut > max / 2 ? cut : max).replace(/[\s,;:.-]+$/, "")}…`;
}

/** A full stop, unless a quote already ends the sentence with its own ("…Pacific?”"). */
function endSentence(text: string): string {
  return /[.?!]”?$/.test(text) ? text : `${text}.`;
}

function quoted(e: { quote: string; source: string; line?: number; at?: string }): string {
  return `“${shorten(e.quote)}” (${where(e)})`;
}

function firstName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const comma = /^[^,]+,\s*(\S+)/.exec(name);
  return comma?.[1] ?? name.trim().split(/\s+/)[0];
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
function saidAt(e: Evidence, docs: Doc[], interview: InterviewTime | undefined, nowMs: number, zone: Zone) {
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
  return Number.isNaN(end) ? undefined : end;
}

function promisesOf(
  docs: Doc[],
  analysis: Analysis,
  box: Mail,
  interview: InterviewTime | undefined,
  nowMs: number,
  zone: Zone,
): Promised[] {
  const found: Promised[] = [];
  const add = (text: string, saidMs: number, at: Omit<Promised, "saidMs" | "due" | "quote">) => {
    const promised = findPromisedDate(text, toIsoIn(saidMs, zone));
    // Worked out in the offset of the day it was said; read again in the zone for a day across a DST change.
    const due = promised ? sameWallTimeIn(promised.due, zone) : undefined;
    if (promised && due) found.push({ ...at, saidMs, due, quote: promised.quote });
  };
  for (const e of signal(analysis, "specific-next-steps")?.evidence ?? []) {
    if (e.message || e.isFact) continue;
    const said = saidAt(e, docs, interview, nowMs, zone);
    if (said === undefined || said > nowMs) continue;
    add(e.quote, said, { where: where(e), source: e.source, ...(e.speaker ? { speaker: e.speaker } : {}) });
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
function standingPromise(promises: Promised[], box: Mail): Promised | undefined {
  const latest = [...promises].sort(
    (a, b) => b.saidMs - a.saidMs || Date.parse(b.due) - Date.parse(a.due),
  )[0];
  if (!latest) return undefined;
  const answered = companyWord(box).some((d) => timeOf(d) > Date.parse(latest.due));
  return answered ? undefined : latest;
}

interface NextRound {
  evidence: Evidence;
  time?: MeetingTime;
  /** Where the date was read: "emails/05-confirm.eml", "transcript.vtt 01:14:11". */
  basis?: string;
  basisSource?: string;
}

/**
 * The next round and when it is: from the next-round-booked evidence and, for a round booked by email, the
 * latest company message about it (a move, a confirmation); a message that calls it off without a new day
 * leaves the date unknown.
 */
function nextRound(
  analysis: Analysis,
  docs: Doc[],
  box: Mail,
  interview: InterviewTime | undefined,
  nowMs: number,
  zone: Zone,
): NextRound | undefined {
  const booked = signal(analysis, "next-round-booked");
  const first = booked?.evidence.find((e) => !e.isFact);
  if (!booked || !first) return undefined;
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
    const times = distinctDays(findMeetingTimes(ownText(last), toIsoIn(timeOf(last), zone), zone));
    const only = times.length === 1 ? times[0] : undefined;
    return { evidence: first, ...(only ? { time: only, basis: last.source, basisSource: last.source } : {}) };
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

/** One meeting per day: "Thursday 12 March, 13:00-16:00" read twice is one meeting; two days are options. */
function distinctDays(times: MeetingTime[]): MeetingTime[] {
  const out: MeetingTime[] = [];
  for (const t of times) {
    const same = out.findIndex((o) => o.start.slice(0, 10) === t.start.slice(0, 10));
    if (same < 0) out.push(t);
    else if (!out[same]?.hasTime && t.hasTime) out[same] = t;
  }
  return out;
}

/** The whole transcript turn a piece of evidence sits in: the date is often a sentence away from the cue. */
function utteranceText(docs: Doc[], e: Evidence): string | undefined {
  const doc = docs.find((d): d is TranscriptDoc => d.kind === "transcript" && d.source === e.source);
  return doc?.utterances.find((u) => u.line === e.line)?.text;
}

function normaliseSubject(subject: string | undefined): string {
  let s = (subject ?? "").trim().toLowerCase();
  for (;;) {
    const next = s.replace(/^(?:re|fwd?|aw|sv)\s*:\s*/i, "");
    if (next === s) return s.replace(/\s+/g, " ");
    s = next;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// People

function isCandidateName(analysis: Analysis, name: string): boolean {
  return analysis.candidate.names.some((n) => sameName(n, name));
}

/** The interviewer's name: the transcript's main other speaker, else the invite's organizer. */
function interviewerName(analysis: Analysis, docs: Doc[], who: CandidateMail): string | undefined {
  // A transcript's label ("Interviewer", "Speaker 2") is not a name to greet: then the invite's organizer.
  const speaker = analysis.talkShare.find(
    (t) => !t.isCandidate && !isCandidateName(analysis, t.speaker) && isPersonName(t.speaker),
  );
  if (speaker) return speaker.speaker;
  const invite = docs.find((d): d is InviteDoc => d.kind === "invite");
  const organizer = invite?.organizer;
  if (organizer?.name && !isCandidatePerson(organizer, who) && !isCandidateName(analysis, organizer.name))
    return organizer.name;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The actions

interface Context {
  docs: Doc[];
  analysis: Analysis;
  now: string;
  nowMs: number;
  zone: Zone;
  nudgeAfterDays: number;
  box: Mail;
  interview: InterviewTime | undefined;
  me: string | undefined;
  interviewer: string | undefined;
  missed: MissedPoint[];
}

const SENT_IN_NOTES =
  /\b(?:sent|emailed|mailed|wrote)\s+(?:(?:a|my|the|him|her|them|an?\s+email|\w+)\s+){0,2}thank[-\s]?you\b|\bthank[-\s]?you\s+(?:note\s+|email\s+|e-mail\s+)?(?:was\s+)?sent\b|\bmy\s+thank[-\s]?you\s+(?:note\s+|email\s+)?(?:to\s+\w+\s+)?(?:only\s+)?(?:got|was|went|drew)\b/i;

/** The candidate's thank-you for this interview: an email, or a line of the notes saying it was sent. */
function thankYouSent(c: Context): { where: string; when?: string } | undefined {
  const startMs = Date.parse(c.interview?.start ?? "");
  const note = c.box.mail.find(
    (d) =>
      c.box.isCandidate(d) &&
      isThankYouNote(d) &&
      (Number.isNaN(startMs) || timeOf(d) >= startMs - (c.interview?.isDayOnly ? DAY_MS : 0)),
  );
  if (note?.date) return { where: note.source, when: toIsoIn(timeOf(note), c.zone) };
  for (const doc of c.docs) {
    if (doc.kind !== "notes") continue;
    const lines = doc.text.split(/\r?\n/);
    const at = lines.findIndex((l) => SENT_IN_NOTES.test(l));
    if (at >= 0) return { where: `${doc.source}:${at + 1}` };
  }
  return undefined;
}

const WEEKDAY_NAMES: Record<string, string> = {
  Mon: "Monday",
  Tue: "Tuesday",
  Wed: "Wednesday",
  Thu: "Thursday",
  Fri: "Friday",
  Sat: "Saturday",
  Sun: "Sunday",
};

function thankYouText(c: Context): string {
  const weekday = c.interview ? WEEKDAY_NAMES[describeDay(c.interview.end).slice(0, 3)] : undefined;
  const when = weekday ? ` on ${weekday}` : "";
  const body = [
    `Thank you for your time${when}. I enjoyed our conversation, especially [one specific thing you discussed].`,
  ];
  if (c.missed.length > 0 || isWeak(c.analysis)) {
    body.push("I also wanted to add one thing I didn't get across: [the point, in two sentences].");
  }
  body.push("I'm very interested in the role and would be glad to take the next step.");
  const lines = [
    `Hi ${firstName(c.interviewer) ?? "[name]"},`,
    "",
    body.join(" "),
    "",
    "Best regards,",
    c.me ?? "[your name]",
  ];
  return lines.join("\n");
}

function isWeak(analysis: Analysis): boolean {
  return analysis.read.band === "weak" || analysis.read.band === "mixed";
}

function isStrong(analysis: Analysis): boolean {
  return analysis.read.band === "strong" || analysis.read.band === "promising";
}

function planThankYou(c: Context): Action {
  const sent = thankYouSent(c);
  let due: string | undefined;
  let basis: string;
  if (c.interview && !c.interview.isDayOnly) {
    due = addDaysIn(c.interview.end, 1, c.zone);
    basis = `24 hours after the interview ended, ${describeMoment(c.interview.end)} (${c.interview.basis})`;
  } else if (c.interview) {
    due = addDaysIn(c.interview.end, 1, c.zone);
    basis = `by the end of the day after the interview, ${describeDay(c.interview.end)} (${c.interview.basis})`;
  } else if (!sent) {
    due = addDaysIn(c.now, 1, c.zone);
    basis = "within 24 hours of now: the inputs do not say when the interview was";
  } else {
    basis = "";
  }
  const sources = [...(c.interview?.sources ?? []), ...(sent ? [sent.where.replace(/:\d+$/, "")] : [])];
  if (sent) {
    const when = sent.when ? ` on ${describeMoment(sent.when)}` : "";
    return {
      kind: "thank-you",
      ...(due ? { due } : {}),
      why: `Sent${when} (${sent.where})${basis ? `; it was due ${basis}` : ""}.`,
      done: true,
      sources,
    };
  }
  const late =
    due !== undefined && c.nowMs - Date.parse(due) > LATE_THANK_YOU_DAYS * DAY_MS
      ? " It is late now, but a short note still helps."
      : "";
  const gap = isWeak(c.analysis) ? " Whatever the read, send it; use it to add what was missed (below)." : "";
  return {
    kind: "thank-you",
    ...(due ? { due } : {}),
    why: `Due ${basis}. Name ${c.interviewer ?? "the interviewer"}, refer to something specific, restate your interest, keep it short.${gap}${late}`,
    text: thankYouText(c),
    sources,
  };
}

function statusText(c: Context, to: string | undefined, promise: Promised | undefined): string {
  const heard = promise
    ? ` You mentioned I would hear by ${describeDay(promise.due)}, so I wanted to check in.`
    : "";
  const on = c.interview ? ` on ${describeDay(c.interview.end)}` : "";
  return [
    `Hi ${firstName(to) ?? "[name]"},`,
    "",
    `I hope you're well. I'm following up on my interview${on}.${heard} I'm still very interested in the role and would be grateful for any update on the timeline.`,
    "",
    "Best regards,",
    c.me ?? "[your name]",
  ].join("\n");
}

function planStatusCheck(c: Context, round: NextRound | undefined): Action | undefined {
  if (round?.time && Date.parse(round.time.start) >= c.nowMs) return undefined;
  const promise = standingPromise(promisesOf(c.docs, c.analysis, c.box, c.interview, c.nowMs, c.zone), c.box);
  const words = companyWord(c.box);
  const lastWord = words.at(-1);
  const to = lastWord?.from?.name ?? promise?.speaker ?? c.interviewer;
  const nudge = c.nudgeAfterDays;
  if (promise) {
    const due = nudge === 0 ? promise.due : addDaysIn(promise.due, nudge, c.zone);
    const rule =
      nudge === DEFAULT_NUDGE_AFTER_DAYS
        ? "a week past it, the patient reading of the seeds (one says a week after, another on the date; --nudge-after 0 asks on the date)"
        : nudge === 0
          ? "on the date itself, as --nudge-after 0 asks (the default is a week past it)"
          : `${nudge} ${nudge === 1 ? "day" : "days"} past it, as --nudge-after asks (the default is a week)`;
    return {
      kind: "status-check",
      due,
      why: `They said word would come by ${describeDay(promise.due)}: ${quoted({ quote: promise.quote, source: promise.where })}. If nothing has come, ask ${rule}. Keep it polite and restate your interest.`,
      text: statusText(c, to, promise),
      sources: [promise.source],
    };
  }
  const anchors: (Dated & { ms: number })[] = [];
  if (c.interview) {
    anchors.push({
      iso: c.interview.end,
      ms: Date.parse(c.interview.end),
      basis: `the interview (${c.interview.basis})`,
    });
  }
  if (lastWord && (!c.interview || timeOf(lastWord) > Date.parse(c.interview.end))) {
    anchors.push({
      iso: toIsoIn(timeOf(lastWord), c.zone),
      ms: timeOf(lastWord),
      basis: `their last message, ${describeDay(toIsoIn(timeOf(lastWord), c.zone))} (${lastWord.source})`,
    });
  }
  if (round?.time && Date.parse(round.time.start) < c.nowMs) {
    anchors.push({
      iso: round.time.start,
      ms: Date.parse(round.time.start),
      basis: `the next round, ${describeDay(round.time.start)} (${round.basis ?? where(round.evidence)})`,
    });
  }
  const anchor = anchors.sort((a, b) => b.ms - a.ms)[0] ?? {
    iso: c.now,
    ms: c.nowMs,
    basis: "now (the inputs do not say when the interview was)",
  };
  const runaround = signal(c.analysis, "scheduling-runaround")?.evidence.find((e) => !e.isFact);
  const moved = runaround
    ? ` The next round keeps moving (${quoted(runaround)}): stay flexible once more, then ask plainly whether the role is still open.`
    : "";
  const vague = signal(c.analysis, "vague-next-steps")?.evidence.find((e) => !e.isFact);
  const noDate = vague
    ? `No date was given for word (${quoted(vague)})`
    : "No date for word is in the inputs";
  return {
    kind: "status-check",
    due: addBusinessDaysIn(anchor.iso, DEFAULT_WAIT_BUSINESS_DAYS, c.zone),
    why: `${noDate}; ${DEFAULT_WAIT_BUSINESS_DAYS} working days after ${anchor.basis} is a fair wait before asking where things stand.${moved} Keep it polite and restate your interest.`,
    text: statusText(c, to, undefined),
    sources: [
      ...(vague ? [vague.source] : []),
      ...(c.interview?.sources ?? []),
      ...(lastWord ? [lastWord.source] : []),
    ],
  };
}

/** The two positive signals that weigh most in the read, with where each was seen. */
function strongestPositives(analysis: Analysis): { text: string; source: string }[] {
  return analysis.read.contributions
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 2)
    .flatMap((x) => {
      const s = signal(analysis, x.id);
      const e = s?.evidence[0];
      return s && e ? [{ text: `${s.label.toLowerCase()}, ${where(e)}`, source: e.source }] : [];
    });
}

function planPrepare(c: Context, round: NextRound | undefined): Action | undefined {
  if (!round && !isStrong(c.analysis)) return undefined;
  if (!round) {
    const top = strongestPositives(c.analysis);
    const resting = top.length > 0 ? ` (${top.map((t) => t.text).join("; ")})` : "";
    return {
      kind: "prepare-next-round",
      why: `The read is ${c.analysis.read.band}${resting}: keep preparing for a next round, though none is booked yet and others may be in it too.`,
      sources: [...new Set(top.map((t) => t.source))],
    };
  }
  const said = quoted(round.evidence);
  const time = round.time;
  if (time && Date.parse(time.start) >= c.nowMs) {
    const at = time.hasTime ? describeMoment(time.start) : `${describeDay(time.start)} (no time given)`;
    const dateFrom =
      time.quote === round.evidence.quote
        ? ""
        : `; the date from “${shorten(time.quote)}”${round.basisSource === round.evidence.source ? "" : ` (${round.basis})`}`;
    // Due the day before the round, so the reminder leaves time to prepare (never before now).
    const dayBefore = addDaysIn(time.start, -1, c.zone);
    return {
      kind: "prepare-next-round",
      due: Date.parse(dayBefore) > c.nowMs ? dayBefore : time.start,
      why: `${endSentence(`Next round booked for ${at}: ${said}${dateFrom}`)} Prepare for it by the day before, building on what this round covered.`,
      sources: [...new Set([round.evidence.source, ...(round.basisSource ? [round.basisSource] : [])])],
    };
  }
  const passed = time
    ? ` The date read, ${describeDay(time.start)}, has passed; if it was moved, prepare for the new one.`
    : " Its date is not fixed in the inputs yet.";
  return {
    kind: "prepare-next-round",
    why: `A next round is on the table: ${said}.${passed}`,
    sources: [round.evidence.source],
  };
}

function candidateTexts(c: Context): CandidateText[] {
  const texts: CandidateText[] = [];
  for (const doc of c.docs) {
    if (doc.kind === "notes") {
      doc.text.split(/\r?\n/).forEach((text, i) => {
        if (text.trim() !== "") texts.push({ text, source: doc.source, line: i + 1, isToCompany: false });
      });
    } else if (doc.kind === "transcript") {
      for (const u of doc.utterances) {
        const isMine =
          u.speaker !== undefined &&
          (isCandidateName(c.analysis, u.speaker) ||
            c.analysis.talkShare.some((t) => t.speaker === u.speaker && t.isCandidate));
        if (isMine) texts.push({ text: u.text, source: doc.source, line: u.line, isToCompany: true });
      }
    }
  }
  for (const d of c.box.mail) {
    if (c.box.isCandidate(d)) texts.push({ text: ownText(d), source: d.source, isToCompany: true });
  }
  return texts;
}

function planShareOffers(c: Context): Action | undefined {
  if (!isStrong(c.analysis)) return undefined;
  const offer = findCompetingOffer(candidateTexts(c));
  if (!offer) return undefined;
  const to = companyWord(c.box).at(-1)?.from?.name ?? c.interviewer;
  const told = offer.isToldAlready
    ? " You mentioned it to them already; tell the recruiter too, and again as soon as it changes (an offer lands, a deadline moves)."
    : " Tell the recruiter: with a strong read, a deadline elsewhere can speed them up.";
  return {
    kind: "share-competing-offers",
    due: addDaysIn(c.now, 1, c.zone),
    why: `You have something else in play: ${quoted(offer)}.${told}`,
    text: [
      `Hi ${firstName(to) ?? "[name]"},`,
      "",
      "A quick update on my side: I have [an offer / a deadline] from another company and need to answer by [date]. This role remains my first choice, so I wanted you to know before I reply. Is there anything I can do to help with the timing?",
      "",
      "Best regards,",
      c.me ?? "[your name]",
    ].join("\n"),
    sources: [offer.source],
  };
}

const PAY = /\b(?:salary|compensation|pay|number|range|figure|expectations?|base|package|\d{2,3}k)\b/i;
const AGAIN =
  /\b(?:still|again|re-?confirm\w*|(?:hasn't|has\s+not|haven't|have\s+not)\s+changed|unchanged|same\s+(?:number|figure|range|as)|where\s+(?:they|it)\s+(?:were|was))\b/i;

function planSalary(c: Context): Action | undefined {
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

function planContact(c: Context): Action | undefined {
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

/** What to add in the thank-you for each negative signal of the interview. */
const GAP_ADVICE: Partial<Record<SignalId, string>> = {
  "cut-short": "it ended early: add the example or result you did not get to give",
  "disengaged-interviewer":
    "attention drifted: restate your strongest point in a line, in case it was missed",
  "superficial-questions":
    "the questions stayed generic: add one concrete example of how you would do this job",
  "thin-company-info": "little was said about the role: ask the one or two questions that matter most to you",
  "no-growth-talk": "growth never came up: if it matters to you, ask about it",
  "questions-discouraged": "your questions got short answers: put the important ones in writing",
  "vague-next-steps": "no timeline was given: ask politely what the next step is, and when",
};

function planGap(c: Context, thankYou: Action): Action | undefined {
  if (!isWeak(c.analysis)) return undefined;
  const parts: string[] = [];
  const sources: string[] = [];
  for (const m of c.missed.slice(0, 2)) {
    parts.push(`add the point you did not get across, ${quoted(m)}`);
    sources.push(m.source);
  }
  for (const s of c.analysis.signals) {
    const advice = GAP_ADVICE[s.id];
    const e = s.evidence.find((x) => !x.isFact) ?? s.evidence[0];
    if (!advice || !e) continue;
    parts.push(`${advice} (${s.label.toLowerCase()}: ${quoted(e)})`);
    sources.push(e.source);
    if (parts.length >= 4) break;
  }
  if (parts.length === 0)
    parts.push("add a qualification or an example that the interview did not bring out");
  const sent = thankYou.done === true;
  const lead = sent
    ? `The read is ${c.analysis.read.band} and the thank-you has gone already: put this in your next note (the status check)`
    : `The read is ${c.analysis.read.band}: use the thank-you to close the gap`;
  return {
    kind: "address-gap",
    ...(!sent && thankYou.due ? { due: thankYou.due } : {}),
    why: `${lead}: ${parts.join("; ")}. Then reflect, ask for feedback if it ends, and keep your search moving.`,
    sources: [...new Set(sources)],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The plan

function settledBy(c: Context): Plan["settled"] | undefined {
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

const ORDER: ActionKind[] = [
  "thank-you",
  "address-gap",
  "share-competing-offers",
  "keep-salary-consistent",
  "prepare-next-round",
  "status-check",
  "use-direct-contact",
];

/** Open and dated first, by date; then open and undated; done last. */
function byDue(a: Action, b: Action): number {
  const rank = (x: Action) => (x.done ? 2 : x.due ? 0 : 1);
  return (
    rank(a) - rank(b) ||
    (a.due && b.due ? Date.parse(a.due) - Date.parse(b.due) : 0) ||
    ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind)
  );
}

/**
 * The follow-ups for one interview, dated in the interview's zone (see planZone), each with why: the
 * thank-you (done once the candidate's note is in the inputs), the status check after the promised date
 * (`nudgeAfterDays` past it, default 7) or after a usual wait, preparing for the next round, telling the
 * recruiter about other offers, keeping the salary figure consistent, using a direct contact and, on a
 * weak or mixed read, what to add in the thank-you. Once an outcome is seen there is no plan, only a note.
 */
export function planFollowUps(input: PlanInput): Plan {
  const nowMs = Date.parse(input.now);
  if (Number.isNaN(nowMs)) throw new RangeError(`now is not an ISO date: ${input.now}`);
  const nudgeAfterDays = input.nudgeAfterDays ?? DEFAULT_NUDGE_AFTER_DAYS;
  if (!Number.isInteger(nudgeAfterDays) || nudgeAfterDays < 0) {
    throw new RangeError(`nudgeAfterDays must be a whole number of days, 0 or more: ${nudgeAfterDays}`);
  }
  const zone = planZone(input.docs, input.now);
  const box = readMail(input.docs, input.analysis, nowMs);
  const interview = findInterview(input.docs, input.now, zone);
  const c: Context = {
    docs: input.docs,
    analysis: input.analysis,
    now: toIsoIn(nowMs, zone),
    nowMs,
    zone,
    nudgeAfterDays,
    box,
    interview,
    me: input.analysis.candidate.names[0],
    interviewer: interviewerName(input.analysis, input.docs, box.who),
    missed: findMissedPoints(input.docs),
  };
  const settled = input.isOpen ? undefined : settledBy(c);
  if (settled) return { actions: [], settled };

  const round = nextRound(input.analysis, input.docs, box, interview, nowMs, zone);
  // Only mail, no time of an interview, and one booked ahead: the invitation came, the interview has
  // not happened, so there is nothing to thank anyone for yet (only to prepare).
  const isOnlyInvited =
    interview === undefined &&
    input.docs.every((d) => d.kind === "email") &&
    round?.time !== undefined &&
    Date.parse(round.time.start) > nowMs &&
    thankYouSent(c) === undefined;
  const thankYou = isOnlyInvited ? undefined : planThankYou(c);
  const actions = [
    thankYou,
    thankYou ? planGap(c, thankYou) : undefined,
    planShareOffers(c),
    planSalary(c),
    planPrepare(c, round),
    planStatusCheck(c, round),
    planContact(c),
  ].filter((a): a is Action => a !== undefined);
  return { actions: actions.sort(byDue) };
}
