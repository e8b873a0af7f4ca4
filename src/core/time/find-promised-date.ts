// English only: the whole package loads every locale (about 70 ms more of every start).
import type { ParsedComponents } from "chrono-node";
import * as chrono from "chrono-node/en";
import { offsetMinutes, offsetOf } from "./add-days.js";

// detect-email-signals.ts reads the offsets from here.
export { offsetMinutes, offsetOf };

/** When the company said word would come, and the sentence that says so. */
export interface PromisedDate {
  /** ISO end of the promised day or period, in the offset of the moment it was said. */
  due: string;
  /**
   * ISO start of the window, where the words give one rather than a day ("this week", "end of next
   * week", "in a few days"): word is due within it, and late only after `due`.
   */
  from?: string;
  quote: string;
}

export interface PromiseReading {
  /**
   * The sentence is already known to be about next steps (a detector found it): a date after "by",
   * "within" or "before", or a vague period ("hopefully by the end of next week", "in a few days"),
   * is the promise even without a verb of telling.
   */
  isNextSteps?: boolean;
}

/**
 * Verbs (and a few nouns) that promise word to the candidate. A sentence without one is a date, not a promise
 * ("the panel meets on Thursday"). "hear" needs a direction ("hear from", "hear back") so that "you may hear it
 * again on Tuesday" is not read as one.
 */
