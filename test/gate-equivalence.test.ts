import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect } from "vitest";
import { findCueHits } from "../src/core/detect/detect-cues.js";
import type { Passage } from "../src/core/detect/passages.js";
import { CASES, itShared } from "./shared.js";

describe("the cheap gate before the NLP", () => {
  itShared("finds exactly what matching every cue on every sentence finds, on the corpus", () => {
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
  });
});
