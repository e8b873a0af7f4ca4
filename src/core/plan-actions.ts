import type { Action, ActionKind, Plan } from "./action.js";
import { addBusinessDaysIn, addDaysIn, describeDay, describeMoment, toIsoIn, type Zone } from "./add-days.js";
import type { Analysis } from "./analyze-interview.js";
import {
  buildTimeline,
  companyWord,
  type Dated,
  type InterviewTime,
  type Mail,
  type NextRound,
  type Promised,
  signal,
  type Timeline,
  timeOf,
  utteranceText,
  where,
} from "./build-timeline.js";
import { outcomeOf, ownText } from "./detect-email-signals.js";
import type { Doc, InviteDoc } from "./documents.js";
import type { Evidence } from "./evidence.js";
import { type CandidateText, findCompetingOffer } from "./find-competing-offer.js";
import { findContactDetail } from "./find-contact-detail.js";
import { findMissedPoints, type MissedPoint } from "./find-missed-points.js";
import { type CandidateMail, isCandidatePerson, isPersonName, sameName } from "./identify-candidate-mail.js";
import type { SignalId } from "./signal.js";

/**
 * What to do after the interview, dated: the seeds' advice (../shared/spec/signals.md, "What to do after")
 * made concrete from one case's documents and its analysis. Pure: `now` is an argument, nothing is read.
 */
export interface PlanInput {
  docs: Doc[];
  analysis: Analysis;
  /** The timeline, where the caller worked it out already (else it is worked out here from the rest). */
  timeline?: Timeline;
  /** When these inputs were first filed: with no date for the interview, dates count from here, not now. */
  firstSeen?: string;
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
/** A thank-you this many days overdue is late, but still worth sending. */
const LATE_THANK_YOU_DAYS = 3;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

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
  timeline: Timeline;
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
  const sent = c.timeline.thankYou;
  let due: string | undefined;
  let basis: string;
  if (c.interview && !c.interview.isDayOnly) {
    due = addDaysIn(c.interview.end, 1, c.zone);
    basis = `24 hours after the interview ended, ${describeMoment(c.interview.end)} (${c.interview.basis})`;
  } else if (c.interview) {
    due = addDaysIn(c.interview.end, 1, c.zone);
    basis = `by the end of the day after the interview, ${describeDay(c.interview.end)} (${c.interview.basis})`;
  } else if (!sent) {
    // Counted from when the inputs were first filed where that is known, so it does not move on each read.
    const anchor = c.timeline.anchor;
    due = addDaysIn(anchor.iso, 1, c.zone);
    basis = `within 24 hours of ${anchor.basis}: the inputs do not say when the interview was`;
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
  // Times offered for the next round: the next step is to answer them, not to ask where things stand.
  if (!round?.time && round?.options?.some((o) => Date.parse(o.start) >= c.nowMs)) return undefined;
  const promise = c.timeline.promise;
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
    iso: c.timeline.anchor.iso,
    ms: Date.parse(c.timeline.anchor.iso),
    basis: `${c.timeline.anchor.basis} (the inputs do not say when the interview was)`,
  };
  const runaround = signal(c.analysis, "scheduling-runaround")?.evidence.find((e) => !e.isFact);
  const moved = runaround
    ? ` The next round keeps moving (${quoted(runaround)}): stay flexible once more, then ask plainly whether the role is still open.`
    : "";
  const vague = signal(c.analysis, "vague-next-steps")?.evidence.find((e) => !e.isFact);
  const noDate = vague
    ? `No date was given for word (${quoted(vague)})`
    : "No date for word is in the inputs";
  // With no date promised there is no date to hold them to: the check has no due date, only a fair wait.
  const fairWait = describeDay(addBusinessDaysIn(anchor.iso, DEFAULT_WAIT_BUSINESS_DAYS, c.zone));
  return {
    kind: "status-check",
    why: `${noDate}; ${DEFAULT_WAIT_BUSINESS_DAYS} working days after ${anchor.basis} (${fairWait}) is a fair wait before asking where things stand.${moved} Keep it polite and restate your interest.`,
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
    // Due when the round starts, as a next round is dated everywhere else; the advice is to be ready the day before.
    return {
      kind: "prepare-next-round",
      due: time.start,
      why: `${endSentence(`Next round booked for ${at}: ${said}${dateFrom}`)} Prepare for it by the day before, building on what this round covered.`,
      sources: [...new Set([round.evidence.source, ...(round.basisSource ? [round.basisSource] : [])])],
    };
  }
  const offered = (round.options ?? []).filter((o) => Date.parse(o.start) >= c.nowMs);
  if (!time && offered.length > 0) {
    const days = offered.map((o) => (o.hasTime ? describeMoment(o.start) : describeDay(o.start)));
    return {
      kind: "prepare-next-round",
      due: addDaysIn(c.now, 1, c.zone),
      why: `They offered times for the next round (${days.join("; ")}): ${said}. Reply with the one that suits you within a day, then prepare for it.`,
      sources: [round.evidence.source],
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
  const timeline =
    input.timeline ??
    buildTimeline({
      docs: input.docs,
      analysis: input.analysis,
      now: input.now,
      ...(input.firstSeen ? { firstSeen: input.firstSeen } : {}),
    });
  const { zone, box, interview } = timeline;
  const c: Context = {
    docs: input.docs,
    analysis: input.analysis,
    now: timeline.now,
    nowMs,
    zone,
    nudgeAfterDays,
    box,
    interview,
    me: timeline.people.candidate.names[0] ?? input.analysis.candidate.names[0],
    // The interviewer the thank-you draft is written to: the people module's first, the drafts' order.
    interviewer:
      timeline.people.interviewers[0]?.name ?? interviewerName(input.analysis, input.docs, box.who),
    missed: findMissedPoints(input.docs),
    timeline,
  };
  const settled = input.isOpen ? undefined : settledBy(c);
  if (settled) return { actions: [], settled };

  const round = timeline.booked;
  // Only mail, no time of an interview, and one booked ahead: the invitation came, the interview has
  // not happened, so there is nothing to thank anyone for yet (only to prepare).
  const isOnlyInvited =
    interview === undefined &&
    input.docs.every((d) => d.kind === "email") &&
    round?.time !== undefined &&
    Date.parse(round.time.start) > nowMs &&
    c.timeline.thankYou === undefined;
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
