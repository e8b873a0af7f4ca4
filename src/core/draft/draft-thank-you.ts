import type { Analysis } from "../analyze-interview.js";
import type { Doc, EmailDoc, NotesDoc, Person, TranscriptDoc } from "../documents.js";
import type { Evidence } from "../evidence.js";
import { formatTime } from "../format-time.js";
import {
  isFromCandidate,
  isPersonName,
  isThankYouNote,
  MAX_NAME_CHARS,
  nameTokens,
  sameName,
} from "../identify-candidate-mail.js";
import { readSentences, type Token } from "../nlp.js";
import type { SignalId } from "../signal.js";
import { checkDraft } from "./check-draft.js";

/** Where a piece of a draft comes from: the words as they stand in a source file. */
export interface DraftSource {
  /** File name, as in the evidence ("transcript.vtt", "notes.md", "emails/02-reply.eml"). */
  source: string;
  /** The words in the source, verbatim but for runs of whitespace (a wrapped line reads as one space). */
  quote: string;
  /** 1-based line in the source file. */
  line?: number;
  /** Transcript timestamp, "hh:mm:ss". */
  at?: string;
  /** Who said it, where a transcript tells. */
  speaker?: string;
}

/** One specific thing from the conversation that a draft refers to. */
export interface Specific extends DraftSource {
  /** The words the draft uses: the quote, shortened and with its pronouns turned to the reader. */
  text: string;
  /** Something the interviewer said (`point`, `topic`) or asked about (`question`). */
  kind: "point" | "topic" | "question";
}

/** The one thing the draft adds that the candidate left unsaid, and why. */
export interface DraftGap extends DraftSource {
  /** The sentence the draft adds. */
  text: string;
  /** What in the inputs called for it. */
  why: string;
  /** The negative signal it answers, where it answers one. */
  signal?: SignalId;
}

/** The role and company a draft names, and the line they were read from. */
export interface RoleAbout extends DraftSource {
  role?: string;
  company?: string;
}

export interface Recipient {
  name: string;
  email?: string;
}

export interface ThankYouDraft {
  to: Recipient;
  /** Why this person gets a note: where their name was found. */
  basis: string;
  subject: string;
  body: string;
  specifics: Specific[];
  gap?: DraftGap;
  about?: RoleAbout;
  /** Set when the draft is thinner than it should be (fewer than two specifics found), saying what to add. */
  note?: string;
  words: number;
}

export interface ThankYouInput {
  docs: Doc[];
  analysis: Analysis;
  /** How the draft is signed; the candidate's name from the analysis when not given. */
  candidateName?: string;
  /** Who the candidate is (the people module's answer), where it differs from the analysis's. */
  candidateNames?: string[];
}

/** Someone on the company side who took part in the interview. */
export interface Interviewer {
  name: string;
  email?: string;
  basis: string;
}

/** Drafts stay under this many words (the advice: concise). */
export const MAX_THANK_YOU_WORDS = 180;
/** A specific longer than this is cut at a clause boundary or left out. */
const MAX_SPECIFIC_WORDS = 22;

// ---------------------------------------------------------------------------------------------------------------
// Words

/** Words of a text, as a reader counts them. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function plainQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

const TITLES = /^(?:dr|mr|mrs|ms|miss|mx|prof)\.?$/i;

/** "Hale, Trevor" → "Trevor Hale"; titles and parenthesised notes dropped. */
export function displayName(name: string): string {
  // A name is short: past this, the parenthesis pattern below is quadratic.
  let plain = name
    .slice(0, MAX_NAME_CHARS)
    .replace(/\([^)]*\)|"/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(plain);
  if (comma?.[1] && comma[2]) plain = `${comma[2].trim()} ${comma[1].trim()}`;
  return plain
    .split(" ")
    .filter((t) => !TITLES.test(t))
    .join(" ");
}

/** The name a greeting uses: the first name ("Dr. Tobias Lindqvist" → "Tobias"). */
export function firstNameOf(name: string): string {
  const tokens = name
    .slice(0, MAX_NAME_CHARS)
    .replace(/\([^)]*\)|"/g, "")
    .trim()
    .split(/\s+/);
  const head = (tokens[0] ?? "").toLowerCase().replace(/\.$/, "");
  const title = HONORIFICS[head];
  const last = tokens.length > 1 ? tokens.at(-1) : undefined;
  // "Sir Mark" is Mark; "Sister Maguire", "Herr Lang" (Mr. Lang), "Dr. Okafor" keep the title with the surname.
  if (title === "" && tokens[1]) return tokens[1];
  if (title && last && (tokens.length === 2 || !TITLES.test(tokens[0] ?? ""))) return `${title} ${last}`;
  return displayName(name).split(" ")[0] ?? name;
}

/** Titles a greeting keeps, in English: "Herr Lang" is greeted "Mr. Lang". "Sir" before a first name is dropped. */
const HONORIFICS: Record<string, string> = {
  sister: "Sister",
  herr: "Mr.",
  frau: "Ms.",
  signor: "Mr.",
  signora: "Ms.",
  monsieur: "Mr.",
  m: "Mr.",
  mme: "Ms.",
  madame: "Ms.",
  pan: "Mr.",
  paní: "Ms.",
  chef: "Chef",
  judge: "Judge",
  chief: "Chief",
  capt: "Capt.",
  captain: "Capt.",
  rev: "Rev.",
  dr: "Dr.",
  prof: "Prof.",
  mr: "Mr.",
  ms: "Ms.",
  mrs: "Mrs.",
  sir: "",
};

// ---------------------------------------------------------------------------------------------------------------
// Who: the interviewers

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

