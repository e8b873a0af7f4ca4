import type { Doc } from "../read/documents.js";
import { splitSentences } from "../text/sentences.js";
import { SLIPPED } from "../text/slip-words.js";

/** A sentence of the notes where the candidate says something went unsaid or came out wrong. */
export interface MissedPoint {
  quote: string;
  source: string;
  line: number;
}

/**
 * "The one thing I fumbled", "I forgot to mention", "she cut me off before I finished", "I wish I'd said".
 * Forgetting to *ask* is not here: that is a question for the follow-up, not a point to add.
 */
const MISSED = new RegExp(
  String.raw`\b(?:${SLIPPED.replaceAll(" ", "\\s+")}|fumbling|flubbing|botching|blank(?:ed)?\s+on|forgot\s+to\s+(?:mention|say|bring\s+up|talk\s+about|explain|add|show|tell)|(?:didn't|did\s+not|never)\s+get\s+to\s+(?:say|finish|mention|explain|talk|show|tell|the|my)|never\s+got\s+to|ran\s+out\s+of\s+time\s+(?:to|before|on)|cut\s+me\s+off|(?:didn't|did\s+not|wouldn't|would\s+not)\s+let\s+me\s+finish|wish\s+I(?:'d|\s+had)\s+(?:said|mentioned|brought|explained|talked|told)|should\s+have\s+(?:said|mentioned|brought|explained|talked|told)|rambling)\b`,
  "i",
);

/** Sentences of the candidate's notes that name a point they did not get across, in order. */
export function findMissedPoints(docs: Doc[]): MissedPoint[] {
  const found: MissedPoint[] = [];
  for (const doc of docs) {
    if (doc.kind !== "notes") continue;
    doc.text.split(/\r?\n/).forEach((lineText, i) => {
      for (const sentence of splitSentences(lineText.replace(/[\u2018\u2019]/g, "'"))) {
        if (MISSED.test(sentence)) found.push({ quote: sentence, source: doc.source, line: i + 1 });
      }
    });
  }
  return found;
}
