/** Attributions longer than this are prose, not "On <date>, <name> wrote:". */
const MAX_ATTRIBUTION = 300;

/** How far below a "From:" line the "Sent:"/"Date:" line of an Outlook header block may be. */
const HEADER_BLOCK_SPAN = 4;

/** How attribution lines start and the verb they carry, English first, then what Gmail writes elsewhere. */
const ATTRIBUTION_STARTS = ["on ", "am ", "le ", "el ", "il ", "op "];
const ATTRIBUTION_VERBS = [" wrote", " schrieb", " a écrit", " escribió", " scritto", " schreef"];

/** "On <date>, <name> wrote:" (the German one ends "schrieb <name>:"): short, dated, ending in a colon. */
function isAttribution(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_ATTRIBUTION || !text.endsWith(":") || !/\d/.test(text)) return false;
  const lower = text.toLowerCase();
  return (
    ATTRIBUTION_STARTS.some((start) => lower.startsWith(start)) &&
    ATTRIBUTION_VERBS.some((verb) => lower.includes(verb))
  );
}

/** "On Tue, 3 Feb 2026 at 10:02, Priya <p@x.example>" + "wrote:" on the next line. */
function isWrappedAttribution(line: string, next: string | undefined): boolean {
  if (next === undefined || next.trimStart().startsWith(">")) return false;
  return isAttribution(`${line.trim()} ${next.trim()}`) && !isAttribution(next) && next.trim().length < 120;
}

function isSeparator(line: string): boolean {
  const text = line.trim();
  return (
    /^-{2,} ?Original Message ?-{2,}$/i.test(text) ||
    /^-{2,} ?Forwarded message ?-{2,}$/i.test(text) ||
    /^Begin forwarded message:$/i.test(text) ||
    /^_{10,}$/.test(text)
  );
}

/** "From:" (bold as "*From:*" when the mail was HTML) followed shortly by "Sent:" or "Date:". */
function isHeaderBlock(lines: readonly string[], at: number): boolean {
  if (!/^\*?From:\*?\s/i.test(lines[at]?.trimStart() ?? "")) return false;
  for (let i = at + 1; i <= at + HEADER_BLOCK_SPAN && i < lines.length; i++) {
    if (/^\*?(?:Sent|Date):\*?\s/i.test(lines[i]?.trimStart() ?? "")) return true;
  }
  return false;
}

/** The index of the first line at or after `from` that is not blank; `lines.length` when there is none. */
function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
  return i;
}

/** The index of the first blank line at or after `from`; `lines.length` when there is none. */
function nextBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i] ?? "").trim() !== "") i++;
  return i;
}

function isQuoteLine(line: string | undefined): boolean {
  return line?.trimStart().startsWith(">") === true;
}

/**
 * An attribution in any language: a short line with a date or an address that ends in a colon, right
 * above a "> " quote (Android's Russian "… пользователь "x" <…> написал:", "Excerpts from …'s message
 * of 3 Feb 2026:"). The quote below is what makes it one; without it such a line is prose.
 */
function isLooseAttribution(lines: readonly string[], at: number): boolean {
  const text = (lines[at] ?? "").trim();
  if (text.length > MAX_ATTRIBUTION || !text.endsWith(":") || isQuoteLine(text)) return false;
  if (!/[\d@]/.test(text)) return false;
  return isQuoteLine(lines[nextNonBlank(lines, at + 1)]);
}

/**
 * A loose attribution wrapped inside its address: the first line opens "<" and the next closes it
 * and ends the attribution ("… "Kim" <" + "kim@x.example> пишет:").
 */
function isWrappedLooseAttribution(lines: readonly string[], at: number): boolean {
  const line = lines[at] ?? "";
  const open = line.lastIndexOf("<");
  if (open < 0 || line.indexOf(">", open) >= 0 || isQuoteLine(line) || !/\d/.test(line)) return false;
  return line.length < MAX_ATTRIBUTION && isLooseAttribution(lines, at + 1);
}

/**
 * Splits a mail body into the new text and the earlier messages it quotes. Lines starting with ">" are
 * quoted, and so is the attribution above them ("On ... wrote:", also wrapped over two lines, or any
 * dated line ending in a colon right above a quote); new text below or between such quotes stays new
 * (bottom-posted and inline replies). Where the earlier message follows unmarked (an attribution with
 * no ">" below it, Outlook's "-----Original Message-----", a "From: ... Sent: ..." header block or a
 * "________" separator), everything from there on is quoted. The rest, trimmed and with its
 * signature, is the text.
 */
export function splitQuoted(text: string): { text: string; quoted: string } {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const own: string[] = [];
  const quoted: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const wrapped = isWrappedAttribution(line, lines[i + 1]) || isWrappedLooseAttribution(lines, i);
    if (isAttribution(line) || wrapped || isLooseAttribution(lines, i)) {
      const last = wrapped ? i + 1 : i;
      if (isQuoteLine(lines[nextNonBlank(lines, last + 1)])) {
        // A marked quote follows: only it and its attribution are quoted; text after it is new.
        for (let j = i; j <= last; j++) quoted.push(lines[j] ?? "");
        i = last;
        continue;
      }
      for (let j = i; j < lines.length; j++) quoted.push(lines[j] ?? "");
      break;
    }
    if (isHeaderBlock(lines, i)) {
      // "From: … / Date: …" above a marked quote is its attribution; new text may follow the quote.
      const end = nextBlank(lines, i);
      if (isQuoteLine(lines[nextNonBlank(lines, end)])) {
        for (let j = i; j < end; j++) quoted.push(lines[j] ?? "");
        i = end - 1;
        continue;
      }
    }
    if (isSeparator(line) || isHeaderBlock(lines, i)) {
      for (let j = i; j < lines.length; j++) quoted.push(lines[j] ?? "");
      break;
    }
    if (isQuoteLine(line)) quoted.push(line);
    else own.push(line);
  }
  return { text: own.join("\n").trim(), quoted: quoted.join("\n").trim() };
}
