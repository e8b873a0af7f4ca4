import { isFromCandidate, sameName } from "../people/identify-candidate-mail.js";
import type { Analysis } from "../read/analyze-interview.js";
import type { Doc, EmailDoc, Person } from "../read/documents.js";
import type { SignalId } from "../signals/signal.js";
import { findInterviewTime } from "../time/find-interview-time.js";
import { findPromisedDate, localDayOf } from "../time/find-promised-date.js";
import type { Timeline } from "../timeline/build-timeline.js";
import { displayName, firstNameOf, isTeamName } from "./display-name.js";
import type { DraftSource, RoleAbout } from "./draft-source.js";
import { findInterviewers, type Interviewer, lookupPerson, type Recipient } from "./find-interviewers.js";
import { findRoleAndCompany } from "./find-role-and-company.js";
import { countWords } from "./words.js";

/** The date the company gave for word, and where it was given. */
export interface PromiseOfWord extends DraftSource {
  /** ISO end of the promised day or period. */
  due: string;
  /** The date as the draft writes it ("Thursday, February 12"). */
  dueText: string;
  /** Who said word would come from them, where the sentence names someone. */
  from?: string;
}

export interface StatusCheckDraft {
  to: Recipient;
  /** Why this person: who promised, or who wrote last. */
  basis: string;
  subject: string;
  body: string;
  /** The promise the draft refers to, traced to its source. */
  promised?: PromiseOfWord;
  /** The company's message this replies to. */
  inReplyTo?: string;
  references?: string[];
  about?: RoleAbout;
  /** True when the promised date has passed at `now` (the seeds: follow up only then). */
  isDue: boolean;
  /** What to know before sending: the date has not passed, no date was found, an outcome is known. */
  note?: string;
  words: number;
}

export interface StatusCheckInput {
  docs: Doc[];
  analysis: Analysis;
  /** ISO time the draft is made at. */
  now: string;
  /** The promised date, where the caller knows it already (the plan's status-check action). */
  promisedDue?: string;
  /**
   * The application's timeline: its standing promise is the one the draft names, and where it has none
   * the draft names no date, so the draft and the plan's reason agree.
   */
  timeline?: Timeline;
  candidateName?: string;
  /** Whom to write to, where the caller chooses (a name); else who promised, who wrote last, or the interviewer. */
  to?: string;
}

/** A status check stays under this many words. */
export const MAX_STATUS_CHECK_WORDS = 120;

/** Evidence that may carry a promise of word. */
const PROMISE_SIGNALS = new Set<SignalId>([
  "specific-next-steps",
  "gone-quiet",
  "next-round-booked",
  "kept-warm",
]);

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-02-12T23:59:59-06:00" → "Thursday, February 12", the day as it was in the offset it was given in. */
export function dayText(iso: string): string {
  const day = localDayOf(iso);
  if (!day) return iso;
  return `${WEEKDAYS[day.weekday]}, ${MONTHS[day.month - 1]} ${day.day}`;
}

const NAME = "\\p{Lu}[\\p{Ll}'\\u2019-]+(?:[ \\t]+\\p{Lu}[\\p{Ll}'\\u2019-]+)?";
const NOT_A_NAME =
  /^(?:I|We|You|She|He|They|It|The|Our|Their|Next|Then|Friday|Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday|HR|Thanks|Hi|Hello|Dear)$/;

/** The person a promise names as the one who will be in touch: "Tobiah … will email me", "hear from Max". */
function promiserIn(quote: string, candidateNames: string[]): string | undefined {
  const patterns = [
    new RegExp(`\\bhear(?:ing)?\\s+(?:back\\s+)?from\\s+(${NAME})`, "u"),
    new RegExp(
      `(${NAME})(?:\\s+from\\s+[\\w\\s]{1,30}?|,\\s+[^,.]{1,40},)?\\s+(?:will|'ll|\u2019ll|would|is going to|to|should)\\s+(?:\\w+\\s+)?(?:email|e-mail|call|ring|phone|reach|contact|get back|let|be in touch|send|follow|update|write)`,
      "u",
    ),
  ];
  for (const re of patterns) {
    const name = re.exec(quote)?.[1];
    const first = name?.split(/\s+/)[0] ?? "";
    if (name && !NOT_A_NAME.test(first) && !candidateNames.some((c) => sameName(c, name))) return name;
  }
  return undefined;
}

