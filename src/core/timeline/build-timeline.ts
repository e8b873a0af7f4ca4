import { isThankYouNote } from "../people/identify-candidate-mail.js";
import { identifyPeople, type People } from "../people/identify-people.js";
import type { Analysis } from "../read/analyze-interview.js";
import type { Doc, EmailDoc } from "../read/documents.js";
import { describeDay, toIsoIn, type Zone } from "../time/add-days.js";
import { where } from "./evidence-place.js";
import { findInterview, type InterviewTime, planZone } from "./find-interview.js";
import { type NextRound, nextRound } from "./next-round.js";
import { type Promised, promisesOf, standingPromise } from "./promises.js";
import { findThankYouSent } from "./thank-you-sent.js";
import { companyWord, type Mail, readMail, timeOf } from "./timeline-mail.js";

/**
 * One application's timeline, worked out once from its documents and read: when the interview was, what
 * was promised and by when, what is booked, what was sent and received, and what the candidate marked
 * done. The plan, its reasons, the drafts, `todo` and `show` all read this, so they cannot disagree.
 * Pure: `now` is an argument. Its steps are in `timeline/`.
 */

// What the plan reads of the timeline's steps (plan-actions.ts imports them from here).
export { signal, utteranceText, where } from "./evidence-place.js";
export { INTERVIEW_HORIZON_DAYS, type InterviewTime } from "./find-interview.js";
export type { NextRound } from "./next-round.js";
export { lastPromise, type Promised } from "./promises.js";
export { companyWord, type Mail, timeOf } from "./timeline-mail.js";

/** Where a date came from, for a person: "invite.ics", "emails/02-update.eml". */
export interface Dated {
  iso: string;
  basis: string;
}

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
  const promises = promisesOf(docs, input.analysis, box, interview, nowMs, zone, Date.parse(anchor.iso)).sort(
    (a, b) => a.saidMs - b.saidMs,
  );
  const promise = standingPromise(promises, box);
  const round = nextRound(input.analysis, docs, box, interview, nowMs, zone);
  const booked = round && isTheInterview(round, interview) ? undefined : round;
  const thankYou = findThankYouSent(docs, box, interview, zone);
  const lastWord = companyWord(box).at(-1);
  const done = input.done ?? [];

  const entries = entriesOf({ zone, interview, box, thankYou, promises, booked, done });
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

/**
 * Whether the round read as the next one is the interview itself: the invitation to it read again
 * ("We are pleased to invite you to interview on Tuesday 17 November at 10:30"), dated at its start (within
 * the hour), on its day where only the day is known, or before it ended.
 */
function isTheInterview(round: NextRound, interview: InterviewTime | undefined): boolean {
  const at = Date.parse(round.time?.start ?? "");
  if (!interview || Number.isNaN(at) || (round.options?.length ?? 0) > 1) return false;
  const start = Date.parse(interview.start ?? "");
  const end = Date.parse(interview.end);
  if (!Number.isNaN(start) && Math.abs(at - start) < HOUR_MS) return true;
  if (interview.isDayOnly)
    return (interview.start ?? interview.end).slice(0, 10) === round.time?.start.slice(0, 10);
  return at < end;
}

const HOUR_MS = 3_600_000;

/** Everything the timeline holds as dated entries, for `show`: oldest first, undated last. */
function entriesOf(t: {
  zone: Zone;
  interview: InterviewTime | undefined;
  box: Mail;
  thankYou: Timeline["thankYou"] | undefined;
  promises: Promised[];
  booked: NextRound | undefined;
  done: Timeline["done"];
}): TimelineEntry[] {
  const { zone, interview, box, thankYou, promises, booked, done } = t;
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
      text: p.isVague
        ? `word promised with no day named (about ${describeDay(p.due)}): “${p.quote}” (${p.where})`
        : `word promised by ${describeDay(p.due)}${p.from ? ` (a window from ${describeDay(p.from)})` : ""}: “${p.quote}” (${p.where})`,
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
  return entries;
}
