// A message's raw bytes, mended before the parser reads them: blank lines and an mbox line dropped, a missing
// blank line after the headers put back, format=flowed turned off (unflow.ts joins the lines instead).

/** How much of the start of a file is looked at to tell whether it is mail at all. */
export const SNIFF_BYTES = 64 * 1024;

export function startsWithBytes(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b);
}

/** One char per byte, so offsets stay byte offsets and any byte round-trips. */
/**
 * Each byte as the character of that code, in native code. Buffer's "latin1" maps bytes 0–255 one to
 * one (TextDecoder's "latin1" is windows-1252 by the WHATWG spec, which maps 0x80–0x9f elsewhere).
 */
export function bytesToBinary(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

export function binaryToBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/** Drops a byte order mark and blank lines before the first header, which would end the headers at once. */
export function withoutLeadingBlanks(bytes: Uint8Array): Uint8Array {
  let start = startsWithBytes(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x20))
    start++;
  return start === 0 ? bytes : bytes.subarray(start);
}

/** A header field line ("Name: value") or the continuation of one (starting with a blank). */
const HEADER_LINE = /^(?:[!-9;-~]+:|[ \t])/;

/**
 * When the headers run straight into the body with no blank line between them, the bytes with one
 * put before the first line that is neither a header field nor a continuation (the parser would
 * otherwise take the whole body for headers and lose it), and that line. Undefined when the headers
 * end as they should.
 */
export function withBlankAfterHeaders(
  bytes: Uint8Array,
): { bytes: Uint8Array; line: number; text: string } | undefined {
  let start = 0;
  for (let line = 1; start < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const text = bytesToBinary(bytes.subarray(start, Math.min(end, start + 1000))).replace(/\r$/, "");
    if (text === "") return undefined;
    if (!HEADER_LINE.test(text)) {
      const crlf = end > start && bytes[end - 1] === 0x0d;
      const blank = crlf ? [0x0d, 0x0a] : [0x0a];
      const fixed = new Uint8Array(bytes.length + blank.length);
      fixed.set(bytes.subarray(0, start), 0);
      fixed.set(blank, start);
      fixed.set(bytes.subarray(start), start + blank.length);
      return { bytes: fixed, line, text };
    }
    start = end + 1;
  }
  return undefined;
}

const FLOWED_PARAM = /(content-type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*?;\s*format\s*=\s*)"?flowed"?/gi;

/**
 * format=flowed text (RFC 3676, Thunderbird's default) with the parameter made "fixed", so the
 * parser leaves the lines as sent and `unflow` joins them minding quote depth; whether DelSp=yes.
 * The parser's own unflowing joins a quoted line ending in a space with the new text below it
 * ("> Hi " + "Hello"), which hides a bottom-posted reply inside the quote. Undefined when not flowed.
 */
export function withoutFlowedFormat(bytes: Uint8Array): { bytes: Uint8Array; delSp: boolean } | undefined {
  const head = bytesToBinary(bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES)));
  if (!/format\s*=\s*"?flowed/i.test(head)) return undefined;
  const delSp = /delsp\s*=\s*"?yes/i.test(head);
  const text = bytesToBinary(bytes).replace(FLOWED_PARAM, '$1"fixed"');
  return { bytes: binaryToBytes(text), delSp };
}

/** Drops a leading mbox "From sender date" line, which is not a header. */
export function withoutMboxLine(bytes: Uint8Array): Uint8Array {
  if (!startsWithBytes(bytes, [0x46, 0x72, 0x6f, 0x6d, 0x20])) return bytes;
  const end = bytes.indexOf(0x0a);
  return end === -1 ? bytes : bytes.subarray(end + 1);
}
