import { describe, expect, it } from "vitest";
import { analyzeInterview } from "./analyze-interview.js";
import type { InviteDoc, TranscriptDoc, Utterance } from "./documents.js";
import { createLiveSession, type LiveEvent, type LiveSnapshot } from "./live-session.js";

const NOW = "2026-03-04T18:00:00-05:00";

/** Turns a minute apart, `at` minutes from the start. */
function turns(lines: [string, string, number?][]): Utterance[] {
  return lines.map(([speaker, text, minute], i) => ({
    speaker,
    text,
    start: (minute ?? i) * 60,
    end: (minute ?? i) * 60 + 20,
    line: i * 4 + 3,
  }));
}

const INTERVIEW = turns([
  ["Pat Lee", "Thanks for making the time today. Tell me about your last role."],
  ["Sam Roe", "I led the data platform team at a logistics company for three years."],
  ["Pat Lee", "What did the data platform team own?"],
  ["Sam Roe", "Ingestion, the warehouse, and the reporting layer for forty thousand sensors."],
  ["Pat Lee", "That was a great answer, exactly what we need here."],
  ["Pat Lee", "What salary are you expecting?"],
  ["Sam Roe", "Around ninety."],
  ["Pat Lee", "When you join, you'd own the ingestion layer outright."],
  ["Sam Roe", "What does growth look like for someone in this role?"],
  ["Pat Lee", "Hard to say."],
  ["Sam Roe", "And how is the team structured?"],
  ["Pat Lee", "We'll see."],
  ["Pat Lee", "We'll be in touch."],
  ["Pat Lee", "Actually, I'll email you by Thursday with next steps."],
]);

function transcript(utterances: Utterance[]): TranscriptDoc {
  return { kind: "transcript", source: "transcript.vtt", format: "vtt", utterances };
}

function invite(minutes: number, attendees: InviteDoc["attendees"] = []): InviteDoc {
  const start = Date.parse("2026-03-04T15:00:00Z");
  return {
    kind: "invite",
    source: "invite.ics",
    start: new Date(start).toISOString(),
    end: new Date(start + minutes * 60_000).toISOString(),
    organizer: { name: "Pat Lee", email: "pat@acme.example" },
    attendees,
  };
}

/** The snapshot without the live fields: an analysis, comparable with analyzeInterview's. */
function analysisOf(snapshot: LiveSnapshot) {
  const { provisional: _p, turns: _t, elapsed: _e, scheduledMinutes: _s, ...analysis } = snapshot;
  return analysis;
}

