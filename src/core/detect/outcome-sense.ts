import type { PatternMatch } from "../text/match-pattern.js";
import { clauseEnd, type Voice } from "../text/modality.js";
import type { Token } from "../text/nlp.js";
import {
  CANDIDATE_WORDS,
  COMPANY_SIDE,
  OTHER_PEOPLE,
  objectAfter,
  subjectToken,
  undergoesBefore,
} from "./outcome-grammar.js";

/**
 * Words of an outcome in another sense: talk about outcomes in general, how a company does things,
 * a thing rejected or offered rather than the candidate or the job, a step one is picked for, the
 * candidate's own stance.
 */

/** Past forms that make a noun of an outcome an event: "got the offer", "the rejection came". */
const REALISED = new Set([
  "got",
  "gotten",
  "received",
  "came",
  "come",
  "arrived",
  "sent",
  "emailed",
  "mailed",
  "made",
  "extended",
  "attached",
  "approved",
  "accepted",
  "signed",
  "shared",
  "released",
  "rolled",
  "issued",
  "gave",
  "given",
  "handed",
  "landed",
  "bagged",
  "grabbed",
  "declined",
  "turned",
  "confirmed",
  "enclosed",
  "available",
  "here",
  "find",
  "have",
  "has",
  "had",
  "'ve",
  "took",
  "presented",
  "verbal",
  "written",
  "formal",
  "conditional",
  "official",
  "dropped",
  "hit",
  "is",
  "was",
  "were",
  "'s",
  // A time or a step in a story makes it an event: "then a brief rejection email", "offer this morning".
  "then",
  "finally",
  "eventually",
  "today",
  "yesterday",
  "morning",
  "afternoon",
  "evening",
  "tonight",
  "from",
]);

/**
 * A bare noun of an outcome with nothing in its clause that makes it happen ("Their rejection
 * letters all read the same", "Rejection comes with job hunting"): talk about outcomes.
 */
export function isGeneric(tokens: readonly Token[], at: number, from: number, match: PatternMatch): boolean {
  const t = tokens[at];
  if (!t || (t.pos !== "NOUN" && t.pos !== "PROPN") || match.indices.length > 2) return false;
  if (t.lemma !== "offer" && t.lemma !== "rejection" && t.lemma !== "offr") return false;
  const to = clauseEnd(tokens, at);
  // A fragment with no verb is a note of what happened: "Rejection on Monday.", "A short rejection email."
  let verbs = 0;
  for (let j = from; j <= to; j++) if (tokens[j]?.pos === "VERB" || tokens[j]?.pos === "AUX") verbs++;
  if (verbs === 0) return false;
  for (let j = from; j <= to; j++) {
    const w = tokens[j];
    if (!w || j === at) continue;
    if (REALISED.has(w.text) || w.text === "my" || w.text === "your") {
      // "Rejection comes with job hunting": "is" makes nothing happen unless it says what the offer is.
      if ((w.text === "is" || w.text === "'s") && j > at) {
        const next = tokens[j + 1];
        if (
          !next ||
          !/^(approved|attached|here|made|extended|yours|in|available|confirmed|official|on)$/.test(next.text)
        )
          continue;
      }
      if ((w.text === "is" || w.text === "'s") && j < at) continue;
      return false;
    }
  }
  return true;
}

/** Times that anchor a present tense in one day: "They give me an offer last night", "today". */
const ANCHORS = new Set([
  "yesterday",
  "today",
  "tonight",
  "morning",
  "afternoon",
  "evening",
  "finally",
  "just",
  "now",
]);

/**
 * A candidate's "they offer a competitive package", "they reject most people": the simple present
 * tells how a company does things, not what it did. Unless a time anchors it in one day, or it is
 * exclaimed ("They take me!", as second-language notes often tell the past).
 */
export function isHabitualPresent(tokens: readonly Token[], at: number, from: number, text: string): boolean {
  const t = tokens[at];
  if (t?.pos !== "VERB" || t.text !== t.lemma || t.lemma === "get" || t.lemma === "have") return false;
  // Said of the company, by its name or as "they": not a quoted formula ("'we regret to inform you'").
  const s = subjectToken(tokens, at, from);
  if (!s || !(["they", "he", "she", "it"].includes(s.text) || COMPANY_SIDE.has(s.lemma) || s.pos === "NOUN"))
    return false;
  const before = tokens[at - 1];
  if (
    before &&
    ["to", "will", "would", "'ll", "did", "do", "does", "not", "n't", "never", "i"].includes(before.text)
  )
    return false;
  if (text.includes("!")) return false;
  return !tokens.some((w) => ANCHORS.has(w.text));
}

/** What a candidate can be turned down as: their application, not a date or a request. */
const CANDIDACY = new Set([
  "application",
  "candidacy",
  "candidature",
  "profile",
  "cv",
  "resume",
  "résumé",
  "me",
  "you",
  "i",
  "applicant",
  "candidate",
  "interview",
  "round",
  "onsite",
  "screen",
  "stage",
  "assessment",
  "test",
]);

/**
 * True when what was rejected, declined or turned down is a thing ("they rejected my suggested time",
 * "my travel claim was rejected", "the panel rejected my first design") or when the candidate did the
 * turning down ("Turned down the final round at another bank", "I declined").
 */
