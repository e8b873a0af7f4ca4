/**
 * What reaches a terminal from the inputs is shown, never obeyed. Mail subjects, transcript lines,
 * invite titles and organizers are text from strangers: an escape sequence in one could retitle the
 * window, clear the screen, move the cursor or hide a link behind other words. Every control
 * character (but line feed, tab and a CRLF line end), every C1 control and the bidirectional marks
 * and overrides are written as `\uXXXX`, which a JSON reader also reads back as the same character.
 * The colour codes Debrief itself writes (SGR: ESC [ … m) and its progress line's return-and-erase
 * (CR ESC [2K, which can only clear the line being written) are kept.
 */

import type { Output } from "./io.js";

const ESC = String.fromCharCode(0x1b);

/** Control characters (but tab and line feed), C1 controls, and the bidirectional marks and overrides. */
export function isUnsafeCode(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The length of Debrief's own sequence at `i` (a colour, the progress line's erase, a CRLF), or 0. */
function ownSequence(text: string, i: number): number {
  if (text.startsWith("\r\n", i)) return 2;
  if (text.startsWith(`\r${ESC}[2K`, i)) return 5;
  if (text[i] !== ESC || text[i + 1] !== "[") return 0;
  let j = i + 2;
  while (j < text.length && j < i + 34 && /[0-9;]/.test(text[j] ?? "")) j++;
  return text[j] === "m" ? j - i + 1 : 0;
}

export function terminalSafe(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isUnsafeCode(code)) continue;
    const own = ownSequence(text, i);
    if (own > 0) {
      i += own - 1;
      continue;
    }
    out += `${text.slice(from, i)}\\u${code.toString(16).padStart(4, "0")}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** An output that writes every string through `terminalSafe`. */
export function terminalSafeOutput(out: Output): Output {
  const safe: Output = { write: (s: string) => out.write(typeof s === "string" ? terminalSafe(s) : s) };
  if (out.isTTY !== undefined) safe.isTTY = out.isTTY;
  if (out.columns !== undefined) safe.columns = out.columns;
  if (out.once) safe.once = out.once.bind(out);
  if (out.removeListener) safe.removeListener = out.removeListener.bind(out);
  if ("destroyed" in out) Object.defineProperty(safe, "destroyed", { get: () => out.destroyed });
  return safe;
}
