import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { detectExchanges } from "../src/core/detect/detect-exchanges.js";
import { findContactDetail } from "../src/core/detect/find-contact-detail.js";
import { inferContext } from "../src/core/detect/infer-context.js";
import { measureLength } from "../src/core/detect/measure-length.js";
import { isFormLetter } from "../src/core/detect/passages.js";
import { readOwnSense } from "../src/core/detect/read-own-sense.js";
import { displayName } from "../src/core/draft/display-name.js";
import { ownText } from "../src/core/mail/detect-email-signals.js";
import { foreignDecision } from "../src/core/mail/foreign-decisions.js";
import { nameTokens, sameName } from "../src/core/people/identify-candidate-mail.js";
import { analyzeInterview } from "../src/core/read/analyze-interview.js";
import type { Doc, EmailDoc, TranscriptDoc } from "../src/core/read/documents.js";
import { readSentences } from "../src/core/text/nlp.js";
import { splitSentences } from "../src/core/text/sentences.js";
import { findInterviewSlot } from "../src/core/time/find-interview-slot.js";
import { findInterviewTime } from "../src/core/time/find-interview-time.js";
import { findMeetingTimes } from "../src/core/time/find-meeting-time.js";
import { findPromisedDate } from "../src/core/time/find-promised-date.js";
import { cleanCueText } from "../src/ingest/clean-cue-text.js";
import { decodeText } from "../src/ingest/decode-text.js";
import { htmlToText } from "../src/ingest/html-to-text.js";
import { looksLikeCueTiming, parseCueTiming } from "../src/ingest/parse-cue-timing.js";
import { parseEml } from "../src/ingest/parse-eml.js";
import { parseIcs } from "../src/ingest/parse-ics.js";
import { parseSrt } from "../src/ingest/parse-srt.js";
import { parseTranscriptText } from "../src/ingest/parse-transcript-text.js";
import { parseVtt } from "../src/ingest/parse-vtt.js";
import { normaliseVoiceName } from "../src/ingest/split-cue-voices.js";
import { looksLikeMbox, splitMbox } from "../src/ingest/split-mbox.js";
import { splitQuoted } from "../src/ingest/split-quoted.js";
import { looksLikeSpeakerName, splitSpeakerPrefix } from "../src/ingest/split-speaker-prefix.js";
import { workUnits, workUnitsAsync } from "./work-units.js";

/*
 * Catastrophic backtracking. A regular expression that retries from every position of a long run
 * (`\s*\n`, `\([^)]*\)` with no ")", `[\w.]+@` in a long word) turns one hostile line into minutes.
 * First, every function that runs the module-level patterns over user text is fed 100 KB strings
 * built to make such patterns retry; each call must finish in well under a second. Then every regex
 * literal in src/core and src/ingest is run on its own against short strings of the same kinds, in a
 * worker that is stopped if one hangs: exponential backtracking shows even at 2,000 characters.
 */

const SIZE = 100 * 1024;
/**
 * A bound on work, in reference passes over the same input (test/work-units.ts), never milliseconds:
 * linear work on 100 KB is a few to a few hundred passes; a pattern that retries from every position is
 * tens of thousands.
 */
const LIMIT_UNITS = 1_000;
const NOW = "2026-02-05T18:00:00-08:00";

/** `unit` repeated to about 100 KB, then `end` (a near miss at the end makes a failing match retry). */
function fill(unit: string, end = ""): string {
  const n = Math.ceil((SIZE - end.length) / unit.length);
  return unit.repeat(n).slice(0, SIZE - end.length) + end;
}

