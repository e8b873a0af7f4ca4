import type { SpeakerRole } from "../detect/passages.js";
import { NEGATORS } from "./match-pattern.js";
import type { Token } from "./nlp.js";

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

/** Words that end a clause: the mood of one clause does not reach into the next. */
const CLAUSE_BREAKS = new Set([
  ".",
  "!",
  ";",
  ":",
  "—",
  "–",
  "but",
  "however",
  "though",
  "although",
  "whereas",
  "which",
  "while",
  "so",
  "because",
  "cause",
  "since",
  "and",
]);

/** Guesses, when they frame what follows. */
const HEDGES = new Set([
  "probably",
  "likely",
  "maybe",
  "perhaps",
  "possibly",
  "presumably",
  "surely",
  "apparently",
  "guess",
  "suppose",
  "assume",
  "reckon",
  "bet",
  "think",
  "suspect",
  "imagine",
  "seem",
  "might",
  "may",
  "could",
  "must",
  "sure",
  "certain",
  "feel",
]);

/** A candidate's hopes and wishes. */
const HOPES = new Set([
  "hope",
  "hopefully",
  "wish",
  "pray",
  "praying",
  "crossed",
  "manifest",
  "manifesting",
  "dream",
]);

/** Contacts (told in the past) whose purpose, in the infinitive, is what happened: "called to offer me the post". */
const PURPOSE_OF_CONTACT = new Set([
  "call",
  "ring",
  "phone",
  "email",
  "mail",
  "write",
  "text",
  "message",
  "come",
  "meet",
  "contact",
  "reach",
  "get",
]);

/** Words that frame what follows as one guess among others, anywhere before it in the sentence. */
const SPECULATION = new Set([
  "possibility",
  "possibilities",
  "scenario",
  "scenarios",
  "theory",
  "theories",
  "hypothesis",
  "speculate",
  "speculation",
]);

/** What a speaker means to do: "we hope to", "we plan to". */
const INTENT = new Set(["hope", "plan", "aim", "intend", "expect"]);

/** A candidate's fears and expectations. */
const FEARS = new Set([
  "afraid",
  "fear",
  "scared",
  "worried",
  "worry",
  "dread",
  "dreading",
  "nervous",
  "brace",
  "bracing",
  "expect",
  "expecting",
  "anticipate",
  "await",
  "awaiting",
  "incoming",
  "prepare",
  "preparing",
]);

/** Conditions: "if", "unless", "whether", "in case", "once" (of a thing still to come). */
const CONDITIONS = new Set([
  "if",
  "unless",
  "whether",
  "once",
  "until",
  "till",
  "when",
  "whenever",
  "before",
]);
/**
 * Words after which "if" and "whether" open an indirect question, not a condition: "she asked if
 * I'd accept", "not sure whether…", "find out if…", "told me if…".
 */
export const EMBEDDING = new Set([
  "ask",
  "wonder",
  "know",
  "check",
  "see",
  "sure",
  "unsure",
  "curious",
  "tell",
  "confirm",
  "find",
  "out",
  "decide",
  "say",
  "me",
  "us",
]);

const FUTURE = new Set(["will", "shall", "gonna", "soon", "tomorrow"]);

/** Adverbs of how things usually go. */
const HABITUAL = new Set([
  "typically",
  "usually",
  "normally",
  "generally",
  "often",
  "always",
  "routinely",
  "tend",
]);

/** "rang me to say…", "emailed to let me know…": what follows is what they said, not a plan. */
const REPORTING_VERBS = new Set([
  "say",
  "tell",
  "inform",
  "let",
  "confirm",
  "announce",
  "share",
  "explain",
  "break",
]);

/** Modal verbs of politeness that perform rather than guess: "we would like to offer you". */
const PERFORMATIVE_AFTER_WOULD = new Set(["like", "love", "be", "want"]);

/** Where the clause around token `at` starts: after the last clause break before it. */
export function clauseStart(tokens: readonly Token[], at: number): number {
  for (let j = at - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t) break;
    // "a short and polite rejection": "and" between two adjectives joins them, it ends no clause.
    if (CLAUSE_BREAKS.has(t.text) && !(t.text === "and" && tokens[j + 1]?.pos === "ADJ")) return j + 1;
    // "When I got home, the offer was in my inbox": a comma after a subordinate clause ends it.
    if (t.text === "," && j > 0 && subordinateBefore(tokens, j)) return j + 1;
  }
  return 0;
}

/** True when the comma at `comma` closes a clause opened by "when", "after", "once"… at its start. */
function subordinateBefore(tokens: readonly Token[], comma: number): boolean {
  for (let j = comma - 1; j >= 0 && j >= comma - 12; j--) {
    const t = tokens[j];
    if (!t || CLAUSE_BREAKS.has(t.text)) return false;
    if (t.text === "after" || t.text === "when" || t.text === "once" || t.text === "following") return true;
  }
  return false;
}

/** Where the clause around token `at` ends: before the next clause break after it. */
export function clauseEnd(tokens: readonly Token[], at: number): number {
  for (let j = at + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t) break;
    if (t.text === "?" || (CLAUSE_BREAKS.has(t.text) && !(t.text === "and" && tokens[j + 1]?.pos === "ADJ")))
      return j - 1;
  }
  return tokens.length - 1;
}

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

