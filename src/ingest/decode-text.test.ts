import { describe, expect, it } from "vitest";
import { decodeText, decodeWindows1252, formatSize } from "./decode-text.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : p)));

function utf16(text: string, order: "le" | "be"): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (order === "le") out.push(code & 0xff, code >> 8);
    else out.push(code >> 8, code & 0xff);
  }
  return out;
}

function decoded(input: Uint8Array, opts?: { maxBytes?: number }): string {
  const result = decodeText(input, "t.txt", opts);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return result.value;
}

function problemOf(input: Uint8Array, opts?: { maxBytes?: number; hint?: string }): string {
  const result = decodeText(input, "t.txt", opts);
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  expect(result.problems[0]?.source).toBe("t.txt");
  return result.problems[0]?.message ?? "";
}

describe("decodeText", () => {
  it.each([
    ["plain UTF-8", bytes("Ann: héllo"), "Ann: héllo"],
    ["a UTF-8 BOM", bytes([0xef, 0xbb, 0xbf], "WEBVTT"), "WEBVTT"],
    ["CRLF", bytes("a\r\nb\r\n"), "a\nb\n"],
    ["lone CR", bytes("a\rb\r\rc"), "a\nb\n\nc"],
    ["UTF-16 LE with a BOM", bytes([0xff, 0xfe], utf16("Ann: hé\r\nBob: 你好", "le")), "Ann: hé\nBob: 你好"],
    ["UTF-16 BE with a BOM", bytes([0xfe, 0xff], utf16("Ann: hé", "be")), "Ann: hé"],
    [
      "UTF-16 LE without a BOM",
      bytes(utf16("WEBVTT\n\n00:00:01.000 --> 00:00:02.000", "le")),
      "WEBVTT\n\n00:00:01.000 --> 00:00:02.000",
    ],
    ["UTF-16 BE without a BOM", bytes(utf16("Ann: hello there", "be")), "Ann: hello there"],
    ["tabs, form feeds and escapes", bytes("a\tb\fc\u001bd"), "a\tb\fc\u001bd"],
  ])("reads %s", (_, input, expected) => {
    expect(decoded(input)).toBe(expected);
  });

  it("reads Latin-1 bytes as Windows-1252, with a warning", () => {
    const result = decodeText(bytes("Ren", [0xe9], " said ", [0x93], "caf", [0xe9, 0x94]), "t.txt");
    expect(result).toEqual({
      ok: true,
      value: "René said “café”",
      warnings: [{ source: "t.txt", message: "not valid UTF-8; read as Windows-1252 (Latin-1)" }],
    });
  });

  it("has no warnings for valid UTF-8", () => {
    expect(decodeText(bytes("fine"), "t.txt")).toEqual({ ok: true, value: "fine", warnings: [] });
  });

  it.each([
    ["no bytes", bytes()],
    ["only whitespace", bytes(" \r\n\t\n")],
    ["only a BOM", bytes([0xef, 0xbb, 0xbf])],
    ["a UTF-16 BOM and spaces", bytes([0xff, 0xfe], utf16("  \r\n", "le"))],
  ])("refuses %s as empty", (_, input) => {
    expect(problemOf(input)).toBe("file is empty");
  });

  it.each([
    ["PDF", bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "this is a PDF file, not text"],
    [
      "ZIP / docx",
      bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
      "this is a ZIP archive (a .docx, .xlsx or .zip file), not text",
    ],
    ["gzip", bytes([0x1f, 0x8b, 0x08, 0]), "this is a gzip-compressed file, not text"],
    ["PNG", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "this is a PNG image, not text"],
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "this is a JPEG image, not text"],
    ["MP4", bytes([0, 0, 0, 0x20], "ftypisom"), "this is an MP4 audio or video file, not text"],
    [
      "text with NUL bytes",
      bytes("WEBVTT", [0], "more text here and there", [0]),
      "this looks like a binary file, not text",
    ],
    ["control characters", bytes([1, 2, 3, 4, 5, 6, 7, 8], "abc"), "this looks like a binary file, not text"],
  ])("refuses %s and says what it is", (_, input, start) => {
    expect(problemOf(input)).toBe(`${start}; export the transcript as .vtt, .srt or .txt`);
  });

  it("uses the caller's hint", () => {
    expect(problemOf(bytes("%PDF-1.4"), { hint: "save the email as .eml" })).toBe(
      "this is a PDF file, not text; save the email as .eml",
    );
  });

  it("refuses a file over the limit", () => {
    expect(problemOf(bytes("x".repeat(3000)), { maxBytes: 2048 })).toBe("file is 2.9 KB; the limit is 2 KB");
  });

  it("accepts a file exactly at the limit", () => {
    expect(decoded(bytes("x".repeat(2048)), { maxBytes: 2048 })).toHaveLength(2048);
  });

  it("reads a megabyte on one line", () => {
    expect(decoded(bytes("a".repeat(1_000_000)))).toHaveLength(1_000_000);
  });
});

describe("formatSize", () => {
  it.each([
    [1, "1 byte"],
    [980, "980 bytes"],
    [12_800, "12.5 KB"],
    [20 * 1024 * 1024, "20 MB"],
    [210 * 1024 * 1024, "210 MB"],
    [20.44 * 1024 * 1024, "20.4 MB"],
  ])("%d bytes is %j", (n, expected) => {
    expect(formatSize(n)).toBe(expected);
  });
});

describe("decodeWindows1252", () => {
  it("maps 0x80-0x9F to the Windows-1252 characters and the rest as Latin-1", () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x9f, 0x81, 0x41, 0xe9, 0xff]))).toBe(
      "€…‘’Ÿ\u0081Aéÿ",
    );
  });
});