const INPUTS: readonly (readonly [string, string])[] = [
  ["a run of spaces", fill(" ", "x")],
  ["a run of spaces after a number", `5${fill(" ", "x")}`],
  ["a run of spaces after a word", `took${fill(" ", "!")}`],
  ["tabs and spaces", fill(" \t", "!")],
  ["blank lines", fill(" \n", "x")],
  ["spaces between line breaks", fill("\n    ", "x")],
  ["a a a …", fill("a ", "!")],
  ["two 50,000-character words", `${"a".repeat(50_000)} ${"b".repeat(SIZE - 50_001)}`],
  ["a 100 kB word ending in a dot", fill("a", ".")],
  ["((((", fill("(", "x")],
  ["(a(a(a", fill("(a")],
  ["Name (Name (Name (", fill("Priya Raman (")],
  ["[[[[", fill("[")],
  ["““““", fill("\u201c")],
  ['"a"a"a', fill('"a')],
  ["On … On … wrote", fill("On 3 Feb 2026 at 10:02, Priya ", " wrote:")],
  ["On On On", fill("On ", "wrote:")],
  ["From: From:", fill("From: ")],
  ["From From (mbox lines)", fill("\nFrom ")],
  ["Sent: Sent:", fill("Sent: ")],
  ["> > >", fill("> ")],
  ["a.a.a.", fill("a.")],
  ["a,a,a,", fill("a,")],
  ["a-a-a-", fill("a-")],
  ["a:a:a:", fill("a:")],
  ["a'a'a'", fill("a'")],
  ["a!a!a!", fill("a!")],
  ["a@a@a@", fill("a@")],
  ["a.b-c_d+e", fill("a.b-c_d+e", "@")],
  ["a dot a dot", fill("a dot ", "at b")],
  ["a spoken address with a long gap", `sam at a${fill(" ", "b dot com")}`],
  ["a/a/a/", fill("a/")],
  ["....", fill(".")],
  ["----", fill("-")],
  ["____", fill("_")],
  ["||||", fill("|")],
  ["digits", fill("1")],
  ["5 5 5 … minutes", fill("5 ", "minutes!")],
  ["five five five", fill("five ", "hour")],
  ["12:30 12:30", fill("12:30 ")],
  ["finished at finished at", fill("we finished at ", "3:40")],
  ["booked 1-2 booked 1-2", fill("booked 1-2 ")],
  ["from 1 to from 1 to", fill("from 1 to ", "x")],
  ["1:1:1:", fill("1:")],
  ["1 2 3 4 (phone-like)", fill("1 ", "x")],
  ["--> -->", fill("--> ")],
  ["<<<<", fill("<")],
  ["<v <v", fill("<v ")],
  ["&&&&", fill("&")],
  ["&#1&#1", fill("&#1")],
  ["Priya Raman: Priya Raman:", fill("Priya Raman: ")],
  ["we will … by", fill("we will ", "by Friday")],
  ["next week next week", fill("next week ")],
  ["big big company", fill("big ")],
  ["i i i …", fill("i ", "did well")],
  ["I think I I think I", fill("I think I ", "bombed")],
  ["made a a a … mistake", `I made ${fill("a ", "mistakes")}`],
  ["really really … well", `I did ${fill("really ", "badly")}`],
  ["it went it went", fill("it went ")],
  ["http://http://", fill("http://")],
  ["accented letters", fill("é")],
  ["emoji", fill("😀")],
];

/** Text with many line breaks: postal-mime spends ~10 µs a line, so it gets lines, not regexes, here. */
const LINE_HEAVY = new Set(["blank lines", "spaces between line breaks", "From From (mbox lines)"]);

function notes(text: string): Doc[] {
  return [{ kind: "notes", source: "notes.md", text }];
}

function mail(text: string, subject = "Next steps"): EmailDoc {
  return {
    kind: "email",
    source: "reply.eml",
    from: { name: "Priya Raman", email: "priya@pinecrest.example" },
    to: [{ name: "Sam Okafor", email: "sam@mail.example" }],
    cc: [],
    references: [],
    subject,
    text,
    date: "2026-02-04T17:15:00.000Z",
  };
}

/** The candidate asks; the company answers with `text`; the company asks `text` back. */
function exchange(text: string): TranscriptDoc {
  return {
    kind: "transcript",
    source: "call.vtt",
    format: "vtt",
    utterances: [
      { speaker: "Priya Raman", text: "Tell me about the billing migration?", line: 1 },
      { speaker: "Sam Okafor", text: "We split the nightly job into batches.", line: 2 },
      { speaker: "Priya Raman", text: `${text}?`, line: 3 },
      { speaker: "Sam Okafor", text: "What does the team plan for next year?", line: 4 },
      { speaker: "Priya Raman", text, line: 5 },
    ],
  };
}

const isSam = (speaker: string) => speaker === "Sam Okafor";

interface Target {
  name: string;
  run: (text: string) => unknown;
  skip?: (input: string) => boolean;
}

