import PostalMime, { type Address, type Email } from "postal-mime";
import type { EmailDoc, Person } from "../core/documents.js";
import { htmlToText } from "./html-to-text.js";
import { excerptOf, failed, type ParseResult, type Problem, parsed } from "./parse-result.js";
import { splitQuoted } from "./split-quoted.js";

/** The largest message read, in bytes (characters for a string); mail with attachments stays under it. */
export const MAX_EML_BYTES = 25 * 1024 * 1024;

/**
 * The most header bytes (all parts together) the parser reads. Real mail has a few kB; the parser's
 * own default of 2 MB lets one address header full of ":" groups take 12 s and 600 MB to read.
 */
const MAX_HEADER_BYTES = 256 * 1024;
const PARSE_OPTIONS = { maxHeadersSize: MAX_HEADER_BYTES };

/**
 * Lines a message may have: one per 60 bytes (base64 attachments have one per 78), or 100,000 in a
 * smaller one. The parser spends some 10 µs and 2 kB on each line of a part that is not base64 or
 * quoted-printable, so a few MB of empty lines would take minutes and gigabytes.
 */
const BYTES_PER_LINE = 60;
const MIN_MAX_LINES = 100_000;

function maxLines(bytes: number): number {
  return Math.max(MIN_MAX_LINES, Math.ceil(bytes / BYTES_PER_LINE));
}

