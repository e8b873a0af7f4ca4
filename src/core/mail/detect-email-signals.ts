// English only: the whole package loads every locale (about 70 ms more of every start).

import * as chrono from "chrono-node/en";
import vader from "vader-sentiment";
import { isFormLetter } from "../detect/passages.js";
import {
  type CandidateMail,
  isFromCandidate,
  isThankYouNote,
  nameTokens,
  resolveCandidateMail,
} from "../people/identify-candidate-mail.js";
import type { EmailDoc, Person } from "../read/documents.js";
import type { Evidence, Finding } from "../signals/evidence.js";
import type { SignalId } from "../signals/signal.js";
import {
  findPromisedDate,
  localDayOf,
  MAX_DATE_SENTENCE,
  offsetMinutes,
  offsetOf,
  splitSentences,
} from "../time/find-promised-date.js";
import { foreignDecision } from "./foreign-decisions.js";
import { threadSubject } from "./thread-subject.js";

/** Reply judging reads an automatic reply as part of the thread it answers. */
const AUTO = { autoReply: true };

/**
 * Signals read from the shape of an email thread rather than from single phrases: how the thank-you note was
 * answered (warm-reply, curt-reply), silence past a promised date or after the last contact (gone-quiet),
 * a meeting the company keeps moving (scheduling-runaround) and step-by-step updates (kept-warm).
 */

export interface EmailSignalInput {
  emails: EmailDoc[];
  /** The candidate's names and addresses; both empty means "infer from the mail". */
  candidate: CandidateMail;
  /** ISO time the read is made at. Mail dated after it is not read. */
  now: string;
  /** ISO end of the (last) interview, where known: the start of the wait. */
  interviewEnd?: string;
  /** Lower-cased words of the transcript and notes, for replies that refer to the conversation. */
  conversationWords?: ReadonlySet<string>;
  /** Promises of word made outside the mail (in the interview or noted), e.g. from findPromisedDate. */
  promises?: PromiseOfWord[];
  /**
   * Undated messages that come after an account of an interview (notes or a transcript) in the order
   * the documents were given: with no dates, that order is all that says what came after what.
   */
  afterAnAccount?: ReadonlySet<EmailDoc>;
}

/** A promise that word will come from the company by a date. */
export interface PromiseOfWord {
  /** ISO end of the promised day or period. */
  due: string;
  quote: string;
  source: string;
  /** ISO time it was said; the interview end (or the first mail) where not given. */
  said?: string;
}

// Thresholds for judging the reply to a thank-you note.
/** A reply this positive (mean VADER compound over its sentences) and this long is warm whatever its speed. */
export const WARM_TONE = 0.5;
export const WARM_MIN_WORDS = 20;
/** A reply within a day that is positive and not a one-liner is warm. */
export const PROMPT_HOURS = 24;
export const PROMPT_TONE = 0.3;
export const PROMPT_MIN_WORDS = 25;
/** A reply that refers to nothing specific and is this short, or this flat, is curt. */
export const CURT_MAX_WORDS = 20;
export const CURT_TONE = 0.2;
/** Without threading or a matching subject, a message from the note's recipient within this many days is its reply. */
export const REPLY_WINDOW_DAYS = 7;
/** Shared words shorter than this are too common to show that a reply refers to the conversation. */
export const SPECIFIC_MIN_LENGTH = 5;
/** A reply shorter than this is an acknowledgement, whatever it refers to. */
export const SPECIFIC_MIN_WORDS = 8;

// Thresholds for silence and repetition.
/** Days of silence from the company after the last contact (with no outcome) that make gone-quiet. */
export const SILENCE_DAYS = 14;
/** Days past a promised date before its silence counts: a weekend, or a late afternoon, is not silence. */
export const PROMISE_GRACE_DAYS = 2;
/** Company messages moving a meeting before the moving is a runaround. */
export const RUNAROUND_MIN_MOVES = 2;
/** Company status updates before the candidate counts as kept warm. */
export const KEPT_WARM_MIN_UPDATES = 2;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

// ---------------------------------------------------------------------------------------------------------------
// Reading a message

/** Out-of-office and other automatic replies by their wording, for mail whose headers do not say so. */
const AUTO_REPLY_SUBJECT =
  /^\s*(?:automatic\s+reply|auto(?:matic)?[-\s]?reply|autoreply|out\s+of\s+(?:the\s+)?office)\b/i;
const AUTO_REPLY_TEXT =
  /\b(?:(?:i\s+am|i'm)\s+(?:currently\s+)?out\s+of\s+(?:the\s+)?office|(?:i\s+am|i'm)\s+(?:currently\s+)?(?:away|on\s+(?:annual\s+|parental\s+)?leave)\s+(?:from|until|till)|with\s+limited\s+access\s+to\s+(?:e-?mail|my\s+inbox)|this\s+is\s+an\s+auto(?:mated|matic)\s+(?:reply|response|message)|auto-?reply)\b/i;

/**
 * An out-of-office or other automatic reply: never a reply to judge, never word from the company. An automatic
 * message that is the outcome itself (an ATS rejection) is word from the company.
 */
export function isAutoReply(doc: EmailDoc): boolean {
  return (
    (AUTO_REPLY_SUBJECT.test(doc.subject ?? "") ||
      AUTO_REPLY_TEXT.test(plain(doc.text)) ||
      doc.isAutomatic === true) &&
    !isOutcome(doc)
  );
}

