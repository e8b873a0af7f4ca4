// English only: the whole package loads every locale (about 70 ms more of every start).
import * as chrono from "chrono-node/en";
import { NUMBER_WORDS } from "../text/number-words.js";
import { splitSentences } from "../text/sentences.js";
import { instantOf, offsetMinutesAt, toIsoIn, wallTimeIn, type Zone } from "./add-days.js";
import { MAX_DATE_SENTENCE } from "./find-promised-date.js";
import { datesInEnglish, withoutOrdinalDots } from "./foreign-dates.js";

/** A meeting a text names: "Tuesday the 10th at ten a.m.", "Thursday 12 March, 13:00-16:00". */
export interface MeetingTime {
  /** ISO start in the zone; 09:00 on the day where no time was given. */
  start: string;
  /** False when the text gives a day but no time. */
  hasTime: boolean;
  quote: string;
}

/** A meeting further ahead than this is a misreading (a past date said without a year). */
const HORIZON_DAYS = 120;
const DAY_MS = 86_400_000;
/** The hour assumed for a meeting named by its day alone. */
const DEFAULT_HOUR = 9;

/** Sentences that call a meeting off or move it away: their dates are the old ones. */
const CALLED_OFF =
  /\b(?:no\s+longer|conflict|cancel\w*|postpon\w*|can't|cannot|won't|unable|pulled\s+into|called\s+away|has\s+changed|fell\s+through)\b/i;

/** A sentence that offers days to choose from, rather than moving one to another. */
const OFFERED = /\b(?:or|options?|choose|pick|times|slots|either)\b/i;

/** Hours written as words ("ten a.m."), and noon. */
const HOUR_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, noon: 12 };

const HOUR_WORD = "\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

/** "ten a.m.", "2pm", "2:30 p.m.", "13:00", "noon", "eleven your time", "at eleven". chrono reads digits, not words. */
const CLOCK = new RegExp(
  `\\b(?:(${HOUR_WORD})(?:[:.](\\d{2}))?\\s*(a\\.?\\s?m\\b\\.?|p\\.?\\s?m\\b\\.?|o'clock|(?:your|my|our)\\s+time)|([01]?\\d|2[0-3]):([0-5]\\d)|(noon|midday)|at\\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b)`,
  "i",
);

/** chrono reads "now" and "right now" as today, and the "second" of "a second round" as a second from now: not days anyone books. */
const NOT_A_DAY = /^(?:(?:right\s+)?now|(?:a\s+)?(?:second|sec|minute|moment))$/i;
/** A length chrono reads as that long from now ("forty-five minutes", "in an hour"): no day anyone books. */
const A_LENGTH =
  /^(?:(?:in|for|about|around)\s+)?(?:an?|half\s+an?|[\w-]+)\s+(?:minutes?|mins?|hours?|hrs?)$/i;

function clockIn(sentence: string): { hour: number; minute: number } | undefined {
  const m = CLOCK.exec(sentence.replace(/\u2019/g, "'"));
  if (!m) return undefined;
  if (m[6]) return { hour: 12, minute: 0 };
  if (m[4] !== undefined) return { hour: Number(m[4]), minute: Number(m[5]) };
  const raw = (m[1] ?? m[7] ?? "").toLowerCase();
  const n = /^\d/.test(raw) ? Number(raw) : HOUR_WORDS[raw];
  if (n === undefined || n < 1 || n > 12) return undefined;
  const isAm = /^a/i.test(m[3] ?? "");
  const isPm = /^p/i.test(m[3] ?? "");
  // Without a.m. or p.m., business hours decide: "at four" is the afternoon, "at nine" the morning.
  const hour = isPm ? (n % 12) + 12 : isAm ? n % 12 : n < 8 ? n + 12 : n;
  return { hour, minute: Number(m[2] ?? 0) };
}

/** "the 10th": the next such day on or after the day it was said. chrono does not read a bare ordinal. */
function ordinalDay(sentence: string, said: { year: number; month: number; day: number }) {
  const m =
    /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i.exec(
      sentence,
    );
  const day = Number(m?.[1]);
  if (!m || day < 1 || day > 31) return undefined;
  return { year: said.year, month: said.month + (day < said.day ? 1 : 0), day };
}

/**
 * Meetings a text proposes or books, in order: a day (by date, weekday or "the 10th") with a time where
 * one is given, read from `said` (ISO, when the text was said or written) in the zone. Sentences that
 * call a meeting off, questions about the candidate's availability in general, and days before `said`
 * are skipped.
 */
