/**
 * A company's name as a key: "The Acme Co., Inc." and "acme" are one company. Its own module, with no
 * NLP behind it, so finding an application by name (`debrief show acme`) loads nothing heavy.
 */
const LEGAL_WORDS = new Set([
  "inc",
  "incorporated",
  "ltd",
  "limited",
  "llc",
  "llp",
  "plc",
  "gmbh",
  "ag",
  "sa",
  "bv",
  "corp",
  "corporation",
  "co",
  "company",
  "group",
  "the",
]);

/** Letters that no accent-stripping takes apart, as domains spell them ("Nørd" is nord.no). */
const FOLDED: Record<string, string> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** Lower case, no accents: "Nørd Ångström" → "nord angstrom". */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => FOLDED[c] ?? c);
}

/**
 * The German way of writing umlauts without them, as German firms' domains spell their names
 * ("Mühlberg Bau" is muehlberg-bau.de): ä, ö, ü as ae, oe, ue, then folded.
 */
export function foldUmlauts(text: string): string {
  return fold(text.replace(/[äöüÄÖÜ]/g, (c) => `${c.normalize("NFD").charAt(0)}e`));
}

/** A name's words, folded, "&" read as "and": "The Acme Co., Inc." → the, acme, co, inc. */
export function nameWords(name: string): string[] {
  return fold(name)
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A name's words without the legal form ("the", "inc", "gmbh"), or all of them when that is all there is. */
export function keyWords(name: string): string[] {
  const words = nameWords(name);
  const kept = words.filter((w) => !LEGAL_WORDS.has(w));
  return kept.length > 0 ? kept : words;
}

/** "The Acme Co., Inc." → "acme": lower case, no accents, punctuation or legal form. */
export function companyKey(name: string): string {
  return keyWords(name).join("");
}
