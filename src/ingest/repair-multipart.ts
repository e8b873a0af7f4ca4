import PostalMime, { type Email } from "postal-mime";
import { headerOf } from "./mail-headers.js";
import { binaryToBytes, bytesToBinary } from "./raw-mail-bytes.js";

// Reading with postal-mime: its limits, and a second reading of a multipart message whose boundary is wrong.

/**
 * The most header bytes (all parts together) the parser reads. Real mail has a few kB; the parser's
 * own default of 2 MB lets one address header full of ":" groups take 12 s and 600 MB to read.
 */
const MAX_HEADER_BYTES = 256 * 1024;
export const PARSE_OPTIONS = { maxHeadersSize: MAX_HEADER_BYTES };

export function hasBody(email: Email): boolean {
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
export async function repairMultipart(
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