const PROMISE =
  /\b(?:hear(?:ing)?\s+(?:from|back|something|more|news|about|the\s+outcome)|get(?:ting)?\s+back|come\s+back\s+to|coming\s+back\s+to|decid(?:e|es|ing)|(?:a|the|our|final|any)\s+decision|decision\s+(?:by|on|within|early|next|this|before)|let\s+you\s+know|update\s+you|(?:an?|another|further|next)\s+(?:\w+\s+)?update|(?:call|ring|phone|e-?mail|text|write\s+to)\s+you|give\s+you\s+a\s+(?:call|ring)|(?:will|'ll|shall|going\s+to|like\s+to|plan\s+to|aim\s+to)\s+(?:\w+\s+)?(?:call|e-?mail|phone|write)\b(?!\s+(?:address|account|thread|chain))|respond(?:ing)?\s+(?:to\s+you|by|within|in|early|next|this|before|on)|(?:a|our|an\s+answer\s+or)\s+response|reach(?:ing)?\s+out|be\s+in\s+touch|contact\s+you|follow(?:ing)?[-\s]up\s+with\s+you|have\s+news|send\s+(?:(?:over|across|out|you|through)\s+)?(?:(?:some|a\s+few|a\s+couple\s+of|the|an?|possible|proposed)\s+)?(?:times|dates|slots|availability|options|details|an?\s+invite|an?\s+invitation|(?:an?\s+)?update|feedback|next\s+steps)|(?:get|have|receive)\s+(?:some\s+)?(?:feedback|an?\s+answer|news|word))\b/gi;

/** A sentence that opens on a condition is a hypothetical, not a promise ("If you move forward, ..."). */
const HYPOTHETICAL = /^\s*(?:if|unless|should\s+you|in\s+case)\b/i;

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
interface LocalDay {
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
function endOf(year: number, month: number, day: number, offset: string): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T23:59:59${offset === "Z" ? "Z" : offset}`;
}

/** 00:00:00 of a calendar day, written with the given offset. */
function startOf(year: number, month: number, day: number, offset: string): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T00:00:00${offset === "Z" ? "Z" : offset}`;
}

function addDays(day: LocalDay, days: number): LocalDay {
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

/** Days from `said` to a weekday of this week (0) or next week (1), weeks running Monday to Sunday. */
function weekdayOf(said: LocalDay, weekday: number, weeksAhead: 0 | 1): LocalDay {
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
interface DayMention {
  index: number;
  day: LocalDay;
  /** The first day of the window, where the phrase names a period rather than a day. */
  from?: LocalDay;
}

function endOfMonth(year: number, month: number): LocalDay {
  return addDays({ year, month: month + 1, day: 1, weekday: 0 }, -1);
}

/** Periods chrono reads as a single instant, or not at all: their last working day, and where they start. */
function periodMentions(sentence: string, said: LocalDay): DayMention[] {
  const found: DayMention[] = [];
  const add = (re: RegExp, day: () => LocalDay, from: () => LocalDay): void => {
    for (const m of sentence.matchAll(re)) {
      if (!found.some((f) => f.index <= m.index && m.index < f.index + 20))
        found.push({ index: m.index, day: day(), from: from() });
    }
  };
  const MONDAY = 1;
  const THURSDAY = 4;
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
    /\b(?:in|within|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:a\s+)?(?:few|couple(?:\s+of)?|two\s+or\s+three|2-3|2\s+or\s+3)\s+(?:working\s+|business\s+)?days\b|\bin\s+the\s+coming\s+days\b/gi,
    () => addDays(said, 5),
    () => addDays(said, 2),
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
      day: addDays({ year: said.year, month: said.month + monthAhead, day: 1, weekday: 0 }, day - 1),
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
    if (day) found.push({ index: result.index, day });
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

/** The day a promise verb governs: the first one named after the verb, else the nearest before it. */
function governedDay(mentions: DayMention[], verbAt: number): DayMention | undefined {
  const sorted = [...mentions].sort((a, b) => a.index - b.index);
  return sorted.find((m) => m.index >= verbAt) ?? sorted.filter((m) => m.index < verbAt).at(-1);
}

/** In a sentence known to be about next steps: "by", "within", "before" or a vague period stands for the verb. */
const BY_A_DATE =
  /\b(?:by|before|within|no\s+later\s+than|in\s+(?:a|the\s+next|the\s+coming)\s+(?:few|couple|week))\b/gi;

/** A deadline of the candidate's own (another offer, an answer they owe), not word promised to them. */
const OWN_DEADLINE =
  /\b(?:offers?|deadline|I\s+(?:need|have)\s+to|wants?\s+an\s+answer|answer\s+them|your\s+(?:answer|reply|response|decision|acceptance))\b/i;

/** Paragraphs, then sentences: enough for short business mail, and it never runs across a blank line. */
export function splitSentences(text: string): string[] {
  // `(?<!\s)`: a line break's match starts where its run of white space does, so a long run without a
  // line break is tried once rather than from each of its spaces (quadratic).
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/(?<!\s)\s*\n\s*/g, " ").trim())
    .filter((p) => p !== "")
    .flatMap((p) => p.split(/(?<=[.!?])\s+(?=["'(\u201c]?[A-Z0-9])/))
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * Finds the date by which a piece of company text promises word ("you'll hear from us by Friday",
 * "decision by the 20th") and returns the end of that day or period in the offset of `said`
 * (when it was written). Sentences without a promise verb, questions and hypotheticals are skipped.
 * Where several sentences promise, the latest due date wins: it is the one the company can be held to.
 */
export function findPromisedDate(
  text: string,
  said: string,
  reading: PromiseReading = {},
): PromisedDate | undefined {
  const offset = offsetOf(said);
  const saidDay = localDayOf(said, offset);
  if (!saidDay) return undefined;
  let best: PromisedDate | undefined;
  for (const sentence of splitSentences(text.replace(/[\u2018\u2019\u02bc]/g, "'"))) {
    if (sentence.endsWith("?") || HYPOTHETICAL.test(sentence)) continue;
    const verbs = [...sentence.matchAll(PROMISE)];
    if (reading.isNextSteps && verbs.length === 0 && !OWN_DEADLINE.test(sentence))
      verbs.push(...sentence.matchAll(BY_A_DATE));
    if (verbs.length === 0) continue;
    const periods = periodMentions(sentence, saidDay);
    // chrono reads "next week" as a single day: where a period is named, its own end wins over chrono's reading.
    const chronoFound = chronoMentions(sentence, said, saidDay).filter(
      (c) => !periods.some((p) => Math.abs(p.index - c.index) <= 25),
    );
    const mentions = [...periods, ...ordinalMentions(sentence, saidDay), ...chronoFound];
    // "The panel will decide by Monday, and I'll email you by Wednesday": each verb governs its own date.
    const days = verbs.flatMap((v) => governedDay(mentions, v.index) ?? []);
    const mention = days.sort(
      (a, b) =>
        Date.UTC(b.day.year, b.day.month - 1, b.day.day) - Date.UTC(a.day.year, a.day.month - 1, a.day.day),
    )[0];
    if (!mention) continue;
    const { day, from } = mention;
    const due = endOf(day.year, day.month, day.day, offset);
    if (Date.parse(due) < Date.parse(said)) continue;
    const start = from ? startOf(from.year, from.month, from.day, offset) : undefined;
    if (!best || Date.parse(due) > Date.parse(best.due))
      best = {
        due,
        ...(start && Date.parse(start) < Date.parse(due) ? { from: start } : {}),
        quote: sentence,
      };
  }
  return best;
}
