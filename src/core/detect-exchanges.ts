import type { TranscriptDoc, Utterance } from "./documents.js";
import type { Evidence, Finding } from "./evidence.js";
import { formatTime } from "./format-time.js";

/*
 * Signals that live in the shape of a conversation rather than in any one sentence:
 * follow-up questions that pick up the candidate's last answer, and how the candidate's own
 * questions were answered. Read from transcripts, turn by turn.
 */

/** A company question that shares this many content words with the candidate's last answer builds on it. */
export const FOLLOW_UP_OVERLAP = 2;
/** A question this short needs only one shared word to count as a follow-up. */
export const SHORT_QUESTION_WORDS = 20;
/** How many such follow-ups make `deep-follow-ups`. */
export const FOLLOW_UPS_NEEDED = 3;
/** An answer to the candidate's question this long (words) is a real answer. */
export const FULL_ANSWER_WORDS = 40;
/** An answer this short, or one that deflects, brushes the question off. */
export const BRUSH_OFF_WORDS = 15;

const STOPWORDS = new Set(
  (
    "about above after again against also always among another because been before being below between both " +
    "could didn't does doesn't doing don't down during each every from further have having here hers herself " +
    "him himself his how i'd i'll i'm i've into isn't it's its itself just let's like maybe more most much must " +
    "myself never once only other ought ours ourselves over own really same she'd she'll she's should so some " +
    "such than that that's their theirs them themselves then there there's these they they'd they'll they're " +
    "they've thing things think this those through under until very was wasn't we'd we'll we're we've were " +
    "weren't what what's when when's where where's which while who who's whom why why's will with won't would " +
    "every yeah yes you'd you'll you're you've your yours yourself yourselves okay right sure well good great kind " +
    "actually basically honestly pretty quite something someone anything everything going want know mean said " +
    "tell told come came make made take took thanks thank sorry question questions answer time times little bit"
  ).split(" "),
);

const DEFLECTION =
  /\b(let'?s (?:just )?(?:focus|stick|keep) (?:on|to)|(?:that'?s|it'?s) (?:kind of )?still being (?:figured|worked) out|can't (?:really )?(?:say|share|comment|discuss|get into|go into)|not (?:able|allowed|something) (?:to|i|we) (?:say|share|discuss|get into|comment)|not something (?:i|we) (?:can )?(?:share|discuss|get into|talk about)|hard to say|too early to (?:say|tell)|we'?ll (?:see|get to that)|that'?s (?:above my pay grade|for (?:hr|later)|a question for (?:hr|the recruiter|later))|ask (?:hr|the recruiter)|depends|i (?:don't|do not) (?:really )?know|no idea|it'?s complicated|still being (?:figured|worked) out)\b/i;

/** What a candidate's question was about, for reading what a brushed-off answer leaves out. */
const ABOUT_GROWTH =
  /\b(career|growth|grow|progress\w*|promot\w*|advance\w*|leadership|long[- ]term|develop\w*|move (?:up|toward|into)|path|senior)\b/i;
const ABOUT_COMPANY =
  /\b(team|company|role|structure\w*|priorit\w*|reports? to|working on|culture|customers?|roadmap|plans?|strategy|department|business|day[- ]to[- ]day|typical (?:day|week|release|shift))\b/i;

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? []) {
    if (STOPWORDS.has(raw)) continue;
    const w = stem(raw);
    if (w.length >= 4) out.add(w);
  }
  return out;
}

