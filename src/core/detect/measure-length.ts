import type { ContextFacts, Doc, InviteDoc, TranscriptDoc, Utterance } from "../read/documents.js";
import type { Evidence, Finding } from "../signals/evidence.js";
import { NUMBER_WORDS } from "../text/number-words.js";

/** A length in minutes with where it was read. */
export interface Minutes {
  minutes: number;
  evidence: Evidence;
}

export interface InterviewLength {
  scheduled?: Minutes;
  actual?: Minutes;
  /** Minutes over (positive) or under (negative) the slot, when a note states it outright. */
  statedDelta?: Minutes;
}

/** The spec's threshold: 10 or more minutes past the slot is running long. */
export const RAN_LONG_MINUTES = 10;
/** Ending 10+ minutes early, and at most 80% of the slot, is cut short. */
export const CUT_SHORT_MINUTES = 10;
export const CUT_SHORT_SHARE = 0.8;

const QUANTITY = `(\\d{1,3}(?:\\.\\d)?|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|")}|half an?|half(?=\\s+hours?\\b)|a half|an?(?=\\s+hours?\\b))`;
/** Minutes after hours, in figures or words: the "20" of "1 hour 20", the "ten" of "one hour ten". */
const MINUTES_AFTER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS)
  .filter((w) => (NUMBER_WORDS[w] ?? 0) < 60)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
/**
 * A quantity, a unit, and "and a half" after it ("an hour and a half", "one and half hour"); after
 * hours, the minutes that go with them ("1 hour 20", "an hour and 15 minutes", "1h45"), unless the
 * number counts something else ("1 hour 3 times a week").
 */
const DURATION = new RegExp(
  `\\b${QUANTITY}(\\s*(?:(?:-|and a half|and-a-half|and half)\\s*)?)(minutes?|mins?|m\\b|hours?|hrs?|h\\b|h(?=\\d))(\\s+and\\s+a\\s+half\\b)?(?:(?<=h|hr|hrs|hour|hours)\\s*(?:and\\s+)?${MINUTES_AFTER}\\b(?:\\s*(?:minutes?|mins?|m\\b))?(?!\\s*(?:[:.]\\d|%|am\\b|pm\\b|times?\\b|days?\\b|weeks?\\b|months?\\b|years?\\b|people\\b|of\\b|hours?\\b|hrs?\\b)))?`,
  "gi",
);

function quantityOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Number(w);
  if (w.startsWith("half")) return 0.5;
  if (w === "a half") return 0.5;
  if (w === "a" || w === "an") return 1;
  return NUMBER_WORDS[w];
}

interface Mention {
  minutes: number;
  index: number;
  end: number;
}

/** "closer to the hour", "nearly the full hour", "the whole hour": an hour, said of a length. */
const ABOUT_THE_HOUR =
  /\b(?:nearer|closer to|near|nearly|almost|about|around|more like|the whole|the full|a full|most of)\s+(?:to\s+)?the\s+(?:full\s+|whole\s+)?hour\b/gi;

