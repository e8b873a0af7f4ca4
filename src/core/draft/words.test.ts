import { describe, expect, it } from "vitest";
import { countWords } from "./words.js";

describe("countWords", () => {
  it("counts words as a reader does", () => {
    expect(countWords("Dear Priya,\n\nThank you - really.\n")).toBe(5);
  });
});
