import { PEOPLE_OF_ONES_OWN } from "../signals/words.js";
import { clauseStart } from "../text/modality.js";
import type { Token } from "../text/nlp.js";

/**
 * The grammar the outcome guard reads a clause by: the people an outcome can happen to, its subject
 * (said, or shared with the clause before) and its object.
 */

/** Others than the candidate: as the one an outcome happens to, they make it someone else's. */
export const OTHER_PEOPLE = new Set([
  ...PEOPLE_OF_ONES_OWN,
  "guy",
  "girl",
  "man",
  "woman",
  "person",
  "candidate",
  "applicant",
  "someone",
  "somebody",
  "anyone",
  "everyone",
  "everybody",
  "people",
  "others",
  "student",
  "peer",
]);
export const THIRD_PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers", "them", "their", "theirs"]);
export const CANDIDATE_WORDS = new Set(["i", "i'm", "im", "me", "my", "myself"]);

/** Verbs (and helpers) after which the subject is the one the outcome happened to. */
export const UNDERGOES = new Set([
  "be",
  "get",
  "receive",
  "land",
  "accept",
  "have",
  "bag",
  "grab",
  "take",
  "sign",
]);

/** The subject of the clause before `from`, when `from` opens a clause that leaves its subject out ("and then got…"). */
export function sharedSubject(tokens: readonly Token[], from: number): number | undefined {
  // Back over "… and waited a month and then got…" to the clause that names its subject.
  let start = from;
  for (let hops = 0; hops < 4; hops++) {
    const joiner = tokens[start - 1];
    if (!joiner || (joiner.text !== "and" && joiner.text !== "then")) return undefined;
    const next = tokens[start];
    // "and then got…", "and got…", "and offer letter on the 7th": no subject of its own.
    const head = next?.text === "then" ? tokens[start + 1] : next;
    if (!head || !["VERB", "AUX", "NOUN", "ADJ", "DET"].includes(head.pos)) return undefined;
    const before = clauseStart(tokens, start - 1);
    const subject = subjectOf(tokens, start - 1, before);
    if (subject !== undefined) return subject;
    start = before;
  }
  return undefined;
}

/** Names of the hiring side that may stand as a subject: "HR sent the offer". */
export const COMPANY_SIDE = new Set(["hr", "recruiter", "team", "panel", "company", "they", "manager", "ta"]);

/** True when "was", "got", "been", "received"… stand just before the key word: it happened to the subject. */
export function undergoesBefore(tokens: readonly Token[], at: number, from: number): boolean {
  // "will be closing the vacancy" is the progressive, done by the subject, not to it.
  const progressive = tokens[at]?.text.endsWith("ing") ?? false;
  for (let j = at - 1; j >= from && j >= at - 4; j--) {
    if (progressive && tokens[j]?.lemma === "be") continue;
    const t = tokens[j];
    if (!t) break;
    if (UNDERGOES.has(t.lemma)) return true;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.text === "they") return false;
  }
  return false;
}

/** Possessive determiners: "my" in "my application" stands for no one doing anything. */
const POSSESSIVES = new Set(["my", "your", "his", "her", "their", "our", "its"]);

/** The token of the clause's subject (see subjectOf), if it has one. */
export function subjectToken(tokens: readonly Token[], at: number, from: number): Token | undefined {
  const subject = subjectOf(tokens, at, from);
  return subject === undefined ? undefined : tokens[subject];
}

/** The subject of the clause around `at`: the nearest noun or pronoun before it that no preposition governs. */
export function subjectOf(tokens: readonly Token[], at: number, from: number): number | undefined {
  let start = at - 1;
  // A noun's own modifiers are no subject: "Written offer", "the Night Porter role".
  if (tokens[at]?.pos === "NOUN" || tokens[at]?.pos === "PROPN")
    while (start >= from && ["ADJ", "PROPN", "NOUN", "NUM", "DET"].includes(tokens[start]?.pos ?? ""))
      start--;
  // The subject stands before the clause's verb: nouns between that verb and the key word are its
  // objects ("she got a call on the 4th and …"), unless no verb comes before them.
  let verbAt = -1;
  for (let j = start; j >= from; j--)
    if (tokens[j]?.pos === "VERB" || tokens[j]?.pos === "AUX") {
      verbAt = j;
      break;
    }
  for (let j = verbAt >= 0 ? verbAt - 1 : start; j >= from; j--) {
    const t = tokens[j];
    if (!t) continue;
    // "Great news, offer's signed off": what stands before a comma is no subject of what follows.
    if (t.text === ",") return undefined;
    const isNominal =
      t.pos === "PRON" || t.pos === "PROPN" || t.pos === "NOUN" || t.text === "im" || t.text === "i'm";
    if (!isNominal) continue;
    // A possessive is not the subject; the noun it goes with is.
    if (POSSESSIVES.has(t.text)) continue;
    // Governed by a preposition ("from my batch", "at the same stage")? Skip the phrase.
    let k = j - 1;
    if (t.pos !== "PRON") {
      while (k >= from && ["DET", "ADJ", "NUM", "NOUN", "PROPN"].includes(tokens[k]?.pos ?? "")) k--;
      while (k >= from && POSSESSIVES.has(tokens[k]?.text ?? "")) k--;
    }
    if (k >= from && tokens[k]?.pos === "ADP" && tokens[k]?.text !== "that") continue;
    // Head of a noun phrase: the last noun before the verb ("my friend Tobiah got…" → Tobiah or friend).
    if (t.pos === "PROPN" && OTHER_PEOPLE.has(tokens[j - 1]?.lemma ?? "")) return j - 1;
    return j;
  }
  return undefined;
}

/** The object after a verb: the first noun or pronoun within a few words ("rejected my suggested time" → time). */
export function objectAfter(tokens: readonly Token[], at: number): number | undefined {
  let last: number | undefined;
  for (let j = at + 1; j < tokens.length && j <= at + 5; j++) {
    const t = tokens[j];
    if (!t) break;
    if (t.pos === "ADP" && t.text !== "down" && t.text !== "back") break;
    if ([".", ",", ";", "!", "?"].includes(t.text)) break;
    if (t.pos === "PRON" && !POSSESSIVES.has(t.text)) return j;
    if (t.pos === "NOUN" || t.pos === "PROPN") last = j;
    else if (last !== undefined) return last;
  }
  return last;
}
