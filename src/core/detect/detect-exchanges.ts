import type { TranscriptDoc, Utterance } from "../read/documents.js";
import type { Evidence, Finding } from "../signals/evidence.js";
import type { SignalId } from "../signals/signal.js";
import { countWords } from "../text/count-words.js";
import { formatTime } from "../time/format-time.js";

/*
 * Signals that live in the shape of a conversation rather than in any one sentence:
 * follow-up questions that pick up the candidate's last answer, how the candidate's own
 * questions were answered, and long turns in which the company tells of itself. Read from
 * transcripts, turn by turn.
 */

/** A company question that shares this many content words with the candidate's last answer builds on it. */
export const FOLLOW_UP_OVERLAP = 2;
/** A question this short needs only one shared word to count as a follow-up. */
export const SHORT_QUESTION_WORDS = 20;
/** How many such follow-ups make `deep-follow-ups`. */
export const FOLLOW_UPS_NEEDED = 2;
/** An answer to the candidate's question this long (words) is a real answer. */
export const FULL_ANSWER_WORDS = 40;
/**
 * An answer this short ("Not sure.", "We'll see."), or one that deflects, brushes the question off.
 * A short answer that says something ("The team is six people, mostly backend.") does not: brevity
 * alone was read as a brush-off at 15 words, and concise interviewers were called evasive.
 */
export const BRUSH_OFF_WORDS = 6;
/** A company turn this long, about the company ("we", "our") and its business, briefs the candidate. */
export const BRIEFING_WORDS = 60;
/** How many such turns make `company-briefing`. */
export const BRIEFINGS_NEEDED = 2;
/** A company turn this long (words) that tells of the company counts as part of a briefing. */
export const SHORT_BRIEFING_WORDS = 25;
/** How many such turns (long ones included) make `company-briefing`. */
export const SHORT_BRIEFINGS_NEEDED = 3;
/** One briefing turn this long (words) is extensive on its own. */
export const LONG_BRIEFING_WORDS = 150;

/** A candidate turn this long is an answer the next company turn may react to. */
export const ANSWER_WORDS = 20;
/** How far into the company's reply a reaction to the answer may stand. */
const REACTION_WORDS = 15;
/**
 * Praise of the answer just given, as a reaction: "Really helpful, thank you.", "Oh, I love that.",
 * "Brilliant, exactly right". Plain "good", "great" and "perfect" are left out: said after every
 * answer by many interviewers, and after logistics ("perfect, thanks"), they are manners.
 */
