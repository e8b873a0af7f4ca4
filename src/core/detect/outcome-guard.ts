import { NEGATORS, type PatternMatch } from "../text/match-pattern.js";
import { clauseEnd, clauseStart, moodOf, type Voice, voiceOf } from "../text/modality.js";
import type { Token } from "../text/nlp.js";
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
  if (kind === "rejected" && rejectsAThing(tokens, trigger, from, voice)) return false;
  if (kind === "offer-made" && offersAThing(tokens, trigger)) return false;
  if (selectedForAStep(tokens, trigger, kind)) return false;
  if (kind === "rejected" && candidateStance(tokens, trigger, from, voice)) return false;
  if (kind === "rejected" && negativeFrame && deniesRejection(tokens)) return false;
  return true;
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
function isGeneric(tokens: readonly Token[], at: number, from: number, match: PatternMatch): boolean {
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
function isHabitualPresent(tokens: readonly Token[], at: number, from: number, text: string): boolean {
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

/** Others than the candidate: as the one an outcome happens to, they make it someone else's. */
const OTHER_PEOPLE = new Set([
  "friend",
  "sister",
  "brother",
  "husband",
  "wife",
  "flatmate",
  "roommate",
  "housemate",
  "colleague",
  "coworker",
  "co-worker",
  "classmate",
  "batchmate",
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
  "cousin",
  "mum",
  "mom",
  "dad",
  "father",
  "mother",
  "son",
  "daughter",
  "mate",
  "buddy",
  "peer",
  "boyfriend",
  "girlfriend",
  "neighbour",
  "neighbor",
  "student",
  "fiancé",
  "fiance",
  "fiancée",
  "predecessor",
]);
const THIRD_PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers", "them", "their", "theirs"]);
const CANDIDATE_WORDS = new Set(["i", "i'm", "im", "me", "my", "myself"]);

/** Verbs (and helpers) after which the subject is the one the outcome happened to. */
const UNDERGOES = new Set(["be", "get", "receive", "land", "accept", "have", "bag", "grab", "take", "sign"]);

/**
 * True when the outcome happened to another person: the one who got, received or was given it
 * ("Meera got rejected", "my cousin got her offer letter", "a candidate who declined their
 * offer"), or the one the company did it to ("they turned down my housemate", "made an offer to
 * someone").
 */
function someoneElse(
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

/** Verbs whose object is the one the outcome happens to: "they turned down my housemate", "offered him the job". */
const DONE_TO_SOMEONE = new Set(["reject", "offer", "hire", "decline", "turn", "knock", "appoint"]);

/** The subject of the clause before `from`, when `from` opens a clause that leaves its subject out ("and then got…"). */
function sharedSubject(tokens: readonly Token[], from: number): number | undefined {
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
const COMPANY_SIDE = new Set(["hr", "recruiter", "team", "panel", "company", "they", "manager", "ta"]);

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

/** True when "was", "got", "been", "received"… stand just before the key word: it happened to the subject. */
function undergoesBefore(tokens: readonly Token[], at: number, from: number): boolean {
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
function subjectToken(tokens: readonly Token[], at: number, from: number): Token | undefined {
  const subject = subjectOf(tokens, at, from);
  return subject === undefined ? undefined : tokens[subject];
}

/** The subject of the clause around `at`: the nearest noun or pronoun before it that no preposition governs. */
function subjectOf(tokens: readonly Token[], at: number, from: number): number | undefined {
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
function objectAfter(tokens: readonly Token[], at: number): number | undefined {
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
function rejectsAThing(tokens: readonly Token[], at: number, from: number, voice: Voice): boolean {
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
function offersAThing(tokens: readonly Token[], at: number): boolean {
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
function selectedForAStep(tokens: readonly Token[], at: number, kind: "offer-made" | "rejected"): boolean {
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
function candidateStance(tokens: readonly Token[], at: number, from: number, voice: Voice): boolean {
  let stance = false;
  for (let j = from; j < tokens.length && j <= at + 4; j++)
    if (STANCE.has(tokens[j]?.text ?? "")) stance = true;
  if (!stance) return false;
  const s = subjectToken(tokens, at, from);
  return s === undefined ? voice === "candidate" : CANDIDATE_WORDS.has(s.text);
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
/** Words that point at this process, in a sentence that contrasts it with another. */
const THIS_ONE = new Set(["one", "process", "round", "role", "job", "company", "position", "final"]);

/**
 * True when the sentence puts the outcome in another process: "another company", "the other place",
 * "elsewhere", a year or "years ago", or a named organisation set against this one ("Rejected by
 * Halvard today, so this process matters more", "Turned down the Brackley offer, waiting on this
 * one").
 */
function isAnotherProcess(tokens: readonly Token[]): boolean {
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
