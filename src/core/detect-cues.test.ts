import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "./catalogue.js";
import { crudeStem } from "./crude-stem.js";
import { findCueHits } from "./detect-cues.js";
import { compilePattern } from "./match-pattern.js";
import type { Passage } from "./passages.js";
import { SIGNAL_IDS } from "./signal.js";

const CASES = join(import.meta.dirname, "..", "..", "..", "shared", "corpus", "cases");

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
  ])("%s and %s share a stem", (a, b) => {
    expect(crudeStem(a)).toBe(crudeStem(b));
  });
});

describe("the cheap gate before the NLP", () => {
  it.skipIf(!existsSync(CASES))(
    "finds exactly what matching every cue on every sentence finds, on the corpus",
    () => {
      const passages: Passage[] = [];
      for (const name of readdirSync(CASES)) {
        const notes = join(CASES, name, "notes.md");
        if (!existsSync(notes)) continue;
        passages.push({
          channel: "notes",
          source: name,
          text: readFileSync(notes, "utf8"),
          role: "narrator",
          line: 1,
        });
      }
      expect(passages.length).toBeGreaterThan(10);
      const key = (h: { id: string; passage: Passage; sentence: { text: string } }) =>
        `${h.passage.source}|${h.id}|${h.sentence.text}`;
      const gated = new Set(findCueHits(passages).map(key));
      const ungated = findCueHits(passages, { gate: false }).map(key);
      expect(gated.size).toBeGreaterThan(50);
      expect(ungated.filter((k) => !gated.has(k))).toEqual([]);
    },
  );
});
