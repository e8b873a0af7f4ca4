import type { Doc } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import { SLIPPED } from "../text/slip-words.js";
import { sentenceAround } from "./infer-context.js";

/**
 * The candidate's own sense of how it went, from their notes: "I think I bombed the design
 * question", "the interview went well". Seed 001: "trust your gut, but be fair to (and aware of)
 * yourself"; someone who always doubts themselves may not judge it accurately. So the read
 * counts it, lightly, and says where it and the signals disagree. It is not a signal: it is what
 * the candidate felt, not something the company did.
 */
export type Lean = "well" | "badly" | "mixed";

export interface OwnSense {
  lean: Lean;
  /** The candidate's words, each side's first few. */
  evidence: Evidence[];
}

/** Words between a verb and its "well": "really", "pretty", "too"… */
const INTENSIFIER =
  "(?:really |very |quite |pretty |fairly |reasonably |extremely |super |so |too |that |as )?";
/** The interview or one of its parts, as the subject of "went". */
const THE_INTERVIEW = String.raw`(?:it|the interview|the (?:\w+ )?(?:round|interview|screen|call|conversation|chat))`;

/** Kinds of statement, not any one person's wording: the candidate judging their own performance. */
const WENT_BADLY: RegExp[] = [
  new RegExp(
    String.raw`\bi (?:think |feel |guess |know |believe )?(?:i )?(?:totally |completely |kind of |kinda |really |probably |just )?(?:${SLIPPED}|blew the (?:interview|round|question|call|screen)|was stuck|made (?:a |an |some |several |many |lots of |a lot of |a few |a couple of |two |few |silly |stupid |careless |obvious |big |another |more )*(?:mistakes?|errors?|blunders?))\b`,
    "gi",
  ),
  new RegExp(
    String.raw`\bi (?:didn'?t|did not|couldn'?t|could not|wasn'?t able to|was not able to|failed to|was unable to) (?:do ${INTENSIFIER}well|perform (?:well|as well)|answer (?:it|them|that|the|any|most|all|a|some|many|half|his|her|their|this|those|these)|solve (?:it|them|that|the|any|most|all|a|this|those)|finish (?:it|the|in time|on time)|complete (?:it|the)|come up with|figure (?:it |that |this )?out|explain (?:it|myself|my|the)|stand out|impress|get (?:it|the (?:answer|solution|optimal|right)))\b`,
    "gi",
  ),
  new RegExp(
    String.raw`\b${THE_INTERVIEW}(?: just| really)? (?:didn'?t|did not) go ${INTENSIFIER}well\b`,
    "gi",
  ),
  new RegExp(
    String.raw`\b${THE_INTERVIEW} went ${INTENSIFIER}(?:badly|poorly|terribly|horribly|awfully|wrong)\b`,
    "gi",
  ),
  new RegExp(
    String.raw`\bi (?:did|performed|answered|coded|interviewed) ${INTENSIFIER}(?:badly|poorly|terribly|horribly)\b`,
    "gi",
  ),
  new RegExp(
    String.raw`\bi (?:don'?t|do not) think (?:i (?:did|performed) ${INTENSIFIER}(?:well|good|great)|it went ${INTENSIFIER}(?:well|great))\b`,
    "gi",
  ),
];

const WENT_WELL: RegExp[] = [
  new RegExp(
    String.raw`\bi (?:think |feel |felt |believe |thought )?(?:i )?(?:did|performed|answered|interviewed) ${INTENSIFIER}(?:well|great|good)\b(?! enough| in (?:school|college|university|class|my studies|exams?))`,
    "gi",
  ),
  /\bi (?:answered|solved) (?:all|every|each|both|most)(?: of)?(?: the| their| his| her)? (?:questions?|problems?)\b/gi,
  /\bi (?:nailed|aced|crushed|smashed) (?:it|the)\b/gi,
  new RegExp(
    String.raw`\b(?:${THE_INTERVIEW}|everything|all) went ${INTENSIFIER}(?:well|great|perfectly)\b`,
    "gi",
  ),
  new RegExp(
    String.raw`\bi (?:felt|feel|was) ${INTENSIFIER}(?:confident|good about (?:it|the interview|my (?:answers|performance|chances)))\b`,
    "gi",
  ),
];

/** Earlier in the same sentence: a negation, a wish or a condition ("I hope I did well", "if it goes well"). */
const HEDGED =
  /(?:n't|\b(?:not|never|hope|hoping|hoped|if|unless|wish|whether|should|would|may|might))\b[^.!?\n]*$/i;
/** Earlier in the same sentence: someone else's verdict ("she said I did well" is their feedback, not my sense). */
const REPORTED =
  /\b(?:she|he|they|interviewers?|recruiters?|managers?|hr|panel|someone|team|everyone)\b[^.!?\n]*\b(?:said|says|told|tells|mentioned|noted|thought|felt|thinks|feels|agreed|confirmed)\b[^.!?\n]*$/i;

/** How many quotes per side the read keeps. */
const QUOTES_PER_SIDE = 2;

function statements(patterns: RegExp[], doc: { source: string; text: string }): Evidence[] {
  const found: { index: number; evidence: Evidence }[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(doc.text); m !== null; m = pattern.exec(doc.text)) {
      const before = doc.text.slice(Math.max(0, m.index - 60), m.index);
      if (HEDGED.test(before.slice(-30)) || REPORTED.test(before)) continue;
      const { quote, line } = sentenceAround(doc.text, m.index);
      if (found.some((f) => f.evidence.quote === quote)) continue;
      found.push({ index: m.index, evidence: { source: doc.source, quote, line } });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.evidence);
}

/** The candidate's sense of how it went, from their notes; undefined when they did not say. */
export function readOwnSense(docs: Doc[]): OwnSense | undefined {
  const well: Evidence[] = [];
  const badly: Evidence[] = [];
  for (const doc of docs) {
    if (doc.kind !== "notes") continue;
    well.push(...statements(WENT_WELL, doc));
    badly.push(...statements(WENT_BADLY, doc));
  }
  if (well.length === 0 && badly.length === 0) return undefined;
  const lean: Lean = well.length > 0 && badly.length > 0 ? "mixed" : well.length > 0 ? "well" : "badly";
  return { lean, evidence: [...well.slice(0, QUOTES_PER_SIDE), ...badly.slice(0, QUOTES_PER_SIDE)] };
}
