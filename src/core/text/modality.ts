import type { SpeakerRole } from "../detect/passages.js";
import { CLAUSE_BREAKS, clauseStart } from "./clause-bounds.js";
import { isDenied, isPending } from "./denial.js";
import {
  CONDITIONS,
  EMBEDDING,
  FEARS,
  FUTURE,
  HABITUAL,
  HEDGES,
  HOPES,
  INTENT,
  PERFORMATIVE_AFTER_WOULD,
  PURPOSE_OF_CONTACT,
  REPORTING_VERBS,
  SPECULATION,
} from "./mood-words.js";
import type { Token } from "./nlp.js";

export { clauseEnd, clauseStart } from "./clause-bounds.js";
export { EMBEDDING } from "./mood-words.js";

/**
 * The modality layer: whether a clause states a thing as having happened, or only fears, hopes,
 * guesses, asks, plans, imagines or denies it. "I'm fairly sure it's a no", "waiting for the rejection
 * to land", "if they turn me down", "what if the pay is lower?", "they'll decide next week",
 * "I'd have been turned away if…" and "nobody has said no yet" hold the words of an outcome and
 * state none.
 *
 * Who speaks matters. A candidate's "I'm afraid", "I hope" or "I expect" frames what follows as a
 * feeling; a company's "I'm afraid we won't be offering you the role" or "we hope you'll apply
 * again" is the politeness around a decision, and its "we will not be moving forward" is the
 * decision itself, said in the future tense.
 */
export type Voice = "candidate" | "company" | "unknown";

/** Who speaks in a passage: the company, the candidate (in their notes or their own words), or unknown. */
export function voiceOf(role: SpeakerRole): Voice {
  return role === "company" ? "company" : role === "unknown" ? "unknown" : "candidate";
}

export type Mood =
  /** Stated as a fact. */
  | "asserted"
  /** Denied: "no offer as of now", "haven't been turned down". */
  | "negated"
  /** Asked: "does a week of nothing mean no?". */
  | "question"
  /** A condition: "if they turn me down, …". */
  | "condition"
  /** A guess: "probably", "pretty sure", "I think", "might", "must have". */
  | "hedge"
  /** A hope or a wish: "really hoping for a yes". */
  | "hope"
  /** A fear or an expectation: "dreading", "worried", "any day now". */
  | "fear"
  /** Still to come: "they'll decide next week", "the contract should come tomorrow". */
  | "future"
  /** What did not happen: "I'd have been turned away if…". */
  | "counterfactual"
  /** How things usually go: "offers usually go out within a week". */
  | "generic";

/** True when a token stands for the candidate as the writer of notes or a message ("i", "i'm"). */
function isI(t: Token | undefined): boolean {
  return t !== undefined && (t.text === "i" || t.text === "i'm" || t.text === "im" || t.text === "me");
}

/** "'d" read as "would" is "had" before a past participle: "they'd emailed me an offer". */
function isPluperfect(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  const after = next?.text === "just" || next?.text === "already" ? tokens[at + 2] : next;
  return (
    after !== undefined && after.pos === "VERB" && /(ed|en|t)$/.test(after.text) && after.text !== after.lemma
  );
}

interface MoodOptions {
  voice: Voice;
  text: string;
  negativeFrame?: boolean;
  decidedInFuture?: boolean;
}

/**
 * The mood of the statement whose key words are tokens `start`…`end` of a sentence (`text`):
 * what the clause before them, and the sentence's punctuation, make of them. `voice` is who
 * speaks. `negativeFrame` says the words carry their own negation ("not moving forward"), which
 * is then not a denial; `decidedInFuture`, that the speaker's future tense states a decision ("we
 * will be closing the vacancy").
 */
export function moodOf(tokens: readonly Token[], start: number, end: number, options: MoodOptions): Mood {
  const from = clauseStart(tokens, start);
  if (isAskedAfter(tokens, end)) return "question";
  return (
    moodWithinWords(tokens, start, end, options) ??
    infinitiveMood(tokens, start, from, options.voice) ??
    // Possibilities weighed ("Options: (1) … (2) they picked someone internal"): guesses.
    (isSpeculated(tokens, start) ? "hedge" : undefined) ??
    objectOfInfinitive(tokens, start, from, options.voice) ??
    moodOfFrame(tokens, start, end, from, options) ??
    moodAfterWords(tokens, start, end, from, options.voice) ??
    (isPending(tokens, start, end, from) ? "negated" : undefined) ??
    (!options.negativeFrame && isDenied(tokens, start, end, from) ? "negated" : "asserted")
  );
}

/** A question about it, not a statement of it: a "?" before the sentence's next break. */
function isAskedAfter(tokens: readonly Token[], end: number): boolean {
  const after = tokens.slice(end + 1);
  const questionAfter = after.findIndex((t) => t.text === "?");
  const breakAfter = after.findIndex((t) => t.text === "." || t.text === "!" || t.text === ";");
  return questionAfter >= 0 && (breakAfter < 0 || questionAfter < breakAfter);
}

