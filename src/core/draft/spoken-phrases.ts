import { clausesOf, MAX_SPECIFIC_WORDS, shorten, slice } from "./clauses.js";
import type { Specific } from "./draft-source.js";
import { ABOUT_THE_CANDIDATE, FILLER_START, FILLER_WORDS, META, META_ANYWHERE } from "./phrase-filters.js";
import { turnPronouns } from "./turn-pronouns.js";
import { countWords, plainQuotes } from "./words.js";

// Phrases from words as spoken: a statement's clauses as points, a question's topic.

export interface Phrase {
  kind: Specific["kind"];
  /** Verbatim words of the unit. */
  quote: string;
  /** The words the draft uses. */
  text: string;
}

/** A statement's clauses as points: "Here, the models our scientists run change where…" → "the models your scientists run change where…". */
export function statementPoints(sentence: string, voice: "speech" | "narration"): Phrase[] {
  const out: Phrase[] = [];
  for (const [from, to] of clausesOf(sentence)) {
    let clause = slice(sentence, from, to);
    const filler = FILLER_START.exec(clause)?.[0] ?? "";
    clause = clause.slice(filler.length);
    // "When you join, you'd own…": the point is the main clause.
    const lead = /^(?:when|once|as|since|after|before|right now|these days|today)\b[^,]{0,60},\s+/i.exec(
      clause,
    );
    if (lead) clause = clause.slice(lead[0].length);
    if (
      /^(?:if|unless|say|imagine|suppose|let's say)\b/i.test(clause) ||
      META.test(clause) ||
      META.test(filler + clause)
    )
      continue;
    if (META_ANYWHERE.test(clause)) continue;
    // "You mentioned you migrated…", "You've been doing fraud rules…": the candidate's story told back, not news.
    if (voice === "speech" && ABOUT_THE_CANDIDATE.test(plainQuotes(clause))) continue;
    // "That's the problem we have with the technician app": the noun phrase is the topic.
    const named = /^(?:that's|that is|this is|it's|it is)\s+((?:the|a|an|our|my)\s.+)$/i.exec(
      plainQuotes(clause),
    );
    if (named?.[1]) {
      const topic = clause.slice(clause.length - named[1].length);
      if (countWords(topic) >= 3 && countWords(topic) <= MAX_SPECIFIC_WORDS)
        out.push({ kind: "topic", quote: topic, text: turnPronouns(topic, voice) });
      continue;
    }
    const quote = shorten(clause);
    if (countWords(quote) < 5 || countWords(quote) > MAX_SPECIFIC_WORDS) continue;
    out.push({ kind: "point", quote, text: turnPronouns(quote.replace(FILLER_WORDS, ""), voice) });
  }
  return out;
}

/** A question's topic in the candidate's words: "How do you deal with an angry driver?" → "how I deal with an angry driver". */
export function questionTopic(sentence: string): Phrase | undefined {
  const q = plainQuotes(sentence).replace(FILLER_START, "");
  const patterns: [RegExp, (rest: string) => string][] = [
    [
      /^(?:can you |could you )?(?:tell|walk|talk) (?:me|us) (?:a bit |a little |more )?(?:about|through) (.+)/i,
      (r) => r,
    ],
    [/^(?:describe|explain) (.+)/i, (r) => r],
    [/^(?:have|did|do) you (?:ever )?(?:used?|worked with|work with|tried) (.+)/i, (r) => r],
    [/^have you ever had to (.+)/i, (r) => `having to ${r}`],
    [/^are you (?:comfortable|okay|ok|happy|familiar|confident)(?: with)? (.+)/i, (r) => r],
    [/^how (?:do|would) you (.+)/i, (r) => `how I ${/^how would/i.test(q) ? "would " : ""}${r}`],
    [/^what(?:'s| is| was) ((?:your|the) .+)/i, (r) => r],
    [/^what would you (.+)/i, (r) => `what I would ${r}`],
    [
      /^(?:(?:now|so|okay),?\s+)?(?:say|imagine|suppose|let's say),?\s+(.+)/i,
      (r) => `the scenario where ${r}`,
    ],
    [/\bquestion (?:about|on) (.+)/i, (r) => r],
  ];
  for (const [re, make] of patterns) {
    const m = re.exec(q);
    const rest = m?.[1];
    if (!rest) continue;
    const topic = shorten(slice(rest, 0, rest.length).split(/,\s|\?/)[0] ?? rest);
    if (countWords(topic) < 1 || countWords(topic) > MAX_SPECIFIC_WORDS) return undefined;
    const text = make(turnPronouns(topic, "speech"));
    return { kind: "question", quote: slice(sentence, 0, sentence.length), text };
  }
  return undefined;
}
