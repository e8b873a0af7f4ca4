import { outcomeOf, ownText } from "../mail/detect-email-signals.js";
import type { EmailDoc } from "../read/documents.js";
import { splitSentences } from "../text/sentences.js";
import { toIsoIn, type Zone } from "./add-days.js";
import { distinctDays, findMeetingTimes, meetingAskIn } from "./find-meeting-time.js";

/** An interview a message booked, at a time now past. */
export interface BookedInterview {
  /** ISO start, in the zone. */
  start: string;
  /** Its length where the message gives one ("it'll be about an hour", "14:00-15:00"). */
  minutes?: number;
  /** The sentence that books it, and the message. */
  quote: string;
  source: string;
}

const HOUR_MS = 3_600_000;

/** "about an hour", "45 minutes", "an hour and a half", "half an hour", "90 mins". */
const LENGTH =
  /\b(an?|one|two|three|half\s+an?|\d{1,3})\s*(?:-\s*)?(hours?|hrs?|minutes?|mins?)\b(\s+and\s+a\s+half)?/i;
const NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3 };
/** A length that is not the meeting's: "15 minutes early", "an hour away", "30 minutes before". */
const NOT_ITS_LENGTH =
  /^\s*(?:early|before|ahead|beforehand|away|late|from|drive|walk|by\s+\w+|of\s+(?:prep|travel))/i;
/** The words a length of the meeting comes with: "it'll take about an hour", "a 45-minute call", "slot". */
const LENGTH_CONTEXT =
  /\b(?:duration|length|take|takes|last|lasts|run|runs|be|is|for|about|around|roughly|approximately|up\s+to|slot|long|interview|call|meeting|session|conversation|chat)\b/i;
/** "14:00-15:00", "2-3pm", "10:00 to 11:30": the booked hours. */
const HOURS_RANGE =
  /\b(\d{1,2})(?:[:.](\d{2}))?\s?(am|pm)?\s?(?:-|–|—|to|until|till)\s?(\d{1,2})(?:[:.](\d{2}))?\s?(am|pm)?\b/i;

/** The meeting's length said in a message, in minutes. */
export function lengthIn(text: string): number | undefined {
  for (const sentence of text.split(/\r?\n/).flatMap(splitSentences)) {
    const range = HOURS_RANGE.exec(sentence);
    if (range && (range[2] !== undefined || range[5] !== undefined || range[3] || range[6])) {
      const from = hourOf(range[1], range[3] ?? range[6]) * 60 + Number(range[2] ?? 0);
      const to = hourOf(range[4], range[6]) * 60 + Number(range[5] ?? 0);
      const span = to - from > 0 ? to - from : to + 12 * 60 - from;
      if (span > 0 && span <= 8 * 60) return span;
    }
    const m = LENGTH.exec(sentence);
    if (!m || NOT_ITS_LENGTH.test(sentence.slice(m.index + m[0].length))) continue;
    if (!LENGTH_CONTEXT.test(sentence.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20))) continue;
    const word = (m[1] ?? "").toLowerCase();
    const quantity = /^half/.test(word) ? 0.5 : /^\d/.test(word) ? Number(word) : (NUMBERS[word] ?? 0);
    const isHours = /^h/i.test(m[2] ?? "");
    const minutes = (quantity + (m[3] ? 0.5 : 0)) * (isHours ? 60 : 1);
    if (minutes >= 10 && minutes <= 8 * 60) return minutes;
  }
  return undefined;
}

function hourOf(raw: string | undefined, meridiem: string | undefined): number {
  const hour = Number(raw ?? 0);
  if (!meridiem) return hour;
  return (hour % 12) + (/^p/i.test(meridiem) ? 12 : 0);
}

/** Words that confirm a meeting already agreed: "You're all set for Thursday at 14:00", "see you on Monday". */
const CONFIRMED =
  /\b(?:all\s+set|see\s+you|bestätig\w*|look(?:ing)?\s+forward\s+to\s+(?:meeting|seeing|speaking|talking)|join\s+us|expect(?:ing)?\s+you|reminder|confirm\w*)\b/i;