/** "I'll email you", "we'll let you know", "you'll hear from me": the speaker themselves promises. */
const SELF_PROMISE = /\b(?:I|we)(?:'ll|\u2019ll| will| shall)\b|\bfrom (?:me|us)\b/i;

/** The text of a source, whitespace collapsed: where a quote is checked against. */
function textOf(docs: Doc[], source: string): string | undefined {
  const doc = docs.find((d) => d.source === source);
  if (!doc) return undefined;
  const text =
    doc.kind === "notes"
      ? doc.text
      : doc.kind === "transcript"
        ? doc.utterances.map((u) => u.text).join("\n")
        : doc.kind === "email"
          ? doc.text
          : "";
  return text.replace(/\s+/g, " ");
}

/**
 * The quote as the source has it: evidence from notes may end in a full stop the list item did not have
 * ("Next step: she'll call me by Friday 3/27"), and is cut back to the words that are there.
 */
function asWritten(docs: Doc[], source: string, quote: string): string {
  const text = textOf(docs, source);
  const flat = quote.replace(/\s+/g, " ").trim();
  if (!text || text.includes(flat)) return flat;
  const bare = flat.replace(/[.!?\u2026]+$/, "");
  return text.includes(bare) ? bare : flat;
}

interface Found extends PromiseOfWord {
  /** When the promise was made, for ordering. */
  said: string;
}

/** Every dated promise of word in the inputs: company mail, and the next-step sentences of the conversation. */
export function findPromises(docs: Doc[], analysis: Analysis, now: string): Found[] {
  const who = { names: analysis.candidate.names, addresses: [] as string[] };
  const found: Found[] = [];
  const when = findInterviewTime(docs, now);
  const add = (f: Omit<Found, "dueText">) => {
    if (!found.some((x) => x.due === f.due && x.source === f.source))
      found.push({ ...f, dueText: dayText(f.due) });
  };
  for (const d of docs) {
    if (d.kind !== "email" || d.isAutomatic || !d.date || isFromCandidate(d, who)) continue;
    const p = findPromisedDate(d.text, d.date);
    if (!p) continue;
    const sender = d.from?.name ? displayName(d.from.name) : undefined;
    const named = promiserIn(p.quote, analysis.candidate.names);
    const from = named ?? (SELF_PROMISE.test(p.quote) ? sender : undefined) ?? sender;
    add({
      due: p.due,
      source: d.source,
      quote: asWritten(docs, d.source, p.quote),
      said: d.date,
      ...(from ? { from } : {}),
    });
  }
  for (const s of analysis.signals) {
    if (!PROMISE_SIGNALS.has(s.id)) continue;
    for (const e of s.evidence) {
      if (e.isFact) continue;
      const said = e.message?.date ?? when.end ?? when.start;
      if (!said) continue;
      const p = findPromisedDate(e.quote.replace(/\u2026$/, ""), said);
      if (!p) continue;
      const named = promiserIn(p.quote, analysis.candidate.names);
      const speaker =
        e.speaker && !analysis.candidate.names.some((c) => sameName(c, e.speaker ?? ""))
          ? e.speaker
          : undefined;
      const from = named ?? (speaker && SELF_PROMISE.test(p.quote) ? speaker : undefined);
      add({
        due: p.due,
        source: e.source,
        quote: asWritten(docs, e.source, p.quote),
        said,
        ...(e.line !== undefined ? { line: e.line } : {}),
        ...(e.at ? { at: e.at } : {}),
        ...(speaker ? { speaker } : {}),
        ...(from ? { from } : {}),
      });
    }
  }
  return found;
}

/** The timeline's standing promise, as the draft cites it. */
function fromTimeline(docs: Doc[], timeline: Timeline, candidateNames: string[]): Found | undefined {
  const p = timeline.promise;
  if (!p) return undefined;
  const named = promiserIn(p.quote, candidateNames);
  const speaker =
    p.speaker && !candidateNames.some((c) => sameName(c, p.speaker ?? ""))
      ? displayName(p.speaker)
      : undefined;
  const from = named ?? speaker;
  return {
    due: p.due,
    dueText: dayText(p.due),
    source: p.source,
    quote: asWritten(docs, p.source, p.quote),
    said: new Date(p.saidMs).toISOString(),
    ...(p.line !== undefined ? { line: p.line } : {}),
    ...(p.at ? { at: p.at } : {}),
    ...(speaker ? { speaker } : {}),
    ...(from ? { from } : {}),
  };
}

/** The promise to hold the company to: the latest that has passed, else the latest still to come. */
function choosePromise(found: Found[], now: string, promisedDue: string | undefined): Found | undefined {
  const nowMs = Date.parse(now);
  const byDue = [...found].sort((a, b) => Date.parse(b.due) - Date.parse(a.due));
  if (promisedDue) {
    const day = dayText(promisedDue);
    return byDue.find((f) => f.dueText === day);
  }
  return byDue.find((f) => Date.parse(f.due) < nowMs) ?? byDue[0];
}

function isCompanyMail(d: EmailDoc, analysis: Analysis): boolean {
  return !d.isAutomatic && !isFromCandidate(d, { names: analysis.candidate.names, addresses: [] });
}

function involves(d: EmailDoc, name: string): boolean {
  return [d.from, ...d.to, ...d.cc].some(
    (p: Person | undefined) => p?.name && sameName(displayName(p.name), name),
  );
}

/**
 * The message to reply to: the recipient's own last message, else the last message with them in it (the
 * candidate's own follow-up), else the company's last message. Undefined where there is no mail.
 */
function replyTarget(docs: Doc[], analysis: Analysis, name: string | undefined): EmailDoc | undefined {
  const mails = docs
    .filter((d): d is EmailDoc => d.kind === "email" && d.messageId !== undefined)
    .sort((a, b) => Date.parse(b.date ?? "") - Date.parse(a.date ?? ""));
  const company = mails.filter((d) => isCompanyMail(d, analysis));
  if (name) {
    const theirs = company.find((d) => d.from?.name && sameName(displayName(d.from.name), name));
    if (theirs) return theirs;
    const withThem = mails.find((d) => !d.isAutomatic && involves(d, name));
    if (withThem) return withThem;
  }
  return company[0];
}

function roleWords(about: RoleAbout | undefined): string {
  if (about?.role && about.company) return ` for the ${about.role} role at ${about.company}`;
  if (about?.role) return ` for the ${about.role} role`;
  if (about?.company) return ` with ${about.company}`;
  return "";
}

function subjectOf(target: EmailDoc | undefined, about: RoleAbout | undefined): string {
  const subject = target?.subject?.trim();
  if (subject) return /^re:/i.test(subject) ? subject : `Re: ${subject.replace(/^(?:re|aw|fwd?):\s*/i, "")}`;
  if (about?.role) return `Following up - ${about.role} interview`;
  return "Following up on my interview";
}

/**
 * Who the status check goes to: the one the promise names, else whoever last wrote from the company, else
 * the main interviewer; with the name the invites and mail know them by, and their address.
 */
function chooseRecipient(
  input: StatusCheckInput,
  interviewers: Interviewer[],
  promise: Found | undefined,
): { name: string | undefined; basis: string; email: string | undefined } {
  const { docs, analysis } = input;
  const lastCompany = replyTarget(docs, analysis, undefined);
  const lastSender = lastCompany?.from?.name ? displayName(lastCompany.from.name) : undefined;
  let name: string | undefined;
  let basis: string;
  if (input.to?.trim()) {
    name = interviewers.find((i) => sameName(i.name, input.to ?? ""))?.name ?? displayName(input.to);
    basis = "chosen with --to";
  } else if (promise?.from) {
    name = interviewers.find((i) => sameName(i.name, promise.from ?? ""))?.name ?? displayName(promise.from);
    basis = `named in the promise of word (${promise.source}${promise.line !== undefined ? `:${promise.line}` : ""})`;
  } else if (lastSender && !(isTeamName(lastSender) && interviewers[0])) {
    // A team's mailbox wrote last: the interviewer, a person, is asked instead where there is one.
    name = lastSender;
    basis = `wrote last from the company (${lastCompany?.source})`;
  } else if (interviewers[0]) {
    name = interviewers[0].name;
    basis = `your interviewer (${interviewers[0].basis})`;
  } else {
    basis = "no name found in the inputs";
  }
  const known = name ? lookupPerson(docs, name) : undefined;
  // "Tomas" in a transcript is Tomas Berg on the invite.
  if (known && name && known.name.length > name.length) name = known.name;
  return { name, basis, email: known?.email };
}

/** The words of the status check, without its final newline. */
function statusCheckBody(
  name: string | undefined,
  about: RoleAbout | undefined,
  dueText: string | undefined,
  candidateName: string | undefined,
): string {
  const update = dueText
    ? `I understood there would be an update by ${dueText}, so I wanted to check in on where things stand.`
    : "I wanted to check in on where things stand.";
  const interest = about?.company
    ? `I remain very interested in the role and in joining ${about.company}.`
    : "I remain very interested in the role.";
  return [
    // A team's mailbox ("HR", "Recruitment Team") is greeted as one, not as a person.
    name && !isTeamName(name) ? `Dear ${firstNameOf(name)},` : "Hello,",
    `I hope you're well. I'm writing to follow up on my interview${roleWords(about)}. ${update}`,
    `${interest} Could you let me know if there is any news, or when I might expect to hear?`,
    "Thank you for your time.",
    `Best regards,\n${candidateName ?? "[your name]"}`,
  ].join("\n\n");
}

/** The promise of word as the draft reports it. */
function promisedOf(promise: Found): PromiseOfWord {
  return {
    due: promise.due,
    dueText: promise.dueText,
    source: promise.source,
    quote: promise.quote,
    ...(promise.line !== undefined ? { line: promise.line } : {}),
    ...(promise.at ? { at: promise.at } : {}),
    ...(promise.speaker ? { speaker: promise.speaker } : {}),
    ...(promise.from ? { from: promise.from } : {}),
  };
}

/**
 * The polite follow-up for when the promised date has passed: to whoever promised word (or the recruiter who
 * wrote last, or the interviewer), mentioning the date they gave, restating interest, asking for an update,
 * under 120 words, replying to the company's last message. `note` says when it is early or no date was found.
 */
export function draftStatusCheck(input: StatusCheckInput): StatusCheckDraft {
  const { docs, analysis, now } = input;
  const candidateName = input.candidateName?.trim() || analysis.candidate.names[0];
  const candidateNames = [...analysis.candidate.names, ...(candidateName ? [candidateName] : [])];
  const interviewers = findInterviewers(docs, candidateNames);
  const about = findRoleAndCompany(docs, [...candidateNames, ...interviewers.map((i) => i.name)]);
  const promise = input.timeline
    ? fromTimeline(docs, input.timeline, analysis.candidate.names)
    : choosePromise(findPromises(docs, analysis, now), now, input.promisedDue);
  const due = promise?.due ?? input.promisedDue;
  const isDue = due !== undefined && Date.parse(due) < Date.parse(now);
  const { name, basis, email } = chooseRecipient(input, interviewers, promise);
  const target = replyTarget(docs, analysis, name);
  const dueText = due ? dayText(due) : undefined;
  const body = statusCheckBody(name, about, dueText, candidateName);
  const notes: string[] = [];
  if (analysis.read.outcome)
    notes.push(`An outcome is already known (${analysis.read.outcome}): a status check is not needed.`);
  if (!due) notes.push("No promised date was found in the inputs; the draft asks for an update without one.");
  else if (!isDue)
    notes.push(
      `The date they gave (${dueText}) has not passed yet; the advice is to follow up only after it has.`,
    );
  if (!name) notes.push("No one to address was found; fill in the name before sending.");

  const references = target ? [...target.references, ...(target.messageId ? [target.messageId] : [])] : [];
  return {
    to: { name: name ?? "", ...(email ? { email } : {}) },
    basis,
    subject: subjectOf(target, about),
    body: `${body}\n`,
    ...(promise ? { promised: promisedOf(promise) } : {}),
    ...(target?.messageId ? { inReplyTo: target.messageId } : {}),
    ...(references.length > 0 ? { references } : {}),
    ...(about ? { about } : {}),
    isDue,
    ...(notes.length > 0 ? { note: notes.join(" ") } : {}),
    words: countWords(body),
  };
}
