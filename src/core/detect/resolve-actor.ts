import type { Token } from "../text/nlp.js";

/** Who did the thing a sentence in the candidate's notes describes. */
export type NotesActor = "company" | "candidate" | "both" | "unknown";

const THIRD_PERSON = new Set(["he", "she", "they", "you"]);
/** Nouns that name someone on the hiring side when they are the subject. */
const COMPANY_NOUNS = new Set([
  "interviewer",
  "interviewers",
  "recruiter",
  "recruiters",
  "manager",
  "director",
  "panel",
  "panelist",
  "panelists",
  "ceo",
  "cto",
  "coo",
  "cfo",
  "founder",
  "co-founder",
  "cofounder",
  "vp",
  "hr",
  "lead",
  "head",
  "team",
  "company",
  "boss",
  "chair",
  "lady",
  "guy",
  "woman",
  "man",
  "owner",
  "president",
  "supervisor",
  "coordinator",
  "partner",
  "everyone",
  "everybody",
  "someone",
  "somebody",
  "nobody",
  "hirer",
  "firm",
  "agency",
  "engineer",
  "principal",
]);
/** Verbs that introduce reported speech: "she said I'd own…", "he asked whether I…". */
const REPORTING = new Set([
  "say",
  "tell",
  "ask",
  "explain",
  "mention",
  "describe",
  "add",
  "promise",
  "note",
  "confirm",
  "want",
  "wonder",
  "offer",
  "suggest",
  "insist",
  "reply",
  "answer",
  "respond",
  "admit",
  "warn",
  "joke",
  "repeat",
  "stress",
  "emphasise",
  "emphasize",
  "talk",
  "spend",
  "pitch",
  "put",
  "check",
  "make",
  "want",
  "let",
]);
/** Passive verbs after "I was…" that someone else did to the candidate. */
const DONE_TO = new Set([
  "ask",
  "tell",
  "give",
  "offer",
  "show",
  "introduce",
  "invite",
  "take",
  "walk",
  "quiz",
  "grill",
  "press",
  "push",
  "sell",
  "pitch",
  "promise",
  "call",
  "question",
]);

/** Verbs of a hedge: "I think", "I guess", "I believe". */
const STANCE = new Set(["think", "guess", "believe", "suppose", "reckon", "feel", "gather"]);

function isSubjectNoun(t: Token): boolean {
  return t.pos === "PROPN" || COMPANY_NOUNS.has(t.lemma);
}

function isCompanySubject(t: Token): boolean {
  return THIRD_PERSON.has(t.text) || isSubjectNoun(t);
}

/** True when a reporting verb with a company-side subject stands left of `from` ("she said", "Priya asked"). */
function reportedByCompany(tokens: Token[], from: number): boolean {
  for (let k = from; k >= 0 && k >= from - 10; k--) {
    const t = tokens[k];
    if (!t) break;
    if (REPORTING.has(t.lemma) && t.pos !== "NOUN") {
      for (let s = k - 1; s >= 0 && s >= k - 4; s--) {
        const subject = tokens[s];
        if (!subject) break;
        if (subject.text === "i" || subject.text === "we") return false;
        if (isCompanySubject(subject)) return true;
      }
    }
  }
  return false;
}

/**
 * Reads who the subject of the clause around `at` is, in a sentence of the candidate's notes.
 * "She asked when I could start" → company; "I asked about salary" → candidate;
 * "I was asked about my notice" → company (passive); "she said I'd own onboarding" → company
 * (reported speech); "salary came up" → unknown.
 */
export function resolveNotesActor(tokens: Token[], at: number): NotesActor {
  const quoteDepth = tokens.slice(0, at).filter((t) => t.text === '"').length;
  if (quoteDepth % 2 === 1) {
    // Inside a quotation: the words belong to whoever is quoted; notes quote the interviewer
    // unless the candidate says they said it themselves.
    const open = tokens
      .slice(0, at)
      .map((t) => t.text)
      .lastIndexOf('"');
    // The quote names its own subject: 'that the "Team decided to look at other candidates"'.
    for (let j = at - 1; j > open; j--) {
      const t = tokens[j];
      if (!t) break;
      if (t.text === "i" || t.text === "we") break;
      if (isCompanySubject(t)) return "company";
    }
    const before = resolveNotesActor(tokens, Math.max(0, open - 1));
    return before === "candidate" ? "candidate" : "company";
  }
  for (let j = at; j >= 0 && j >= at - 14; j--) {
    const t = tokens[j];
    if (!t) break;
    if (t.text === ";" || t.text === "." || t.text === "!" || t.text === "?") break;
    if (t.text === "i" || t.text === "i'm") {
      const next = tokens[j + 1];
      // "He is Austrian I think, very direct but kind": a hedge set beside the clause is not its subject.
      if (
        t.text === "i" &&
        next &&
        STANCE.has(next.lemma) &&
        j + 1 < at &&
        [",", "-", "—"].includes(tokens[j + 2]?.text ?? "")
      )
        continue;
      const after = tokens[j + 2];
      if (next && (next.lemma === "be" || next.lemma === "get") && after && DONE_TO.has(after.lemma))
        return "company";
      if (reportedByCompany(tokens, j - 1)) return "company";
      return "candidate";
    }
    if (t.text === "we") return reportedByCompany(tokens, j - 1) ? "company" : "both";
    if (isCompanySubject(t) && j !== at) return "company";
    // The matched word itself is its own subject only as a pronoun ("she…"); a capitalised first
    // word is often tagged a proper noun ("Salary came up").
    if (isCompanySubject(t) && j === at && t.pos === "PRON") return "company";
  }
  return "unknown";
}