/** How things usually go, the future or what did not happen, inside the key words themselves. */
function moodWithinWords(
  tokens: readonly Token[],
  start: number,
  end: number,
  options: MoodOptions,
): Mood | undefined {
  const { voice } = options;
  for (let j = start; j <= end; j++) {
    const t = tokens[j];
    if (HABITUAL.has(t?.text ?? "")) return "generic";
    // "The contract will be issued after…": a future inside the words themselves.
    if (
      j > start &&
      t &&
      FUTURE.has(t.text) &&
      !(voice === "company" && (options.negativeFrame || options.decidedInFuture))
    )
      return "future";
    // "I'd never have got through…" inside the words themselves.
    if (t?.text === "would" || t?.text === "'d") {
      const next = tokens[j + 1]?.pos === "ADV" ? tokens[j + 2] : tokens[j + 1];
      if (next?.text === "have" || next?.text === "'ve") return "counterfactual";
    }
  }
  return undefined;
}

/** "he wants to make me an offer": the key words' own verb in the infinitive. */
function infinitiveMood(
  tokens: readonly Token[],
  start: number,
  from: number,
  voice: Voice,
): Mood | undefined {
  const first = tokens[start];
  if (
    voice !== "company" &&
    first?.pos === "VERB" &&
    first.text === first.lemma &&
    tokens[start - 1]?.text === "to"
  ) {
    // Only the purpose of a contact that happened is what happened ("phoned back to offer me the
    // post"); any other infinitive ("wants to", "the chance to", "how to get the job") is not yet.
    let governor: Token | undefined;
    for (let j = start - 2; j >= from && j >= start - 9; j--) {
      const t = tokens[j];
      if (t?.pos === "VERB" || t?.pos === "AUX") {
        governor = t;
        break;
      }
    }
    // "had to reschedule the onsite": a past obligation, told because it was met.
    const pastObligation = tokens[start - 2]?.text === "had";
    if (
      !pastObligation &&
      !tookTimeTo(tokens, start - 1, from) &&
      (!governor || !PURPOSE_OF_CONTACT.has(governor.lemma) || governor.text === governor.lemma)
    )
      return "future";
  }
  return undefined;
}

/** Spans of time a "took … to" names: "it took two months to get the offer letter". */
const SPANS = new Set([
  "day",
  "week",
  "month",
  "year",
  "hour",
  "minute",
  "while",
  "time",
  "age",
  "forever",
  "long",
]);

/**
 * True when the "to" at `to` follows a past "took" and a span of time: "it took them a month to
 * release the offer letter", "took forever to hear back". The wait is told because it ended: what
 * follows happened. "It will take a month to get the offer" is still to come.
 */
function tookTimeTo(tokens: readonly Token[], to: number, from: number): boolean {
  let span = false;
  for (let j = to - 1; j >= from && j >= to - 8; j--) {
    const t = tokens[j];
    if (!t) return false;
    if (SPANS.has(t.lemma) || SPANS.has(t.text)) span = true;
    if (t.lemma === "take") return span && t.text !== t.lemma;
  }
  return false;
}

function isSpeculated(tokens: readonly Token[], start: number): boolean {
  for (let j = 0; j < start; j++)
    if (SPECULATION.has(tokens[j]?.lemma ?? "") || SPECULATION.has(tokens[j]?.text ?? "")) return true;
  return false;
}

/** "waiting to get the contract", "told me to sign the offer letter": an infinitive whose object it is. */
function objectOfInfinitive(
  tokens: readonly Token[],
  start: number,
  from: number,
  voice: Voice,
): Mood | undefined {
  if (voice !== "company")
    for (let j = start - 1; j >= from && j >= start - 3; j--) {
      const t = tokens[j];
      if (
        t?.pos === "VERB" &&
        t.text === t.lemma &&
        tokens[j - 1]?.text === "to" &&
        tokens[j - 2]?.text !== "had" &&
        !REPORTING_VERBS.has(t.lemma) &&
        !tookTimeTo(tokens, j - 1, from)
      )
        return "future";
      if (t && t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "VERB") break;
    }
  return undefined;
}

