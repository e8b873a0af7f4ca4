import { describe, expect, it } from "vitest";
import type { Doc, Evidence } from "./api-types.js";
import { blocksOf, clockSeconds, foldText, locateEvidence, splitByHits } from "./find-evidence.js";

// Made-up people and words.
const DOCS: Doc[] = [
  {
    kind: "transcript",
    source: "round-1/transcript.vtt",
    format: "vtt",
    utterances: [
      { speaker: "Priya Raman", text: "Thanks for joining. Shall we start?", start: 2, line: 5 },
      { speaker: "Sam Okafor", text: "Sure,   happy to.", start: 6, line: 8 },
      {
        speaker: "Priya Raman",
        text: "That\u2019s exactly what we need. When could you start?",
        start: 300,
        line: 11,
      },
    ],
  },
  {
    kind: "notes",
    source: "round-1/notes.md",
    text: "# Round 1\n\n- Met Priya for an hour.\n- She said the team is\n  growing fast.\n",
  },
];

const evidence = (e: Partial<Evidence> & { quote: string }): Evidence => ({ source: "transcript.vtt", ...e });

describe("foldText", () => {
  it("collapses spaces, lowers case and straightens quotes, remembering where each character was", () => {
    const folded = foldText("That\u2019s  IT");
    expect(folded.text).toBe("that's it");
    expect(folded.from).toEqual([0, 1, 2, 3, 4, 5, 6, 8, 9]);
  });
});

describe("locateEvidence", () => {
  const blocks = blocksOf(DOCS);

  it("finds a quote in the turn it came from, whatever the source's folder", () => {
    const found = locateEvidence(blocks, evidence({ quote: "When could you start?", line: 11 }));
    expect(found).toEqual({ block: "d0u2", start: 29, end: 50, isApproximate: false });
  });

  it("ignores differences of spacing, case and quote marks", () => {
    const found = locateEvidence(blocks, evidence({ quote: "that's exactly what we NEED." }));
    expect(found?.block).toBe("d0u2");
    expect(found?.start).toBe(0);
    expect(found?.isApproximate).toBe(false);
    expect(locateEvidence(blocks, evidence({ quote: "sure, happy to." }))).toMatchObject({
      block: "d0u1",
      end: 17,
    });
  });

  it("finds a sentence of the notes that runs over a line break", () => {
    const notes = DOCS[1]?.kind === "notes" ? DOCS[1].text : "";
    const found = locateEvidence(blocks, {
      source: "notes.md",
      quote: "She said the team is growing fast.",
      line: 4,
    });
    expect(found && notes.slice(found.start, found.end)).toBe("She said the team is\n  growing fast.");
  });

  it("marks the line it names, as approximate, when the words are not there", () => {
    const found = locateEvidence(blocks, evidence({ quote: "words nobody said", line: 8 }));
    expect(found).toEqual({ block: "d0u1", start: 0, end: 17, isApproximate: true });
    const line = locateEvidence(blocks, { source: "notes.md", quote: "something else", line: 3 });
    expect(line).toMatchObject({ block: "d1", isApproximate: true });
  });

  it("places no computed fact, and nothing it cannot find", () => {
    expect(locateEvidence(blocks, evidence({ quote: "ran 79 minutes", isFact: true }))).toBeUndefined();
    expect(locateEvidence(blocks, evidence({ quote: "not in there at all" }))).toBeUndefined();
  });
});

describe("splitByHits", () => {
  it("cuts overlapping marks into flat pieces and says where each one opens", () => {
    const pieces = splitByHits("abcdefgh", [
      { start: 1, end: 5, key: "a" },
      { start: 3, end: 7, key: "b" },
    ]);
    expect(pieces.map((p) => [p.text, p.keys, p.opens])).toEqual([
      ["a", [], []],
      ["bc", ["a"], ["a"]],
      ["de", ["a", "b"], ["b"]],
      ["fg", ["b"], []],
      ["h", [], []],
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe("abcdefgh");
  });

  it("keeps the text whole without hits, and clips hits that run past it", () => {
    expect(splitByHits("plain", [])).toEqual([{ start: 0, end: 5, text: "plain", keys: [], opens: [] }]);
    expect(splitByHits("ab", [{ start: 1, end: 9, key: "x" }]).map((p) => p.text)).toEqual(["a", "b"]);
  });
});

describe("clockSeconds", () => {
  it.each([
    ["00:41:12", 2472],
    ["1:02:03", 3723],
    ["05:08", 308],
    ["00:00:05.500", 5],
    ["soon", undefined],
    [undefined, undefined],
  ])("%s", (at, seconds) => {
    expect(clockSeconds(at)).toBe(seconds);
  });
});
