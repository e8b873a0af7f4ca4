import { NUMBER_WORDS } from "../text/number-words.js";
import { splitSentences } from "../text/sentences.js";

/**
 * The hours of an interview as notes tell them, where no invite does: when it started ("Tue 10 Feb, 2pm",
 * "booked 14:00-15:30"), and when it ended, said outright ("we finished at 3:40", "it ran until half
 * four", "I left at twenty to two") or as a start and a length ("2:00 on Teams … about 40 minutes").
 */

/** A time of day on the 24-hour clock. */
export interface Clock {
  hour: number;
  minute: number;
}

/** The interview's hours on its day, and the words they were read from. */
export interface InterviewSlot {
  start?: Clock;
  end: Clock;
  /** How the end was worked out, for a person: "“we finished around 2:20”", "14:00 + 45 minutes". */
  basis: string;
}

/** The lengths the read measured (`Analysis.length`): the slot booked and the length it ran. */
export interface SlotLengths {
  scheduledMinutes?: number;
  actualMinutes?: number;
}

/** A clock read from text, before a.m. or p.m. is settled where the text does not say. */
interface ReadClock extends Clock {
  /** The text fixes the hour: "2pm", "14:00", "09:38", noon. Else it is "2:20" or "half four": either half of the day. */
  isFixed: boolean;
  index: number;
  length: number;
}

/** The hours as words: "one" to "twelve" ("a" and "an" are no hours). */
const HOUR_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(NUMBER_WORDS).filter(([word, n]) => n >= 1 && n <= 12 && !/^an?$/.test(word)),
);
const HOUR_WORD = Object.keys(HOUR_WORDS).join("|");
const PARTS: Readonly<Record<string, number>> = {
  half: 30,
  quarter: 15,
  five: 5,
  ten: 10,
  twenty: 20,
  "twenty-five": 25,
  "twenty five": 25,
};
const MERIDIEM = "[ap]\\.?\\s?m\\b\\.?";

/**
 * A time of day as notes write it: "2:20", "3.40pm", "14:00", "10am", "14h30", "18h", "0930hrs", "half past two",
 * "ten to three", "half four" (4:30), "eleven o'clock", "noon". Not a price (£7.80), a ratio (1:5) or a
 * dotted date (13.08.2025).
 */
const CLOCK = new RegExp(
  [
    `(?<![£$€\\d.,:/])(\\d{1,2})[:.]([0-5]\\d)(?![\\d/:]|\\.\\d)(?:\\s?(${MERIDIEM}))?`,
    `(?<![£$€\\d.,:/])(\\d{1,2})\\s?(${MERIDIEM})`,
    `(?<![£$€\\d.,:/])(\\d{1,2})h([0-5]\\d)?\\b`,
    `\\b(half|quarter|twenty[- ]five|twenty|ten|five)\\s+(?:minutes\\s+)?(past|after|to)\\s+(${HOUR_WORD}|\\d{1,2})\\b(?![:.]\\d)`,
    `\\bhalf\\s+(${HOUR_WORD})\\b`,
    `\\b(${HOUR_WORD}|\\d{1,2})\\s+o'?clock\\b`,
    "\\b(noon|midday)\\b",
    // "0930hrs", "1400 hrs", "0930h": the 24-hour clock written as four figures.
    `(?<![£$€\\d.,:/])([01]\\d|2[0-3])([0-5]\\d)\\s?(?:hrs|h)\\b`,
  ].join("|"),
  "gi",
);

/** A bare hour after a word of time ("just after 10", "until about 11"): read only where an end is said. */
const BARE_HOUR =
  /\b(?:at|after|before|until|till|til|by|around|about|past)\s+(?:about\s+|around\s+|roughly\s+|maybe\s+|like\s+|just\s+|exactly\s+)?(\d{1,2})\b(?![:.]?\d|\s*(?:%|min|mins|minutes?|hours?|hrs?|h\b|people|questions|of\b|or\s+so\s+min))/i;

function clocksIn(text: string): ReadClock[] {
  const out: ReadClock[] = [];
  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(text); m !== null; m = CLOCK.exec(text)) {
    const c = clockOf(m);
    if (c) out.push({ ...c, index: m.index, length: m[0].length });
  }
  return out;
}

