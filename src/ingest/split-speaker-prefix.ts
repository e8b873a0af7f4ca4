/** The longest name taken as a speaker. */
export const MAX_NAME_LENGTH = 40;
const MAX_NAME_WORDS = 4;

/** Lower-case words that belong inside names: "Ana de la Cruz", "Ludwig van Beethoven". */
const PARTICLES = new Set([
  "de",
  "da",
  "das",
  "do",
  "dos",
  "du",
  "del",
  "della",
  "der",
  "den",
  "van",
  "von",
  "la",
  "le",
  "bin",
  "ibn",
  "al",
  "el",
  "y",
  "e",
  "ter",
  "ten",
  "zu",
  "st.",
]);

/** Labels that come before a colon in prose and notes but are not people. */
const NOT_SPEAKERS = new Set([
  "note",
  "notes",
  "nb",
  "ps",
  "p.s.",
  "update",
  "summary",
  "agenda",
  "example",
  "warning",
  "important",
  "tip",
  "re",
  "subject",
  "date",
  "time",
  "location",
  "transcript",
  "speakers",
  "attendees",
  "participants",
  "title",
  "source",
  "sources",
  "subtitles",
  "captions",
  "credits",
  "meeting",
  "duration",
  "recording",
  "recorded",
  "http",
  "https",
  "ftp",
  "mailto",
  "www",
  "also",
  "so",
  "well",
  "basically",
  "however",
  "but",
  "and",
  "because",
  "then",
  "now",
  "here",
  "there",
  "yes",
  "no",
  "okay",
  "ok",
  "first",
  "second",
  "third",
  "finally",
  "next steps",
  "action items",
  "key points",
  "follow-up",
  "follow up",
  "todo",
  "to do",
]);

/** A word of a name: letters (any script) with apostrophes, hyphens and dots (initials, "Dr."). */
const NAME_WORD = /^[\p{L}\p{M}'’.-]+$/u;
/** Starts with a capital or a letter of a script without case, after an optional d' or al-. */
const CAPITALISED = /^(?:[dDlL]['’]|[aAeE]l-)?[\p{Lu}\p{Lt}\p{Lo}]/u;
const NUMBER_WORD = /^\d{1,3}$/;
/**
 * What a meeting app shows after a name, in parentheses: pronouns "(she/her)", "(Guest)", "(Host)",
 * initials "(KL)". Short and without a colon, so "Ren (00:01:02)" stays a name with a stamp.
 */
const NAME_TAG = /\s\([^():\d]{1,24}\)$/u;
/** "Sam's", "Kim’s": what a device is named after its owner starts with. */
const POSSESSIVE = /['’]s$/u;
/** What a device name goes on with after the owner ("iPad", "MacBook Pro", "Galaxy S21"). */
const DEVICES = new Set([
  "ipad",
  "iphone",
  "ipod",
  "imac",
  "mac",
  "macbook",
  "galaxy",
  "pixel",
  "phone",
  "mobile",
  "laptop",
  "pc",
  "computer",
  "desktop",
  "tablet",
  "surface",
  "android",
  "chromebook",
  "thinkpad",
]);
const DEVICE_WORD = /^[\p{L}\p{N}'’.-]+$/u;

/**
 * Whether `name` reads as a speaker's name rather than the start of a sentence: at most 40
 * characters, and either one word (any case: "Interviewer", "me", "Q") or two to four words that are
 * capitalised, name particles ("de", "van") or numbers ("Speaker 2"), the first not a number.
 * What meeting apps add is part of the name: a short tag in parentheses ("Kim Lo (she/her)",
 * "Kim Lo (Guest)") and a device named after its owner ("Kim's iPad").
 * Common labels ("Note", "Next steps") and URL schemes are not names.
 */
export function looksLikeSpeakerName(name: string): boolean {
  const tag = NAME_TAG.exec(name);
  const bare = tag === null ? name : name.slice(0, tag.index);
  if (bare.length === 0 || bare.length > MAX_NAME_LENGTH) return false;
  if (NOT_SPEAKERS.has(bare.toLowerCase())) return false;
  const words = bare.split(" ");
  if (words.length > MAX_NAME_WORDS) return false;
  const [first] = words;
  if (first === undefined || !NAME_WORD.test(first) || !/\p{L}/u.test(first)) return false;
  if (words.length === 1) return true;
  let capitalised = 0;
  let owner = false;
  let device = false;
  for (const word of words) {
    if (owner && !device && DEVICES.has(word.toLowerCase())) device = true;
    if (device && DEVICE_WORD.test(word)) continue;
    if (NUMBER_WORD.test(word) && word !== first) continue;
    if (!NAME_WORD.test(word) || !/\p{L}/u.test(word)) return false;
    if (CAPITALISED.test(word)) {
      capitalised++;
      owner = POSSESSIVE.test(word);
    } else if (!PARTICLES.has(word.toLowerCase())) return false;
  }
  return capitalised > 0;
}

export interface SpeakerPrefix {
  speaker: string;
  /** The rest of the line after the colon, trimmed; may be empty ("Name:" on a line of its own). */
  text: string;
}

/**
 * Splits "Name: text" into speaker and text when the part before the first colon looks like a name
 * (see `looksLikeSpeakerName`) and the colon is followed by a space or the end of the line, so
 * "http://…", "10:30" and "the plan: ship it" are not taken as speakers.
 */
export function splitSpeakerPrefix(text: string): SpeakerPrefix | undefined {
  const colon = text.slice(0, MAX_NAME_LENGTH * 2).indexOf(":");
  if (colon <= 0) return undefined;
  const after = text.charAt(colon + 1);
  if (after !== "" && !/\s/.test(after)) return undefined;
  const speaker = text.slice(0, colon).replace(/\s+/g, " ").trim();
  if (!looksLikeSpeakerName(speaker)) return undefined;
  return { speaker, text: text.slice(colon + 1).trim() };
}
