import { sameName } from "../people/identify-candidate-mail.js";
import type { Doc } from "../read/documents.js";
import { splitSentences } from "../text/sentences.js";
import { hasShorthand } from "./check-draft.js";
import type { RoleAbout } from "./draft-source.js";
import { notesLines } from "./notes-blocks.js";
import { collapse, countWords } from "./words.js";

// What the interview was for: the role and the company, from the invite, the notes' first lines or a subject.

const PROCESS_WORDS =
  /\b(?:interviews?|intro(?:duction|ductory)?|rounds?|final|first|second|third|1st|2nd|3rd|panel|phone|screen(?:ing)?|onsite|on-site|calls?|video|notes|hiring manager|founder|technical|chat|meeting|invite|invitation|thank(?:s| you)|follow(?:ing)?[- ]up|re|fwd?)\b|\d+/gi;

/** A title that exclaims is a feeling, not a name: "OMG ok Fold & Figure interview done!!!". */
const EXCLAIMED =
  /\b(?:omg|ok|okay|phew|ugh|yay|lol|wow|whew|yikes|done|finished|survived|nailed it|aced it)\b|[!?]+/gi;

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
  // Notes' arrows and equals signs part a title as a dash does: "VP Eng = coffee chat → onsite?".
  // Spaces before a separator are matched only from the start of their run, where the match starts
  // anyway: tried from every space of a long run, the scan was quadratic.
  const parts = outer.split(
    /(?<!\s)\s+[-\u2013\u2014|]\s+|(?:(?<!\s)\s+)?\|\s*|:\s+|,\s+|\.\s+|(?<!\s)\s+\/\s+|(?<!\s)\s+@\s+|(?:(?<!\s)\s+)?(?:=|~|→|->|=>|<|>)\s*|(?<!\s)\s+\+\s+/,
  );
  return [...parts, ...parens.filter((p) => JOB_WORDS.test(p))].map((s) => s.trim().replace(/[.:;,]+$/, ""));
}

/** Words a title may go on with after its job word: "Head of Nursing", "Director, Finance & Ops". */
const TITLE_GOES_ON = new Set(["of", "for", "in", "at", "and", "to", "&", "ii", "iii", "iv"]);

/**
 * Whether a job word stands as a title, not as the subject of a clause: "manager only nodded along"
 * is someone doing something, "Director of Care" a title. After its job word a title goes on only with
 * a preposition, a capitalised word or another job word.
 */
function isTitle(text: string): boolean {
  const m = JOB_WORDS.exec(text);
  if (!m) return false;
  const next =
    text
      .slice(m.index + m[0].length)
      .trim()
      .split(/\s+/)[0] ?? "";
  return (
    next === "" || TITLE_GOES_ON.has(next.toLowerCase()) || /^\p{Lu}/u.test(next) || JOB_WORDS.test(next)
  );
}

/** A line that starts by telling who the candidate met is an account of the meeting. */
const MEETING_VERB =
  /^(?:met|meeting|spoke|speaking|talked|talking|chatted|interviewed|saw|called|joined|had\s+(?:a|an|my|the)\b)/i;

/** Role and company from one header-like line: "Pinecrest Labs: Jordan Lee / Rafael Ortiz (Senior Backend Engineer)". */
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
    const rest = collapse(segment.replace(PROCESS_WORDS, " ").replace(EXCLAIMED, " "));
    if (rest === "" || !/\p{L}{2}/u.test(rest)) continue;
    if (JOB_WORDS.test(rest)) {
      if (isTitle(rest)) role ??= rest;
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
  // Whatever notes shorthand is left ("Eng w/ infra", "= onsite") has no place in a letter.
  return t === "" || hasShorthand(t) ? undefined : t;
}

/** A capitalised word after a company's name that is no part of it ("Acme Careers", "Acme Monday"). */
const NOT_NAME_PART =
  /^(?:team|talent|careers?|recruit\w*|hiring|people|hr|jobs?|the|we|i|our|your|thanks?|hi|dear|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|interview\w*|data|role|position)$/i;

/**
 * A company's name shouted in the notes ("QUILLFEATHER - panel") as its own mail or invite writes it
 * ("Quillfeather Health"), else in title case; a short run of capitals is an acronym and stays ("IBM").
 */
function asWritten(name: string | undefined, docs: Doc[]): string | undefined {
  if (!name || !/^[\p{Lu}\d&' -]+$/u.test(name) || (name.match(/\p{Lu}/gu) ?? []).length <= 4) return name;
  const words = name.split(/\s+/).filter(Boolean);
  const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const written = new RegExp(`(?<![\\p{L}])${words.map(escaped).join("\\s+")}(?![\\p{L}])`, "giu");
  for (const d of docs) {
    if (d.kind !== "email" && d.kind !== "invite") continue;
    const text = d.kind === "email" ? `${d.subject ?? ""}\n${d.text.slice(0, 4000)}` : (d.summary ?? "");
    for (const m of text.matchAll(written)) {
      if (!/\p{Ll}/u.test(m[0])) continue;
      // The words that follow it in title case belong to the name ("Quillfeather Health").
      const more = /^[ \t]+\p{Lu}\p{Ll}+(?![\p{L}])/u.exec(text.slice(m.index + m[0].length))?.[0] ?? "";
      const isNamePart = more !== "" && !NOT_NAME_PART.test(more.trim());
      return `${m[0].replace(/\s+/g, " ")}${isNamePart ? more : ""}`;
    }
  }
  return words.map((w) => (w.length <= 3 ? w : w.charAt(0) + w.slice(1).toLowerCase())).join(" ");
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
      const first = splitSentences(l.text)[0] ?? l.text;
      const quote = splitSentences(l.written)[0] ?? l.written;
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
    const company = found.company ? asWritten(spellOut(found.company), docs) : undefined;
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
