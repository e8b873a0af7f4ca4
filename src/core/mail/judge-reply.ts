import { isThankYouNote } from "../people/thank-you-note.js";
import type { EmailDoc } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import { wordStem } from "../text/crude-stem.js";
import { splitSentences } from "../text/sentences.js";
import { findPromisedDate } from "../time/find-promised-date.js";
import {
  CURT_MAX_WORDS,
  CURT_TONE,
  DAY_MS,
  type EmailSignalInput,
  HOUR_MS,
  PROMPT_HOURS,
  PROMPT_MIN_WORDS,
  PROMPT_TONE,
  REPLY_WINDOW_DAYS,
  SPECIFIC_MIN_LENGTH,
  SPECIFIC_MIN_WORDS,
  WARM_MIN_WORDS,
  WARM_TONE,
} from "./email-signal-input.js";
import { statusSentence } from "./kept-warm.js";
import { factEvidence, plural, sentenceEvidence } from "./mail-evidence.js";
import { isAutoReply, isOutcome } from "./mail-outcome.js";
import { AUTO, type Mailbox, normaliseId, timeOf } from "./mailbox.js";
import { ownText, toneOf, wordsOf } from "./own-text.js";
import { threadSubject } from "./thread-subject.js";

/** warm-reply and curt-reply: how the company answered the candidate's thank-you note. */

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

/** A word's stem, enough to match "refunds" with "refund" and "logging" with "logged". */
function stem(word: string): string {
  return wordStem(word.replace(/\u2019s$/i, "'s"));
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

/** Judges a reply on its four measures; thresholds are the named constants of `email-signal-input.ts`. */
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

export interface JudgedReply {
  note: EmailDoc;
  reply: EmailDoc;
  measures: ReplyMeasures;
  verdict: ReplyVerdict;
}

export function judgeThankYouReplies(box: Mailbox, input: EmailSignalInput): JudgedReply[] {
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

export function replyEvidence(j: JudgedReply): Evidence[] {
  const fact = factEvidence(j.reply, describeReply(j.measures));
  const sentences = splitSentences(ownText(j.reply));
  const first = j.measures.shared[0];
  const quote =
    (first !== undefined
      ? sentences.find((s) => s.toLowerCase().includes(first.toLowerCase()))
      : undefined) ?? sentences.slice(0, 2).join(" ");
  return quote === "" ? [fact] : [fact, sentenceEvidence(j.reply, quote)];
}
