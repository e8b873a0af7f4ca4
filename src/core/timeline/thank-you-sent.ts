import { isThankYouNote } from "../people/identify-candidate-mail.js";
import type { Doc } from "../read/documents.js";
import { toIsoIn, type Zone } from "../time/add-days.js";
import type { InterviewTime } from "./find-interview.js";
import { type Mail, timeOf } from "./timeline-mail.js";

// The candidate's thank-you for the interview, where it was sent.

const DAY_MS = 24 * 3_600_000;

const SENT_IN_NOTES =
  /\b(?:sent|emailed|mailed|wrote)\s+(?:(?:a|my|the|him|her|them|an?\s+email|\w+)\s+){0,2}thank[-\s]?you\b|\bthank[-\s]?you\s+(?:note\s+|email\s+|e-mail\s+)?(?:was\s+)?sent\b|\bmy\s+thank[-\s]?you\s+(?:note\s+|email\s+)?(?:to\s+\w+\s+)?(?:only\s+)?(?:got|was|went|drew)\b/i;

/** The candidate's thank-you for this interview: an email, or a line of the notes saying it was sent. */
export function findThankYouSent(
  docs: Doc[],
  box: Mail,
  interview: InterviewTime | undefined,
  zone: Zone,
): { where: string; when?: string } | undefined {
  const startMs = Date.parse(interview?.start ?? "");
  const note = box.mail.find(
    (d) =>
      box.isCandidate(d) &&
      isThankYouNote(d) &&
      (Number.isNaN(startMs) || timeOf(d) >= startMs - (interview?.isDayOnly ? DAY_MS : 0)),
  );
  if (note?.date) return { where: note.source, when: toIsoIn(timeOf(note), zone) };
  for (const doc of docs) {
    if (doc.kind !== "notes") continue;
    const lines = doc.text.split(/\r?\n/);
    const at = lines.findIndex((l) => SENT_IN_NOTES.test(l));
    if (at >= 0) return { where: `${doc.source}:${at + 1}` };
  }
  return undefined;
}
