import { describe, expect, it } from "vitest";
import { MAILTO_MAX, mailtoHref, SHORTENED_NOTE } from "./mailto-href.js";

function bodyOf(href: string): string {
  return decodeURIComponent(href.split("&body=")[1] ?? "");
}

describe("mailtoHref", () => {
  it("encodes the subject and the body, with CRLF line breaks", () => {
    const link = mailtoHref({
      to: "ria.mendes@quillmoor.example",
      subject: "Thank you & more",
      body: "Dear Ria,\n\nThanks!",
    });
    expect(link.isShortened).toBe(false);
    expect(link.href).toBe(
      "mailto:ria.mendes@quillmoor.example?subject=Thank%20you%20%26%20more&body=Dear%20Ria%2C%0D%0A%0D%0AThanks!",
    );
  });

  it("leaves the address out when there is none", () => {
    expect(mailtoHref({ subject: "Hi", body: "x" }).href).toBe("mailto:?subject=Hi&body=x");
  });

  it("cuts a long draft at a word to fit, and says so in the text", () => {
    const body = "I enjoyed hearing about the buoy network. ".repeat(200);
    const link = mailtoHref({ subject: "Thank you", body });
    expect(link.isShortened).toBe(true);
    expect(link.href.length).toBeLessThanOrEqual(MAILTO_MAX);
    const sent = bodyOf(link.href);
    const note = SHORTENED_NOTE.replace(/\n/g, "\r\n");
    expect(sent.endsWith(note)).toBe(true);
    const kept = sent.slice(0, -note.length);
    expect(body.startsWith(kept)).toBe(true);
    expect(body[kept.length]).toMatch(/\s/);
    expect(kept.length).toBeGreaterThan(300);
  });

  it("never splits a character made of two code units", () => {
    const body = "🙂".repeat(2000);
    for (const max of [300, 301, 302, 303]) {
      const link = mailtoHref({ subject: "x", body }, max);
      expect(link.href.length).toBeLessThanOrEqual(max);
      expect(() => decodeURIComponent(link.href)).not.toThrow();
    }
  });
});
