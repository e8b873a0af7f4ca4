import { isFromCandidate, nameTokens, sameName } from "../people/identify-candidate-mail.js";
import { isPersonName } from "../people/is-person-name.js";
import { isThankYouNote } from "../people/thank-you-note.js";
import type { Doc, EmailDoc, NotesDoc, Person, TranscriptDoc } from "../read/documents.js";
import { displayName } from "./display-name.js";
import { namesInNotes, ROLE_ALONE } from "./names-in-notes.js";
import { countWords } from "./words.js";

// Who gets a thank-you: the company-side people of the interview, with their addresses.

export interface Recipient {
  name: string;
  email?: string;
}

/** Someone on the company side who took part in the interview. */
export interface Interviewer {
  name: string;
  email?: string;
  basis: string;
}

/** The person the invites and mail know by this name, with their address ("Tomas" → Tomas Berg <tomas.berg@…>). */
export function lookupPerson(docs: Doc[], name: string): Recipient | undefined {
  const people: Person[] = [];
  for (const d of docs) {
    if (d.kind === "invite") people.push(...(d.organizer ? [d.organizer] : []), ...d.attendees);
    if (d.kind === "email") people.push(...(d.from ? [d.from] : []), ...d.to, ...d.cc);
  }
  const found = people.find((p) => p.email && p.name && sameName(displayName(p.name), name));
  return found?.name && found.email ? { name: displayName(found.name), email: found.email } : undefined;
}

function addressOf(docs: Doc[], name: string): string | undefined {
  return lookupPerson(docs, name)?.email;
}

/**
 * The interviewers, the one who spoke most (or was named first) first. A transcript says best who was there:
 * where there is one, its company-side speakers are the interviewers. Without one: the invite's attendees
 * other than the candidate, the people the notes say it was with, and whoever the candidate's thank-you went to.
 */
export function findInterviewers(docs: Doc[], candidateNames: string[]): Interviewer[] {
  const isCandidate = (name: string) => candidateNames.some((n) => sameName(n, name));
  const out: Interviewer[] = [];
  const add = (rawName: string, basis: string) => {
    const name = displayName(rawName);
    if (!isPersonName(name) || isCandidate(name) || ROLE_ALONE.test(name)) return;
    const known = out.find((o) => sameName(o.name, name));
    if (known) {
      if (nameTokens(name).length > nameTokens(known.name).length) known.name = name;
      return;
    }
    out.push({ name, basis });
  };
  const transcripts = docs.filter((d): d is TranscriptDoc => d.kind === "transcript");
  const words = new Map<string, { words: number; source: string }>();
  for (const t of transcripts) {
    for (const u of t.utterances) {
      if (!u.speaker || isCandidate(u.speaker) || !isPersonName(u.speaker)) continue;
      const had = words.get(u.speaker);
      words.set(u.speaker, {
        words: (had?.words ?? 0) + countWords(u.text),
        source: had?.source ?? t.source,
      });
    }
  }
  if (words.size > 0) {
    for (const [speaker, w] of [...words.entries()].sort((a, b) => b[1].words - a[1].words))
      add(speaker, `speaks in ${w.source}`);
  } else {
    const notes = docs.filter((d): d is NotesDoc => d.kind === "notes");
    const noted = notes.flatMap((n) => namesInNotes(n).map((f) => ({ ...f, source: n.source })));
    // The first person the notes name is the one the notes are about; then the invite's attendees.
    const first = noted[0];
    if (first) add(first.name, `named in ${first.source}:${first.line}`);
    for (const d of docs) {
      if (d.kind !== "invite") continue;
      for (const a of d.attendees) if (a.name) add(a.name, `invited in ${d.source}`);
    }
    for (const f of noted.slice(1)) add(f.name, `named in ${f.source}:${f.line}`);
    const emails = docs.filter((d): d is EmailDoc => d.kind === "email");
    const who = { names: candidateNames, addresses: [] as string[] };
    for (const e of emails) {
      if (!isThankYouNote(e) || (candidateNames.length > 0 && !isFromCandidate(e, who))) continue;
      for (const p of e.to) if (p.name) add(p.name, `your thank-you note went to them (${e.source})`);
    }
  }
  for (const o of out) {
    const email = addressOf(docs, o.name);
    if (email) o.email = email;
  }
  return out;
}
