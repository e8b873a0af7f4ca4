// Words and plain text as the drafts read them: counted, collapsed, quotes made straight, asides left out.

/** Words of a text, as a reader counts them. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function plainQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

const QUOTE_OPEN = /["\u201c]/g;
const QUOTE_CLOSE = /["\u201d]/g;

/**
 * Blanks out quoted speech, keeping offsets: each opening quote up to the next closing one, as
 * `replace(/["\u201c][^"\u201d]*["\u201d]/g, …)` would, without that regex's retry from every opening
 * quote of a tail with no closing one (quadratic: a line of 100,000 "\u201c" took 16 s).
 */
export function withoutQuotes(text: string): string {
  const kept: string[] = [];
  let at = 0;
  for (;;) {
    QUOTE_OPEN.lastIndex = at;
    const open = QUOTE_OPEN.exec(text)?.index;
    if (open === undefined) break;
    QUOTE_CLOSE.lastIndex = open + 1;
    const close = QUOTE_CLOSE.exec(text)?.index;
    if (close === undefined) break;
    kept.push(text.slice(at, open), " ".repeat(close + 1 - open));
    at = close + 1;
  }
  kept.push(text.slice(at));
  return kept.join("");
}

/**
 * Drops "(…)" asides: each "(" up to the next ")", as `replace(/\([^)]*\)/g, "")` would, without that
 * regex's retry from every "(" of a tail with no ")" (quadratic: a line of 100,000 "(" took 13 s).
 */
export function withoutParens(text: string): string {
  const kept: string[] = [];
  let at = 0;
  for (let open = text.indexOf("("); open !== -1; open = text.indexOf("(", at)) {
    const close = text.indexOf(")", open + 1);
    if (close === -1) break;
    kept.push(text.slice(at, open));
    at = close + 1;
  }
  kept.push(text.slice(at));
  return kept.join("");
}

export function normal(text: string): string {
  return plainQuotes(text)
    .toLowerCase()
    .replace(/[\u2026]|\.\.\.$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
