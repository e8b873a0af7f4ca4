import { describe, expect, it } from "vitest";
import type { TranscriptDoc, Utterance } from "../core/read/documents.js";
import { parseTranscriptText, recordingStart, textLayoutOf } from "./parse-transcript-text.js";

function doc(text: string): TranscriptDoc {
  const result = parseTranscriptText(text, "t.txt");
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return result.value;
}

const turns = (text: string) => doc(text).utterances;

describe("parseTranscriptText", () => {
  it("reads Name: text lines", () => {
    expect(doc("Ann Lee: Hello.\nBob Stone: Hi, Ann.\n")).toEqual({
      kind: "transcript",
      source: "t.txt",
      format: "text",
      utterances: [
        { speaker: "Ann Lee", text: "Hello.", line: 1 },
        { speaker: "Bob Stone", text: "Hi, Ann.", line: 2 },
      ],
    });
  });

  it.each<[string, string, Partial<Utterance>]>([
    ["[hh:mm:ss]", "[00:01:02] Ann Lee: Hello.", { speaker: "Ann Lee", text: "Hello.", start: 62 }],
    ["[mm:ss]", "[01:02] Ann Lee: Hello.", { speaker: "Ann Lee", start: 62 }],
    ["(hh:mm:ss)", "(00:01:02) Ann Lee: Hello.", { speaker: "Ann Lee", start: 62 }],
    ["a bare hh:mm:ss", "00:01:02 Ann Lee: Hello.", { speaker: "Ann Lee", text: "Hello.", start: 62 }],
    ["a stamp with milliseconds", "[00:01:02.500] Ann: Hello.", { speaker: "Ann", start: 62.5 }],
    ["a stamp and a dash", "[00:01:02] - Ann: Hello.", { speaker: "Ann", text: "Hello.", start: 62 }],
    [
      "a stamp after the name",
      "Ann Lee (00:01:02): Hello.",
      { speaker: "Ann Lee", text: "Hello.", start: 62 },
    ],
    ["a bracketed stamp after the name", "Ann Lee [1:02]: Hello.", { speaker: "Ann Lee", start: 62 }],
    ["a single-word speaker", "Interviewer: So.", { speaker: "Interviewer", text: "So." }],
    ["a numbered speaker", "Speaker 2: Yes.", { speaker: "Speaker 2", text: "Yes." }],
    [
      "a colon in the text",
      "Ann: The plan: ship it at 10:30.",
      { speaker: "Ann", text: "The plan: ship it at 10:30." },
    ],
  ])("reads %s", (_, line, expected) => {
    const [u] = turns(line);
    expect(u).toMatchObject({ line: 1, ...expected });
  });

  it("joins a line without a speaker to the previous utterance", () => {
    expect(turns("Ann: I think\nthat is right.\nBob: Ok.")).toEqual([
      { speaker: "Ann", text: "I think that is right.", line: 1 },
      { speaker: "Bob", text: "Ok.", line: 3 },
    ]);
  });

  it("does not take prose with a colon for a speaker", () => {
    const text = [
      "Ann Lee: Here is what happened.",
      "The short version: we shipped late.",
      "Here's the thing: nobody asked.",
      "We met at 10:30 and left at 11:15.",
      "See https://example.com: it's all there.",
      "Note: this was recorded.",
      "Bob: Thanks.",
    ].join("\n");
    expect(turns(text).map((u) => u.speaker)).toEqual(["Ann Lee", "Bob"]);
    expect(turns(text)[0]?.text).toContain(
      "we shipped late. Here's the thing: nobody asked. We met at 10:30",
    );
  });

  it("reads Otter exports: a header with a time, then the paragraph", () => {
    const text = [
      "Ann Lee  0:03",
      "Hello there, can you hear me?",
      "I can hear you fine.",
      "",
      "Bob Stone\t1:02:03",
      "Yes, all good.",
      "",
      "Speaker 3   12:04",
      "Me too.",
      "",
      "Transcribed by https://otter.ai",
    ].join("\n");
    expect(turns(text)).toEqual([
      { speaker: "Ann Lee", text: "Hello there, can you hear me? I can hear you fine.", start: 3, line: 2 },
      { speaker: "Bob Stone", text: "Yes, all good.", start: 3723, line: 6 },
      { speaker: "Speaker 3", text: "Me too.", start: 724, line: 9 },
    ]);
  });

  it("reads 'Name:' on a line of its own as a header", () => {
    expect(turns("Ann:\nHello there.\n\nBob:\nHi.")).toEqual([
      { speaker: "Ann", text: "Hello there.", line: 2 },
      { speaker: "Bob", text: "Hi.", line: 5 },
    ]);
  });

  it("drops a header that has no text", () => {
    expect(turns("Ann  0:01\n\nBob  0:02\nHi.")).toEqual([
      { speaker: "Bob", text: "Hi.", start: 2, line: 4 },
    ]);
  });

  it.each([
    ["a BOM", "\uFEFFAnn: Hi.\nBob: Hello."],
    ["CRLF", "Ann: Hi.\r\nBob: Hello.\r\n"],
    ["stray blank lines", "\n\nAnn: Hi.\n\n\n\nBob: Hello.\n\n"],
  ])("reads a file with %s", (_, text) => {
    expect(turns(text).map((u) => [u.speaker, u.text])).toEqual([
      ["Ann", "Hi."],
      ["Bob", "Hello."],
    ]);
  });

  it("continues a paragraph after a blank line", () => {
    expect(turns("Ann: One.\n\nTwo.")).toEqual([{ speaker: "Ann", text: "One. Two.", line: 1 }]);
  });

  it("starts an utterance without a speaker at a bracketed stamp on its own", () => {
    expect(turns("Ann: One.\n[00:00:05] Two.")).toEqual([
      { speaker: "Ann", text: "One.", line: 1 },
      { text: "Two.", start: 5, line: 2 },
    ]);
  });

  it("leaves out a heading before the first turn, with a warning", () => {
    const result = parseTranscriptText(
      "Team sync - notes\nRecorded with permission. Speakers: Ann, Bob\n\n[00:00:02] Ann: Hi.",
      "t.txt",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.utterances).toEqual([{ speaker: "Ann", text: "Hi.", start: 2, line: 4 }]);
    expect(result.warnings).toEqual([
      {
        source: "t.txt",
        line: 1,
        message: "2 lines before the first speaker turn left out (read as a heading)",
        excerpt: "Team sync - notes",
      },
    ]);
  });

  it("warns about a bracketed stamp that is not a time and reads the line without it", () => {
    const result = parseTranscriptText("Ann: Hi.\n[00:61:00] Bob: Hello.", "t.txt");
    expect(result.ok && result.value.utterances[1]).toEqual({ speaker: "Bob", text: "Hello.", line: 2 });
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({
        line: 2,
        message: "[00:61:00] is not a time like [00:01:02]; line read without it",
      }),
    ]);
  });

  it("does not take a bare time at the start of prose for a stamp", () => {
    expect(turns("Ann: When?\n10:30 works for me.")).toEqual([
      { speaker: "Ann", text: "When? 10:30 works for me.", line: 1 },
    ]);
  });

  it.each([
    ["empty text", ""],
    ["blank lines", "\n \n"],
    ["prose only", "We talked about the roadmap: it was fine.\nThen we left at 10:30."],
    ["stamps without speakers", "[00:00:01] hello\n[00:00:02] again"],
  ])("fails on %s", (_, text) => {
    const result = parseTranscriptText(text, "t.txt");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]?.message).toBe("no speaker turns found; expected lines like 'Name: text'");
  });

  it("reads 20,000 turns", () => {
    const text = Array.from(
      { length: 20_000 },
      (_, i) => `[00:00:01] ${i % 2 === 0 ? "Ann" : "Bob"}: Same time.`,
    ).join("\n");
    const result = parseTranscriptText(text, "t.txt");
    expect(result.ok && result.value.utterances).toHaveLength(20_000);
  });

  it.each([
    ["letters", "a".repeat(1_000_000)],
    ["spaces then a time", `Ann${" ".repeat(1_000_000)}0:03`],
    ["colons", `Ann: ${":".repeat(1_000_000)}`],
    ["brackets", "[".repeat(1_000_000)],
    ["digits and colons", "0:".repeat(500_000)],
  ])("does not hang on a megabyte line of %s", (_, line) => {
    const result = parseTranscriptText(`Ann: Hi.\n${line}`, "t.txt");
    expect(result.ok).toBe(true);
  });
});

