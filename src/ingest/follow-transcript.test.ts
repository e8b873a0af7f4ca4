import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CASES, caseNames, describeShared } from "../../test/shared.js";
import type { Utterance } from "../core/read/documents.js";
import { decodeText } from "./decode-text.js";
import { followTranscript } from "./follow-transcript.js";
import { parseTranscript, sniffTranscriptFormat } from "./parse-transcript.js";

/** Everything the follower gives for `chunks`, in order, and its format. */
function follow(chunks: string[], source = "t.vtt"): { utterances: Utterance[]; format: string | undefined } {
  const f = followTranscript(source);
  const utterances: Utterance[] = [];
  for (const c of chunks) utterances.push(...f.push(c));
  utterances.push(...f.end());
  return { utterances, format: f.format };
}

/** `text` cut at the given offsets (any order, repeats allowed). */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

function whole(text: string, source = "t.vtt"): Utterance[] {
  const parsed = parseTranscript(text, source);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value.utterances;
}

const corpus = caseNames().flatMap((d) =>
  readdirSync(join(CASES, d))
    .filter((f) => /^transcript\.(vtt|srt|txt)$/.test(f))
    .map((f) => {
      const decoded = decodeText(readFileSync(join(CASES, d, f)), f);
      if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
      return { name: `${d}/${f}`, source: f, text: decoded.value };
    }),
);

describeShared("followTranscript on the corpus", () => {
  it("has transcripts to follow", () => expect(corpus.length).toBeGreaterThan(0));
  it.each(corpus)("any split of $name gives parseTranscript's utterances", ({ source, text }) => {
    const expected = whole(text, source);
    const format = sniffTranscriptFormat(text);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (at) => {
        const got = follow(cut(text, at), source);
        expect(got.utterances).toEqual(expected);
        expect(got.format).toBe(format);
      }),
      { numRuns: 60 },
    );
  });

  it.each(corpus)(
    "$name with CRLF line ends, split anywhere (also between CR and LF)",
    ({ source, text }) => {
      const crlf = text.replace(/\n/g, "\r\n");
      const expected = whole(crlf, source);
      expect(expected).toEqual(whole(text, source));
      fc.assert(
        fc.property(fc.array(fc.nat(), { maxLength: 40 }), (at) => {
          expect(follow(cut(crlf, at), source).utterances).toEqual(expected);
        }),
        { numRuns: 30 },
      );
    },
  );

  it.each(corpus)("$name one character at a time", ({ source, text }) => {
    expect(follow([...text], source).utterances).toEqual(whole(text, source));
  });
});

const VTT = [
  "WEBVTT",
  "",
  "1",
  "00:00:01.000 --> 00:00:04.000",
  "<v Ann Lee>Thanks for coming in today.",
  "",
  "2",
  "00:00:05.000 --> 00:00:09.000",
  "<v Sam Park>Happy to be here, and I read",
  "about the team.",
  "",
  "3",
  "00:00:10.000 --> 00:00:12.000",
  "<v Ann Lee>Great.",
  "",
].join("\n");

