import { BRIEFING_WORDS, ROLE_WORDS, SHORT_BRIEFING_WORDS } from "./exchange-thresholds.js";
import type { Turn } from "./exchange-turn.js";

/** What a company turn tells: the company and its business (a briefing), or the job's day-to-day. */

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

/** The job named as the subject of a turn: "so, about the role", "this position", "what you'd be doing". */
const ROLE_NAMED =
  /\b(?:about|on|for|in|with) (?:the|this) (?:role|job|position|post)\b|\bwhat you'?d be doing\b|\bthe (?:role|job|position) (?:is|involves|would|will|covers)\b/i;
/** The team the job is done in: "the team is seven people", "a unit of twelve". */
const TEAM_SIZE =
  /\b(?:team|unit|desk|group|crew) (?:is|of|now is|has) (?:\w+ )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\b/gi;
/** The tools it is done with, named: "we're on Zephyr", "we use Jira" (not "we're on Monday"). */
const TOOLS =
  /\b(?:[Ww]e're|[Ww]e are|[Ww]e work|[Ww]e use|[Tt]eam uses|[Ww]e run) (?:(?:on|in|with) )?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]\w+/g;

/** What a finished company turn tells, each read of its text made on the text joined once. */
export interface TurnRead {
  /** Tells, at length, of the company and its business (`BRIEFING_WORDS`, three of each). */
  briefs: boolean;
  /** Tells of them at shorter length (`SHORT_BRIEFING_WORDS`, two of each): several brief as much as two long ones. */
  briefsInPart: boolean;
  /** Describes, at length, the day-to-day of the job to the candidate. */
  describesRole: boolean;
}

export const NOTHING_TOLD: TurnRead = { briefs: false, briefsInPart: false, describesRole: false };

/** Reads a finished turn once: a briefing (long or in part) and the job described. */
export function readTurn(turn: Turn): TurnRead {
  if (turn.isCandidate || turn.words < Math.min(SHORT_BRIEFING_WORDS, BRIEFING_WORDS, ROLE_WORDS))
    return NOTHING_TOLD;
  const text = turn.utterances.map((u) => u.text).join(" ");
  const told = tellsOfCompany(text);
  const tells = (words: number, each: number) =>
    turn.words >= words && !told.asks && told.we >= each && told.business >= each;
  return {
    briefs: tells(BRIEFING_WORDS, 3),
    briefsInPart: tells(SHORT_BRIEFING_WORDS, 2),
    describesRole: turn.words >= ROLE_WORDS && describesRole(text),
  };
}

/** Whether a company turn's text describes the day-to-day of the job to the candidate. */
function describesRole(text: string): boolean {
  const you = text.match(YOU_IN_THE_JOB)?.length ?? 0;
  const work = new Set((text.match(WORK) ?? []).map((w) => w.toLowerCase())).size;
  if (you >= 2 && work >= 2) return true;
  // The job named and told: its holder's part, and its work or its team and tools.
  const facts = work + (text.match(TEAM_SIZE)?.length ?? 0) + (text.match(TOOLS)?.length ?? 0);
  return ROLE_NAMED.test(text) && you >= 1 && facts >= 2;
}

/**
 * How a company turn's text tells of the company ("we", "our") and of its business (each word counted
 * once); a turn that ends asking tells nothing.
 */
function tellsOfCompany(text: string): { asks: boolean; we: number; business: number } {
  if (/\?\s*$/.test(text.trim())) return { asks: true, we: 0, business: 0 };
  const we = text.match(WE)?.length ?? 0;
  const business = new Set((text.match(BUSINESS) ?? []).map((w) => w.toLowerCase())).size;
  return { asks: false, we, business };
}
