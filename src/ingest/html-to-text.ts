/** Elements that start and end a line of text. */
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "header",
  "hgroup",
  "li",
  "main",
  "nav",
  "ol",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);

/** Elements set off from their neighbours by an empty line. */
const PARAGRAPH = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "hr"]);

/** Elements whose content is not text for a reader. */
const SKIPPED = new Set([
  "script",
  "style",
  "head",
  "title",
  "template",
  "noscript",
  "svg",
  "object",
  "iframe",
]);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  zwnj: "",
  zwj: "",
  shy: "",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  bull: "•",
  middot: "·",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  deg: "°",
  times: "×",
  divide: "÷",
  plusmn: "±",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  sect: "§",
  para: "¶",
  dagger: "†",
  iexcl: "¡",
  iquest: "¿",
  aacute: "á",
  agrave: "à",
  acirc: "â",
  auml: "ä",
  aring: "å",
  atilde: "ã",
  aelig: "æ",
  ccedil: "ç",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  euml: "ë",
  iacute: "í",
  igrave: "ì",
  icirc: "î",
  iuml: "ï",
  ntilde: "ñ",
  oacute: "ó",
  ograve: "ò",
  ocirc: "ô",
  ouml: "ö",
  otilde: "õ",
  oslash: "ø",
  uacute: "ú",
  ugrave: "ù",
  ucirc: "û",
  uuml: "ü",
  yacute: "ý",
  yuml: "ÿ",
  szlig: "ß",
  Aacute: "Á",
  Agrave: "À",
  Auml: "Ä",
  Aring: "Å",
  Ccedil: "Ç",
  Eacute: "É",
  Egrave: "È",
  Ntilde: "Ñ",
  Oacute: "Ó",
  Ouml: "Ö",
  Oslash: "Ø",
  Uacute: "Ú",
  Uuml: "Ü",
};

/** Bounded repeats only, so decoding is linear. */
const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,9});/g;

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith("#")) {
      const hex = body[1] === "x" || body[1] === "X";
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/**
 * The most "> " marks put in front of a line. Deeper blockquotes are shown at this depth, so that
 * thousands of nested ones cannot make the text grow with the square of the input.
 */
const MAX_QUOTE_MARKS = 20;

function quoteMarks(depth: number): string {
  return "> ".repeat(Math.min(depth, MAX_QUOTE_MARKS));
}

/** Collects lines, with "> " in front of those inside a blockquote. */
class TextLines {
  private readonly lines: string[] = [];
  private current: string[] = [];
  private currentDepth = 0;
  private wantBlank = false;
  private lastDepth = 0;
  quoteDepth = 0;

  /** Adds inline text: runs of white space are one space, as a browser shows them. */
  add(text: string, pre: boolean): void {
    if (pre) {
      const parts = text.split(/\r?\n/);
      parts.forEach((part, i) => {
        if (i > 0) this.newline(true);
        if (part !== "") this.push(part);
      });
      return;
    }
    const collapsed = text.replace(/[ \t\r\n\f]+/g, " ");
    const last = this.current[this.current.length - 1];
    const afterSpace = last === undefined || last.endsWith(" ");
    this.push(afterSpace ? collapsed.trimStart() : collapsed);
  }

  private push(text: string): void {
    if (text === "") return;
    if (this.current.length === 0) {
      const previous = this.lines[this.lines.length - 1];
      if (this.wantBlank && previous !== undefined && !/^[> ]*$/.test(previous)) {
        // The empty line belongs to the shallower of the two quote levels it separates.
        this.lines.push(quoteMarks(Math.min(this.lastDepth, this.quoteDepth)).trimEnd());
      }
      this.wantBlank = false;
      this.currentDepth = this.quoteDepth;
    }
    this.current.push(text);
  }

  /** Ends the line; `force` keeps an empty line (a <br> on its own). */
  newline(force = false): void {
    if (this.current.length === 0 && !force) return;
    const text = decodeEntities(this.current.join(""))
      .replace(/\u00a0/g, " ")
      .trimEnd();
    const depth = this.current.length === 0 ? this.quoteDepth : this.currentDepth;
    this.lines.push(`${quoteMarks(depth)}${text}`.trimEnd());
    this.lastDepth = depth;
    this.current = [];
  }

  paragraph(): void {
    this.newline();
    this.wantBlank = true;
  }

  toString(): string {
    this.newline();
    return this.lines
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
  }
}

/** Index of the `>` that ends the tag opened at `from`, minding quoted attribute values; -1 if none. */
function tagEnd(html: string, from: number): number {
  let quote = "";
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote !== "") {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ">") {
      return i;
    }
  }
  return -1;
}

/**
 * Turns an HTML mail body into plain text: tags stripped, entities decoded, block elements and <br>
 * as line breaks, paragraphs set apart by an empty line, list items marked "- ", and blockquoted text
 * prefixed "> " so that quoted earlier messages can be told apart. Linear in the length of the input.
 */
export function htmlToText(html: string): string {
  const out = new TextLines();
  const lower = html.toLowerCase();
  // Elements with no closing tag further on: never searched for again, so the scan stays linear.
  const unclosed = new Set<string>();
  let pre = 0;
  let pos = 0;
  while (pos < html.length) {
    const open = html.indexOf("<", pos);
    if (open === -1) {
      out.add(html.slice(pos), pre > 0);
      break;
    }
    if (open > pos) out.add(html.slice(pos, open), pre > 0);
    if (html.startsWith("<!--", open)) {
      const close = html.indexOf("-->", open + 4);
      pos = close === -1 ? html.length : close + 3;
      continue;
    }
    const next = html[open + 1] ?? "";
    if (next === "!" || next === "?") {
      const close = html.indexOf(">", open);
      pos = close === -1 ? html.length : close + 1;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(open, open + 64));
    if (tag === null) {
      out.add("<", pre > 0);
      pos = open + 1;
      continue;
    }
    const close = tagEnd(html, open);
    if (close === -1) break;
    pos = close + 1;
    const closing = tag[1] === "/";
    const name = (tag[2] ?? "").toLowerCase();

    if (SKIPPED.has(name)) {
      if (!closing && html[close - 1] !== "/") {
        // Unclosed, the element is dropped alone rather than taking the rest of the message with it.
        const end = unclosed.has(name) ? -1 : lower.indexOf(`</${name}`, pos);
        const endClose = end === -1 ? -1 : html.indexOf(">", end);
        if (endClose !== -1) pos = endClose + 1;
        else unclosed.add(name);
      }
      continue;
    }
    if (name === "br") {
      out.newline(true);
    } else if (name === "blockquote") {
      out.paragraph();
      out.quoteDepth = Math.max(0, out.quoteDepth + (closing ? -1 : 1));
    } else if (name === "pre") {
      out.paragraph();
      pre = Math.max(0, pre + (closing ? -1 : 1));
    } else if (name === "hr") {
      out.paragraph();
      out.add("---", true);
      out.paragraph();
    } else if (PARAGRAPH.has(name)) {
      out.paragraph();
    } else if (BLOCK.has(name)) {
      out.newline();
      if (name === "li" && !closing) out.add("- ", true);
    } else if (name === "td" || name === "th") {
      if (closing) out.add(" ", true);
    } else if (name === "img" && !closing) {
      const alt = /\balt\s*=\s*("([^"]*)"|'([^']*)')/i.exec(html.slice(open, close));
      const text = alt?.[2] ?? alt?.[3];
      if (text !== undefined && text.trim() !== "") out.add(text, false);
    }
  }
  return out.toString();
}
