import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { expect, it } from "vitest";
import { analyzeInterview } from "../src/core/read/analyze-interview.js";
import type { ContextFacts, InviteDoc, TranscriptDoc, Utterance } from "../src/core/read/documents.js";
import { createLiveSession, type LiveSnapshot } from "../src/core/read/live-session.js";
import { decodeText } from "../src/ingest/decode-text.js";
import { followTranscript } from "../src/ingest/follow-transcript.js";
import { parseContext } from "../src/ingest/parse-context.js";
import { parseIcs } from "../src/ingest/parse-ics.js";
import { parseTranscript } from "../src/ingest/parse-transcript.js";
import { CASES, caseNames, describeShared } from "./shared.js";

/*
 * Issue 8: the live board and the final read agree. Every corpus transcript is fed to a live session
 * utterance by utterance (and, through the follower, as text cut anywhere); the last state must be
 * what `analyzeInterview` reads from the whole transcript with the same invite and stated context.
 */

const NOW = "2026-03-04T18:00:00-05:00";

interface Case {
  name: string;
  source: string;
  text: string;
  transcript: TranscriptDoc;
  invites: InviteDoc[];
  context?: ContextFacts;
}

function readCase(name: string): Case | undefined {
  const dir = join(CASES, name);
  const source = readdirSync(dir).find((f) => /^transcript\.(vtt|srt|txt)$/.test(f));
  if (source === undefined) return undefined;
  const decoded = decodeText(readFileSync(join(dir, source)), source);
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
  const parsed = parseTranscript(decoded.value, source);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const ics = existsSync(join(dir, "invite.ics"))
    ? parseIcs(readFileSync(join(dir, "invite.ics"), "utf8"), "invite.ics")
    : undefined;
  if (ics && !ics.ok) throw new Error(JSON.stringify(ics.problems));
  const context = existsSync(join(dir, "context.json"))
    ? parseContext(readFileSync(join(dir, "context.json"), "utf8"), "context.json").context
    : undefined;
  return {
    name,
    source,
    text: decoded.value,
    transcript: parsed.value,
    invites: ics?.ok ? ics.value : [],
    ...(context ? { context } : {}),
  };
}

const cases = caseNames()
  .map(readCase)
  .filter((c): c is Case => c !== undefined);

function analysisOf(snapshot: LiveSnapshot) {
  const { provisional: _p, turns: _t, elapsed: _e, scheduledMinutes: _s, ...analysis } = snapshot;
  return analysis;
}

function live(c: Case, me: string | undefined, batches: Utterance[][]) {
  const session = createLiveSession({
    source: c.source,
    format: c.transcript.format,
    invite: c.invites,
    now: NOW,
    ...(c.context ? { context: c.context } : {}),
    ...(me ? { me } : {}),
  });
  for (const batch of batches) session.addUtterances(batch, NOW);
  return session;
}

function whole(c: Case, me: string | undefined) {
  return analyzeInterview({
    docs: [...c.invites, c.transcript],
    now: NOW,
    ...(c.context ? { context: c.context } : {}),
    ...(me ? { me } : {}),
  });
}

describeShared("live read against the whole read, on the corpus", () => {
  it("has the transcripts", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)("$name, utterance by utterance, without --me", (c) => {
    const expected = whole(c, undefined);
    const session = live(
      c,
      undefined,
      c.transcript.utterances.map((u) => [u]),
    );
    const last = analysisOf(session.snapshot());
    // While the interview may go on, only a cut-short measured from the length is held back.
    const measured = (s: { id: string; evidence: { quote: string }[] }) =>
      s.id === "cut-short" && s.evidence.some((e) => /^ran \d+ minutes against/.test(e.quote));
    if (!expected.signals.some(measured)) expect(last).toEqual(expected);
    else {
      const others = (signals: typeof expected.signals) => signals.filter((s) => s.id !== "cut-short");
      expect(others(last.signals)).toEqual(others(expected.signals));
      expect(last.signals.some(measured)).toBe(false);
    }
    expect(analysisOf(session.finish(NOW))).toEqual(expected);
  });

  it.each(cases)("$name, with --me", (c) => {
    const me = whole(c, undefined).candidate.names[0];
    const session = live(
      c,
      me,
      c.transcript.utterances.map((u) => [u]),
    );
    const final = session.finish(NOW);
    const expected = whole(c, me);
    expect(final.signals.length).toBeGreaterThan(0);
    expect(final.signals).toEqual(expected.signals);
    expect(final.read.band).toBe(expected.read.band);
    expect(final.read.score).toBe(expected.read.score);
    expect(analysisOf(final)).toEqual(expected);
  });

  it.each(cases)("$name, as text cut anywhere through the follower", (c) => {
    const expected = whole(c, undefined);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: c.text.length }), { maxLength: 30 }), (at) => {
        const points = [...new Set(at)].sort((a, b) => a - b);
        const follower = followTranscript(c.source);
        const batches: Utterance[][] = [];
        let from = 0;
        for (const p of [...points, c.text.length]) {
          batches.push(follower.push(c.text.slice(from, p)));
          from = p;
        }
        batches.push(follower.end());
        expect(analysisOf(live(c, undefined, batches).finish(NOW))).toEqual(expected);
      }),
      { numRuns: 5 },
    );
  });
});
