// English only: the whole package loads every locale (about 70 ms more of every start).
import type { ParsedComponents } from "chrono-node";
import * as chrono from "chrono-node/en";
import { offsetMinutes, offsetOf } from "./add-days.js";

// The days a sentence names, as calendar days from the day it was said: periods ("next week", "in a few
// days"), "Friday week", bare ordinals ("by the 20th"), weekdays in other languages and whatever chrono reads.
// find-promised-date.ts picks among them the one a promise of word governs.

/** Words just before a date that make it the date of something already done ("your interview on Monday"). */
const PAST_EVENT_BEFORE =
  /\b(?:interview(?:ed|ing)?|met|spoke|speaking|talked|meeting|chat(?:ted)?|visit(?:ed)?|conversation|call)\s+(?:with\s+\w+\s+)?(?:on|last)?\s*$/i;

/**
 * Dates are read from the first this many characters of a sentence. chrono-node's end-of-period refiner
 * tests the text before each date it finds, so a long run of dates is quadratic: 1 MB of "12:30 " took
 * some 40 s. No sentence that promises or books a day is this long.
 */
export const MAX_DATE_SENTENCE = 1_000;

/** A promise of word further ahead than this is a misreading ("for a year", a past date pushed a year on). */
const PROMISE_HORIZON_DAYS = 120;

const DAY_MS = 86_400_000;

