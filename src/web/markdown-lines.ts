/**
 * Notes written in Markdown, read for display without ever becoming HTML: each line's kind (heading,
 * bullet, numbered item, quote, text, blank) with where its words start and end in the original text,
 * and inline emphasis as ranges (its markers to hide, its words to set in bold, italics or code). The
 * offsets are the original text's, so highlighted quotes still land on their words.
 */

export type LineKind = "heading" | "bullet" | "number" | "quote" | "text" | "blank";

export interface MarkdownLine {
  kind: LineKind;
  /** The words after the line's marker ("# ", "- ", "1. ", "> "), as offsets into the text. */
  start: number;
  end: number;
}

/** The longest line whose emphasis is drawn. */
export const MAX_INLINE = 2_000;

export type InlineStyle = "hide" | "strong" | "em" | "code";

export interface InlineRange {
  style: InlineStyle;
  start: number;
  end: number;
}

const MARKER: [LineKind, RegExp][] = [
  ["heading", /^ {0,3}#{1,6}[ \t]+/],
  ["bullet", /^[ \t]*[-*+][ \t]+/],
  ["number", /^[ \t]*\d{1,3}[.)][ \t]+/],
  ["quote", /^ {0,3}>[ \t]?/],
];

export function markdownLines(text: string): MarkdownLine[] {
  const out: MarkdownLine[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    const end = at + line.replace(/\r$/, "").length;
    const body = text.slice(at, end);
    if (body.trim() === "") out.push({ kind: "blank", start: at, end });
    else {
      const hit = MARKER.map(([kind, re]) => ({ kind, m: re.exec(body) })).find((h) => h.m);
      // A heading's closing hashes ("## Notes ##") are not words.
      const trimmedEnd =
        hit?.kind === "heading" ? at + body.replace(/[ \t]+#+[ \t]*$/, "").trimEnd().length : end;
      out.push(
        hit?.m
          ? { kind: hit.kind, start: at + hit.m[0].length, end: trimmedEnd }
          : { kind: "text", start: at, end },
      );
    }
    at += line.length + 1;
  }
  return out;
}

/**
 * Emphasis within text[start, end): **strong** and __strong__, *em* and _em_ (not inside a word, so
 * snake_case stays), `code`. Each gives a "hide" range per marker and a style range for its words.
 * One pass per kind, no nesting; each opening marker is searched to the line's end, so lines are
 * styled only up to MAX_INLINE characters.
 */
export function inlineRanges(text: string, start: number, end: number): InlineRange[] {
  // An opening marker with no closing one is looked for to the line's end: a line past this length
  // (pasted, not typed) is shown plain rather than searched once per marker.
  if (end - start > MAX_INLINE) return [];
  const slice = text.slice(start, end);
  const out: InlineRange[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const patterns: [Exclude<InlineStyle, "hide">, RegExp, number][] = [
    ["code", /`([^`\n]+)`/g, 1],
    ["strong", /\*\*(?=\S)([^*\n]*?\S)\*\*|__(?=\S)([^_\n]*?\S)__/g, 2],
    ["em", /(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])|(?<!\w)_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)/g, 1],
  ];
  for (const [style, re, width] of patterns) {
    for (const m of slice.matchAll(re)) {
      const a = start + (m.index ?? 0);
      const b = a + m[0].length;
      if (!free(a, b)) continue;
      taken.push([a, b]);
      out.push(
        { style: "hide", start: a, end: a + width },
        { style, start: a + width, end: b - width },
        { style: "hide", start: b - width, end: b },
      );
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
