import { NEGATORS, type PatternMatch } from "../text/match-pattern.js";
import { clauseStart, moodOf, type Voice, voiceOf } from "../text/modality.js";
import type { Token } from "../text/nlp.js";
import {
  candidateStance,
  isGeneric,
  isHabitualPresent,
  offersAThing,
  rejectsAThing,
  selectedForAStep,
} from "./outcome-sense.js";
import { aboutHimOnly, isAnotherProcess, someoneElse } from "./outcome-whose.js";
import type { SpeakerRole } from "./passages.js";

/**
 * Whether words of an outcome ("offer", "rejected", "went with someone else") report a decision the
 * company made about this candidate in this process, and told them. An outcome settles the read,
 * so a false one tells a worried person they were turned down when nobody said so. None of these
 * is an outcome:
 *
 * - a statement that is not a fact (see modality.ts): a fear, hope, guess, question, condition,
 *   plan, counterfactual, or a denial ("no offer as of now");
 * - someone else's outcome: "my neighbour got an offer from them", "they turned down my housemate";
 * - another process: "turned down the Brackley offer, waiting on this one", "rejected by them back
 *   in 2019", "the other firm sent a no";
 * - the words in another sense: "they rejected my suggested time", "offered me tea", "offer you
 *   a call slot", "not picked for the morning test slot", the candidate turning
 *   something down;
 * - talk about outcomes in general: "their rejection letters all read the same".
 */
export function outcomeHolds(
  kind: "offer-made" | "rejected",
  tokens: readonly Token[],
  match: PatternMatch,
  role: SpeakerRole,
  text: string,
): boolean {
  const own = voiceOf(role);
  // "The recruiter told me they will not take me further": the company's words, reported.
  const voice: Voice = own !== "company" && reportedFromCompany(tokens, match.start) ? "company" : own;
  const span = tokens.slice(match.start, match.end + 1);
  const negativeFrame =
    span.some((t) => NEGATORS.has(t.text)) || span.some((t) => NEGATIVE_WORDS.has(t.text));
  // The company's own "we will be closing the vacancy" is the decision, said in the future tense.
  const mood = moodOf(tokens, match.start, match.end, {
    voice,
    text,
    negativeFrame,
    decidedInFuture: voice === "company" && kind === "rejected",
  });
  if (mood !== "asserted") return false;
  if (isAnotherProcess(tokens)) return false;
  const from = clauseStart(tokens, match.start);
  const trigger = keyToken(tokens, match, kind);
  if (trigger === undefined) return true;
  const t = tokens[trigger];
  if (!t) return true;
  if (isGeneric(tokens, trigger, from, match)) return false;
  if (own === "candidate" && isHabitualPresent(tokens, trigger, from, text)) return false;
  if (someoneElse(tokens, trigger, from, voice, match)) return false;
  if (own === "candidate" && aboutHimOnly(tokens)) return false;
  if (kind === "rejected" && rejectsAThing(tokens, trigger, from, voice)) return false;
  if (kind === "offer-made" && offersAThing(tokens, trigger)) return false;
  if (selectedForAStep(tokens, trigger, kind)) return false;
  if (kind === "rejected" && candidateStance(tokens, trigger, from, voice)) return false;
  if (kind === "rejected" && negativeFrame && deniesRejection(tokens)) return false;
  if (kind === "rejected" && anEventCalledOff(tokens, match.start, from)) return false;
  return true;
}

/** What can be called off without anyone being turned down: a day, a meeting, a call. */
const EVENTS = new Set([
  "today",
  "tomorrow",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "meeting",
  "call",
  "interview",
  "session",
  "visit",
  "appointment",
  "slot",
  "tour",
  "trip",
  "event",
]);

/**
 * A day or a meeting that cannot go ahead: "tomorrow can't go ahead either", "the site visit will not
 * proceed". A cancellation, told with a rejection's words; the candidacy is not what stops.
 */
function anEventCalledOff(tokens: readonly Token[], start: number, from: number): boolean {
  // The subject just before the verb group ("can't", "will not be able to"), as a day or a meeting.
  for (let j = start - 1; j >= from && j >= start - 5; j--) {
    const t = tokens[j];
    if (!t) return false;
    if (t.pos === "AUX" || t.pos === "PART" || t.pos === "ADV") continue;
    return EVENTS.has(t.lemma) || EVENTS.has(t.text);
  }
  return false;
}

/** Verbs that report what someone said or wrote. */
const REPORTING = new Set([
  "tell",
  "say",
  "inform",
  "write",
  "email",
  "mail",
  "mention",
  "explain",
  "notify",
  "confirm",
  "call",
]);
const COMPANY_SPEAKERS = new Set([
  "they",
  "he",
  "she",
  "recruiter",
  "hr",
  "manager",
  "interviewer",
  "company",
  "team",
  "panel",
  "email",
  "mail",
  "letter",
  "message",
]);

/**
 * True when the words stand in what the company said or wrote, reported: "she told me they…", "an
 * email saying…". Narrower than resolve-actor's reportedByCompany on purpose: that one finds who did
 * a thing ("she asked about salary", "they offered a tour"), so its verbs include asking and offering;
 * here only verbs that carry news count, and a letter or an email can be the one that says it.
 */
function reportedFromCompany(tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t || t.text === "." || t.text === ";") break;
    if (!REPORTING.has(t.lemma) || t.pos === "NOUN") continue;
    for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
      const s = tokens[k];
      if (!s) break;
      if (s.text === "i" || s.text === "we") return false;
      if (COMPANY_SPEAKERS.has(s.lemma) || s.pos === "PROPN") return true;
    }
    // "an email saying I had been rejected".
    if (t.text === "saying" || t.text === "stating") return true;
  }
  return false;
}

/** "Neither rejected nor hired, just waiting": a sentence that denies the rejection too decides nothing. */
function deniesRejection(tokens: readonly Token[]): boolean {
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || (t.lemma !== "reject" && t.lemma !== "rejection")) continue;
    for (let k = j - 1; k >= 0 && k >= j - 3; k--) if (NEGATORS.has(tokens[k]?.text ?? "")) return true;
  }
  return false;
}

/** Words whose meaning is already the negative outcome: they are the frame, not a denial of it. */
const NEGATIVE_WORDS = new Set(["unsuccessful", "unable", "cannot", "regret", "unfortunately", "declined"]);

const OFFER_LEMMAS = new Set([
  "offer",
  "offr",
  "hire",
  "appoint",
  "appointment",
  "contract",
  "select",
  "place",
]);
const REJECT_LEMMAS = new Set([
  "reject",
  "rejection",
  "decline",
  "turn",
  "knock",
  "pass",
  "unsuccessful",
  "select",
  "selected",
  "shortlist",
  "consider",
  "fill",
  "filled",
  "proceed",
  "move",
  "go",
  "interested",
]);

/** The token that names the event in the match: its verb or noun ("rejected", "offer"). */
function keyToken(
  tokens: readonly Token[],
  match: PatternMatch,
  kind: "offer-made" | "rejected",
): number | undefined {
  const lemmas = kind === "offer-made" ? OFFER_LEMMAS : REJECT_LEMMAS;
  for (const i of match.indices) if (lemmas.has(tokens[i]?.lemma ?? "")) return i;
  for (let i = match.start; i <= match.end; i++) if (lemmas.has(tokens[i]?.lemma ?? "")) return i;
  // "got the job", "it's a no": the frame's verb, else its first word.
  for (const i of match.indices) if (tokens[i]?.pos === "VERB") return i;
  return match.indices[0];
}
