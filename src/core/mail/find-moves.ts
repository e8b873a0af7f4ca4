// English only: the whole package loads every locale (about 70 ms more of every start).

import * as chrono from "chrono-node/en";
import type { EmailDoc } from "../read/documents.js";
import { splitSentences } from "../text/sentences.js";
import { localDayOf, MAX_DATE_SENTENCE, offsetMinutes, offsetOf } from "../time/find-promised-date.js";
import { quoteFrom } from "./mail-evidence.js";
import { isAutoReply, isOutcome } from "./mail-outcome.js";
import { type Mailbox, parentOf } from "./mailbox.js";
import { ownText } from "./own-text.js";

/** Meetings proposed and moved: the company moving a meeting is scheduling-runaround. */

const MEETING =
  /\b(?:meet|meeting|call|chat|speak|talk|interview|conversation|session|onsite|on-site|slot|calendar|invite|booked|book|scheduled|video|zoom|teams|works?\s+(?:for\s+(?:you|me)|well)|work\s+for\s+you|available|free)\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b/i;

/** Days (local midnight, ms) a message proposes or confirms for a meeting. */
export function proposedDays(doc: EmailDoc): number[] {
  const date = doc.date;
  if (!date) return [];
  const reference = { instant: new Date(date), timezone: offsetMinutes(offsetOf(date)) };
  const days: number[] = [];
  for (const sentence of splitSentences(ownText(doc))) {
    if (!MEETING.test(sentence) && !sentence.endsWith("?")) continue;
    for (const r of chrono.parse(sentence.slice(0, MAX_DATE_SENTENCE), reference, { forwardDate: true })) {
      const c = r.start;
      if (!c.isCertain("day") && !c.isCertain("weekday")) continue;
      const y = c.get("year");
      const m = c.get("month");
      const d = c.get("day");
      if (y !== null && m !== null && d !== null) days.push(Date.UTC(y, m - 1, d));
    }
  }
  return days;
}

function localMidnight(iso: string): number {
  const day = localDayOf(iso);
  return day ? Date.UTC(day.year, day.month - 1, day.day) : Number.NaN;
}

/** Words that move or drop a booked meeting outright. */
const MOVE_STRONG =
  /\b(?:re-?schedul\w*|postpon\w*|push(?:ed|ing)?\s+(?:\w+\s+)?back|cancel\w*|(?:a|has\s+a|have\s+a|with\s+a)\s+(?:\w+\s+)?conflict|conflict\s+(?:has|came)|another\s+(?:time|day|date|slot)|new\s+(?:times?|dates?|slots?|options)|different\s+(?:times?|days?|dates?|slots?)|no\s+longer\s+(?:works?|possible|available|going\s+ahead|happening)|(?:won't|will\s+not|can't|cannot|can\s+no\s+longer|isn't\s+able\s+to|is\s+unable\s+to|unable\s+to)\s+(?:make|happen|go\s+ahead|attend|join)|(?:has|have)\s+come\s+up|pulled\s+into|called\s+away)\b/i;
/** Softer words that move a meeting when said with an apology ("could we move to …", "… instead?"). */
const MOVE_SOFT =
  /\b(?:(?:move|moving|shift|shifting|swap)\s+(?:it\s+|this\s+|things\s+|us\s+)?to|instead)\b/i;
const APOLOGY = /\b(?:sorry|apolog\w*|unfortunately|regret)\b/i;
/** A candidate asking for another time ("unfortunately I can't make Tuesday"). */
const CANDIDATE_CONFLICT =
  /\b(?:unfortunately|can't|cannot|unable|won't\s+be\s+able|not\s+able|any\s+chance\s+of)\b/i;

export interface MoveRead {
  doc: EmailDoc;
  quote: string;
}

/**
 * Company messages that move, postpone or drop a meeting already proposed and still to come. A message
 * answering the candidate's own request to move is accommodation, not runaround.
 */
export function findMoves(box: Mailbox): MoveRead[] {
  /** Local midnights of every day proposed so far, by either side. */
  const proposals: number[] = [];
  const moves: MoveRead[] = [];
  for (const doc of box.mail) {
    if (isAutoReply(doc)) continue;
    const own = ownText(doc);
    const days = proposedDays(doc);
    const today = localMidnight(doc.date ?? "");
    const hasUpcoming = proposals.some((day) => day >= today);
    if (!box.isCandidate(doc) && hasUpcoming && !isOutcome(doc)) {
      const parent = parentOf(box, doc);
      const answersCandidate =
        parent !== undefined &&
        box.isCandidate(parent) &&
        (MOVE_STRONG.test(ownText(parent)) || CANDIDATE_CONFLICT.test(ownText(parent)));
      const newDay = days.some((d) => d >= today && !proposals.includes(d));
      const moved = MOVE_STRONG.test(own) || (APOLOGY.test(own) && (MOVE_SOFT.test(own) || newDay));
      if (moved && !answersCandidate) {
        const sentences = splitSentences(own);
        const quote =
          sentences.find((s) => MOVE_STRONG.test(s)) ??
          sentences.find((s) => MOVE_SOFT.test(s) || APOLOGY.test(s)) ??
          quoteFrom(doc);
        moves.push({ doc, quote });
      }
    }
    for (const day of days) proposals.push(day);
  }
  return moves;
}
