/**
 * A subject as a thread key: lower case, runs of space made one, and the reply and forward prefixes
 * ("Re:", "Fwd:", "AW:", "SV:") taken off however many there are. `autoReply` takes an automatic
 * reply's prefix off too ("Automatic reply: Interview" is the interview's thread), for the readers
 * that judge replies; the timeline keeps it, so an out-of-office is never taken for the company's word.
 */
export function threadSubject(subject: string | undefined, options: { autoReply?: boolean } = {}): string {
  const prefix = options.autoReply
    ? /^(?:re|fwd?|aw|sv|automatic\s+reply|auto(?:matic)?[-\s]?reply)\s*:\s*/i
    : /^(?:re|fwd?|aw|sv)\s*:\s*/i;
  let s = (subject ?? "").trim().toLowerCase();
  for (;;) {
    const next = s.replace(prefix, "");
    if (next === s) return s.replace(/\s+/g, " ");
    s = next;
  }
}