function clockOf(m: RegExpExecArray): Omit<ReadClock, "index" | "length"> | undefined {
  const withMeridiem = (hour: number, minute: number, meridiem: string | undefined) => {
    if (hour > 23 || (meridiem && (hour < 1 || hour > 12))) return undefined;
    if (!meridiem) return { hour, minute, isFixed: hour >= 13 || hour === 0 || /^0/.test(m[1] ?? "") };
    const isPm = /^p/i.test(meridiem);
    return { hour: (hour % 12) + (isPm ? 12 : 0), minute, isFixed: true };
  };
  if (m[1] !== undefined) return withMeridiem(Number(m[1]), Number(m[2]), m[3]);
  if (m[4] !== undefined) return withMeridiem(Number(m[4]), 0, m[5]);
  if (m[6] !== undefined) {
    const hour = Number(m[6]);
    // "1h scheduled" and "went 1h50" are lengths; "18h" and "14h30" are times of the afternoon.
    if (hour > 23 || hour < 13) return undefined;
    return { hour, minute: Number(m[7] ?? 0), isFixed: true };
  }
  if (m[8] !== undefined) {
    const hour = hourOf(m[10]);
    const part = PARTS[(m[8] ?? "").toLowerCase()];
    if (hour === undefined || part === undefined) return undefined;
    const isTo = (m[9] ?? "").toLowerCase() === "to";
    return isTo
      ? { hour: hour === 1 ? 12 : hour - 1, minute: 60 - part, isFixed: false }
      : { hour, minute: part, isFixed: false };
  }
  if (m[11] !== undefined) {
    const hour = hourOf(m[11]);
    return hour === undefined ? undefined : { hour, minute: 30, isFixed: false };
  }
  if (m[12] !== undefined) {
    const hour = hourOf(m[12]);
    return hour === undefined ? undefined : { hour, minute: 0, isFixed: false };
  }
  if (m[13] !== undefined) return { hour: 12, minute: 0, isFixed: true };
  return m[14] !== undefined ? { hour: Number(m[14]), minute: Number(m[15]), isFixed: true } : undefined;
}

function hourOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const hour = /^\d/.test(word) ? Number(word) : HOUR_WORDS[word.toLowerCase()];
  return hour !== undefined && hour >= 1 && hour <= 12 ? hour : undefined;
}

const minutesOf = (c: Clock) => c.hour * 60 + c.minute;
const clockAt = (minutes: number): Clock => ({ hour: Math.floor(minutes / 60), minute: minutes % 60 });

/** With no a.m. or p.m., business hours decide a start: "at 2:00" is the afternoon, "at 9:30" the morning. */
function asStart(c: ReadClock): Clock {
  if (c.isFixed || c.hour >= 8) return { hour: c.hour % 24, minute: c.minute };
  return { hour: c.hour + 12, minute: c.minute };
}

/** The longest an interview day runs: an end further past the start than this is another time of day. */
const MAX_SPAN_MINUTES = 10 * 60;

/** A time after `start` on the same day, on whichever half of the clock makes it so. */
function after(c: ReadClock, start: Clock): Clock | undefined {
  const from = minutesOf(start);
  const options = c.isFixed || c.hour >= 12 ? [c.hour] : [c.hour, c.hour + 12];
  for (const hour of options) {
    const span = hour * 60 + c.minute - from;
    if (span > 0 && span <= MAX_SPAN_MINUTES) return { hour, minute: c.minute };
  }
  return undefined;
}

/** Words that say the interview ended (or the candidate left) at a time that follows. */
const ENDED =
  /\b(?:finished|ended|wrapp?ed(?:\s+(?:it|things|everything))?(?:\s+up)?|hung\s+up|(?:I|we)\s+left|walked\s+out|came\s+out|got\s+out|logged\s+off|signed\s+off|got\s+off|off\s+by|(?:was|were|all)\s+(?:over|out)\s+(?:at|by)|done\s+(?:right\s+|just\s+)?(?:at|by)|(?:went|ran|carried\s+on|kept\s+going)(?:\s+on)?\s+(?:until|till|til|to|past)|back\s+(?:in|to|at)\s+(?:my|the)\s+car)\b/gi;
