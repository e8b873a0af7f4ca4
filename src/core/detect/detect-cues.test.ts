import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue.js";
import { SIGNAL_IDS } from "../signals/signal.js";
import { crudeStem } from "../text/crude-stem.js";
import { compilePattern } from "../text/match-pattern.js";
import { findCueHits } from "./detect-cues.js";

describe("the catalogue", () => {
  it("holds every id of the spec exactly once", () => {
    expect(CATALOGUE.map((d) => d.id).sort()).toEqual([...SIGNAL_IDS].sort());
    expect(SIGNAL_IDS).toHaveLength(35);
  });

  it.each(CATALOGUE.map((d) => [d.id, d] as const))(
    "%s has a label, seeds, advice and cues that compile",
    (_id, def) => {
      expect(def.label.length).toBeGreaterThan(3);
      expect(def.seeds.length).toBeGreaterThan(0);
      for (const seed of def.seeds) expect(seed).toMatch(/^00[0-4]$/);
      expect(def.advice.length).toBeGreaterThan(20);
      expect(def.cues.length).toBeGreaterThan(0);
      for (const cue of def.cues) {
        expect(() => compilePattern(cue.p, cue.within)).not.toThrow();
        if (cue.with) expect(() => compilePattern(cue.with ?? "", cue.within)).not.toThrow();
        if (cue.unless) expect(() => compilePattern(cue.unless ?? "", 1)).not.toThrow();
      }
    },
  );
});

describe("crudeStem", () => {
  it.each([
    ["asked", "ask"],
    ["asking", "ask"],
    ["nodded", "nod"],
    ["smiling", "smile"],
    ["told", "tell"],
    ["ups", "up"],
    ["tries", "try"],
    // Irregular forms meet their lemma's stem, which the same rules cut ("take" → "tak").
    ["taken", "take"],
    ["took", "take"],
    ["gave", "give"],
    ["made", "make"],
    ["came", "come"],
    ["chosen", "choose"],
    ["left", "leave"],
    ["wrote", "write"],
  ])("%s and %s share a stem", (a, b) => {
    expect(crudeStem(a)).toBe(crudeStem(b));
  });

  it("reads the names of an object's own properties as words", () => {
    for (const word of ["constructor", "toString", "__proto__", "hasOwnProperty"])
      expect(typeof crudeStem(word)).toBe("string");
  });
});

describe("the cheap gate", () => {
  const notes = (text: string) => [
    { channel: "notes" as const, source: "notes.md", text, role: "narrator" as const, line: 1 },
  ];
  it.each([
    "I didnt hear back from them after the interview.",
    "I wasnt selected for the next round.",
    "They havent replied since, and I dont know why.",
  ])("keeps a negation written without its apostrophe: %s", (text) => {
    const key = (h: { id: string; sentence: { text: string } }) => `${h.id}|${h.sentence.text}`;
    const ungated = findCueHits(notes(text), { gate: false }).map(key);
    expect(ungated.length).toBeGreaterThan(0);
    expect(findCueHits(notes(text)).map(key)).toEqual(ungated);
  });

  it.each([
    ["Do you have any other interviews or offers right now?", "Kayla Brooks"],
    ["Where are you on other processes?", "Helen Marchetti"],
  ])("lets a question through to cues that need its question mark: %s", (text, speaker) => {
    const turn = [
      { channel: "transcript" as const, source: "t.vtt", text, role: "company" as const, speaker, line: 1 },
    ];
    const key = (h: { id: string }) => h.id;
    const ungated = findCueHits(turn, { gate: false }).map(key);
    expect(ungated).toContain("competing-offers-asked");
    expect(findCueHits(turn).map(key)).toEqual(ungated);
  });

  it("holds the suppletive and irregular forms a lemma meets ('best' is 'good', 'taken' is 'take')", () => {
    for (const text of [
      "Your application has not been taken forward.",
      "Honestly the best conversation I've had with a recruiter.",
    ]) {
      const key = (h: { id: string }) => h.id;
      expect(findCueHits(notes(text)).map(key)).toEqual(findCueHits(notes(text), { gate: false }).map(key));
    }
  });

  it("reads an answer called what they need, said back in the interview, as praise", () => {
    const turn = (text: string) => [
      {
        channel: "transcript" as const,
        source: "t.vtt",
        text,
        role: "company" as const,
        speaker: "Ines Duarte",
        line: 1,
      },
    ];
    const ids = (text: string) => findCueHits(turn(text)).map((h) => h.id);
    expect(ids("Right. That's the kind of thing we need on the late desk.")).toContain("positive-feedback");
    expect(ids("Is that the kind of thing we need, do you think?")).not.toContain("positive-feedback");
    expect(ids("Your Welsh is very good, by the way.")).toContain("positive-feedback");
    expect(ids("Your audio is good now, carry on.")).not.toContain("positive-feedback");
  });

  it("reads a second-language bare verb after 'he' or 'she' as the past it narrates", () => {
    const ids = findCueHits(notes("She say my rota plan is very good.")).map((h) => h.id);
    expect(ids).toContain("positive-feedback");
  });
});

describe("guard words and a contrast", () => {
  const ids = (text: string) =>
    findCueHits([
      { channel: "notes" as const, source: "notes.md", text, role: "narrator" as const, line: 1 },
    ]).map((h) => h.id);
  it("a negation in the other half of a 'but' does not guard this half", () => {
    expect(ids("I don't think the parking was free, but the two surveyors were very friendly.")).toContain(
      "natural-rapport",
    );
  });
  it("a negation in the same half still does", () => {
    expect(ids("The parking was free, but the two surveyors were not friendly.")).not.toContain(
      "natural-rapport",
    );
  });
});