const REJECTION =
  /\b(?:(?:not|won't|will\s+not|unable\s+to|not\s+able\s+to)\s+(?:be\s+)?(?:progress(?:ing)?|proceed(?:ing)?|mov(?:e|ing)\s+forward|tak(?:e|ing)\s+(?:your\s+application\s+)?(?:any\s+)?further)(?:\s+with)?\s+(?:your|you)|(?:decided|decision)\s+(?:not\s+to|to\s+not)|(?:move|moving|go|going|proceed|proceeding)\s+(?:forward\s+)?with\s+(?:another|other|a\s+different|a\s+candidate|candidates|someone)|(?:other|another)\s+(?:candidates?|applicants?)\s+(?:who|whose|that)\s+(?:more\s+)?closely|not\s+(?:been\s+)?(?:successful|selected|shortlisted)|(?:were|was|have|has|had)n't\s+(?:been\s+)?(?:successful|selected|shortlisted)|unsuccessful|pursu(?:e|ing)\s+(?:other|another)\s+(?:candidates?|applicants?)|(?:credentials|experience|qualifications|profiles?)\s+of\s+other\s+candidates|with\s+a\s+different\s+candidate|not\s+a\s+match\s+for|(?:unable|not\s+able)\s+to\s+offer\s+you|regret\s+to\s+(?:inform|let\s+you\s+know|tell|share|say)|(?:position|role|vacancy)\s+has\s+(?:now\s+)?been\s+filled)\b/i;
const OFFER =
  /\b(?:(?:like|pleased|delighted|happy|excited|able)\s+to\s+(?:formally\s+)?(?:offer\s+you|extend\s+(?:you\s+)?(?:an|the|a\s+formal|a\s+verbal)\s+offer)|offer\s+of\s+employment|(?:your|the|an?)\s+(?:formal\s+|written\s+|verbal\s+)?offer\s+letter|(?:formal|written|verbal)\s+offer)\b/i;

/** Typographic apostrophes and quotes made plain, so "won’t" reads as "won't". */
function plain(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** A match that only holds under a condition ("If you are not selected, …") is not the answer. */
function saysOutright(text: string, pattern: RegExp): boolean {
  return splitSentences(plain(text)).some((sentence) => {
    const m = pattern.exec(sentence);
    return (
      m !== null &&
      !/\b(?:if|unless|should\s+(?:you|we)|in\s+case|whether)\b/i.test(sentence.slice(0, m.index))
    );
  });
}

/** "offer" or "rejection", where the message is the answer itself. */
export function outcomeOf(doc: EmailDoc): "offer" | "rejection" | undefined {
  if (saysOutright(doc.text, REJECTION)) return "rejection";
  if (saysOutright(doc.text, OFFER)) return "offer";
  return foreignDecisionOf(doc)?.decision;
}

/** Each message's decision in another language, read once: outcomeOf is asked of a message many times. */
const FOREIGN = new WeakMap<EmailDoc, ReturnType<typeof foreignDecision> | null>();
function foreignDecisionOf(doc: EmailDoc): ReturnType<typeof foreignDecision> {
  let found = FOREIGN.get(doc);
  if (found === undefined) {
    found = foreignDecision(ownText(doc)) ?? null;
    FOREIGN.set(doc, found);
  }
  return found ?? undefined;
}

function isOutcome(doc: EmailDoc): boolean {
  return outcomeOf(doc) !== undefined;
}

/** "Hi Aiko," "Dear Dr. Porter," "Good morning all" */
const GREETING_WORDS =
  /^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|greetings|hiya)\b(?:\s+(?:dr|mr|mrs|ms|mx|prof)\.|[^.!?\n]){0,60}[,!:]?$/i;
/** A bare name as a greeting: "Ravi," "Chloe Bennett:" */
const GREETING_NAME = /^\p{Lu}[\p{L}'-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'-]*)){0,2}\s*[,:]$/u;
const SIGN_OFF =
  /^(?:best|best\s+regards|kind\s+regards|warm(?:est)?\s+regards|regards|many\s+thanks|thanks(?:\s+again)?|thank\s+you(?:\s+again)?|cheers|all\s+the\s+best|best\s+wishes|sincerely|yours(?:\s+sincerely|\s+truly)?|talk\s+soon|speak\s+soon|see\s+you(?:\s+\w+)?|take\s+care|with\s+thanks|respectfully|have\s+a\s+[\w\s]{1,30})\s*[,.!]?$/i;
const DISCLAIMER =
  /\b(?:confidential|intended\s+recipient|received\s+(?:this|it)\s+in\s+error|privileged|disclaimer|unsubscribe)\b/i;
const SENT_FROM = /^(?:sent\s+from\s+my|get\s+outlook\s+for)\b/i;
const QUOTE_HEADER = /^(?:on\s.+wrote:|-{2,}\s*original\s+message\s*-{2,}|from:\s.+)$/i;

function isSignatureLine(line: string): boolean {
  const t = line.trim();
  if (t === "" || SENT_FROM.test(t) || /^--\s*$/.test(t) || /^-\s*\S{1,3}$/.test(t)) return true;
  // `(?<![\w.+-])`: an address is tried from the start of a word only, not from each of its characters
  // (quadratic on a long word with no "@").
  if (/(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/|\+?\d[\d\s().-]{7,}\d|\|/.test(t)) return true;
  // A name, a title, a company: short and not a sentence.
  return t.split(/\s+/).length <= 6 && !/[.!?:;]$/.test(t);
}

/**
 * The words the sender wrote in this message: no greeting, no sign-off or signature, no disclaimer, no quoted
 * mail. Paragraphs are kept apart by blank lines.
 */
export function ownText(doc: EmailDoc): string {
  const lines: string[] = [];
  for (const line of plain(doc.text).split(/\r?\n/)) {
    if (QUOTE_HEADER.test(line.trim())) break;
    if (!line.trimStart().startsWith(">")) lines.push(line.trimEnd());
  }
  // Leading blank lines dropped in one splice: shifted off one by one, 100,000 of them took seconds.
  let blank = 0;
  while (blank < lines.length && (lines[blank] ?? "").trim() === "") blank++;
  lines.splice(0, blank);
  const first = (lines[0] ?? "").trim();
  if ((GREETING_WORDS.test(first) || GREETING_NAME.test(first)) && lines.length > 1) lines.shift();

  let end = lines.length;
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] ?? "").trim();
    const startsParagraph = i === 0 || (lines[i - 1] ?? "").trim() === "";
    if (seenContent && startsParagraph && (SIGN_OFF.test(t) || SENT_FROM.test(t) || /^--\s*$/.test(t))) {
      end = i;
      break;
    }
    if (t !== "") seenContent = true;
  }
  const kept = lines.slice(0, end);
  // Trailing signature without a sign-off ("Rosa", "-D", "Sent from my phone").
  while (kept.length > 1 && isSignatureLine(kept[kept.length - 1] ?? "")) kept.pop();
  return kept
    .join("\n")
    .split(/\n\s*\n/)
    .filter((p, i) => i === 0 || !DISCLAIMER.test(p))
    .join("\n\n")
    .trim();
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu) ?? [];
}