/** Calendar parts of an instant as read in a fixed offset. */
export interface LocalDay {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

/** The calendar day an ISO instant falls on, in the offset it was written in (or the one given). */
export function localDayOf(iso: string, offset = offsetOf(iso)): LocalDay | undefined {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  const shifted = new Date(ms + offsetMinutes(offset) * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
  };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** 23:59:59 of a calendar day, written with the given offset. Rolls over month ends ("April 31" → May 1). */
export function endOf(year: number, month: number, day: number, offset: string): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T23:59:59${offset === "Z" ? "Z" : offset}`;
}

/** 00:00:00 of a calendar day, written with the given offset. */
export function startOf(year: number, month: number, day: number, offset: string): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T00:00:00${offset === "Z" ? "Z" : offset}`;
}

export function addDays(day: LocalDay, days: number): LocalDay {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day) + days * DAY_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/** The end (23:59:59) of the day an ISO instant falls on, in the offset it was written in. */
export function endOfDayIn(iso: string): string {
  const offset = offsetOf(iso);
  const day = localDayOf(iso, offset);
  if (!day) throw new RangeError(`not an ISO date: ${iso}`);
  return endOf(day.year, day.month, day.day, offset);
}

/** Days from `said` to a weekday of this week (0), next week (1) or the week after (2), weeks running Monday to Sunday. */
function weekdayOf(said: LocalDay, weekday: number, weeksAhead: 0 | 1 | 2): LocalDay {
  const sinceMonday = (said.weekday + 6) % 7;
  const target = (weekday + 6) % 7;
  let days = target - sinceMonday + 7 * weeksAhead;
  // "This week" said at the weekend means the coming week.
  if (days < 0) days += 7;
  return addDays(said, days);
}

const FRIDAY = 5;
const WEDNESDAY = 3;

/** A day a phrase in the sentence names, with where the phrase starts. */
export interface DayMention {
  index: number;
  /** Where the phrase ends. */
  end: number;
  day: LocalDay;
  /** A weekday alone ("by Wednesday"), no date: the coming one, as chrono reads it. */
  isWeekdayOnly?: true;
  /** The first day of the window, where the phrase names a period rather than a day. */
  from?: LocalDay;
  /**
   * The words count no days ("in a few days", "in the coming days"): the day is a guess at their end, not a
   * day anyone named. "A couple of days" and "two or three days" count them.
   */
  isVague?: true;
}

function endOfMonth(year: number, month: number): LocalDay {
  return addDays({ year, month: month + 1, day: 1, weekday: 0 }, -1);
}

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** A weekday a week on, as British and Australian English say it: "Friday week", "a week on Monday", "the Friday after next". */
const WEEKDAY_WEEK =
  /\b(mon|tues|wednes|thurs|fri|satur|sun)day\s+week\b|\ba\s+week\s+(?:on|from|this)\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:the\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day\s+after\s+next\b/gi;

/** Periods chrono reads as a single instant, or not at all: their last working day, and where they start. */
function periodMentions(sentence: string, said: LocalDay): DayMention[] {
  const found: DayMention[] = [];
  const add = (re: RegExp, day: () => LocalDay, from: () => LocalDay, isVague = false): void => {
    for (const m of sentence.matchAll(re)) {
      if (!found.some((f) => f.index <= m.index && m.index < f.index + 20))
        found.push({
          index: m.index,
          end: m.index + m[0].length,
          day: day(),
          from: from(),
          ...(isVague ? { isVague: true as const } : {}),
        });
    }
  };
  const MONDAY = 1;
  const THURSDAY = 4;
  // "The week after next": the week after the coming one.
  add(
    /\b(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?week\s+after\s+next\b/gi,
    () => weekdayOf(said, FRIDAY, 2),
    () => weekdayOf(said, MONDAY, 2),
  );
  // "Friday week", "a week on Friday", "the Friday after next": a week after the coming such weekday.
  for (const m of sentence.matchAll(WEEKDAY_WEEK)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? "").toLowerCase().slice(0, 3);
    const weekday = WEEKDAYS.indexOf(name);
    if (weekday < 0 || found.some((f) => f.index <= m.index && m.index < f.index + 20)) continue;
    const coming = addDays(said, (weekday - said.weekday + 7) % 7);
    found.push({ index: m.index, end: m.index + m[0].length, day: addDays(coming, 7) });
  }
  add(
    /\b(?:early|beginning\s+of|start\s+of)\s+next\s+week\b/gi,
    () => weekdayOf(said, WEDNESDAY, 1),
    () => weekdayOf(said, MONDAY, 1),
  );
  add(
    /\b(?:(?:the\s+)?end\s+of\s+|late\s+|later\s+)next\s+week\b/gi,
    () => weekdayOf(said, FRIDAY, 1),
    () => weekdayOf(said, THURSDAY, 1),
  );
  add(
    /\bnext\s+week\b/gi,
    () => weekdayOf(said, FRIDAY, 1),
    () => weekdayOf(said, MONDAY, 1),
  );
  add(
    /\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+week|(?:later\s+)?this\s+week)\b/gi,
    () => weekdayOf(said, FRIDAY, 0),
    () => said,
  );
  add(
    /\b(?:in|within|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:a\s+)?(?:couple(?:\s+of)?|two\s+or\s+three|2-3|2\s+or\s+3)\s+(?:working\s+|business\s+)?days\b/gi,
    () => addDays(said, 5),
    () => addDays(said, 2),
  );
  add(
    /\b(?:in|within|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:a\s+)?few\s+(?:(?:more|working|business)\s+)?days\b|\bin\s+the\s+(?:coming|next)\s+(?:few\s+)?days\b/gi,
    () => addDays(said, 5),
    () => addDays(said, 2),
    true,
  );
  add(
    /\b(?:in|within)\s+(?:a|one|1)\s+week\s+or\s+(?:two|so)\b|\b(?:in|within)\s+(?:the\s+next\s+)?(?:two|2|a\s+couple\s+of)\s+weeks\b/gi,
    () => addDays(said, 14),
    () => addDays(said, 7),
  );
  add(
    /\b(?:in|within)\s+(?:a|one|1|the\s+next)\s+week\b/gi,
    () => addDays(said, 7),
    () => addDays(said, 1),
  );
  add(
    /\bnext\s+month\b/gi,
    () => endOfMonth(said.year, said.month + 1),
    () => ({ ...addDays(endOfMonth(said.year, said.month), 1) }),
  );
  return found;
}

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Part of a month ("mid-December", "early January", "the end of the month"), and the days before Christmas. */
const MONTH_PART =
  /\b(mid|middle\s+of|early|(?:the\s+)?(?:beginning|start)\s+of|(?:the\s+)?first\s+half\s+of|late|(?:the\s+)?(?:end|second\s+half)\s+of)[\s-]+(?:the\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bmid[\s-]?month\b|\b(?:before|by|ahead\s+of)\s+(?:the\s+)?(?:christmas|xmas|holidays|festive\s+(?:season|break)|end\s+of\s+(?:the\s+)?year)\b/gi;

/**
 * Parts of a month and the days before Christmas, as a promise of word gives them: "mid-December" the 15th,
 * "early December" the 10th, "late December" or "the end of December" its last day, "before Christmas" the
 * 24th (the 23rd for "the holidays"). The next such day on or after the day it was said.
 */
function partMentions(sentence: string, said: LocalDay): DayMention[] {
  const found: DayMention[] = [];
  for (const m of sentence.matchAll(MONTH_PART)) {
    const part = (m[1] ?? "").toLowerCase();
    const name = (m[2] ?? "").toLowerCase();
    const text = m[0].toLowerCase();
    let month = name ? MONTH_NAMES.indexOf(name.slice(0, 3)) + 1 : said.month;
    let year = month < said.month ? said.year + 1 : said.year;
    let day: LocalDay;
    if (!name && !text.includes("mid")) {
      // Christmas, the holidays, the year's end.
      month = 12;
      year = said.year;
      const date = /holiday|festive/.test(text) ? 23 : /year/.test(text) ? 31 : 24;
      day = addDays({ year, month, day: 1, weekday: 0 }, date - 1);
    } else if (/^(?:mid|middle)/.test(part) || (!name && text.includes("mid")) || /first\s+half/.test(part)) {
      day = addDays({ year, month, day: 1, weekday: 0 }, 14);
    } else if (/^(?:early|.*(?:beginning|start))/.test(part)) {
      day = addDays({ year, month, day: 1, weekday: 0 }, 9);
    } else day = endOfMonth(year, month);
    if (Date.UTC(day.year, day.month - 1, day.day) < Date.UTC(said.year, said.month - 1, said.day)) continue;
    found.push({ index: m.index, end: m.index + m[0].length, day });
  }
  return found;
}

/** "by the 20th": the next 20th on or after the day it was said. chrono does not read a bare ordinal. */
function ordinalMentions(sentence: string, said: LocalDay): DayMention[] {
  const found: DayMention[] = [];
  for (const m of sentence.matchAll(
    /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi,
  )) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const monthAhead = day < said.day ? 1 : 0;
    found.push({
      index: m.index,
      end: m.index + m[0].length,
      day: addDays({ year: said.year, month: said.month + monthAhead, day: 1, weekday: 0 }, day - 1),
    });
  }
  return found;
}

