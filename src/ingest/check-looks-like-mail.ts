import { excerptOf, type Problem } from "./parse-result.js";
import { bytesToBinary, SNIFF_BYTES, startsWithBytes } from "./raw-mail-bytes.js";

// Whether a file is mail at all: not a PDF, an image or an Outlook .msg, and starting with mail headers.

/** Header fields of which a message has at least one. */
const MAIL_HEADERS = new Set([
  "from",
  "to",
  "cc",
  "subject",
  "date",
  "message-id",
  "received",
  "return-path",
  "delivered-to",
  "mime-version",
  "content-type",
  "reply-to",
  "sender",
  "in-reply-to",
  "references",
]);

/** What files that are not mail start with, and what to call them. */
const MAGIC: readonly (readonly [readonly number[], string])[] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], "a PDF document"], // %PDF-
  [[0x50, 0x4b, 0x03, 0x04], "a zip archive (or a Word or Excel file)"], // PK..
  [
    [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    "an Outlook .msg or old Office file; save the message as .eml",
  ],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], "an RTF document"], // {\rtf
];

/** Fails files that are not mail: empty, binary, or not starting with header lines. */
export function checkLooksLikeMail(bytes: Uint8Array, source: string): Problem | undefined {
  for (const [magic, what] of MAGIC) {
    if (startsWithBytes(bytes, magic)) return { source, message: `not an email: the file is ${what}` };
  }
  const head = bytesToBinary(bytes.subarray(0, SNIFF_BYTES));
  if (head.trim() === "") return { source, message: "not an email: the file is empty" };
  if (head.includes("\u0000")) return { source, message: "not an email: the file is binary data" };

  const lines = head.split(/\r?\n/);
  let at = 0;
  if (lines[0]?.startsWith("From ")) at = 1; // an mbox "From " separator line
  const first = lines[at] ?? "";
  if (!/^[!-9;-~]+:/.test(first)) {
    return {
      source,
      line: at + 1,
      message: "not an email: it does not start with header lines",
      excerpt: excerptOf(first),
    };
  }
  for (let i = at; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "") break;
    const name = /^([!-9;-~]+):/.exec(line)?.[1]?.toLowerCase();
    if (name !== undefined && MAIL_HEADERS.has(name)) return undefined;
  }
  return {
    source,
    message: "not an email: none of From, To, Subject, Date or Message-ID among its headers",
    excerpt: excerptOf(first),
  };
}