/** Mean VADER compound over the sentences of a text, in [-1, 1]; 0 for no text. */
export function toneOf(text: string): number {
  const sentences = splitSentences(text);
  if (sentences.length === 0) return 0;
  let sum = 0;
  for (const s of sentences) sum += vader.SentimentIntensityAnalyzer.polarity_scores(s).compound;
  return sum / sentences.length;
}

/** Words too common in mail about interviews to show that a reply refers to anything in particular. */
const COMMON_WORDS = new Set(
  `about above after again against along already although always among another anyone anything around because
  before being below between cannot could couldn't doing during either enough every everyone everything first
  further going great having however itself later least maybe might myself never other others ourselves please
  quite rather really right second should shouldn't since something still their theirs there there's these
  thing things think those though three through today tomorrow tonight together under until wanted where
  whether which while whole would wouldn't yesterday yourself you're you've you'll we're we've we'll i've i'll
  i'm that's what's didn't don't doesn't isn't wasn't aren't haven't hasn't won't can't let's it's here's
  thanks thank thanking enjoyed enjoy enjoying looking forward hearing touch interview interviews interviewed
  interviewing conversation conversations meeting meetings morning afternoon evening discussion discussed
  discussing chance opportunity position company update updates email emails message messages note notes
  question questions happy pleased delighted excited exciting interested interest regards wishes hello hiring
  manager recruiter candidate candidates application process feedback decision panel round final steps shortly
  times weeks month months monday tuesday wednesday thursday friday saturday sunday january february march
  april june july august september october november december appreciate appreciated mentioned mention shared
  share talking speaking spoke wonderful lovely amazing awesome truly definitely absolutely certainly
  especially particularly exactly working speak teams passed forwarded experience background skills strengths
  details information available availability schedule calendar point points thoughts thought coming taking
  making sorry apologies welcome grateful excellent fantastic brilliant glad sounds pleasure personally
  meantime anyway somebody someone whatever within without across behind beyond toward towards heard write
  writing wrote reply replied getting given giving afterwards earlier recently currently noted result results
  outcome outcomes contact contacted regarding different direction`
    .split(/\s+/)
    .filter((w) => w !== ""),
);

