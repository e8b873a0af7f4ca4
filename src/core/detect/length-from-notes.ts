import { sentencesByLine } from "../text/sentences.js";
import { factEvidence, type InterviewLength, type Minutes } from "./interview-length.js";
import { durationsIn, type Mention } from "./length-mentions.js";

// The interview's length as the candidate's notes tell it: a clock range ("2:00 to 2:50"), a start and
// an end, "40 of the 60 minutes", "75, much longer than the 45 planned", a length beside the words that
// make it the slot or the talk, an overrun told outright, and a bare number once the slot is known.

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
  /\b(?:hung up|ended|finished|wrapped(?: up)?|stopped|left|logged off|got off|signed off|walked out|got out|came out|(?:was|were) done|done)\b[^.?!]{0,30}?\b(?:at|around|about|near|by|just after|just before)\s+(?:like\s+|about\s+|around\s+|roughly\s+)?(\d{1,2})[:.](\d{2})\s*(am|pm)?/i;
/** When the slot began, said with the slot: "it was supposed to be 30 minutes at 11", "booked for 2pm". */
const SLOT_AT =
  /\b(?:supposed to|meant to|booked|scheduled|slot)\b[^.?!]{0,30}?\b(?:at|for)\s+(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\b(?!\s*(?:minutes?|mins?|hours?|hrs?|people|%|[:.]?\d))/i;

/** Just before a length, the verb that makes it the interview's: "was about", "we were like", "went". */
const LENGTH_VERB =
  /\b(?:was|were|been|went(?:\s+on)?(?:\s+for)?|ran(?:\s+for)?|lasted|took)\s+(?:about|around|roughly|like|maybe|nearly|almost|approximately|just\s+over|just\s+under|over|under)?\s*$/i;
/** What else lasts: the way there, the wait, a task set apart from the talk. */
const NOT_THE_TALK =
  /\b(?:commute|drive|driving|journey|trip|flight|train|bus|ride|walk|wait|waiting|queue|test|exercise|task|assessment|case study|homework|break|lunch|tour|took (?:me|us) (?:out|round|around|to|on|onto|into)|(?:that|this|the first|the) part|documents|paperwork|check-in|security|registration|took an? (?:phone )?call|answered (?:a|the|his|her) phone|in the middle)\b/i;
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

/** A sentence of the notes, where a length read from it is quoted from. */
interface Said {
  source: string;
  text: string;
  line: number;
}

function minutesSaid(said: Said, minutes: number): Minutes {
  return { minutes, evidence: factEvidence(said.source, said.text, said.line) };
}

/**
 * Reads the notes sentence by sentence into `length`, each part only while it is not known (a slot or
 * a length given by the context, the invite or the transcript stands). A clock range or a start sets
 * when the talk began, for an end told later.
 */
export function readNotesLength(source: string, text: string, length: InterviewLength): void {
  let rangeStart: number | undefined;
  for (const { text: s, line } of sentencesByLine(text)) {
    const said: Said = { source, text: s, line };
    rangeStart = readClockRange(said, length, rangeStart);
    const started = rangeStart === undefined ? (STARTED_AT.exec(s) ?? SLOT_AT.exec(s)) : null;
    if (started) rangeStart = clockMinutes(started[1] ?? "0", started[2] ?? "00", started[3]);
    readEndedAt(said, length, rangeStart);
    readOutOf(said, length);
    readLongerThan(said, length);
    const mentions = durationsIn(s);
    for (const d of mentions) readMention(said, d, length);
    if (length.scheduled && !length.actual) readBareActual(said, mentions, length, length.scheduled);
  }
}

/** "2:00 to 2:50", "Booked: 1400-1430", "Actual: 1402-1455": a slot or a length; returns when the talk began. */
function readClockRange(
  said: Said,
  length: InterviewLength,
  rangeStart: number | undefined,
): number | undefined {
  const s = said.text;
  const range = RANGE.exec(s);
  const range24 = range ? null : RANGE_24H.exec(s);
  if (!range && !range24) return rangeStart;
  const [a, b] = range
    ? [
        clockMinutes(range[1] ?? "0", range[2] ?? "0", range[3] ?? range[6]),
        clockMinutes(range[4] ?? "0", range[5] ?? "0", range[6] ?? range[3]),
      ]
    : [Number(range24?.[1]) * 60 + Number(range24?.[2]), Number(range24?.[3]) * 60 + Number(range24?.[4])];
  const span = range ? clockSpan(a, b) : b - a;
  const booked = SCHEDULED_WORDS.test(s);
  // A colon-less 24-hour range is read only where a word says what it is ("Booked: 1400-1430").
  if (booked && !length.scheduled && span > 0 && span <= 480 && rangeStart === undefined) {
    length.scheduled = minutesSaid(said, span);
  } else if (!booked && ACTUAL_RANGE.test(s) && !length.actual && span > 0 && span <= 480) {
    length.actual = minutesSaid(said, span);
  }
  return rangeStart === undefined && (range || booked) ? a : rangeStart;
}

/** "We wrapped up at 2:55", once the start is known: the length of the talk. */
function readEndedAt(said: Said, length: InterviewLength, rangeStart: number | undefined): void {
  const ended = ENDED_AT.exec(said.text);
  if (ended && rangeStart !== undefined && !length.actual) {
    const end = clockMinutes(ended[1] ?? "0", ended[2] ?? "0", ended[3]);
    const span = clockSpan(rangeStart, end);
    if (span > 0 && span <= 480) length.actual = minutesSaid(said, span);
  }
}

/** "40 of the 60 minutes booked": the length, then the slot. */
function readOutOf(said: Said, length: InterviewLength): void {
  const outOf = OUT_OF.exec(said.text);
  if (outOf && !length.actual) {
    const actual = Number(outOf[1]);
    const slot = Number(outOf[2]);
    if (actual > 0 && slot > actual && slot <= 480) {
      length.scheduled ??= minutesSaid(said, slot);
      length.actual = minutesSaid(said, actual);
    }
  }
}

/** "About 75 minutes, much longer than the 45 they planned": the length, then the slot it ran past. */
function readLongerThan(said: Said, length: InterviewLength): void {
  const compared = LONGER_THAN.exec(said.text);
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
      length.scheduled = minutesSaid(said, slot);
      length.actual = minutesSaid(said, actual);
    }
  }
}