export function findMeetingTimes(
  text: string,
  said: string,
  zone: Zone,
  options: { isEveryDay?: boolean } = {},
): MeetingTime[] {
  const saidMs = Date.parse(said);
  if (Number.isNaN(saidMs)) return [];
  const saidWall = wallTimeIn(saidMs, zone);
  const reference = { instant: new Date(saidMs), timezone: offsetMinutesAt(saidMs, zone) };
  const found: MeetingTime[] = [];
  // Read in English words where the text is in another language ("am Dienstag, 10. November um 15 Uhr").
  const written = joinAfterMeridiem(splitSentences(withoutOrdinalDots(text.replace(/[\u2018\u2019]/g, "'"))));
  const sentences = written.map(datesInEnglish);
  sentences.forEach((sentence, i) => {
    if (CALLED_OFF.test(sentence)) return;
    const results = chrono
      .parse(sentence.slice(0, MAX_DATE_SENTENCE), reference, { forwardDate: true })
      .filter((r) => !NOT_A_DAY.test(r.text.trim()) && !A_LENGTH.test(r.text.trim()));
    const datedAll = results.filter((r) => r.start.isCertain("day") || r.start.isCertain("weekday"));
    // Times offered ("Tuesday at 2pm, or Thursday at 10am") are each a meeting where every day is asked for.
    const isChoice = options.isEveryDay && datedAll.length > 1 && OFFERED.test(sentence);
    const each = isChoice ? datedAll : [datedAll[0]];
    for (const dated of each) {
      const time = meetingOf(sentence, dated, i);
      if (time) found.push(time);
    }
  });
  return found;

  function meetingOf(
    sentence: string,
    dated: chrono.ParsedResult | undefined,
    i: number,
  ): MeetingTime | undefined {
    const ordinal = ordinalDay(sentence, saidWall);
    if (!dated && !ordinal) return undefined;
    const c = dated?.start;
    const clock = c?.isCertain("hour")
      ? { hour: c.get("hour") ?? DEFAULT_HOUR, minute: c.get("minute") ?? 0 }
      : (clockIn(sentence) ?? clockAfter(sentences.slice(i + 1, i + 1 + CLOCK_LOOKAHEAD)));
    let ms: number;
    if (c && !ordinal && c.isCertain("hour") && c.isCertain("timezoneOffset")) {
      ms = c.date().getTime();
    } else {
      const day =
        ordinal ??
        (c && !c.isCertain("day")
          ? // A weekday alone: chrono may give today, or a day already past; the meeting is the next one.
            nextWeekday(saidWall, c.get("weekday") ?? 0)
          : { year: c?.get("year") ?? saidWall.year, month: c?.get("month") ?? 1, day: c?.get("day") ?? 1 });
      ms = instantOf(
        { ...day, hour: clock?.hour ?? DEFAULT_HOUR, minute: clock?.minute ?? 0, second: 0 },
        zone,
      );
    }
    const ahead = ms - saidMs;
    if (ahead < -DAY_MS / 2 || ahead > HORIZON_DAYS * DAY_MS) return undefined;
    return { start: toIsoIn(ms, zone), hasTime: clock !== undefined, quote: written[i] ?? sentence };
  }
}

/** "… at ten a.m. Pacific?" is one sentence, though "a.m." ends in a full stop. */
function joinAfterMeridiem(sentences: string[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last !== undefined && /\b[ap]\.m\.$/i.test(last)) out[out.length - 1] = `${last} ${s}`;
    else out.push(s);
  }
  return out;
}

/** The time may come a sentence or two later: "… on Monday. I'm putting it in her calendar. Does eleven work?" */
const CLOCK_LOOKAHEAD = 2;

function clockAfter(sentences: string[]): { hour: number; minute: number } | undefined {
  for (const s of sentences) {
    if (CALLED_OFF.test(s)) return undefined;
    const clock = clockIn(s);
    if (clock) return clock;
  }
  return undefined;
}

function nextWeekday(said: { year: number; month: number; day: number; weekday: number }, weekday: number) {
  const days = (weekday - said.weekday + 7) % 7 || 7;
  return { year: said.year, month: said.month, day: said.day + days };
}

/** Words of a message that ask to meet: an invitation, times to choose from, a booking. */
const MEETING_ASK =
  /\b(?:invit\w*|propo[sn]\w*|einlad\w*|einzuladen|laden\s+(?:Sie|dich|euch)|convoc\w*|convid\w*|agend\w*|schedul\w*|set\s+up|arrange|book\w*|confirm\w*|availability|available|slots?|(?:some|a\s+few|these|the\s+following|possible|proposed)\s+times|times?\s+(?:for|that\s+work|below)|details\s+(?:for|of|about))\b/i;
const MEETING_WHAT =
  /\b(?:round|interview\w*|\w*gespr(?:ä|ae)ch\w*|entrevista|entretien|colloquio|call|chat|conversation|meeting|onsite|on-site|panel|visit|presentation|stage|demo(?:\s+lesson)?|trial\s+(?:shift|day|lesson)|assessment\s+(?:day|centre|center))\b/i;
/** A sentence that leaves the meeting open: "whether we'll set up the next round", "if you're still keen". */
const UNDECIDED = /\b(?:whether|if|once|might|may|could|possibly)\b/i;

/** The sentence of a message that asks to meet, firmly: not a question, not "whether we'll set up…". */
export function meetingAskIn(text: string): string | undefined {
  return splitSentences(text).find(
    (x) => MEETING_ASK.test(x) && MEETING_WHAT.test(x) && !UNDECIDED.test(x) && !x.endsWith("?"),
  );
}

/** One meeting per day: "Thursday 12 March, 13:00-16:00" read twice is one meeting; two days are options. */
export function distinctDays(times: MeetingTime[]): MeetingTime[] {
  const out: MeetingTime[] = [];
  for (const t of times) {
    const same = out.findIndex((o) => o.start.slice(0, 10) === t.start.slice(0, 10));
    if (same < 0) out.push(t);
    else if (!out[same]?.hasTime && t.hasTime) out[same] = t;
  }
  return out;
}
