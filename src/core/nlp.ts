import model from "wink-eng-lite-web-model";
import winkNLP, { type ItemSentence, type ItsFunction } from "wink-nlp";

/** A token as the detectors see it: lower-cased surface form, lemma, part of speech, negation scope. */
export interface Token {
  text: string;
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

const nlp = winkNLP(model);
const its = nlp.its;

/** Splits text into sentences of tokens with lemmas and negation scope. Pure and deterministic. */
export function readSentences(text: string): Sentence[] {
  if (text.trim() === "") return [];
  // Typographic quotes become plain ones (same length, so offsets hold) so "we’ll" reads as "we'll".
  const plain = text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
  const doc = nlp.readDoc(plain);
  const sentences: Sentence[] = [];
  let cursor = 0;
  doc.sentences().each((s: ItemSentence) => {
    const tokens = s.tokens();
    const surface = tokens.out(its.normal) as string[];
    const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
    const pos = tokens.out(its.pos) as string[];
    const negation = tokens.out(its.negationFlag) as unknown as boolean[];
    // wink's typings declare precedingSpaces with an older signature than `out` accepts.
    const spaces = tokens.out(its.precedingSpaces as unknown as ItsFunction<string>) as string[];
    const list: Token[] = [];
    for (let i = 0; i < surface.length; i++) {
      const word = surface[i] ?? "";
      const last = list[list.length - 1];
      const next = surface[i + 1];
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
        last.lemma = `${last.lemma}-${normaliseLemma(lemmas[i + 1] ?? next)}`;
        i++;
        continue;
      }
      list.push({
        text: word,
        lemma: normaliseLemma(lemmas[i] ?? word),
        pos: pos[i] ?? "X",
        negated: negation[i] === true,
      });
    }
    const sentenceText = s.out();
    const found = plain.indexOf(sentenceText, cursor);
    const offset = found >= 0 ? found : cursor;
    cursor = found >= 0 ? found + sentenceText.length : cursor;
    sentences.push({ text: sentenceText, tokens: list, offset });
  });
  return sentences;
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
