import { displayName } from "../draft/display-name.js";
import { orderInterviewers } from "../draft/draft-thank-you.js";
import type { Interviewer } from "../draft/find-interviewers.js";
import { namesInNotes } from "../draft/names-in-notes.js";
import type { Analysis } from "../read/analyze-interview.js";
import type { Doc, EmailDoc, Person } from "../read/documents.js";
import { identifyCandidate } from "./identify-candidate.js";
import {
  isCandidatePerson,
  nameTokens,
  resolveCandidateMail,
  sameAddress,
  sameName,
} from "./identify-candidate-mail.js";
import { isPersonName } from "./is-person-name.js";
import { isCandidateThankYou } from "./thank-you-note.js";
import { PERSONAL_MAIL } from "./weigh-candidate-sender.js";

/**
 * Who is who in one application, decided in one place: the candidate (given with --me or remembered, the
 * sender of the thank-you, the invite's outside attendee, the speaker who answers), who interviewed them
 * (speakers, attendees, names in the notes), who recruits (company mail from someone who did not interview)
 * and who organised (the invite's organiser). The plan, the drafts and the mail's direction all read this.
 */
export interface Someone {
  name: string;
  email?: string;
  /** Where they were found: "speaks in transcript.vtt", "organiser of invite.ics". */
  basis: string;
}

export interface People {
  candidate: {
    names: string[];
    addresses: string[];
    how: "given" | "inferred" | "unknown";
    basis: string;
  };
  /** The interviewers, the one the plan's thank-you goes to first (the drafts' order). */
  interviewers: Interviewer[];
  recruiters: Someone[];
  organisers: Someone[];
  /** Set when the name given with --me is no one in the inputs: what to check, with the closest names. */
  warning?: string;
}

/** Every person the inputs name: speakers, invite people, mail people, people the notes say it was with. */
export function namedPeople(docs: Doc[]): Someone[] {
  const out: Someone[] = [];
  const add = (name: string | undefined, email: string | undefined, basis: string) => {
    const shown = name ? displayName(name) : undefined;
    if (shown && !isPersonName(shown)) return;
    const known = out.find(
      (o) => (shown && sameName(o.name, shown)) || (email && o.email && sameAddress(o.email, email)),
    );
    if (known) {
      if (!known.email && email) known.email = email;
      return;
    }
    if (shown) out.push({ name: shown, ...(email ? { email } : {}), basis });
  };
  for (const d of docs) {
    if (d.kind === "transcript")
      for (const u of d.utterances) if (u.speaker) add(u.speaker, undefined, `speaks in ${d.source}`);
    if (d.kind === "invite") {
      if (d.organizer) add(d.organizer.name, d.organizer.email, `organiser of ${d.source}`);
      for (const a of d.attendees) add(a.name, a.email, `invited in ${d.source}`);
    }
    if (d.kind === "email")
      for (const p of [d.from, ...d.to, ...d.cc]) if (p) add(p.name, p.email, `in ${d.source}`);
    if (d.kind === "notes")
      for (const n of namesInNotes(d)) add(n.name, undefined, `named in ${d.source}:${n.line}`);
  }
  return out;
}

/** Edits between two words: how close a typed name is to one in the inputs. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] ?? 0;
      row[j] = Math.min(up + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = up;
    }
  }
  return row[b.length] ?? 0;
}

/** How far a typed name is from a known one: its tokens against their best match, summed. */
function nameDistance(typed: string, known: string): number {
  const known_ = nameTokens(known);
  return nameTokens(typed).reduce(
    (sum, t) => sum + Math.min(...known_.map((k) => distance(t, k)), t.length),
    0,
  );
}

/** The names closest to one that matched no one, closest first. */
export function closestNames(typed: string, people: Someone[], max = 3): string[] {
  return people
    .map((p) => ({ name: p.name, d: nameDistance(typed, p.name) }))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((p) => p.name);
}

function matchesSomeone(me: string, people: Someone[]): boolean {
  return me.includes("@")
    ? people.some((p) => sameAddress(p.email, me))
    : people.some((p) => sameName(p.name, me));
}

