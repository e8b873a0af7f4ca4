import { NUMBER_WORDS } from "../text/number-words.js";

// Lengths written in a sentence ("45 minutes", "an hour and a half", "1h45", "closer to the hour"), in
// minutes, where they stand: what the notes' reading of the interview's length starts from.

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

/** A length in a sentence: its minutes, and where it starts and ends. */
export interface Mention {
  minutes: number;
  index: number;
  end: number;
}

/** "closer to the hour", "nearly the full hour", "the whole hour": an hour, said of a length. */
const ABOUT_THE_HOUR =
  /\b(?:nearer|closer to|near|nearly|almost|about|around|more like|the whole|the full|a full|most of)\s+(?:to\s+)?the\s+(?:full\s+|whole\s+)?hour\b/gi;

/** Every length a sentence writes, in the order they stand. */
export function durationsIn(sentence: string): Mention[] {
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
