import { failed, type ParseResult, type Problem, parsed } from "./parse-result.js";

const MIB = 1024 * 1024;
/** Files above this are refused: no transcript, note or email is anywhere near it. */
export const DEFAULT_MAX_BYTES = 20 * MIB;
const TRANSCRIPT_HINT = "export the transcript as .vtt, .srt or .txt";

export interface DecodeTextOptions {
  /** Largest file accepted, in bytes; 20 MiB by default. */
  maxBytes?: number;
  /** What to tell a person who gave a non-text file; by default, how to export a transcript. */
  hint?: string;
}

/** File types that people drop in by mistake, by their first bytes. */
const SIGNATURES: readonly { what: string; bytes: readonly number[]; at?: number }[] = [
  { what: "a PDF file", bytes: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { what: "a ZIP archive (a .docx, .xlsx or .zip file)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: "a ZIP archive (a .docx, .xlsx or .zip file)", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { what: "a gzip-compressed file", bytes: [0x1f, 0x8b] },
  { what: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { what: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { what: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { what: "an old Microsoft Office file (.doc or .xls)", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { what: "an RTF document", bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // {\rtf
  { what: "an MP3 audio file", bytes: [0x49, 0x44, 0x33] }, // ID3
  { what: "a RIFF audio or video file (.wav or .avi)", bytes: [0x52, 0x49, 0x46, 0x46] },
  { what: "an MP4 audio or video file", bytes: [0x66, 0x74, 0x79, 0x70], at: 4 }, // ftyp
  { what: "an Ogg audio file", bytes: [0x4f, 0x67, 0x67, 0x53] }, // OggS
  { what: "a WebM or Matroska video", bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { what: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: "a RAR archive", bytes: [0x52, 0x61, 0x72, 0x21] }, // Rar!
];

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

/**
 * Turns a file's bytes into text with LF line ends.
 *
 * Refuses, with a problem that says why: files over `maxBytes`, empty or blank files, and files that
 * are something else (PDF, Word/ZIP, images, audio, other binary). Reads UTF-8 (a BOM is dropped)
 * and UTF-16 with a BOM, or without one when every other byte is NUL. Bytes that are not valid UTF-8
 * are read as Windows-1252 (a superset of Latin-1), with a warning.
 */
export function decodeText(
  bytes: Uint8Array,
  source: string,
  opts: DecodeTextOptions = {},
): ParseResult<string> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const hint = opts.hint ?? TRANSCRIPT_HINT;
  if (bytes.length > maxBytes) {
    return failed({
      source,
      message: `file is ${formatSize(bytes.length)}; the limit is ${formatSize(maxBytes)}`,
    });
  }
  if (bytes.length === 0) return failed({ source, message: "file is empty" });

  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes, s.at ?? 0));
  if (signature !== undefined)
    return failed({ source, message: `this is ${signature.what}, not text; ${hint}` });

  const warnings: Problem[] = [];
  let text: string;
  const { encoding, bom } = encodingOf(bytes);
  if (encoding !== "utf-8") {
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bom));
  } else {
    const body = bytes.subarray(bom);
    if (looksBinary(body)) {
      return failed({ source, message: `this looks like a binary file, not text; ${hint}` });
    }
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      text = decodeWindows1252(body);
      warnings.push({ source, message: "not valid UTF-8; read as Windows-1252 (Latin-1)" });
    }
  }

  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return failed({ source, message: "file is empty" });
  return parsed(text.replace(/\r\n?/g, "\n"), warnings);
}

/**
 * What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control characters. (Node's own
 * "windows-1252" decoder reads these bytes as Latin-1.) The five unused bytes keep their C1 code.
 */
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Decodes single-byte Windows-1252, which every byte sequence is valid in. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("latin1")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1.charAt(c.charCodeAt(0) - 0x80));
}

/** `980 bytes`, `12.5 KB`, `210 MB` (binary units, as file managers show them). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? "" : "s"}`;
  if (bytes < MIB) return `${roundSize(bytes / 1024)} KB`;
  return `${roundSize(bytes / MIB)} MB`;
}

function roundSize(n: number): string {
  return n >= 100 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at: number): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

/** The encoding from a BOM, or UTF-16 guessed from NULs in every other byte, or UTF-8. */
function encodingOf(bytes: Uint8Array): { encoding: Encoding; bom: number } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: "utf-8", bom: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: "utf-16le", bom: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: "utf-16be", bom: 2 };

  // Without a BOM, mostly-ASCII UTF-16 has a NUL in every high byte: odd positions for LE.
  const sample = Math.min(bytes.length, 4096) & ~1;
  const pairs = sample / 2;
  if (pairs < 2) return { encoding: "utf-8", bom: 0 };
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  if (oddNuls >= pairs * 0.3 && evenNuls <= pairs * 0.05) return { encoding: "utf-16le", bom: 0 };
  if (evenNuls >= pairs * 0.3 && oddNuls <= pairs * 0.05) return { encoding: "utf-16be", bom: 0 };
  return { encoding: "utf-8", bom: 0 };
}

/** The control bytes a text file does not hold: all below 0x20 but NUL (tested alone), tab, LF, FF, CR and ESC; and DEL. */
const CONTROL_BYTES = [
  0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0b, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16,
  0x17, 0x18, 0x19, 0x1a, 0x1c, 0x1d, 0x1e, 0x1f, 0x7f,
];

/**
 * A NUL anywhere, or more than one byte in twenty a control character other than tab, line feed,
 * form feed, carriage return and escape: text files have neither. Each byte value is looked for with
 * `indexOf`, a scan in native code: a text file has none of them, and a byte-by-byte loop over a
 * whole file, run once before the code is warm, cost a 90-minute transcript's read some milliseconds.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) >= 0) return true;
  let controls = 0;
  for (const b of CONTROL_BYTES)
    for (let at = bytes.indexOf(b); at >= 0; at = bytes.indexOf(b, at + 1))
      if (++controls * 20 > bytes.length) return true;
  return controls > 0 && controls * 20 > bytes.length;
}
