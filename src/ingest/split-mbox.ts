/**
 * An mbox file: messages one after another, each starting with a "From sender date" line at the
 * start of the file or after an empty line. Body lines that began "From " were written as ">From "
 * (and ">From " as ">>From ", in the mboxrd variant), which is undone here.
 */

/** Whether the empty line (or the start of the file) comes right before the line end at `newline`. */
function isBlankBefore(text: string, newline: number): boolean {
  if (newline === 0) return true;
  const prev = text.charCodeAt(newline - 1);
  if (prev === 10) return true; // "\n\n"
  return prev === 13 && (newline === 1 || text.charCodeAt(newline - 2) === 10); // "\n\r\n"
}

/** Index of the next "From " that starts a message, at or after `from`; -1 when there is none. */
function nextSeparator(text: string, from: number): number {
  for (
    let i = text.indexOf("\nFrom ", from > 0 ? from - 1 : 0);
    i !== -1;
    i = text.indexOf("\nFrom ", i + 1)
  ) {
    if (i + 1 >= from && isBlankBefore(text, i)) return i + 1;
  }
  return -1;
}

function countNewlines(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = text.indexOf("\n", start); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** ">From " back to "From ", ">>From " to ">From " (mboxrd). */
function unescapeFrom(raw: string): string {
  return raw.includes(">From ") ? raw.replace(/^>(>*From )/gm, "$1") : raw;
}

/** Drops the empty line that ends a message before the next one's "From " line. */
function withoutSeparatorBlank(raw: string): string {
  if (raw.endsWith("\r\n\r\n") || raw.endsWith("\n\r\n")) return raw.slice(0, -2);
  if (raw.endsWith("\n\n")) return raw.slice(0, -1);
  return raw;
}

/**
 * Splits an mbox file into its messages. Each `raw` starts with its "From " line (which parseEml
 * skips) and has ">From " lines unescaped; `line` is the 1-based line of that "From " line in the file.
 * Text before the first "From " line, if any, is yielded as a message of its own from line 1.
 * Linear time; the messages are slices of the input, so a large file is never copied whole.
 */
export function* splitMbox(text: string): Generator<{ raw: string; line: number }> {
  const begin = text.startsWith("\uFEFF") ? 1 : 0;
  let current = text.startsWith("From ", begin) ? begin : nextSeparator(text, begin);
  const preamble = current === -1 ? text.slice(begin) : text.slice(begin, current);
  if (preamble.trim() !== "") yield { raw: unescapeFrom(preamble.trim()), line: 1 };
  if (current === -1) return;

  let line = 1 + countNewlines(text, 0, current);
  while (current !== -1) {
    const next = nextSeparator(text, current + 1);
    const raw = next === -1 ? text.slice(current) : withoutSeparatorBlank(text.slice(current, next));
    yield { raw: unescapeFrom(raw), line };
    if (next !== -1) line += countNewlines(text, current, next);
    current = next;
  }
}

/** Whether the text starts like an mbox file: a "From sender" line followed by a header line. */
export function looksLikeMbox(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF?[\r\n]*/, "");
  return /^From \S[^\r\n]*\r?\n[!-9;-~]+:/.test(head);
}
