import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Analysis, analyzeInterview } from "../src/core/read/analyze-interview.js";
import type { Doc, EmailDoc, InviteDoc, TranscriptDoc, Utterance } from "../src/core/read/documents.js";
import { decodeText, decodeWindows1252 } from "../src/ingest/decode-text.js";
import { htmlToText } from "../src/ingest/html-to-text.js";
import { MAX_WARNINGS } from "../src/ingest/limit-warnings.js";
import { parseContext } from "../src/ingest/parse-context.js";
import { parseEml } from "../src/ingest/parse-eml.js";
import { parseIcs } from "../src/ingest/parse-ics.js";
import { formatProblem, type ParseResult, type Problem } from "../src/ingest/parse-result.js";
import { parseSrt } from "../src/ingest/parse-srt.js";
import { parseTranscript } from "../src/ingest/parse-transcript.js";
import { parseTranscriptText } from "../src/ingest/parse-transcript-text.js";
import { parseVtt } from "../src/ingest/parse-vtt.js";
import { readCaseFiles } from "../src/ingest/read-case-folder.js";
import { looksLikeMbox, splitMbox } from "../src/ingest/split-mbox.js";
import { splitQuoted } from "../src/ingest/split-quoted.js";

/*
 * Hostile input, issue 7: whatever text or bytes a parser is given, it returns a result (a value
 * with warnings, or problems) and never throws, in bounded memory; the analyser returns a
 * read with a band. Inputs are random strings and bytes, soups of each format's own tokens, and
 * random edits of small valid files. Where a valid file can be generated, it must also read back
 * without losing anything. The fixtures are written for these tests.
 */

const KB = 1024;
const MB = 1024 * KB;
// No call is timed: a hang is stopped by the test's time-out, and speed on hostile text is bounded in
// work, not milliseconds, by test/regex-backtracking.test.ts (a busy machine made clock limits fail).
/** Heap one call on a small input may leave behind (garbage included, as no GC is forced). */
const CALL_HEAP_CAP = 128 * MB;
const PATHOLOGICAL_HEAP_CAP = 256 * MB;
/** Growth of the heap from the start of this file to its end. */
const RUN_HEAP_CAP = 512 * MB;
const RUNS = 200;
const NOW = "2026-02-05T18:00:00-08:00";
const BANDS = ["strong", "promising", "mixed", "weak"];

/**
 * A full collection, so that a heap check measures what is kept, not garbage a busy machine has
 * not collected yet (without it the check failed now and then under load, with nothing leaked).
 */
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

/** Heap in use after a full collection. */
function heapKept(): number {
  collect();
  return process.memoryUsage().heapUsed;
}

const heapAtStart = heapKept();

interface Limits {
  heap: number;
}
const SMALL: Limits = { heap: CALL_HEAP_CAP };
const HUGE: Limits = { heap: PATHOLOGICAL_HEAP_CAP };

function checkCost(what: string, heapBefore: number, limits: Limits): void {
  // Cheap first; only a heap over the cap is collected and measured again.
  if (process.memoryUsage().heapUsed - heapBefore < limits.heap) return;
  const kept = heapKept() - heapBefore;
  if (kept >= limits.heap) throw new Error(`${what} grew the heap by ${Math.round(kept / MB)} MB`);
}

/** Runs `f`, failing when it throws or leaves the heap much bigger. */
function guarded<T>(what: string, f: () => T, limits = SMALL): T {
  const heapBefore = process.memoryUsage().heapUsed;
  const value = f();
  checkCost(what, heapBefore, limits);
  return value;
}

async function guardedAsync<T>(what: string, f: () => Promise<T>, limits = SMALL): Promise<T> {
  const heapBefore = process.memoryUsage().heapUsed;
  const value = await f();
  checkCost(what, heapBefore, limits);
  return value;
}

// ------------------------------------------------------------------------------------------------
// Checks on what comes back

function expectProblem(p: Problem, source: string): void {
  expect(p.source.startsWith(source)).toBe(true);
  expect(p.message.trim()).not.toBe("");
  if (p.line !== undefined) expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
  expect(formatProblem(p).startsWith(p.source)).toBe(true);
}

/** ok with a value and warnings, or not ok with at least one problem; every problem well formed. */
function expectResult<T>(
  result: ParseResult<T>,
  source: string,
  maxProblems = Number.POSITIVE_INFINITY,
): void {
  const problems = result.ok ? result.warnings : result.problems;
  if (!result.ok) expect(problems.length).toBeGreaterThan(0);
  expect(problems.length).toBeLessThanOrEqual(maxProblems);
  for (const p of problems) expectProblem(p, source);
}

function expectTranscript(result: ParseResult<TranscriptDoc>, source: string): void {
  // The capped warnings, the line that counts the rest, and for a failure the problem itself.
  expectResult(result, source, MAX_WARNINGS + 2);
  if (!result.ok) return;
  expect(result.value.utterances.length).toBeGreaterThan(0);
  for (const u of result.value.utterances) {
    expect(u.text.trim()).not.toBe("");
    expect(u.line).toBeGreaterThanOrEqual(1);
    if (u.speaker !== undefined) expect(u.speaker.trim()).not.toBe("");
    if (u.start !== undefined) expect(Number.isFinite(u.start) && u.start >= 0).toBe(true);
    if (u.start !== undefined && u.end !== undefined) expect(u.end).toBeGreaterThanOrEqual(u.start);
  }
}

function expectIsoDate(iso: string | undefined): void {
  if (iso !== undefined) expect(Number.isNaN(Date.parse(iso))).toBe(false);
}

function expectAnalysis(analysis: Analysis, docs: Doc[]): void {
  expect(BANDS).toContain(analysis.read.band);
  expect(Number.isFinite(analysis.read.score)).toBe(true);
  expect(analysis.read.summary.trim()).not.toBe("");
  const sources = new Set(docs.map((d) => d.source));
  for (const signal of analysis.signals) {
    expect(signal.label.trim()).not.toBe("");
    for (const e of signal.evidence) expect(sources.has(e.source), `evidence from ${e.source}`).toBe(true);
  }
  for (const t of analysis.talkShare) expect(t.share >= 0 && t.share <= 1).toBe(true);
  expect(() => JSON.stringify(analysis)).not.toThrow();
}

/** Control characters other than tab, line feed, form feed and carriage return: text files have none. */
function isControl(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code < 0x20 && c !== "\t" && c !== "\n" && c !== "\f" && c !== "\r") || code === 0x7f;
}

/** Characters other than white space: what must survive any re-wrapping or splitting of a text. */
function nonSpace(text: string): number {
  return text.replace(/\s+/g, "").length;
}

// ------------------------------------------------------------------------------------------------
// Inputs: random text and bytes, token soups, random edits of valid files

const anyText = fc.string({ unit: "binary", maxLength: 3_000 });
const anyBytes = fc.uint8Array({ maxLength: 4_096 });
const shortText = fc.string({ unit: "binary", maxLength: 16 });

/** Text made mostly of a format's own pieces, so that parsers get deep into their states. */
function soup(tokens: readonly string[], maxPieces = 300): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: shortText }),
      { maxLength: maxPieces },
    )
    .map((pieces) => pieces.join(""));
}

