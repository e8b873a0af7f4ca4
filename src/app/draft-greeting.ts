/**
 * A planned draft greets the person it was planned for ("Dear Sam,"), but it goes to the last person
 * from the company who wrote with an address. Where those differ, the greeting follows whom it goes to,
 * so that a message never greets one person in another's inbox.
 */

/** "Dear Sam," / "Hi Sam," / "Hello Sam," at the start of a draft: the word, the name, the comma. */
const GREETING = /^(Dear|Hi|Hello)\s+(\p{Lu}[\p{L}'’-]*)(\s*,)/u;

/** Words that make a sender a team or a mailbox, not a person to greet by name. */
const NOT_A_PERSON =
  /\b(team|talent|recruit\w*|careers?|hiring|people|hr|jobs?|support|admin\w*|office|acquisition|no-?reply|ltd|inc|llc|gmbh|limited|group)\b/i;

/** The first name of a sender who reads as a person ("Sam Rivera" → "Sam"); undefined for a team or a mailbox. */
export function personalName(name: string | null | undefined): string | undefined {
  const words = (name ?? "").trim().replace(/^"|"$/g, "").split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 4 || NOT_A_PERSON.test(words.join(" "))) return undefined;
  const first = words[0] ?? "";
  return /^\p{Lu}[\p{L}'’-]*$/u.test(first) ? first : undefined;
}

/** The draft greeting whom it goes to: the greeted name replaced where the recipient is another person. */
export function greetingFor(text: string, to: { name: string | null } | null): string {
  const first = personalName(to?.name);
  if (!first) return text;
  return text.replace(GREETING, (whole, word: string, greeted: string, comma: string) =>
    greeted === first ? whole : `${word} ${first}${comma}`,
  );
}