export function rejectsAThing(tokens: readonly Token[], at: number, from: number, voice: Voice): boolean {
  const t = tokens[at];
  if (!t || !["reject", "decline", "turn", "knock", "rejection"].includes(t.lemma)) return false;
  const passive = undergoesBefore(tokens, at, from);
  const s = subjectToken(tokens, at, from);
  if (!passive && t.pos === "VERB") {
    // Active: the candidate turning something down, or the company rejecting a thing.
    const object = objectAfter(tokens, at);
    const o = object === undefined ? undefined : tokens[object];
    // "I turned down the offer", "Turned down the final round": the candidate did it. With
    // nothing turned down ("Turned down for the post.", "Rejected, once more."), it was done to them.
    const writer = s === undefined ? voice === "candidate" : CANDIDATE_WORDS.has(s.text);
    if (writer && o !== undefined && !CANDIDATE_WORDS.has(o.text)) return true;
    if (s !== undefined && CANDIDATE_WORDS.has(s.text) && s.text !== "me") return true;
    return o !== undefined && o.pos === "NOUN" && !CANDIDACY.has(o.lemma) && !OTHER_PEOPLE.has(o.lemma);
  }
  if (passive && s && s.pos === "NOUN" && !CANDIDACY.has(s.lemma) && !OTHER_PEOPLE.has(s.lemma)) return true;
  return false;
}

/** What a job offer offers: the job, not coffee, a tour or an interview. */
const JOB_THINGS = new Set([
  "job",
  "role",
  "position",
  "post",
  "place",
  "apprenticeship",
  "internship",
  "contract",
  "employment",
  "offer",
  "package",
  "salary",
  "ctc",
  "lpa",
  "seat",
  "opportunity",
  "gig",
  "spot",
  "traineeship",
  "fellowship",
  "residency",
  "letter",
  "compensation",
  "pay",
  "lakh",
  "lakhs",
  "k",
  "designation",
]);

/** True when "offer" offers something other than the job ("a call slot", "tea", "to walk me round"). */
export function offersAThing(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t?.lemma !== "offer") return false;
  if (t.pos !== "VERB") {
    // "an offer of an interview", "the offer of a tour".
    if (tokens[at + 1]?.text === "of") {
      for (let j = at + 2; j < tokens.length && j <= at + 5; j++) {
        const w = tokens[j];
        if (!w) break;
        if (w.pos === "NOUN") return !JOB_THINGS.has(w.lemma) && w.pos === "NOUN" && !/\d/.test(w.text);
      }
    }
    return false;
  }
  // "offered to walk me round".
  if (tokens[at + 1]?.text === "to" && tokens[at + 2]?.pos === "VERB") return true;
  // The thing offered: the first noun after the verb and its recipient.
  for (let j = at + 1; j < tokens.length && j <= at + 6; j++) {
    const w = tokens[j];
    if (!w || [".", ",", ";", "!", "?"].includes(w.text)) break;
    if (w.pos === "NOUN" || w.pos === "PROPN" || w.pos === "ADJ") {
      // The noun phrase: "the Night Porter role", "the post of Site Coordinator", "14 LPA".
      let k = j;
      let nouns = 0;
      while (
        k < tokens.length &&
        k <= j + 5 &&
        ["NOUN", "PROPN", "ADJ", "NUM"].includes(tokens[k]?.pos ?? "")
      ) {
        if (JOB_THINGS.has(tokens[k]?.lemma ?? "")) return false;
        if (tokens[k]?.pos === "NOUN") nouns++;
        k++;
      }
      return nouns > 0;
    }
  }
  return false;
}

/** Steps that one is selected or shortlisted for on the way, not the job. */
const STEPS = new Set([
  "technical",
  "hr",
  "managerial",
  "coding",
  "written",
  "group",
  "round",
  "interview",
  "slot",
  "test",
  "assessment",
  "exam",
  "stage",
  "shortlist",
  "call",
  "screen",
  "onsite",
  "aptitude",
  "gd",
  "discussion",
  "phase",
  "level",
  "batch",
]);

/** Times one is given among others: not being picked for one is no decision. */
const TIMES = new Set(["slot", "time", "date", "day", "session", "batch", "shift"]);

/**
 * "selected for the next round" is a step, not the job; "not picked for the morning test
 * slot" is a time, not a decision (while "not shortlisted for the next round" is one).
 */
export function selectedForAStep(
  tokens: readonly Token[],
  at: number,
  kind: "offer-made" | "rejected",
): boolean {
  const t = tokens[at];
  if (!t || !["select", "selected", "shortlist", "choose", "pick"].includes(t.lemma)) return false;
  const next = tokens[at + 1];
  if (!next || !["for", "in", "to", "into"].includes(next.text)) return false;
  // The head of the phrase is its last noun: "the morning test slot" is a slot.
  let head: Token | undefined;
  let step = false;
  for (let j = at + 2; j < tokens.length && j <= at + 7; j++) {
    const w = tokens[j];
    if (!w || !["DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ"].includes(w.pos)) break;
    if (w.pos === "NOUN" || STEPS.has(w.lemma)) head = w;
    if (STEPS.has(w.lemma)) step = true;
  }
  if (!head) return false;
  if (TIMES.has(head.lemma)) return true;
  // "the technical and HR interview": any step word in the phrase makes it a step.
  if (STEPS.has(head.lemma) || step) return kind === "offer-made";
  return false;
}

/** Words of a stance, "not interested", that someone takes. */
const STANCE = new Set(["interested", "keen", "looking"]);

/** "Told the agency no, not interested": the candidate's own stance is no rejection of them. */
export function candidateStance(tokens: readonly Token[], at: number, from: number, voice: Voice): boolean {
  let stance = false;
  for (let j = from; j < tokens.length && j <= at + 4; j++)
    if (STANCE.has(tokens[j]?.text ?? "")) stance = true;
  if (!stance) return false;
  const s = subjectToken(tokens, at, from);
  return s === undefined ? voice === "candidate" : CANDIDATE_WORDS.has(s.text);
}