interface Edit {
  op: "delete" | "insert" | "duplicate" | "truncate" | "repeat" | "swap-lines";
  at: number;
  length: number;
  text: string;
}

function applyEdit(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  switch (e.op) {
    case "delete":
      return text.slice(0, at) + text.slice(at + e.length);
    case "insert":
      return text.slice(0, at) + e.text + text.slice(at);
    case "duplicate":
      return text.slice(0, at + e.length) + text.slice(at, at + e.length) + text.slice(at + e.length);
    case "truncate":
      return text.slice(0, at);
    case "repeat":
      return text.slice(0, at) + e.text.repeat(e.length % 64) + text.slice(at);
    case "swap-lines": {
      const lines = text.split("\n");
      const i = e.at % lines.length;
      const j = e.length % lines.length;
      const a = lines[i] ?? "";
      lines[i] = lines[j] ?? "";
      lines[j] = a;
      return lines.join("\n");
    }
    default: {
      const never: never = e.op;
      throw new Error(`unknown edit ${String(never)}`);
    }
  }
}

/** A valid file with one to eight random edits: deletions, insertions, duplications, truncation… */
function edited(fixture: string, tokens: readonly string[]): fc.Arbitrary<string> {
  const edit: fc.Arbitrary<Edit> = fc.record({
    op: fc.constantFrom("delete", "insert", "duplicate", "truncate", "repeat", "swap-lines"),
    at: fc.nat(),
    length: fc.nat({ max: 400 }),
    text: fc.oneof(fc.constantFrom(...tokens), shortText),
  });
  return fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => edits.reduce(applyEdit, fixture));
}

/** What a parser of one format is fed: anything, its own tokens, or its valid file broken. */
function hostile(fixture: string, tokens: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(anyText, soup(tokens), edited(fixture, tokens));
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, endian === "le");
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endian === "le");
  return bytes;
}

/** Bytes of a format: random, its hostile text as UTF-8 or UTF-16, or its valid file with bytes edited. */
function hostileBytes(fixture: string, tokens: readonly string[]): fc.Arbitrary<Uint8Array> {
  const asBinary = String.fromCharCode(...utf8(fixture));
  return fc.oneof(
    anyBytes,
    hostile(fixture, tokens).map(utf8),
    hostile(fixture, tokens).map((t) => utf16(t, "le")),
    edited(asBinary, ["\u0000", "\u00ff", "\u00c3", "\r", "\n", "\u001b"]).map((s) =>
      Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff),
    ),
  );
}

// ------------------------------------------------------------------------------------------------
// Small valid files, one per format

const VTT = [
  "WEBVTT",
  "Kind: captions",
  "Language: en",
  "",
  "NOTE exported by the meeting tool",
  "",
  "STYLE",
  "::cue { color: yellow }",
  "",
  "1",
  "00:00:01.000 --> 00:00:04.500",
  "<v Priya Raman>Thanks for joining. Could you walk me through the migration?",
  "",
  "2",
  "00:00:05.000 --> 00:00:09.250 align:start position:10%",
  "<v Okafor, Sam>Sure. We moved the billing jobs off cron &amp; onto a queue.</v>",
  "",
  "3f2a9c1e-77aa-4c1b-9d0e-5e6f7a8b9c0d/12-0",
  "00:00:09.500 --> 00:00:12.000",
  "Priya Raman: <i>What</i> broke first?",
  "",
  "00:00:12.500 --> 00:00:20.000",
  "<v Sam Okafor>The nightly job timed out,",
  "so we split it into batches.</v>",
  "",
].join("\n");

const VTT_TOKENS = [
  "WEBVTT",
  "\n",
  "\n\n",
  "\r\n",
  " --> ",
  "-->",
  "00:00:01.000",
  "00:01.500",
  "99:99:99.999",
  "1:02:03.4",
  "<v Priya Raman>",
  "<v ",
  "</v>",
  "<i>",
  "<",
  ">",
  "&amp;",
  "&#x2019;",
  "&",
  "NOTE ",
  "STYLE",
  "REGION",
  "Priya Raman: ",
  "Sam: ",
  ":",
  "12",
  "align:start",
  "{\\an8}",
  "text ",
  " ",
];

const SRT = [
  "1",
  "00:00:01,000 --> 00:00:04,000",
  "Priya Raman: Welcome, and thanks for making the time.",
  "",
  "2",
  "00:00:04,500 --> 00:00:08,000",
  "<i>Sam Okafor:</i> Glad to be here.",
  "{\\an8}It was an easy trip in.",
  "",
  "3",
  "00:00:08,500 --> 00:00:11,000",
  '<font color="red">Priya Raman: Let\'s begin with your last project.</font>',
  "",
].join("\n");

const SRT_TOKENS = [
  ...VTT_TOKENS,
  "00:00:01,000",
  "00:00:04,000 ",
  '<font color="red">',
  "</font>",
  "1\n",
  "{\\",
];

const TRANSCRIPT_TEXT = [
  "Platform team interview",
  "Attendees: Priya Raman, Sam Okafor",
  "",
  "[00:00:03] Priya Raman: Thanks for coming in today.",
  "[00:00:07] Sam Okafor: Happy to be here.",
  "Sam Okafor (00:00:12): The trip was easy,",
  "and the building is lovely.",
  "",
  "Priya Raman  0:20",
  "Let's talk about the billing migration.",
  "",
  "00:31 - Sam Okafor: Sure, where should I start?",
  "(00:40) Priya Raman: With what broke first.",
  "[99:99] stray stamp that is not a time",
  "Transcribed by https://otter.ai",
].join("\n");

const TRANSCRIPT_TEXT_TOKENS = [
  "Priya Raman: ",
  "Sam Okafor: ",
  "Speaker 2: ",
  "Note: ",
  "[00:01:02] ",
  "[01:02]",
  "(00:01:02)",
  "[99:99] ",
  "[",
  "]",
  "(",
  ")",
  "  0:03",
  "\t1:02:03",
  "\n",
  "\n\n",
  "\r",
  " - ",
  " | ",
  ":",
  ": ",
  "10:30 works ",
  "http://x.example ",
  "Transcribed by",
  "words and more words ",
  " ",
];

const ICS = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Debrief tests//Property//EN",
  "X-WR-TIMEZONE:Europe/Berlin",
  "BEGIN:VTIMEZONE",
  "TZID:Custom Zone",
  "BEGIN:STANDARD",
  "DTSTART:19701025T030000",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "END:STANDARD",
  "END:VTIMEZONE",
  "BEGIN:VEVENT",
  "UID:loop-1@debrief.test",
  "DTSTART;TZID=Europe/Berlin:20260203T170000",
  "DTEND;TZID=Europe/Berlin:20260203T174500",
  "SUMMARY:Onsite loop\\, platform team",
  "DESCRIPTION:Meet at the front desk. We will walk over to the second floor a",
  " nd start with a short tour\\; bring a laptop.",
  'ORGANIZER;CN="Raman, Priya":mailto:priya@pinecrest.example',
  "ATTENDEE;CN=Sam Okafor;ROLE=REQ-PARTICIPANT:mailto:sam@mail.example",
  "RRULE:FREQ=WEEKLY;COUNT=2",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:screen-2@debrief.test",
  "DTSTART;VALUE=DATE:20260210",
  "DURATION:P1D",
  "SUMMARY:Take-home due",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:call-3@debrief.test",
  "DTSTART;TZID=Custom Zone:20260212T100000",
  "DTEND;TZID=(UTC+01:00) Amsterdam, Berlin:20260212T103000",
  "SUMMARY:Call with the hiring manager",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

