import { CLAUSE_BREAKS } from "./clause-bounds.js";
import { NEGATORS } from "./match-pattern.js";
import type { Token } from "./nlp.js";

/** A statement denied or not yet so: "no offer as of now", "haven't been turned down". */

/**
 * Not yet: "no offer as of now", "still no answer", "there's been no decision", "nothing in my
 * inbox". Even an outcome said in the negative ("no offer") is then no decision.
 */
export function isPending(tokens: readonly Token[], start: number, end: number, _from: number): boolean {
  const to = Math.min(tokens.length - 1, end + 6);
  // "Still nothing either way": "still" reaches over the list, up to a strong break.
  let from = 0;
  for (let j = start - 1; j >= 0; j--) {
    const t = tokens[j]?.text ?? "";
    if (t === "." || t === ";" || t === "but" || t === "however" || t === "!") {
      from = j + 1;
      break;
    }
  }
  for (let j = from; j <= to; j++) {
    const t = tokens[j];
    if (!t) continue;
    const next = tokens[j + 1];
    if (t.text === "so" && next?.text === "far") return true;
    if (j > end && CLAUSE_BREAKS.has(t.text)) break;
    if (t.text === "yet") return true;
    // "still no offer", "still haven't heard": not "still, they offered me the job".
    if (
      t.text === "still" &&
      [next, tokens[j + 2]].some((w) => w !== undefined && (NEGATORS.has(w.text) || w.lemma === "wait"))
    )
      return true;
    if ((t.text === "till" || t.text === "until" || t.text === "as") && next?.text === "now") return true;
    if (t.text === "inbox" || t.text === "spam") return true;
    // "there's been no offer", "there is no rejection".
    if (t.text === "there" && j < start) {
      for (let k = j + 1; k <= start && k <= j + 4; k++) if (NEGATORS.has(tokens[k]?.text ?? "")) return true;
    }
  }
  return false;
}

/** Words that open a clause of its own: a negation before them does not reach past them. */
const SUBORDINATORS = new Set([
  "why",
  "how",
  "that",
  "when",
  "where",
  "what",
  "who",
  "whom",
  "after",
  "before",
  "saying",
  "stating",
  // "Heard nothing until they rang to offer me the post": the silence is denied, not the call.
  "until",
  "till",
]);

/**
 * True when a negator in the clause, or inside the key words, denies them. "Did not receive any
 * feedback on why I was rejected" denies the feedback, not the rejection.
 */
export function isDenied(tokens: readonly Token[], start: number, end: number, from: number): boolean {
  for (let j = start; j <= end; j++) if (NEGATORS.has(tokens[j]?.text ?? "")) return true;
  for (let j = start - 1; j >= from; j--) {
    const t = tokens[j];
    if (!t) continue;
    if (SUBORDINATORS.has(t.text)) return false;
    if (NEGATORS.has(t.text)) return true;
  }
  return false;
}