/** Leaving for the interview is no end of it: "left home at 8", "left at 9 to beat the traffic". */
const SETTING_OUT = /^\s*(?:home|the\s+house|work|early)\b|\bto\s+(?:get|beat|be|make)\b/i;
/** How far after the end word its time may come: "finished a bit before ten to three". */
const END_REACH = 40;

function endsIn(sentence: string): { clock: ReadClock; quote: string }[] {
  const out: { clock: ReadClock; quote: string }[] = [];
  ENDED.lastIndex = 0;
  for (let m = ENDED.exec(sentence); m !== null; m = ENDED.exec(sentence)) {
    const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + END_REACH);
    if (/left$/i.test(m[0]) && SETTING_OUT.test(rest)) continue;
    // "ended up almost 2": a length, not a time.
    if (/^ended$/i.test(m[0]) && /^\s*up\b/i.test(rest)) continue;
    // The time belongs to the end word only before another clause starts ("…, and at 2:30 she…").
    const clause = rest.split(/[;,(]|\b(?:and|but|when|because|then|so)\b/)[0] ?? "";
    const clock = clocksIn(clause)[0] ?? bareHour(clause);
    if (clock) out.push({ clock, quote: sentence });
  }
  return out;
}

function bareHour(text: string): ReadClock | undefined {
  const m = BARE_HOUR.exec(text);
  const hour = Number(m?.[1]);
  if (!m || !(hour >= 1 && hour <= 12)) return undefined;
  return { hour, minute: 0, isFixed: false, index: m.index, length: m[0].length };
}

/** A booked slot, said as one: "Booked 14:00-15:30", "Calendar said 1:00-2:00", "meant to be 10 till 11". */
const SLOT_WORDS =
  /\b(?:book(?:ed)?|slot|calendar|schedul\w*|sched|invite[ds]?|invitation|meant\s+to\s+be|supposed\s+to\s+be|planned|set\s+for|interview\s+(?:was|is)|call\s+(?:was|is))\b/i;
/** Arriving early is not the start: "Arrived 9:15 for 10am", "reached 9.30". */
const ARRIVING =
  /\b(?:arriv\w*|reached|got\s+there|got\s+in|there\s+(?:at|by)|parked|left\s+home|checked\s+in)\W*(?:\w+\W+){0,2}$/i;

/** A booking of another meeting than this one: the next round, one still to come. */
const LATER_MEETING =
  /\b(?:next|second|2nd|third|3rd|final|follow-up|another)\s+(?:round|interview|stage|call|conversation|meeting|chat)\b|\bround\s+(?:2|3|two|three)\b|\b(?:will|going\s+to|tomorrow|next\s+week)\b|'ll\b/i;

interface Booking {
  start: Clock;
  end?: Clock;
  quote: string;
}

/** The start, and the booked end where a range gives it, of one line or sentence. */
function bookingIn(text: string, isDateLine: boolean): Booking | undefined {
  const hasSlotWords = SLOT_WORDS.test(text);
  if (!isDateLine && (!hasSlotWords || LATER_MEETING.test(text))) return undefined;
  // Beside the date, the first time; elsewhere, a time beside the words of the booking ("booked for 45 min
  // and we went over, 1:09 by the recording" books no 1:09).
  const isBooked = (index: number) => isDateLine || isNearSlotWords(text, index);
  const clocks = clocksIn(text).filter(
    (c) => !ARRIVING.test(text.slice(Math.max(0, c.index - 40), c.index)) && isBooked(c.index),
  );
  const first = clocks[0];
  // Beside the date, bare hours are the slot ("Wed 18th 10-11"), as a booking's words would make them.
  const range = rangeIn(text, hasSlotWords || isDateLine);
  if (range && isBooked(range.index) && (!first || range.index <= first.index)) {
    const start = asStart(range.from);
    const end = after(range.to, start);
    return { start, ...(end ? { end } : {}), quote: text };
  }
  return first ? { start: asStart(first), quote: text } : undefined;
}

/** How far a booked time may stand after the booking's words ("Calendar said 1:00-2:00"), or before them ("3.40pm slot"). */
const SLOT_REACH_AFTER = 30;
const SLOT_REACH_BEFORE = 12;