/**
 * The mood of the statement whose key words are tokens `start`…`end` of a sentence (`text`):
 * what the clause before them, and the sentence's punctuation, make of them. `voice` is who
 * speaks. `negativeFrame` says the words carry their own negation ("not moving forward"), which
 * is then not a denial; `decidedInFuture`, that the speaker's future tense states a decision ("we
 * will be closing the vacancy").
 */
export function moodOf(
  tokens: readonly Token[],
  start: number,
  end: number,
  options: { voice: Voice; text: string; negativeFrame?: boolean; decidedInFuture?: boolean },
): Mood {
  const { voice } = options;
  const from = clauseStart(tokens, start);
  const candidateVoice = voice !== "company";
  // A question about it, not a statement of it.
  const after = tokens.slice(end + 1);
  const questionAfter = after.findIndex((t) => t.text === "?");
  const breakAfter = after.findIndex((t) => t.text === "." || t.text === "!" || t.text === ";");
  if (questionAfter >= 0 && (breakAfter < 0 || questionAfter < breakAfter)) return "question";

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
  // "he wants to make me an offer": the key words' own verb in the infinitive.
  const first = tokens[start];
  if (
    candidateVoice &&
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
      (!governor || !PURPOSE_OF_CONTACT.has(governor.lemma) || governor.text === governor.lemma)
    )
      return "future";
  }
  // Possibilities weighed ("Options: (1) … (2) they picked someone internal"): guesses.
  for (let j = 0; j < start; j++)
    if (SPECULATION.has(tokens[j]?.lemma ?? "") || SPECULATION.has(tokens[j]?.text ?? "")) return "hedge";
  // "waiting to get the contract", "told me to sign the offer letter": an infinitive whose object it is.
  if (candidateVoice)
    for (let j = start - 1; j >= from && j >= start - 3; j--) {
      const t = tokens[j];
      if (
        t?.pos === "VERB" &&
        t.text === t.lemma &&
        tokens[j - 1]?.text === "to" &&
        tokens[j - 2]?.text !== "had" &&
        !REPORTING_VERBS.has(t.lemma)
      )
        return "future";
      if (t && t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "VERB") break;
    }
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
      if (t.text === "until" || t.text === "till") return "future";
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
  // "Likely a no coming", "a no any day now": the words after it frame it too.
  for (let j = end + 1; j < tokens.length && j <= end + 4; j++) {
    const t = tokens[j];
    if (!t || CLAUSE_BREAKS.has(t.text)) break;
    if (candidateVoice && (t.text === "incoming" || (t.text === "any" && tokens[j + 1]?.text === "day")))
      return "fear";
    if (t.text === "yet" && isDenied(tokens, start, end, from)) return "negated";
    if (HABITUAL.has(t.text)) return "generic";
  }
  if (isPending(tokens, start, end, from)) return "negated";
  if (!options.negativeFrame && isDenied(tokens, start, end, from)) return "negated";
  return "asserted";
}

/**
 * Not yet: "no offer as of now", "still no answer", "there's been no decision", "nothing in my
 * inbox". Even an outcome said in the negative ("no offer") is then no decision.
 */
function isPending(tokens: readonly Token[], start: number, end: number, _from: number): boolean {
  const to = Math.min(tokens.length - 1, end + 6);
  // "Still nothing either way": "still" reaches over the list, up to a strong break.
  let from = 0;
  for (let j = start - 1; j >= 0; j--) {
    const t = tokens[j]?.text ?? "";
    if (t === "." || t === ";" || t === "but" || t === "however" || t === "!") {
      from = j + 1;
      break;
    }
  }
  for (let j = from; j <= to; j++) {
    const t = tokens[j];
    if (!t) continue;
    const next = tokens[j + 1];
    if (t.text === "so" && next?.text === "far") return true;
    if (j > end && CLAUSE_BREAKS.has(t.text)) break;
    if (t.text === "yet") return true;
    // "still no offer", "still haven't heard": not "still, they offered me the job".
    if (
      t.text === "still" &&
      [next, tokens[j + 2]].some((w) => w !== undefined && (NEGATORS.has(w.text) || w.lemma === "wait"))
    )
      return true;
    if ((t.text === "till" || t.text === "until" || t.text === "as") && next?.text === "now") return true;
    if (t.text === "inbox" || t.text === "spam") return true;
    // "there's been no offer", "there is no rejection".
    if (t.text === "there" && j < start) {
      for (let k = j + 1; k <= start && k <= j + 4; k++) if (NEGATORS.has(tokens[k]?.text ?? "")) return true;
    }
  }
  return false;
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

/** Negators that deny what follows them in the clause. */

/** Words that open a clause of its own: a negation before them does not reach past them. */
const SUBORDINATORS = new Set([
  "why",
  "how",
  "that",
  "when",
  "where",
  "what",
  "who",
  "whom",
  "after",
  "before",
  "saying",
  "stating",
]);

/**
 * True when a negator in the clause, or inside the key words, denies them. "Did not receive any
 * feedback on why I was rejected" denies the feedback, not the rejection.
 */
function isDenied(tokens: readonly Token[], start: number, end: number, from: number): boolean {
  for (let j = start; j <= end; j++) if (NEGATORS.has(tokens[j]?.text ?? "")) return true;
  for (let j = start - 1; j >= from; j--) {
    const t = tokens[j];
    if (!t) continue;
    if (SUBORDINATORS.has(t.text)) return false;
    if (NEGATORS.has(t.text)) return true;
  }
  return false;
}
