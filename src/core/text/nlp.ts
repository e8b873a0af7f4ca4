import model from "wink-eng-lite-web-model";
import winkNLP, { type ItsFunction } from "wink-nlp";

/** A token as the detectors see it: lower-cased surface form, lemma, part of speech, negation scope. */
export interface Token {
  /**
   * wink's normal form, lower case. It also spells words the American way ("through" → "thru",
   * "organisation" → "organization"), so `raw` keeps the word as written, lower case, for patterns
   * written the other way.
   */
  text: string;
  raw?: string;
  lemma: string;
  pos: string;
  /** True when wink-nlp puts the token inside a negation's scope ("never [mentioned next steps]"). */
  negated: boolean;
}

export interface Sentence {
  text: string;
  tokens: Token[];
  /** Character offset of the sentence inside the text it came from. */
  offset: number;
}

// Only the pipes the detectors read: sentence boundaries, negation scope, and parts of speech (which
// lemmas need). Leaving out named entities and sentiment nearly halves the time wink takes.
const nlp = winkNLP(model, ["sbd", "negation", "pos"]);
const its = nlp.its;

/** Runs of non-space characters longer than this are no word (a pasted key, a data URI, a long link). */
const MAX_RUN = 500;
const LONG_RUN = new RegExp(`(?<!\\S)\\S{${MAX_RUN + 1},}`, "g");

/**
 * Puts a space in place of every 501st character of an overlong run (never half of a surrogate
 * pair), so that the length and offsets hold. wink-nlp tests every token with `/[a-z].*\.$/i`, which
 * is quadratic in the token's length: one 100 kB "word" took 10 s.
 */
function breakLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    const parts: string[] = [];
    let from = 0;
    let since = 0;
    for (let i = 0; i < run.length; i++) {
      const code = run.charCodeAt(i);
      if (since >= MAX_RUN && (code < 0xd800 || code > 0xdfff)) {
        parts.push(run.slice(from, i), " ");
        from = i + 1;
        since = 0;
      } else {
        since++;
      }
    }
    parts.push(run.slice(from));
    return parts.join("");
  });
}

/** Words that wink reads with a following full stop as an abbreviation ("no." for number). */
const ABBREVIATION_WORDS = new Set(["no"]);

/**
 * The sentences of the short texts read last, by text. The drafts read each turn of a transcript more
 * than once (to order the interviewers, then to write to them), and for a short turn wink's cost per
 * call is most of the read. Read-only to every caller; bounded by characters, the least recently read
 * dropped first. Detection reads with `readSentencesOnce`: it reads each text once per analysis.
 */
const READ = new Map<string, Sentence[]>();
/** A turn or a paragraph; longer texts are read once (`findCueHits` reads a whole case in one text). */
const MAX_REMEMBERED_TEXT = 2_000;
/** About a 90-minute transcript's turns, a few MB of tokens. */
const MAX_REMEMBERED_CHARS = 300_000;
let rememberedChars = 0;

/** Splits text into sentences of tokens with lemmas and negation scope. Pure and deterministic. */
export function readSentences(text: string): Sentence[] {
  if (text.length > MAX_REMEMBERED_TEXT) return readSentencesOnce(text);
  const known = READ.get(text);
  if (known) {
    // Most recently read last.
    READ.delete(text);
    READ.set(text, known);
    return known;
  }
  const sentences = readSentencesOnce(text);
  READ.set(text, sentences);
  rememberedChars += text.length;
  for (const old of READ.keys()) {
    if (rememberedChars <= MAX_REMEMBERED_CHARS) break;
    READ.delete(old);
    rememberedChars -= old.length;
  }
  return sentences;
}

