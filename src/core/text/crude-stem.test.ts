import { describe, expect, it } from "vitest";
import { crudeStem, wordStem } from "./crude-stem.js";

// What the three stemmers of before (the cue gate's, the exchanges' and the reply judge's) agreed on,
// and where the crude stem and the word stem part.
describe("the one stemmer", () => {
  const same = (a: string, b: string, f: (w: string) => string) => expect(f(a)).toBe(f(b));

  it.each([
    ["arrived", "arrive"],
    ["resetting", "reset"],
    ["refunds", "refund"],
    ["logging", "logged"],
    ["batches", "batch"],
    ["companies", "company"],
    ["Kayak's", "kayak"],
  ])("meets %s with %s, both ways", (a, b) => {
    same(a, b, crudeStem);
    same(a, b, wordStem);
  });

  it("takes comparatives off only in the crude stem", () => {
    same("deeper", "deep", crudeStem);
    expect(wordStem("deeper")).not.toBe(wordStem("deep"));
    expect(wordStem("whittler")).not.toBe(wordStem("whittling"));
  });

  it("reads irregular forms as their base", () => {
    same("spoke", "speak", crudeStem);
    same("spoke", "speak", wordStem);
    // Not inherited keys: "constructor" is no irregular verb.
    expect(crudeStem("constructor")).toBe("constructor");
  });
});
