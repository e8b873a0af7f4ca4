import type { Address, Email } from "postal-mime";
import type { Person } from "../core/read/documents.js";

// What the headers of a parsed message say: its people, its date, and whether it was sent automatically or in bulk.

const AUTOMATIC_SUBJECT = /^\s*(?:automatic reply|out of office|autoreply|auto-reply)\b/i;
const AUTOMATIC_PRECEDENCE = new Set(["auto_reply", "bulk", "junk"]);

/**
 * Whether a Date header names a year: four digits ("2026") or RFC 5322's obsolete two after a day and
 * month ("3 Feb 26"). The zone ("+0000") and the time are not a year; a date parser given none would
 * make one up ("Thu Jan 01 00:00:10 +0000" becomes 2001).
 */
export function hasYear(header: string): boolean {
  const text = header.replace(/[+-]\d{4}\b/g, " ").replace(/\d{1,2}:\d{2}(?::\d{2})?/g, " ");
  return /\b\d{4}\b/.test(text) || /\b\d{1,2}\s+[A-Za-z]{3,}\.?,?\s+\d{2}\b/.test(text);
}

export function headerOf(email: Email, key: string): string | undefined {
  return email.headers.find((h) => h.key === key)?.value.trim();
}

export function mailboxesOf(addresses: readonly Address[]): Person[] {
  const people: Person[] = [];
  for (const address of addresses) {
    for (const box of address.group ?? [address]) {
      const person: Person = {};
      const name = box.name.trim();
      if (name !== "") person.name = name;
      const email = box.address?.trim() ?? "";
      if (email !== "") person.email = email;
      if (person.name !== undefined || person.email !== undefined) people.push(person);
    }
  }
  return people;
}

/** The header that marks mail sent to a list or in bulk: List-Unsubscribe, List-Id, or Precedence bulk/list/junk. */
export function listHeaderOf(email: Email): string | undefined {
  for (const key of ["list-unsubscribe", "list-id"]) {
    if (headerOf(email, key) !== undefined) return key === "list-id" ? "List-Id" : "List-Unsubscribe";
  }
  const precedence = headerOf(email, "precedence")?.toLowerCase();
  if (precedence === "bulk" || precedence === "list" || precedence === "junk")
    return `Precedence: ${precedence}`;
  return undefined;
}

/** Auto-Submitted (other than "no"), X-Autoreply, X-Autorespond, Precedence or an auto-reply subject. */
export function isAutomatic(email: Email): boolean {
  const submitted = headerOf(email, "auto-submitted");
  if (submitted !== undefined && (submitted.split(";")[0] ?? "").trim().toLowerCase() !== "no") return true;
  if (headerOf(email, "x-autoreply") !== undefined || headerOf(email, "x-autorespond") !== undefined)
    return true;
  const precedence = headerOf(email, "precedence")?.toLowerCase();
  if (precedence !== undefined && AUTOMATIC_PRECEDENCE.has(precedence)) return true;
  return AUTOMATIC_SUBJECT.test(email.subject ?? "");
}