/** A name as written, cut before words that are not names ("Ysolde Marlowe" from "Ysolde Marlowe Thursday"). */
function cleanName(raw: string): string | undefined {
  const tokens = raw.split(/\s+/);
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
const ROLE_ALONE =
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

interface NotesLine {
  /** The line without markdown emphasis. */
  text: string;
  /** The line as written, without its heading or list marker. */
  written: string;
  line: number;
}

/** Non-empty lines of notes with their numbers, markdown markers dropped. */
function notesLines(doc: NotesDoc): NotesLine[] {
  return doc.text.split("\n").flatMap((raw, i) => {
    const written = collapse(raw.replace(/^\s*(?:#{1,6}\s+|[-*\u2022]\s+|\d+[.)]\s+)/, ""));
    const text = written.replace(/\*\*/g, "").trim();
    return text === "" ? [] : [{ text, written, line: i + 1 }];
  });
}

const QUOTE_OPEN = /["\u201c]/g;
const QUOTE_CLOSE = /["\u201d]/g;

/**
 * Blanks out quoted speech, keeping offsets: each opening quote up to the next closing one, as
 * `replace(/["\u201c][^"\u201d]*["\u201d]/g, …)` would, without that regex's retry from every opening
 * quote of a tail with no closing one (quadratic: a line of 100,000 "\u201c" took 16 s).
 */
function withoutQuotes(text: string): string {
  const kept: string[] = [];
  let at = 0;
  for (;;) {
    QUOTE_OPEN.lastIndex = at;
    const open = QUOTE_OPEN.exec(text)?.index;
    if (open === undefined) break;
    QUOTE_CLOSE.lastIndex = open + 1;
    const close = QUOTE_CLOSE.exec(text)?.index;
    if (close === undefined) break;
    kept.push(text.slice(at, open), " ".repeat(close + 1 - open));
    at = close + 1;
  }
  kept.push(text.slice(at));
  return kept.join("");
}

/**
 * Drops "(…)" asides: each "(" up to the next ")", as `replace(/\([^)]*\)/g, "")` would, without that
 * regex's retry from every "(" of a tail with no ")" (quadratic: a line of 100,000 "(" took 13 s).
 */
function withoutParens(text: string): string {
  const kept: string[] = [];
  let at = 0;
  for (let open = text.indexOf("("); open !== -1; open = text.indexOf("(", at)) {
    const close = text.indexOf(")", open + 1);
    if (close === -1) break;
    kept.push(text.slice(at, open));
    at = close + 1;
  }
  kept.push(text.slice(at));
  return kept.join("");
}

/** The people notes say the interview was with: "with X", "X (role)", "the recruiter was X", "thank-you to X". */
export function namesInNotes(doc: NotesDoc): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  const add = (raw: string | undefined, line: number) => {
    const name = raw ? cleanName(raw) : undefined;
    if (name && !found.some((f) => sameName(f.name, name))) found.push({ name, line });
  };
  notesLines(doc).forEach(({ text, line }, index) => {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const plain = withoutQuotes(sentence);
      const isFuture = FUTURE.test(withoutParens(plain));
      if (isFuture) continue;
      const isAboutInterview = index < 3 || INTERVIEW_WORDS.test(plain);
      if (isAboutInterview) {
        // "with Marek and Joanna", "w/ Lukas + Mirela", "w/ recruiter Alicia", "panel: Ana Ruiz (chair), Mike O."
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

/** The person the invites and mail know by this name, with their address ("Tomas" → Tomas Berg <tomas.berg@…>). */
export function lookupPerson(docs: Doc[], name: string): Recipient | undefined {
  const people: Person[] = [];
  for (const d of docs) {
    if (d.kind === "invite") people.push(...(d.organizer ? [d.organizer] : []), ...d.attendees);
    if (d.kind === "email") people.push(...(d.from ? [d.from] : []), ...d.to, ...d.cc);
  }
  const found = people.find((p) => p.email && p.name && sameName(displayName(p.name), name));
  return found?.name && found.email ? { name: displayName(found.name), email: found.email } : undefined;
}

function addressOf(docs: Doc[], name: string): string | undefined {
  return lookupPerson(docs, name)?.email;
}

/**
 * The interviewers, the one who spoke most (or was named first) first. A transcript says best who was there:
 * where there is one, its company-side speakers are the interviewers. Without one: the invite's attendees
 * other than the candidate, the people the notes say it was with, and whoever the candidate's thank-you went to.
 */
export function findInterviewers(docs: Doc[], candidateNames: string[]): Interviewer[] {
  const isCandidate = (name: string) => candidateNames.some((n) => sameName(n, name));
  const out: Interviewer[] = [];
  const add = (rawName: string, basis: string) => {
    const name = displayName(rawName);
    if (!isPersonName(name) || isCandidate(name) || ROLE_ALONE.test(name)) return;
    const known = out.find((o) => sameName(o.name, name));
    if (known) {
      if (nameTokens(name).length > nameTokens(known.name).length) known.name = name;
      return;
    }
    out.push({ name, basis });
  };
  const transcripts = docs.filter((d): d is TranscriptDoc => d.kind === "transcript");
  const words = new Map<string, { words: number; source: string }>();
  for (const t of transcripts) {
    for (const u of t.utterances) {
      if (!u.speaker || isCandidate(u.speaker) || !isPersonName(u.speaker)) continue;
      const had = words.get(u.speaker);
      words.set(u.speaker, {
        words: (had?.words ?? 0) + countWords(u.text),
        source: had?.source ?? t.source,
      });
    }
  }
  if (words.size > 0) {
    for (const [speaker, w] of [...words.entries()].sort((a, b) => b[1].words - a[1].words))
      add(speaker, `speaks in ${w.source}`);
  } else {
    const notes = docs.filter((d): d is NotesDoc => d.kind === "notes");
    const noted = notes.flatMap((n) => namesInNotes(n).map((f) => ({ ...f, source: n.source })));
    // The first person the notes name is the one the notes are about; then the invite's attendees.
    const first = noted[0];
    if (first) add(first.name, `named in ${first.source}:${first.line}`);
    for (const d of docs) {
      if (d.kind !== "invite") continue;
      for (const a of d.attendees) if (a.name) add(a.name, `invited in ${d.source}`);
    }
    for (const f of noted.slice(1)) add(f.name, `named in ${f.source}:${f.line}`);
    const emails = docs.filter((d): d is EmailDoc => d.kind === "email");
    const who = { names: candidateNames, addresses: [] as string[] };
    for (const e of emails) {
      if (!isThankYouNote(e) || (candidateNames.length > 0 && !isFromCandidate(e, who))) continue;
      for (const p of e.to) if (p.name) add(p.name, `your thank-you note went to them (${e.source})`);
    }
  }
  for (const o of out) {
    const email = addressOf(docs, o.name);
    if (email) o.email = email;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// What: role and company

const PROCESS_WORDS =
  /\b(?:interviews?|intro(?:duction|ductory)?|rounds?|final|first|second|third|1st|2nd|3rd|panel|phone|screen(?:ing)?|onsite|on-site|calls?|video|notes|hiring manager|founder|technical|chat|meeting|invite|invitation|thank(?:s| you)|follow(?:ing)?[- ]up|re|fwd?)\b|\d+/gi;

const JOB_WORDS =
  /\b(?:engineer|developer|designer|analyst|manager|mgr|scientist|researcher|dispatcher|producer|lead|director|officer|coordinator|executive|specialist|consultant|associate|nurse|rn|administrator|architect|accountant|recruiter|representative|assistant|technician|advisor|adviser|editor|writer|marketer|strategist|planner|supervisor|head|vp|president|intern|teacher|counsel|attorney|programmer|tester|qa|operator|agent)\b/i;

const DATE_SEGMENT =
  /\b(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}[:/]\d{2}|\b\d+\s*(?:min|minutes|am|pm)\b/i;

function segmentsOf(line: string): string[] {
  const parens: string[] = [];
  const outer = line.replace(/\(([^)]*)\)/g, (_, inner: string) => {
    parens.push(inner);
    return " ";
  });
  const parts = outer.split(/\s+[-\u2013\u2014|]\s+|\s*\|\s*|:\s+|,\s+|\.\s+|\s+\/\s+|\s+@\s+/);
  return [...parts, ...parens.filter((p) => JOB_WORDS.test(p))].map((s) => s.trim().replace(/[.:;,]+$/, ""));
}

/** Role and company from one header-like line: "Pinecrest Labs: Jordan Lee / Rafael Ortiz (Senior Backend Engineer)". */
/** A line that starts by telling who the candidate met is an account of the meeting. */
const MEETING_VERB =
  /^(?:met|meeting|spoke|speaking|talked|talking|chatted|interviewed|saw|called|joined|had\s+(?:a|an|my|the)\b)/i;

function roleFromLine(line: string, people: string[]): { role?: string; company?: string } {
  let role: string | undefined;
  let company: string | undefined;
  for (const segment of segmentsOf(line)) {
    // "with X, Sales Director", "Met X, the engineering manager": what follows describes the
    // interviewer, not the job, and the line is an account, not a title.
    if (/\b(?:with|w\/)\s/i.test(segment) || MEETING_VERB.test(segment)) break;
    if (segment === "" || /^\d/.test(segment) || DATE_SEGMENT.test(segment)) continue;
    const capitalised = segment.match(/\p{Lu}[\p{L}'-]+/gu) ?? [];
    if (capitalised.length > 0 && people.some((p) => sameName(p, capitalised.join(" ")))) continue;
    const rest = collapse(segment.replace(PROCESS_WORDS, " "));
    if (rest === "" || !/\p{L}{2}/u.test(rest)) continue;
    if (JOB_WORDS.test(rest)) {
      role ??= rest;
      continue;
    }
    if (!company && /^\p{Lu}/u.test(rest) && !/^\d/.test(rest) && countWords(rest) <= 5) company = rest;
  }
  return { ...(role ? { role } : {}), ...(company ? { company } : {}) };
}

/** Shorthand of notes spelled out for a letter ("customer success mgr" → "customer success manager"). */
const SPELLED: [RegExp, string][] = [
  [/\bmgr\b/gi, "manager"],
  [/\bsr\.?(?=\s)/gi, "senior"],
  [/\bjr\.?(?=\s)/gi, "junior"],
  [/\bassoc\.?(?=\s|$)/gi, "associate"],
  [/\bdept\.?(?=\s|$)/gi, "department"],
];

/** A role or company as a letter writes it: shorthand spelled out, stray quotes and brackets dropped. */
function spellOut(text: string): string | undefined {
  let t = text;
  for (const [re, word] of SPELLED) t = t.replace(re, word);
  t = t
    .replace(/["\u201c\u201d()[\]{}]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return t === "" ? undefined : t;
}

/** The longest invite summary or subject read as a title ("Pinecrest Labs: Senior Backend Engineer"). */
const MAX_TITLE_CHARS = 300;

/** The role and company, from the invite's summary, the first lines of the notes, or an email subject. */
export function findRoleAndCompany(docs: Doc[], people: string[]): RoleAbout | undefined {
  const tries: { text: string; quote: string; source: string; line?: number }[] = [];
  for (const d of docs)
    if (d.kind === "invite" && d.summary) tries.push({ text: d.summary, quote: d.summary, source: d.source });
  for (const d of docs) {
    if (d.kind !== "notes") continue;
    for (const l of notesLines(d).slice(0, 3)) {
      const first = l.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? l.text;
      const quote = l.written.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? l.written;
      if (first.length <= 160) tries.push({ text: first, quote, line: l.line, source: d.source });
    }
  }
  for (const d of docs)
    if (d.kind === "email" && d.subject) tries.push({ text: d.subject, quote: d.subject, source: d.source });
  for (const t of tries) {
    // A longer summary is prose, not a title (and splitting it is quadratic in its runs of spaces).
    if (t.text.length > MAX_TITLE_CHARS) continue;
    const read = roleFromLine(t.text, people);
    // A subject line names the role at best; "Update after debrief" is not a company.
    const found =
      t.source.endsWith(".eml") || t.source.includes("#")
        ? { ...(read.role ? { role: read.role } : {}) }
        : read;
    const role = found.role ? spellOut(found.role) : undefined;
    const company = found.company ? spellOut(found.company) : undefined;
    if (role || company)
      return {
        ...(role ? { role } : {}),
        ...(company ? { company } : {}),
        source: t.source,
        quote: collapse(t.quote),
        ...(t.line ? { line: t.line } : {}),
      };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Units: sentences of the conversation, with who said them and where

interface Unit {
  source: string;
  /** The sentence, whitespace collapsed. */
  text: string;
  line: number;
  at?: string;
  speaker?: string;
  /** Words the interviewer said (a transcript turn, or a quote in notes) or the candidate's account of them. */
  voice: "speech" | "narration";
  isBullet: boolean;
  /** Whose words a sentence that is only a quotation is: the last reporting verb's subject in its paragraph. */
  quotedBy?: "interviewer" | "candidate";
  /** A list item under a line that ends with a colon ("Luis went through the job day to day:"). */
  isListItem: boolean;
  /** Index of the interviewer the sentence is about or by; -1 for none. */
  owner: number;
  /** Signals whose evidence is this sentence. */
  signals: Set<SignalId>;
  /** Signals whose evidence is in the same transcript turn: content there lends weight to every sentence. */
  turnSignals: Set<SignalId>;
  /** The interviewer's first turn: hellos and small talk. */
  isGreeting?: boolean;
  /** Tokens of the sentence with offsets, read when first needed. */
  tokens?: Placed[];
  /** Position, for ties: earlier first. */
  order: number;
}

/** Evidence that says what the company is, does or plans: the best sources of specifics. */
const CONTENT_SIGNALS = new Set<SignalId>([
  "sold-the-role",
  "company-briefing",
  "role-specifics",
  "pictured-in-role",
  "growth-discussed",
  "questions-welcomed",
]);

/** Evidence of logistics, pay and process: never a specific for a thank-you. */
const LOGISTICS_SIGNALS = new Set<SignalId>([
  "compensation-discussed",
  "start-date-discussed",
  "interest-checked",
  "competing-offers-asked",
  "specific-next-steps",
  "next-round-booked",
  "vague-next-steps",
  "contact-shared",
  "cut-short",
  "disengaged-interviewer",
  "positive-feedback",
  "interest-reconfirmed",
  "met-the-team",
  "questions-discouraged",
  "superficial-questions",
  "thin-company-info",
  "no-growth-talk",
]);

function normal(text: string): string {
  return plainQuotes(text)
    .toLowerCase()
    .replace(/[\u2026]|\.\.\.$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Each quote's normal form, made once: a long account has many sentences to match against them. */
const NORMAL_QUOTES = new WeakMap<Evidence, string>();

function normalQuote(e: Evidence): string {
  let q = NORMAL_QUOTES.get(e);
  if (q === undefined) {
    q = normal(e.quote);
    NORMAL_QUOTES.set(e, q);
  }
  return q;
}

function evidenceMatches(e: Evidence, source: string, s: string): boolean {
  if (e.isFact || e.source !== source) return false;
  const q = normalQuote(e);
  if (q.length < 8 || s.length < 8) return false;
  return q.includes(s) || s.includes(q) || (q.length > 40 && s.startsWith(q.slice(0, 40)));
}

function signalsOf(analysis: Analysis, source: string, sentence: string): Set<SignalId> {
  const ids = new Set<SignalId>();
  const s = normal(sentence);
  for (const signal of analysis.signals)
    if (signal.evidence.some((e) => evidenceMatches(e, source, s))) ids.add(signal.id);
  return ids;
}

/** Sentences of one text (whitespace collapsed) with their character offsets. */
function sentencesOf(text: string): { text: string; offset: number }[] {
  const plain = collapse(text);
  return readSentences(plain).map((s) => {
    // Typographic quotes as written: readSentences reads straight ones at the same offsets.
    const written = plain.slice(s.offset, s.offset + s.text.length);
    return { text: (plainQuotes(written) === s.text ? written : s.text).trim(), offset: s.offset };
  });
}

interface Block {
  text: string;
  /** Where each source line starts in `text`. */
  lines: { offset: number; line: number }[];
  isBullet: boolean;
  isHeading: boolean;
  /** Leading spaces of a list item: a deeper item belongs to the one above. */
  indent: number;
}

function lineAt(block: Block, offset: number): number {
  let line = block.lines[0]?.line ?? 1;
  for (const l of block.lines) if (l.offset <= offset) line = l.line;
  return line;
}

/** Notes as blocks: paragraphs, headings and list items, each with the lines it spans. */
function notesBlocks(doc: NotesDoc): Block[] {
  const blocks: Block[] = [];
  let buffer: { text: string; line: number }[] = [];
  let isBullet = false;
  let indent = 0;
  const flush = () => {
    const lines: Block["lines"] = [];
    let text = "";
    for (const b of buffer) {
      const piece = collapse(b.text);
      if (piece === "") continue;
      if (text !== "") text += " ";
      lines.push({ offset: text.length, line: b.line });
      text += piece;
    }
    if (text !== "") blocks.push({ text, lines, isBullet, isHeading: false, indent });
    buffer = [];
    isBullet = false;
    indent = 0;
  };
  doc.text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") {
      flush();
      return;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line)?.[1] ?? /^\*\*([^*]+)\*\*:?$/.exec(line)?.[1];
    if (heading !== undefined) {
      flush();
      const text = collapse(heading);
      blocks.push({ text, lines: [{ offset: 0, line: i + 1 }], isBullet: false, isHeading: true, indent: 0 });
      return;
    }
    const bullet = /^(?:[-*\u2022]|\d+[.)])\s+(.*)$/.exec(line);
    if (bullet) {
      flush();
      buffer = [{ text: bullet[1] ?? "", line: i + 1 }];
      isBullet = true;
      indent = raw.length - raw.trimStart().length;
      return;
    }
    buffer.push({ text: line, line: i + 1 });
  });
  flush();
  return blocks;
}

const SUBJECT_PRONOUN = /\b(she|he|her|his|him)\b/gi;

/** He or she, for the pronouns that say it. */
function genderOf(pronoun: string): "she" | "he" {
  return /^(?:she|her)$/i.test(pronoun) ? "she" : "he";
}

/**
 * Which interviewer each sentence of the notes is about: the one named first, or the one "she" or "he"
 * refers to (the last sentence's person where the pronoun fits, else the latest named one it fits).
 * Items of a list ("went through the job day to day:") belong to whoever the line above it is about.
 */
function notesUnits(doc: NotesDoc, interviewers: Interviewer[], analysis: Analysis, order: number): Unit[] {
  const units: Unit[] = [];
  const gender = new Map<number, "she" | "he">();
  const recent: number[] = [];
  let current = interviewers.length > 0 ? 0 : -1;
  let section = -1;
  let intro: { indent: number; owner: number; isBullet: boolean } | undefined;
  const mentions = (text: string): { i: number; at: number }[] => {
    const hits: { i: number; at: number }[] = [];
    interviewers.forEach((p, i) => {
      const first = firstNameOf(p.name);
      for (const m of text.matchAll(
        new RegExp(`\\b(?:${escapeRegExp(p.name)}|${escapeRegExp(first)})\\b`, "gu"),
      ))
        hits.push({ i, at: m.index });
    });
    return hits.sort((a, b) => a.at - b.at);
  };
  const fits = (i: number, g: "she" | "he") => (gender.get(i) ?? g) === g;
  const resolve = (g: "she" | "he", namedBefore: number[]): number | undefined => {
    const last = namedBefore[namedBefore.length - 1];
    if (last !== undefined && fits(last, g)) return last;
    if (current >= 0 && fits(current, g)) return current;
    return [...recent].reverse().find((i) => fits(i, g));
  };
  const remember = (i: number) => {
    const at = recent.indexOf(i);
    if (at >= 0) recent.splice(at, 1);
    recent.push(i);
  };
  for (const block of notesBlocks(doc)) {
    if (block.isHeading) {
      section = mentions(block.text)[0]?.i ?? -1;
      if (section >= 0) current = section;
      intro = undefined;
      continue;
    }
    const isItem = intro !== undefined && block.isBullet && (!intro.isBullet || block.indent > intro.indent);
    if (!isItem) intro = undefined;
    if (!block.isBullet && !isItem) section = -1;
    let quotedBy: Unit["quotedBy"];
    for (const { text, offset } of sentencesOf(block.text)) {
      const plain = withoutQuotes(text);
      const reporting =
        /\b(\w+)\s+(?:\w+\s+)?(?:said|says|saying|told|telling|talking|talked|asked|put it)\b/i.exec(plain);
      if (reporting?.[1]) quotedBy = /^(?:i|we)$/i.test(reporting[1]) ? "candidate" : "interviewer";
      const events = [
        ...mentions(plain).map((m) => ({ at: m.at, person: m.i, pronoun: undefined as string | undefined })),
        ...[...plain.matchAll(SUBJECT_PRONOUN)].map((m) => ({ at: m.index, person: -1, pronoun: m[1] })),
      ].sort((a, b) => a.at - b.at);
      let owner: number | undefined;
      const namedBefore: number[] = [];
      for (const e of events) {
        if (e.person >= 0) {
          namedBefore.push(e.person);
          owner ??= e.person;
          continue;
        }
        const g = genderOf(e.pronoun ?? "");
        const who = resolve(g, namedBefore);
        if (who === undefined) continue;
        if (
          !gender.has(who) &&
          ![...gender.entries()].some(([i, x]) => x === g && i !== who && !namedBefore.includes(i))
        )
          gender.set(who, g);
        owner ??= who;
      }
      if (isItem && intro) owner = intro.owner;
      owner ??= section >= 0 ? section : current;
      for (const n of namedBefore) remember(n);
      if (owner >= 0) {
        remember(owner);
        current = owner;
      }
      const signals = signalsOf(analysis, doc.source, text);
      units.push({
        source: doc.source,
        text,
        line: lineAt(block, offset),
        voice: "narration",
        isBullet: block.isBullet,
        isListItem: isItem,
        ...(quotedBy ? { quotedBy } : {}),
        owner,
        signals,
        turnSignals: signals,
        order: order + units.length,
      });
    }
    const last = units[units.length - 1];
    // "Luis went through the job day to day:", "Company stuff, he was pretty open:" introduce what was said;
    // "Trying to be objective:" or "What happened:" do not.
    if (!isItem && last && /:\s*$/.test(block.text)) {
      const said = plainQuotes(last.text);
      const isTheirs =
        (LIST_HEAD.test(said) || /\b(?:she|he|they)\b/i.test(said) || mentions(said).length > 0) &&
        !BY_CANDIDATE.test(said.replace(/:\s*$/, " "));
      if (isTheirs && last.owner >= 0)
        intro = { indent: block.indent, owner: last.owner, isBullet: block.isBullet };
    }
  }
  return units;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function transcriptUnits(
  doc: TranscriptDoc,
  interviewers: Interviewer[],
  analysis: Analysis,
  order: number,
): Unit[] {
  const units: Unit[] = [];
  const spoke = new Set<number>();
  for (const u of doc.utterances) {
    const owner = u.speaker
      ? interviewers.findIndex((p) => sameName(p.name, displayName(u.speaker ?? "")))
      : -1;
    if (owner < 0) continue;
    const isGreeting = !spoke.has(owner);
    spoke.add(owner);
    const sentences = sentencesOf(u.text).map((s) => ({
      text: s.text,
      signals: signalsOf(analysis, doc.source, s.text),
    }));
    // A turn whose words are evidence lends its content to every sentence in it.
    const turnSignals = new Set<SignalId>(sentences.flatMap((s) => [...s.signals]));
    for (const { text, signals } of sentences) {
      units.push({
        source: doc.source,
        text,
        line: u.line,
        ...(u.start !== undefined ? { at: formatTime(u.start) } : {}),
        ...(u.speaker ? { speaker: u.speaker } : {}),
        voice: "speech",
        isBullet: false,
        isListItem: false,
        ...(isGreeting ? { isGreeting } : {}),
        owner,
        signals,
        turnSignals,
        order: order + units.length,
      });
    }
  }
  return units;
}

// ---------------------------------------------------------------------------------------------------------------
// Pronouns: the interviewer's words, or the candidate's account of them, turned to address the interviewer

const SPEECH_SWAP: Record<string, string> = {
  i: "you",
  me: "you",
  my: "your",
  mine: "yours",
  myself: "yourself",
  "i'm": "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  we: "you",
  us: "you",
  our: "your",
  ours: "yours",
  ourselves: "yourselves",
  "we're": "you're",
  "we've": "you've",
  "we'd": "you'd",
  "we'll": "you'll",
  your: "my",
  yours: "mine",
  yourself: "myself",
  "you're": "I'm",
  "you've": "I've",
  "you'd": "I'd",
  "you'll": "I'll",
};

const NARRATION_SWAP: Record<string, string> = {
  she: "you",
  he: "you",
  they: "you",
  him: "you",
  them: "you",
  his: "your",
  their: "your",
  theirs: "yours",
  "she's": "you're",
  "he's": "you're",
  "they're": "you're",
  "she'd": "you'd",
  "he'd": "you'd",
  "they'd": "you'd",
  "she'll": "you'll",
  "he'll": "you'll",
  "they'll": "you'll",
  "they've": "you've",
  themselves: "yourselves",
  herself: "yourself",
  himself: "yourself",
};

/** Words after which "you" is the object ("told you", "with you"); elsewhere it is the subject ("that you built"). */
const BEFORE_OBJECT = new Set(
  (
    "to for with at from about of on in into by tell told give gave show showed ask asked let help meet met join see " +
    "saw call email thank send sent pay put get got want need like love hear heard reach contact remind introduce " +
    "invite bring take keep make hire than around behind without between against toward towards upon"
  ).split(" "),
);

const NOT_A_VERB_AFTER_HER = new Set(
  "to for with at from about in on of and or but so that the a an this about when if as by into over".split(
    " ",
  ),
);

function matchCase(original: string, replacement: string, isStart: boolean): string {
  if (replacement.startsWith("I") && /^I(?:'|$)/.test(replacement)) return replacement;
  if (isStart && /^\p{Lu}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement.charAt(0).toLowerCase() + replacement.slice(1);
}

/** After "she's", words that make it "she has": "she's ever had", "he's been". */
const HAS_NEXT = /^(?:been|had|got|gotten|done|seen|ever|never|always|already|just|\w+ed)$/i;

/** Third-person singular verbs after "she"/"he" become second person: "she runs" → "you run". */
function secondPersonVerb(word: string): string {
  const lower = word.toLowerCase();
  const irregular: Record<string, string> = { is: "are", was: "were", has: "have", does: "do", goes: "go" };
  if (irregular[lower]) return irregular[lower] ?? word;
  if (/(?:ss|us|is)$/.test(lower) || lower.length < 4 || !lower.endsWith("s")) return word;
  if (/[^aeiou]ies$/.test(lower)) return `${word.slice(0, -3)}y`;
  if (/(?:sh|ch|x|o)es$/.test(lower)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * Turns pronouns so the text addresses the interviewer: in their own words ("speech") I↔you and we→you;
 * in the candidate's account ("narration") she/he/they→you, the candidate's I and my unchanged.
 */
export function turnPronouns(text: string, voice: "speech" | "narration"): string {
  const parts = plainQuotes(text).split(/([\p{L}']+)/u);
  let previous = "";
  let separator = "";
  let turnedSubject: "i" | "you" | "he" | undefined;
  for (let k = 1; k < parts.length; k += 2) {
    const word = parts[k] ?? "";
    const lower = word.toLowerCase();
    const isStart = k === 1;
    separator = parts[k - 1] ?? "";
    let out = word;
    const pending = turnedSubject;
    turnedSubject = undefined;
    if (pending === "i" && (lower === "are" || lower === "were"))
      out = lower === "are" ? "am" : "was"; // you are → I am
    else if (pending === "you" && (lower === "am" || lower === "was"))
      out = lower === "am" ? "are" : "were"; // I am → you are
    else if (pending === "he") out = secondPersonVerb(word);
    else if (voice === "speech") {
      if (lower === "you") {
        const isSubject = isStart || !BEFORE_OBJECT.has(previous) || /[,;:]\s*$/.test(separator);
        out = isSubject ? "I" : "me";
        if (isSubject) turnedSubject = "i";
      } else if (SPEECH_SWAP[lower]) {
        out = matchCase(word, SPEECH_SWAP[lower] ?? word, isStart);
        if (lower === "i") turnedSubject = "you";
      }
    } else if (lower === "her") {
      const next = (parts[k + 2] ?? "").toLowerCase();
      const isPossessive = next !== "" && !NOT_A_VERB_AFTER_HER.has(next) && /^\s+$/.test(parts[k + 1] ?? "");
      out = matchCase(word, isPossessive ? "your" : "you", isStart);
    } else if ((lower === "she's" || lower === "he's") && HAS_NEXT.test(parts[k + 2] ?? "")) {
      out = matchCase(word, "you've", isStart); // "she's ever had" is "she has"
    } else if (NARRATION_SWAP[lower]) {
      out = matchCase(word, NARRATION_SWAP[lower] ?? word, isStart);
      if (lower === "she" || lower === "he") turnedSubject = "he";
    }
    parts[k] = out;
    previous = lower;
  }
  return parts.join("");
}

// ---------------------------------------------------------------------------------------------------------------
// Specifics: short phrases from what the interviewer said

interface Phrase {
  kind: Specific["kind"];
  /** Verbatim words of the unit. */
  quote: string;
  /** The words the draft uses. */
  text: string;
}

/** Phrases that give a sentence away as talk about the talk. */
const META_ANYWHERE =
  /\b(?:bear with|put a face to|i won't stay|let you (?:two )?finish|let you go|pull someone in|should (?:hear|meet)|for (?:your|my) questions|time for (?:you|me)|your application|good luck|nice to meet|lovely to meet|talk soon|speak soon|only got|couple of minutes|double-booked|be quick|next meeting)\b|\[/i;

/** The interviewer telling the candidate's story back to them. */
const ABOUT_THE_CANDIDATE =
  /^(?:you|you've|you're|you were|you had)\s+(?:\w+\s+)?(?:said|mentioned|told|talked|been|were|did|had|have|know|led|built|ran|wrote|used)\b|^you've\b|^you were\b/i;

/** Small talk: warm, but not what the interview was about. */
const SMALL_TALK =
  /\b(?:dogs?|puppy|puppies|cats?|pets?|breed|weather|rain|snow|holiday|vacation|weekend|kids|cookies|plant|coffee|traffic|birthday|lunch|quays|mum|mom|dad|mother|father|wife|husband|son|daughter|surgery)\b/i;

/** Sentences that organise the talk rather than carry content. */
const META =
  /^(?:the plan:|love the|full disclosure|enjoy the|good luck|have a (?:good|great|nice)|let me|let's|i'll|i will|i want to|i'd like to|i've been|i'm conscious|i think|here's what|thanks|thank you|sorry|okay|ok|hi|hey|hello|good (?:morning|afternoon)|morning|talk soon|speak soon|nice to meet|lovely to|great to|can you hear|so the plan|bear with)\b/i;

const FILLER_START =
  /^(?:(?:and|but|so|okay|ok|oh|well|honestly|look|right|yeah|yes|now|here|also|um|uh|great|good|cool|anyway|actually|basically|plus|then|at one point)\b[,]?\s+)+/i;

const FILLER_WORDS = /,?\s*\b(?:um|uh|honestly|basically|you know|kind of|sort of)\b,?(?=\s)/gi;

/** Questions every interviewer asks: not a specific of this conversation. */
const GENERIC =
  /\b(?:yourself|weakness(?:es)?|strengths?|where (?:do )?(?:you|I) see|in (?:three|five|3|5|3-5) years|dream job|favou?rite|emoji|vibe|handle (?:stress|pressure)|supervisor say|leaving|leave (?:your|my)|why (?:this|our|us)|any questions|questions for me|hear me|a time (?:you|I) (?:made|failed)|mistake|coachable|rejection|how are you|feedback|concerns?|questions I (?:still )?had)\b/i;

/** Pay, dates and process: said, but not what a thank-you refers to. */
const LOGISTICS =
  /\b(?:salary|salaries|pay|paid|compensation|money|earn|range|base|notice period|notice|start(?:ing)? (?:date|in)|could start|other (?:offers|companies|processes|places)|deadlines? (?:I should|to know)|next steps?|calendar|invite|hear (?:back|from)|offer|references|recording|time zone|over time|hard stop|posting|office|hybrid|remote|commute|relocat\w*|candidates|coordinate|schedul\w*)\b/i;

/** The job itself is not a specific of it. */
const GENERIC_TOPIC = /^(?:the\s+)?(?:job|role|team|company|position|work)(?:\s+day to day)?$|\brole$/i;

/** "said very little about the team" reports an absence, not a thing said. */
const QUANTIFIER = /^(?:very |so |too )?(?:little|much|nothing|a lot|lots|a ton|a bit|not much)\b/i;

/** Shorthand of quick notes: fine for the candidate, not for a message. */
const CHAT = /\b(?:bc|rn|tbh|lol|imo|btw|thats|theyre|dont|didnt|cant|wont|isnt|ur|pls|w\/)\b/i;

/** Words that point back at something said before: a phrase starting with one does not stand alone. */
const ANAPHORA = /^(?:it|this|that|that's|these|those|they|them|one|which|who|there|here|so|such)\b/i;

const SPLIT_CLAUSES =
  /,\s+(?:and|but|so|which|because)\s+|;\s+|\s+[\u2013\u2014]\s+|\s+-\s+|,\s+(?=(?:we|they|it|he|she|i|you)\b)/i;

/** The [start, end) of the phrase inside `text` with outer punctuation and spaces trimmed. */
function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:.!?"'\u201c\u201d\u2018\u2019()*]/.test(text.charAt(s))) s++;
  while (e > s && /[\s,;:.!?"\u201c\u201d()*]/.test(text.charAt(e - 1))) e--;
  // A closing quote stays when its opening one is inside.
  return [s, e];
}

function slice(text: string, start: number, end: number): string {
  const [s, e] = trimmed(text, start, end);
  return text.slice(s, e);
}

/** Shortens a phrase to a clause boundary when it runs on. */
function shorten(phrase: string): string {
  let p = phrase;
  if (countWords(p) <= MAX_SPECIFIC_WORDS - 6) return p;
  const cut = /,\s|\s(?:and|because|which|so that|while|where|but|before|until)\s/g;
  for (const m of p.matchAll(cut)) {
    if (countWords(p.slice(0, m.index)) >= 6) {
      p = p.slice(0, m.index);
      break;
    }
  }
  return p;
}

/** Splits a statement into clauses, each as [start, end) in the sentence. */
function clausesOf(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  const re = new RegExp(SPLIT_CLAUSES.source, "gi");
  for (const m of sentence.matchAll(re)) {
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, sentence.length]);
  return out;
}

/** A statement's clauses as points: "Here, the models our scientists run change where…" → "the models your scientists run change where…". */
function statementPoints(sentence: string, voice: "speech" | "narration"): Phrase[] {
  const out: Phrase[] = [];
  for (const [from, to] of clausesOf(sentence)) {
    let clause = slice(sentence, from, to);
    const filler = FILLER_START.exec(clause)?.[0] ?? "";
    clause = clause.slice(filler.length);
    // "When you join, you'd own…": the point is the main clause.
    const lead = /^(?:when|once|as|since|after|before|right now|these days|today)\b[^,]{0,60},\s+/i.exec(
      clause,
    );
    if (lead) clause = clause.slice(lead[0].length);
    if (
      /^(?:if|unless|say|imagine|suppose|let's say)\b/i.test(clause) ||
      META.test(clause) ||
      META.test(filler + clause)
    )
      continue;
    if (META_ANYWHERE.test(clause)) continue;
    // "You mentioned you migrated…", "You've been doing fraud rules…": the candidate's story told back, not news.
    if (voice === "speech" && ABOUT_THE_CANDIDATE.test(plainQuotes(clause))) continue;
    // "That's the problem we have with the technician app": the noun phrase is the topic.
    const named = /^(?:that's|that is|this is|it's|it is)\s+((?:the|a|an|our|my)\s.+)$/i.exec(
      plainQuotes(clause),
    );
    if (named?.[1]) {
      const topic = clause.slice(clause.length - named[1].length);
      if (countWords(topic) >= 3 && countWords(topic) <= MAX_SPECIFIC_WORDS)
        out.push({ kind: "topic", quote: topic, text: turnPronouns(topic, voice) });
      continue;
    }
    const quote = shorten(clause);
    if (countWords(quote) < 5 || countWords(quote) > MAX_SPECIFIC_WORDS) continue;
    out.push({ kind: "point", quote, text: turnPronouns(quote.replace(FILLER_WORDS, ""), voice) });
  }
  return out;
}

/** A question's topic in the candidate's words: "How do you deal with an angry driver?" → "how I deal with an angry driver". */
function questionTopic(sentence: string): Phrase | undefined {
  const q = plainQuotes(sentence).replace(FILLER_START, "");
  const patterns: [RegExp, (rest: string) => string][] = [
    [
      /^(?:can you |could you )?(?:tell|walk|talk) (?:me|us) (?:a bit |a little |more )?(?:about|through) (.+)/i,
      (r) => r,
    ],
    [/^(?:describe|explain) (.+)/i, (r) => r],
    [/^(?:have|did|do) you (?:ever )?(?:used?|worked with|work with|tried) (.+)/i, (r) => r],
    [/^have you ever had to (.+)/i, (r) => `having to ${r}`],
    [/^are you (?:comfortable|okay|ok|happy|familiar|confident)(?: with)? (.+)/i, (r) => r],
    [/^how (?:do|would) you (.+)/i, (r) => `how I ${/^how would/i.test(q) ? "would " : ""}${r}`],
    [/^what(?:'s| is| was) ((?:your|the) .+)/i, (r) => r],
    [/^what would you (.+)/i, (r) => `what I would ${r}`],
    [
      /^(?:(?:now|so|okay),?\s+)?(?:say|imagine|suppose|let's say),?\s+(.+)/i,
      (r) => `the scenario where ${r}`,
    ],
    [/\bquestion (?:about|on) (.+)/i, (r) => r],
  ];
  for (const [re, make] of patterns) {
    const m = re.exec(q);
    const rest = m?.[1];
    if (!rest) continue;
    const topic = shorten(slice(rest, 0, rest.length).split(/,\s|\?/)[0] ?? rest);
    if (countWords(topic) < 1 || countWords(topic) > MAX_SPECIFIC_WORDS) return undefined;
    const text = make(turnPronouns(topic, "speech"));
    return { kind: "question", quote: slice(sentence, 0, sentence.length), text };
  }
  return undefined;
}

/** The list after "spent fifteen minutes on", "went through", "an example about": each item a topic. */
const LIST_HEAD =
  /\b(?:spent [^.:]*?\b(?:on|talking about|explaining)|talked\b[^.:]*?\babout|told me (?:all |a lot )?about|went through|walked me through|described|covered|shared|(?:answer(?:ed)?|example|story|stories)\s+(?:[\w']+\s+){0,3}?(?:about|of|on))\s+/i;

const REPORTED_QUESTION =
  /\b(?:asked|asking)\s+(?:me\s+)?(?:(?:a|his|her|their|one|the)\s+(?:\w+\s+)?question\s+(?:about|on)\s+)?((?:how|what|why|whether|if|where|when|who|which|about)\b.*)$/i;

const DUG_INTO =
  /\b(?:stopped me on|picked up(?: on)?(?=\s+(?:my|the|a|an|what|how|something)\b)|dug into|drilled into|pushed on|zeroed in on|went deep on|kept pulling on|question about|questions about)\s+(.+)$/i;

const REPORTED_THAT =
  /\b(?:said|says|told me|explained|mentioned|admitted|was (?:very |pretty |really |quite )?(?:honest|clear|open|candid|upfront)(?: that| about)?)\s+(?:that\s+)?/i;

const REPORTED_QUOTE =
  /\b(?:said|says|told me|put it|asked|joked|added|called it|described it)\b[^"\u201c]*$/i;

/** The candidate's own doing: "I asked", "we'd said". Such a verb's object is not what the interviewer said. */
const BY_CANDIDATE = /\b(?:I|I'd|I've|we|we'd|we've)\s+(?:\w+\s+){0,3}$/i;

/** The candidate in the candidate's own words: a clause about them is not company content. */
const MENTIONS_CANDIDATE = /\b(?:I|I'm|I'd|I've|I'll|me|my|myself|mine|we|we're|we'd|we've|us|our)\b/;

/** A clause whose subject is the candidate ("we actually finished around 2:20") is not the interviewer's. */
const CANDIDATE_SUBJECT = /^(?:I|I'm|I'd|I've|I'll|we|we're|we'd|we've|my|our|me)\b/i;

function itemsAfter(text: string, from: number): [number, number][] {
  const out: [number, number][] = [];
  const rest = text.slice(from);
  const re =
    /\s*[,;:]\s+(?:and\s+|or\s+|then\s+|plus\s+)?|\s+and\s+(?=(?:how|why|what|that|the|a|an)\b)|,?\s+then\s+(?=(?:how|why|what|whether)\b)/gi;
  let start = 0;
  for (const m of rest.matchAll(re)) {
    out.push([from + start, from + m.index]);
    start = m.index + m[0].length;
  }
  out.push([from + start, text.length]);
  return out;
}

/**
 * Phrases from the candidate's account of what the interviewer said and asked: the interviewer's words
 * quoted, the items of what they "went through", what they "said"/"explained", what they "asked" or
 * "drilled into". Verbs the candidate is the subject of ("I asked") are skipped.
 */
function narrationPhrases(unit: Unit, names: string[]): Phrase[] {
  const sentence = unit.text;
  const out: Phrase[] = [];
  const plain = withoutQuotes(plainQuotes(sentence));
  // A verb with no subject before it ("Asked about…", "Explained…") has the interviewer as its subject in a list.
  const isImplicit = (at: number) => /^\s*(?:then\s+|and\s+|also\s+)?$/i.test(plain.slice(0, at));
  const byInterviewer = (at: number) => !BY_CANDIDATE.test(plainQuotes(sentence.slice(0, at)));
  const push = (kind: Phrase["kind"], raw: string) => {
    let quote = raw.replace(/^(?:and|or|then|also|even|about)\s+/i, "");
    if (/^(?:which|who|whom|whose|said|says|told|asked|explained|mentioned|added)\b/i.test(quote)) return;
    quote = shorten(quote);
    const words = countWords(quote);
    if (words < 2 || words > MAX_SPECIFIC_WORDS) return;
    // A thing told is about the company: an item about the candidate ("at some point I realised…") is not one.
    if (kind !== "question" && MENTIONS_CANDIDATE.test(plainQuotes(quote))) return;
    // An aside in brackets ("(hers involved a chocolate fountain") does not stand alone.
    const at = sentence.indexOf(quote);
    const before = at >= 0 ? sentence.slice(0, at) : "";
    if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) return;
    const k = kind;
    const fact = /^(?:that|the fact that)\s+/i.exec(quote);
    if (fact) {
      const rest = quote.slice(fact[0].length);
      if (CANDIDATE_SUBJECT.test(plainQuotes(rest))) return;
      out.push({ kind: "point", quote, text: turnPronouns(rest, "narration") });
      return;
    }
    out.push({ kind: k, quote, text: turnPronouns(quote, "narration") });
  };
  // The interviewer's own words, quoted after "she said" (or on their own after "she kept talking about…").
  for (const m of sentence.matchAll(/["\u201c]([^"\u201d]+)["\u201d]/g)) {
    const inner = m[1] ?? "";
    const before = plainQuotes(sentence.slice(0, m.index));
    const isReported = REPORTED_QUOTE.test(before) && byInterviewer(m.index);
    const standsAlone = /^\s*$/.test(before) && unit.quotedBy === "interviewer";
    if (countWords(inner) >= 5 && (isReported || standsAlone))
      for (const point of statementPoints(inner, "speech")) out.push(point);
  }
  const found = REPORTED_QUESTION.exec(plain);
  const asked = found?.[1] !== undefined && byInterviewer(found.index) ? found : undefined;
  if (asked?.[1] !== undefined) {
    const from = plain.length - asked[1].length;
    for (const [s, e] of itemsAfter(sentence, from)) {
      const item = slice(sentence, s, e);
      // "Asked what the team looks like": with no subject, only a question about the candidate is surely theirs.
      if (!isImplicit(asked.index) || /\b(?:I|my|me|I'd|I'm|I've)\b/.test(plainQuotes(item)))
        push("question", item);
    }
  }
  const dug = DUG_INTO.exec(plain);
  if (dug?.[1] !== undefined && byInterviewer(dug.index)) {
    const from = plain.length - dug[1].length;
    const end = sentence.slice(from).search(/\s+(?:and|but|then)\s|[,;:.]/);
    push("question", slice(sentence, from, end < 0 ? sentence.length : from + end));
  }
  const head = LIST_HEAD.exec(plain);
  if (head && !asked && byInterviewer(head.index)) {
    const from = head.index + head[0].length;
    for (const [s, e] of itemsAfter(sentence, from)) push("topic", slice(sentence, s, e));
  }
  const that = REPORTED_THAT.exec(plain);
  if (that && !head && byInterviewer(that.index) && (isImplicit(that.index) || that.index > 0)) {
    const before = plain.slice(0, that.index);
    // "Calendar said…" is not a person saying it; "she said", "Ysolde said", "Explained…" are.
    const bySomeone = /\b(?:she|he|they)\b/i.test(before) || names.some((n) => before.includes(n));
    if (isImplicit(that.index) || bySomeone) {
      const [s, e] = trimmed(sentence, that.index + that[0].length, sentence.length);
      const rest = sentence.slice(s, e);
      if (!/["\u201c\u201d]/.test(rest))
        for (const p of statementPoints(rest, "narration"))
          if (!MENTIONS_CANDIDATE.test(plainQuotes(p.quote))) out.push(p);
    }
  }
  if (unit.isListItem && out.length === 0 && !/^(?:asked|said|told)\b/i.test(sentence)) {
    // An item of a list the interviewer went through: "the quarterly capacity model for finance".
    const item = shorten(slice(sentence, 0, sentence.length));
    if (/^(?:\w+ly\s+)?\w+ed\b/i.test(item) && !/^(?:need|based|red|bed)\b/i.test(item))
      out.push({ kind: "point", quote: item, text: `you ${turnPronouns(item, "narration")}` });
    else push("topic", item);
  }
  if (
    out.length === 0 &&
    /^(?:they|they're|theyre|the team|the company)\b/i.test(plain.replace(FILLER_START, ""))
  )
    for (const p of statementPoints(sentence, "narration"))
      if (!MENTIONS_CANDIDATE.test(plainQuotes(p.quote))) out.push(p);
  return out;
}

function phrasesOf(unit: Unit, names: string[]): Phrase[] {
  if (unit.voice === "narration") return narrationPhrases(unit, names);
  const isQuestion =
    /\?\s*$/.test(unit.text) ||
    /^(?:(?:tell|walk|talk) (?:me|us)|describe|explain|give me)\b/i.test(unit.text);
  if (isQuestion) {
    const topic = questionTopic(unit.text);
    return topic ? [topic] : [];
  }
  const scenario = questionTopic(unit.text);
  if (scenario?.text.startsWith("the scenario")) return [scenario];
  return statementPoints(unit.text, "speech");
}

/** A token with where it starts in the sentence it was read from. */
interface Placed extends Token {
  at: number;
}

/**
 * The sentence's tokens with their offsets: parts of speech are read on the whole sentence, since a tagger
 * guesses badly on a fragment ("the invoicing redesign" alone reads as two verbs).
 */
function placedTokens(unit: Unit): Placed[] {
  if (unit.tokens) return unit.tokens;
  const lower = plainQuotes(unit.text).toLowerCase();
  const placed: Placed[] = [];
  let cursor = 0;
  for (const t of readSentences(unit.text).flatMap((x) => x.tokens)) {
    const at = indexOfWord(lower, t.text, cursor);
    const isNear = at >= 0 && at - cursor <= 12;
    placed.push({ ...t, at: isNear ? at : cursor });
    if (isNear) cursor = at + t.text.length;
  }
  unit.tokens = placed;
  return placed;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Where `word` first starts in `text` at or after `from`, not straight after a letter or a digit; -1 if
 * nowhere. What `(?<![\p{L}\p{N}])word` finds, without compiling a regular expression for every token
 * of a 90-minute transcript.
 */
function indexOfWord(text: string, word: string, from: number): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const low = text.charCodeAt(at - 1);
    // The character before, whole: a letter outside the Basic Multilingual Plane is two code units.
    const before =
      at >= 2 && low >= 0xdc00 && low <= 0xdfff
        ? String.fromCodePoint(text.codePointAt(at - 2) ?? 0)
        : text[at - 1];
    if (before === undefined || !LETTER_OR_DIGIT.test(before)) return at;
  }
  return -1;
}

/** The tokens of a phrase of the unit, tagged in the context of the whole sentence. */
function tokensOf(unit: Unit, quote: string): Token[] {
  const start = unit.text.indexOf(quote);
  if (start < 0) return readSentences(quote).flatMap((x) => x.tokens);
  const end = start + quote.length;
  return placedTokens(unit).filter((t) => t.at >= start && t.at < end);
}

/** Words that carry no content of their own: function words, the commonest verbs, fillers. */
const STOP = new Set(
  (
    "the a an and or but so of to in on at by for with from about into over under as than then that this these " +
    "those there here it its it's is are was were be been being am do does did done have has had having will would " +
    "shall should can could may might must i me my mine you your yours we us our he him his she her they them their " +
    "what which who whom whose when where why how whether if not no yes all any some each every both either neither " +
    "one ones just also very really actually basically honestly right now still even only much many more most lot " +
    "lots bit thing things stuff something anything everything nothing way ways kind sort get got getting go going " +
    "went gone make made take took say said tell told ask asked think thought know knew want wanted like need see " +
    "look come came put let well good great okay ok sure yeah oh um uh i'm i'd i've i'll you're you'd you've you'll " +
    "we're we'd we've we'll he's she's they're they'd they've that's there's what's don't didn't doesn't isn't " +
    "wasn't can't won't"
  ).split(" "),
);

/**
 * How much a phrase says: nouns, names and numbers as the tagger reads them in the whole sentence, or
 * failing that the words that are not function words (the tagger misreads "the invoicing redesign").
 */
function contentOf(tokens: Token[], phrase: string): number {
  const tagged = tokens.filter((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM").length;
  const words = plainQuotes(phrase)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => (w.length >= 3 || /\d/.test(w)) && !STOP.has(w) && !/ly$/.test(w)).length;
  return Math.max(tagged, words - 1);
}

interface Scored extends Phrase {
  unit: Unit;
  score: number;
}

function scorePhrase(phrase: Phrase, unit: Unit, candidateNames: string[]): Scored | undefined {
  let p = phrase;
  const tokens = tokensOf(unit, p.quote);
  const content = contentOf(tokens, p.text);
  if (GENERIC.test(p.text) || GENERIC.test(p.quote) || LOGISTICS.test(p.quote)) return undefined;
  if (
    [...unit.signals].some((id) => LOGISTICS_SIGNALS.has(id)) &&
    ![...unit.signals].some((id) => CONTENT_SIGNALS.has(id))
  )
    return undefined;
  if (/[()=]/.test(p.quote) || GENERIC_TOPIC.test(p.text) || QUANTIFIER.test(p.quote)) return undefined;
  // A point needs a subject: "is about one point two million a year" is the tail of a sentence.
  const first = tokens[0];
  if (p.kind === "point" && first && (first.pos === "VERB" || first.pos === "AUX" || first.pos === "ADP"))
    return undefined;
  // Without a finite verb a "point" is a thing named: "Blameless write-up within five working days, reviewed…".
  const hasVerb = tokens.some((t) => t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.text)));
  const hasSubject = /^(?:I|you|we|they|he|she|it)\b/i.test(plainQuotes(p.text));
  if (p.kind === "point" && !hasVerb && !hasSubject) p = { ...p, kind: "topic" };
  // Saying the candidate's name: a greeting or an aside to them.
  if (candidateNames.some((n) => new RegExp(`\\b${escapeRegExp(firstNameOf(n))}\\b`, "i").test(p.quote)))
    return undefined;
  const isWh = /^(?:how|why|what|where|when|whether|who)\b/i.test(p.text);
  if (content < (p.kind === "question" || isWh ? 1 : 2)) return undefined;
  let score = Math.min(content, 6);
  if ([...unit.signals].some((id) => CONTENT_SIGNALS.has(id))) score += 1;
  if ([...unit.turnSignals].some((id) => CONTENT_SIGNALS.has(id))) score += 1;
  if (unit.signals.has("deep-follow-ups")) score += 1;
  // Small talk (a dog's name, the weather) is warm but not what the interview was about.
  const isChat = [...unit.turnSignals].some(
    (id) => id === "natural-rapport" || id === "engaged-body-language",
  );
  if (isChat && ![...unit.turnSignals].some((id) => CONTENT_SIGNALS.has(id))) score -= 2;
  if (unit.isGreeting) score -= 2;
  if (SMALL_TALK.test(p.quote)) score -= 3;
  if (unit.voice === "speech" && /^(?:you'd|you'll|you would|you will)\b/i.test(plainQuotes(p.quote)))
    score += 1;
  if (p.kind === "question" && countWords(p.text) >= 4) score += 1;
  if (p.kind !== "question") score += 1;
  if (ANAPHORA.test(p.text)) score -= 3;
  if (/[~<>/#@&]|["\u201c\u201d]/.test(p.quote)) score -= 2;
  if (CHAT.test(p.quote)) score -= 4;
  const words = countWords(p.quote);
  if (words > 16) score -= Math.ceil((words - 16) / 3);
  if (words < 4) score -= 1;
  const yous = plainQuotes(p.quote).match(/\byou(?!'d|'ll)(?:'\w+)?\b|\byour\b/gi)?.length ?? 0;
  if (unit.voice === "speech" && yous > 0) score -= yous >= 3 ? 2 : 1;
  return { ...p, unit, score };
}

function finishText(text: string, first: Token | undefined): string {
  let t = collapse(
    text
      .replace(/\s+([,.;:!?])/g, "$1")
      .replace(/~\s*(?=\d)/g, "about ")
      .replace(/\s&\s/g, " and "),
  )
    .replace(/,?\s+(?:ha|haha|lol|too)$/i, "")
    .replace(/[.,;:!?]+$/, "");
  const isProper = first?.pos === "PROPN" || /^I\b|^I'/.test(t) || /^\p{Lu}{2}/u.test(t);
  if (!isProper) t = t.charAt(0).toLowerCase() + t.slice(1);
  return t;
}

/** The bare noun phrase of a list item reads with an article: "Monday yield report" → "the Monday yield report". */
function withArticle(text: string, tokens: Token[]): string {
  const first = tokens[0];
  if (!first) return text;
  // A name takes no article: "Corvenna", not "the Corvenna".
  if (first.pos === "PROPN" && /^\p{Lu}/u.test(text)) return text;
  if (first.pos === "DET" || first.pos === "PRON" || first.pos === "VERB" || first.pos === "ADV") return text;
  if (/ing$/i.test(first.text)) return text;
  if (
    first.pos === "ADP" ||
    first.pos === "SCONJ" ||
    first.pos === "CCONJ" ||
    /^(?:how|why|what|where|when|whether)$/i.test(first.text)
  )
    return text;
  const second = tokens[1];
  if (first.pos === "NUM" && second?.pos === "NOUN") return text;
  return `the ${text}`;
}

/** Words a "topic" or "question" cannot open with: it would read "about if…", "about or the…". */
const NOT_A_NOUN_PHRASE =
  /^(?:or|and|but|so|because|if|hopefully|maybe|probably|perhaps|i|i'm|i'd|i've|i'll|we|we're|you|you're|you'd|you'll|they|they're|he|she|it|it's|there|then|also|just|um|uh|like|not|no|yes|very|really|too|as|than|to|of|for|with|by|at|on|in|from)\b/i;
/** A statement or question denied: "he never once asked where else I'm interviewing", "didn't mention pay". */
const NEGATED =
  /\b(?:never|not|no\s+(?:one|idea|mention|word|talk|time|answer|clue|real)|nobody|nothing|none|didn't|did\s+not|doesn't|don't|wasn't|weren't|isn't|aren't|won't|can't|cannot|hasn't|haven't|without)\b|n't\b/i;
/** Common words of other languages the notes quote (German, French, Spanish, Dutch): not English to send. */
const OTHER_LANGUAGE =
  /\b(?:ich|Sie|der|und|nicht|das|ist|wir|je|nous|vous|est|que|les|pour|por|para|el|los|las|una|het|een|niet|wij)\b/g;
/** The candidate asking: then it is not "your questions about …". */
const CANDIDATE_ASKED =
  /\b(?:I|we)\s+(?:\w+\s+)?(?:asked|wanted\s+to\s+know|wondered|enquired|inquired|brought\s+up|raised|checked)\b/i;

/** True when a point opens with its subject and then its verb, with no comma between. */
function hasSubject(tokens: Token[], text: string): boolean {
  if (/^(?:I|you|we|they|he|she|it|there|that|this)\b/i.test(plainQuotes(text))) return true;
  const words = text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u);
  const first = tokens.findIndex((t) => t.text.toLowerCase() === words[0]);
  const own = first >= 0 ? tokens.slice(first) : tokens;
  const verb = own.findIndex((t) => t.pos === "AUX" || t.pos === "VERB");
  if (verb < 0) return true;
  if (verb === 0) return false;
  return own
    .slice(0, verb)
    .every((t) => ["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADP", "CCONJ"].includes(t.pos));
}

/**
 * True when a phrase meant as a noun phrase is a clause: a subject and its verb ("the other rep was out
 * there"), which cannot follow "about". A wh-word or "whether" opens a clause that can ("how I would …").
 */
function isClause(tokens: Token[], text: string): boolean {
  if (/^(?:how|why|what|where|when|whether|who|which)\b/i.test(text)) return false;
  const words = text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u);
  const first = tokens.findIndex((t) => t.text.toLowerCase() === words[0]);
  const own = first >= 0 ? tokens.slice(first) : tokens;
  const verb = own.findIndex((t) => t.pos === "AUX" || (t.pos === "VERB" && !/ing$/i.test(t.text)));
  if (verb <= 0) return false;
  return own.slice(0, verb).every((t) => ["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(t.pos));
}

/**
 * Whether a specific can go in a letter as it stands: its source is not negated (a denied question is no
 * question), a question is not one the candidate asked, a topic or question reads as a noun phrase, and the
 * sentence it makes passes the draft check. Anything else is left out, never mended.
 */
function isSayable(s: Scored): boolean {
  // The whole sentence the phrase was cut from: "he never once asked where else I'm interviewing".
  const quote = plainQuotes(s.unit.text.includes(s.quote) ? s.unit.text : s.quote);
  const text = plainQuotes(s.text).trim();
  if (s.kind !== "point" && NOT_A_NOUN_PHRASE.test(text)) return false;
  // A phrase that runs on into another clause ("… and if I can …", "… and I only know it …") or a label.
  if (s.kind !== "point" && (/\band\s+(?:if|I|whether)\b|:/.test(text) || /\band\s+I\b/.test(text)))
    return false;
  // The negation that counts stands before the phrase ends: "never once asked where else …", not a "not"
  // in a clause after it.
  const last = text.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  const end = quote.toLowerCase().lastIndexOf(last);
  const upTo = end > 0 ? quote.slice(0, end + last.length) : quote;
  const before = end > 0 ? upTo.slice(0, Math.max(0, upTo.length - text.length)) : quote;
  if (s.kind !== "point" && NEGATED.test(upTo)) return false;
  if (s.kind === "point" && NEGATED.test(before) && !NEGATED.test(text)) return false;
  // "It was good to learn that you didn't touch X" says back what did not happen.
  if (s.kind === "point" && NEGATED.test(text)) return false;
  // A point is a clause: a subject, then its verb ("both possible, explained …" is a fragment of notes).
  if (s.kind === "point" && !hasSubject(tokensOf(s.unit, s.quote), text)) return false;
  if (s.kind === "question" && (CANDIDATE_ASKED.test(quote) || /^I\b/.test(text))) return false;
  if (s.kind !== "point" && isClause(tokensOf(s.unit, s.quote), text)) return false;
  // An aside to the reader ("man, that's …") or words in another language are not said back in a letter.
  if (/^(?:man|oh|wow|well|yeah|yes|okay|ok|so|look|honestly|right|anyway)\b,?/i.test(text)) return false;
  if ((text.match(OTHER_LANGUAGE) ?? []).length >= 2) return false;
  const sentence = specificSentence(
    { kind: s.kind, text: finishText(s.text, undefined), source: s.unit.source, quote: s.quote },
    0,
  );
  return checkDraft(sentence, { allowsTemplate: true }).length === 0;
}

/** The two (or more) best specifics of one interviewer, from different sentences where there are enough. */
function chooseSpecifics(
  units: Unit[],
  wanted: number,
  names: string[],
  candidateNames: string[],
): Specific[] {
  const scored: Scored[] = [];
  for (const unit of units)
    for (const p of phrasesOf(unit, names)) {
      const s = scorePhrase(p, unit, candidateNames);
      if (s) scored.push(s);
    }
  scored.sort((a, b) => b.score - a.score || a.unit.order - b.unit.order);
  const chosen: Scored[] = [];
  const overlaps = (a: Scored, b: Scored) =>
    a.quote.includes(b.quote) ||
    b.quote.includes(a.quote) ||
    normal(a.text).slice(0, 24) === normal(b.text).slice(0, 24);
  // Only what can be said as it stands: not negated, not the candidate's own question, a phrase that fits.
  const sayable = scored.filter((s) => isSayable(s));
  scored.length = 0;
  scored.push(...sayable);
  while (chosen.length < wanted) {
    // Another sentence is preferred to a second phrase of the same one, unless that is clearly better.
    const weight = (s: Scored) => s.score - (chosen.some((c) => c.unit === s.unit) ? 1.5 : 0);
    const next = scored
      .filter((s) => !chosen.includes(s) && !chosen.some((c) => overlaps(c, s)))
      .reduce<Scored | undefined>(
        (best, s) => (best === undefined || weight(s) > weight(best) ? s : best),
        undefined,
      );
    if (!next) break;
    chosen.push(next);
  }
  return chosen.map((s) => {
    const tokens = tokensOf(s.unit, s.quote);
    const firstWord = (plainQuotes(s.text).split(/[^\p{L}\p{N}'-]+/u)[0] ?? "")
      .toLowerCase()
      .replace(/'s$/, "");
    let text = finishText(
      s.text,
      tokens.find((t) => t.text === firstWord),
    );
    if (s.kind === "topic") text = withArticle(text, tokens);
    return {
      text,
      kind: s.kind,
      source: s.unit.source,
      quote: s.quote,
      line: s.unit.line,
      ...(s.unit.at ? { at: s.unit.at } : {}),
      ...(s.unit.speaker ? { speaker: s.unit.speaker } : {}),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The gap: what the candidate left unsaid

const GAP_PATTERNS: { re: RegExp; make: (topic: string) => string; why: string }[] = [
  {
    re: /\b(?:forgot|forgetting) to (?:mention|say|bring up|talk about|tell (?:him|her|them)(?: about)?)\s+(?:that\s+)?(.+)/i,
    make: (t) => `One thing I didn't get to mention: ${t}.`,
    why: "your notes say you forgot to mention it",
  },
  {
    re: /\b(?:didn't|did not|never) get to (?:mention|say|talk about|explain|show|finish)\s+(?:that\s+)?(.+)/i,
    make: (t) => `One thing I didn't get to mention: ${t}.`,
    why: "your notes say you did not get to it",
  },
  {
    re: /\b(?:wish I(?:'d| had)|should have|should've) (?:mentioned|said|talked about|brought up|explained)\s+(?:that\s+)?(.+)/i,
    make: (t) => `One thing I didn't get to mention: ${t}.`,
    why: "your notes say you wish you had said it",
  },
  {
    re: /\bcut me off (?:mid-sentence |mid-answer |halfway )?(?:on|before|during|while|in the middle of|when I was (?:talking|explaining) about)\s+(.+)/i,
    make: (t) =>
      `I didn't get to finish my point on ${t}; I'd be glad to send a short summary if it would help.`,
    why: "your notes say you were cut off",
  },
  {
    re: /\b(?:froze|blanked|stumbled|fumbled|struggled) (?:on|over|with)\s+(.+)/i,
    make: (t) => `I'd be glad to follow up on ${t} in more detail if it would help.`,
    why: "your notes say this part went badly",
  },
];

const ASKED_NEXT_STEPS = /\b(?:forgot to ask|didn't ask|did not ask|never asked)\b/i;

/** A negative signal and the line a thank-you can add for it. */
const GAP_SIGNALS: { id: SignalId; text: string; why: string }[] = [
  {
    id: "questions-discouraged",
    text: "If it's easier, I'd be glad to send the questions we didn't get to by email.",
    why: "your questions got little room or vague answers",
  },
  {
    id: "cut-short",
    text: "I know we were short on time, so I'd be happy to expand on anything by email.",
    why: "the interview was cut short",
  },
  {
    id: "vague-next-steps",
    text: "When you have a moment, I'd be grateful to know what the next steps and timing look like.",
    why: "no timeline for next steps was given",
  },
  {
    id: "superficial-questions",
    text: "If it would help, I'd be glad to share more detail about my experience.",
    why: "the questions stayed general",
  },
  {
    id: "thin-company-info",
    text: "I'd welcome the chance to learn more about the team and its priorities.",
    why: "little was said about the company and the role",
  },
];

function gapTopic(raw: string): string | undefined {
  const cut =
    raw.split(
      /,\s|;\s|\.\s|\s(?:because|which|but|so|for (?:what|about|a|an|the)|during|when|while|after|until)\s|[.!?]$/,
    )[0] ?? raw;
  const topic = slice(cut, 0, cut.length);
  const words = countWords(topic);
  return words >= 2 && words <= 14 ? plainQuotes(topic) : undefined;
}

function findGap(units: Unit[], analysis: Analysis, owner: number, isPrimary: boolean): DraftGap | undefined {
  for (const u of units) {
    if (u.voice !== "narration" || !(u.owner === owner || (isPrimary && u.owner < 0))) continue;
    for (const g of GAP_PATTERNS) {
      const m = g.re.exec(u.text);
      const topic = m?.[1] ? gapTopic(m[1]) : undefined;
      if (!m || !topic) continue;
      return { text: g.make(topic), why: g.why, source: u.source, quote: u.text, line: u.line };
    }
    if (ASKED_NEXT_STEPS.test(u.text) && /\bnext steps?\b|\btimeline\b|\bwhen\b/i.test(u.text)) {
      return {
        text: "When you have a moment, I'd be grateful to know what the next steps and timing look like.",
        why: "your notes say you did not ask about next steps",
        source: u.source,
        quote: u.text,
        line: u.line,
      };
    }
  }
  const ranLong = analysis.signals.some((s) => s.id === "ran-long");
  for (const g of GAP_SIGNALS) {
    const signal = analysis.signals.find((s) => s.id === g.id);
    if (!signal) continue;
    // "I know we were short on time" to someone who stayed past the hour would be false.
    if (g.id === "cut-short" && ranLong) continue;
    const evidence = signal.evidence.filter((e) => !e.isFact);
    const mine = evidence.find(
      (e) => e.speaker !== undefined && units.some((u) => u.owner === owner && u.speaker === e.speaker),
    );
    const fallback = isPrimary ? (evidence.find((e) => e.speaker === undefined) ?? evidence[0]) : undefined;
    const e = mine ?? fallback;
    if (!e) continue;
    return {
      text: g.text,
      why: g.why,
      signal: g.id,
      source: e.source,
      quote: e.quote,
      ...(e.line !== undefined ? { line: e.line } : {}),
      ...(e.at ? { at: e.at } : {}),
      ...(e.speaker ? { speaker: e.speaker } : {}),
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The draft

function roleWords(about: RoleAbout | undefined): string {
  if (about?.role && about.company) return ` about the ${about.role} role at ${about.company}`;
  if (about?.role) return ` about the ${about.role} role`;
  if (about?.company) return ` about the role at ${about.company}`;
  return "";
}

export function thankYouSubject(about: RoleAbout | undefined): string {
  if (about?.role) return `Thank you - ${about.role} interview`;
  if (about?.company) return `Thank you - interview at ${about.company}`;
  return "Thank you for the interview";
}

function interestLine(about: RoleAbout | undefined): string {
  if (about?.company) return `I came away even more interested in joining ${about.company}.`;
  if (about?.role) return `I came away even more interested in the ${about.role} role.`;
  return "I came away even more interested in the role.";
}

function specificSentence(s: Specific, position: number): string {
  if (position === 0) {
    if (s.kind === "point") return `I especially appreciated hearing that ${s.text}.`;
    if (s.kind === "topic") return `I especially enjoyed hearing about ${s.text}.`;
    return `I especially enjoyed your questions about ${s.text}.`;
  }
  if (s.kind === "point") return `It was also good to learn that ${s.text}.`;
  if (s.kind === "topic") return `I also appreciated learning about ${s.text}.`;
  return `I also appreciated your questions about ${s.text}.`;
}

function composeBody(
  to: string,
  about: RoleAbout | undefined,
  specifics: Specific[],
  gap: DraftGap | undefined,
  candidateName: string | undefined,
): string {
  const paragraphs = [
    `Dear ${firstNameOf(to)},`,
    `Thank you for taking the time to speak with me${roleWords(about)}.${
      specifics.length > 0 ? ` ${specifics.map(specificSentence).join(" ")}` : ""
    }`,
    interestLine(about),
    ...(gap ? [gap.text] : []),
    `Thank you again for your time. I look forward to hearing from you.`,
    `Best regards,\n${candidateName ?? "[your name]"}`,
  ];
  return `${paragraphs.join("\n\n")}\n`;
}

/** Words a name may be written with in the greeting and the close. */
function candidateNameOf(input: ThankYouInput): string | undefined {
  const given = input.candidateName?.trim();
  if (given && !given.includes("@")) return given;
  return (input.candidateNames ?? input.analysis.candidate.names)[0];
}

/** The conversation as the drafts read it: who took part, in the order they get a note, and what they said. */
function readConversation(input: ThankYouInput) {
  const { docs, analysis } = input;
  const candidateName = candidateNameOf(input);
  const candidateNames = [
    ...(input.candidateNames ?? analysis.candidate.names),
    ...(candidateName ? [candidateName] : []),
  ];
  const interviewers = findInterviewers(docs, candidateNames);
  const people = [...candidateNames, ...interviewers.map((i) => i.name)];
  for (const d of docs)
    if (d.kind === "invite") for (const a of d.attendees) if (a.name) people.push(displayName(a.name));
  const about = findRoleAndCompany(docs, people);
  const units: Unit[] = [];
  for (const d of docs) {
    // One by one: spread into push, a transcript of 100,000 short sentences overflows the stack.
    if (d.kind === "transcript")
      for (const u of transcriptUnits(d, interviewers, analysis, units.length)) units.push(u);
    if (d.kind === "notes")
      for (const u of notesUnits(d, interviewers, analysis, units.length)) units.push(u);
  }
  const hasTranscript = docs.some((d) => d.kind === "transcript");
  const names = interviewers.flatMap((i) => [i.name, firstNameOf(i.name)]);
  // In notes, the person the notes say most about is the main interviewer; a transcript's order is by words spoken.
  const weight = interviewers.map((_, i) => units.filter((u) => u.owner === i).length);
  const order = interviewers.map((_, i) => i);
  if (!hasTranscript) order.sort((a, b) => (weight[b] ?? 0) - (weight[a] ?? 0) || a - b);
  const primary = order[0] ?? 0;
  return { candidateName, candidateNames, interviewers, about, units, hasTranscript, names, order, primary };
}

/** The interviewers in the order the drafts write to them: the main one (who gets the plan's thank-you) first. */
export function orderInterviewers(input: ThankYouInput): Interviewer[] {
  const { interviewers, order } = readConversation(input);
  return order.flatMap((i) => interviewers[i] ?? []);
}

/**
 * One thank-you draft per interviewer: addressed by first name, grateful, naming the role, referring to two
 * specific things that interviewer said or asked (each traced to its source), adding one point the candidate
 * left unsaid where the inputs show a gap, under 180 words, signed. Nothing is made up: where fewer than two
 * specifics can be found, the draft is shorter and `note` says so.
 */
export function draftThankYou(input: ThankYouInput): ThankYouDraft[] {
  const { analysis } = input;
  const { candidateName, candidateNames, interviewers, about, units, hasTranscript, names, order, primary } =
    readConversation(input);
  return order.map((index) => {
    const person = interviewers[index] as Interviewer;
    // In a transcript, their own turns; in notes, what the notes say they said, quoted or reported.
    const mine = units.filter((u) => u.owner === index && (hasTranscript ? u.voice === "speech" : true));
    const specifics = chooseSpecifics(mine, 2, names, candidateNames);
    const gap = findGap(units, analysis, index, index === primary);
    let body = composeBody(person.name, about, specifics, gap, candidateName);
    let keptGap = gap;
    if (countWords(body) >= MAX_THANK_YOU_WORDS && gap) {
      keptGap = undefined;
      body = composeBody(person.name, about, specifics, undefined, candidateName);
    }
    const note =
      specifics.length >= 2
        ? undefined
        : specifics.length === 1
          ? `Only one specific thing ${firstNameOf(person.name)} said could be found in the inputs; add another from memory before sending.`
          : `Nothing specific ${firstNameOf(person.name)} said could be found in the inputs, so the draft is short; add one or two things you discussed before sending.`;
    return {
      to: { name: person.name, ...(person.email ? { email: person.email } : {}) },
      basis: person.basis,
      subject: thankYouSubject(about),
      body,
      specifics,
      ...(keptGap ? { gap: keptGap } : {}),
      ...(about ? { about } : {}),
      ...(note ? { note } : {}),
      words: countWords(body),
    };
  });
}
