import type { Problem } from "./parse-result.js";

// Charset trouble: labels no decoder knows, and UTF-8 text read under another label.

const CONTENT_TYPE_HEADERS = /^content-type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim;
const CHARSET_PARAM = /charset\s*=\s*"?([^"\s;]{1,64})/i;

/**
 * A warning for each charset label no decoder knows, in the Content-Type of the message or of any of
 * its parts (the parser reads such text as Windows-1252).
 */
export function charsetWarnings(bytes: Uint8Array, source: string): Problem[] {
  const text = new TextDecoder("latin1").decode(bytes);
  const labels = new Set<string>();
  for (const header of text.matchAll(CONTENT_TYPE_HEADERS)) {
    const label = CHARSET_PARAM.exec(header[0])?.[1];
    if (label !== undefined) labels.add(label.toLowerCase());
  }
  const problems: Problem[] = [];
  for (const label of labels) {
    if (!isKnownCharset(label)) {
      problems.push({ source, message: `unknown charset "${label}"; its text was read as Windows-1252` });
    }
  }
  return problems;
}

function isKnownCharset(label: string): boolean {
  for (const candidate of [label, label.replace(/^(?:x-|cs)/, "").replace(/[\s._-]+/g, "")]) {
    try {
      new TextDecoder(candidate);
      return true;
    } catch {
      // try the next spelling
    }
  }
  return false;
}

/** Windows-1252 characters for the bytes 0x80-0x9F, where they differ from Latin-1. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const CP1252_BYTE = new Map([...CP1252_HIGH].map((c, i) => [c, 0x80 + i]));
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;

/**
 * Text that is UTF-8 read as Windows-1252 or Latin-1 ("cafÃ©" for "café"), as a wrong charset label
 * makes it, read again as UTF-8. Undefined when the text does not look like that or does not re-read.
 */
export function repairMojibake(text: string): string | undefined {
  if (!MOJIBAKE.test(text)) return undefined;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code <= 0xff ? code : CP1252_BYTE.get(text.charAt(i));
    if (byte === undefined) return undefined;
    bytes[i] = byte;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