const TARGETS: Target[] = [
  {
    name: "measureLength (DURATION, RANGE, ENDED_AT, BARE_ACTUAL)",
    run: (t) => measureLength(notes(t), undefined),
  },
  { name: "inferContext (context RULES)", run: (t) => inferContext(notes(t), undefined) },
  { name: "readOwnSense (WENT_WELL, WENT_BADLY, HEDGED, REPORTED)", run: (t) => readOwnSense(notes(t)) },
  { name: "isFormLetter (FORM_LETTER)", run: (t) => isFormLetter(mail(t, t.slice(0, 2_000))) },
  {
    name: "detectExchanges (DEFLECTION, ABOUT_*, BACK_REFERENCE)",
    run: (t) => detectExchanges(exchange(t), isSam),
  },
  { name: "splitQuoted (attributions, separators, header blocks)", run: (t) => splitQuoted(t) },
  { name: "htmlToText", run: (t) => [htmlToText(t), htmlToText(`<p>${t}</p><blockquote>${t}`)] },
  { name: "findPromisedDate (PROMISE, periods, ordinals)", run: (t) => findPromisedDate(t, NOW) },
  { name: "foreignDecision (decisions in other languages)", run: (t) => foreignDecision(t) },
  { name: "splitSentences", run: (t) => splitSentences(t) },
  { name: "findMeetingTimes", run: (t) => findMeetingTimes(t, NOW, "America/Los_Angeles") },
  { name: "findInterviewTime", run: (t) => findInterviewTime(notes(t), NOW) },
  {
    name: "findInterviewSlot (CLOCK, ENDED, ranges, slot words)",
    run: (t) => findInterviewSlot(`Mon 2 Nov, 2pm, booked 2-3pm\n${t}`, 1, { actualMinutes: 50 }),
  },
  { name: "findContactDetail", run: (t) => findContactDetail(t) },
  {
    name: "ownText (greetings, sign-offs, signature lines)",
    run: (t) => ownText(mail(`Hi Sam,\n${t}\n${t}\nPriya`)),
  },
  {
    name: "nameTokens, sameName, displayName",
    run: (t) => [nameTokens(t), sameName(t, "Priya Raman"), displayName(t)],
  },
  {
    name: "parseTranscriptText (speaker detection)",
    run: (t) => [
      parseTranscriptText(t, "call.txt"),
      parseTranscriptText(`Priya Raman: ${t}`, "call.txt"),
      parseTranscriptText(`[00:00:01] ${t}`, "call.txt"),
      parseTranscriptText(`${t}  0:03\nwords`, "call.txt"),
    ],
  },
  {
    name: "splitSpeakerPrefix, looksLikeSpeakerName",
    run: (t) => [splitSpeakerPrefix(t), looksLikeSpeakerName(t)],
  },
  {
    name: "parseVtt (HEADER, cue timing, voices, tags)",
    run: (t) => [
      parseVtt(t, "call.vtt"),
      parseVtt(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${t}\n\n<v ${t}>hello`, "call.vtt"),
    ],
  },
  { name: "parseSrt", run: (t) => parseSrt(`1\n00:00:01,000 --> 00:00:02,000\n${t}\n`, "call.srt") },
  {
    name: "looksLikeCueTiming, parseCueTiming, cleanCueText, normaliseVoiceName",
    run: (t) => [looksLikeCueTiming(t), parseCueTiming(t), cleanCueText(t), normaliseVoiceName(t)],
  },
  {
    name: "parseIcs (content lines, DURATION, UTC_PREFIX)",
    run: (t) =>
      parseIcs(
        [
          "BEGIN:VCALENDAR",
          "BEGIN:VEVENT",
          "DTSTART;TZID=(UTC+01:00) x:20260203T100000",
          `DURATION:P${t.slice(0, 200)}`,
          `SUMMARY:${t}`,
          `DESCRIPTION;X-A=${t}:${t}`,
          "END:VEVENT",
          "END:VCALENDAR",
        ].join("\r\n"),
        "invite.ics",
      ),
  },
  { name: "splitMbox, looksLikeMbox", run: (t) => [[...splitMbox(t)].length, looksLikeMbox(t)] },
  { name: "decodeText", run: (t) => decodeText(new TextEncoder().encode(t), "notes.md") },
];

describe("functions that run patterns over user text, on 100 KB hostile strings", () => {
  it.each(TARGETS)("$name", (target) => {
    const slow: string[] = [];
    for (const [label, input] of INPUTS) {
      if (target.skip?.(input) === true) continue;
      // A pause only ever adds time: over the limit, the call is timed twice more and the best kept.
      let units = Number.POSITIVE_INFINITY;
      for (let k = 0; k < 3 && units >= LIMIT_UNITS; k++)
        units = Math.min(
          units,
          workUnits(input, () => target.run(input)),
        );
      if (units >= LIMIT_UNITS) slow.push(`${label}: ${Math.round(units)} passes`);
    }
    expect(slow).toEqual([]);
  });

  it("readSentences (wink-nlp), on one line as its callers give it: slower, but not quadratic", () => {
    // wink-nlp reads some shapes at ~15 µs a character; quadratic ones took 10 s and more.
    const slow: string[] = [];
    for (const [label, input] of INPUTS) {
      const line = input.replace(/\n/g, " ");
      // As above: a pause only ever adds time, so over the limit the call is timed twice more, the best kept.
      let units = Number.POSITIVE_INFINITY;
      for (let k = 0; k < 3 && units >= 10 * LIMIT_UNITS; k++)
        units = Math.min(
          units,
          workUnits(input, () => readSentences(line)),
        );
      if (units >= 10 * LIMIT_UNITS) slow.push(`${label}: ${Math.round(units)} passes`);
    }
    expect(slow).toEqual([]);
  });

  it("parseEml (boundary, Content-Type and charset patterns, mojibake, automatic subjects)", async () => {
    const slow: string[] = [];
    for (const [label, input] of INPUTS) {
      if (LINE_HEAVY.has(label)) continue;
      const shapes = [
        `From: p@pinecrest.example\r\nSubject: ${input.slice(0, 10_000)}\r\n\r\n${input}`,
        `From: p@pinecrest.example\r\nContent-Type: multipart/mixed; boundary="${input.slice(0, 1_000)}"\r\n\r\n--${input}`,
        `From: p@pinecrest.example\r\nContent-Type: text/html; charset=${input.slice(0, 500)}\r\n\r\n${input}`,
        `From: p@pinecrest.example\r\nContent-Type: multipart/alternative\r\n\r\n${input}`,
      ];
      for (const raw of shapes) {
        const units = await workUnitsAsync(raw, () => parseEml(raw, "reply.eml"));
        if (units >= LIMIT_UNITS) slow.push(`${label}: ${Math.round(units)} passes`);
      }
    }
    expect(slow).toEqual([]);
  });

  it("an .eml of 100 kB of line breaks is refused by its line count, not read line by line", async () => {
    const raw = `From: p@pinecrest.example\r\n\r\n${"\n".repeat(SIZE)}`;
    let r: Awaited<ReturnType<typeof parseEml>> | undefined;
    const units = await workUnitsAsync(raw, async () => {
      r = await parseEml(raw, "reply.eml");
    });
    expect(units).toBeLessThan(LIMIT_UNITS);
    if (!r) throw new Error("parseEml gave nothing");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/lines/);
  });

  it("the whole analyser, as notes, a transcript and mail (a looser bound: it runs every detector)", () => {
    const slow: string[] = [];
    for (const [label, input] of INPUTS) {
      const docs: Doc[] = [
        ...notes(input),
        exchange(input),
        mail(`Hi Sam,\n${input}\nPriya`, input.slice(0, 300)),
      ];
      const units = workUnits(input, () => analyzeInterview({ docs, now: NOW, me: "Sam Okafor" }));
      if (units >= 4 * LIMIT_UNITS) slow.push(`${label}: ${Math.round(units)} passes`);
    }
    expect(slow).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------
// Every regex literal, on its own

interface Literal {
  where: string;
  source: string;
  flags: string;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The regular expression literals of src/core and src/ingest, found by the TypeScript parser. */
function regexLiterals(): Literal[] {
  const found: Literal[] = [];
  for (const dir of ["src/core", "src/ingest"]) {
    for (const file of readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
      const path = join(ROOT, dir, file);
      const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(source);
          const slash = text.lastIndexOf("/");
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          found.push({
            where: `${dir}/${file}:${line + 1}`,
            source: text.slice(1, slash),
            flags: text.slice(slash + 1),
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}

/** Short strings of the kinds that make a pattern retry: runs of one character, of two, of words. */
function shortInputs(length: number): string[] {
  const singles = [" ", "a", "A", "1", "\n", ".", "-", ":", "<", ">", "(", ")", "'", "@", ",", "/", "&", "#"];
  const more = ["_", "*", "=", "\t", "é", "?", "!", '"', "[", "\u201c", "|"];
  const inputs = [...singles, ...more].map((c) => `${c.repeat(length)}\u0000`);
  const pairs = [" ", "a", "1", ".", "-", ":", "\n", "(", "'", "A"];
  for (const a of pairs)
    for (const b of pairs) if (a !== b) inputs.push(`${(a + b).repeat(length / 2)}\u0000`);
  const words = [
    "on ",
    "from: ",
    "wrote ",
    "a a. ",
    "we will ",
    "5 min ",
    "12:30 ",
    "Ann Lee: ",
    "<v a>",
    "&amp;",
  ];
  for (const w of [...words, "next week ", "--> ", "00:00:01.000 ", "http://x ", "a@b ", "Mon ", "the 1st "])
    inputs.push(`${w.repeat(Math.ceil(length / w.length)).slice(0, length)}\u0000`);
  return inputs;
}

/** Runs in a worker: each literal (made global, so every start position is tried) on every input. */
const SCAN = `
const { parentPort, workerData } = require("node:worker_threads");
const { literals, inputs, slowUnits, referenceSource } = workerData;
// Each input's unit of work: a reference pass over it (test/work-units.ts), timed here, best of five.
const referencePass = new Function("text", referenceSource);
const unitOf = (text) => {
  const long = text.repeat(Math.ceil(50000 / text.length));
  const times = long.length / text.length;
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    referencePass(long);
    best = Math.min(best, (performance.now() - t0) / times);
  }
  return Math.max(best, 0.001);
};
const units = inputs.map(unitOf);
for (let i = 0; i < literals.length; i++) {
  const { source, flags } = literals[i];
  const re = new RegExp(source, (flags.includes("g") ? flags : flags + "g").replace("y", ""));
  parentPort.postMessage({ started: i });
  for (let j = 0; j < inputs.length; j++) {
    // A pause (a collection, the other core busy) only ever adds time: a cost over the limit is taken
    // twice more and the best kept, so only a pattern slow every time is reported. Each time again is
    // weighed against a reference pass timed just before it: the one timed when the scan started
    // was of a machine less busy, when another run of the suite had since started beside this one.
    let cost = Infinity;
    for (let k = 0; k < 3 && cost >= slowUnits; k++) {
      const unit = k === 0 ? units[j] : unitOf(inputs[j]);
      const t0 = performance.now();
      inputs[j].replace(re, "");
      cost = Math.min(cost, (performance.now() - t0) / unit);
    }
    if (cost >= slowUnits) parentPort.postMessage({ slow: i, input: j, cost });
  }
}
parentPort.postMessage({ done: true });
`;

/** The reference pass of test/work-units.ts, as the worker's source (a worker cannot import it). */
const REFERENCE_SOURCE = `let sum = 0;
for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
return sum + text.split(/\\s+/).length + text.toLowerCase().length;`;

interface ScanReport {
  hung: string[];
  slow: string[];
}

/**
 * Scans the literals from `from` on. A literal whose work on an input passes `slowUnits` reference passes
 * over it is slow; one that stops reporting for `hangMs` is a hang (a watchdog for a scan that never
 * ends, set far above any literal's time, not a measure of speed).
 */
function scan(literals: Literal[], inputs: string[], hangMs: number, slowUnits: number): Promise<ScanReport> {
  const report: ScanReport = { hung: [], slow: [] };
  const describeInput = (j: number) => JSON.stringify((inputs[j] ?? "").slice(0, 12));
  const runFrom = (from: number): Promise<void> =>
    new Promise((done) => {
      const worker = new Worker(SCAN, {
        eval: true,
        workerData: { literals: literals.slice(from), inputs, slowUnits, referenceSource: REFERENCE_SOURCE },
      });
      let current = from;
      let heard = Date.now();
      const watchdog = setInterval(() => {
        if (Date.now() - heard < hangMs) return;
        clearInterval(watchdog);
        const hung = literals[current];
        report.hung.push(`${hung?.where} /${hung?.source}/${hung?.flags}`);
        void worker.terminate().then(() => runFrom(current + 1).then(done));
      }, 100);
      worker.on(
        "message",
        (m: { started?: number; slow?: number; input?: number; cost?: number; done?: true }) => {
          heard = Date.now();
          if (m.started !== undefined) current = from + m.started;
          if (m.slow !== undefined) {
            const literal = literals[from + m.slow];
            report.slow.push(
              `${literal?.where} /${literal?.source}/ on ${describeInput(m.input ?? -1)}: ${Math.round(m.cost ?? 0)} passes`,
            );
          }
          if (m.done) {
            clearInterval(watchdog);
            void worker.terminate().then(() => done());
          }
        },
      );
      worker.on("error", (error) => {
        clearInterval(watchdog);
        report.hung.push(`worker failed: ${error.message}`);
        done();
      });
    });
  return runFrom(0).then(() => report);
}

describe("every regex literal in src/core and src/ingest", () => {
  const literals = regexLiterals();

  it("the literals are found", () => {
    expect(literals.length).toBeGreaterThan(300);
  });

  it("none backtracks catastrophically: no hang, nothing slow, on 2,000-character runs", async () => {
    // Exponential backtracking never ends at 2,000 characters; quadratic costs about a hundred passes.
    const report = await scan(literals, shortInputs(2_000), 30_000, 10_000);
    expect(report.hung).toEqual([]);
    expect(report.slow).toEqual([]);
  }, 240_000);
});
