import type { Person } from "../read/documents.js";
import { offsetMinutes, offsetOf } from "../time/add-days.js";

/** What a draft message needs to become a file a mail client opens as an unsent draft. */
export interface EmlDraft {
  from?: Person;
  to: Person[];
  subject: string;
  body: string;
  /** The Message-ID this replies to, with or without its angle brackets. */
  inReplyTo?: string;
  references?: string[];
  /** ISO 8601 date-time with an offset (or Z): written in that offset. */
  date: string;
}

const CRLF = "\r\n";
/**
 * RFC 5322 wants header lines of at most 78 characters; RFC 2047 allows 76 on a line with encoded-words.
 * Folding at 76 keeps both.
 */
const MAX_LINE = 76;
/** RFC 2045: quoted-printable lines are at most 76 characters, the soft break's "=" included. */
const QP_LINE = 76;
/**
 * RFC 2047 allows an encoded-word of 75 characters; 60 leaves room for "Subject: " on the same line.
 */
const MAX_ENCODED_WORD = 60;

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function base64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += BASE64[(n >> 18) & 63];
    out += BASE64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? BASE64[n & 63] : "=";
  }
  return out;
}

const utf8 = new TextEncoder();

function isAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/** Header text on one line: a CR or LF in a name or subject would start a new header. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, " ").trim();
}

/**
 * RFC 2047 B-encoded words for non-ASCII text, each at most 75 characters and cut only between
 * characters (a UTF-8 sequence never spans two words), joined by folding whitespace.
 */
export function encodeWords(text: string): string[] {
  const prefix = "=?utf-8?B?";
  const suffix = "?=";
  // 4 base64 characters carry 3 bytes.
  const maxBytes = Math.floor((MAX_ENCODED_WORD - prefix.length - suffix.length) / 4) * 3;
  const words: string[] = [];
  let chunk: number[] = [];
  for (const ch of text) {
    const bytes = utf8.encode(ch);
    if (chunk.length + bytes.length > maxBytes) {
      words.push(`${prefix}${base64(Uint8Array.from(chunk))}${suffix}`);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0 || words.length === 0)
    words.push(`${prefix}${base64(Uint8Array.from(chunk))}${suffix}`);
  return words;
}

/** Folds a header field at whitespace so that no line is longer than 76 characters where it can be helped. */
function fold(name: string, tokens: string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const token of tokens) {
    if (line.length + 1 + token.length > MAX_LINE && line.length > name.length + 1) {
      lines.push(line);
      line = ` ${token}`;
    } else {
      line += ` ${token}`;
    }
  }
  lines.push(line);
  return lines.join(CRLF);
}

/** Unstructured text (a subject): plain words when ASCII, encoded-words when not. */
function unstructured(text: string): string[] {
  const plain = oneLine(text);
  if (isAscii(plain)) return plain.split(/ +/).filter((t) => t !== "");
  return encodeWords(plain);
}

/** A display name as a phrase: atoms as they are, a quoted string where it has specials, encoded-words where not ASCII. */
function phrase(name: string): string[] {
  const plain = oneLine(name);
  if (!isAscii(plain)) return encodeWords(plain);
  if (/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/.test(plain)) return plain.split(/ +/).filter((t) => t !== "");
  return [`"${plain.replace(/(["\\])/g, "\\$1")}"`];
}

/**
 * One mailbox. A person without an address becomes an empty group named for them ("Rafael Ortiz:;"),
 * which is valid RFC 5322 and shows the name in the client until an address is filled in.
 */
function mailbox(person: Person): string[] {
  const email = person.email ? oneLine(person.email).replace(/[<>\s]/g, "") : undefined;
  const name = person.name ? oneLine(person.name) : undefined;
  if (email && name) return [...phrase(name), `<${email}>`];
  if (email) return [email];
  if (name) {
    const words = phrase(name);
    words[words.length - 1] = `${words[words.length - 1]}:;`;
    return words;
  }
  return [];
}

function addressList(people: Person[]): string[] {
  const boxes = people.map(mailbox).filter((b) => b.length > 0);
  return boxes.flatMap((box, i) => {
    if (i === boxes.length - 1) return box;
    const last = box[box.length - 1] ?? "";
    // A group already ends with ";" and needs no comma.
    return last.endsWith(":;") ? box : [...box.slice(0, -1), `${last},`];
  });
}

function messageId(id: string): string {
  const bare = oneLine(id).replace(/^<|>$/g, "");
  return `<${bare}>`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** An ISO 8601 date-time as an RFC 5322 date, in the offset it was written in ("Tue, 03 Feb 2026 18:45:00 -0800"). */
export function rfc5322Date(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO date: ${iso}`);
  const offset = offsetMinutes(offsetOf(iso));
  const d = new Date(ms + offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return (
    `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
  );
}

/** Quoted-printable (RFC 2045) of UTF-8 text: CRLF line ends, soft breaks before 76 characters, never inside a byte's "=XX". */
export function quotedPrintable(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  for (const line of lines) {
    const pieces: string[] = [];
    const bytes = utf8.encode(line);
    bytes.forEach((b, i) => {
      const isLast = i === bytes.length - 1;
      const isSpace = b === 0x20 || b === 0x09;
      const isPlain = (b >= 0x21 && b <= 0x7e && b !== 0x3d) || (isSpace && !isLast);
      pieces.push(isPlain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, "0")}`);
    });
    let current = "";
    for (const piece of pieces) {
      if (current.length + piece.length > QP_LINE - 1) {
        out.push(`${current}=`);
        current = "";
      }
      current += piece;
    }
    out.push(current);
  }
  return out.join(CRLF);
}

/**
 * An RFC 5322 message for a draft: CRLF line ends, folded headers, RFC 2047 encoded-words for non-ASCII
 * names and subjects, a UTF-8 quoted-printable body, In-Reply-To and References where it replies, and
 * `X-Unsent: 1` so that mail clients open it as a draft to edit and send.
 */
export function formatEml(draft: EmlDraft): string {
  const headers: string[] = [];
  if (draft.from && (draft.from.name || draft.from.email)) headers.push(fold("From", mailbox(draft.from)));
  const to = addressList(draft.to);
  // A draft with no one to send to yet: the client asks for the address.
  headers.push(fold("To", to.length > 0 ? to : ["undisclosed-recipients:;"]));
  headers.push(fold("Subject", unstructured(draft.subject)));
  headers.push(`Date: ${rfc5322Date(draft.date)}`);
  if (draft.inReplyTo) headers.push(`In-Reply-To: ${messageId(draft.inReplyTo)}`);
  const references = (draft.references ?? []).filter((r) => r.trim() !== "").map(messageId);
  if (draft.inReplyTo && !references.includes(messageId(draft.inReplyTo)))
    references.push(messageId(draft.inReplyTo));
  if (references.length > 0) headers.push(fold("References", references));
  headers.push("MIME-Version: 1.0");
  headers.push("Content-Type: text/plain; charset=utf-8");
  headers.push("Content-Transfer-Encoding: quoted-printable");
  headers.push("X-Unsent: 1");
  const body = draft.body.endsWith("\n") ? draft.body : `${draft.body}\n`;
  return `${headers.join(CRLF)}${CRLF}${CRLF}${quotedPrintable(body)}`;
}