const REACTION =
  /\b(?:(?:very|really|so|super) (?:good|nice|interesting|helpful|useful)|excellent (?:answer|example|point|story|stuff)|brilliant|fantastic|impressive|wonderful|awesome|(?:that's|that is|that was) (?:(?:really|very|super|so|a really|a very) )?(?:useful|helpful|insightful|smart|clever|a (?:great|good|strong|brilliant|fantastic|smart|clever) (?:answer|example|point|approach|way))|exactly (?:right|what)|spot on|love (?:that|it|this|how)|great (?:answer|example|point|story|approach|question))\b/i;

/** The company speaking of itself. */
const WE = /\b(?:we|we're|we've|we'll|we'd|our|ours|us)\b/gi;
/** What a company tells of itself: its plans, customers, work, people and problems. */
const BUSINESS =
  /\b(?:plans?|strateg\w*|customers?|clients?|markets?|growth|grow\w*|revenue|budgets?|funding|roadmap|projects?|contracts?|launch\w*|expan\w*|teams?|department|sites?|fleet|patients?|wards?|students?|audiences?|products?|priorit\w*|challeng\w*|problems?|backlog|hiring|headcount|invest\w*|deadlines?|regulat\w*|shifts?|operations?|services?|programmes?|programs?|partners?|competitors?|years?)\b/gi;

/** The job described to the candidate: "you'd…", "you'll…", "your day…". */
const YOU_IN_THE_JOB =
  /\b(?:you'd|you'll|you would|you will|you're on|you are on|your (?:day|week|shift|team|desk|patients|clients|caseload))\b/gi;
/** The work itself: its days, shifts, tasks and duties. */
const WORK =
  /\b(?:day|days|daily|week|weekly|morning|mornings|shift|shifts|rota|typical|routine|tasks?|duties|responsib\w*|handle|manage|report|reports|cover|covers|on-call|caseload|workload|first (?:month|week|ninety|90))\b/gi;
/** A company turn this long that describes the work to the candidate makes `role-specifics`. */
export const ROLE_WORDS = 40;

/** The job named as the subject of a turn: "so, about the role", "this position", "what you'd be doing". */
const ROLE_NAMED =
  /\b(?:about|on|for|in|with) (?:the|this) (?:role|job|position|post)\b|\bwhat you'?d be doing\b|\bthe (?:role|job|position) (?:is|involves|would|will|covers)\b/i;
/** The team the job is done in: "the team is seven people", "a unit of twelve". */
const TEAM_SIZE =
  /\b(?:team|unit|desk|group|crew) (?:is|of|now is|has) (?:\w+ )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\b/gi;
/** The tools it is done with, named: "we're on Zephyr", "we use Jira" (not "we're on Monday"). */
const TOOLS =
  /\b(?:[Ww]e're|[Ww]e are|[Ww]e work|[Ww]e use|[Tt]eam uses|[Ww]e run) (?:(?:on|in|with) )?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]\w+/g;

/** What a finished company turn tells: each read of the turn's text, the text joined once. */
interface TurnRead {
  /** Tells, at length, of the company and its business (`BRIEFING_WORDS`, three of each). */
  briefs: boolean;
  /** Tells of them at shorter length (`SHORT_BRIEFING_WORDS`, two of each). */
  briefsInPart: boolean;
  /** Describes, at length, the day-to-day of the job to the candidate. */
  describesRole: boolean;
}

const NOTHING_TOLD: TurnRead = { briefs: false, briefsInPart: false, describesRole: false };

function readTurn(turn: Turn): TurnRead {
  if (turn.isCandidate || turn.words < Math.min(SHORT_BRIEFING_WORDS, BRIEFING_WORDS, ROLE_WORDS))
    return NOTHING_TOLD;
  const text = turn.utterances.map((u) => u.text).join(" ");
  const told = tellsOfCompany(text);
  const tells = (words: number, each: number) =>
    turn.words >= words && told.asks === false && told.we >= each && told.business >= each;
  return {
    briefs: tells(BRIEFING_WORDS, 3),
    briefsInPart: tells(SHORT_BRIEFING_WORDS, 2),
    describesRole: turn.words >= ROLE_WORDS && describesRole(text),
  };
}

/** Whether a company turn's text (of `ROLE_WORDS` or more) describes the day-to-day of the job to the candidate. */
function describesRole(text: string): boolean {
  const you = text.match(YOU_IN_THE_JOB)?.length ?? 0;
  const work = new Set((text.match(WORK) ?? []).map((w) => w.toLowerCase())).size;
  if (you >= 2 && work >= 2) return true;
  // The job named and told: its holder's part, and its work or its team and tools.
  const facts = work + (text.match(TEAM_SIZE)?.length ?? 0) + (text.match(TOOLS)?.length ?? 0);
  return ROLE_NAMED.test(text) && you >= 1 && facts >= 2;
}

/**
 * How a company turn's text tells of the company: "we" and "our", and words of its business (each
 * counted once); a turn that ends asking tells nothing.
 */
function tellsOfCompany(text: string): { asks: boolean; we: number; business: number } {
  if (/\?\s*$/.test(text.trim())) return { asks: true, we: 0, business: 0 };
  const we = text.match(WE)?.length ?? 0;
  const business = new Set((text.match(BUSINESS) ?? []).map((w) => w.toLowerCase())).size;
  return { asks: false, we, business };
}

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

const STEMS = new Map<string, string>();

/** A light stemmer: enough that "arrived" meets "arrive" and "resetting" meets "reset". Remembered per word. */
function stem(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    stemmed = stemOnce(word);
    if (STEMS.size < 100_000) STEMS.set(word, stemmed);
  }
  return stemmed;
}

function stemOnce(word: string): string {
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

/** Consecutive utterances by the same side: one turn, read as it grows. */
interface Turn {
  isCandidate: boolean;
  utterances: Utterance[];
  /** Words of the turn's text (utterances joined with a space), split at white space. */
  words: number;
  /** For the candidate's turns: the content words said, for telling whether the next question picks them up. */
  said: Set<string>;
  /** Whether the turn's text, as `isQuestion` reads it, ends with a question mark / has one inside. */
  endsAsked: boolean;
  asksInside: boolean;
  /** The first utterance that is a question. */
  question?: Utterance;
  /** For the company's turns: a question that picks up the candidate's last answer was found. */
  followsUp: boolean;
}

/** The candidate asked (`question`); the company answered (`answer`): how that went. */
type Reply = "welcomed" | "brushed-off" | "neither";

/** What is known of one candidate question and the company turn answering it. */
interface Exchange {
  question: Utterance;
  answer: Turn;
  /** The answer's first utterance, which evidence cites. */
  first: Utterance;
}

/** Reads the exchanges of a transcript turn by turn, as it is said: what `detectExchanges` is made of. */
export interface ExchangeTracker {
  /** Reads the next utterance. Costs the utterance, not the transcript so far. */
  add(u: Utterance): void;
  /** The exchange signals of what has been read. */
  findings(): Finding[];
}

/**
 * Starts reading a transcript's exchanges. Turns are consecutive utterances by one side; an utterance
 * can only grow the last turn, so what a turn was followed by is settled once the next turn starts.
 * Only the candidate's latest question, whose answer may still be growing, is judged again.
 */
export function trackExchanges(source: string, isCandidate: (speaker: string) => boolean): ExchangeTracker {
  let last: Turn | undefined;
  let previous: Turn | undefined;
  let hasCandidateTurn = false;
  let hasCompanyTurn = false;
  const followUps: Evidence[] = [];
  /** Settled exchanges: the candidate has spoken again since. */
  const welcomed: Evidence[] = [];
  const brushedOff: Evidence[] = [];
  const growthDeflected: Evidence[] = [];
  const companyDeflected: Evidence[] = [];
  /** Company turns, finished, that told of the company at length, or described the job. */
  const briefings: Evidence[] = [];
  /** The most words of any briefing turn so far. */
  let longestBriefing = 0;
  /** Company turns of any length from SHORT_BRIEFING_WORDS that tell of the company. */
  const partBriefings: Evidence[] = [];
  const roleTurns: Evidence[] = [];
  /** Company turns that open by praising the answer just given. */
  const reactions: Evidence[] = [];
  /** The latest candidate question and the answer still being given. */
  let open: Exchange | undefined;

  const settle = (exchange: Exchange) => {
    const judged = judge(source, exchange);
    if (judged.reply === "welcomed") welcomed.push(judged.first);
    if (judged.reply === "brushed-off") brushedOff.push(judged.first);
    growthDeflected.push(...judged.growth);
    companyDeflected.push(...judged.company);
  };

  const add = (u: Utterance) => {
    if (!u.speaker) return;
    const side = isCandidate(u.speaker);
    let question: Utterance | undefined;
    if (last === undefined || last.isCandidate !== side) {
      const finished = last === undefined ? NOTHING_TOLD : readTurn(last);
      const first = last?.utterances[0];
      if (finished.briefsInPart && first) partBriefings.push(evidenceOf(source, first));
      if (finished.briefs && first && last) {
        briefings.push(evidenceOf(source, first));
        longestBriefing = Math.max(longestBriefing, last.words);
      }
      if (finished.describesRole && first) roleTurns.push(evidenceOf(source, first));
      // A new turn: the one before the last is settled, and so is the answer to a question in it.
      if (open !== undefined && side) {
        settle(open);
        open = undefined;
      }
      previous = last;
      last = {
        isCandidate: side,
        utterances: [],
        words: 0,
        said: new Set(),
        endsAsked: false,
        asksInside: false,
        followsUp: false,
      };
      if (side) hasCandidateTurn = true;
      else hasCompanyTurn = true;
      // The candidate's turn before this company turn is complete: if it asked, this turn answers.
      if (!side && previous !== undefined && asks(previous))
        question = previous.question ?? previous.utterances[0];
    }
    const opensReply = !side && last.utterances.length === 0 && previous !== undefined;
    grow(last, u);
    if (question !== undefined) open = { question, answer: last, first: u };
    // The company's first words after a full answer (not after a question of the candidate's).
    if (opensReply && previous?.isCandidate && previous.words >= ANSWER_WORDS && !asks(previous)) {
      const opening = u.text.split(/\s+/).slice(0, REACTION_WORDS).join(" ");
      if (REACTION.test(opening)) reactions.push(evidenceOf(source, u));
    }
    // Does the company's question pick up what the candidate just said?
    if (!last.isCandidate && previous?.isCandidate && !last.followsUp && isQuestion(u.text)) {
      const shared = [...contentWords(u.text)].filter((w) => previous?.said.has(w));
      // A short question that picks up even one word of the answer is following it up.
      const isShort = u.text.split(/\s+/).length <= SHORT_QUESTION_WORDS;
      if (
        shared.length >= FOLLOW_UP_OVERLAP ||
        (isShort && shared.length >= 1) ||
        BACK_REFERENCE.test(u.text)
      ) {
        followUps.push(evidenceOf(source, u));
        last.followsUp = true;
      }
    }
  };

  const findings = (): Finding[] => {
    if (!hasCandidateTurn || !hasCompanyTurn) return [];
    const judged = open === undefined ? undefined : judge(source, open);
    const withOpen = (settled: Evidence[], reply: Reply) =>
      judged?.reply === reply ? [...settled, judged.first] : settled;
    const lastRead = last === undefined ? NOTHING_TOLD : readTurn(last);
    const lastBriefs = lastRead.briefs && last?.utterances[0];
    const lastRole = lastRead.describesRole && last?.utterances[0];
    return exchangeFindings(source, {
      reactions,
      briefings: lastBriefs ? [...briefings, evidenceOf(source, lastBriefs)] : briefings,
      longestBriefing: lastBriefs && last ? Math.max(longestBriefing, last.words) : longestBriefing,
      partBriefings:
        lastRead.briefsInPart && last?.utterances[0]
          ? [...partBriefings, evidenceOf(source, last.utterances[0])]
          : partBriefings,
      roleTurns: lastRole ? [...roleTurns, evidenceOf(source, lastRole)] : roleTurns,
      followUps,
      welcomed: withOpen(welcomed, "welcomed"),
      brushedOff: withOpen(brushedOff, "brushed-off"),
      growthDeflected: judged ? [...growthDeflected, ...judged.growth] : growthDeflected,
      companyDeflected: judged ? [...companyDeflected, ...judged.company] : companyDeflected,
    });
  };

  return { add, findings };
}

/** Adds an utterance to a turn, keeping what the detectors read of the turn's joined text. */
function grow(turn: Turn, u: Utterance): void {
  turn.utterances.push(u);
  turn.words += countWords(u.text);
  if (turn.isCandidate) for (const w of contentWords(u.text)) turn.said.add(w);
  // `isQuestion` of the text joined with spaces, from the parts: a "?" then white space then more
  // text may span the join.
  const hasWords = /\S/.test(u.text);
  turn.asksInside ||= /\?\s+\S/.test(u.text) || (turn.endsAsked && hasWords);
  if (hasWords) turn.endsAsked = /\?\s*$/.test(u.text);
  if (turn.question === undefined && isQuestion(u.text)) turn.question = u;
}

function asks(turn: Turn): boolean {
  return turn.isCandidate && (turn.endsAsked || turn.asksInside);
}

/** How the company's turn answered the candidate's question. */
function judge(
  source: string,
  { question, answer, first }: Exchange,
): { reply: Reply; first: Evidence; growth: Evidence[]; company: Evidence[] } {
  const words = answer.words;
  // Deflection only counts in a short answer: the text is read only then.
  const isBrushOff =
    words <= BRUSH_OFF_WORDS ||
    (words < FULL_ANSWER_WORDS && DEFLECTION.test(answer.utterances.map((u) => u.text).join(" ")));
  if (isBrushOff) {
    const pair = [evidenceOf(source, question), evidenceOf(source, first)];
    const growth = ABOUT_GROWTH.test(question.text) ? pair : [];
    const company = growth.length === 0 && ABOUT_COMPANY.test(question.text) ? pair : [];
    return { reply: "brushed-off", first: evidenceOf(source, first), growth, company };
  }
  return {
    reply: words >= FULL_ANSWER_WORDS ? "welcomed" : "neither",
    first: evidenceOf(source, first),
    growth: [],
    company: [],
  };
}

function exchangeFindings(
  source: string,
  e: {
    reactions: Evidence[];
    briefings: Evidence[];
    longestBriefing: number;
    partBriefings: Evidence[];
    roleTurns: Evidence[];
    followUps: Evidence[];
    welcomed: Evidence[];
    brushedOff: Evidence[];
    growthDeflected: Evidence[];
    companyDeflected: Evidence[];
  },
): Finding[] {
  const {
    reactions,
    briefings,
    roleTurns,
    followUps,
    welcomed,
    brushedOff,
    growthDeflected,
    companyDeflected,
  } = e;
  const findings: Finding[] = [];
  // A pattern in the exchanges: a fact that sums it up, then the first turns that show it.
  const pattern = (id: SignalId, summary: string, turns: Evidence[], shown: number) =>
    findings.push({ id, evidence: [{ source, quote: summary, isFact: true }, ...turns.slice(0, shown)] });
  if (reactions.length > 0) findings.push({ id: "positive-feedback", evidence: reactions.slice(0, 4) });
  const n = roleTurns.length;
  if (n > 0)
    pattern(
      "role-specifics",
      `${n === 1 ? "a long turn" : `${n} long turns`} (${ROLE_WORDS}+ words) describing the job's days, shifts and duties to you`,
      roleTurns,
      3,
    );
  if (briefings.length >= BRIEFINGS_NEEDED || e.longestBriefing >= LONG_BRIEFING_WORDS)
    pattern(
      "company-briefing",
      briefings.length >= BRIEFINGS_NEEDED
        ? `${briefings.length} long turns (${BRIEFING_WORDS}+ words) in which the company told of its plans, its work and its people`
        : `a turn of ${e.longestBriefing} words in which the company told of its plans, its work and its people`,
      briefings,
      3,
    );
  else if (e.partBriefings.length >= SHORT_BRIEFINGS_NEEDED)
    pattern(
      "company-briefing",
      `${e.partBriefings.length} turns (${SHORT_BRIEFING_WORDS}+ words) in which the company told of its plans, its work and its people`,
      e.partBriefings,
      3,
    );
  if (followUps.length >= FOLLOW_UPS_NEEDED)
    pattern(
      "deep-follow-ups",
      `${followUps.length} questions picked up the candidate's previous answer`,
      followUps,
      4,
    );
  if (welcomed.length >= 2 && welcomed.length > brushedOff.length)
    pattern(
      "questions-welcomed",
      `${welcomed.length} of your questions got full answers (${FULL_ANSWER_WORDS}+ words)`,
      welcomed,
      3,
    );
  if (brushedOff.length >= 2 && brushedOff.length > welcomed.length)
    pattern(
      "questions-discouraged",
      `${brushedOff.length} of your questions were brushed off or deflected`,
      brushedOff,
      3,
    );
  // A question about growth or about the team that gets brushed off shows the absence itself.
  if (growthDeflected.length > 0)
    findings.push({ id: "no-growth-talk", evidence: growthDeflected.slice(0, 4) });
  if (companyDeflected.length > 0)
    findings.push({ id: "thin-company-info", evidence: companyDeflected.slice(0, 4) });
  return findings;
}

export function detectExchanges(doc: TranscriptDoc, isCandidate: (speaker: string) => boolean): Finding[] {
  const tracker = trackExchanges(doc.source, isCandidate);
  for (const u of doc.utterances) tracker.add(u);
  return tracker.findings();
}
