import { describe, expect, it } from "vitest";
import { encodeWords, formatEml, quotedPrintable, rfc5322Date } from "./format-eml.js";

const BASE = {
  from: { name: "Jordan Lee", email: "jordan.lee@example.net" },
  to: [{ name: "Rafael Ortiz", email: "rafael@pinecrestlabs.example" }],
  subject: "Thank you - Senior Backend Engineer interview",
  body: "Dear Rafael,\n\nThank you.\n\nBest regards,\nJordan Lee\n",
  date: "2026-02-03T18:45:00-08:00",
};

function headersOf(raw: string): string {
  return raw.slice(0, raw.indexOf("\r\n\r\n"));
}

/** A header's value with folding undone. */
function header(raw: string, name: string): string | undefined {
  const unfolded = headersOf(raw).replace(/\r\n[ \t]/g, " ");
  return new RegExp(`^${name}: (.*)$`, "mi").exec(unfolded)?.[1];
}

function decodeBase64(text: string): Uint8Array {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text.replace(/=+$/, "")) {
    value = (value << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** Decodes RFC 2047 encoded-words (the whitespace between two of them is dropped). */
function decodeWords(text: string): string {
  return text
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?B\?([^?]*)\?=/gi, (_, b64: string) => new TextDecoder().decode(decodeBase64(b64)));
}

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const ch = joined.charAt(i);
    if (ch === "=" && /^[0-9A-F]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(ch.charCodeAt(0));
    }
  }
  return new TextDecoder().decode(Uint8Array.from(bytes)).replace(/\r\n/g, "\n");
}

