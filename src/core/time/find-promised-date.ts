import { splitSentences } from "../text/sentences.js";
import { offsetMinutes, offsetOf } from "./add-days.js";
import { type DayMention, dayMentions, endOf, localDayOf, startOf } from "./day-mentions.js";
import {
  deadlineAfterEvents,
  isLatestAlternative,
  readAgainstEvents,
  type ToldMention,
} from "./relative-days.js";

export { endOfDayIn, localDayOf, MAX_DATE_SENTENCE } from "./day-mentions.js";
// detect-email-signals.ts reads the offsets from here, and other readers the calendar day and sentence bound.
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
  /** The words name no day ("in a few days"): `due` is a guess at the window's end, nothing to hold them to. */
  isVague?: true;
}

export interface PromiseReading {
  /**
   * The sentence is already known to be about next steps (a detector found it): a date after "by",
   * "within" or "before", or a vague period ("hopefully by the end of next week", "in a few days"),
   * is the promise even without a verb of telling.
   */
  isNextSteps?: boolean;
  /**
   * Word promised in Portuguese, Spanish, French or German is read too ("até sexta dia 11"). The plan's
   * timeline asks for it; the signals' readers do not (what they detect stays as tuned).
   */
  isAnyLanguage?: boolean;
  /**
   * Days told against another event are read as such ("two days after the final round on Thursday" is
   * Saturday; "once the panel has met on Friday, by Tuesday" is the Tuesday after), and "by Friday, Monday at
   * the latest" holds Monday (relative-days.ts). The plan's timeline asks for it; the signals' readers do not.
   */
  readsEvents?: boolean;
}

/**
 * Verbs (and a few nouns) that promise word to the candidate. A sentence without one is a date, not a promise
 * ("the panel meets on Thursday"). "hear" needs a direction ("hear from", "hear back") so that "you may hear it
 * again on Tuesday" is not read as one.
 */