describe("createLiveSession", () => {
  it.each([
    ["with --me", { me: "Sam Roe" }],
    ["without --me (the candidate inferred as it goes)", {}],
  ])("fed turn by turn, ends with analyzeInterview's read of the whole (%s)", (_, who) => {
    const session = createLiveSession({ ...who, source: "transcript.vtt", format: "vtt", now: NOW });
    for (const u of INTERVIEW) session.addUtterances([u], NOW);
    const whole = analyzeInterview({ docs: [transcript(INTERVIEW)], now: NOW, ...who });
    expect(whole.signals.length).toBeGreaterThan(3);
    expect(analysisOf(session.finish(NOW))).toEqual(whole);
  });

  it("gives the same read whatever the batches", () => {
    const one = createLiveSession({ me: "Sam Roe", source: "transcript.vtt", now: NOW });
    one.addUtterances(INTERVIEW, NOW);
    const many = createLiveSession({ me: "Sam Roe", source: "transcript.vtt", now: NOW });
    for (let i = 0; i < INTERVIEW.length; i += 3) many.addUtterances(INTERVIEW.slice(i, i + 3), NOW);
    expect(analysisOf(many.snapshot())).toEqual(analysisOf(one.snapshot()));
  });

  it("reports each signal once, when it is first heard, with its minute, quote and speaker", () => {
    const session = createLiveSession({ me: "Sam Roe", source: "transcript.vtt", now: NOW });
    const heard = INTERVIEW.map((u) => session.addUtterances([u], NOW));
    const pay = heard.findIndex((h) => h.newSignals.some((s) => s.id === "compensation-discussed"));
    expect(pay).toBe(5);
    expect(heard[pay]?.newSignals.find((s) => s.id === "compensation-discussed")).toEqual({
      id: "compensation-discussed",
      label: expect.any(String),
      polarity: "positive",
      minute: 5,
      quote: "What salary are you expecting?",
      speaker: "Pat Lee",
    });
    const all = heard.flatMap((h) => h.newSignals.map((s) => s.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it("drops a vague next step once a dated one is heard", () => {
    const session = createLiveSession({ me: "Sam Roe", source: "transcript.vtt", now: NOW });
    const heard = INTERVIEW.map((u) => session.addUtterances([u], NOW));
    const vague = heard.findIndex((h) => h.newSignals.some((s) => s.id === "vague-next-steps"));
    expect(vague).toBeGreaterThan(0);
    expect(heard.slice(vague, 13).flatMap((h) => h.droppedSignals)).toEqual([]);
    const last = heard[13];
    expect(last?.droppedSignals).toContain("vague-next-steps");
    expect(last?.newSignals.map((s) => s.id)).toContain("specific-next-steps");
  });

  it("marks the read provisional, and says where the interview stands against the slot", () => {
    const session = createLiveSession({
      me: "Sam Roe",
      invite: invite(45),
      source: "transcript.vtt",
      now: NOW,
    });
    const first = session.addUtterances(INTERVIEW.slice(0, 3), NOW).snapshot;
    expect(first.provisional).toBe(true);
    expect(first.scheduledMinutes).toBe(45);
    expect(first.elapsed).toEqual({ minutes: 2.3, basis: "transcript" });
    expect(first.turns).toBe(3);
    expect(session.finish(NOW).provisional).toBe(false);
  });

  it("runs long as soon as the transcript passes the slot by ten minutes", () => {
    const session = createLiveSession({ me: "Sam Roe", invite: invite(30), source: "t.vtt", now: NOW });
    const at = (minute: number) =>
      session.addUtterances(turns([["Pat Lee", "One more thing to cover.", minute]]), NOW);
    at(0);
    expect(at(35).newSignals.map((s) => s.id)).not.toContain("ran-long");
    const long = at(41);
    expect(long.newSignals.map((s) => s.id)).toContain("ran-long");
    expect(long.newSignals.find((s) => s.id === "ran-long")?.minute).toBe(41);
  });

  it("is not cut short while it goes on; the final read is", () => {
    const session = createLiveSession({
      me: "Sam Roe",
      invite: invite(60),
      source: "transcript.vtt",
      now: NOW,
    });
    session.addUtterances(INTERVIEW.slice(0, 6), NOW);
    expect(session.snapshot().signals.map((s) => s.id)).not.toContain("cut-short");
    const final = session.finish(NOW);
    expect(final.signals.map((s) => s.id)).toContain("cut-short");
    const whole = analyzeInterview({
      docs: [invite(60), transcript(INTERVIEW.slice(0, 6))],
      now: NOW,
      me: "Sam Roe",
    });
    expect(analysisOf(final)).toEqual(whole);
  });

  it("without times in the transcript, counts the minutes by the clock from the invite's start", () => {
    const session = createLiveSession({ me: "Sam Roe", invite: invite(45), source: "t.txt" });
    const untimed: Utterance[] = [{ speaker: "Pat Lee", text: "Hello.", line: 1 }];
    const update = session.addUtterances(untimed, "2026-03-04T15:12:30Z");
    expect(update.snapshot.elapsed).toEqual({
      minutes: 12.5,
      basis: "clock",
      since: "2026-03-04T15:00:00.000Z",
    });
    // A clock reading long after the slot counts from the first reading instead.
    const late = createLiveSession({ invite: invite(45), now: "2026-03-05T09:00:00Z" });
    expect(late.addUtterances(untimed, "2026-03-05T09:03:00Z").snapshot.elapsed?.minutes).toBe(3);
  });

  it("finds the candidate by the invite's outside attendee, as the whole read does", () => {
    const inv = invite(45, [
      { name: "Pat Lee", email: "pat@acme.example" },
      { name: "Sam Roe", email: "sam@example.net" },
    ]);
    const session = createLiveSession({ invite: inv, source: "transcript.vtt", now: NOW });
    for (const u of INTERVIEW) session.addUtterances([u], NOW);
    expect(session.snapshot().candidate).toEqual({
      names: ["Sam Roe"],
      how: "inferred",
      basis: "the invite's outside attendee (invite.ics)",
    });
    const whole = analyzeInterview({ docs: [inv, transcript(INTERVIEW)], now: NOW });
    expect(analysisOf(session.finish(NOW))).toEqual(whole);
  });

  it("re-reads the turns so far when who the candidate is changes", () => {
    // Pat answers first; once Sam has answered more, Sam is the candidate and Pat's question is the company's.
    const lines = turns([
      ["Pat Lee", "I run the platform team and my focus is reliability."],
      ["Sam Roe", "What salary are you expecting?"],
      ["Pat Lee", "Around ninety, I think."],
      ["Sam Roe", "Great."],
      ["Pat Lee", "What salary are you expecting, to be clear?"],
      ["Sam Roe", "I have led three teams and I built my own reporting stack from scratch over four years."],
      ["Sam Roe", "I also ran my own consultancy, and I mentored my juniors; I'm proud of my record there."],
    ]);
    const session = createLiveSession({ source: "transcript.vtt", now: NOW });
    const names = lines.map((u) => session.addUtterances([u], NOW).snapshot.candidate.names.join());
    expect(new Set(names).size).toBeGreaterThan(1);
    expect(names.at(-1)).toBe("Sam Roe");
    expect(analysisOf(session.finish(NOW))).toEqual(
      analyzeInterview({ docs: [transcript(lines)], now: NOW }),
    );
  });

  it("tells subscribers every update and the final read, until they stop listening", () => {
    const session = createLiveSession({ me: "Sam Roe", now: NOW });
    const seen: LiveEvent["type"][] = [];
    const stop = session.subscribe((e) => seen.push(e.type));
    const other: LiveEvent[] = [];
    session.subscribe((e) => other.push(e));
    session.addUtterances(INTERVIEW.slice(0, 2), NOW);
    session.addUtterances(INTERVIEW.slice(2, 4), NOW);
    stop();
    session.addUtterances(INTERVIEW.slice(4, 6), NOW);
    session.finish(NOW);
    expect(seen).toEqual(["update", "update"]);
    expect(other.map((e) => e.type)).toEqual(["update", "update", "update", "final"]);
    expect(other.at(-1)?.snapshot.provisional).toBe(false);
  });

  it("takes nothing after finish()", () => {
    const session = createLiveSession();
    session.finish();
    expect(() => session.addUtterances(INTERVIEW)).toThrow(/after finish/);
  });
});
