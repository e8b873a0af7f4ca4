import type { Token } from "./nlp.js";

/**
 * Run-on sentences, as a voice memo or a hurried note has them: "…she said that was spot on and
 * then the supervisor showed me the loading bay and I said if I get it I'd hand my notice in…". One sentence of a
 * hundred words holds many statements; a word in one ("if", "never") says nothing of the others.
 */

/** Past this many tokens a sentence is read stretch by stretch. */
export const RUN_ON_TOKENS = 30;

/** Words that join one told thing to the next: "…and he said…", "…so I told him…". */
const JOINERS = new Set([
  "and",
  "but",
  "so",
  "then",
  "because",
  "cos",
  "anyway",
  "also",
  "plus",
  "um",
  "uh",
  "erm",
]);
/** Subjects that open a statement of their own. */
const SUBJECTS = new Set(["i", "he", "she", "they", "we", "you"]);
/** What ends a stretch before a subject with no joiner: "…about my previous work I was not sure…". */
const ENDS_A_STATEMENT = new Set(["NOUN", "PROPN", "NUM", "ADJ", "ADV"]);

/** True when a new stretch starts at `i`. */
function opensStretch(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next) return false;
  if (JOINERS.has(t.text) && SUBJECTS.has(next.text)) return true;
  const prev = tokens[i - 1];
  return (
    SUBJECTS.has(t.text) &&
    prev !== undefined &&
    ENDS_A_STATEMENT.has(prev.pos) &&
    (next.pos === "VERB" || next.pos === "AUX")
  );
}

/**
 * The stretch of a sentence that holds tokens `start`..`end`: the whole sentence when it is short, else
 * from the last opening at or before `start` to the token before the next opening after `end`.
 */
export function stretchOf(
  tokens: readonly Token[],
  start: number,
  end: number,
): { start: number; end: number } {
  if (tokens.length <= RUN_ON_TOKENS) return { start: 0, end: tokens.length - 1 };
  let from = start;
  while (from > 0 && !opensStretch(tokens, from)) from--;
  let to = end + 1;
  while (to < tokens.length && !opensStretch(tokens, to)) to++;
  return { start: from, end: to - 1 };
}
