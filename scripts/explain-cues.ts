/**
 * Shows how the detectors see a sentence: its tokens (text/lemma, "!" where negated) and every
 * catalogue cue whose pattern matches, before actor and context checks.
 *
 *   npx tsx scripts/explain-cues.ts "She asked when I could start."
 */
import { CATALOGUE } from "../src/core/catalogue.js";
import { compilePattern, findMatches } from "../src/core/match-pattern.js";
import { readSentences } from "../src/core/nlp.js";

const text = process.argv[2] ?? "";
for (const s of readSentences(text)) {
  console.log(s.tokens.map((t) => `${t.text}/${t.lemma}${t.negated ? "!" : ""}`).join(" "));
  for (const d of CATALOGUE)
    for (const c of d.cues) {
      const m = findMatches(compilePattern(c.p, c.within), s.tokens);
      if (m.length)
        console.log(
          "  ",
          d.id,
          "<=",
          c.p.slice(0, 70),
          m.map((x) => x.indices.map((i) => s.tokens[i]?.text ?? "").join(" ")),
        );
    }
}
