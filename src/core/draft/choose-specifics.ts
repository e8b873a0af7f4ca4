import type { Unit } from "./conversation-unit.js";
import type { Specific } from "./draft-source.js";
import { finishText, withArticle } from "./finish-text.js";
import { isSayable } from "./is-sayable.js";
import { narrationPhrases } from "./narration-phrases.js";
import { type Scored, scorePhrase } from "./score-phrase.js";
import { tokensOf } from "./sentence-tokens.js";
import { type Phrase, questionTopic, statementPoints } from "./spoken-phrases.js";
import { normal, plainQuotes } from "./words.js";

// The specifics of one interviewer's draft: the best phrases of their sentences.

function phrasesOf(unit: Unit, names: string[]): Phrase[] {
  if (unit.voice === "narration") return narrationPhrases(unit, names);
  const isQuestion =
    /\?\s*$/.test(unit.text) ||
    /^(?:(?:tell|walk|talk) (?:me|us)|describe|explain|give me)\b/i.test(unit.text);
  if (isQuestion) {
    const topic = questionTopic(unit.text);
    return topic ? [topic] : [];
  }
  const scenario = questionTopic(unit.text);
  if (scenario?.text.startsWith("the scenario")) return [scenario];
  return statementPoints(unit.text, "speech");
}

/** The two (or more) best specifics of one interviewer, from different sentences where there are enough. */
export function chooseSpecifics(
  units: Unit[],
  wanted: number,
  names: string[],
  candidateNames: string[],
): Specific[] {
  const scored: Scored[] = [];
  for (const unit of units)
    for (const p of phrasesOf(unit, names)) {
      const s = scorePhrase(p, unit, candidateNames);
      if (s) scored.push(s);
    }
  scored.sort((a, b) => b.score - a.score || a.unit.order - b.unit.order);
  const chosen: Scored[] = [];
  const overlaps = (a: Scored, b: Scored) =>
    a.quote.includes(b.quote) ||
    b.quote.includes(a.quote) ||
    normal(a.text).slice(0, 24) === normal(b.text).slice(0, 24);
  // Only what can be said as it stands: not negated, not the candidate's own question, a phrase that fits.
  const sayable = scored.filter((s) => isSayable(s));
  scored.length = 0;
  scored.push(...sayable);
  while (chosen.length < wanted) {
    // Another sentence is preferred to a second phrase of the same one, unless that is clearly better.
    const weight = (s: Scored) => s.score - (chosen.some((c) => c.unit === s.unit) ? 1.5 : 0);
    const next = scored
      .filter((s) => !chosen.includes(s) && !chosen.some((c) => overlaps(c, s)))
      .reduce<Scored | undefined>(
        (best, s) => (best === undefined || weight(s) > weight(best) ? s : best),
        undefined,
      );
    if (!next) break;
    chosen.push(next);
  }
  return chosen.map((s) => {
    const tokens = tokensOf(s.unit, s.quote);
    const firstWord = (plainQuotes(s.text).split(/[^\p{L}\p{N}'-]+/u)[0] ?? "")
      .toLowerCase()
      .replace(/'s$/, "");
    let text = finishText(
      s.text,
      tokens.find((t) => t.text === firstWord),
    );
    if (s.kind === "topic") text = withArticle(text, tokens);
    return {
      text,
      kind: s.kind,
      source: s.unit.source,
      quote: s.quote,
      line: s.unit.line,
      ...(s.unit.at ? { at: s.unit.at } : {}),
      ...(s.unit.speaker ? { speaker: s.unit.speaker } : {}),
    };
  });
}
