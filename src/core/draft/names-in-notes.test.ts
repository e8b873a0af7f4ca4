import { describe, expect, it } from "vitest";
import { namesInNotes } from "./names-in-notes.js";

describe("namesInNotes: who the interview was with, as messy notes list them", () => {
  it.each([
    ["interview w/ Tomas + Ilka (fintech, Leeds) - backend", ["Tomas", "Ilka"]],
    ["with Ravi (van Loon, ops lead) and Dora from finance", ["Ravi", "Dora"]],
    ["call with Bex and Joaquin, platform team", ["Bex", "Joaquin"]],
    ["phone screen w/ recruiter Nell - fine, 20 min", ["Nell"]],
    ["- panel: Odile Marchetti (chair), Piet V.", ["Odile Marchetti", "Piet"]],
    ["Ulla (HR Dir) got pulled into something", ["Ulla"]],
    // A line opening on "With", capitalised: the word is not part of the name.
    ["With Osric Penhallow (ops manager)", ["Osric Penhallow"]],
    ["Met Quint Harlow (director) at reception", ["Quint Harlow"]],
  ])("%j", (line, names) => {
    const found = namesInNotes({ kind: "notes", source: "notes.md", text: `${line}\n` }).map((n) => n.name);
    expect(found).toEqual(names);
  });
});
