import type { Token } from "../text/nlp.js";
import { collapse } from "./words.js";

// The words of a specific as a letter writes them.

export function finishText(text: string, first: Token | undefined): string {
  let t = collapse(
    text
      .replace(/\s+([,.;:!?])/g, "$1")
      .replace(/~\s*(?=\d)/g, "about ")
      .replace(/\s&\s/g, " and "),
  )
    .replace(/,?\s+(?:ha|haha|lol|too)$/i, "")
    // From the start of the closing run only: tried at each mark of a long run, it was quadratic.
    .replace(/(?<![.,;:!?])[.,;:!?]+$/, "");
  const isProper = first?.pos === "PROPN" || /^I\b|^I'/.test(t) || /^\p{Lu}{2}/u.test(t);
  if (!isProper) t = t.charAt(0).toLowerCase() + t.slice(1);
  return t;
}

/** The bare noun phrase of a list item reads with an article: "Monday yield report" → "the Monday yield report". */
export function withArticle(text: string, tokens: Token[]): string {
  const first = tokens[0];
  if (!first) return text;
  // A name takes no article: "Corvenna", not "the Corvenna".
  if (first.pos === "PROPN" && /^\p{Lu}/u.test(text)) return text;
  if (first.pos === "DET" || first.pos === "PRON" || first.pos === "VERB" || first.pos === "ADV") return text;
  if (/ing$/i.test(first.text)) return text;
  if (
    first.pos === "ADP" ||
    first.pos === "SCONJ" ||
    first.pos === "CCONJ" ||
    /^(?:how|why|what|where|when|whether)$/i.test(first.text)
  )
    return text;
  const second = tokens[1];
  if (first.pos === "NUM" && second?.pos === "NOUN") return text;
  return `the ${text}`;
}
