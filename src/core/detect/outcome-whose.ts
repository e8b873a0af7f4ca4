import type { PatternMatch } from "../text/match-pattern.js";
import type { Voice } from "../text/modality.js";
import type { Token } from "../text/nlp.js";
import {
  CANDIDATE_WORDS,
  COMPANY_SIDE,
  OTHER_PEOPLE,
  objectAfter,
  sharedSubject,
  subjectOf,
  THIRD_PRONOUNS,
  UNDERGOES,
  undergoesBefore,
} from "./outcome-grammar.js";

/** Whose outcome it is: the candidate's in this process, or someone else's, or another process's. */

/**
 * True when the outcome happened to another person: the one who got, received or was given it
 * ("Meera got rejected", "my cousin got her offer letter", "a candidate who declined their
 * offer"), or the one the company did it to ("they turned down my housemate", "made an offer to
 * someone").
 */
export function someoneElse(
  tokens: readonly Token[],
  at: number,
  from: number,
  voice: Voice,
  match: PatternMatch,
): boolean {
  // A possessive before the noun: "her offer letter", "their rejection".
  for (let j = at - 1; j >= from && j >= at - 3; j--) {
    const t = tokens[j];
    if (!t) break;
    if (t.text === "my" || t.text === "your") break;
    if (THIRD_PRONOUNS.has(t.text) && (t.text !== "their" || voice !== "company")) {
      // "their" in notes is often the company's: "their offer" of a job to me. Only his/her decide.
      if (t.text === "their" || t.text === "them") break;
      return true;
    }
    if (t.pos === "VERB") break;
  }
  // "for his role", "to someone", "to a candidate" after it.
  for (let j = match.end + 1; j < tokens.length && j <= match.end + 4; j++) {
    const t = tokens[j];
    if (!t || [".", ",", ";", "!", "?"].includes(t.text)) break;
    if ((t.text === "to" || t.text === "for") && isOther(tokens[j + 1], tokens[j + 2])) return true;
  }
  // "Meera interviewed too, she got a call on the 2nd and the offer letter on the 9th": a clause
  // that shares the subject of the one before it ("and then got…").
  const subject = subjectOf(tokens, at, from) ?? sharedSubject(tokens, from);
  const undergoes =
    undergoesBefore(tokens, at, from) || tokens[at]?.pos === "NOUN" || UNDERGOES.has(tokens[at]?.lemma ?? "");
  if (subject === undefined) {
    // "Got rejected", "Turned away after the screen": notes leave out their writer.
    return false;
  }
  const s = tokens[subject];
  if (!s) return false;
  if (CANDIDATE_WORDS.has(s.text) || (s.text === "you" && voice === "company")) return false;
  // In notes, "you" and "one" are anyone: "before you land the job".
  if ((s.text === "you" || s.text === "u" || s.text === "one") && voice !== "company") return true;
  if (s.text === "who") {
    const antecedent = tokens[subject - 1];
    return antecedent !== undefined && (OTHER_PEOPLE.has(antecedent.lemma) || antecedent.pos === "PROPN");
  }
  if (undergoes) {
    // The one who got it: a third person, or a name ("Meera got rejected"); not "they got back to me".
    if (THIRD_PRONOUNS.has(s.text) && s.text !== "them") return s.text !== "they" || voice === "company";
    if (OTHER_PEOPLE.has(s.lemma)) return true;
    if (s.pos === "PROPN" && !COMPANY_SIDE.has(s.lemma))
      return tokens[at]?.pos !== "NOUN" || s.text !== "they";
    return false;
  }
  // The company did it: to whom? ("chose another candidate" names the one chosen, not the one turned down.)
  if (!DONE_TO_SOMEONE.has(tokens[at]?.lemma ?? "")) return false;
  const object = objectAfter(tokens, at);
  if (object === undefined) return false;
  const o = tokens[object];
  if (!o) return false;
  if (CANDIDATE_WORDS.has(o.text) || o.text === "you") return false;
  return THIRD_PRONOUNS.has(o.text) || OTHER_PEOPLE.has(o.lemma) || (o.pos === "PROPN" && o.text !== "i");
}