const ICS_TOKENS = [
  "BEGIN:VCALENDAR\r\n",
  "END:VCALENDAR\r\n",
  "BEGIN:VEVENT\r\n",
  "END:VEVENT\r\n",
  "BEGIN:VTIMEZONE\r\n",
  "END:VTIMEZONE\r\n",
  "DTSTART:",
  "DTEND:",
  "DTSTART;TZID=Europe/Berlin:",
  "DTSTART;VALUE=DATE:",
  ";TZID=",
  '"',
  "(UTC+01:00)",
  "20260203T170000Z",
  "20260203T170000",
  "20261301",
  "20260231T250000",
  "DURATION:PT45M",
  "DURATION:-P1W",
  "DURATION:PT",
  "SUMMARY:",
  "DESCRIPTION:",
  "RRULE:FREQ=DAILY",
  "RECURRENCE-ID:20260203T170000Z",
  "UID:x\r\n",
  "ATTENDEE;CN=A:mailto:a@b.example",
  "\r\n",
  "\r\n ",
  "\n\t",
  ":",
  ";",
  "\\,",
  "\\n",
  "\u0000",
];

const EML = [
  "Return-Path: <priya@pinecrest.example>",
  "From: Priya Raman <priya@pinecrest.example>",
  "To: Sam Okafor <sam@mail.example>, hiring@pinecrest.example",
  'Cc: "Berg, Tomas" <tomas@pinecrest.example>',
  "Subject: =?utf-8?Q?Next_steps_=E2=80=93_platform_role?=",
  "Date: Wed, 4 Feb 2026 09:15:00 -0800",
  "Message-ID: <reply-1@pinecrest.example>",
  "In-Reply-To: <thanks-1@mail.example>",
  "References: <intro-1@pinecrest.example> <thanks-1@mail.example>",
  "MIME-Version: 1.0",
  'Content-Type: multipart/alternative; boundary="alt-7"',
  "",
  "--alt-7",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: quoted-printable",
  "",
  "Hi Sam,",
  "",
  "Thanks again for coming in =E2=80=94 the team enjoyed it. We will get back to y=",
  "ou by Friday.",
  "",
  "Priya",
  "",
  "On Tue, 3 Feb 2026 at 18:02, Sam Okafor <sam@mail.example> wrote:",
  "> Thank you for today.",
  "--alt-7",
  "Content-Type: text/html; charset=utf-8",
  "",
  "<p>Hi Sam,</p><p>Thanks again. We will get back to you by <b>Friday</b>.</p>",
  "<blockquote>Thank you for today.</blockquote>",
  "--alt-7--",
  "",
].join("\r\n");

const EML_TOKENS = [
  "From: ",
  "To: ",
  "Subject: ",
  "Date: ",
  "Content-Type: ",
  "multipart/mixed; boundary=",
  "text/plain; charset=",
  "text/html",
  "Content-Transfer-Encoding: base64",
  "Content-Transfer-Encoding: quoted-printable",
  "=?utf-8?B?",
  "=?iso-8859-1?Q?",
  "?=",
  "--alt-7",
  "--alt-7--",
  "\r\n",
  "\r\n\r\n",
  "\n",
  "<",
  ">",
  "@",
  ",",
  ":",
  '"',
  "(",
  "=E2=80",
  "=\r\n",
  "On Tue, 3 Feb 2026, Priya wrote:",
  "> ",
  "-----Original Message-----",
  "From sender@x.example Tue Feb  3 10:00:00 2026\n",
  "x-made-up-9",
  "caf\u00c3\u00a9",
  "<blockquote>",
  "&amp;",
];

const MBOX = [
  "From priya@pinecrest.example Wed Feb  4 09:15:00 2026",
  "From: Priya Raman <priya@pinecrest.example>",
  "Subject: Next steps",
  "Date: Wed, 4 Feb 2026 09:15:00 -0800",
  "",
  "We will get back to you by Friday.",
  ">From the notes of the panel: all good.",
  "",
  "From sam@mail.example Tue Feb  3 18:02:00 2026",
  "From: Sam Okafor <sam@mail.example>",
  "Subject: Thank you",
  "",
  "Thank you for today.",
  ">>From a quoted line.",
  "",
  "From recruiter@pinecrest.example Mon Feb  2 08:00:00 2026",
  "From: recruiter@pinecrest.example",
  "Subject: Interview confirmed",
  "",
  "See you on Tuesday.",
  "",
].join("\n");

const MBOX_TOKENS = [
  "From ",
  "\nFrom ",
  "\n\nFrom x@y Tue Feb  3 10:00:00 2026\n",
  ">From ",
  ">>From ",
  "\n",
  "\r\n",
  "\n\n",
  ...EML_TOKENS,
];

const QUOTED_MAIL = [
  "Hi Priya,",
  "",
  "Thanks for the update, Friday works.",
  "> an inline quote",
  "",
  "Sam",
  "",
  "On Wed, 4 Feb 2026 at 09:15, Priya Raman <priya@pinecrest.example>",
  "wrote:",
  "> We will get back to you by Friday.",
  "",
  "-----Original Message-----",
  "From: Priya Raman",
  "Sent: Tuesday, 3 February 2026 18:02",
  "________________",
].join("\n");

const QUOTED_TOKENS = [
  "On ",
  "On Tue, 3 Feb 2026 ",
  " wrote:",
  "wrote:",
  "Am 3. Feb. 2026 schrieb Priya:",
  "> ",
  ">",
  "From: ",
  "*From:* ",
  "Sent: ",
  "Date: ",
  "-----Original Message-----",
  "---------- Forwarded message ----------",
  "Begin forwarded message:",
  "__________",
  "\n",
  "\r\n",
  "\r",
  " ",
  "1",
];

const HTML = [
  "<!DOCTYPE html><html><head><title>Re: next steps</title><style>p { color: red }</style></head>",
  "<body><div>Hi Sam,</div><p>Thanks &amp; welcome &mdash; we&#8217;ll be in touch by <b>Friday</b>.</p>",
  "<ul><li>Final round</li><li>Reference check</li></ul><table><tr><td>Mon</td><td>Tue</td></tr></table>",
  '<pre>  kept   as\n  written</pre><hr><img alt="Pinecrest logo" src="x.png">',
  "<blockquote><p>Thank you for today.</p><blockquote>Earlier</blockquote></blockquote>",
  "<script>var x = '<p>not text</p>';</script><!-- a comment --><br/>Priya</body></html>",
].join("\n");