/** One length in a sentence: an overrun, the slot or the talk, by the words around it. */
function readMention(said: Said, d: Mention, length: InterviewLength): void {
  const s = said.text;
  const after = s.slice(d.end);
  const before = s.slice(Math.max(0, d.index - 60), d.index);
  // "About 45 minutes in, she brought in two engineers", "20 minutes into the call", "ten minutes
  // later": a moment during the interview, not its length.
  if (/^\s*(in\b(?!\s+(?:all|total))|into\b|later\b|after that\b|afterwards\b)/i.test(after)) return;
  if (readSlotAfter(said, d, before, after, length)) return;
  if (OVER_BEFORE.test(before)) {
    length.statedDelta ??= minutesSaid(said, d.minutes);
  } else if (OVER_AFTER.test(after)) {
    length.statedDelta ??= minutesSaid(said, d.minutes);
  } else if (UNDER_AFTER.test(after)) {
    length.statedDelta ??= minutesSaid(said, -d.minutes);
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
      length.actual ??= minutesSaid(said, d.minutes);
    } else {
      length.scheduled ??= minutesSaid(said, d.minutes);
    }
  } else if (
    (LENGTH_ALONE.test(before) &&
      /^[\s?!.)]*$/.test(after) &&
      (ESTIMATE_BEFORE.test(before) || after.includes("!"))) ||
    (ACTUAL_WORDS.test(before) && !NOT_THE_TALK.test(before) && !COMING_OR_GOING.test(before)) ||
    saysLength(before) ||
    /^\s*(in (?:all|total)|of (?:talking|conversation)|total)\b/i.test(after)
  ) {
    length.actual ??= minutesSaid(said, d.minutes);
  }
}

/** "Roughly 55 min, scheduled 40": the length, then the slot as a bare number in the same unit. True when read. */
function readSlotAfter(
  said: Said,
  d: Mention,
  before: string,
  after: string,
  length: InterviewLength,
): boolean {
  const slotAfter = /^\s*[,;(]?\s*(?:vs\.?|versus|against|instead of|but|when|while)?\s*(?:the\s+)?/.exec(
    after,
  );
  const bareSlot = slotAfter ? BARE_SLOT.exec(after.slice(slotAfter[0].length)) : null;
  if (bareSlot?.index !== 0 || length.actual || NOT_THE_TALK.test(before)) return false;
  const n = Number(bareSlot[1]);
  const slot = d.minutes >= 60 && n <= 8 ? n * 60 : n;
  if (slot <= 0 || slot > 480) return false;
  length.actual = minutesSaid(said, d.minutes);
  length.scheduled ??= minutesSaid(said, slot);
  return true;
}

/** "booked for 30 min, went 50": a bare number after a verb of duration, once the slot is known. */
function readBareActual(said: Said, mentions: Mention[], length: InterviewLength, scheduled: Minutes): void {
  const s = said.text;
  const bare = BARE_ACTUAL.exec(s);
  // "The test was about 90": a task's length, or the way there, is not the talk's.
  // A number already read as a length with its unit ("the slot was 60 minutes") is that length.
  const read = bare && mentions.some((d) => d.index === bare.index + bare[0].length - (bare[2] ?? "").length);
  const n =
    bare && !read && !NOT_THE_TALK.test(s.slice(0, bare.index + bare[0].length))
      ? Number(bare[2])
      : Number.NaN;
  // "Supposed to be 1 hour, ended up almost 2": a small number after a slot in hours is hours.
  const minutes = n <= 6 && scheduled.minutes >= 60 ? n * 60 : n;
  if (minutes > 0 && minutes <= 300) length.actual = minutesSaid(said, minutes);
}
