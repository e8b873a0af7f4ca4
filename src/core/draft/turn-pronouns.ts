import { plainQuotes } from "./words.js";

// Pronouns turned to address the interviewer: their own words, or the candidate's account of them.

const SPEECH_SWAP: Record<string, string> = {
  i: "you",
  me: "you",
  my: "your",
  mine: "yours",
  myself: "yourself",
  "i'm": "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  we: "you",
  us: "you",
  our: "your",
  ours: "yours",
  ourselves: "yourselves",
  "we're": "you're",
  "we've": "you've",
  "we'd": "you'd",
  "we'll": "you'll",
  your: "my",
  yours: "mine",
  yourself: "myself",
  "you're": "I'm",
  "you've": "I've",
  "you'd": "I'd",
  "you'll": "I'll",
};

const NARRATION_SWAP: Record<string, string> = {
  she: "you",
  he: "you",
  they: "you",
  him: "you",
  them: "you",
  his: "your",
  their: "your",
  theirs: "yours",
  "she's": "you're",
  "he's": "you're",
  "they're": "you're",
  "she'd": "you'd",
  "he'd": "you'd",
  "they'd": "you'd",
  "she'll": "you'll",
  "he'll": "you'll",
  "they'll": "you'll",
  "they've": "you've",
  themselves: "yourselves",
  herself: "yourself",
  himself: "yourself",
};

/** Words after which "you" is the object ("told you", "with you"); elsewhere it is the subject ("that you built"). */
const BEFORE_OBJECT = new Set(
  (
    "to for with at from about of on in into by tell told give gave show showed ask asked let help meet met join see " +
    "saw call email thank send sent pay put get got want need like love hear heard reach contact remind introduce " +
    "invite bring take keep make hire than around behind without between against toward towards upon"
  ).split(" "),
);

const NOT_A_VERB_AFTER_HER = new Set(
  "to for with at from about in on of and or but so that the a an this about when if as by into over".split(
    " ",
  ),
);

function matchCase(original: string, replacement: string, isStart: boolean): string {
  if (replacement.startsWith("I") && /^I(?:'|$)/.test(replacement)) return replacement;
  if (isStart && /^\p{Lu}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement.charAt(0).toLowerCase() + replacement.slice(1);
}

/** After "she's", words that make it "she has": "she's ever had", "he's been". */
const HAS_NEXT = /^(?:been|had|got|gotten|done|seen|ever|never|always|already|just|\w+ed)$/i;

/** Third-person singular verbs after "she"/"he" become second person: "she runs" → "you run". */
function secondPersonVerb(word: string): string {
  const lower = word.toLowerCase();
  const irregular: Record<string, string> = { is: "are", was: "were", has: "have", does: "do", goes: "go" };
  if (irregular[lower]) return irregular[lower] ?? word;
  if (/(?:ss|us|is)$/.test(lower) || lower.length < 4 || !lower.endsWith("s")) return word;
  if (/[^aeiou]ies$/.test(lower)) return `${word.slice(0, -3)}y`;
  if (/(?:sh|ch|x|o)es$/.test(lower)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * Turns pronouns so the text addresses the interviewer: in their own words ("speech") I↔you and we→you;
 * in the candidate's account ("narration") she/he/they→you, the candidate's I and my unchanged.
 */
export function turnPronouns(text: string, voice: "speech" | "narration"): string {
  const parts = plainQuotes(text).split(/([\p{L}']+)/u);
  let previous = "";
  let separator = "";
  let turnedSubject: "i" | "you" | "he" | undefined;
  for (let k = 1; k < parts.length; k += 2) {
    const word = parts[k] ?? "";
    const lower = word.toLowerCase();
    const isStart = k === 1;
    separator = parts[k - 1] ?? "";
    let out = word;
    const pending = turnedSubject;
    turnedSubject = undefined;
    if (pending === "i" && (lower === "are" || lower === "were"))
      out = lower === "are" ? "am" : "was"; // you are → I am
    else if (pending === "you" && (lower === "am" || lower === "was"))
      out = lower === "am" ? "are" : "were"; // I am → you are
    else if (pending === "he") out = secondPersonVerb(word);
    else if (voice === "speech") {
      if (lower === "you") {
        const isSubject = isStart || !BEFORE_OBJECT.has(previous) || /[,;:]\s*$/.test(separator);
        out = isSubject ? "I" : "me";
        if (isSubject) turnedSubject = "i";
      } else if (SPEECH_SWAP[lower]) {
        out = matchCase(word, SPEECH_SWAP[lower] ?? word, isStart);
        if (lower === "i") turnedSubject = "you";
      }
    } else if (lower === "her") {
      const next = (parts[k + 2] ?? "").toLowerCase();
      const isPossessive = next !== "" && !NOT_A_VERB_AFTER_HER.has(next) && /^\s+$/.test(parts[k + 1] ?? "");
      out = matchCase(word, isPossessive ? "your" : "you", isStart);
    } else if ((lower === "she's" || lower === "he's") && HAS_NEXT.test(parts[k + 2] ?? "")) {
      out = matchCase(word, "you've", isStart); // "she's ever had" is "she has"
    } else if (NARRATION_SWAP[lower]) {
      out = matchCase(word, NARRATION_SWAP[lower] ?? word, isStart);
      if (lower === "she" || lower === "he") turnedSubject = "he";
    }
    parts[k] = out;
    previous = lower;
  }
  return parts.join("");
}