describe("followTranscript", () => {
  it("holds the newest cue back until the next timing line, then gives it whole", () => {
    const f = followTranscript("t.vtt");
    const cueTwoHalf = VTT.indexOf("about the team.");
    expect(f.push(VTT.slice(0, cueTwoHalf))).toEqual([
      { speaker: "Ann Lee", text: "Thanks for coming in today.", start: 1, end: 4, line: 5 },
    ]);
    expect(f.format).toBe("vtt");
    // The rest of cue 2 and the start of cue 3: cue 2 is complete once cue 3's timing line is read.
    const third = VTT.indexOf("<v Ann Lee>Great.");
    expect(f.push(VTT.slice(cueTwoHalf, third))).toEqual([
      {
        speaker: "Sam Park",
        text: "Happy to be here, and I read about the team.",
        start: 5,
        end: 9,
        line: 9,
      },
    ]);
    expect(f.push(VTT.slice(third))).toEqual([]);
    expect(f.end()).toEqual([{ speaker: "Ann Lee", text: "Great.", start: 10, end: 12, line: 14 }]);
    expect(f.warnings).toEqual([]);
  });

  it("holds back a truncated last line until its line break comes", () => {
    const f = followTranscript("t.txt");
    expect(f.push("Ann: Tell me about the role you had.\nSam: I led the da")).toEqual([]);
    expect(f.format).toBe("text");
    // Sam's line completes, which completes Ann's turn; Sam's turn waits for the next turn.
    expect(f.push("ta team for two years.\nAnn: And before")).toEqual([
      { speaker: "Ann", text: "Tell me about the role you had.", line: 1 },
    ]);
    expect(f.push(" that?\n")).toEqual([
      { speaker: "Sam", text: "I led the data team for two years.", line: 2 },
    ]);
    expect(f.end()).toEqual([{ speaker: "Ann", text: "And before that?", line: 3 }]);
  });

  it("gives a last line without a line break at the end", () => {
    expect(follow(["Ann: One.\nSam: Two."]).utterances).toEqual([
      { speaker: "Ann", text: "One.", line: 1 },
      { speaker: "Sam", text: "Two.", line: 2 },
    ]);
  });

  it("a continuation line joins the turn it follows", () => {
    expect(follow(["Ann: We ship weekly\n", "and review on Fridays.\n", "Sam: Good.\n"]).utterances).toEqual([
      { speaker: "Ann", text: "We ship weekly and review on Fridays.", line: 1 },
      { speaker: "Sam", text: "Good.", line: 3 },
    ]);
  });

  it("drops a byte order mark, also when it comes alone", () => {
    const expected = whole(VTT);
    expect(follow(["\uFEFF", VTT]).utterances).toEqual(expected);
    expect(follow([`\uFEFF${VTT}`]).utterances).toEqual(expected);
    expect(follow(["\uFEFFWEB", VTT.slice(3)]).utterances).toEqual(expected);
  });

  it("reads CRLF, and a CR split from its LF, as one line break", () => {
    const crlf = VTT.replace(/\n/g, "\r\n");
    const at = crlf.indexOf("\r\n", 40) + 1;
    expect(follow([crlf.slice(0, at), crlf.slice(at)]).utterances).toEqual(whole(VTT));
    // A lone CR (old Mac files) is a line break too.
    expect(follow(["Ann: One.\rSam: Two.\r"]).utterances).toEqual(whole("Ann: One.\nSam: Two.\n", "t.txt"));
  });

  it("waits for enough of the start to tell the format", () => {
    const f = followTranscript("t.vtt");
    expect(f.push("WEB")).toEqual([]);
    expect(f.format).toBeUndefined();
    f.push("VTT\n\n");
    expect(f.format).toBe("vtt");
  });

  it("tells SubRip from WebVTT by the first timing line", () => {
    const srt =
      "1\n00:00:01,000 --> 00:00:02,500\nAnn: Hello.\n\n2\n00:00:03,000 --> 00:00:04,000\nSam: Hi.\n";
    const got = follow([srt.slice(0, 5), srt.slice(5)], "t.srt");
    expect(got.format).toBe("srt");
    expect(got.utterances).toEqual(whole(srt, "t.srt"));
  });

  it("reads lines without a timing line as plain text after a few lines", () => {
    const otter = [
      "Ann Lee  0:03",
      "Thanks for joining.",
      "",
      "Sam Park  0:09",
      "Glad to be here.",
      "",
      "Ann Lee  0:15",
      "Let's start.",
      "",
      "Sam Park  0:20",
      "Sure.",
      "",
    ].join("\n");
    const f = followTranscript("t.txt");
    const first = f.push(otter);
    expect(f.format).toBe("text");
    expect([...first, ...f.end()]).toEqual(whole(otter, "t.txt"));
  });

  it("keeps the parsers' warnings: a bad timing line, lines before the first turn", () => {
    const f = followTranscript("t.vtt");
    f.push(
      "WEBVTT\n\n00:00:01.000 --> 00:00:00.500\nAnn: lost\n\n00:00:02.000 --> 00:00:03.000\nAnn: kept\n",
    );
    expect(f.end()).toEqual([{ speaker: "Ann", text: "kept", start: 2, end: 3, line: 7 }]);
    expect(f.warnings.map((w) => w.line)).toEqual([3]);

    const t = followTranscript("t.txt");
    t.push("Interview with Acme\nAnn: Hi.\n");
    t.end();
    expect(t.warnings[0]?.message).toContain("before the first speaker turn");
  });

  it("refuses text after end()", () => {
    const f = followTranscript("t.txt");
    f.end();
    expect(() => f.push("Ann: late")).toThrow();
    expect(f.end()).toEqual([]);
  });
});