describe("formatEml", () => {
  it("writes CRLF line ends only, the MIME headers and X-Unsent", () => {
    const raw = formatEml(BASE);
    expect(raw.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(header(raw, "MIME-Version")).toBe("1.0");
    expect(header(raw, "Content-Type")).toBe("text/plain; charset=utf-8");
    expect(header(raw, "Content-Transfer-Encoding")).toBe("quoted-printable");
    expect(header(raw, "X-Unsent")).toBe("1");
    expect(header(raw, "From")).toBe("Jordan Lee <jordan.lee@example.net>");
    expect(header(raw, "To")).toBe("Rafael Ortiz <rafael@pinecrestlabs.example>");
    expect(header(raw, "Subject")).toBe(BASE.subject);
  });

  it("writes the date in the offset it was given in", () => {
    expect(header(formatEml(BASE), "Date")).toBe("Tue, 03 Feb 2026 18:45:00 -0800");
    expect(rfc5322Date("2026-03-04T09:05:07+05:30")).toBe("Wed, 04 Mar 2026 09:05:07 +0530");
    expect(rfc5322Date("2026-12-31T23:59:59Z")).toBe("Thu, 31 Dec 2026 23:59:59 +0000");
    expect(() => rfc5322Date("not a date")).toThrow(RangeError);
  });

  it("sets no In-Reply-To for a new message, and In-Reply-To and References for a reply", () => {
    expect(header(formatEml(BASE), "In-Reply-To")).toBeUndefined();
    expect(header(formatEml(BASE), "References")).toBeUndefined();
    const reply = formatEml({
      ...BASE,
      inReplyTo: "last@mail.example",
      references: ["<first@mail.example>"],
    });
    expect(header(reply, "In-Reply-To")).toBe("<last@mail.example>");
    // The message replied to ends the References chain, once.
    expect(header(reply, "References")).toBe("<first@mail.example> <last@mail.example>");
    const again = formatEml({ ...BASE, inReplyTo: "<a@x>", references: ["<a@x>"] });
    expect(header(again, "References")).toBe("<a@x>");
  });

  it("encodes non-ASCII names and subjects as RFC 2047 words that decode back", () => {
    const raw = formatEml({
      ...BASE,
      to: [{ name: "Inês Carvalho-Núñez", email: "ines@tallyfern.example" }],
      subject: "Merci – entretien très intéressant pour le poste de concepteur principal, vraiment",
    });
    expect(headersOf(raw)).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    const to = header(raw, "To") ?? "";
    expect(to).toContain("=?utf-8?B?");
    expect(decodeWords(to.replace(/\s*<ines@tallyfern\.example>$/, ""))).toBe("Inês Carvalho-Núñez");
    expect(decodeWords(header(raw, "Subject") ?? "")).toBe(
      "Merci – entretien très intéressant pour le poste de concepteur principal, vraiment",
    );
  });

  it("keeps header lines within 76 characters by folding", () => {
    const raw = formatEml({
      ...BASE,
      to: [
        { name: "Ben Carter", email: "ben.carter@fennick.example" },
        { name: "Chloe Ng", email: "chloe.ng@fennick.example" },
        { name: "Osric Said", email: "osric.said@fennick.example" },
      ],
      subject: "Thank you for a long and detailed panel conversation about the platform team and its roadmap",
      references: [
        "<a-very-long-message-id-0001@mail.fennick.example>",
        "<another-long-message-id-0002@mail.fennick.example>",
      ],
      inReplyTo: "<another-long-message-id-0002@mail.fennick.example>",
    });
    for (const line of headersOf(raw).split("\r\n")) expect(line.length).toBeLessThanOrEqual(76);
    expect(header(raw, "To")).toBe(
      "Ben Carter <ben.carter@fennick.example>, Chloe Ng <chloe.ng@fennick.example>, Osric Said <osric.said@fennick.example>",
    );
  });

  it("never cuts a UTF-8 character across two encoded-words", () => {
    const words = encodeWords("é".repeat(80));
    expect(words.length).toBeGreaterThan(1);
    for (const w of words) {
      expect(w.length).toBeLessThanOrEqual(75);
      const bytes = decodeBase64(/\?B\?(.*)\?=$/.exec(w)?.[1] ?? "");
      expect(bytes.length % 2).toBe(0);
    }
    expect(decodeWords(words.join(" "))).toBe("é".repeat(80));
  });

  it("quotes a display name with specials and writes a person without an address as an empty group", () => {
    const raw = formatEml({
      ...BASE,
      to: [{ name: "Hale, Trevor", email: "t.hale@x.example" }, { name: "Dev Patel" }],
    });
    expect(header(raw, "To")).toBe('"Hale, Trevor" <t.hale@x.example>, Dev Patel:;');
    const quoted = formatEml({ ...BASE, to: [{ name: 'Ana "AJ" Jones', email: "aj@x.example" }] });
    expect(header(quoted, "To")).toBe('"Ana \\"AJ\\" Jones" <aj@x.example>');
  });

  it("does not let a line break in a subject or name start a new header", () => {
    const raw = formatEml({
      ...BASE,
      subject: "Hello\r\nBcc: everyone@example.com",
      to: [{ name: "A\nB", email: "a@x" }],
    });
    expect(headersOf(raw)).not.toMatch(/^Bcc:/m);
    expect(header(raw, "Subject")).toBe("Hello Bcc: everyone@example.com");
  });

  it("encodes the body as quoted-printable that decodes to the text, with soft breaks under 76 characters", () => {
    const body = `Dear Inês,\n\n1 + 1 = 2, café. ${"word ".repeat(40)}\ntrailing space \nend\n`;
    const raw = formatEml({ ...BASE, body });
    const encoded = raw.slice(raw.indexOf("\r\n\r\n") + 4);
    for (const line of encoded.split("\r\n")) expect(line.length).toBeLessThanOrEqual(76);
    expect(encoded).toContain("=3D");
    expect(encoded).toContain("caf=C3=A9");
    expect(encoded).toContain("space=20");
    expect(decodeQuotedPrintable(encoded)).toBe(body);
  });

  it("never splits an =XX escape across a soft line break", () => {
    const encoded = quotedPrintable("é".repeat(60));
    for (const line of encoded.split("\r\n")) {
      expect(line.replace(/=$/, "")).toMatch(/^(?:=[0-9A-F]{2})*$/);
    }
  });
});