function countLines(bytes: Uint8Array): number {
  let n = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** How much of the start of a file is looked at to tell whether it is mail at all. */
const SNIFF_BYTES = 64 * 1024;

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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;
const AUTOMATIC_SUBJECT = /^\s*(?:automatic reply|out of office|autoreply|auto-reply)\b/i;
const AUTOMATIC_PRECEDENCE = new Set(["auto_reply", "bulk", "junk"]);

/**
 * Reads one RFC 5322 message (.eml) into an email document: addresses, ISO date, decoded subject, the
 * thread ids, whether it was sent automatically, and its text (the plain part, or the HTML part as
 * text) split into what is new and the earlier messages it quotes.
 *
 * Mail that is broken but readable (a MIME boundary that does not match, a missing Date or From, an
 * unknown charset) is read with warnings; a file that is not mail at all fails.
 */
export async function parseEml(raw: string | Uint8Array, source: string): Promise<ParseResult<EmailDoc>> {
  const size = typeof raw === "string" ? raw.length : raw.byteLength;
  if (size > MAX_EML_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return failed({ source, message: `the file is ${mb} MB; a message is expected to be under 25 MB` });
  }
  let bytes = withoutLeadingBlanks(typeof raw === "string" ? new TextEncoder().encode(raw) : raw);
  const notMail = checkLooksLikeMail(bytes, source);
  if (notMail !== undefined) return failed(notMail);
  bytes = withoutMboxLine(bytes);
  const warnings: Problem[] = [];
  const separated = withBlankAfterHeaders(bytes);
  if (separated !== undefined) {
    bytes = separated.bytes;
    warnings.push({
      source,
      line: separated.line,
      message: "no blank line after the headers; the body is read from the first line that is not a header",
      excerpt: excerptOf(separated.text),
    });
  }
  const flowed = withoutFlowedFormat(bytes);
  if (flowed !== undefined) bytes = flowed.bytes;
  const lines = countLines(bytes);
  if (lines > maxLines(bytes.length)) {
    return failed({
      source,
      message: `the message has ${lines} lines in ${bytes.length} bytes; mail has at most one line per ${BYTES_PER_LINE} bytes (or ${MIN_MAX_LINES} lines)`,
    });
  }

  let email: Email;
  try {
    email = await PostalMime.parse(bytes, PARSE_OPTIONS);
    if (!hasBody(email)) {
      const repaired = await repairMultipart(bytes, email);
      if (repaired !== undefined) {
        email = repaired.email;
        warnings.push({ source, message: repaired.message });
      }
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed({ source, message: `could not read the message: ${reason}` });
  }

  const doc: EmailDoc = { kind: "email", source, references: [], to: [], cc: [], text: "" };

  const from = mailboxesOf(email.from === undefined ? [] : [email.from])[0];
  if (from !== undefined) doc.from = from;
  else warnings.push({ source, message: "no From address; the sender is unknown" });
  doc.to = mailboxesOf(email.to ?? []);
  doc.cc = mailboxesOf(email.cc ?? []);

  const dateHeader = headerOf(email, "date");
  if (dateHeader === undefined) {
    warnings.push({ source, message: "no Date header; the message is undated" });
  } else if (email.date !== undefined && ISO_DATE.test(email.date)) {
    if (hasYear(dateHeader)) doc.date = email.date;
    else
      warnings.push({
        source,
        message: `Date "${excerptOf(dateHeader)}" has no year; the message is undated`,
      });
  } else {
    warnings.push({
      source,
      message: `Date "${excerptOf(dateHeader)}" is not a date; the message is undated`,
    });
  }

  const subject = email.subject?.trim();
  if (subject !== undefined && subject !== "") doc.subject = repairMojibake(subject) ?? subject;
  const messageId = headerOf(email, "message-id");
  if (messageId !== undefined && messageId !== "") doc.messageId = messageId;
  const inReplyTo = headerOf(email, "in-reply-to");
  if (inReplyTo !== undefined && inReplyTo !== "") doc.inReplyTo = inReplyTo;
  doc.references = (headerOf(email, "references") ?? "").split(/[\s,]+/).filter((id) => id !== "");
  doc.isAutomatic = isAutomatic(email);
  const listHeader = listHeaderOf(email);
  if (listHeader !== undefined) doc.listHeader = listHeader;

  warnings.push(...charsetWarnings(bytes, source));
  let body = bodyTextOf(email);
  if (flowed !== undefined && (email.text ?? "").trim() !== "") body = unflow(body, flowed.delSp);
  const repaired = repairMojibake(body);
  if (repaired !== undefined) {
    body = repaired;
    warnings.push({ source, message: "the text was UTF-8 under another charset label; read it as UTF-8" });
  }
  if (body.trim() === "") {
    const what = email.attachments.length > 0 ? "only attachments" : "an empty body";
    warnings.push({ source, message: `no readable text: the message has ${what}` });
  }
  const split = splitQuoted(body);
  doc.text = split.text;
  if (split.quoted !== "") doc.quoted = split.quoted;
  return parsed(doc, warnings);
}

function startsWithBytes(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b);
}

/** One char per byte, so offsets stay byte offsets and any byte round-trips. */
/**
 * Each byte as the character of that code, in native code. Buffer's "latin1" maps bytes 0–255 one to
 * one (TextDecoder's "latin1" is windows-1252 by the WHATWG spec, which maps 0x80–0x9f elsewhere).
 */
function bytesToBinary(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

function binaryToBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/** Fails files that are not mail: empty, binary, or not starting with header lines. */
function checkLooksLikeMail(bytes: Uint8Array, source: string): Problem | undefined {
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

/** Drops a byte order mark and blank lines before the first header, which would end the headers at once. */
function withoutLeadingBlanks(bytes: Uint8Array): Uint8Array {
  let start = startsWithBytes(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x20))
    start++;
  return start === 0 ? bytes : bytes.subarray(start);
}

/**
 * Whether a Date header names a year: four digits ("2026") or RFC 5322's obsolete two after a day and
 * month ("3 Feb 26"). The zone ("+0000") and the time are not a year; a date parser given none would
 * make one up ("Thu Jan 01 00:00:10 +0000" becomes 2001).
 */
function hasYear(header: string): boolean {
  const text = header.replace(/[+-]\d{4}\b/g, " ").replace(/\d{1,2}:\d{2}(?::\d{2})?/g, " ");
  return /\b\d{4}\b/.test(text) || /\b\d{1,2}\s+[A-Za-z]{3,}\.?,?\s+\d{2}\b/.test(text);
}

/** A header field line ("Name: value") or the continuation of one (starting with a blank). */
const HEADER_LINE = /^(?:[!-9;-~]+:|[ \t])/;

/**
 * When the headers run straight into the body with no blank line between them, the bytes with one
 * put before the first line that is neither a header field nor a continuation (the parser would
 * otherwise take the whole body for headers and lose it), and that line. Undefined when the headers
 * end as they should.
 */
function withBlankAfterHeaders(
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
function withoutFlowedFormat(bytes: Uint8Array): { bytes: Uint8Array; delSp: boolean } | undefined {
  const head = bytesToBinary(bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES)));
  if (!/format\s*=\s*"?flowed/i.test(head)) return undefined;
  const delSp = /delsp\s*=\s*"?yes/i.test(head);
  const text = bytesToBinary(bytes).replace(FLOWED_PARAM, '$1"fixed"');
  return { bytes: binaryToBytes(text), delSp };
}

/**
 * Joins format=flowed lines (RFC 3676 §4.2): a line ending in a space goes on in the next line of
 * the same quote depth; the signature separator "-- " never flows; space-stuffing is undone.
 */
export function unflow(text: string, delSp: boolean): string {
  const out: string[] = [];
  let open: { depth: number; text: string } | undefined;
  for (const raw of text.split("\n")) {
    const depth = /^>*/.exec(raw)?.[0].length ?? 0;
    let content = raw.slice(depth);
    if (content.startsWith(" ")) content = content.slice(1);
    const soft = content.endsWith(" ") && content !== "-- ";
    if (open !== undefined && open.depth === depth) open.text += content;
    else {
      if (open !== undefined) out.push(quoteAt(open.depth, open.text));
      open = { depth, text: content };
    }
    if (soft) {
      if (delSp) open.text = open.text.slice(0, -1);
    } else {
      out.push(quoteAt(open.depth, open.text));
      open = undefined;
    }
  }
  if (open !== undefined) out.push(quoteAt(open.depth, open.text));
  return out.join("\n");
}

function quoteAt(depth: number, text: string): string {
  return depth === 0 ? text : `${">".repeat(depth)} ${text}`;
}

/** Drops a leading mbox "From sender date" line, which is not a header. */
function withoutMboxLine(bytes: Uint8Array): Uint8Array {
  if (!startsWithBytes(bytes, [0x46, 0x72, 0x6f, 0x6d, 0x20])) return bytes;
  const end = bytes.indexOf(0x0a);
  return end === -1 ? bytes : bytes.subarray(end + 1);
}

function hasBody(email: Email): boolean {
  return (email.text ?? "").trim() !== "" || (email.html ?? "").trim() !== "";
}

/** Offset of the first byte after the blank line that ends the headers; the length when there is none. */
function bodyStartOf(bytes: Uint8Array): number {
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) {
    if (bytes[i + 1] === 0x0a) return i + 2;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 3;
  }
  return bytes.length;
}

const BOUNDARY_LINE = /^--([^\s]{1,200}?)(?:--)?[ \t]*\r?$/m;
const CONTENT_TYPE_HEADER = /^content-type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/im;

/**
 * A multipart message whose parts the parser found no text in: when the parts use another boundary
 * than Content-Type declares (or it declares none), reads them with the one the body uses; when the
 * body has no parts at all, reads it as plain text. Undefined when that finds no text either.
 */
async function repairMultipart(
  bytes: Uint8Array,
  email: Email,
): Promise<{ email: Email; message: string } | undefined> {
  const contentType = headerOf(email, "content-type") ?? "";
  const multipart = /^\s*(multipart\/[\w.+-]+)/i.exec(contentType)?.[1];
  if (multipart === undefined) return undefined;
  const declared = /boundary\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(contentType);
  const declaredBoundary = declared?.[1] ?? declared?.[2];

  const bodyStart = bodyStartOf(bytes);
  const body = new TextDecoder("latin1").decode(bytes.subarray(bodyStart));
  const found = BOUNDARY_LINE.exec(body)?.[1];
  if (found !== undefined && found === declaredBoundary) return undefined;

  const replacement =
    found === undefined
      ? "Content-Type: text/plain; charset=utf-8"
      : `Content-Type: ${multipart}; boundary="${found.replace(/"/g, "")}"`;
  const header = bytesToBinary(bytes.subarray(0, bodyStart)).replace(CONTENT_TYPE_HEADER, replacement);
  const fixed = new Uint8Array(header.length + bytes.length - bodyStart);
  fixed.set(binaryToBytes(header), 0);
  fixed.set(bytes.subarray(bodyStart), header.length);
  const reread = await PostalMime.parse(fixed, PARSE_OPTIONS);
  if (!hasBody(reread)) return undefined;

  let message: string;
  if (found === undefined)
    message = `Content-Type says ${multipart} but the body has no parts; read it as plain text`;
  else if (declaredBoundary === undefined) {
    message = `Content-Type says ${multipart} without a boundary; read the parts by the "--${found}" lines in the body`;
  } else {
    message = `the MIME boundary "${declaredBoundary}" in Content-Type is not the one the parts use; read them by "--${found}"`;
  }
  return { email: reread, message };
}

function headerOf(email: Email, key: string): string | undefined {
  return email.headers.find((h) => h.key === key)?.value.trim();
}

function mailboxesOf(addresses: readonly Address[]): Person[] {
  const people: Person[] = [];
  for (const address of addresses) {
    for (const box of address.group ?? [address]) {
      const person: Person = {};
      const name = box.name.trim();
      if (name !== "") person.name = name;
      const email = box.address?.trim() ?? "";
      if (email !== "") person.email = email;
      if (person.name !== undefined || person.email !== undefined) people.push(person);
    }
  }
  return people;
}

/** The header that marks mail sent to a list or in bulk: List-Unsubscribe, List-Id, or Precedence bulk/list/junk. */
function listHeaderOf(email: Email): string | undefined {
  for (const key of ["list-unsubscribe", "list-id"]) {
    if (headerOf(email, key) !== undefined) return key === "list-id" ? "List-Id" : "List-Unsubscribe";
  }
  const precedence = headerOf(email, "precedence")?.toLowerCase();
  if (precedence === "bulk" || precedence === "list" || precedence === "junk")
    return `Precedence: ${precedence}`;
  return undefined;
}

/** Auto-Submitted (other than "no"), X-Autoreply, X-Autorespond, Precedence or an auto-reply subject. */
function isAutomatic(email: Email): boolean {
  const submitted = headerOf(email, "auto-submitted");
  if (submitted !== undefined && (submitted.split(";")[0] ?? "").trim().toLowerCase() !== "no") return true;
  if (headerOf(email, "x-autoreply") !== undefined || headerOf(email, "x-autorespond") !== undefined)
    return true;
  const precedence = headerOf(email, "precedence")?.toLowerCase();
  if (precedence !== undefined && AUTOMATIC_PRECEDENCE.has(precedence)) return true;
  return AUTOMATIC_SUBJECT.test(email.subject ?? "");
}

/** The plain text part, or the HTML part as text when there is no plain one; LF line ends. */
function bodyTextOf(email: Email): string {
  const text = email.text ?? "";
  const body = text.trim() !== "" ? text : htmlToText(email.html ?? "");
  return body.replace(/\r\n?/g, "\n");
}

const CONTENT_TYPE_HEADERS = /^content-type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim;
const CHARSET_PARAM = /charset\s*=\s*"?([^"\s;]{1,64})/i;

/**
 * A warning for each charset label no decoder knows, in the Content-Type of the message or of any of
 * its parts (the parser reads such text as Windows-1252).
 */
function charsetWarnings(bytes: Uint8Array, source: string): Problem[] {
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
function repairMojibake(text: string): string | undefined {
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
