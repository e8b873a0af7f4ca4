import type { MissedPoint } from "../detect/find-missed-points.js";
import {
  type CandidateMail,
  isCandidatePerson,
  isPersonName,
  sameName,
} from "../people/identify-candidate-mail.js";
import type { Analysis } from "../read/analyze-interview.js";
import type { Doc, InviteDoc } from "../read/documents.js";
import type { Zone } from "../time/add-days.js";
import type { InterviewTime, Mail, Timeline } from "../timeline/build-timeline.js";

/** What every step of the plan reads: the case, its timeline, and who is who. */
export interface Context {
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
  timeline: Timeline;
}

/** One seed says to wait a week past the promised date before asking, another says to ask on the date. */
export const DEFAULT_NUDGE_AFTER_DAYS = 7;
/** With no date given, ask after this many working days: two weeks is a usual turnaround. */
export const DEFAULT_WAIT_BUSINESS_DAYS = 10;

/** A weak or mixed read: the thank-you is also where to close a gap. */
export function isWeak(analysis: Analysis): boolean {
  return analysis.read.band === "weak" || analysis.read.band === "mixed";
}

/** A strong or promising read: worth preparing for a next round and telling them of offers elsewhere. */
export function isStrong(analysis: Analysis): boolean {
  return analysis.read.band === "strong" || analysis.read.band === "promising";
}

export function isCandidateName(analysis: Analysis, name: string): boolean {
  return analysis.candidate.names.some((n) => sameName(n, name));
}

/** The interviewer's name: the transcript's main other speaker, else the invite's organizer. */
export function interviewerName(analysis: Analysis, docs: Doc[], who: CandidateMail): string | undefined {
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
