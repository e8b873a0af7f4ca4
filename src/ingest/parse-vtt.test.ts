import { describe, expect, it } from "vitest";
import type { TranscriptDoc } from "../core/read/documents.js";
import { parseVtt } from "./parse-vtt.js";

function doc(text: string): TranscriptDoc {
  const result = parseVtt(text, "t.vtt");
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  expect(result.warnings).toEqual([]);
  return result.value;
}

const vtt = (...lines: string[]) => lines.join("\n");

describe("parseVtt", () => {
  it("reads voice tags, times and the line the text starts on", () => {
    expect(
      doc(
        vtt(
          "WEBVTT",
          "Kind: captions",
          "Language: en",
          "",
          "00:00:01.500 --> 00:00:04.000",
          "<v Ann Lee>Hello there.</v>",
          "",
          "00:01:02.000 --> 00:01:05.250",
          "<v Bob Stone>Hi Ann.",
        ),
      ),
    ).toEqual({
      kind: "transcript",
      source: "t.vtt",
      format: "vtt",
      utterances: [
        { speaker: "Ann Lee", text: "Hello there.", start: 1.5, end: 4, line: 6 },
        { speaker: "Bob Stone", text: "Hi Ann.", start: 62, end: 65.25, line: 9 },
      ],
    });
  });

  it.each([
    ["a BOM", "\uFEFFWEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi."],
    ["CRLF", "WEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\n<v Ann>Hi.\r\n"],
    ["a title after WEBVTT", "WEBVTT - meeting\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi."],
    ["stray blank lines", "\n\nWEBVTT\n\n\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi.\n\n\n"],
    ["a cue number", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi."],
    [
      "a Teams cue id",
      "WEBVTT\n\nd5e3a1c2-8f7b-4c1e-9a2b-3c4d5e6f7a8b/12-0\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi.",
    ],
    ["a text cue id", "WEBVTT\n\nintro\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi."],
    ["cue settings", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000 align:start line:0%\n<v Ann>Hi."],
    ["mm:ss stamps", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hi."],
    [
      "NOTE, STYLE and REGION blocks",
      "WEBVTT\n\nNOTE made by hand\nsecond line\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:fred\n\nNOTE\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi.",
    ],
    ["a header and no blank line", "WEBVTT\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi."],
    ["a closing voice tag", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi.</v>"],
  ])("reads a file with %s", (_, text) => {
    const { utterances } = doc(text);
    expect(utterances).toHaveLength(1);
    expect(utterances[0]).toMatchObject({ speaker: "Ann", text: "Hi.", start: 1, end: 2 });
  });

  it.each([
    ["Teams <v Last, First>", "<v Lee, Ann>Hello.", "Ann Lee", "Hello."],
    ["a voice with other punctuation", "<v Lee, A. (Guest)>Hello.", "Lee, A. (Guest)", "Hello."],
    ["Zoom 'Name: text'", "Ann Lee: Hello.", "Ann Lee", "Hello."],
    ["a multi-line cue", "<v Ann>Hello\nthere,\n  friend.", "Ann", "Hello there, friend."],
    ["a multi-line Zoom cue", "Ann Lee: Hello\nthere.", "Ann Lee", "Hello there."],
    [
      "inline tags",
      "<v Ann><i>Hello</i> <c.yellow>there</c><00:00:01.500> <b>friend</b>",
      "Ann",
      "Hello there friend",
    ],
    [
      "entities",
      "<v Ann>Q&amp;A: 1 &lt; 2 &gt; 0,&nbsp;it&#39;s &quot;fine&quot;",
      "Ann",
      'Q&A: 1 < 2 > 0, it\'s "fine"',
    ],
    ["prose with a colon", "The plan: ship it.", undefined, "The plan: ship it."],
  ])("reads %s", (_, cueText, speaker, text) => {
    const [u] = doc(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${cueText}`).utterances;
    expect(u?.speaker).toBe(speaker);
    expect(u?.text).toBe(text);
    expect(u?.line).toBe(4);
  });

  it("keeps consecutive cues by one speaker as separate utterances", () => {
    const { utterances } = doc(
      vtt(
        "WEBVTT",
        "",
        "00:00:01.000 --> 00:00:02.000",
        "<v Ann>One.",
        "",
        "00:00:02.000 --> 00:00:03.000",
        "<v Ann>Two.",
      ),
    );
    expect(utterances.map((u) => u.text)).toEqual(["One.", "Two."]);
  });

  it("splits a cue with two voices", () => {
    const { utterances } = doc(
      vtt("WEBVTT", "", "00:00:01.000 --> 00:00:02.000", "<v Ann>Ready?</v>", "<v Bob>Yes.</v>"),
    );
    expect(utterances).toEqual([
      { speaker: "Ann", text: "Ready?", start: 1, end: 2, line: 4 },
      { speaker: "Bob", text: "Yes.", start: 1, end: 2, line: 5 },
    ]);
  });

  it("warns about a malformed timing line, naming it, and keeps the other cues", () => {
    const result = parseVtt(
      vtt(
        "WEBVTT",
        "",
        "00:00:01.000 --> 00:00:02.000",
        "<v Ann>One.",
        "",
        "00:00:0x.000 --> 00:00:03.000",
        "<v Ann>Lost.",
        "",
        "00:00:04.000 --> 00:00:05.000",
        "<v Bob>Three.",
      ),
      "t.vtt",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.utterances.map((u) => u.text)).toEqual(["One.", "Three."]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({
      source: "t.vtt",
      line: 6,
      excerpt: "00:00:0x.000 --> 00:00:03.000",
    });
    expect(result.warnings[0]?.message).toMatch(/not valid.*'00:00:01.000 --> 00:00:04.000'; cue skipped/);
  });

  it("warns about a missing WEBVTT header and still reads the cues", () => {
    const result = parseVtt("1\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi.", "t.vtt");
    expect(result.ok && result.value.utterances).toHaveLength(1);
    expect(result.ok && result.warnings).toEqual([
      {
        source: "t.vtt",
        line: 1,
        message: "no WEBVTT header on the first line; read as WebVTT anyway",
        excerpt: "1",
      },
    ]);
  });

  it.each([
    ["empty text", "", /^no cues found; expected WEBVTT cues like '00:00:01.000 --> 00:00:04.000'$/],
    ["a header only", "WEBVTT\n\nNOTE nothing yet\n", /^no cues found/],
    ["prose", "Just some words\nand more words", /^no cues found/],
    [
      "cues without text",
      "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n00:00:03.000 --> 00:00:04.000\n<i></i>",
      /none has any text/,
    ],
    ["only malformed cues", "WEBVTT\n\n00:00:99.000 --> 00:00:02.000\nHi", /^no cues found/],
  ])("fails on %s", (_, text, message) => {
    const result = parseVtt(text, "t.vtt");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(message);
  });

  it("reads 20,000 cues with the same timestamp", () => {
    const cue = "00:00:01.000 --> 00:00:01.000\n<v Ann>Same time.\n";
    const result = parseVtt(
      `WEBVTT\n\n${Array.from({ length: 20_000 }, (_, i) => `${i + 1}\n${cue}`).join("\n")}`,
      "t.vtt",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.utterances).toHaveLength(20_000);
    expect(result.value.utterances.at(-1)).toMatchObject({
      speaker: "Ann",
      start: 1,
      line: 2 + 4 * 19_999 + 3,
    });
  });

  it("caps warnings when every cue is broken", () => {
    const bad = Array.from({ length: 500 }, () => "00:00:xx --> 00:00:01.000\nHi\n").join("\n");
    const result = parseVtt(`WEBVTT\n\n${bad}\n00:00:01.000 --> 00:00:02.000\n<v Ann>Fine.`, "t.vtt");
    expect(result.ok && result.warnings).toHaveLength(21);
  });

  it.each([
    ["letters", "a".repeat(1_000_000), true],
    ["open brackets", "<".repeat(1_000_000), true],
    ["an open voice tag", `<v ${" ".repeat(1_000_000)}`, true],
    ["colons", ":".repeat(1_000_000), true],
    ["ampersands", "&#".repeat(500_000), true],
    ["arrows", "-->".repeat(350_000), false],
  ])("does not hang on a megabyte line of %s", (_, line, readsAsText) => {
    expect(parseVtt(`WEBVTT\n\n${line}`, "t.vtt").ok).toBe(false);
    const result = parseVtt(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${line}`, "t.vtt");
    expect(result.ok).toBe(readsAsText);
  });
});
