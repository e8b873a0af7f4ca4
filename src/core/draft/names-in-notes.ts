import { sameName } from "../people/identify-candidate-mail.js";
import type { NotesDoc } from "../read/documents.js";
import { splitSentences } from "../text/sentences.js";
import { notesLines } from "./notes-blocks.js";
import { withoutParens, withoutQuotes } from "./words.js";

// Who the candidate's notes say the interview was with.

const NAME_STOP = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun " +
    "january february march april may june july august september october november december jan feb mar apr jun " +
    "jul aug sep sept oct nov dec zoom teams meet google skype webex slack hr ceo cto coo cfo vp the a an i we " +
    "my our their his her she he they it this that interview call video phone round final panel notes next " +
    "then later after before update today tomorrow yesterday"
  ).split(" "),
);

const NAME = "\\p{Lu}[\\p{Ll}'\\u2019-]+(?:[ \\t]+\\p{Lu}[\\p{Ll}'\\u2019-]+){0,2}";

/** Words a line may open with before a name, capitalised there: "With Osric Penhallow (ops manager)". */
const LEAD_WORDS = new Set(["with", "met", "and", "by", "from", "via", "per", "interviewer", "interviewers"]);

/**
 * A name as written, cut before words that are not names ("Ysolde Marlowe" from "Ysolde Marlowe Thursday"),
 * and after a word that opens the line ("With Osric Penhallow" is Osric Penhallow).
 */
function cleanName(raw: string): string | undefined {
  const tokens = raw.split(/\s+/);
  while (tokens.length > 1 && LEAD_WORDS.has((tokens[0] ?? "").toLowerCase())) tokens.shift();
  const kept: string[] = [];
  for (const t of tokens) {
    if (NAME_STOP.has(t.toLowerCase().replace(/['\u2019]s$/, ""))) break;
    kept.push(t.replace(/['\u2019]s$/, ""));
  }
  return kept.length > 0 ? kept.join(" ") : undefined;
}

/** Words that make a parenthesis or an apposition a job title ("Ambrose Quennell (CTO)", "Meera Thistlewood (staff engineer)"). */
const ROLE_WORDS =
  /\b(?:manager|director|dir|chair|chairperson|em|pm|hm|gm|md|owner|panel|panelist|interviewer|boss|manager|director|recruiter|recruiting|lead|head|ceo|cto|coo|cfo|vp|founder|co-founder|cofounder|engineer|engineering|hr|designer|analyst|officer|supervisor|partner|principal|president|chair|coordinator|security|infrastructure|operations|people|talent|scientist|researcher|producer|editor|nurse|hiring)\b/i;

/** A role or title standing where a name should ("Head", "Recruiter", "Frau"): no one to greet. */
export const ROLE_ALONE =
  /^(?:head|manager|director|recruiter|lead|team|hr|ceo|cto|cfo|coo|vp|founder|owner|boss|chair|principal|sister|herr|frau|sir|madam|mr|ms|mrs|dr|prof)\.?$/i;

/** Who the interview was with, as a list: a role word may come first, names joined by ",", "and", "+", "&". */
const WITH_PEOPLE = new RegExp(
  `\\b(?:with|w\\/|panel:|interviewers?:|met:?)\\s+(?:(?:the|our)\\s+)?(?:(?:recruiter|hiring\\s+manager|HM|owner|manager|director|founder|CEO|CTO|COO|CFO)\\s+)?(${NAME}(?:\\s*\\([^)]{0,80}\\))?(?:\\s*(?:,|\\+|&|\\band\\b|\\bund\\b)\\s*${NAME}(?:\\s*\\([^)]{0,80}\\))?){0,4})`,
  "gu",
);

/** A sentence about something still to come: names in it are not people met ("the invite for Monday with Ottoline"). */
const FUTURE =
  /\b(?:will|'ll|\u2019ll|going to|would|invite for|next round|scheduled for|to call|to email)\b/i;

/** Where a sentence says the interview was with someone. */
const INTERVIEW_WORDS =
  /\b(?:interview\w*|round|panel|final|onsite|on-site|screen|video|zoom|teams|met|meeting|w\/)\b/i;

/** The people notes say the interview was with: "with X", "X (role)", "the recruiter was X", "thank-you to X". */
export function namesInNotes(doc: NotesDoc): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  const add = (raw: string | undefined, line: number) => {
    const name = raw ? cleanName(raw) : undefined;
    if (name && !found.some((f) => sameName(f.name, name))) found.push({ name, line });
  };
  notesLines(doc).forEach(({ text, line }, index) => {
    for (const sentence of splitSentences(text)) {
      const plain = withoutQuotes(sentence);
      const isFuture = FUTURE.test(withoutParens(plain));
      if (isFuture) continue;
      const isAboutInterview = index < 3 || INTERVIEW_WORDS.test(plain);
      if (isAboutInterview) {
        // "with Osric and Ferelith", "w/ Quenby + Mirela", "w/ recruiter Alicia", "panel: Ana Ruiz (chair), Mike O."
        for (const m of plain.matchAll(WITH_PEOPLE)) {
          const list = (m[1] ?? "").replace(/\([^)]{0,80}\)/g, " ");
          for (const n of list.matchAll(new RegExp(NAME, "gu"))) add(n[0], line);
        }
      }
      // The role is bounded, so that "Ann (Ann (Ann (…" is not scanned to its end from each name (quadratic).
      for (const m of plain.matchAll(new RegExp(`(${NAME})\\s*\\(([^)]{0,200})\\)`, "gu"))) {
        if (ROLE_WORDS.test(m[2] ?? "")) add(m[1], line);
      }
      for (const m of plain.matchAll(
        new RegExp(`\\b(?:recruiter|interviewer|hiring manager|HM)\\s+(?:was|is)\\s+(${NAME})`, "giu"),
      ))
        add(m[1], line);
      for (const m of plain.matchAll(
        new RegExp(
          `\\b(?:thank-you|thank you|thanks)(?:\\s+(?:note|email|e-mail))?\\s+to\\s+(${NAME})`,
          "giu",
        ),
      ))
        add(m[1], line);
    }
  });
  return found;
}