/** The candidate in their own notes. */
const FIRST_PERSON = new Set(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"]);

/**
 * True when a sentence of the notes tells of "him" and never of the writer: "told him it was a
 * formality, and then they went with someone internal" is another man's story, whatever the company
 * decided in it. (A recruiter passing on the writer's news names the writer: "she told me".)
 */
export function aboutHimOnly(tokens: readonly Token[]): boolean {
  let him = false;
  for (const t of tokens) {
    if (FIRST_PERSON.has(t.text)) return false;
    if (t.text === "him" || t.text === "himself") him = true;
  }
  return him;
}

/** Verbs whose object is the one the outcome happens to: "they turned down my housemate", "offered him the job". */
const DONE_TO_SOMEONE = new Set(["reject", "offer", "hire", "decline", "turn", "knock", "appoint"]);

function isOther(t: Token | undefined, next: Token | undefined): boolean {
  if (!t) return false;
  if (THIRD_PRONOUNS.has(t.text) && t.text !== "their" && t.text !== "them") return true;
  if (OTHER_PEOPLE.has(t.lemma)) return true;
  // "to a candidate", "for his role".
  if ((t.text === "a" || t.text === "another" || t.text === "the") && next && OTHER_PEOPLE.has(next.lemma))
    return true;
  if ((t.text === "his" || t.text === "her") && next) return true;
  return false;
}

/** Words that place an outcome in another process. */
const OTHER_ORG = new Set([
  "company",
  "companies",
  "firm",
  "place",
  "employer",
  "startup",
  "start-up",
  "job",
  "process",
  "role",
  "offer",
  "offers",
  "team",
  "bank",
  "agency",
]);
/** After "offer" at `j`: "I had" (not "I had been waiting for"), "I already had", "I was holding", "in hand". */
function heldOffer(tokens: readonly Token[], j: number): boolean {
  const [a, b, c] = [tokens[j + 1]?.text, tokens[j + 2]?.text, tokens[j + 3]?.text];
  if (a === "in" && b === "hand") return true;
  if (a !== "i") return false;
  if (b === "already") return true;
  if (b === "was" && (c === "holding" || c === "sitting")) return true;
  return (
    b === "had" && !["been", "hoped", "wanted", "waited", "asked", "expected", "applied"].includes(c ?? "")
  );
}

/** Words that point at this process, in a sentence that contrasts it with another. */
const THIS_ONE = new Set(["one", "process", "round", "role", "job", "company", "position", "final"]);

/**
 * True when the sentence puts the outcome in another process: "another company", "the other place",
 * "elsewhere", a year or "years ago", or a named organisation set against this one ("Rejected by
 * Halvard today, so this process matters more", "Turned down the Brackley offer, waiting on this
 * one").
 */
export function isAnotherProcess(tokens: readonly Token[]): boolean {
  let contrast = false;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t) continue;
    if (t.text === "this" && THIS_ONE.has(tokens[j + 1]?.lemma ?? "")) contrast = true;
    if (t.text === "this" && THIS_ONE.has(tokens[j + 2]?.lemma ?? "") && tokens[j + 1]?.pos === "ADJ")
      contrast = true;
  }
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t) continue;
    const next = tokens[j + 1];
    if (
      (t.text === "another" || t.text === "other" || t.text === "different") &&
      next &&
      OTHER_ORG.has(next.lemma)
    )
      return true;
    if (t.text === "elsewhere") return true;
    // "back in 2021", "in 2019", "two years ago", "last year".
    if (/^(19|20)\d\d$/.test(t.text) && (tokens[j - 1]?.text === "in" || tokens[j - 1]?.text === "back"))
      return true;
    if (t.text === "ago" && /^years?$/.test(tokens[j - 1]?.text ?? "")) return true;
    if (t.text === "last" && next?.text === "year") return true;
    // "they hired me for my current job", "my previous employer's offer".
    if (
      t.text === "my" &&
      next &&
      ["current", "previous", "last", "old", "former", "first", "present"].includes(next.text) &&
      ["job", "role", "employer", "company", "position", "post", "workplace", "team"].includes(
        tokens[j + 2]?.lemma ?? "",
      )
    )
      return true;
    // An offer already held, which this process is weighed against: "I took the offer I had",
    // "the offer I already had", "with an offer in hand" (not "the offer I had hoped for").
    if (t.lemma === "offer" && heldOffer(tokens, j)) return true;
    // "an offer from a big tech company", "from another firm".
    if (t.text === "from" && next && (next.text === "a" || next.text === "another" || next.text === "an"))
      for (let k = j + 2; k < tokens.length && k <= j + 5; k++) {
        const w = tokens[k];
        if (!w || (w.pos !== "ADJ" && w.pos !== "NOUN" && w.pos !== "PROPN")) break;
        if (OTHER_ORG.has(w.lemma)) return true;
      }
    // A named organisation against this one.
    if (contrast && t.pos === "PROPN" && j > 0) {
      const before = tokens[j - 1];
      const after = tokens[j + 1];
      if (before && ["by", "from", "at"].includes(before.text)) return true;
      if (after && (after.lemma === "offer" || after.lemma === "recruiter" || after.lemma === "rejection"))
        return true;
    }
  }
  return false;
}
