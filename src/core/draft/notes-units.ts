import type { Analysis } from "../read/analyze-interview.js";
import type { NotesDoc } from "../read/documents.js";
import { sentencesOf, signalsOf, type Unit } from "./conversation-unit.js";
import { firstNameOf } from "./display-name.js";
import type { Interviewer } from "./find-interviewers.js";
import { BY_CANDIDATE, LIST_HEAD } from "./narration-phrases.js";
import { type Block, lineAt, notesBlocks } from "./notes-blocks.js";
import { escapeRegExp, plainQuotes, withoutQuotes } from "./words.js";

// The notes' sentences as units, each given to the interviewer it is about.

const SUBJECT_PRONOUN = /\b(she|he|her|his|him)\b/gi;

/** Someone "said", "told", "asked": the sentences quoted after it are that person's words. */
const REPORTING = /\b(\w+)\s+(?:\w+\s+)?(?:said|says|saying|told|telling|talking|talked|asked|put it)\b/i;

type Gender = "she" | "he";

/** Where the interviewers are named in a text, by full or first name, in order. */
type Mentions = (text: string) => { i: number; at: number }[];

/**
 * Whom "she" and "he" can refer to as the notes are read: the pronoun each person is known by, the people
 * named latest last, and the person the last sentence was about.
 */
interface Referents {
  gender: Map<number, Gender>;
  recent: number[];
  current: number;
}

/** A line ending in a colon that introduces what an interviewer said: the list under it is theirs. */
interface Intro {
  indent: number;
  owner: number;
  isBullet: boolean;
}

/** He or she, for the pronouns that say it. */
function genderOf(pronoun: string): Gender {
  return /^(?:she|her)$/i.test(pronoun) ? "she" : "he";
}

function mentionsOf(interviewers: Interviewer[]): Mentions {
  return (text) => {
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
}

function fits(r: Referents, i: number, g: Gender): boolean {
  return (r.gender.get(i) ?? g) === g;
}

/** Whom a pronoun refers to: the last person named in the sentence, the current one, else the latest named. */
function resolvePronoun(r: Referents, g: Gender, namedBefore: number[]): number | undefined {
  const last = namedBefore[namedBefore.length - 1];
  if (last !== undefined && fits(r, last, g)) return last;
  if (r.current >= 0 && fits(r, r.current, g)) return r.current;
  return [...r.recent].reverse().find((i) => fits(r, i, g));
}

function remember(r: Referents, i: number): void {
  const at = r.recent.indexOf(i);
  if (at >= 0) r.recent.splice(at, 1);
  r.recent.push(i);
}

/** Who said what follows, where the sentence says someone said it: the candidate ("I said") or an interviewer. */
function reporterOf(plain: string): Unit["quotedBy"] {
  const reporting = REPORTING.exec(plain);
  if (!reporting?.[1]) return undefined;
  return /^(?:i|we)$/i.test(reporting[1]) ? "candidate" : "interviewer";
}

/**
 * Who a sentence is about, where it tells: the first person named or referred to by a pronoun that fits;
 * and the people it names, in order. A pronoun settles a person's gender the first time it can only be theirs.
 */
function readOwner(
  plain: string,
  r: Referents,
  mentions: Mentions,
): { owner: number | undefined; namedBefore: number[] } {
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
    const who = resolvePronoun(r, g, namedBefore);
    if (who === undefined) continue;
    if (
      !r.gender.has(who) &&
      ![...r.gender.entries()].some(([i, x]) => x === g && i !== who && !namedBefore.includes(i))
    )
      r.gender.set(who, g);
    owner ??= who;
  }
  return { owner, namedBefore };
}

/**
 * The intro a block makes when it ends in a colon: "Luis went through the job day to day:", "Company stuff,
 * he was pretty open:" introduce what was said; "Trying to be objective:" or "What happened:" do not.
 */
function introOf(block: Block, last: Unit | undefined, mentions: Mentions): Intro | undefined {
  if (!last || !/:\s*$/.test(block.text)) return undefined;
  const said = plainQuotes(last.text);
  const isTheirs =
    (LIST_HEAD.test(said) || /\b(?:she|he|they)\b/i.test(said) || mentions(said).length > 0) &&
    !BY_CANDIDATE.test(said.replace(/:\s*$/, " "));
  return isTheirs && last.owner >= 0
    ? { indent: block.indent, owner: last.owner, isBullet: block.isBullet }
    : undefined;
}

/**
 * Which interviewer each sentence of the notes is about: the one named first, or the one "she" or "he"
 * refers to (the last sentence's person where the pronoun fits, else the latest named one it fits).
 * Items of a list ("went through the job day to day:") belong to whoever the line above it is about.
 */
export function notesUnits(
  doc: NotesDoc,
  interviewers: Interviewer[],
  analysis: Analysis,
  order: number,
): Unit[] {
  const units: Unit[] = [];
  const referents: Referents = { gender: new Map(), recent: [], current: interviewers.length > 0 ? 0 : -1 };
  const mentions = mentionsOf(interviewers);
  let section = -1;
  let intro: Intro | undefined;
  for (const block of notesBlocks(doc)) {
    if (block.isHeading) {
      section = mentions(block.text)[0]?.i ?? -1;
      if (section >= 0) referents.current = section;
      intro = undefined;
      continue;
    }
    const isItem = intro !== undefined && block.isBullet && (!intro.isBullet || block.indent > intro.indent);
    if (!isItem) intro = undefined;
    if (!block.isBullet && !isItem) section = -1;
    let quotedBy: Unit["quotedBy"];
    for (const { text, offset } of sentencesOf(block.text)) {
      const plain = withoutQuotes(text);
      quotedBy = reporterOf(plain) ?? quotedBy;
      const read = readOwner(plain, referents, mentions);
      let owner = read.owner;
      if (isItem && intro) owner = intro.owner;
      owner ??= section >= 0 ? section : referents.current;
      for (const n of read.namedBefore) remember(referents, n);
      if (owner >= 0) {
        remember(referents, owner);
        referents.current = owner;
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
    if (!isItem) intro = introOf(block, units[units.length - 1], mentions) ?? intro;
  }
  return units;
}
