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

/**
 * Splits a mail body into the new text and the earlier messages it quotes. Everything from the first
 * attribution ("On ... wrote:", also wrapped over two lines), Outlook "-----Original Message-----",
 * a "From: ... Sent: ..." header block or a "________" separator on is quoted, and so is any line
 * starting with ">". The rest, trimmed and with its signature, is the text.
 */
export function splitQuoted(text: string): { text: string; quoted: string } {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const own: string[] = [];
  const quoted: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (
      isAttribution(line) ||
      isWrappedAttribution(line, lines[i + 1]) ||
      isSeparator(line) ||
      isHeaderBlock(lines, i)
    ) {
      for (let j = i; j < lines.length; j++) quoted.push(lines[j] ?? "");
      break;
    }
    if (line.trimStart().startsWith(">")) quoted.push(line);
    else own.push(line);
  }
  return { text: own.join("\n").trim(), quoted: quoted.join("\n").trim() };
}