/** `readSentences` without remembering: for a text read once. */
export function readSentencesOnce(text: string): Sentence[] {
  if (text.trim() === "") return [];
  // Typographic quotes become plain ones (same length, so offsets hold) so "we’ll" reads as "we'll".
  const plain = breakLongRuns(text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"'));
  const doc = nlp.readDoc(plain);
  // One pass over the whole document's tokens; sentences are ranges of it.
  const all = doc.tokens();
  const surface = all.out(its.normal) as string[];
  const written = all.out() as string[];
  const lemmas = all.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const pos = all.out(its.pos) as string[];
  const negation = all.out(its.negationFlag) as unknown as boolean[];
  // wink's typings declare these with an older signature than `out` accepts.
  const spaces = all.out(its.precedingSpaces as unknown as ItsFunction<string>) as string[];
  const spans = doc.sentences().out(its.span as unknown as ItsFunction<number[]>) as unknown as number[][];
  const texts = doc.sentences().out() as string[];
  const sentences: Sentence[] = [];
  let cursor = 0;
  spans.forEach((span, k) => {
    const from = span[0] ?? 0;
    const to = span[1] ?? -1;
    const list: Token[] = [];
    for (let i = from; i <= to; i++) {
      const word = surface[i] ?? "";
      const last = list[list.length - 1];
      const next = i + 1 <= to ? surface[i + 1] : undefined;
      // Rejoin words wink splits at hyphens ("day - to - day" → "day-to-day", "follow - up" → "follow-up").
      if (
        word === "-" &&
        last &&
        next !== undefined &&
        spaces[i] === "" &&
        spaces[i + 1] === "" &&
        /\w$/.test(last.text) &&
        /^\w/.test(next)
      ) {
        last.text = `${last.text}-${next}`;
        last.raw = `${last.raw ?? last.text}-${(written[i + 1] ?? next).toLowerCase()}`;
        last.lemma = `${last.lemma}-${normaliseLemma(lemmas[i + 1] ?? next)}`;
        i++;
        continue;
      }
      const raw = (written[i] ?? word).toLowerCase();
      const lemma = normaliseLemma(lemmas[i] ?? word);
      const tag = pos[i] ?? "X";
      const negated = negation[i] === true;
      // Written out in both shapes rather than spread: this runs for every token read.
      list.push(
        raw !== word
          ? { text: word, raw, lemma, pos: tag, negated }
          : { text: word, lemma, pos: tag, negated },
      );
    }
    pastAfterHeOrShe(list);
    // "…it's a no." ends with "no." read as the abbreviation of "number": the word and its full stop.
    let last = list.length - 1;
    while (last >= 0 && (list[last]?.text.trim() ?? "") === "") last--;
    const lastToken = list[last];
    if (lastToken?.text.endsWith(".") && ABBREVIATION_WORDS.has(lastToken.text.slice(0, -1))) {
      lastToken.text = lastToken.text.slice(0, -1);
      lastToken.lemma = lastToken.text;
      lastToken.pos = "DET";
      list.splice(last + 1, 0, { text: ".", lemma: ".", pos: "PUNCT", negated: false });
    }
    const sentenceText = texts[k] ?? "";
    const found = plain.indexOf(sentenceText, cursor);
    const offset = found >= 0 ? found : cursor;
    cursor = found >= 0 ? found + sentenceText.length : cursor;
    sentences.push({ text: sentenceText, tokens: list, offset });
  });
  return sentences;
}

/**
 * Verbs of telling and doing as second-language English writes them in past narration, after "he"
 * or "she" with no "-s" ("he say my English is good", "she ask me when I can start"), and their
 * past forms. Standard English never puts the bare verb there, so it reads as the past.
 */
const BARE_PAST: ReadonlyMap<string, string> = new Map([
  ["say", "said"],
  ["tell", "told"],
  ["ask", "asked"],
  ["mention", "mentioned"],
  ["explain", "explained"],
  ["give", "gave"],
  ["show", "showed"],
  ["want", "wanted"],
  ["like", "liked"],
  ["offer", "offered"],
  ["invite", "invited"],
  ["call", "called"],
  ["write", "wrote"],
  ["speak", "spoke"],
  ["take", "took"],
  ["introduce", "introduced"],
  ["describe", "described"],
  ["send", "sent"],
  ["praise", "praised"],
  ["smile", "smiled"],
  ["laugh", "laughed"],
  ["promise", "promised"],
  ["agree", "agreed"],
  ["keep", "kept"],
]);

/** "he say" → "he said": the bare verb after "he" or "she" read as the past it narrates. */
function pastAfterHeOrShe(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i] as Token;
    const past = BARE_PAST.get(verb.text);
    if (past === undefined) continue;
    const subject = tokens[i - 1]?.text;
    if (subject !== "he" && subject !== "she") continue;
    verb.raw ??= verb.text;
    verb.text = past;
  }
}

/** wink expands contractions into lemmas we want to match plainly ("'d" → "would", "n't" → "not"). */
function normaliseLemma(lemma: string): string {
  switch (lemma) {
    case "'d":
      return "would";
    case "n't":
      return "not";
    case "'ll":
      return "will";
    case "'re":
      return "be";
    case "'ve":
      return "have";
    case "'m":
      return "be";
    default:
      return lemma.toLowerCase();
  }
}
