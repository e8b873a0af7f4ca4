/** False for speaker labels that are not names ("Speaker 1", "Interviewer"). */
export function isPersonName(name: string): boolean {
  return (
    /\p{L}{2}/u.test(name) && !/^(?:speaker|interviewer|candidate|unknown|participant|guest)\b/i.test(name)
  );
}
