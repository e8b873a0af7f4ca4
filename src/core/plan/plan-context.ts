import type { MissedPoint } from "../detect/find-missed-points.js";
import { fold } from "../mail/company-key.js";
import { ownText } from "../mail/own-text.js";
import {
  type CandidateMail,
  isCandidatePerson,
  isFromCandidate,
  isPersonName,
  sameName,
} from "../people/identify-candidate-mail.js";
import { isCandidateThankYou } from "../people/thank-you-note.js";
import type { Analysis } from "../read/analyze-interview.js";
import type { Doc, EmailDoc, InviteDoc } from "../read/documents.js";
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
  return interviewerInMail(analysis, docs, who);
}

/**
 * "You'll meet Ana Reyes", "an interview with Ana Reyes", "un entretien avec …", "ein Gespräch mit …", "con …"
 * (not a bare "with": "working with Acme Insurance" names a company).
 */
const MEET_WITH =
  /\b(?:meet(?:ing)?|speak\s+(?:with|to)|talk\s+(?:to|with)|(?:interview|call|chat|conversation|session|panel)\s+with|avec|mit|con|com)(?:[ \t]+|[ \t]*\n[ \t]*)((?:Dr\.?[ \t]+)?\p{Lu}[\p{Ll}'’-]+(?:(?:[ \t]+|[ \t]*\n[ \t]*)\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}])/gu;
/** Capitalised words that are no part of a person's name: days, months, teams, titles, tools. */
const NOT_NAME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|our|your|their|head|office|team|teams|group|board|panel|product|data|engineering|design|sales|finance|people|talent|hiring|recruit\w*|senior|junior|lead|chief|director|manager|vp|ceo|cto|cfo|hr|google|microsoft|zoom|meet|webex|video|phone|call|interview|round|final|first|second|next)$/i;

/**
 * Where only mail tells of the interview: the person the candidate's own thank-you went to, else the one
 * the company's mail says they would meet ("You'll meet Ana Reyes, our Head of Data"). Never the candidate.
 */
function interviewerInMail(analysis: Analysis, docs: Doc[], who: CandidateMail): string | undefined {
  const mail = docs.filter((d): d is EmailDoc => d.kind === "email");
  const isMe = (name: string) => isCandidateName(analysis, name) || who.names.some((n) => sameName(n, name));
  for (const d of mail) {
    if (!isFromCandidate(d, who) || !isCandidateThankYou(d)) continue;
    const to = d.to.find(
      (p) => p.name && isPersonName(p.name) && !isCandidatePerson(p, who) && !isMe(p.name),
    );
    if (to?.name) return to.name;
  }
  // A company's name is no one to greet: "con Cobrehill Mining" names the firm its domain spells.
  const labels = mail.flatMap((d) =>
    [d.from, ...d.to, ...d.cc].flatMap((p) =>
      p?.email ? [fold(p.email.split("@")[1]?.split(".")[0] ?? "")] : [],
    ),
  );
  const isCompany = (name: string) =>
    name.split(" ").some((w) => fold(w).length >= 4 && labels.some((l) => l.includes(fold(w))));
  for (const d of mail) {
    if (isFromCandidate(d, who)) continue;
    for (const m of ownText(d).matchAll(MEET_WITH)) {
      const name = (m[1] ?? "").replace(/\s+/g, " ").replace(/^Dr\.? /, "");
      const words = name.split(" ");
      if (isPersonName(name) && !isMe(name) && !isCompany(name) && !words.some((w) => NOT_NAME_WORD.test(w)))
        return name;
    }
  }
  return undefined;
}