function isNearSlotWords(text: string, index: number): boolean {
  const words = new RegExp(SLOT_WORDS.source, "gi");
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const end = m.index + m[0].length;
    if (index >= end && index - end <= SLOT_REACH_AFTER) return true;
    if (index < m.index && m.index - index <= SLOT_REACH_BEFORE) return true;
  }
  return false;
}

/** What follows a pair of numbers that are no times: a length ("30-45 min") or dates ("10-12 March"). */
const LENGTH_OR_DATE_AFTER =
  /^\s*(?:min|mins|minutes?|hours?|hrs?|h\b|days?|weeks?|months?|people|rounds?|%|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** "14:00-15:30", "2:00 to 2:45", "1-2pm", "10 till 11" (bare hours only beside words of a booking). */
function rangeIn(
  text: string,
  hasSlotWords: boolean,
): { from: ReadClock; to: ReadClock; index: number } | undefined {
  const pattern = hasSlotWords
    ? /(?<![£$€\d.,:/])(\d{1,2}(?:[:.][0-5]\d)?)(?:\s?([ap]\.?\s?m\b\.?))?\s*(?:-|–|—|to|till|til|until)\s*(\d{1,2}(?:[:.][0-5]\d)?)(?:\s?([ap]\.?\s?m\b\.?))?(?![\d/]|\.\d)/i
    : /(?<![£$€\d.,:/])(\d{1,2}[:.][0-5]\d)(?:\s?([ap]\.?\s?m\b\.?))?\s*(?:-|–|—|to|till|til|until)\s*(\d{1,2}[:.][0-5]\d)(?:\s?([ap]\.?\s?m\b\.?))?(?![\d/]|\.\d)|(?<![£$€\d.,:/])(\d{1,2}(?:[:.][0-5]\d)?)(?:\s?([ap]\.?\s?m\b\.?))?\s*(?:-|–|—|to|till|til|until)\s*(\d{1,2}(?:[:.][0-5]\d)?)\s?([ap]\.?\s?m\b\.?)(?![\d/]|\.\d)/i;
  const found = pattern.exec(text);
  if (!found) return undefined;
  // Without words of a booking, bare hours make a range only where its end says a.m. or p.m. ("10am-11am",
  // "1-2pm"): the second pattern's groups are read as the first's.
  const m = found[1] === undefined && found[5] !== undefined ? [found[0], ...found.slice(5, 9)] : found;
  const index = found.index;
  // A length is no range: "30-45 min", "2-3 hours".
  if (LENGTH_OR_DATE_AFTER.test(text.slice(index + (m[0] ?? "").length, index + (m[0] ?? "").length + 20)))
    return undefined;
  const one = (raw: string, meridiem: string | undefined): ReadClock | undefined => {
    const [h, mm] = raw.split(/[:.]/);
    const hour = Number(h);
    const minute = Number(mm ?? 0);
    if (hour > 23) return undefined;
    if (meridiem) {
      if (hour < 1 || hour > 12) return undefined;
      return {
        hour: (hour % 12) + (/^p/i.test(meridiem) ? 12 : 0),
        minute,
        isFixed: true,
        index: 0,
        length: 0,
      };
    }
    return { hour, minute, isFixed: hour >= 13 || hour === 0 || /^0/.test(raw), index: 0, length: 0 };
  };
  // "1-2pm": the meridiem after the range counts for its start too, unless that makes the start the later.
  const toMeridiem = m[4];
  let from = one(m[1] ?? "", m[2]);
  const to = one(m[3] ?? "", toMeridiem);
  if (!m[2] && toMeridiem && from && to && !from.isFixed) {
    const same = one(m[1] ?? "", toMeridiem);
    if (same && minutesOf(same) < minutesOf(to)) from = same;
  }
  return from && to ? { from, to, index } : undefined;
}

/** "from 8:30 until almost 4pm": the hours it took, said as a range. */
const FROM_UNTIL =
  /\bfrom\s+(\d{1,2}(?:[:.][0-5]\d)?(?:\s?[ap]\.?\s?m\b\.?)?)\s+(?:-|to|till|til|until)\s+(?:(?:almost|about|around|nearly|just\s+after|after|roughly)\s+)?(\d{1,2}(?:[:.][0-5]\d)?(?:\s?[ap]\.?\s?m\b\.?)?)(?![\d/]|\.\d)/i;

/** A line that opens a new dated entry ("Wed 25 Mar, 7:30pm: …", "**Fri 27 Mar**"): a later event's times follow. */
const DATED_ENTRY =
  /^[\s\-*#>]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*(?::|\d{1,2}\b|the\s+\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}[/.]\d{1,2}\b)/i;

/**
 * The interview's start and end on its day, from notes whose line `dateLine` (1-based) gives the day,
 * read up to the next dated entry. The end is the one said outright, else the start plus the length the
 * read measured, else the booked end, else the start itself (as an invite with no end is read); with
 * neither an end nor a start, nothing (the day alone is known).
 */
export function findInterviewSlot(
  text: string,
  dateLine: number | undefined,
  lengths: SlotLengths,
): InterviewSlot | undefined {
  const lines = text.split(/\r?\n/);
  const first = Math.max(0, (dateLine ?? 1) - 1);
  let last = lines.length;
  for (let i = first + 1; i < lines.length; i++) {
    if (DATED_ENTRY.test(lines[i] ?? "")) {
      last = i;
      break;
    }
  }
  const section = lines.slice(0, last);
  let booking: Booking | undefined;
  const ends: { clock: ReadClock; quote: string }[] = [];
  let fromUntil: { start: Clock; end: Clock; quote: string } | undefined;
  section.forEach((line, i) => {
    const isDateLine = dateLine !== undefined && i === first;
    if (isDateLine) booking = bookingIn(line, true) ?? booking;
    for (const sentence of splitSentences(line)) {
      if (!booking || (!booking.end && !isDateLine)) {
        const b = bookingIn(sentence, false);
        if (b && !booking) booking = b;
        else if (b?.end && booking && minutesOf(b.start) === minutesOf(booking.start)) booking.end = b.end;
      }
      ends.push(...endsIn(sentence));
      fromUntil ??= fromUntilIn(sentence);
    }
  });
  const start = booking?.start ?? fromUntil?.start;
  const said = ends
    .map((e) => ({ ...e, end: start ? after(e.clock, start) : asStart(e.clock) }))
    .find((e) => e.end !== undefined);
  if (said?.end) return { ...(start ? { start } : {}), end: said.end, basis: `“${shorten(said.quote)}”` };
  if (fromUntil)
    return { start: fromUntil.start, end: fromUntil.end, basis: `“${shorten(fromUntil.quote)}”` };
  if (!start) return undefined;
  const from = minutesOf(start);
  const at = `${pad(start.hour)}:${pad(start.minute)}`;
  const plus = (minutes: number, what: string): InterviewSlot | undefined =>
    minutes > 0 && from + minutes < 24 * 60
      ? {
          start,
          end: clockAt(from + Math.round(minutes)),
          basis: `${at} + ${Math.round(minutes)} minutes ${what}`,
        }
      : undefined;
  // A length under a third of the booked slot is more likely a part of it misread ("talked for ~5 min").
  const booked = booking?.end ? minutesOf(booking.end) - from : lengths.scheduledMinutes;
  const ran = lengths.actualMinutes;
  if (ran !== undefined && (booked === undefined || ran * 3 >= booked)) return plus(ran, "it ran");
  if (booking?.end)
    return {
      start,
      end: booking.end,
      basis: `booked ${at}–${pad(booking.end.hour)}:${pad(booking.end.minute)}`,
    };
  if (lengths.scheduledMinutes !== undefined) return plus(lengths.scheduledMinutes, "booked");
  // The start alone, as an invite with no end is read: the interview is dated from when it began.
  return { start, end: start, basis: `${at}, the start; the notes give no end` };
}

function fromUntilIn(sentence: string): { start: Clock; end: Clock; quote: string } | undefined {
  const m = FROM_UNTIL.exec(sentence);
  if (!m) return undefined;
  const a = clocksIn(m[1] ?? "")[0] ?? bareHour(`at ${m[1]}`);
  const b = clocksIn(m[2] ?? "")[0] ?? bareHour(`at ${m[2]}`);
  if (!a || !b) return undefined;
  const start = asStart(a);
  const end = after(b, start);
  return end ? { start, end, quote: sentence } : undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function shorten(text: string, max = 100): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(" ", max);
  return `${t.slice(0, cut > max / 2 ? cut : max).replace(/[\s,;:.-]+$/, "")}…`;
}
