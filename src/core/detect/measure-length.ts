import type { ContextFacts, Doc, InviteDoc, TranscriptDoc, Utterance } from "../read/documents.js";
import type { Evidence, Finding } from "../signals/evidence.js";
import { factEvidence, type InterviewLength, type Minutes } from "./interview-length.js";
import { readNotesLength } from "./length-from-notes.js";

/** The spec's threshold: 10 or more minutes past the slot is running long. */
export const RAN_LONG_MINUTES = 10;
/** Ending 10+ minutes early, and at most 80% of the slot, is cut short. */
export const CUT_SHORT_MINUTES = 10;
export const CUT_SHORT_SHARE = 0.8;

function fromInvite(invite: InviteDoc): Minutes | undefined {
  if (!invite.start || !invite.end) return undefined;
  const minutes = (Date.parse(invite.end) - Date.parse(invite.start)) / 60_000;
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 12 * 60) return undefined;
  return {
    minutes,
    evidence: factEvidence(
      invite.source,
      `the invite books ${Math.round(minutes)} minutes (${invite.start} to ${invite.end})`,
    ),
  };
}

function fromTranscript(doc: TranscriptDoc): Minutes | undefined {
  const times = doc.utterances.filter((u) => u.start !== undefined);
  const first = times[0];
  const last = times[times.length - 1];
  return first && last ? transcriptLength(doc.source, first, last) : undefined;
}

/**
 * How long a transcript runs, from its first and last timed utterances: all that the length reads of
 * it, so a transcript still being written can be measured without reading it again.
 */
export function transcriptLength(source: string, first: Utterance, last: Utterance): Minutes | undefined {
  if (first.start === undefined || last.start === undefined) return undefined;
  const end = last.end ?? last.start;
  // Recordings usually start with the call; a late start is counted from the first words.
  const begin = first.start < 300 ? 0 : first.start;
  const minutes = (end - begin) / 60;
  if (minutes <= 0) return undefined;
  return {
    minutes,
    evidence: factEvidence(
      source,
      `the transcript runs ${Math.round(minutes)} minutes (last words at ${formatClock(end)})`,
    ),
  };
}

function formatClock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

/** Reads the scheduled and the actual length of the interview from every source, best first. */
export function measureLength(docs: Doc[], context: ContextFacts | undefined): InterviewLength {
  const length: InterviewLength = {};
  if (context?.scheduledMinutes !== undefined) {
    length.scheduled = {
      minutes: context.scheduledMinutes,
      evidence: factEvidence("context.json", `scheduled-minutes: ${context.scheduledMinutes}`),
    };
  }
  if (context?.actualMinutes !== undefined) {
    length.actual = {
      minutes: context.actualMinutes,
      evidence: factEvidence("context.json", `actual-minutes: ${context.actualMinutes}`),
    };
  }
  for (const doc of docs) {
    if (doc.kind === "invite" && !length.scheduled) {
      const m = fromInvite(doc);
      if (m) length.scheduled = m;
    }
  }
  for (const doc of docs) {
    if (doc.kind === "transcript" && !length.actual) {
      const m = fromTranscript(doc);
      if (m) length.actual = m;
    }
  }
  for (const doc of docs) if (doc.kind === "notes") readNotesLength(doc.source, doc.text, length);
  return partialTranscript(docs, length);
}

/**
 * A transcript that stops long before the slot ends while the notes say the meeting went on: the
 * recording caught only part of it ("the auto-transcript was switched off after ten minutes").
 * The notes' own account of the length stands then, not a cut-short nobody lived.
 */
function partialTranscript(docs: Doc[], length: InterviewLength): InterviewLength {
  const { scheduled, actual } = length;
  if (!scheduled || !actual) return length;
  const fromTranscript = docs.some((d) => d.kind === "transcript" && d.source === actual.evidence.source);
  if (!fromTranscript || actual.minutes > scheduled.minutes * 0.5) return length;
  const told: InterviewLength = { scheduled };
  for (const doc of docs) if (doc.kind === "notes") readNotesLength(doc.source, doc.text, told);
  if (told.actual && told.actual.minutes > actual.minutes * 1.5) return { ...length, actual: told.actual };
  // "We ran twenty minutes over": the slot and the overrun.
  const over = told.statedDelta;
  if (over && over.minutes > 0)
    return { ...length, actual: { minutes: scheduled.minutes + over.minutes, evidence: over.evidence } };
  return length;
}

/** `ran-long` and `cut-short` from the numbers: actual against scheduled, or a stated overrun. */
export function findLengthSignals(length: InterviewLength): Finding[] {
  const { scheduled, actual, statedDelta } = length;
  if (scheduled && actual) {
    const delta = actual.minutes - scheduled.minutes;
    const summary: Evidence = {
      source: actual.evidence.source,
      quote: `ran ${Math.round(actual.minutes)} minutes against ${Math.round(scheduled.minutes)} scheduled (${delta >= 0 ? "+" : ""}${Math.round(delta)})`,
      isFact: true,
    };
    // One sentence often gives both numbers ("booked for 30 minutes, went 50"): quote it once.
    const evidence = [summary, scheduled.evidence];
    if (
      actual.evidence.source !== scheduled.evidence.source ||
      actual.evidence.quote !== scheduled.evidence.quote
    )
      evidence.push(actual.evidence);
    if (delta >= RAN_LONG_MINUTES) return [{ id: "ran-long", evidence }];
    if (-delta >= CUT_SHORT_MINUTES && actual.minutes <= scheduled.minutes * CUT_SHORT_SHARE) {
      return [{ id: "cut-short", evidence }];
    }
    return [];
  }
  if (statedDelta) {
    if (statedDelta.minutes >= RAN_LONG_MINUTES)
      return [{ id: "ran-long", evidence: [statedDelta.evidence] }];
    if (-statedDelta.minutes >= CUT_SHORT_MINUTES)
      return [{ id: "cut-short", evidence: [statedDelta.evidence] }];
  }
  return [];
}
