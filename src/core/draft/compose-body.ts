import { firstNameOf } from "./display-name.js";
import type { DraftGap, RoleAbout, Specific } from "./draft-source.js";

// The words of the letter around its specifics: subject, greeting, thanks, interest, close.

function roleWords(about: RoleAbout | undefined): string {
  if (about?.role && about.company) return ` about the ${about.role} role at ${about.company}`;
  if (about?.role) return ` about the ${about.role} role`;
  if (about?.company) return ` about the role at ${about.company}`;
  return "";
}

export function thankYouSubject(about: RoleAbout | undefined): string {
  if (about?.role) return `Thank you - ${about.role} interview`;
  if (about?.company) return `Thank you - interview at ${about.company}`;
  return "Thank you for the interview";
}

function interestLine(about: RoleAbout | undefined): string {
  if (about?.company) return `I came away even more interested in joining ${about.company}.`;
  if (about?.role) return `I came away even more interested in the ${about.role} role.`;
  return "I came away even more interested in the role.";
}

export function specificSentence(s: Specific, position: number): string {
  if (position === 0) {
    if (s.kind === "point") return `I especially appreciated hearing that ${s.text}.`;
    if (s.kind === "topic") return `I especially enjoyed hearing about ${s.text}.`;
    return `I especially enjoyed your questions about ${s.text}.`;
  }
  if (s.kind === "point") return `It was also good to learn that ${s.text}.`;
  if (s.kind === "topic") return `I also appreciated learning about ${s.text}.`;
  return `I also appreciated your questions about ${s.text}.`;
}

export function composeBody(
  to: string,
  about: RoleAbout | undefined,
  specifics: Specific[],
  gap: DraftGap | undefined,
  candidateName: string | undefined,
): string {
  const paragraphs = [
    `Dear ${firstNameOf(to)},`,
    `Thank you for taking the time to speak with me${roleWords(about)}.${
      specifics.length > 0 ? ` ${specifics.map(specificSentence).join(" ")}` : ""
    }`,
    interestLine(about),
    ...(gap ? [gap.text] : []),
    `Thank you again for your time. I look forward to hearing from you.`,
    `Best regards,\n${candidateName ?? "[your name]"}`,
  ];
  return `${paragraphs.join("\n\n")}\n`;
}
