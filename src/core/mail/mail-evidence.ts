import type { EmailDoc, Person } from "../read/documents.js";
import type { Evidence } from "../signals/evidence.js";
import { splitSentences } from "../text/sentences.js";
import { localDayOf } from "../time/find-promised-date.js";
import { ownText } from "./own-text.js";

/** How the mail signals quote a message and state a fact about it. */

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

export function sentenceEvidence(doc: EmailDoc, quote: string): Evidence {
  const evidence: Evidence = { source: doc.source, quote, message: messageOf(doc) };
  const speaker = formatPerson(doc.from);
  if (speaker !== undefined) evidence.speaker = speaker;
  return evidence;
}

export function factEvidence(doc: EmailDoc, fact: string): Evidence {
  return { ...sentenceEvidence(doc, fact), isFact: true };
}

/** The first sentence of a message's own text that matches, or its first sentence. */
export function quoteFrom(doc: EmailDoc, pattern?: RegExp): string {
  const sentences = splitSentences(ownText(doc));
  const hit = pattern ? sentences.find((s) => pattern.test(s)) : undefined;
  return hit ?? sentences[0] ?? doc.text.trim().slice(0, 200);
}

/** "Fri 13 Feb", read in the offset the ISO time was written in. */
export function shortDay(iso: string): string {
  const day = localDayOf(iso);
  if (!day) return iso;
  const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${weekdays[day.weekday]} ${day.day} ${months[day.month - 1]}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
