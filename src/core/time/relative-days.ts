import { addDays, type DayMention, type LocalDay } from "./day-mentions.js";

// Days a promise tells against another event in the same sentence: "two days after the final round on
// Thursday" (Thursday + 2), "once the panel has met on Friday, hopefully by Tuesday" (Friday is the event,
// Tuesday the deadline, the Tuesday after it), "by Friday, Monday at the latest" (Monday holds).

/** Words before a day that make it an event word follows, not a deadline: "after the panel meets on", "once … on". */
const EVENT_LEAD = /\b(?:after|once|when|as\s+soon\s+as)\b[^,;:.!?]*$|\bfollowing\s+\w[^,;:.!?]*\s$/i;

const COUNTS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  ten: 10,
  "a couple of": 2,
};

/** A length before "after" and the event's day: "two days after the final round on", "a week after", "48 hours after". */
const COUNT_AFTER =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|ten|a|a\s+couple\s+of)\s+(working\s+|business\s+)?(days?|weeks?|hours)(?:\s+or\s+(?:two|so|\d))?\s+after\b[^,;:.!?]*$/i;

/** A length after the event's day, pointing back at it: "on Thursday, … two days after that". */
const COUNT_AFTER_THAT =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|ten|a|a\s+couple\s+of)\s+(working\s+|business\s+)?(days?|weeks?|hours)(?:\s+or\s+(?:two|so|\d))?\s+after\s+(?:that|this|then|it)\b/gi;

/** How far a length before "after" reaches: "a day or two" is two days, "48 hours" two, a working day skips the weekend. */
function shifted(day: LocalDay, m: RegExpExecArray): LocalDay | undefined {
  const word = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
  let n = COUNTS[word] ?? Number(word);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const unit = (m[3] ?? "").toLowerCase();
  if (/\bor\s+(?:two|so|\d)/i.test(m[0]) && n === 1) n = 2;
  if (unit === "hours") return n % 24 === 0 && n <= 240 ? addDays(day, n / 24) : undefined;
  if (unit.startsWith("week")) return addDays(day, 7 * n);
  if (!m[2]) return addDays(day, n);
  let out = day;
  for (let left = n; left > 0; ) {
    out = addDays(out, 1);
    if (out.weekday !== 0 && out.weekday !== 6) left--;
  }
  return out;
}

/** A mention, and whether it is the day of an event word is told against rather than a deadline. */
export interface ToldMention extends DayMention {
  isEvent?: true;
}

/**
 * The sentence's days with lengths told against an event folded in ("two days after … Thursday" is one
 * day, Thursday + 2, starting where the length does) and the days of events marked.
 */
export function readAgainstEvents(sentence: string, mentions: DayMention[]): ToldMention[] {
  const sorted = [...mentions].sort((a, b) => a.index - b.index);
  const out: ToldMention[] = [];
  for (const m of sorted) {
    const reach = Math.max(0, m.index - 90);
    const count = COUNT_AFTER.exec(sentence.slice(reach, m.index));
    const day = count ? shifted(m.day, count) : undefined;
    if (count && day) {
      const start = reach + count.index;
      // The length itself may have been read as a day from when it was said ("in two days"): it is not one.
      while (out.length > 0 && (out.at(-1)?.end ?? -1) > start) out.pop();
      out.push({ index: start, end: m.end, day, from: m.day });
      continue;
    }
    const prevEnd = out.at(-1)?.end ?? 0;
    const isEvent = EVENT_LEAD.test(sentence.slice(Math.min(prevEnd, m.index), m.index));
    out.push(isEvent ? { ...m, isEvent: true } : m);
  }
  for (const count of sentence.matchAll(COUNT_AFTER_THAT)) {
    const end = count.index + count[0].length;
    // The length itself may have been read as a day from when it was said: it is not one.
    const kept = out.filter((m) => m.end <= count.index || m.index >= end);
    const at = kept.reduce((last, m, i) => (m.end <= count.index ? i : last), -1);
    const event = kept[at];
    const day = event ? shifted(event.day, count) : undefined;
    if (!event || !day) continue;
    kept[at] = { ...event, isEvent: true };
    kept.push({ index: count.index, end, day, from: event.day });
    out.splice(0, out.length, ...kept.sort((a, b) => a.index - b.index));
  }
  return out;
}

const DAY_MS = 86_400_000;

function dayMs(d: LocalDay): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

/**
 * The deadline among the days after a promise verb: an event's day gives way to a deadline named after it
 * ("once the panel has met on Friday, by Tuesday"), and a weekday alone that would fall before an event or an
 * earlier day the sentence names is the one after it ("the last interviews are on Friday, so by Wednesday").
 */
export function deadlineAfterEvents(
  mentions: ToldMention[],
  chosen: ToldMention,
  verbAt: number,
): ToldMention {
  let pick = chosen;
  if (pick.isEvent) {
    const later = mentions.find((m) => m.index > pick.index && m.index >= verbAt && !m.isEvent);
    if (later) pick = later;
  }
  if (!pick.isWeekdayOnly) return pick;
  // A weekday falls after an event's day, and in or after a period ("we finish first rounds this week and
  // decide by Friday" is this week's Friday; "we see people next week and decide by Friday", next week's).
  const before = mentions.filter((m) => m !== pick && (m.isEvent || m.index < pick.index));
  if (before.length === 0) return pick;
  const weeksFor = (m: ToldMention) => {
    const gap = m.from !== undefined ? dayMs(m.from) - dayMs(pick.day) : dayMs(m.day) - dayMs(pick.day) + 1;
    return gap > 0 ? Math.ceil(gap / (7 * DAY_MS)) : 0;
  };
  const weeks = Math.max(...before.map(weeksFor));
  return weeks === 0 ? pick : { ...pick, day: addDays(pick.day, 7 * weeks) };
}

/** "By Friday, Monday at the latest": two days with no "or" between, the second held at the latest. */
export function isLatestAlternative(sentence: string, prev: DayMention, next: DayMention): boolean {
  return (
    /^[\s,]*(?:or\s+)?(?:by\s+|on\s+)?(?:the\s+)?$/i.test(sentence.slice(prev.end, next.index)) &&
    /^[\s,]*(?:at\s+the\s+(?:very\s+)?latest|latest)\b/i.test(sentence.slice(next.end))
  );
}