const PROMISE =
  /\b(?:hear(?:ing)?\s+(?:from|back|something|more|news|about|the\s+outcome)|get(?:ting)?\s+back|come\s+back\s+to|coming\s+back\s+to|decid(?:e|es|ing)|(?:a|the|our|final|any)\s+decision|decision\s+(?:by|on|within|early|next|this|before)|let\s+you\s+know|update\s+you|(?:an?|another|further|next)\s+(?:\w+\s+)?update|(?:call|ring|phone|e-?mail|text|write\s+to)\s+you|give\s+you\s+a\s+(?:call|ring)|(?:will|'ll|shall|going\s+to|like\s+to|plan\s+to|aim\s+to)\s+(?:\w+\s+)?(?:call|e-?mail|phone|write)\b(?!\s+(?:address|account|thread|chain))|respond(?:ing)?\s+(?:to\s+you|by|within|in|early|next|this|before|on)|(?:a|our|an\s+answer\s+or)\s+response|reach(?:ing)?\s+out|be\s+in\s+touch|contact\s+you|follow(?:ing)?[-\s]up\s+with\s+you|have\s+news|send\s+(?:(?:over|across|out|you|through)\s+)?(?:(?:some|a\s+few|a\s+couple\s+of|the|an?|possible|proposed)\s+)?(?:times|dates|slots|availability|options|details|an?\s+invite|an?\s+invitation|(?:an?\s+)?update|feedback|next\s+steps)|(?:get|have|receive)\s+(?:some\s+)?(?:feedback|an?\s+answer|news|word))\b/gi;

/**
 * More ways to promise word, read where the plan's timeline asks (readsEvents): telling everyone at once ("we'll
 * let all the candidates know"), and the candidate's notes reporting it ("she'll let me know by Friday").
 */
const PROMISE_TOLD =
  /\blet\s+(?:everyone|everybody|all\s+(?:the\s+)?(?:candidates|applicants)|(?:the\s+)?(?:candidates|applicants))\s+know\b|\b(?:will|'ll|would|'d|shall|going\s+to)\s+let\s+me\s+know\b/gi;

/** A sentence that opens on a condition is a hypothetical, not a promise ("If you move forward, ..."). */
const HYPOTHETICAL = /^\s*(?:if|unless|should\s+you|in\s+case)\b/i;

/**
 * Word promised in Portuguese, Spanish, French or German: a decision, an answer or news, or a verb of
 * telling ("Decisão sobre a proposta até sexta dia 11", "le daremos respuesta el viernes").
 */
const FOREIGN_PROMISE =
  /(?<![\p{L}])(?:decis[ãa]o|decisi[óo]n|d[ée]cision|entscheidung|retorno|resposta|respuesta|r[ée]ponse|r[üu]ckmeldung|novidades|noticias|nouvelles|avisar\w*|informar\w*|comunicar\w*|contactar\w*|daremos|responderemos|retornaremos|volveremos|reviendrons|melden)(?![\p{L}])/giu;

/** Between two days named, words that make the second the other end of one answer: "Friday, or Monday at the latest". */
const OR_ANOTHER =
  /(?:,|\s)\s*(?:or|or\s+at\s+the\s+latest|at\s+the\s+latest)\s+(?:by\s+|on\s+|until\s+)?(?:the\s+)?$/i;

function dayMs(m: DayMention): number {
  return Date.UTC(m.day.year, m.day.month - 1, m.day.day);
}

/**
 * The day a promise verb governs: the first one named after the verb, else the nearest before it. Days
 * named as alternatives after it ("by Friday, or Monday at the latest") are one promise: the latest holds.
 */
function governedDay(
  mentions: ToldMention[],
  verbAt: number,
  sentence: string,
  readsEvents = false,
): DayMention | undefined {
  const sorted = [...mentions].sort((a, b) => a.index - b.index);
  const at = sorted.findIndex((m) => m.index >= verbAt);
  if (at < 0) return sorted.filter((m) => m.index < verbAt).at(-1);
  const first = sorted[at];
  if (!first) return undefined;
  let best: DayMention = readsEvents ? deadlineAfterEvents(sorted, first, verbAt) : first;
  // Alternatives follow the day chosen (an event's day may have given way to a later one).
  const from = sorted.findIndex((m) => m.index === best.index);
  for (let i = from + 1; from >= 0 && i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const next = sorted[i];
    const isAlternative =
      prev &&
      next &&
      (OR_ANOTHER.test(sentence.slice(prev.index, next.index)) ||
        (readsEvents && isLatestAlternative(sentence, prev, next)));
    if (!isAlternative) break;
    if (dayMs(next) > dayMs(best)) best = next;
  }
  return best;
}

/** In a sentence known to be about next steps: "by", "within", "before" or a vague period stands for the verb. */
const BY_A_DATE =
  /\b(?:by|before|within|no\s+later\s+than|in\s+(?:a|the\s+next|the\s+coming)\s+(?:few|couple|week))\b/gi;

/** A deadline of the candidate's own (another offer, an answer they owe), not word promised to them. */
const OWN_DEADLINE =
  /\b(?:offers?|deadline|I\s+(?:need|have)\s+to|wants?\s+an\s+answer|answer\s+them|your\s+(?:answer|reply|response|decision|acceptance))\b/i;

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
    const verbs = [
      ...sentence.matchAll(PROMISE),
      ...(reading.isAnyLanguage ? sentence.matchAll(FOREIGN_PROMISE) : []),
      ...(reading.readsEvents ? sentence.matchAll(PROMISE_TOLD) : []),
    ];
    if (reading.isNextSteps && verbs.length === 0 && !OWN_DEADLINE.test(sentence))
      verbs.push(...sentence.matchAll(BY_A_DATE));
    if (verbs.length === 0) continue;
    // chrono reads "next week" as a single day: where a period is named, its own end wins over chrono's reading.
    const events = reading.readsEvents === true;
    const named = dayMentions(sentence, said, saidDay, reading.isAnyLanguage === true, events);
    const mentions = events ? readAgainstEvents(sentence, named) : named;
    // "The panel will decide by Monday, and I'll email you by Wednesday": each verb governs its own date.
    const days = verbs.flatMap((v) => governedDay(mentions, v.index, sentence, events) ?? []);
    // A day named beats a guess at a vague window's end ("in a few days, by Friday at the latest").
    const mention = days.sort(
      (a, b) =>
        (a.isVague ? 1 : 0) - (b.isVague ? 1 : 0) ||
        Date.UTC(b.day.year, b.day.month - 1, b.day.day) - Date.UTC(a.day.year, a.day.month - 1, a.day.day),
    )[0];
    if (!mention) continue;
    const { day, from } = mention;
    const due = endOf(day.year, day.month, day.day, offset);
    if (Date.parse(due) < Date.parse(said)) continue;
    const start = from ? startOf(from.year, from.month, from.day, offset) : undefined;
    const isBetter =
      !best ||
      (best.isVague && !mention.isVague) ||
      (!best.isVague === !mention.isVague && Date.parse(due) > Date.parse(best.due));
    if (isBetter)
      best = {
        due,
        ...(start && Date.parse(start) < Date.parse(due) ? { from: start } : {}),
        quote: sentence,
        ...(mention.isVague ? { isVague: true as const } : {}),
      };
  }
  return best;
}