/** Weekdays in Portuguese, Spanish, French and German, Sunday = 0, as promises of word name them. */
const FOREIGN_WEEKDAYS: Readonly<Record<string, number>> = {
  domingo: 0,
  segunda: 1,
  terça: 2,
  terca: 2,
  quarta: 3,
  quinta: 4,
  sexta: 5,
  sábado: 6,
  sabado: 6,
  lunes: 1,
  martes: 2,
  miércoles: 3,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  sonntag: 0,
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
};
const FOREIGN_DAY = new RegExp(
  `(?<![\\p{L}])(${Object.keys(FOREIGN_WEEKDAYS).join("|")})(?:-feira)?(?![\\p{L}])(?:[,\\s]+(?:dia|el|le|den)?\\s*(\\d{1,2})(?!\\d))?`,
  "giu",
);

/** A weekday named in another language, with the day of the month where it is given ("sexta dia 11"). */
function foreignMentions(sentence: string, said: LocalDay): DayMention[] {
  const found: DayMention[] = [];
  for (const m of sentence.matchAll(FOREIGN_DAY)) {
    const weekday = FOREIGN_WEEKDAYS[(m[1] ?? "").toLowerCase()];
    if (weekday === undefined) continue;
    const date = Number(m[2]);
    if (date >= 1 && date <= 31) {
      const monthAhead = date < said.day ? 1 : 0;
      found.push({
        index: m.index,
        end: m.index + m[0].length,
        day: addDays({ year: said.year, month: said.month + monthAhead, day: 1, weekday: 0 }, date - 1),
      });
    } else
      found.push({
        index: m.index,
        end: m.index + m[0].length,
        day: addDays(said, (weekday - said.weekday + 7) % 7 || 7),
      });
  }
  return found;
}

function chronoMentions(sentence: string, saidIso: string, said: LocalDay): DayMention[] {
  const reference = { instant: new Date(saidIso), timezone: offsetMinutes(offsetOf(saidIso)) };
  const found: DayMention[] = [];
  for (const result of chrono.parse(sentence.slice(0, MAX_DATE_SENTENCE), reference, { forwardDate: true })) {
    if (PAST_EVENT_BEFORE.test(sentence.slice(0, result.index))) continue;
    const day = chronoDay(result.start, said);
    const isWeekdayOnly = result.start.isCertain("weekday") && !result.start.isCertain("day");
    if (day)
      found.push({
        index: result.index,
        end: result.index + result.text.length,
        day,
        ...(isWeekdayOnly ? { isWeekdayOnly: true as const } : {}),
      });
  }
  return found;
}

function chronoDay(c: ParsedComponents, said: LocalDay): LocalDay | undefined {
  const year = c.get("year");
  const month = c.get("month");
  const day = c.get("day");
  if (year === null || month === null || day === null) return undefined;
  if (!c.isCertain("day") && !c.isCertain("weekday") && c.isCertain("month")) {
    // A month alone ("by mid-April", "in March"): the end of that month, this year if it has not ended.
    const y = c.isCertain("year") ? year : month >= said.month ? said.year : said.year + 1;
    return endOfMonth(y, month);
  }
  const found: LocalDay = { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
  const ahead = (Date.UTC(year, month - 1, day) - Date.UTC(said.year, said.month - 1, said.day)) / DAY_MS;
  // Nobody promises word a season ahead: such a date is a past one said without a year, or a duration.
  if (ahead > PROMISE_HORIZON_DAYS) return undefined;
  // "We'll call you Thursday" said on a Thursday means next Thursday.
  if (!c.isCertain("day") && c.isCertain("weekday") && ahead === 0) return addDays(found, 7);
  return found;
}

/** Every day the sentence names, periods first; chrono's reading of a period ("next week") gives way to the period's. */
export function dayMentions(
  sentence: string,
  saidIso: string,
  said: LocalDay,
  isAnyLanguage: boolean,
  readsParts = false,
): DayMention[] {
  const periods = [...periodMentions(sentence, said), ...(readsParts ? partMentions(sentence, said) : [])];
  const chronoFound = chronoMentions(sentence, saidIso, said).filter(
    (c) => !periods.some((p) => Math.abs(p.index - c.index) <= 25),
  );
  return [
    ...periods,
    ...ordinalMentions(sentence, said),
    ...chronoFound,
    ...(isAnyLanguage ? foreignMentions(sentence, said) : []),
  ];
}
