import type { Analysis } from "../read/analyze-interview.js";
import type { Doc } from "../read/documents.js";
import { chooseSpecifics } from "./choose-specifics.js";
import { composeBody, thankYouSubject } from "./compose-body.js";
import { transcriptUnits, type Unit } from "./conversation-unit.js";
import { displayName, firstNameOf } from "./display-name.js";
import type { DraftGap, RoleAbout, Specific } from "./draft-source.js";
import { findGap } from "./find-gap.js";
import { findInterviewers, type Interviewer, type Recipient } from "./find-interviewers.js";
import { findRoleAndCompany } from "./find-role-and-company.js";
import { notesUnits } from "./notes-units.js";
import { countWords } from "./words.js";

// One thank-you per interviewer: who they are, what they said, the gap to close, then the letter.

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

/** Drafts stay under this many words (the advice: concise). */
export const MAX_THANK_YOU_WORDS = 180;

/** Words a name may be written with in the greeting and the close. */
function candidateNameOf(input: ThankYouInput): string | undefined {
  const given = input.candidateName?.trim();
  if (given && !given.includes("@")) return given;
  return (input.candidateNames ?? input.analysis.candidate.names)[0];
}

/** Who took part: the candidate's names and the interviewers, found once for the order and the drafts. */
function whoTookPart(input: ThankYouInput) {
  const { docs, analysis } = input;
  const candidateName = candidateNameOf(input);
  const candidateNames = [
    ...(input.candidateNames ?? analysis.candidate.names),
    ...(candidateName ? [candidateName] : []),
  ];
  const interviewers = findInterviewers(docs, candidateNames);
  return { candidateName, candidateNames, interviewers };
}

/** Every sentence of the transcripts and the notes, as units, in the order of the documents. */
function conversationUnits(input: ThankYouInput, interviewers: Interviewer[]): Unit[] {
  const units: Unit[] = [];
  for (const d of input.docs) {
    // One by one: spread into push, a transcript of 100,000 short sentences overflows the stack.
    if (d.kind === "transcript")
      for (const u of transcriptUnits(d, interviewers, input.analysis, units.length)) units.push(u);
    if (d.kind === "notes")
      for (const u of notesUnits(d, interviewers, input.analysis, units.length)) units.push(u);
  }
  return units;
}

/**
 * The order the interviewers get a note in, by their indices. A transcript's is by words spoken (the
 * order they were found in), so its sentences need not be read for it; in notes, the person the notes
 * say most about is the main interviewer.
 */
function orderOf(input: ThankYouInput, interviewers: Interviewer[], units: () => Unit[]): number[] {
  const order = interviewers.map((_, i) => i);
  if (input.docs.some((d) => d.kind === "transcript")) return order;
  const all = units();
  const weight = interviewers.map((_, i) => all.filter((u) => u.owner === i).length);
  return order.sort((a, b) => (weight[b] ?? 0) - (weight[a] ?? 0) || a - b);
}

/** The conversation as the drafts read it: who took part, in the order they get a note, and what they said. */
function readConversation(input: ThankYouInput) {
  const { docs } = input;
  const { candidateName, candidateNames, interviewers } = whoTookPart(input);
  const people = [...candidateNames, ...interviewers.map((i) => i.name)];
  for (const d of docs)
    if (d.kind === "invite") for (const a of d.attendees) if (a.name) people.push(displayName(a.name));
  const about = findRoleAndCompany(docs, people);
  const units = conversationUnits(input, interviewers);
  const hasTranscript = docs.some((d) => d.kind === "transcript");
  const names = interviewers.flatMap((i) => [i.name, firstNameOf(i.name)]);
  const order = orderOf(input, interviewers, () => units);
  const primary = order[0] ?? 0;
  return { candidateName, candidateNames, interviewers, about, units, hasTranscript, names, order, primary };
}

/**
 * The interviewers in the order the drafts write to them: the main one (who gets the plan's thank-you)
 * first. The sentences are read only where the order needs them (notes without a transcript).
 */
export function orderInterviewers(input: ThankYouInput): Interviewer[] {
  const { interviewers } = whoTookPart(input);
  const order = orderOf(input, interviewers, () => conversationUnits(input, interviewers));
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