/** A crude stem, enough to match "refunds" with "refund" and "logging" with "logged". */
function stem(word: string): string {
  const w = word.toLowerCase().replace(/['\u2019]s$/, "");
  for (const suffix of ["ing", "ed", "es", "s"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  }
  return w;
}

/** Content words of a text, by stem, with the form first seen: long enough, not common, not a name or domain. */
function contentWords(text: string, exclude: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const raw of wordsOf(text)) {
    const word = raw.toLowerCase().replace(/\u2019/g, "'");
    const parts = word.includes("-") ? [word, ...word.split("-")] : [word];
    for (const part of parts) {
      if (part.length < SPECIFIC_MIN_LENGTH || COMMON_WORDS.has(part) || /[\d']/.test(part)) continue;
      const s = stem(part);
      if (exclude.has(s) || exclude.has(part)) continue;
      if (!found.has(s)) found.set(s, part === word ? raw : part);
    }
  }
  return found;
}

function formatPerson(person: Person | undefined): string | undefined {
  if (!person) return undefined;
  return person.name ?? person.email;
}

function messageOf(doc: EmailDoc): NonNullable<Evidence["message"]> {
  const message: NonNullable<Evidence["message"]> = {};
  const from = formatPerson(doc.from);
  if (from !== undefined) message.from = from;
  if (doc.date !== undefined) message.date = doc.date;
  if (doc.subject !== undefined) message.subject = doc.subject;
  return message;
}

function sentenceEvidence(doc: EmailDoc, quote: string): Evidence {
  const evidence: Evidence = { source: doc.source, quote, message: messageOf(doc) };
  const speaker = formatPerson(doc.from);
  if (speaker !== undefined) evidence.speaker = speaker;
  return evidence;
}

function factEvidence(doc: EmailDoc, fact: string): Evidence {
  return { ...sentenceEvidence(doc, fact), isFact: true };
}

/** The first sentence of a message's own text that matches, or its first sentence. */
function quoteFrom(doc: EmailDoc, pattern?: RegExp): string {
  const sentences = splitSentences(ownText(doc));
  const hit = pattern ? sentences.find((s) => pattern.test(s)) : undefined;
  return hit ?? sentences[0] ?? doc.text.trim().slice(0, 200);
}

function timeOf(doc: EmailDoc): number {
  return Date.parse(doc.date ?? "");
}

function normaliseId(id: string): string {
  return id.trim().replace(/^<|>$/g, "").toLowerCase();
}

/** "Fri 13 Feb", read in the offset the ISO time was written in. */
function shortDay(iso: string): string {
  const day = localDayOf(iso);
  if (!day) return iso;
  const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${weekdays[day.weekday]} ${day.day} ${months[day.month - 1]}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The mailbox, read once

interface Mailbox {
  /** Dated mail up to `now`, oldest first. */
  mail: EmailDoc[];
  isCandidate: (doc: EmailDoc) => boolean;
  byId: Map<string, EmailDoc>;
  /** Name and domain words of everyone in the mail: shared names are not a specific reference. */
  nameWords: Set<string>;
}

function readMailbox(input: EmailSignalInput): Mailbox {
  const nowMs = Date.parse(input.now);
  const mail = input.emails
    .filter((d) => !Number.isNaN(timeOf(d)) && (Number.isNaN(nowMs) || timeOf(d) <= nowMs))
    .sort((a, b) => timeOf(a) - timeOf(b));
  const who = resolveCandidateMail(mail, input.candidate);
  const byId = new Map<string, EmailDoc>();
  const nameWords = new Set<string>();
  for (const doc of mail) {
    if (doc.messageId) byId.set(normaliseId(doc.messageId), doc);
    for (const p of [...(doc.from ? [doc.from] : []), ...doc.to, ...doc.cc]) {
      for (const t of nameTokens(p.name ?? "")) nameWords.add(t);
      const [local, domain] = (p.email ?? "").toLowerCase().split("@");
      for (const t of (local ?? "").split(/[._+-]+/)) if (t.length >= 3) nameWords.add(t);
      for (const t of (domain ?? "").split(/[.-]+/)) if (t.length >= 3) nameWords.add(t);
    }
  }
  return { mail, isCandidate: (d) => isFromCandidate(d, who), byId, nameWords };
}

function isCompanyWord(box: Mailbox, doc: EmailDoc): boolean {
  return !box.isCandidate(doc) && !isAutoReply(doc);
}

/** The message this one answers: by In-Reply-To, else the last of References, else the last with its subject. */
function parentOf(box: Mailbox, doc: EmailDoc): EmailDoc | undefined {
  const ids = [...(doc.inReplyTo ? [doc.inReplyTo] : []), ...[...doc.references].reverse()];
  for (const id of ids) {
    const parent = box.byId.get(normaliseId(id));
    if (parent && parent !== doc) return parent;
  }
  const subject = threadSubject(doc.subject, AUTO);
  if (subject === "" || subject === threadSubject(undefined, AUTO)) return undefined;
  return box.mail.filter((d) => timeOf(d) < timeOf(doc) && threadSubject(d.subject, AUTO) === subject).at(-1);
}

// ---------------------------------------------------------------------------------------------------------------
// warm-reply / curt-reply

export interface ReplyMeasures {
  latencyHours?: number;
  words: number;
  tone: number;
  /**
   * What the reply refers to: content words it shares with the conversation or the note, as written in the
   * reply, and phrases that point at something the candidate said or did ("your suggestion").
   */
  shared: string[];
  /** True when the reply carries news of the process (a status, a date): informative, so never generic. */
  news: boolean;
}

export type ReplyVerdict = "warm" | "curt" | "neither";

/** Judges a reply on its four measures; thresholds are the named constants above. */
export function judgeReply(m: ReplyMeasures): ReplyVerdict {
  // A reference in a one-line acknowledgement ("Thanks, noted.") is no warmth.
  const specific = m.shared.length > 0 && m.words >= SPECIFIC_MIN_WORDS;
  const prompt = m.latencyHours !== undefined && m.latencyHours <= PROMPT_HOURS;
  if (
    specific ||
    (m.tone >= WARM_TONE && m.words >= WARM_MIN_WORDS) ||
    (prompt && m.tone >= PROMPT_TONE && m.words >= PROMPT_MIN_WORDS)
  ) {
    return "warm";
  }
  if (!m.news && (m.words < CURT_MAX_WORDS || m.tone < CURT_TONE)) return "curt";
  return "neither";
}

/** `reply after 2.1 h, 68 words, tone +0.82, refers to "buoy", "pipeline"` */
export function describeReply(m: ReplyMeasures): string {
  const latency =
    m.latencyHours === undefined ? "reply (time unknown)" : `reply after ${m.latencyHours.toFixed(1)} h`;
  const tone = `${m.tone >= 0 ? "+" : "-"}${Math.abs(m.tone).toFixed(2)}`;
  const refers =
    m.shared.length > 0
      ? `refers to ${m.shared
          .slice(0, 3)
          .map((w) => `"${w}"`)
          .join(", ")}`
      : "no specific reference";
  return `${latency}, ${plural(m.words, "word")}, tone ${tone}, ${refers}${m.news ? ", gives news of the process" : ""}`;
}

/** The first company reply to a note that is not automatic: threaded, else by subject, else from its recipient. */
function replyTo(box: Mailbox, note: EmailDoc): EmailDoc | undefined {
  const later = box.mail.filter((d) => timeOf(d) > timeOf(note) && !box.isCandidate(d));
  const id = note.messageId ? normaliseId(note.messageId) : undefined;
  const threaded = id
    ? later.filter(
        (d) =>
          (d.inReplyTo && normaliseId(d.inReplyTo) === id) || d.references.some((r) => normaliseId(r) === id),
      )
    : [];
  const subject = threadSubject(note.subject, AUTO);
  const bySubject =
    subject === ""
      ? []
      : later.filter((d) => threadSubject(d.subject, AUTO) === subject && d.subject !== note.subject);
  // An automatic reply is skipped, not judged; the thread or subject still names the reply if a person answers.
  const human = (list: EmailDoc[]) => list.find((d) => !isAutoReply(d));
  const matched = human(threaded) ?? human(bySubject);
  if (matched) return matched;
  const recipients = [...note.to, ...note.cc]
    .map((p) => p.email?.toLowerCase())
    .filter((e) => e !== undefined);
  return later.find(
    (d) =>
      !isAutoReply(d) &&
      timeOf(d) - timeOf(note) <= REPLY_WINDOW_DAYS * DAY_MS &&
      recipients.includes(d.from?.email?.toLowerCase() ?? ""),
  );
}

/** A reply pointing at something the candidate said or did: "your suggestion to …", "your cross-merchant idea". */
const YOUR_CONTRIBUTION =
  /\byour\s+(?:[\w-]+\s+){0,2}?(?:ideas?|suggestions?|point|plan|answers?|approach|examples?|story|stories|thinking|take\s+on|insights?|analysis|proposal|solution|framing|perspective|presentation|portfolio|case\s+study|design|sketch)\b/gi;

function measureReply(
  box: Mailbox,
  note: EmailDoc,
  reply: EmailDoc,
  conversationWords: ReadonlySet<string> | undefined,
): ReplyMeasures {
  const text = ownText(reply);
  const reference = new Set<string>(contentWords(ownText(note), box.nameWords).keys());
  for (const w of conversationWords ?? []) {
    const lower = w.toLowerCase();
    if (lower.length >= SPECIFIC_MIN_LENGTH && !COMMON_WORDS.has(lower)) reference.add(stem(lower));
  }
  const words = [...contentWords(text, box.nameWords)]
    .filter(([s]) => reference.has(s))
    .map(([, form]) => form);
  // A compound listed whole ("cross-merchant") makes its parts redundant.
  const shared = [
    ...[...text.matchAll(YOUR_CONTRIBUTION)].map((m) => m[0].replace(/\s+/g, " ")),
    ...words.filter(
      (w) => !words.some((other) => other !== w && other.includes("-") && other.split("-").includes(w)),
    ),
  ];
  const latency = (timeOf(reply) - timeOf(note)) / HOUR_MS;
  return {
    ...(Number.isNaN(latency) ? {} : { latencyHours: latency }),
    words: wordsOf(text).length,
    tone: toneOf(text),
    shared,
    news:
      statusSentence(reply) !== undefined ||
      (reply.date !== undefined && findPromisedDate(text, reply.date) !== undefined),
  };
}

interface JudgedReply {
  note: EmailDoc;
  reply: EmailDoc;
  measures: ReplyMeasures;
  verdict: ReplyVerdict;
}

function judgeThankYouReplies(box: Mailbox, input: EmailSignalInput): JudgedReply[] {
  const notes = box.mail.filter((d) => box.isCandidate(d) && isThankYouNote(d));
  const judged: JudgedReply[] = [];
  for (const note of notes) {
    const reply = replyTo(box, note);
    // A reply that is the outcome itself is read as the outcome, not as a reply's tone.
    if (!reply || isOutcome(reply)) continue;
    const measures = measureReply(box, note, reply, input.conversationWords);
    judged.push({ note, reply, measures, verdict: judgeReply(measures) });
  }
  return judged;
}

function replyEvidence(j: JudgedReply): Evidence[] {
  const fact = factEvidence(j.reply, describeReply(j.measures));
  const sentences = splitSentences(ownText(j.reply));
  const first = j.measures.shared[0];
  const quote =
    (first !== undefined
      ? sentences.find((s) => s.toLowerCase().includes(first.toLowerCase()))
      : undefined) ?? sentences.slice(0, 2).join(" ");
  return quote === "" ? [fact] : [fact, sentenceEvidence(j.reply, quote)];
}

// ---------------------------------------------------------------------------------------------------------------
// Meetings proposed and moved

const MEETING =
  /\b(?:meet|meeting|call|chat|speak|talk|interview|conversation|session|onsite|on-site|slot|calendar|invite|booked|book|scheduled|video|zoom|teams|works?\s+(?:for\s+(?:you|me)|well)|work\s+for\s+you|available|free)\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b/i;

/** Days (local midnight, ms) a message proposes or confirms for a meeting. */
function proposedDays(doc: EmailDoc): number[] {
  const date = doc.date;
  if (!date) return [];
  const reference = { instant: new Date(date), timezone: offsetMinutes(offsetOf(date)) };
  const days: number[] = [];
  for (const sentence of splitSentences(ownText(doc))) {
    if (!MEETING.test(sentence) && !sentence.endsWith("?")) continue;
    for (const r of chrono.parse(sentence.slice(0, MAX_DATE_SENTENCE), reference, { forwardDate: true })) {
      const c = r.start;
      if (!c.isCertain("day") && !c.isCertain("weekday")) continue;
      const y = c.get("year");
      const m = c.get("month");
      const d = c.get("day");
      if (y !== null && m !== null && d !== null) days.push(Date.UTC(y, m - 1, d));
    }
  }
  return days;
}

function localMidnight(iso: string): number {
  const day = localDayOf(iso);
  return day ? Date.UTC(day.year, day.month - 1, day.day) : Number.NaN;
}

/** Words that move or drop a booked meeting outright. */
const MOVE_STRONG =
  /\b(?:re-?schedul\w*|postpon\w*|push(?:ed|ing)?\s+(?:\w+\s+)?back|cancel\w*|(?:a|has\s+a|have\s+a|with\s+a)\s+(?:\w+\s+)?conflict|conflict\s+(?:has|came)|another\s+(?:time|day|date|slot)|new\s+(?:times?|dates?|slots?|options)|different\s+(?:times?|days?|dates?|slots?)|no\s+longer\s+(?:works?|possible|available|going\s+ahead|happening)|(?:won't|will\s+not|can't|cannot|can\s+no\s+longer|isn't\s+able\s+to|is\s+unable\s+to|unable\s+to)\s+(?:make|happen|go\s+ahead|attend|join)|(?:has|have)\s+come\s+up|pulled\s+into|called\s+away)\b/i;
/** Softer words that move a meeting when said with an apology ("could we move to …", "… instead?"). */
const MOVE_SOFT =
  /\b(?:(?:move|moving|shift|shifting|swap)\s+(?:it\s+|this\s+|things\s+|us\s+)?to|instead)\b/i;
const APOLOGY = /\b(?:sorry|apolog\w*|unfortunately|regret)\b/i;
/** A candidate asking for another time ("unfortunately I can't make Tuesday"). */
const CANDIDATE_CONFLICT =
  /\b(?:unfortunately|can't|cannot|unable|won't\s+be\s+able|not\s+able|any\s+chance\s+of)\b/i;

interface MoveRead {
  doc: EmailDoc;
  quote: string;
}

/**
 * Company messages that move, postpone or drop a meeting already proposed and still to come. A message
 * answering the candidate's own request to move is accommodation, not runaround.
 */
function findMoves(box: Mailbox): MoveRead[] {
  /** Local midnights of every day proposed so far, by either side. */
  const proposals: number[] = [];
  const moves: MoveRead[] = [];
  for (const doc of box.mail) {
    if (isAutoReply(doc)) continue;
    const own = ownText(doc);
    const days = proposedDays(doc);
    const today = localMidnight(doc.date ?? "");
    const hasUpcoming = proposals.some((day) => day >= today);
    if (!box.isCandidate(doc) && hasUpcoming && !isOutcome(doc)) {
      const parent = parentOf(box, doc);
      const answersCandidate =
        parent !== undefined &&
        box.isCandidate(parent) &&
        (MOVE_STRONG.test(ownText(parent)) || CANDIDATE_CONFLICT.test(ownText(parent)));
      const newDay = days.some((d) => d >= today && !proposals.includes(d));
      const moved = MOVE_STRONG.test(own) || (APOLOGY.test(own) && (MOVE_SOFT.test(own) || newDay));
      if (moved && !answersCandidate) {
        const sentences = splitSentences(own);
        const quote =
          sentences.find((s) => MOVE_STRONG.test(s)) ??
          sentences.find((s) => MOVE_SOFT.test(s) || APOLOGY.test(s)) ??
          quoteFrom(doc);
        moves.push({ doc, quote });
      }
    }
    for (const day of days) proposals.push(day);
  }
  return moves;
}

// ---------------------------------------------------------------------------------------------------------------
// kept-warm

const UPDATE_WORDS =
  /\b(?:(?<!(?:for|appreciate|appreciated|on)\s+)(?:quick|brief|short|small|latest|an|another|further|the)\s+update|update\s+(?:you|as\s+promised|on\s+where)|where\s+things\s+(?:stand|are|land)|as\s+(?:promised|planned|agreed)|(?:still|remain|are|is)\s+on\s+track|keep\s+you\s+(?:posted|updated|informed|in\s+the\s+loop)|(?:wanted|want)\s+to\s+let\s+you\s+know|just\s+to\s+let\s+you\s+know|not\s+(?:left\s+)?wondering|we(?:'re|\s+are)\s+(?:still|finishing|finalizing|finalising|wrapping\s+up|waiting)|the\s+team\s+is\s+(?:still|now|finishing|meeting|reviewing)|still\s+(?:working|waiting|finalizing|finalising|reviewing|gathering|interviewing|meeting)|following\s+up\s+as|heads[-\s]up|(?:sorry|apologies)\s+for\s+the\s+(?:wait|delay|silence)|(?:taking|take)\s+(?:a\s+(?:little|bit)\s+)?longer\s+than|(?:not|n't)\s+forgotten\s+(?:about\s+)?you|(?:hope|expect)\s+to\s+(?:have|come\s+back|get\s+back|share)\s+(?:news|an?\s+(?:answer|decision|update)|to\s+you)|good\s+news|(?:not|n't)\s+(?:been\s+)?(?:cancell?ed|closed|on\s+hold)|still\s+(?:very\s+|really\s+)?(?:interested|keen|in\s+(?:the\s+)?(?:running|process|frame|mix)|under\s+consideration|being\s+considered|on\s+(?:the|our)\s+shortlist)|(?:thank\s+you|thanks)\s+(?:so\s+much\s+)?for\s+(?:your|the)\s+(?:patience|understanding)|get\s+back\s+to\s+you\s+with\s+(?:a\s+new|news|an?\s+update|more|the\s+new))\b|^update\b/i;
const PROCESS =
  /\b(?:debrief\w*|feedback|references|reference\s+checks?|referees|sign[-\s]?off|signed\s+off|approv\w+|shortlist\w*|finalists?|(?<!-)decision(?!-)|hiring\s+(?:manager|team|committee)|committee|panel|other\s+candidates|remaining\s+(?:candidates|interviews)|interviews|paperwork|compare\s+notes|next\s+stage)\b/i;
const PROGRESS =
  /\b(?:went\s+well|was\s+positive|(?:is|are)\s+(?:now|still|back)|back\s+already|(?:has|have)\s+(?:now\s+)?(?:come|shared|finished|completed|started|met|happened|signed)|happened|meets|met|came\s+back|starting|started|finishing|finished|wrapping\s+up|on\s+track|in\s+progress|under\s*way|submits?|submitted|holds?|on\s+the\s+calendar|this\s+(?:week|morning|afternoon|evening)|today|tomorrow)\b/i;

function statusSentence(doc: EmailDoc): string | undefined {
  const sentences = splitSentences(ownText(doc));
  return (
    sentences.find((s) => UPDATE_WORDS.test(s)) ?? sentences.find((s) => PROCESS.test(s) && PROGRESS.test(s))
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Promises and silence

interface HeldPromise {
  due: number;
  dueIso: string;
  said: number;
  quote: string;
  source: string;
  doc?: EmailDoc;
}

function promisesIn(box: Mailbox, input: EmailSignalInput): HeldPromise[] {
  const held: HeldPromise[] = [];
  for (const doc of box.mail) {
    if (box.isCandidate(doc) || doc.isAutomatic || isAutoReply(doc) || isOutcome(doc) || !doc.date) continue;
    const found = findPromisedDate(ownText(doc), doc.date);
    if (found) {
      held.push({
        due: Date.parse(found.due),
        dueIso: found.due,
        said: timeOf(doc),
        quote: found.quote,
        source: doc.source,
        doc,
      });
    }
  }
  const fallbackSaid = Date.parse(input.interviewEnd ?? box.mail[0]?.date ?? "");
  for (const p of input.promises ?? []) {
    const said = Date.parse(p.said ?? "") || fallbackSaid;
    const due = Date.parse(p.due);
    if (!Number.isNaN(due)) {
      held.push({
        due,
        dueIso: p.due,
        said: Number.isNaN(said) ? due - DAY_MS : said,
        quote: p.quote,
        source: p.source,
      });
    }
  }
  return held.sort((a, b) => a.said - b.said);
}

/** Candidate messages (other than thank-you notes) sent in a silent stretch: follow-ups nobody answered. */
function unansweredFollowUps(box: Mailbox, from: number, to: number): EmailDoc[] {
  return box.mail.filter(
    (d) => box.isCandidate(d) && !isThankYouNote(d) && timeOf(d) > from && timeOf(d) < to,
  );
}

const FOLLOW_UP_WORDS =
  /\b(?:check(?:ing)?\s+in|follow(?:ing)?\s+up|any\s+(?:update|news)|status|touch\s+base|timing)\b/i;

function followUpEvidence(box: Mailbox, from: number, to: number): Evidence[] {
  const followUps = unansweredFollowUps(box, from, to);
  const evidence = followUps.map((d) => sentenceEvidence(d, quoteFrom(d, FOLLOW_UP_WORDS)));
  const last = followUps.at(-1);
  if (last) {
    evidence.unshift(
      factEvidence(last, `${plural(followUps.length, "follow-up")} from the candidate went unanswered`),
    );
  }
  return evidence;
}

function detectGoneQuiet(
  box: Mailbox,
  input: EmailSignalInput,
  promises: HeldPromise[],
  thankYouAt: number | undefined,
): Evidence[] {
  const now = Date.parse(input.now);
  if (Number.isNaN(now)) return [];
  const words = box.mail.filter((d) => isCompanyWord(box, d));
  const outcome = words.find((d) => isOutcome(d));
  // Once the answer has come, later silence means nothing.
  const end = outcome ? Math.min(now, timeOf(outcome)) : now;
  const evidence: Evidence[] = [];

  // The latest broken promise is the one that tells: earlier ones may have been overtaken by events.
  const broken = promises.filter((p) => {
    const lateFrom = p.due + PROMISE_GRACE_DAYS * DAY_MS;
    return lateFrom <= end && !words.some((d) => timeOf(d) > p.said && timeOf(d) <= lateFrom);
  });
  const last = broken.at(-1);
  if (last) {
    const next = words.find((d) => timeOf(d) > last.due + PROMISE_GRACE_DAYS * DAY_MS && timeOf(d) <= end);
    const silentUntil = next ? timeOf(next) : end;
    const days = Math.floor((silentUntil - last.due) / DAY_MS);
    const fact = next
      ? `promised by ${shortDay(last.dueIso)}; no word from the company until ${shortDay(next.date ?? "")}, ${plural(days, "day")} later`
      : `promised by ${shortDay(last.dueIso)}; no word from the company in ${plural(days, "day")} since`;
    const where = last.doc;
    evidence.push(
      where ? sentenceEvidence(where, last.quote) : { source: last.source, quote: last.quote },
      where ? factEvidence(where, fact) : { source: last.source, quote: fact, isFact: true },
      ...followUpEvidence(box, last.due, silentUntil),
    );
  }
  if (evidence.length > 0) return evidence;

  // A long silence after the last contact, counted from any promised date that was still ahead.
  const interviewEnd = Date.parse(input.interviewEnd ?? "");
  const firstWord = words[0];
  const start: Moment | undefined = !Number.isNaN(interviewEnd)
    ? { at: interviewEnd, label: "the interview" }
    : thankYouAt !== undefined
      ? { at: thankYouAt, label: "the thank-you note" }
      : firstWord
        ? { at: timeOf(firstWord), label: "the first company message" }
        : undefined;
  if (!start) return [];
  const silence = longestSilence(box, words, promises, start, end);
  if (!silence) return [];
  const days = Math.floor((silence.to - silence.from.at) / DAY_MS);
  const anchor = silence.fromDoc ?? silence.toDoc ?? box.mail.at(-1);
  if (!anchor) return [];
  const fact = silence.toDoc
    ? `no word from the company for ${plural(days, "day")} after ${silence.from.label}, until ${shortDay(silence.toDoc.date ?? "")}`
    : `no word from the company for ${plural(days, "day")} since ${silence.from.label}`;
  return [factEvidence(anchor, fact), ...followUpEvidence(box, silence.from.at, silence.to)];
}

/** A point in time and how to name it in a sentence. */
interface Moment {
  at: number;
  label: string;
}

interface Silence {
  from: Moment;
  to: number;
  fromDoc: EmailDoc | undefined;
  toDoc: EmailDoc | undefined;
}

/** A question to the candidate: until they answer it, the wait is theirs, not the company's. */
function asksCandidate(doc: EmailDoc): boolean {
  return splitSentences(ownText(doc)).some((s) => s.endsWith("?"));
}

/**
 * The longest stretch without company word, at least SILENCE_DAYS long. Each stretch starts at the last company
 * message (or `start`), moved on to a promised date or a booked meeting that was still ahead, or to the
 * candidate's answer where the company had asked them something.
 */
function longestSilence(
  box: Mailbox,
  words: EmailDoc[],
  promises: HeldPromise[],
  start: Moment,
  end: number,
): Silence | undefined {
  const meetings = box.mail
    .filter((d) => !isAutoReply(d))
    .flatMap((d) => proposedDays(d).map((day) => ({ said: timeOf(d), endOfDay: day + DAY_MS })));
  const stops = [
    ...words.filter((d) => timeOf(d) > start.at && timeOf(d) <= end).map((d) => ({ at: timeOf(d), doc: d })),
    { at: end, doc: undefined },
  ];
  let from: Moment = start;
  let fromDoc: EmailDoc | undefined;
  let longest: Silence | undefined;
  for (const stop of stops) {
    let silentFrom = from;
    const later = (at: number, label: string) => {
      if (at > silentFrom.at) silentFrom = { at, label };
    };
    for (const p of promises) {
      if (p.said <= from.at && p.due > from.at) later(p.due, `the promised date, ${shortDay(p.dueIso)}`);
    }
    for (const m of meetings) {
      if (m.said <= from.at && m.endOfDay > from.at) later(m.endOfDay, "the meeting that was booked");
    }
    let owed = false;
    if (fromDoc && asksCandidate(fromDoc)) {
      const askedAt = timeOf(fromDoc);
      const answer = box.mail.find((d) => box.isCandidate(d) && timeOf(d) > askedAt && timeOf(d) < stop.at);
      if (answer) later(timeOf(answer), `the candidate's reply on ${shortDay(answer.date ?? "")}`);
      else owed = true;
    }
    const length = stop.at - silentFrom.at;
    // A silence the company ended with ordinary word was a slow patch, not going quiet: only the
    // silence that lasts to now, or that only the answer ended, counts.
    const ended = stop.doc !== undefined && !isOutcome(stop.doc);
    if (
      !owed &&
      !ended &&
      length >= SILENCE_DAYS * DAY_MS &&
      (!longest || length > longest.to - longest.from.at)
    ) {
      longest = { from: silentFrom, to: stop.at, fromDoc, toDoc: stop.doc };
    }
    from = stop.doc
      ? { at: stop.at, label: `the last company message on ${shortDay(stop.doc.date ?? "")}` }
      : { at: stop.at, label: "" };
    fromDoc = stop.doc;
  }
  return longest;
}

// ---------------------------------------------------------------------------------------------------------------
// The detector

function finding(id: SignalId, evidence: Evidence[]): Finding {
  return { id, evidence };
}

/**
 * Reads a candidate's interview mail for the signals its structure shows: warm-reply, curt-reply, gone-quiet,
 * scheduling-runaround and kept-warm. Pure: `now` is an argument, nothing else is read.
 */
export function detectEmailSignals(input: EmailSignalInput): Finding[] {
  const box = readMailbox(input);
  const findings: Finding[] = [];

  const judged = judgeThankYouReplies(box, input);
  const warm = judged.filter((j) => j.verdict === "warm");
  const curt = judged.filter((j) => j.verdict === "curt");
  if (warm.length > 0) findings.push(finding("warm-reply", warm.flatMap(replyEvidence)));
  if (curt.length > 0) findings.push(finding("curt-reply", curt.flatMap(replyEvidence)));

  const promises = promisesIn(box, input);
  const firstNote = box.mail.find((d) => box.isCandidate(d) && isThankYouNote(d));
  const quiet = detectGoneQuiet(box, input, promises, firstNote ? timeOf(firstNote) : undefined);
  if (quiet.length > 0) findings.push(finding("gone-quiet", quiet));

  const moves = findMoves(box);
  if (moves.length >= RUNAROUND_MIN_MOVES) {
    findings.push(
      finding(
        "scheduling-runaround",
        moves.map((m) => sentenceEvidence(m.doc, m.quote)),
      ),
    );
  }

  const interviewEnd = Date.parse(input.interviewEnd ?? "");
  // With no time for the interview, it is over by the first thanks for it, from either side
  // ("Thank you for your time with the board today" from a search firm counts as much as the note).
  const firstThanks = box.mail.find((d) => isThankYouNote(d));
  const after = Number.isNaN(interviewEnd)
    ? firstThanks
      ? timeOf(firstThanks)
      : Number.NEGATIVE_INFINITY
    : interviewEnd;
  const moved = new Set(moves.map((m) => m.doc));
  const curtReplies = new Set(curt.map((j) => j.reply));
  const updates: Evidence[] = [];
  for (const doc of box.mail) {
    if (timeOf(doc) < after || !isCompanyWord(box, doc) || doc.isAutomatic || isOutcome(doc)) continue;
    if (curtReplies.has(doc)) continue;
    const status = statusSentence(doc);
    // A meeting moved is the runaround's; it is an update too when it also tells where things stand
    // ("we need to move Tuesday; your process is not cancelled and the team is still keen").
    if (moved.has(doc)) {
      const move = moves.find((m) => m.doc === doc)?.quote;
      if (status && status !== move) updates.push(sentenceEvidence(doc, status));
      continue;
    }
    const keeps = promises.find(
      (p) => p.doc !== doc && p.said < timeOf(doc) && timeOf(doc) <= p.due + PROMISE_GRACE_DAYS * DAY_MS,
    );
    if (status) updates.push(sentenceEvidence(doc, status));
    else if (keeps) updates.push(sentenceEvidence(doc, quoteFrom(doc)));
  }
  if (updates.length >= KEPT_WARM_MIN_UPDATES) findings.push(finding("kept-warm", updates));

  // A decision the company wrote in another language: the cues read English only.
  for (const doc of box.mail) {
    if (box.isCandidate(doc)) continue;
    const foreign = foreignDecisionOf(doc);
    if (foreign)
      findings.push(
        finding(foreign.decision === "offer" ? "offer-made" : "rejected", [
          sentenceEvidence(doc, foreign.quote),
        ]),
      );
  }

  const further = furtherInterviews(box, input);
  if (further.length > 0) findings.push(finding("next-round-booked", further));

  return findings;
}

// ---------------------------------------------------------------------------------------------------------------
// A further interview set up by mail

/** An interview, as mail names it: "a phone screen with", "the onsite", "a call with our CTO". */
const AN_INTERVIEW =
  /\b(?:interviews?|phone\s+screen|screening\s+call|video\s+call|on-?site|round|panel|(?:call|chat|conversation|meeting)\s+with)\b/i;
/** Setting it up: times asked for, booked, confirmed, an invitation. */
const SETTING_UP =
  /\b(?:schedul\w*|confirm\w*|invit\w*|book(?:ed|ing)?|arrang\w*|set\s+up|availability|time\s*slots?|calendar|(?:like|love|want|keen)\s+to\s+(?:have\s+you|meet|speak|chat|talk|invite|bring\s+you)|pleased\s+to)\b/i;
/** No further interview: a test, an offer or feedback call, a meeting only possible, one moved or called off. */
const NOT_A_ROUND =
  /\b(?:whether|might|may\s+be|maybe|possibly|perhaps|tests?|assessments?|hackerrank|codility|coding\s+challenge|quiz|exam|offer|package|feedback|if\s+(?:we|you)|in\s+the\s+event|should\s+(?:we|you)|may\s+(?:contact|reach)|will\s+(?:contact|reach\s+out\s+to)\s+you|reschedul\w*|cancel\w*|postpon\w*|thank(?:s|\s+you)\s+for\s+(?:your\s+time|taking|interviewing|coming|meeting|speaking))\b/i;

/**
 * Word from the company, after an interview, setting up another: "I need to schedule you for a phone
 * screen with our senior developer", "we are pleased to confirm your video interview". After the
 * interview means dated after its end, or, for undated mail, given after an account of it.
 */
function furtherInterviews(box: Mailbox, input: EmailSignalInput): Evidence[] {
  const end = Date.parse(input.interviewEnd ?? "");
  const nowMs = Date.parse(input.now);
  const evidence: Evidence[] = [];
  for (const doc of input.emails) {
    const at = timeOf(doc);
    const after = Number.isNaN(at)
      ? (input.afterAnAccount?.has(doc) ?? false)
      : !Number.isNaN(end) && at > end && (Number.isNaN(nowMs) || at <= nowMs);
    if (!after || box.isCandidate(doc) || isAutoReply(doc) || isOutcome(doc) || isFormLetter(doc)) continue;
    const sentence = splitSentences(ownText(doc)).find(
      (s) => AN_INTERVIEW.test(s) && SETTING_UP.test(s) && !NOT_A_ROUND.test(s),
    );
    if (sentence) evidence.push(sentenceEvidence(doc, sentence));
  }
  return evidence;
}