/** A light stemmer: enough that "arrived" meets "arrive" and "resetting" meets "reset". */
function stem(word: string): string {
  const base = word.replace(/'s$/, "").replace(/(ing|ed|es|s|e)$/, "");
  return /([b-df-hj-np-tv-z])\1$/.test(base) ? base.slice(0, -1) : base;
}

const BACK_REFERENCE =
  /\b(you (?:just )?(?:said|mentioned|talked about|described|brought up)|going back to|earlier you|back to (?:your|what you))\b/i;

function isQuestion(text: string): boolean {
  return /\?\s*$/.test(text.trim()) || /\?\s+\S/.test(text);
}

function evidenceOf(source: string, u: Utterance): Evidence {
  const quote = u.text.length <= 280 ? u.text : `${u.text.slice(0, 277)}…`;
  return {
    source,
    quote,
    line: u.line,
    ...(u.speaker === undefined ? {} : { speaker: u.speaker }),
    ...(u.start === undefined ? {} : { at: formatTime(u.start) }),
  };
}

interface Turn {
  isCandidate: boolean;
  utterances: Utterance[];
  text: string;
}

/** Consecutive utterances by the same side become one turn. */
function turnsOf(doc: TranscriptDoc, isCandidate: (speaker: string) => boolean): Turn[] {
  const turns: Turn[] = [];
  for (const u of doc.utterances) {
    if (!u.speaker) continue;
    const candidate = isCandidate(u.speaker);
    const last = turns[turns.length - 1];
    if (last && last.isCandidate === candidate) {
      last.utterances.push(u);
      last.text += ` ${u.text}`;
    } else {
      turns.push({ isCandidate: candidate, utterances: [u], text: u.text });
    }
  }
  return turns;
}

export function detectExchanges(doc: TranscriptDoc, isCandidate: (speaker: string) => boolean): Finding[] {
  const turns = turnsOf(doc, isCandidate);
  if (!turns.some((t) => t.isCandidate) || !turns.some((t) => !t.isCandidate)) return [];
  const followUps: Evidence[] = [];
  const welcomed: Evidence[] = [];
  const brushedOff: Evidence[] = [];
  const growthDeflected: Evidence[] = [];
  const companyDeflected: Evidence[] = [];
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i];
    const previous = turns[i - 1];
    if (!turn) continue;
    if (previous && !turn.isCandidate && previous.isCandidate) {
      // Does the company's question pick up what the candidate just said?
      const asked = turn.utterances.filter((u) => isQuestion(u.text));
      const answered = contentWords(previous.text);
      for (const q of asked) {
        const shared = [...contentWords(q.text)].filter((w) => answered.has(w));
        // A short question that picks up even one word of the answer is following it up.
        const isShort = q.text.split(/\s+/).length <= SHORT_QUESTION_WORDS;
        if (
          shared.length >= FOLLOW_UP_OVERLAP ||
          (isShort && shared.length >= 1) ||
          BACK_REFERENCE.test(q.text)
        ) {
          followUps.push(evidenceOf(doc.source, q));
          break;
        }
      }
    }
    if (turn.isCandidate && isQuestion(turn.text)) {
      const answer = turns[i + 1];
      if (!answer || answer.isCandidate) continue;
      const question = turn.utterances.find((u) => isQuestion(u.text)) ?? turn.utterances[0];
      if (!question) continue;
      const words = answer.text.split(/\s+/).filter(Boolean).length;
      const first = answer.utterances[0];
      if (!first) continue;
      const isBrushOff =
        (DEFLECTION.test(answer.text) && words < FULL_ANSWER_WORDS) || words <= BRUSH_OFF_WORDS;
      if (isBrushOff) {
        const pair = [evidenceOf(doc.source, question), evidenceOf(doc.source, first)];
        brushedOff.push(evidenceOf(doc.source, first));
        if (ABOUT_GROWTH.test(question.text)) growthDeflected.push(...pair);
        else if (ABOUT_COMPANY.test(question.text)) companyDeflected.push(...pair);
      } else if (words >= FULL_ANSWER_WORDS) {
        welcomed.push(evidenceOf(doc.source, first));
      }
    }
  }
  const findings: Finding[] = [];
  if (followUps.length >= FOLLOW_UPS_NEEDED) {
    findings.push({
      id: "deep-follow-ups",
      evidence: [
        {
          source: doc.source,
          quote: `${followUps.length} questions picked up the candidate's previous answer`,
          isFact: true,
        },
        ...followUps.slice(0, 4),
      ],
    });
  }
  if (welcomed.length >= 2 && welcomed.length > brushedOff.length) {
    findings.push({
      id: "questions-welcomed",
      evidence: [
        {
          source: doc.source,
          quote: `${welcomed.length} of your questions got full answers (${FULL_ANSWER_WORDS}+ words)`,
          isFact: true,
        },
        ...welcomed.slice(0, 3),
      ],
    });
  }
  if (brushedOff.length >= 2 && brushedOff.length > welcomed.length) {
    findings.push({
      id: "questions-discouraged",
      evidence: [
        {
          source: doc.source,
          quote: `${brushedOff.length} of your questions were brushed off or deflected`,
          isFact: true,
        },
        ...brushedOff.slice(0, 3),
      ],
    });
  }
  // A question about growth or about the team that gets brushed off shows the absence itself.
  if (growthDeflected.length > 0)
    findings.push({ id: "no-growth-talk", evidence: growthDeflected.slice(0, 4) });
  if (companyDeflected.length > 0)
    findings.push({ id: "thin-company-info", evidence: companyDeflected.slice(0, 4) });
  return findings;
}
