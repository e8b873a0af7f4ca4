import { itemsAfter, MAX_SPECIFIC_WORDS, shorten, slice, trimmed } from "./clauses.js";
import type { Unit } from "./conversation-unit.js";
import { FILLER_START } from "./phrase-filters.js";
import { type Phrase, statementPoints } from "./spoken-phrases.js";
import { turnPronouns } from "./turn-pronouns.js";
import { countWords, plainQuotes, withoutQuotes } from "./words.js";

// Phrases from the candidate's account of what the interviewer said and asked.

/** The list after "spent fifteen minutes on", "went through", "an example about": each item a topic. */
export const LIST_HEAD =
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
export const BY_CANDIDATE = /\b(?:I|I'd|I've|we|we'd|we've)\s+(?:\w+\s+){0,3}$/i;

/** The candidate in the candidate's own words: a clause about them is not company content. */
const MENTIONS_CANDIDATE = /\b(?:I|I'm|I'd|I've|I'll|me|my|myself|mine|we|we're|we'd|we've|us|our)\b/;

/** A clause whose subject is the candidate ("we actually finished around 2:20") is not the interviewer's. */
const CANDIDATE_SUBJECT = /^(?:I|I'm|I'd|I've|I'll|we|we're|we'd|we've|my|our|me)\b/i;

/** One sentence of the candidate's account as it is read for phrases, and the phrases found so far. */
interface Account {
  unit: Unit;
  /** The sentence as written. */
  sentence: string;
  /** The sentence with straight quotes and quoted speech blanked out, at the same offsets. */
  plain: string;
  out: Phrase[];
}

/** A verb with no subject before it ("Asked about…", "Explained…") has the interviewer as its subject in a list. */
function isImplicit(a: Account, at: number): boolean {
  return /^\s*(?:then\s+|and\s+|also\s+)?$/i.test(a.plain.slice(0, at));
}

/** The verb at `at` is not the candidate's own ("I asked", "we'd said"). */
function byInterviewer(a: Account, at: number): boolean {
  return !BY_CANDIDATE.test(plainQuotes(a.sentence.slice(0, at)));
}

/** Adds a phrase of the sentence, cut short, unless it is the candidate's, an aside, or too short or long. */
function pushPhrase(a: Account, kind: Phrase["kind"], raw: string): void {
  let quote = raw.replace(/^(?:and|or|then|also|even|about)\s+/i, "");
  if (/^(?:which|who|whom|whose|said|says|told|asked|explained|mentioned|added)\b/i.test(quote)) return;
  quote = shorten(quote);
  const words = countWords(quote);
  if (words < 2 || words > MAX_SPECIFIC_WORDS) return;
  // A thing told is about the company: an item about the candidate ("at some point I realised…") is not one.
  if (kind !== "question" && MENTIONS_CANDIDATE.test(plainQuotes(quote))) return;
  // An aside in brackets ("(hers involved a chocolate fountain") does not stand alone.
  const at = a.sentence.indexOf(quote);
  const before = at >= 0 ? a.sentence.slice(0, at) : "";
  if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) return;
  const fact = /^(?:that|the fact that)\s+/i.exec(quote);
  if (fact) {
    const rest = quote.slice(fact[0].length);
    if (CANDIDATE_SUBJECT.test(plainQuotes(rest))) return;
    a.out.push({ kind: "point", quote, text: turnPronouns(rest, "narration") });
    return;
  }
  a.out.push({ kind, quote, text: turnPronouns(quote, "narration") });
}

/** The interviewer's own words, quoted after "she said" (or on their own after "she kept talking about…"). */
function quotedWords(a: Account): void {
  for (const m of a.sentence.matchAll(/["\u201c]([^"\u201d]+)["\u201d]/g)) {
    const inner = m[1] ?? "";
    const before = plainQuotes(a.sentence.slice(0, m.index));
    const isReported = REPORTED_QUOTE.test(before) && byInterviewer(a, m.index);
    const standsAlone = /^\s*$/.test(before) && a.unit.quotedBy === "interviewer";
    if (countWords(inner) >= 5 && (isReported || standsAlone))
      for (const point of statementPoints(inner, "speech")) a.out.push(point);
  }
}

/** What the interviewer "asked" about, item by item; the match, where they asked. */
function askedItems(a: Account): RegExpExecArray | undefined {
  const found = REPORTED_QUESTION.exec(a.plain);
  const asked = found?.[1] !== undefined && byInterviewer(a, found.index) ? found : undefined;
  if (asked?.[1] !== undefined) {
    const from = a.plain.length - asked[1].length;
    for (const [s, e] of itemsAfter(a.sentence, from)) {
      const item = slice(a.sentence, s, e);
      // "Asked what the team looks like": with no subject, only a question about the candidate is surely theirs.
      if (!isImplicit(a, asked.index) || /\b(?:I|my|me|I'd|I'm|I've)\b/.test(plainQuotes(item)))
        pushPhrase(a, "question", item);
    }
  }
  return asked;
}

/** What the interviewer "dug into" or "pushed on", up to the end of its clause. */
function dugInto(a: Account): void {
  const dug = DUG_INTO.exec(a.plain);
  if (dug?.[1] === undefined || !byInterviewer(a, dug.index)) return;
  const from = a.plain.length - dug[1].length;
  const end = a.sentence.slice(from).search(/\s+(?:and|but|then)\s|[,;:.]/);
  pushPhrase(a, "question", slice(a.sentence, from, end < 0 ? a.sentence.length : from + end));
}

/** The items of what the interviewer "went through" or "talked about"; the match, where there is a list. */
function listItems(a: Account, asked: RegExpExecArray | undefined): RegExpExecArray | null {
  const head = LIST_HEAD.exec(a.plain);
  if (head && !asked && byInterviewer(a, head.index)) {
    const from = head.index + head[0].length;
    for (const [s, e] of itemsAfter(a.sentence, from)) pushPhrase(a, "topic", slice(a.sentence, s, e));
  }
  return head;
}

/** What the interviewer "said" or "explained", as points, where a person said it. */
function reportedThat(a: Account, head: RegExpExecArray | null, names: string[]): void {
  const that = REPORTED_THAT.exec(a.plain);
  if (!that || head || !byInterviewer(a, that.index) || !(isImplicit(a, that.index) || that.index > 0))
    return;
  const before = a.plain.slice(0, that.index);
  // "Calendar said…" is not a person saying it; "she said", "Ysolde said", "Explained…" are.
  const bySomeone = /\b(?:she|he|they)\b/i.test(before) || names.some((n) => before.includes(n));
  if (!isImplicit(a, that.index) && !bySomeone) return;
  const [s, e] = trimmed(a.sentence, that.index + that[0].length, a.sentence.length);
  const rest = a.sentence.slice(s, e);
  if (!/["\u201c\u201d]/.test(rest))
    for (const p of statementPoints(rest, "narration"))
      if (!MENTIONS_CANDIDATE.test(plainQuotes(p.quote))) a.out.push(p);
}

/** Where nothing else was found: a list item as it stands, or what "they" or "the team" do. */
function standingPhrases(a: Account): void {
  const { sentence, out } = a;
  if (a.unit.isListItem && out.length === 0 && !/^(?:asked|said|told)\b/i.test(sentence)) {
    // An item of a list the interviewer went through: "the quarterly capacity model for finance".
    const item = shorten(slice(sentence, 0, sentence.length));
    if (/^(?:\w+ly\s+)?\w+ed\b/i.test(item) && !/^(?:need|based|red|bed)\b/i.test(item))
      out.push({ kind: "point", quote: item, text: `you ${turnPronouns(item, "narration")}` });
    else pushPhrase(a, "topic", item);
  }
  if (
    out.length === 0 &&
    /^(?:they|they're|theyre|the team|the company)\b/i.test(a.plain.replace(FILLER_START, ""))
  )
    for (const p of statementPoints(sentence, "narration"))
      if (!MENTIONS_CANDIDATE.test(plainQuotes(p.quote))) out.push(p);
}

/**
 * Phrases from the candidate's account of what the interviewer said and asked: the interviewer's words
 * quoted, the items of what they "went through", what they "said"/"explained", what they "asked" or
 * "drilled into". Verbs the candidate is the subject of ("I asked") are skipped.
 */
export function narrationPhrases(unit: Unit, names: string[]): Phrase[] {
  const a: Account = { unit, sentence: unit.text, plain: withoutQuotes(plainQuotes(unit.text)), out: [] };
  quotedWords(a);
  const asked = askedItems(a);
  dugInto(a);
  const head = listItems(a, asked);
  reportedThat(a, head, names);
  standingPhrases(a);
  return a.out;
}
