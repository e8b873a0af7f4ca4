import { describe, expect, it } from "vitest";
import { cuesToUtterances, fileCuesToUtterances } from "./cues-to-utterances.js";
import type { RawCue } from "./read-cues.js";

const cue = (start: number, ...texts: string[]): RawCue => ({
  start,
  end: start + 1,
  timingLine: start * 10,
  lines: texts.map((text, i) => ({ text, line: start * 10 + i + 1 })),
});

describe("cuesToUtterances", () => {
  it("takes the speaker from a voice tag, then from a Name: prefix", () => {
    expect(
      cuesToUtterances([cue(1, "<v Ann Lee>Hi."), cue(2, "Bob Stone: Hello."), cue(3, "No speaker here.")]),
    ).toEqual([
      { speaker: "Ann Lee", text: "Hi.", start: 1, end: 2, line: 11 },
      { speaker: "Bob Stone", text: "Hello.", start: 2, end: 3, line: 21 },
      { text: "No speaker here.", start: 3, end: 4, line: 31 },
    ]);
  });

  it("keeps consecutive cues by one speaker apart", () => {
    expect(cuesToUtterances([cue(1, "<v Ann>One."), cue(2, "<v Ann>Two.")])).toHaveLength(2);
  });

  it("keeps a voice tag's speaker over a colon in the text", () => {
    expect(cuesToUtterances([cue(1, "<v Ann>Bob: said this")])[0]).toMatchObject({
      speaker: "Ann",
      text: "Bob: said this",
    });
  });

  it("does not make a speaker of a bare 'Name:' with nothing after it", () => {
    expect(cuesToUtterances([cue(1, "Ann:")])[0]).toEqual({ text: "Ann:", start: 1, end: 2, line: 11 });
  });

  it("drops cues without words", () => {
    expect(cuesToUtterances([cue(1), cue(2, "<i></i>")])).toEqual([]);
  });

  it("reads '>>' speaker changes of captions, with or without a name", () => {
    expect(
      cuesToUtterances([
        cue(1, ">> MIRA: Welcome back."),
        cue(2, "Thanks. >> OTTO: Glad to be here."),
        cue(3, ">> Right."),
      ]),
    ).toEqual([
      { speaker: "MIRA", text: "Welcome back.", start: 1, end: 2, line: 11 },
      { text: "Thanks.", start: 2, end: 3, line: 21 },
      { speaker: "OTTO", text: "Glad to be here.", start: 2, end: 3, line: 21 },
      { text: "Right.", start: 3, end: 4, line: 31 },
    ]);
  });
});

describe("fileCuesToUtterances", () => {
  const plain = (n: number): RawCue[] => Array.from({ length: n }, (_, i) => cue(i + 1, `Line ${i}.`));

  it("leaves a lone 'Label: text' among many unlabelled cues in the text", () => {
    const cues = [...plain(30), cue(40, "Encoder: Studio Nine")];
    const last = fileCuesToUtterances(cues).at(-1);
    expect(last).toEqual({ text: "Encoder: Studio Nine", start: 40, end: 41, line: 401 });
  });

  it("reads 'Name: text' as speakers when the file labels its cues that way", () => {
    const cues = [...plain(12), cue(20, "Ann Lee: One."), cue(21, "Bob: Two."), cue(22, "Ann Lee: Three.")];
    const speakers = fileCuesToUtterances(cues).map((u) => u.speaker);
    expect(speakers.slice(-3)).toEqual(["Ann Lee", "Bob", "Ann Lee"]);
  });

  it("trusts the labels of a short file", () => {
    expect(fileCuesToUtterances([cue(1, "Ann: Hi.")])[0]?.speaker).toBe("Ann");
  });
});