function durationsIn(sentence: string): Mention[] {
  const out: Mention[] = [];
  ABOUT_THE_HOUR.lastIndex = 0;
  for (let m = ABOUT_THE_HOUR.exec(sentence); m !== null; m = ABOUT_THE_HOUR.exec(sentence)) {
    out.push({ minutes: 60, index: m.index, end: m.index + m[0].length });
  }
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(sentence); m !== null; m = DURATION.exec(sentence)) {
    const q = quantityOf(m[1] ?? "");
    if (q === undefined) continue;
    const half = /half/i.test(m[2] ?? "") || m[4] ? 0.5 : 0;
    // "two HR's", "the HR round": human resources, not hours.
    if (/^HRS?$/.test(m[3] ?? "")) continue;
    const unit = (m[3] ?? "").toLowerCase();
    const extra = m[5] === undefined ? 0 : (quantityOf(m[5]) ?? 0);
    const minutes = unit.startsWith("h") ? (q + half) * 60 + (half ? 0 : extra) : q + half;
    if (minutes > 0 && minutes <= 600) out.push({ minutes, index: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

const SCHEDULED_WORDS =
  /\b(book(?:ed)?|schedul\w*|slot|invite|invitation|planned|supposed|meant|allott?ed|set for|calendar|block(?:ed)?|was for)\b/i;
const ACTUAL_WORDS =
  /\b(last(?:ed|ing)?|took|after|ended|wrapped|finish(?:ed)?|done|through|hung up|in all|total|actual(?:ly)?|only|barely|just|went on|talked for|spoke for|lasting|ran for|gone|inside|in there|in the room)\b/i;
/** "ran over by like 20 min", "went past by ten minutes": the overrun told before its amount. */
const OVER_BEFORE =
  /\b(?:ran|run|running|went|go|going|gone)\s+(?:over|past)\s+(?:(?:the|our)\s+(?:time|slot|hour)\s+)?by\s+(?:like\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|a\s+good\s+|an?\s+extra\s+)?$/i;
/** "About 20 minutes out of the 30", "40 of the 60 minutes booked": the length, then the slot. */
const OUT_OF =
  /\b(\d{1,3})(?:\s*(?:minutes?|mins?))?\s+(?:out\s+of|of)\s+(?:the|our|a|its|their)\s+(?:planned\s+|scheduled\s+|booked\s+|allotted\s+)?(\d{1,3})(?:[-\s]?(?:minutes?|mins?)(?:\s+(?:slot|planned|scheduled|booked|allotted))?|\s+(?:planned|scheduled|booked|allotted)|\s*[.,;)]|\s*$)/i;
/** "About 75 minutes, much longer than the 45 they planned": the length, then the slot it ran past. */
const LONGER_THAN =
  /\b(\d{1,3})(?:\s*(?:minutes?|mins?))?,?\s+(?:much\s+|a\s+lot\s+|way\s+|well\s+|far\s+)?(longer|shorter)\s+than\s+(?:the\s+|our\s+|its\s+)?(\d{1,3})\b/i;
const OVER_AFTER = /^\s*(?:over|past|longer|beyond|overtime|more than (?:planned|scheduled|booked))/i;
const UNDER_AFTER =
  /^\s*(?:early|short|shorter|less than (?:planned|scheduled|booked)|before (?:the )?(?:end|time))/i;
const BARE_ACTUAL =
  /\b(went(?:\s+(?:on|to|on\s+to))?|ran(?:\s+to)?|lasted|took|did|was|ended\s+up(?:\s+at)?|came\s+to|talked\s+for|(?:were|was)\s+done\s+(?:in|after)|finished\s+(?:in|after))\s+(?:for\s+)?(?:about\s+|like\s+|nearly\s+|almost\s+|over\s+|just over\s+|around\s+)?(\d{1,3})\b(?!\s*(?:%|percent|times|people|questions|of|k\b|days?\b|weeks?\b|months?\b|years?\b|business\b|working\b|rounds?\b|stages?\b|in\s+the\s+(?:morning|evening|afternoon)|o'clock|[ap]\.?m\b|[:.]\d|(?:minutes?|mins?)\s+(?:over|past|longer|early|short|beyond|overtime)))/i;
const RANGE = /\b(\d{1,2})[:.](\d{2})\s*(am|pm)?\s*(?:to|-|–|until|till)\s*(\d{1,2})[:.](\d{2})\s*(am|pm)?/i;
const ENDED_AT =
  /\b(?:hung up|ended|finished|wrapped(?: up)?|stopped|left|logged off|got off|signed off|walked out)\b[^.?!]{0,30}?\b(?:at|around|about|near|by|just after|just before)\s+(\d{1,2})[:.](\d{2})\s*(am|pm)?/i;

/** Just before a length, the verb that makes it the interview's: "was about", "we were like", "went". */
const LENGTH_VERB =
  /\b(?:was|were|been|went(?:\s+on)?(?:\s+for)?|ran(?:\s+for)?|lasted|took)\s+(?:about|around|roughly|like|maybe|nearly|almost|approximately|just\s+over|just\s+under|over|under)?\s*$/i;
/** What else lasts: the way there, the wait, a task set apart from the talk. */
const NOT_THE_TALK =
  /\b(?:commute|drive|driving|journey|trip|flight|train|bus|ride|walk|wait|waiting|queue|test|exercise|task|assessment|case study|homework|break|lunch|tour|took (?:me|us) (?:out|round|around|to|on|onto|into)|(?:that|this|the first|the) part|documents|paperwork|check-in|security|registration)\b/i;
/**
 * A line that is only a length, as notes jot it: "- maybe 15 min", "Six hours!!", "But six hours.": the
 * length of the interview the notes are about.
 */
const LENGTH_ALONE =
  /^[\s\-*•]*(?:(?:but|so|only|just|and|total|maybe|about|around|like|roughly|approx\.?|~)\s*[,:]?\s*)*$/i;
/** …told as an estimate or a surprise ("maybe 15 min", "Six hours!!"): a bare "45 min" line is as likely the slot. */
const ESTIMATE_BEFORE = /\b(?:but|only|just|maybe|about|around|like|roughly|approx)\b|~/i;
/** Someone coming or going during the interview: "he left after ten minutes", "she joined after 20". */
const COMING_OR_GOING =
  /\b(?:left|joined|arrived|came in|came back|dropped in|dropped off|stepped out|stepped in|popped in|walked in|walked out)\s+(?:\w+\s+)?(?:after|about|around|for)?\s*$/i;

/** Just before a length, what it was to be: "HR told me it would be 45 minutes", "should take an hour". */
const PLANNED_MODAL =
  /\b(?:would|should|will|'d|was going to|were going to|was to|is to)\s+(?:be|take|last|run)\s+(?:about|around|roughly|like|maybe|only|just|for)?\s*$/i;
/** A slot as a bare number beside a length told with its unit: "Roughly 55 min, scheduled 40". */
const BARE_SLOT =
  /\b(?:planned|scheduled|booked|allott?ed|meant to be|supposed to be|slot was|slot of)\s*(?:for\s+)?:?\s*(\d{1,3})\b(?!\s*(?:[:.]\d|%|am\b|pm\b|st\b|nd\b|rd\b|th\b|minutes?\b|mins?\b|hours?\b|hrs?\b|people\b|candidates\b))/i;
/** A 24-hour range written without a colon, as a log keeps it: "1400-1430". */
const RANGE_24H = /\b([01]\d|2[0-3])([0-5]\d)\s*(?:-|–|to|until|till)\s*([01]\d|2[0-3])([0-5]\d)\b/;
/** A range labelled as what happened, not what was booked: "Actual: 1402-1455". */
const ACTUAL_RANGE = /\bactual(?:\s+(?:time|times|length|duration))?\s*:/i;
/** When the talk began: "we kicked off at 10", "began at 2:15". */
const STARTED_AT =
  /\b(?:started|began|kicked off|got going|sat down)\b[^.?!]{0,20}?\b(?:at|around|about|just after|just before)\s+(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\b(?!\s*(?:minutes?|mins?|hours?|people|%))/i;

/** After a length, the slot it names: "a 30-minute call", "1 hour booked". */
const SLOT_AFTER =
  /^[\s-]*(slot|call|interview|screen|phone screen|video call|meeting|block|booked|scheduled|planned|allotted)\b/i;

/** The same words, to find their last match in a stretch of text. */
const SCHEDULED_WORDS_ALL = new RegExp(SCHEDULED_WORDS.source, "gi");
const ACTUAL_WORDS_ALL = new RegExp(ACTUAL_WORDS.source, "gi");

/** Where the last match of a global pattern starts in a text, or -1. */
function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

function saysLength(before: string): boolean {
  return LENGTH_VERB.test(before) && !NOT_THE_TALK.test(before);
}

function clockMinutes(h: string, m: string, meridiem?: string): number {
  let hours = Number(h) % 12;
  if (meridiem?.toLowerCase().startsWith("p")) hours += 12;
  if (!meridiem && Number(h) === 12) hours = 12;
  return hours * 60 + Number(m);
}

/** Minutes from a to b on a 12-hour clock face, assuming b is within 6 hours after a. */
function clockSpan(from: number, to: number): number {
  let d = to - from;
  while (d < 0) d += 12 * 60;
  return d;
}

function sentencesOf(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  text.split("\n").forEach((line, i) => {
    for (const s of line.split(/(?<=[.!?])\s+/))
      if (s.trim() !== "") out.push({ text: s.trim(), line: i + 1 });
  });
  return out;
}

function factEvidence(source: string, quote: string, line?: number): Evidence {
  return { source, quote, isFact: line === undefined, ...(line === undefined ? {} : { line }) };
}

function fromNotes(source: string, text: string, length: InterviewLength): void {
  let rangeStart: number | undefined;
  for (const { text: s, line } of sentencesOf(text)) {
    const range = RANGE.exec(s);
    const range24 = range ? null : RANGE_24H.exec(s);
    if (range || range24) {
      const [a, b] = range
        ? [
            clockMinutes(range[1] ?? "0", range[2] ?? "0", range[3] ?? range[6]),
            clockMinutes(range[4] ?? "0", range[5] ?? "0", range[6] ?? range[3]),
          ]
        : [
            Number(range24?.[1]) * 60 + Number(range24?.[2]),
            Number(range24?.[3]) * 60 + Number(range24?.[4]),
          ];
      const span = range ? clockSpan(a, b) : b - a;
      const booked = SCHEDULED_WORDS.test(s);
      // A colon-less 24-hour range is read only where a word says what it is ("Booked: 1400-1430").
      if (booked && !length.scheduled && span > 0 && span <= 480 && rangeStart === undefined) {
        length.scheduled = { minutes: span, evidence: factEvidence(source, s, line) };
      } else if (!booked && ACTUAL_RANGE.test(s) && !length.actual && span > 0 && span <= 480) {
        length.actual = { minutes: span, evidence: factEvidence(source, s, line) };
      }
      if (rangeStart === undefined && (range || booked)) rangeStart = a;
    }
    const started = rangeStart === undefined ? STARTED_AT.exec(s) : null;
    if (started) rangeStart = clockMinutes(started[1] ?? "0", started[2] ?? "00", started[3]);
    const ended = ENDED_AT.exec(s);
    if (ended && rangeStart !== undefined && !length.actual) {
      const end = clockMinutes(ended[1] ?? "0", ended[2] ?? "0", ended[3]);
      const span = clockSpan(rangeStart, end);
      if (span > 0 && span <= 480) length.actual = { minutes: span, evidence: factEvidence(source, s, line) };
    }
    const outOf = OUT_OF.exec(s);
    if (outOf && !length.actual) {
      const actual = Number(outOf[1]);
      const slot = Number(outOf[2]);
      if (actual > 0 && slot > actual && slot <= 480) {
        length.scheduled ??= { minutes: slot, evidence: factEvidence(source, s, line) };
        length.actual = { minutes: actual, evidence: factEvidence(source, s, line) };
      }
    }
    const compared = LONGER_THAN.exec(s);
    if (compared && !length.scheduled && !length.actual) {
      const actual = Number(compared[1]);
      const slot = Number(compared[3]);
      if (
        actual > 0 &&
        slot > 0 &&
        actual <= 480 &&
        slot <= 480 &&
        (compared[2] === "longer") === actual > slot
      ) {
        length.scheduled = { minutes: slot, evidence: factEvidence(source, s, line) };
        length.actual = { minutes: actual, evidence: factEvidence(source, s, line) };
      }
    }
    const mentions = durationsIn(s);
    for (const d of mentions) {
      const after = s.slice(d.end);
      const before = s.slice(Math.max(0, d.index - 60), d.index);
      // "About 45 minutes in, she brought in two engineers", "20 minutes into the call", "ten minutes
      // later": a moment during the interview, not its length.
      if (/^\s*(in\b(?!\s+(?:all|total))|into\b|later\b|after that\b|afterwards\b)/i.test(after)) continue;
      const slotAfter = /^\s*[,;(]?\s*(?:vs\.?|versus|against|instead of|but|when|while)?\s*(?:the\s+)?/.exec(
        after,
      );
      const bareSlot = slotAfter ? BARE_SLOT.exec(after.slice(slotAfter[0].length)) : null;
      if (bareSlot?.index === 0 && !length.actual && !NOT_THE_TALK.test(before)) {
        // "Roughly 55 min, scheduled 40": the length, then the slot as a bare number in the same unit.
        const n = Number(bareSlot[1]);
        const slot = d.minutes >= 60 && n <= 8 ? n * 60 : n;
        if (slot > 0 && slot <= 480) {
          length.actual = { minutes: d.minutes, evidence: factEvidence(source, s, line) };
          length.scheduled ??= { minutes: slot, evidence: factEvidence(source, s, line) };
          continue;
        }
      }
      if (OVER_BEFORE.test(before)) {
        length.statedDelta ??= { minutes: d.minutes, evidence: factEvidence(source, s, line) };
      } else if (OVER_AFTER.test(after)) {
        length.statedDelta ??= { minutes: d.minutes, evidence: factEvidence(source, s, line) };
      } else if (UNDER_AFTER.test(after)) {
        length.statedDelta ??= { minutes: -d.minutes, evidence: factEvidence(source, s, line) };
      } else if (
        SCHEDULED_WORDS.test(before) ||
        SLOT_AFTER.test(after) ||
        (PLANNED_MODAL.test(before) && !NOT_THE_TALK.test(before))
      ) {
        // The nearer word governs: "I scheduled an onsite that lasted about 4 hours" is a length.
        const actualNearer = lastIndex(ACTUAL_WORDS_ALL, before) > lastIndex(SCHEDULED_WORDS_ALL, before);
        if (
          ((ACTUAL_WORDS.test(before) || saysLength(before)) && length.scheduled) ||
          (saysLength(before) && actualNearer && !SLOT_AFTER.test(after))
        ) {
          length.actual ??= { minutes: d.minutes, evidence: factEvidence(source, s, line) };
        } else {
          length.scheduled ??= { minutes: d.minutes, evidence: factEvidence(source, s, line) };
        }
      } else if (
        (LENGTH_ALONE.test(before) &&
          /^[\s?!.)]*$/.test(after) &&
          (ESTIMATE_BEFORE.test(before) || after.includes("!"))) ||
        (ACTUAL_WORDS.test(before) && !NOT_THE_TALK.test(before) && !COMING_OR_GOING.test(before)) ||
        saysLength(before) ||
        /^\s*(in (?:all|total)|of (?:talking|conversation)|total)\b/i.test(after)
      ) {
        length.actual ??= { minutes: d.minutes, evidence: factEvidence(source, s, line) };
      }
    }
    // "booked for 30 min, went 50": a bare number after a verb of duration, once the slot is known.
    if (length.scheduled && !length.actual) {
      const bare = BARE_ACTUAL.exec(s);
      // "The test was about 90": a task's length, or the way there, is not the talk's.
      // A number already read as a length with its unit ("the slot was 60 minutes") is that length.
      const read =
        bare && mentions.some((d) => d.index === bare.index + bare[0].length - (bare[2] ?? "").length);
      const n =
        bare && !read && !NOT_THE_TALK.test(s.slice(0, bare.index + bare[0].length))
          ? Number(bare[2])
          : Number.NaN;
      // "Supposed to be 1 hour, ended up almost 2": a small number after a slot in hours is hours.
      const minutes = n <= 6 && length.scheduled.minutes >= 60 ? n * 60 : n;
      if (minutes > 0 && minutes <= 300) length.actual = { minutes, evidence: factEvidence(source, s, line) };
    }
  }
}

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
  for (const doc of docs) if (doc.kind === "notes") fromNotes(doc.source, doc.text, length);
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