describe("parseTranscriptText: Zoom's saved captions", () => {
  it("reads [Name] time-of-day headers, turns timed from the first", () => {
    const text = "[Ines Moll] 23:59:50\nShall we start?\n\n[Tom Ek - Room 2] 00:00:05\nYes, go ahead.\n";
    expect(turns(text)).toEqual([
      { speaker: "Ines Moll", text: "Shall we start?", start: 0, line: 2 },
      { speaker: "Tom Ek - Room 2", text: "Yes, go ahead.", start: 15, line: 5 },
    ]);
  });

  it("does not take a bracketed time for a speaker", () => {
    expect(turns("[00:01:02] 10:00\nAnn: Hi.")[0]).toMatchObject({ start: 62 });
  });
});

describe("textLayoutOf", () => {
  it.each([
    [
      "timed-headers",
      "Speaker 1  0:02\nHello there.\n\nKim Ode  0:09\nHi, thanks.\n\nSpeaker 1  0:15\nSo.\n",
    ],
    ["bracket-headers", "[Kim Ode] 10:00:01\nHello.\n\n[Ann Lee] 10:00:04\nHi.\n"],
    ["timed-lines", "00:00:05\tKim Ode:\thello\n00:00:09\tAnn Lee:\thi\n00:01:00\tKim Ode:\tok\n"],
    ["timed-lines", "Kim Ode (00:00:05):\nHello.\nAnn Lee (00:00:09):\nHi.\nKim Ode (00:00:15):\nSo.\n"],
    ["speaker-lines", "Kim: Tell me about you.\nAnn: Sure.\nKim: And why us?\nAnn: The team.\n"],
  ])("reads %s", (layout, text) => {
    expect(textLayoutOf(text)).toBe(layout);
  });

  it.each([
    ["prose", "It went well overall.\nThey asked about my last role.\nI think I rambled a bit.\n"],
    [
      "notes quoting a few people among many lines",
      "Thoughts after the call.\nKim: liked the portfolio.\nLong chat about the team.\nAnn: asked about notice.\nOverall good.\nWaiting to hear.\nMaybe Friday.\n",
    ],
    ["a single timed header", "Kim Ode  0:02\nHello.\nMore notes.\nAnd more.\n"],
  ])("finds no transcript in %s", (_name, text) => {
    expect(textLayoutOf(text)).toBeUndefined();
  });
});

describe("recordingStart: when a transcript's heading says the recording started", () => {
  it.each([
    ["Call with Hollin Press - Otter.ai\nThu, Nov 26, 2026 2:00PM • 48:12", "2026-11-26T14:00:00"],
    ["Recorded 26 November 2026, 09:05", "2026-11-26T09:05:00"],
    ["March 3, 2026 at 11:30 am", "2026-03-03T11:30:00"],
  ])("%j", (heading, start) => {
    expect(recordingStart(heading)).toBe(start);
  });

  it("reads none from a heading with no year or no time", () => {
    expect(recordingStart("Thu, Nov 26 • 48:12")).toBeUndefined();
    expect(recordingStart("Interview notes, 26 November 2026")).toBeUndefined();
  });

  it("keeps it on the transcript an Otter export's heading dates", () => {
    const text =
      "Hollin Press call - Otter.ai\nThu, Nov 26, 2026 2:00PM • 48:12\n\nSPEAKERS\nNia Brook, Sam Okafor\n\nNia Brook  0:04\nThanks for joining.\n\nSam Okafor  0:20\nHappy to be here.\n";
    expect(doc(text).startedAt).toBe("2026-11-26T14:00:00");
  });
});
