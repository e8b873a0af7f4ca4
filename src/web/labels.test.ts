import { describe, expect, it } from "vitest";
import { readSummaryWords } from "./labels.js";

describe("readSummaryWords", () => {
  it("leaves out how many weights the context changed, wherever it stands", () => {
    expect(
      readSummaryWords(
        "Promising: this rests on 2 positive against 1 negative. Given the context, 3 signals count more or less than usual.",
      ),
    ).toBe("Promising: this rests on 2 positive against 1 negative.");
    expect(
      readSummaryWords(
        "Mixed: two signals. Given the context, one signal counts more or less than usual. What would change it: a date.",
      ),
    ).toBe("Mixed: two signals. What would change it: a date.");
  });

  it("keeps a summary that says nothing of weights as it is", () => {
    expect(readSummaryWords("Too little to read yet.")).toBe("Too little to read yet.");
  });

  it("once the outcome is known, leaves out what would change the read", () => {
    const summary =
      "Strong: this rests on 5 positive. What would change it: silence well past the date they gave.";
    expect(readSummaryWords(summary, true)).toBe("Strong: this rests on 5 positive.");
    expect(readSummaryWords(summary)).toBe(summary);
    expect(readSummaryWords("Too little to read yet. What would help: the transcript, or notes.", true)).toBe(
      "Too little to read yet.",
    );
  });
});
