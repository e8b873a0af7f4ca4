/**
 * Shows how the detectors see a sentence: its tokens (text/lemma/part of speech, "!" where
 * negated), every catalogue cue whose pattern matches (before actor and context checks), and for
 * an outcome cue, the mood of its clause and whether the outcome guard lets it stand.
 *
 *   npx tsx scripts/explain-cues.ts "She asked when I could start." ["Another sentence." …]
 *   npx tsx scripts/explain-cues.ts --voice company "We will not be moving forward."
 */

import { CATALOGUE } from "../src/core/catalogue.js";
import { outcomeHolds } from "../src/core/detect/outcome-guard.js";
import { compilePattern, findMatches } from "../src/core/text/match-pattern.js";
import { moodOf } from "../src/core/text/modality.js";
import { readSentences } from "../src/core/text/nlp.js";

const args = process.argv.slice(2);
const voiceAt = args.indexOf("--voice");
const voice = voiceAt >= 0 ? (args.splice(voiceAt, 2)[1] as "company" | "candidate") : "candidate";
const role = voice === "company" ? "company" : "narrator";
for (const text of args)
  for (const s of readSentences(text)) {
    console.log(s.tokens.map((t) => `${t.text}/${t.lemma}/${t.pos}${t.negated ? "!" : ""}`).join(" "));
    for (const d of CATALOGUE)
      for (const c of d.cues) {
        const matches = findMatches(compilePattern(c.p, c.within), s.tokens);
        for (const m of matches) {
          const words = m.indices.map((i) => s.tokens[i]?.text ?? "").join(" ");
          const outcome = d.id === "offer-made" || d.id === "rejected";
          const note = outcome
            ? ` mood=${moodOf(s.tokens, m.start, m.end, { voice, text: s.text })} holds=${outcomeHolds(d.id as "offer-made" | "rejected", s.tokens, m, role, s.text)}`
            : "";
          console.log(
            `   ${d.id} <= ${c.p.slice(0, process.env.FULL ? 400 : 60)}${c.with ? ` WITH ${c.with.slice(0, 80)}` : ""}${""} [${words}]${note}`,
          );
        }
      }
  }
