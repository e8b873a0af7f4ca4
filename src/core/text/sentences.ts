// The sentences of a text, for the readers that look at one sentence at a time: one splitter, so
// that a sentence ends in the same place whoever reads it. (The cues read sentences the NLP splits,
// text/nlp.ts.)

/** Paragraphs, then sentences: enough for short business mail, and it never runs across a blank line. */
export function splitSentences(text: string): string[] {
  // `(?<!\s)`: a line break's match starts where its run of white space does, so a long run without a
  // line break is tried once rather than from each of its spaces (quadratic).
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/(?<!\s)\s*\n\s*/g, " ").trim())
    .filter((p) => p !== "")
    .flatMap((p) => p.split(/(?<=[.!?])\s+(?=["'(\u201c]?[\p{Lu}0-9])/u))
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** The sentences of each line of a text, with the line (1-based) they stand on: for notes, read line by line. */
export function sentencesByLine(text: string): { text: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .flatMap((line, i) => splitSentences(line).map((s) => ({ text: s, line: i + 1 })));
}
