import PostalMime, { type Email } from "postal-mime";
import type { EmailDoc } from "../core/read/documents.js";
import { checkLooksLikeMail } from "./check-looks-like-mail.js";
import { htmlToText } from "./html-to-text.js";
import { charsetWarnings, repairMojibake } from "./mail-charset.js";
import { hasYear, headerOf, isAutomatic, listHeaderOf, mailboxesOf } from "./mail-headers.js";
import { excerptOf, failed, type ParseResult, type Problem, parsed } from "./parse-result.js";
import {
  withBlankAfterHeaders,
  withoutFlowedFormat,
  withoutLeadingBlanks,
  withoutMboxLine,
} from "./raw-mail-bytes.js";
import { hasBody, PARSE_OPTIONS, repairMultipart } from "./repair-multipart.js";
import { splitQuoted } from "./split-quoted.js";
import { unflow } from "./unflow.js";

/** The largest message read, in bytes (characters for a string); mail with attachments stays under it. */
export const MAX_EML_BYTES = 25 * 1024 * 1024;

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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;

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
  const mended = mendBytes(typeof raw === "string" ? new TextEncoder().encode(raw) : raw, source);
  if (!mended.ok) return mended;
  const { bytes, flowed, warnings } = mended;
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
  readHeaders(email, doc, warnings);
  warnings.push(...charsetWarnings(bytes, source));
  readBody(email, flowed, doc, warnings);
  return parsed(doc, warnings);
}

/**
 * The bytes as the parser should get them: blank lines before the headers and an mbox line dropped, a blank
 * line put after the headers where it is missing (with a warning), format=flowed turned off. Fails a file
 * that is not mail.
 */
function mendBytes(
  raw: Uint8Array,
  source: string,
):
  | { ok: true; bytes: Uint8Array; flowed: { delSp: boolean } | undefined; warnings: Problem[] }
  | { ok: false; problems: Problem[] } {
  let bytes = withoutLeadingBlanks(raw);
  const notMail = checkLooksLikeMail(bytes, source);
  if (notMail !== undefined) return { ok: false, problems: [notMail] };
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
  return { ok: true, bytes, flowed, warnings };
}

/** The people, date, subject, thread ids and kind of sending, from the headers; warnings for what is missing. */
function readHeaders(email: Email, doc: EmailDoc, warnings: Problem[]): void {
  const { source } = doc;
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
}

/** The text, unflowed and mended where it needs it, split into what is new and what it quotes. */
function readBody(
  email: Email,
  flowed: { delSp: boolean } | undefined,
  doc: EmailDoc,
  warnings: Problem[],
): void {
  const { source } = doc;
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
}

/** The plain text part, or the HTML part as text when there is no plain one; LF line ends. */
function bodyTextOf(email: Email): string {
  const text = email.text ?? "";
  const body = text.trim() !== "" ? text : htmlToText(email.html ?? "");
  return body.replace(/\r\n?/g, "\n");
}
