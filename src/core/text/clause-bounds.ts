import type { Token } from "./nlp.js";

/** Where a clause starts and ends in a sentence's tokens: the mood of one clause does not reach into the next. */

/** Words that end a clause: the mood of one clause does not reach into the next. */
export const CLAUSE_BREAKS = new Set([
  ".",
  "!",
  ";",
  ":",
  "—",
  "–",
  "but",
  "however",
  "though",
  "although",
  "whereas",
  "which",
  "while",
  "so",
  "because",
  "cause",
  "since",
  "and",
]);

/** Where the clause around token `at` starts: after the last clause break before it. */
export function clauseStart(tokens: readonly Token[], at: number): number {
  for (let j = at - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t) break;
    // "a short and polite rejection": "and" between two adjectives joins them, it ends no clause.
    if (CLAUSE_BREAKS.has(t.text) && !(t.text === "and" && tokens[j + 1]?.pos === "ADJ")) return j + 1;
    // "When I got home, the offer was in my inbox": a comma after a subordinate clause ends it.
    if (t.text === "," && j > 0 && subordinateBefore(tokens, j)) return j + 1;
  }
  return 0;
}

/** True when the comma at `comma` closes a clause opened by "when", "after", "once"… at its start. */
function subordinateBefore(tokens: readonly Token[], comma: number): boolean {
  for (let j = comma - 1; j >= 0 && j >= comma - 12; j--) {
    const t = tokens[j];
    if (!t || CLAUSE_BREAKS.has(t.text)) return false;
    if (t.text === "after" || t.text === "when" || t.text === "once" || t.text === "following") return true;
  }
  return false;
}

/** Where the clause around token `at` ends: before the next clause break after it. */
export function clauseEnd(tokens: readonly Token[], at: number): number {
  for (let j = at + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t) break;
    if (t.text === "?" || (CLAUSE_BREAKS.has(t.text) && !(t.text === "and" && tokens[j + 1]?.pos === "ADJ")))
      return j - 1;
  }
  return tokens.length - 1;
}

/** Words that set one statement against another: "The room was cold, but they were lovely". */
const CONTRASTS = new Set(["but", "however", "although", "though", "whereas", ";"]);

/**
 * The statement that holds tokens `start`…`end` when a sentence sets two against each other: from
 * after the last contrast before `start` to before the first one after `end`. A guard word in the
 * other statement ("I don't think so, but they were lovely") says nothing of this one.
 */
export function contrastSpan(
  tokens: readonly Token[],
  start: number,
  end: number,
): { start: number; end: number } {
  let from = 0;
  for (let j = start - 1; j >= 0; j--)
    if (CONTRASTS.has(tokens[j]?.text ?? "")) {
      from = j + 1;
      break;
    }
  let to = tokens.length - 1;
  for (let j = end + 1; j < tokens.length; j++)
    if (CONTRASTS.has(tokens[j]?.text ?? "")) {
      to = j - 1;
      break;
    }
  return { start: from, end: to };
}
