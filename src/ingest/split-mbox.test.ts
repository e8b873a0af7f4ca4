import { describe, expect, it } from "vitest";
import { looksLikeMbox, splitMbox } from "./split-mbox.js";

function message(n: number, body: string): string {
  return [
    `From sender${n}@hirer.example Mon Mar  2 09:0${n % 10}:00 2026`,
    `From: Sender ${n} <sender${n}@hirer.example>`,
    "To: me@candidate.example",
    `Subject: Message ${n}`,
    "",
    body,
  ].join("\n");
}

describe("splitMbox", () => {
  it("splits three messages and says on which line each starts", () => {
    const text = `${[message(1, "First body."), message(2, "Second body.\nTwo lines."), message(3, "Third.")].join("\n\n")}\n`;
    const out = [...splitMbox(text)];
    expect(out.map((m) => m.line)).toEqual([1, 8, 16]);
    expect(out.map((m) => m.raw.split("\n")[3])).toEqual([
      "Subject: Message 1",
      "Subject: Message 2",
      "Subject: Message 3",
    ]);
    // Each keeps its last line end; the empty line before the next "From " is the separator's.
    expect(out[0]?.raw).toBe(`${message(1, "First body.")}\n`);
    expect(out[1]?.raw.endsWith("Two lines.\n")).toBe(true);
    expect(out[2]?.raw).toBe(`${message(3, "Third.")}\n`);
    for (const { raw, line } of out) expect(text.split("\n")[line - 1]).toBe(raw.split("\n")[0]);
  });

  it("reads CRLF mbox files", () => {
    const text = [message(1, "One."), message(2, "Two.")].join("\n\n").replace(/\n/g, "\r\n");
    const out = [...splitMbox(text)];
    expect(out.map((m) => m.line)).toEqual([1, 8]);
    expect(out[0]?.raw.endsWith("One.\r\n")).toBe(true);
  });

  it("unescapes >From lines, one level (mboxrd)", () => {
    const text = message(1, ["Hi,", "", ">From the notes:", ">>From a quote", "> From stays"].join("\n"));
    const [only] = [...splitMbox(text)];
    expect(only?.raw.split("\n").slice(5)).toEqual([
      "Hi,",
      "",
      "From the notes:",
      ">From a quote",
      "> From stays",
    ]);
  });

  it("keeps a body line starting with From that does not follow an empty line", () => {
    const text = [
      message(1, "Hello,\nFrom what I heard it went well.\nFrom now on, weekly."),
      message(2, "Two."),
    ].join("\n\n");
    const out = [...splitMbox(text)];
    expect(out).toHaveLength(2);
    expect(out[0]?.raw).toContain("From what I heard it went well.\nFrom now on, weekly.");
  });

  it.each([
    ["empty input", ""],
    ["blank lines", "\n\n\r\n"],
  ])("yields nothing for %s", (_name, text) => {
    expect([...splitMbox(text)]).toEqual([]);
  });

  it("yields text before the first From line as a message of its own", () => {
    const out = [...splitMbox(`Subject: stray\n\nbody\n\n${message(1, "One.")}`)];
    expect(out.map((m) => m.line)).toEqual([1, 5]);
    expect(out[0]?.raw).toBe("Subject: stray\n\nbody");
  });

  it("splits a 20 MB mbox with the right count, in one pass", () => {
    const body = `${"Line of a longish body that talks about the interview. ".repeat(16)}\n`.repeat(10);
    const count = 2_300;
    const parts: string[] = [];
    for (let i = 0; i < count; i++)
      parts.push(message(i, `${body}>From a quoted line\nFrom inside, no blank line`));
    const text = parts.join("\n\n");
    expect(text.length).toBeGreaterThan(20_000_000);
    let n = 0;
    let lastLine = 0;
    let unescaped = 0;
    for (const { raw, line } of splitMbox(text)) {
      n++;
      expect(line).toBeGreaterThan(lastLine);
      lastLine = line;
      if (raw.includes("\nFrom a quoted line")) unescaped++;
    }
    expect(n).toBe(count);
    expect(unescaped).toBe(count);
  });
});

describe("looksLikeMbox", () => {
  it.each<[string, string, boolean]>([
    ["an mbox", message(1, "x"), true],
    ["an mbox after a BOM and blank lines", `\uFEFF\n\n${message(1, "x")}`, true],
    ["an mbox with CRLF", message(1, "x").replace(/\n/g, "\r\n"), true],
    ["a single .eml", "From: a@b.example\nSubject: hi\n\nbody", false],
    ["prose starting with From", "From what I remember, it went well.\nThey liked me.", false],
    ["empty", "", false],
  ])("%s: %s", (_name, text, expected) => {
    expect(looksLikeMbox(text)).toBe(expected);
  });
});