/** What the clause before the key words makes of them: a condition, a guess, a hope, a fear, the future. */
function moodOfFrame(
  tokens: readonly Token[],
  start: number,
  end: number,
  from: number,
  options: MoodOptions,
): Mood | undefined {
  const { voice } = options;
  const candidateVoice = voice !== "company";
  for (let j = start - 1; j >= from; j--) {
    const t = tokens[j];
    if (!t) continue;
    const prev = tokens[j - 1];
    if (CONDITIONS.has(t.text) && !(prev && EMBEDDING.has(prev.lemma))) {
      // "when" and "once" are conditions only of what is still to come: "when I got the call, …" is not.
      if (
        (t.text === "when" || t.text === "once" || t.text === "whenever" || t.text === "before") &&
        !futureBetween(tokens, j, end)
      )
        continue;
      // "until they write" is still to come; "until they emailed me saying…" happened.
      if (t.text === "until" || t.text === "till") {
        if (pastAfter(tokens, j)) continue;
        return "future";
      }
      return "condition";
    }
    if (t.text === "would" || t.text === "'d") {
      if (isPluperfect(tokens, j)) continue;
      const next = tokens[j + 1]?.pos === "ADV" ? tokens[j + 2] : tokens[j + 1];
      if (next?.text === "have" || next?.text === "'ve") return "counterfactual";
      if (next && PERFORMATIVE_AFTER_WOULD.has(next.lemma)) continue;
      return "hedge";
    }
    if (t.text === "should" && voice !== "company") return "future";
    // "looking forward to scheduling a call": wanted, not yet done; the company's own is its intent.
    if (t.lemma === "forward" && tokens[j - 1]?.lemma === "look") return candidateVoice ? "hope" : "future";
    if (HABITUAL.has(t.lemma) || HABITUAL.has(t.text)) return "generic";
    if (FUTURE.has(t.text) || (t.text === "going" && tokens[j + 1]?.text === "to")) {
      // The company's own "we will not be moving forward" is the decision, in the future tense.
      if (voice === "company" && (options.negativeFrame || options.decidedInFuture)) continue;
      return "future";
    }
    if (HEDGES.has(t.lemma) || HEDGES.has(t.text)) {
      // "sure" and "certain" guess only as "I'm sure…"; "feel" only as "I feel…"; "may" and "must"
      // in a company's voice are politeness around a decision ("we must inform you").
      if ((t.text === "sure" || t.text === "certain" || t.lemma === "feel") && !isGuessFrame(tokens, j))
        continue;
      if (voice === "company" && (t.text === "must" || t.lemma === "seem")) continue;
      return "hedge";
    }
    // "the dreaded email": a word inside the noun phrase describes it; it does not frame the clause.
    const attributive = prev?.pos === "DET";
    if (candidateVoice && !attributive && (HOPES.has(t.lemma) || HOPES.has(t.text))) return "hope";
    // The company's "we hope to make offers next week", "we plan to extend offers": still to come.
    if (!candidateVoice && INTENT.has(t.lemma) && tokens[j + 1]?.text === "to") return "future";
    if (candidateVoice && !attributive && (FEARS.has(t.lemma) || FEARS.has(t.text))) return "fear";
  }
  return undefined;
}

/** "Likely a no coming", "a no any day now": the words after it frame it too. */
function moodAfterWords(
  tokens: readonly Token[],
  start: number,
  end: number,
  from: number,
  voice: Voice,
): Mood | undefined {
  const candidateVoice = voice !== "company";
  for (let j = end + 1; j < tokens.length && j <= end + 4; j++) {
    const t = tokens[j];
    if (!t || CLAUSE_BREAKS.has(t.text)) break;
    if (candidateVoice && (t.text === "incoming" || (t.text === "any" && tokens[j + 1]?.text === "day")))
      return "fear";
    if (t.text === "yet" && isDenied(tokens, start, end, from)) return "negated";
    if (HABITUAL.has(t.text)) return "generic";
  }
  return undefined;
}

/** "I'm pretty sure", "I feel like", "feels like": a guess only with the writer as the one who feels it. */
function isGuessFrame(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 4; j--) {
    const t = tokens[j];
    if (!t) break;
    if (isI(t)) return true;
    if (t.pos === "PRON" && t.text !== "i") return false;
  }
  return at === 0 || tokens[at - 1]?.text === "pretty" || tokens[at + 1]?.text === "like";
}

/** A future marker between a conditional word and the key words: "once they make offers". */
/** True when the first verb within four words after `at` is in the past: "until they emailed me". */
function pastAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k <= at + 4; k++) {
    const t = tokens[k];
    if (!t || t.pos === "PUNCT") return false;
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    if (t.text === "was" || t.text === "were" || t.text === "did" || t.text === "had") return true;
    return t.pos === "VERB" && t.text !== t.lemma && !t.text.endsWith("ing") && !t.text.endsWith("s");
  }
  return false;
}

function futureBetween(tokens: readonly Token[], from: number, end: number): boolean {
  for (let j = from + 1; j <= end; j++) {
    const t = tokens[j];
    if (!t) continue;
    if (FUTURE.has(t.text)) return true;
    // A present-tense verb after "once/when" ("once they make offers") is still to come.
    if (t.pos === "VERB" && t.text === t.lemma && t.text !== "got") return true;
  }
  return false;
}