const HTML_TOKENS = [
  "<p>",
  "</p>",
  "<div>",
  "<br>",
  "<br/>",
  "<blockquote>",
  "</blockquote>",
  "<pre>",
  "</pre>",
  "<li>",
  "<td>",
  "</td>",
  "<hr>",
  "<img alt='x'>",
  "<script>",
  "</script>",
  "<style>",
  "<!--",
  "-->",
  "<!",
  "<?",
  "<",
  ">",
  '"',
  "'",
  "&amp;",
  "&#0;",
  "&#xD800;",
  "&#x110000;",
  "&nbsp;",
  "&",
  "text ",
  "\n",
  " ",
];

const NOTES = [
  "# Onsite with Pinecrest Labs — Tue 3 Feb",
  "",
  "Panel of three: Priya Raman (engineering manager), Tomas Berg, and a designer.",
  "Booked for 45 minutes, it ran 20 minutes over.",
  "",
  "- She said my answer on the queue design was exactly what they need.",
  "- They asked when I could start and sold the team hard.",
  "- Next steps: they'll get back to me by Friday; the final round is on Tuesday the 10th at 10am.",
  "",
  "I always think I bombed these. Salary never came up.",
].join("\n");

const NOTES_TOKENS = [
  "She said ",
  "they'll get back to me by Friday. ",
  "we'll be in touch. ",
  "next round ",
  "booked the final round for Tuesday at 10am. ",
  "ran 20 minutes over. ",
  "booked for 30 min, went 50. ",
  "panel of four ",
  "startup ",
  "huge company ",
  "when can you start? ",
  "exactly what we need ",
  "never ",
  "not ",
  "didn't ",
  "salary ",
  "I always think I bombed. ",
  "10:00 to 10:45 ",
  "hung up at 10:40 ",
  "the 20th ",
  "next week ",
  "five ",
  "minutes ",
  "hours ",
  "(",
  ")",
  "\u201c",
  "\u201d",
  '"',
  "- ",
  "# ",
  "1. ",
  "\n",
  "\n\n",
  ". ",
  "? ",
  "! ",
  " ",
];

// ------------------------------------------------------------------------------------------------