function candidateOf(docs: Doc[], me: string | undefined, people: Someone[]): People["candidate"] {
  if (me?.trim()) {
    const given = identifyCandidate(docs, me.trim());
    return { names: given.names, addresses: given.addresses, how: "given", basis: "--me" };
  }
  const mail = docs.filter((d): d is EmailDoc => d.kind === "email");
  const found = identifyCandidate(docs, undefined);
  // A company's "Thanks again, …" is not the candidate's thank-you: that reading is left out.
  const thanks = /^the sender of the thank-you note \((.+)\)$/.exec(found.basis)?.[1];
  const note = thanks ? mail.find((d) => d.source === thanks) : undefined;
  if (found.how !== "unknown" && !(note && !isCandidateThankYou(note)))
    return { names: found.names, addresses: found.addresses, how: found.how, basis: found.basis };
  const byMail = resolveCandidateMail(mail, { names: [], addresses: [] }, isCandidateThankYou);
  if (byMail.how !== "inferred") {
    const guest = guestOf(docs, mail, people);
    return guest
      ? {
          names: [guest.name],
          addresses: guest.email ? [guest.email.toLowerCase()] : [],
          how: "inferred",
          basis: guest.basis,
        }
      : { names: [], addresses: [], how: "unknown", basis: "not found" };
  }
  const person = people.find(
    (p) =>
      byMail.addresses.some((a) => sameAddress(a, p.email)) || byMail.names.some((n) => sameName(n, p.name)),
  );
  return {
    names: byMail.names.length > 0 ? byMail.names : person ? [person.name] : [],
    addresses: byMail.addresses,
    how: "inferred",
    basis: "the one address on every message, or the sender of the thank-you note",
  };
}

/**
 * The invite's guest who is not the company's: on every message and never its organiser, or the one
 * attendee writing from a personal mailbox (a recruiter's invite to the candidate and the hiring manager).
 */
function guestOf(docs: Doc[], mail: EmailDoc[], people: Someone[]): Someone | undefined {
  const organisers = docs.flatMap((d) =>
    d.kind === "invite" && d.organizer?.email ? [d.organizer.email] : [],
  );
  const attendees = docs.flatMap((d) => (d.kind === "invite" ? d.attendees : []));
  const onEvery = (email: string) =>
    mail.length > 1 &&
    mail.every((m) => [m.from, ...m.to, ...m.cc].some((p) => sameAddress(p?.email, email)));
  const fits = attendees.filter(
    (a) =>
      a.email &&
      !organisers.some((o) => sameAddress(o, a.email)) &&
      (onEvery(a.email) || PERSONAL_MAIL.test(a.email)),
  );
  const only = fits.length === 1 ? fits[0] : undefined;
  if (!only?.email) return undefined;
  const known = people.find((p) => sameAddress(p.email, only.email));
  const name = only.name ? displayName(only.name) : known?.name;
  return name ? { name, email: only.email, basis: "the invite's guest who is not the company's" } : undefined;
}

/**
 * Who is who. `me` is the name or address given with --me (or remembered by the workspace); a name
 * that matches no one in the inputs is still taken, with a warning naming the closest names.
 */
export function identifyPeople(docs: Doc[], analysis: Analysis, me?: string): People {
  const people = namedPeople(docs);
  const found = candidateOf(docs, me, people);
  const typed = me?.trim();
  const isUnmatched =
    typed !== undefined && typed !== "" && people.length > 0 && !matchesSomeone(typed, people);
  // A near miss ("Jordn Lee" for Jordan Lee) is taken to be the candidate too, so no note thanks them.
  const near =
    isUnmatched && !typed.includes("@")
      ? people.find((p) => p.name === closestNames(typed, people, 1)[0] && nameDistance(typed, p.name) <= 2)
      : undefined;
  const candidate = near
    ? {
        ...found,
        names: [...found.names, near.name],
        addresses: [...found.addresses, ...(near.email ? [near.email.toLowerCase()] : [])],
      }
    : found;
  const warning = isUnmatched
    ? `--me "${typed}" matches no one in these files; the closest: ${closestNames(typed, people).join(", ")}.${near ? ` Taken to be ${near.name}, who gets no thank-you.` : ""} Check the spelling: drafts are signed "${typed}".`
    : undefined;
  const who = { names: candidate.names, addresses: candidate.addresses };
  const isCandidate = (p: Someone) =>
    isCandidatePerson({ name: p.name, ...(p.email ? { email: p.email } : {}) }, who);
  const interviewers = orderInterviewers({
    docs,
    analysis,
    candidateNames: candidate.names,
    ...(typed && !typed.includes("@") ? { candidateName: typed } : {}),
  }).filter((i) => !isCandidate(i));
  const isInterviewer = (name: string) => interviewers.some((i) => sameName(i.name, name));
  const organisers: Someone[] = [];
  const recruiters: Someone[] = [];
  const push = (list: Someone[], p: Person | undefined, basis: string) => {
    if (!p?.name || !isPersonName(displayName(p.name))) return;
    const someone = { name: displayName(p.name), ...(p.email ? { email: p.email } : {}), basis };
    if (isCandidate(someone) || list.some((x) => sameName(x.name, someone.name))) return;
    list.push(someone);
  };
  for (const d of docs) {
    if (d.kind === "invite") push(organisers, d.organizer, `organiser of ${d.source}`);
    if (d.kind === "email" && d.from && !isCandidatePerson(d.from, who) && !d.isAutomatic) {
      if (!isInterviewer(displayName(d.from.name ?? ""))) push(recruiters, d.from, `wrote ${d.source}`);
    }
  }
  return {
    candidate,
    interviewers,
    recruiters,
    organisers,
    ...(warning ? { warning } : {}),
  };
}