/**
 * The company asking to meet, as an agency often passes it on: "Fenmore would like to meet you on Thursday at
 * 2pm", "quieren entrevistarte el martes", "souhaite vous rencontrer".
 */
const WANTS_TO_MEET =
  /\b(?:would|'d|\u2019d)\s+(?:like|love)\s+to\s+(?:meet|see|interview)\s+you\b|\b(?:wants?|keen)\s+to\s+(?:meet|see|interview)\s+you\b|\b(?:quieren|queremos|quiere|(?:nos|les|le)\s+gustar[íi]a)\s+(?:entrevistarte|entrevistarle|conocerte|conocerle|invitarte)\b|\bgostar[íi]amos\s+de\s+(?:te\s+|lhe\s+)?(?:entrevistar|conhecer|convidar)|\bsouhait\w*\s+vous\s+rencontrer\b|\bm[öo]chten?\s+Sie\s+(?:gerne\s+)?kennenlernen\b/i;

/** A message that books or confirms an interview: the words of one, in a sentence or the subject and body. */
function isBooking(subject: string, text: string): boolean {
  if (meetingAskIn(text) || WANTS_TO_MEET.test(text)) return true;
  return CONFIRMED.test(`${subject}\n${text}`) && MEETING_WORDS.test(`${subject}\n${text}`);
}

/** A message that moves or calls off a meeting. */
const MOVED =
  /\b(?:reschedul\w*|postpon\w*|cancel\w*|move\s+(?:the|our|your)|change\s+(?:the|our)\s+(?:date|time|day|visit|interview|meeting|call)|(?:can't|cannot|won't\s+be\s+able\s+to)\s+make|new\s+date)\b/i;

const MEETING_WORDS =
  /\b(?:interview\w*|\w*gespr(?:ä|ae)ch\w*|entrevista|entretien|colloquio|round|call|meeting|visit|panel|assessment|discussion|conversation|chat)\b/i;

/**
 * The interview the company's mail booked, where nothing else dates it: the latest of `messages` (the
 * company's, oldest first) that asks to meet and names one day with a time, more than two hours after it
 * was sent and by `nowMs` (and by `thankedMs`, the candidate's latest thank-you, where there is one). A
 * booking still to come is the next round, not this interview; several days offered book none; one a later
 * message moved or called off did not stand.
 */
export function findBookedInterview(
  messages: EmailDoc[],
  nowMs: number,
  zone: Zone,
  thankedMs?: number,
): BookedInterview | undefined {
  // The candidate's thank-you follows the interview: a booking for after it is the next round.
  const byMs = thankedMs === undefined ? nowMs : Math.min(nowMs, thankedMs);
  const ordered = [...messages].reverse();
  for (const [i, d] of ordered.entries()) {
    const sent = Date.parse(d.date ?? "");
    if (Number.isNaN(sent) || d.isAutomatic || outcomeOf(d)) continue;
    const text = ownText(d);
    if (!isBooking(d.subject ?? "", text)) continue;
    const times = distinctDays(
      findMeetingTimes(text, toIsoIn(sent, zone), zone, { isEveryDay: true }),
    ).filter((t) => Date.parse(t.start) > sent + 2 * HOUR_MS);
    const timed = times.filter((t) => t.hasTime);
    const only = timed.length === 1 ? timed[0] : undefined;
    if (!only || times.length > timed.length + 1) continue;
    if (Date.parse(only.start) > byMs) continue;
    // Moved or called off by a later message, before its day: the booking did not stand.
    const startMs = Date.parse(only.start);
    const moved = ordered
      .slice(0, i)
      .some((later) => Date.parse(later.date ?? "") < startMs && MOVED.test(ownText(later)));
    if (moved) continue;
    const minutes = lengthIn(text);
    return {
      start: only.start,
      ...(minutes ? { minutes } : {}),
      quote: shorten(only.quote),
      source: d.source,
    };
  }
  return undefined;
}

function shorten(text: string, max = 100): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(" ", max);
  return `${t.slice(0, cut > max / 2 ? cut : max).replace(/[\s,;:.-]+$/, "")}…`;
}
