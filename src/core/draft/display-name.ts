import { MAX_NAME_CHARS } from "../people/identify-candidate-mail.js";
import { isRoleName } from "../people/weigh-candidate-sender.js";

// A person's name as a letter writes it: "Hale, Trevor" is Trevor Hale, greeted "Trevor" (or "Dr. Hale").

const TITLES = /^(?:dr|mr|mrs|ms|miss|mx|prof)\.?$/i;

/** "Hale, Trevor" → "Trevor Hale"; titles and parenthesised notes dropped. */
export function displayName(name: string): string {
  // A name is short: past this, the parenthesis pattern below is quadratic.
  let plain = name
    .slice(0, MAX_NAME_CHARS)
    .replace(/\([^)]*\)|"/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(plain);
  if (comma?.[1] && comma[2]) plain = `${comma[2].trim()} ${comma[1].trim()}`;
  return plain
    .split(" ")
    .filter((t) => !TITLES.test(t))
    .join(" ");
}

/** The name a greeting uses: the first name ("Dr. Tobias Lindqvist" → "Tobias"). */
export function firstNameOf(name: string): string {
  const tokens = name
    .slice(0, MAX_NAME_CHARS)
    .replace(/\([^)]*\)|"/g, "")
    .trim()
    .split(/\s+/);
  const head = (tokens[0] ?? "").toLowerCase().replace(/\.$/, "");
  const title = HONORIFICS[head];
  const last = tokens.length > 1 ? tokens.at(-1) : undefined;
  // "Sir Mark" is Mark; "Sister Maguire", "Herr Lang" (Mr. Lang), "Dr. Okafor" keep the title with the surname.
  if (title === "" && tokens[1]) return tokens[1];
  if (title && last && (tokens.length === 2 || !TITLES.test(tokens[0] ?? ""))) return `${title} ${last}`;
  const plain = displayName(name);
  const first = plain.split(" ")[0] ?? name;
  // An initial is no name to greet: "Mr K. Abernethy" is "Mr. Abernethy", "K. Abernethy" stays whole.
  if (/^\p{Lu}\.?$/u.test(first)) return title && last ? `${title} ${last}` : plain;
  return first;
}

/** Titles a greeting keeps, in English: "Herr Lang" is greeted "Mr. Lang". "Sir" before a first name is dropped. */
const HONORIFICS: Record<string, string> = {
  sister: "Sister",
  herr: "Mr.",
  frau: "Ms.",
  signor: "Mr.",
  signora: "Ms.",
  monsieur: "Mr.",
  m: "Mr.",
  mme: "Ms.",
  madame: "Ms.",
  pan: "Mr.",
  paní: "Ms.",
  chef: "Chef",
  judge: "Judge",
  chief: "Chief",
  capt: "Capt.",
  captain: "Capt.",
  rev: "Rev.",
  dr: "Dr.",
  prof: "Prof.",
  mr: "Mr.",
  ms: "Ms.",
  mrs: "Mrs.",
  sir: "",
  // Spanish and Portuguese professional titles, kept with the surname as those letters do.
  ing: "Ing.",
  lic: "Lic.",
  arq: "Arq.",
  eng: "Eng.",
  sr: "Mr.",
  sra: "Ms.",
  srta: "Ms.",
};

/** A team's mailbox in the languages the mail reader knows: "Talento Nubera", "Ressources humaines". */
const TEAM_ABROAD =
  /\b(?:talento|equipo|recursos\s+humanos|rr\.?\s?hh|rh|reclutamiento|selecci[óo]n|personalabteilung|personal|karriere|ressources\s+humaines|recrutement|carri[èe]res|recrutamento|gente\s+e\s+gest[ãa]o|risorse\s+umane|selezione|werving)\b/i;

/** A team's mailbox, not a person to greet by name. */
export function isTeamName(name: string): boolean {
  return isRoleName(name) || TEAM_ABROAD.test(name);
}
