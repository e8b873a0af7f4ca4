import { describe, expect, it } from "vitest";
import type { Passage } from "./passages.js";
import {
  modelReads,
  modelScores,
  rescuedFindings,
  scanSentence,
  scoreFeatures,
  sentenceFeatures,
} from "./sentence-model.js";
import { SENTENCE_MODEL } from "./sentence-model-weights.js";

const NOTES: Passage = { channel: "notes", source: "notes.md", text: "", role: "narrator", line: 1 };

/** Made-up sentences of many shapes: marks, negations, numbers, contractions, pronouns, repeats. */
const SENTENCES = [
  "She walked me through a normal week: two days on the wards, one in clinic, and the rest on audits.",
  "He didn't ask a single follow-up question, he just read the next one off his sheet.",
  "They said I'd hear back by Thursday the 14th from Wendeline in HR.",
  "Do you have any other interviews going on at the moment?",
  "we laughed about the printer for a good five minutes and it felt like chatting with a colleague",
  "The pay band is 41-46k and they asked when I could start; I said after my four weeks' notice.",
  "no no no, not the team, the team was great, the the building was the problem",
  "Kept asking why why why on the budget overrun, pushing for numbers each time.",
  "",
];

describe("the sentence model", () => {
  it("scores every sentence as its features and weights say, for every modelled signal", () => {
    for (const text of SENTENCES)
      for (const passage of [NOTES, { ...NOTES, channel: "transcript" as const, role: "company" as const }]) {
        const fast = modelScores(text, passage);
        for (const [id, model] of Object.entries(SENTENCE_MODEL)) {
          if (!model) continue;
          const slow = scoreFeatures(model, sentenceFeatures(text, passage));
          expect(fast.get(id as never), `${id}: ${text}`).toBeCloseTo(slow, 9);
        }
      }
  });

  it("reads features from the words as the cue gate reads them", () => {
    const features = sentenceFeatures("Didn't she ask about 3 rotas?", NOTES);
    expect(features).toEqual(
      expect.arrayContaining(["NEG", "#", "Q", "subj=3", "r=narrator", "c=notes", "BIAS"]),
    );
    expect(features).toContain("ask_about");
  });

  it("never reads the candidate's own words, own mail or a form letter", () => {
    expect(modelReads({ ...NOTES, role: "candidate", channel: "transcript" })).toBe(false);
    expect(modelReads({ ...NOTES, ownMail: true })).toBe(false);
    expect(modelReads({ ...NOTES, isFormLetter: true })).toBe(false);
    expect(modelReads(NOTES)).toBe(true);
  });

  it("rescues only what the rules did not find, quoting the best sentence verbatim", () => {
    const [id, model] = Object.entries(SENTENCE_MODEL)[0] ?? [];
    if (!id || !model) return;
    // A sentence made of the signal's heaviest features passes its threshold.
    const heaviest = Object.entries(model.weights)
      .filter(([f]) => /^[a-z]+$/.test(f))
      .sort(([, a], [, b]) => b - a)
      .slice(0, 12)
      .map(([f]) => f);
    const text = `${heaviest.join(" ")}.`;
    const best = new Map();
    scanSentence({ passage: NOTES, sentence: ` ${text}`, at: 0, words: text.split(/\s+/) }, best);
    scanSentence({ passage: NOTES, sentence: "Nothing here.", at: 0, words: ["nothing", "here"] }, best);
    const rescued = rescuedFindings(best, new Set());
    const mine = rescued.find((f) => f.id === id);
    expect(mine?.evidence[0]?.quote).toBe(text);
    expect(rescuedFindings(best, new Set([id as never])).some((f) => f.id === id)).toBe(false);
  });
});