describe("parsers never throw, always finish, and say what was wrong", () => {
  it("decodeText: any bytes", () => {
    fc.assert(
      fc.property(hostileBytes(NOTES, NOTES_TOKENS), (bytes) => {
        const r = guarded("decodeText", () => decodeText(bytes, "notes.md"));
        expectResult(r, "notes.md");
        if (r.ok) {
          expect(r.value).not.toContain("\r");
          expect(r.value.trim()).not.toBe("");
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("parseVtt", () => {
    fc.assert(
      fc.property(hostile(VTT, VTT_TOKENS), (text) => {
        expectTranscript(
          guarded("parseVtt", () => parseVtt(text, "call.vtt")),
          "call.vtt",
        );
      }),
      { numRuns: RUNS },
    );
  });

  it("parseSrt", () => {
    fc.assert(
      fc.property(hostile(SRT, SRT_TOKENS), (text) => {
        expectTranscript(
          guarded("parseSrt", () => parseSrt(text, "call.srt")),
          "call.srt",
        );
      }),
      { numRuns: RUNS },
    );
  });

  it("parseTranscriptText", () => {
    fc.assert(
      fc.property(hostile(TRANSCRIPT_TEXT, TRANSCRIPT_TEXT_TOKENS), (text) => {
        expectTranscript(
          guarded("parseTranscriptText", () => parseTranscriptText(text, "call.txt")),
          "call.txt",
        );
      }),
      { numRuns: RUNS },
    );
  });

  it("parseTranscript, whichever format the text looks like", () => {
    const fixtures = fc.oneof(
      hostile(VTT, VTT_TOKENS),
      hostile(SRT, SRT_TOKENS),
      hostile(TRANSCRIPT_TEXT, TRANSCRIPT_TEXT_TOKENS),
    );
    fc.assert(
      fc.property(fixtures, (text) => {
        expectTranscript(
          guarded("parseTranscript", () => parseTranscript(text, "call.txt")),
          "call.txt",
        );
      }),
      { numRuns: RUNS },
    );
  });

  it("parseIcs", () => {
    fc.assert(
      fc.property(hostile(ICS, ICS_TOKENS), (text) => {
        const r = guarded("parseIcs", () => parseIcs(text, "invite.ics"));
        expectResult(r, "invite.ics", 21);
        if (!r.ok) return;
        for (const invite of r.value) {
          expectIsoDate(invite.start);
          expectIsoDate(invite.end);
          if (invite.start !== undefined && invite.end !== undefined)
            expect(Date.parse(invite.end)).toBeGreaterThanOrEqual(Date.parse(invite.start));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("parseEml: text and bytes", async () => {
    const input = fc.oneof(hostile(EML, EML_TOKENS), hostileBytes(EML, EML_TOKENS));
    await fc.assert(
      fc.asyncProperty(input, async (raw) => {
        const r = await guardedAsync("parseEml", () => parseEml(raw, "reply.eml"));
        expectResult(r, "reply.eml");
        if (!r.ok) return;
        expect(r.value.kind).toBe("email");
        expectIsoDate(r.value.date);
        for (const id of r.value.references) expect(id).not.toBe("");
      }),
      { numRuns: RUNS },
    );
  });

  it("splitMbox, and parseEml on every message it yields", async () => {
    await fc.assert(
      fc.asyncProperty(hostile(MBOX, MBOX_TOKENS), async (text) => {
        guarded("looksLikeMbox", () => looksLikeMbox(text));
        const messages = guarded("splitMbox", () => [...splitMbox(text)]);
        const separators = text.split("From ").length;
        expect(messages.length).toBeLessThanOrEqual(separators);
        let lastLine = 0;
        for (const { raw, line } of messages) {
          expect(raw).not.toBe("");
          expect(line).toBeGreaterThan(lastLine);
          lastLine = line;
          expectResult(await guardedAsync("parseEml", () => parseEml(raw, "export.mbox#1")), "export.mbox#1");
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("splitQuoted: every character other than white space ends up in the text or the quote", () => {
    fc.assert(
      fc.property(hostile(QUOTED_MAIL, QUOTED_TOKENS), (text) => {
        const split = guarded("splitQuoted", () => splitQuoted(text));
        expect(nonSpace(split.text) + nonSpace(split.quoted)).toBe(nonSpace(text));
      }),
      { numRuns: RUNS },
    );
  });

  it("htmlToText", () => {
    fc.assert(
      fc.property(hostile(HTML, HTML_TOKENS), (html) => {
        const text = guarded("htmlToText", () => htmlToText(html));
        expect(typeof text).toBe("string");
        // Without markup or entities there is nothing to drop: every character is kept.
        if (!html.includes("<") && !html.includes("&")) expect(nonSpace(text)).toBe(nonSpace(html));
      }),
      { numRuns: RUNS },
    );
  });

  it("readCaseFiles: every file of a folder of hostile files is read, skipped or warned about", async () => {
    const NAMES_BY_KIND = [
      "notes.md",
      "call.txt",
      "transcript.vtt",
      "captions.srt",
      "invite.ics",
      "reply.eml",
      "export.mbox",
      "context.json",
    ];
    const file = fc.record({
      name: fc.constantFrom(...NAMES_BY_KIND),
      bytes: fc.oneof(
        hostileBytes(NOTES, NOTES_TOKENS),
        hostileBytes(VTT, VTT_TOKENS),
        hostileBytes(ICS, ICS_TOKENS),
        hostileBytes(EML, EML_TOKENS),
        hostileBytes(MBOX, MBOX_TOKENS),
      ),
    });
    const root = await mkdtemp(join(tmpdir(), "debrief-property-"));
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(file, { selector: (f) => f.name, minLength: 1, maxLength: 5 }),
          async (files) => {
            const dir = join(root, String(run++));
            await mkdir(dir);
            for (const f of files) await writeFile(join(dir, f.name), f.bytes);
            const read = await guardedAsync("readCaseFiles", () => readCaseFiles([dir]));
            for (const { name } of files) {
              const accounted =
                read.docs.some((d) => d.source === name || d.source.startsWith(`${name}#`)) ||
                read.skipped.some((s) => s.source === name && s.reason.trim() !== "") ||
                (name === "context.json" && read.context !== undefined) ||
                read.warnings.some((w) => w.startsWith(`${name}:`) || w.startsWith(`${name}#`));
              expect(accounted, `${name} was neither read, skipped nor warned about`).toBe(true);
            }
            await rm(dir, { recursive: true, force: true });
          },
        ),
        { numRuns: 60 },
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("parseContext: a context or a problem naming the file, never both, never neither", () => {
    const CONTEXT = '{"format": "panel", "company": "startup", "self-doubt": true, "scheduled-minutes": 45}';
    const tokens = [
      '"format"',
      '"panel"',
      ":",
      ",",
      "{",
      "}",
      "[",
      "]",
      "true",
      "1e999",
      "-1",
      "null",
      '"',
      "\\u0000",
    ];
    fc.assert(
      fc.property(hostile(CONTEXT, tokens), (text) => {
        const r = guarded("parseContext", () => parseContext(text, "context.json"));
        expect(r.context === undefined).not.toBe(r.problem === undefined);
        if (r.problem !== undefined) expect(r.problem.startsWith("context.json: ")).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

// ------------------------------------------------------------------------------------------------
// Valid files read back without losing anything

const WORDS = [
  "billing",
  "queue",
  "migration",
  "team",
  "the",
  "nightly",
  "job",
  "timed",
  "out",
  "so",
  "we",
  "split",
  "it",
  "café",
  "naïve",
  "Zoë",
  "résumé",
  "ünïcödé",
  "ok",
  "42",
  "batches",
  "and",
  "then",
];
const NAMES = [
  "Priya Raman",
  "Sam Okafor",
  "Lena Fischer",
  "Tomás Ortega",
  "Aiko Tanaka",
  "Interviewer",
  "Me",
];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(" "));

function clock(seconds: number, separator: "." | ","): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms % 1000, 3)}`;
}

interface Turn {
  speaker: string;
  text: string;
  start: number;
  length: number;
}

const turns = fc.array(
  fc.record({
    speaker: fc.constantFrom(...NAMES),
    text: sentence,
    start: fc.integer({ min: 0, max: 4 * 3_600_000 }).map((ms) => ms / 1000),
    length: fc.integer({ min: 0, max: 60_000 }).map((ms) => ms / 1000),
  }),
  { minLength: 1, maxLength: 40 },
);

function expectTurns(utterances: Utterance[], expected: Turn[], timed: boolean): void {
  expect(utterances.map((u) => [u.speaker, u.text])).toEqual(expected.map((t) => [t.speaker, t.text]));
  if (timed) {
    const ms = (seconds: number | undefined) =>
      seconds === undefined ? undefined : Math.round(seconds * 1000);
    expect(utterances.map((u) => ms(u.start))).toEqual(expected.map((t) => ms(t.start)));
    expect(utterances.map((u) => ms(u.end))).toEqual(expected.map((t) => ms(t.start + t.length)));
  }
}

describe("valid files read back whole", () => {
  it("decodeText: UTF-8, UTF-16 LE and BE with a BOM give back the text, line ends made LF", () => {
    const text = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 500 })
      .filter((s) => ![...s].some(isControl));
    fc.assert(
      fc.property(text, fc.constantFrom("utf-8", "utf-16le", "utf-16be"), (body, encoding) => {
        const written = `Notes:\n${body}`;
        const bytes =
          encoding === "utf-8" ? utf8(written) : utf16(written, encoding === "utf-16le" ? "le" : "be");
        const r = decodeText(bytes, "notes.md");
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value).toBe(written.replace(/\r\n?/g, "\n"));
      }),
      { numRuns: RUNS },
    );
  });

  it("decodeText: Windows-1252 bytes read back with a warning", () => {
    const chars = Array.from({ length: 256 }, (_, b) => decodeWindows1252(Uint8Array.of(b))).filter(
      (_, b) => b === 0x0a || (b >= 0x20 && b !== 0x7f),
    );
    const byteOf = new Map(Array.from({ length: 256 }, (_, b) => [decodeWindows1252(Uint8Array.of(b)), b]));
    const text = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 300 }).map((c) => c.join(""));
    fc.assert(
      fc.property(text, (body) => {
        const written = `Notes: ${body}`;
        const bytes = Uint8Array.from(written, (c) => byteOf.get(c) ?? 0x3f);
        const r = decodeText(bytes, "notes.md");
        expect(r.ok).toBe(true);
        if (r.ok && r.warnings.some((w) => w.message.startsWith("not valid UTF-8")))
          expect(r.value).toBe(written);
      }),
      { numRuns: RUNS },
    );
  });

  it("parseTranscriptText: 'Name: text' lines, with or without a [hh:mm:ss] stamp", () => {
    fc.assert(
      fc.property(turns, fc.boolean(), (list, stamped) => {
        const text = list
          .map(
            (t) =>
              `${stamped ? `[${clock(Math.floor(t.start), ".").slice(0, 8)}] ` : ""}${t.speaker}: ${t.text}`,
          )
          .join("\n");
        const r = parseTranscriptText(text, "call.txt");
        if (!r.ok) throw new Error(r.problems.map(formatProblem).join("\n"));
        expect(r.warnings).toEqual([]);
        expectTurns(r.value.utterances, list, false);
        if (stamped)
          expect(r.value.utterances.map((u) => u.start)).toEqual(list.map((t) => Math.floor(t.start)));
      }),
      { numRuns: RUNS },
    );
  });

  it("parseVtt: cues with <v> voices or 'Name:' starts, times to the millisecond", () => {
    fc.assert(
      fc.property(turns, fc.boolean(), (list, voiced) => {
        const cues = list.map(
          (t, i) =>
            `${i + 1}\n${clock(t.start, ".")} --> ${clock(t.start + t.length, ".")}\n` +
            (voiced ? `<v ${t.speaker}>${t.text}</v>` : `${t.speaker}: ${t.text}`),
        );
        const r = parseVtt(`WEBVTT\n\n${cues.join("\n\n")}\n`, "call.vtt");
        if (!r.ok) throw new Error(r.problems.map(formatProblem).join("\n"));
        expect(r.warnings).toEqual([]);
        expectTurns(r.value.utterances, list, true);
      }),
      { numRuns: RUNS },
    );
  });

  it("parseSrt: numbered blocks, CRLF line ends", () => {
    fc.assert(
      fc.property(turns, (list) => {
        const blocks = list.map(
          (t, i) =>
            `${i + 1}\r\n${clock(t.start, ",")} --> ${clock(t.start + t.length, ",")}\r\n${t.speaker}: ${t.text}`,
        );
        const r = parseSrt(`${blocks.join("\r\n\r\n")}\r\n`, "call.srt");
        if (!r.ok) throw new Error(r.problems.map(formatProblem).join("\n"));
        expect(r.warnings).toEqual([]);
        expectTurns(r.value.utterances, list, true);
      }),
      { numRuns: RUNS },
    );
  });

  it("parseIcs: events with escaped, folded summaries and UTC times", () => {
    const event = fc.record({
      summary: fc
        .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(",", ";", "\\")), {
          minLength: 1,
          maxLength: 40,
        })
        .map((w) => w.join(" ")),
      start: fc
        .integer({ min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2037, 0, 1) / 1000 })
        .map((s) => s * 1000),
      minutes: fc.integer({ min: 0, max: 600 }),
    });
    const stamp = (ms: number) =>
      new Date(ms)
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}/, "");
    const escapeText = (text: string) => text.replace(/[\\,;]/g, (c) => `\\${c}`);
    /** Lines longer than 75 characters go on in lines that start with a space (RFC 5545 §3.1). */
    const fold = (line: string) => (line.match(/.{1,74}/gu) ?? [line]).join("\r\n ");
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 8 }), (events) => {
        const lines = ["BEGIN:VCALENDAR", "VERSION:2.0"];
        events.forEach((e, i) => {
          lines.push("BEGIN:VEVENT", `UID:event-${i}@debrief.test`, `DTSTART:${stamp(e.start)}`);
          lines.push(
            `DTEND:${stamp(e.start + e.minutes * 60_000)}`,
            fold(`SUMMARY:${escapeText(e.summary)}`),
            "END:VEVENT",
          );
        });
        lines.push("END:VCALENDAR", "");
        const r = parseIcs(lines.join("\r\n"), "invite.ics");
        if (!r.ok) throw new Error(r.problems.map(formatProblem).join("\n"));
        expect(r.warnings).toEqual([]);
        expect(r.value.map((d: InviteDoc) => [d.summary, d.start, d.end])).toEqual(
          events.map((e) => [
            e.summary.trim(),
            new Date(e.start).toISOString(),
            new Date(e.start + e.minutes * 60_000).toISOString(),
          ]),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("parseEml: sender, subject (encoded when not ASCII), date and body", async () => {
    const message = fc.record({
      from: fc.constantFrom(...NAMES),
      subject: sentence,
      date: fc
        .integer({ min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2037, 0, 1) / 1000 })
        .map((s) => s * 1000),
      paragraphs: fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), {
        minLength: 1,
        maxLength: 5,
      }),
    });
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        const address = `${m.from.toLowerCase().replace(/[^a-z]+/g, ".")}@pinecrest.example`;
        const subject = /^[\x20-\x7e]*$/.test(m.subject)
          ? m.subject
          : `=?utf-8?B?${Buffer.from(m.subject).toString("base64")}?=`;
        const body = m.paragraphs.map((lines) => lines.join("\r\n")).join("\r\n\r\n");
        const raw = [
          `From: "${m.from}" <${address}>`,
          "To: sam@mail.example",
          `Subject: ${subject}`,
          `Date: ${new Date(m.date).toUTCString()}`,
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=utf-8",
          "Content-Transfer-Encoding: 8bit",
          "",
          body,
          "",
        ].join("\r\n");
        const r = await parseEml(utf8(raw), "reply.eml");
        if (!r.ok) throw new Error(r.problems.map(formatProblem).join("\n"));
        expect(r.warnings).toEqual([]);
        const doc: EmailDoc = r.value;
        expect(doc.from).toEqual({ name: m.from, email: address });
        expect(doc.subject).toBe(m.subject);
        expect(doc.date).toBe(new Date(m.date).toISOString());
        expect(doc.text).toBe(body.replace(/\r\n/g, "\n"));
      }),
      { numRuns: 100 },
    );
  });

  it("splitMbox: as many messages as were written, '>From ' lines unescaped", () => {
    const bodyLine = fc.oneof(
      sentence,
      sentence.map((s) => `From ${s}`),
      sentence.map((s) => `>From ${s}`),
      fc.constant(""),
    );
    const message = fc.record({
      subject: sentence,
      body: fc.array(bodyLine, { minLength: 1, maxLength: 8 }).map((lines) => lines.join("\n")),
    });
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 12 }), (messages) => {
        const written = messages.map(
          (m, i) =>
            `From sender${i}@x.example Tue Feb  3 10:00:00 2026\nFrom: sender${i}@x.example\n` +
            `Subject: ${m.subject}\n\n${m.body.replace(/^(>*From )/gm, ">$1")}\n`,
        );
        const split = [...splitMbox(written.join("\n"))];
        expect(split.map((s) => s.raw)).toEqual(
          messages.map(
            (m, i) =>
              `From sender${i}@x.example Tue Feb  3 10:00:00 2026\nFrom: sender${i}@x.example\n` +
              `Subject: ${m.subject}\n\n${m.body}\n`,
          ),
        );
        let line = 1;
        split.forEach((s, i) => {
          expect(s.line).toBe(line);
          line += (written[i] ?? "").split("\n").length;
        });
      }),
      { numRuns: RUNS },
    );
  });
});

// ------------------------------------------------------------------------------------------------
// The analyser

const speaker = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: shortText },
);

const utterances = fc.array(
  fc.record(
    {
      speaker,
      text: fc.oneof(soup(NOTES_TOKENS, 40), shortText),
      start: fc.double({ min: 0, max: 20_000, noNaN: true }),
      line: fc.integer({ min: 1, max: 10_000 }),
    },
    { requiredKeys: ["text", "line"] },
  ),
  { maxLength: 40 },
);

const isoInstant = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString());

const email = fc.record(
  {
    from: fc.record({
      name: fc.constantFrom(...NAMES),
      email: fc.constantFrom("priya@pinecrest.example", "sam@mail.example"),
    }),
    subject: soup(NOTES_TOKENS, 10),
    text: fc.oneof(soup(NOTES_TOKENS, 60), anyText),
    date: isoInstant,
  },
  { requiredKeys: ["text"] },
);

const invite = fc.record(
  {
    summary: fc.oneof(soup(NOTES_TOKENS, 10), shortText),
    start: isoInstant,
    minutes: fc.integer({ min: 0, max: 600 }),
  },
  { requiredKeys: [] },
);

function transcriptDoc(list: Utterance[]): TranscriptDoc {
  return { kind: "transcript", source: "call.vtt", format: "vtt", utterances: list };
}

function emailDoc(
  e: { from?: { name: string; email: string }; subject?: string; text: string; date?: string },
  i: number,
): EmailDoc {
  return {
    kind: "email",
    source: `mail-${i}.eml`,
    references: [],
    to: [{ email: "sam@mail.example" }],
    cc: [],
    text: e.text,
    ...(e.from ? { from: e.from } : {}),
    ...(e.subject ? { subject: e.subject } : {}),
    ...(e.date ? { date: e.date } : {}),
  };
}

function inviteDoc(e: { summary?: string; start?: string; minutes?: number }): InviteDoc {
  const end =
    e.start !== undefined && e.minutes !== undefined
      ? new Date(Date.parse(e.start) + e.minutes * 60_000).toISOString()
      : undefined;
  return {
    kind: "invite",
    source: "invite.ics",
    attendees: [{ name: "Priya Raman", email: "priya@pinecrest.example" }],
    ...(e.summary ? { summary: e.summary } : {}),
    ...(e.start ? { start: e.start } : {}),
    ...(end ? { end } : {}),
  };
}

describe("analyzeInterview always gives a read with a band", () => {
  it("notes: anything, cue soups, edited notes", () => {
    fc.assert(
      fc.property(hostile(NOTES, NOTES_TOKENS), fc.option(fc.constantFrom(...NAMES)), (text, me) => {
        const docs: Doc[] = [{ kind: "notes", source: "notes.md", text }];
        const analysis = guarded("analyzeInterview", () =>
          analyzeInterview({ docs, now: NOW, ...(me === null ? {} : { me }) }),
        );
        expectAnalysis(analysis, docs);
      }),
      { numRuns: 150 },
    );
  });

  it("transcript documents: random turns, speakers and times", () => {
    fc.assert(
      fc.property(utterances, fc.option(fc.constantFrom(...NAMES)), (list, me) => {
        const docs: Doc[] = [transcriptDoc(list)];
        const analysis = guarded("analyzeInterview", () =>
          analyzeInterview({ docs, now: NOW, ...(me === null ? {} : { me }) }),
        );
        expectAnalysis(analysis, docs);
      }),
      { numRuns: 150 },
    );
  });

  it("whatever parseTranscript makes of hostile text", () => {
    fc.assert(
      fc.property(
        fc.oneof(hostile(VTT, VTT_TOKENS), hostile(TRANSCRIPT_TEXT, TRANSCRIPT_TEXT_TOKENS)),
        (text) => {
          const parsed = parseTranscript(text, "call.vtt");
          if (!parsed.ok) return;
          const docs: Doc[] = [parsed.value];
          expectAnalysis(
            guarded("analyzeInterview", () => analyzeInterview({ docs, now: NOW })),
            docs,
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it("a whole case: notes, transcript, invite and mail", () => {
    fc.assert(
      fc.property(
        fc.option(hostile(NOTES, NOTES_TOKENS)),
        utterances,
        fc.array(invite, { maxLength: 2 }),
        fc.array(email, { maxLength: 6 }),
        isoInstant,
        (notes, list, invites, mail, now) => {
          const docs: Doc[] = [
            ...(notes === null ? [] : [{ kind: "notes" as const, source: "notes.md", text: notes }]),
            ...(list.length > 0 ? [transcriptDoc(list)] : []),
            ...invites.map(inviteDoc),
            ...mail.map(emailDoc),
          ];
          const analysis = guarded("analyzeInterview", () => analyzeInterview({ docs, now }));
          expectAnalysis(analysis, docs);
        },
      ),
      { numRuns: 150 },
    );
  });
});

// ------------------------------------------------------------------------------------------------
// Pathological inputs, one at a time

describe("pathological inputs finish, in bounded memory", () => {
  const MEGA_LINES: [string, string][] = [
    ["prose", "the nightly billing job timed out so we split it into batches ".repeat(MB / 64).slice(0, MB)],
    ["one word", "a".repeat(MB)],
    ["digits and colons", "12:30 ".repeat(MB / 6)],
    ["a name and a colon", "Priya Raman: ".repeat(MB / 13)],
  ];

  describe.each(MEGA_LINES)("a 1 MB line without a newline (%s)", (_, line) => {
    it("through every text parser", async () => {
      expectResult(
        guarded("decodeText", () => decodeText(utf8(line), "x.md"), HUGE),
        "x.md",
      );
      expectTranscript(
        guarded("parseVtt", () => parseVtt(line, "x.vtt"), HUGE),
        "x.vtt",
      );
      expectTranscript(
        guarded("parseSrt", () => parseSrt(line, "x.srt"), HUGE),
        "x.srt",
      );
      expectTranscript(
        guarded("parseTranscriptText", () => parseTranscriptText(line, "x.txt"), HUGE),
        "x.txt",
      );
      expectTranscript(
        guarded("parseTranscript", () => parseTranscript(line, "x.txt"), HUGE),
        "x.txt",
      );
      expectResult(
        guarded("parseIcs", () => parseIcs(line, "x.ics"), HUGE),
        "x.ics",
      );
      expectResult(await guardedAsync("parseEml", () => parseEml(line, "x.eml"), HUGE), "x.eml");
      expectResult(
        await guardedAsync(
          "parseEml headers",
          () => parseEml(`Subject: hi\r\nFrom: ${line}\r\n\r\nhello`, "x.eml"),
          HUGE,
        ),
        "x.eml",
      );
      expect(guarded("splitMbox", () => [...splitMbox(line)], HUGE).length).toBeLessThanOrEqual(1);
      const split = guarded("splitQuoted", () => splitQuoted(line), HUGE);
      expect(nonSpace(split.text) + nonSpace(split.quoted)).toBe(nonSpace(line));
      expect(guarded("htmlToText", () => htmlToText(line), HUGE).length).toBeGreaterThan(0);
      expect(guarded("parseContext", () => parseContext(line, "context.json"), HUGE).problem).toMatch(
        /^context\.json: /,
      );
    });

    it("through the analyser, as notes and as one utterance", () => {
      const notes: Doc[] = [{ kind: "notes", source: "notes.md", text: line }];
      expectAnalysis(
        guarded("analyzeInterview", () => analyzeInterview({ docs: notes, now: NOW }), HUGE),
        notes,
      );
      const said: Doc[] = [
        transcriptDoc([
          { speaker: "Priya Raman", text: "What broke first?", line: 1 },
          { speaker: "Sam Okafor", text: line, line: 2 },
          { speaker: "Priya Raman", text: line, line: 3 },
        ]),
      ];
      expectAnalysis(
        guarded("analyzeInterview", () => analyzeInterview({ docs: said, now: NOW, me: "Sam Okafor" }), HUGE),
        said,
      );
    });
  });

  function nestedMultipart(depth: number): string {
    const head = [
      "From: Priya Raman <priya@pinecrest.example>",
      "To: sam@mail.example",
      "Subject: Deep",
      "Date: Wed, 4 Feb 2026 09:15:00 -0800",
      "MIME-Version: 1.0",
    ].join("\r\n");
    let opening = "";
    let closing = "";
    for (let i = 0; i < depth; i++) {
      const type = `Content-Type: multipart/mixed; boundary="level-${i}"\r\n`;
      opening += i === 0 ? `${type}\r\n` : `--level-${i - 1}\r\n${type}\r\n`;
      closing = `\r\n--level-${i}--\r\n${closing}`;
    }
    const leaf = `--level-${depth - 1}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello from the bottom.\r\n`;
    return `${head}\r\n${opening}${leaf}${closing}`;
  }

  it("200 levels of nested multipart: the text at the bottom is read", async () => {
    const r = await guardedAsync("parseEml", () => parseEml(nestedMultipart(200), "deep.eml"), HUGE);
    expectResult(r, "deep.eml");
    expect(r.ok && r.value.text).toBe("Hello from the bottom.");
  });

  it("1,000 levels of nested multipart: refused with a problem, not a stack overflow", async () => {
    const r = await guardedAsync("parseEml", () => parseEml(nestedMultipart(1_000), "deep.eml"), HUGE);
    expectResult(r, "deep.eml");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/nesting depth/);
  });

  it("an address header of 250 KB of ':' groups is read, and one over the header limit refused", async () => {
    const groups = (bytes: number) =>
      `To: ${"a:".repeat(bytes / 2)}\r\nFrom: p@pinecrest.example\r\n\r\nhi\r\n`;
    expectResult(await guardedAsync("parseEml", () => parseEml(groups(250 * KB), "x.eml"), HUGE), "x.eml");
    const big = await guardedAsync("parseEml", () => parseEml(groups(2 * MB), "x.eml"), HUGE);
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.problems[0]?.message).toMatch(/header size/);
  });

  it("10,000 nested <blockquote>s: the text does not grow with the square of the input", () => {
    const text = guarded("htmlToText", () => htmlToText("<blockquote>a".repeat(10_000)), HUGE);
    expect(text.length).toBeLessThan(2 * MB);
  });

  it("10,000 VTT cues with the same timestamp: every one read", () => {
    const cues = Array.from(
      { length: 10_000 },
      (_, i) => `00:00:01.000 --> 00:00:01.000\n<v ${NAMES[i % 3] ?? ""}>point number ${i}`,
    );
    const r = guarded("parseVtt", () => parseVtt(`WEBVTT\n\n${cues.join("\n\n")}\n`, "x.vtt"), HUGE);
    expectTranscript(r, "x.vtt");
    if (!r.ok) throw new Error("not read");
    expect(r.value.utterances).toHaveLength(10_000);
    expect(r.value.utterances[9_999]?.text).toBe("point number 9999");
    const docs: Doc[] = [r.value];
    expectAnalysis(
      guarded("analyzeInterview", () => analyzeInterview({ docs, now: NOW, me: NAMES[1] ?? "" }), HUGE),
      docs,
    );
  });

  it("300,000 bad VTT and SRT timing lines: a capped list of warnings, not a stack overflow", () => {
    const bad = "00:00:0x.000 --> 00:00:01.000\nhello\n\n".repeat(300_000);
    const vtt = guarded("parseVtt", () => parseVtt(`WEBVTT\n\n${bad}`, "x.vtt"), HUGE);
    expectTranscript(vtt, "x.vtt");
    expect(vtt.ok).toBe(false);
    if (!vtt.ok) expect(vtt.problems.at(-1)?.message).toMatch(/^299980 more warnings like these left out$/);
    expectTranscript(
      guarded("parseSrt", () => parseSrt(bad, "x.srt"), HUGE),
      "x.srt",
    );
  });

  it("a reply chain of 10,000 messages in a mailbox export: the thread is followed in linear time", () => {
    const mailbox: Doc[] = [
      { ...inviteDoc({ summary: "Onsite loop", start: "2026-02-03T17:00:00.000Z", minutes: 45 }) },
    ];
    for (let i = 0; i < 10_000; i++) {
      mailbox.push({
        ...emailDoc(
          { text: `Reply number ${i}.`, date: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() },
          i,
        ),
        from: { email: i === 0 ? "priya@pinecrest.example" : `person${i}@elsewhere.example` },
        messageId: `<m${i}@debrief.test>`,
        ...(i > 0 ? { inReplyTo: `<m${i - 1}@debrief.test>`, references: [`<m${i - 1}@debrief.test>`] } : {}),
      });
    }
    const analysis = guarded("analyzeInterview", () => analyzeInterview({ docs: mailbox, now: NOW }), HUGE);
    expectAnalysis(analysis, mailbox);
    // The whole chain hangs off the company's first message: the oldest are left out only by the cap.
    expect(analysis.leftOut?.count).toBe(10_000 - 1_000);
  });

  it("a message of 400,000 blank lines before its words: read in linear time", () => {
    const docs: Doc[] = [
      emailDoc(
        { text: `${"\n".repeat(400_000)}We will be in touch by Friday.`, date: "2026-02-04T17:15:00.000Z" },
        0,
      ),
    ];
    expectAnalysis(
      guarded("analyzeInterview", () => analyzeInterview({ docs, now: NOW }), HUGE),
      docs,
    );
  });

  it("an .ics with 10,000 folded continuation lines: the description is unfolded whole", () => {
    const parts = Array.from({ length: 10_000 }, (_, i) => `part ${i}. `);
    const ics = [
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      "UID:long@debrief.test",
      "DTSTART:20260203T170000Z",
      "DTEND:20260203T174500Z",
      `DESCRIPTION:${parts.join("\r\n ")}`,
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    const r = guarded("parseIcs", () => parseIcs(ics, "x.ics"), HUGE);
    expectResult(r, "x.ics");
    expect(r.ok && r.value[0]?.description).toBe(parts.join("").trim());
  });

  it("an mbox of 5,000 tiny messages: split, and every message read", async () => {
    const mbox = Array.from(
      { length: 5_000 },
      (_, i) =>
        `From s${i}@x.example Tue Feb  3 10:00:00 2026\nFrom: s${i}@x.example\nSubject: m${i}\n\nhi ${i}\n`,
    ).join("\n");
    const messages = guarded("splitMbox", () => [...splitMbox(mbox)], HUGE);
    expect(messages).toHaveLength(5_000);
    const texts = await guardedAsync(
      "parseEml ×5000",
      async () => {
        const out: string[] = [];
        for (const m of messages) {
          const r = await parseEml(m.raw, "export.mbox#n");
          if (r.ok) out.push(r.value.text);
        }
        return out;
      },
      HUGE,
    );
    expect(texts).toHaveLength(5_000);
    expect(texts[4_999]).toBe("hi 4999");
  });
});

describe("memory across the whole run", () => {
  it("the per-call check fails a call that keeps what it made, and passes one whose garbage is collected", () => {
    const kept: number[][] = [];
    const limits = { heap: 16 * MB };
    // From a collected heap, so that garbage from earlier tests collected mid-call cannot hide the 40 MB.
    collect();
    expect(() =>
      guarded("a call that keeps 40 MB", () => kept.push(new Array(5_000_000).fill(0.5)), limits),
    ).toThrow(/grew the heap by \d+ MB/);
    kept.length = 0;
    collect();
    expect(() =>
      guarded("a call that drops 40 MB", () => new Array(5_000_000).fill(0.5).length, limits),
    ).not.toThrow();
  });

  it("the heap has not grown without bound", () => {
    expect(heapKept() - heapAtStart).toBeLessThan(RUN_HEAP_CAP);
  });
});
