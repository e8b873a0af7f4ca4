import { isAutoReply, ownText } from "../mail/detect-email-signals.js";
import type { Passage } from "./passages.js";

/**
 * The candidate's own mail is also their account of the interview, read as notes are: "thank you for
 * walking me through the rota" tells of the interviewer ("you") as "she walked me through" does.
 */
export function ownAccounts(passages: Passage[]): Passage[] {
  const out: Passage[] = [];
  for (const p of passages) {
    if (p.channel !== "email" || p.role !== "candidate" || p.email === undefined) continue;
    if (isAutoReply(p.email)) continue;
    const text = ownText(p.email);
    if (text.trim() === "") continue;
    out.push({
      channel: "notes",
      source: p.source,
      text,
      role: "narrator",
      line: 1,
      email: p.email,
      ownMail: true,
    });
  }
  return out;
}
