import { describe, expect, it } from "vitest";
import { learnFromOutcomes, type Outcome, type OutcomeCase } from "../core/read/learn-from-outcomes.js";
import type { Band, SignalId } from "../core/signals/signal.js";
import { renderInsights } from "./render-insights.js";

const ESC = "\x1b[";

let nextId = 1;
function app(outcome: Outcome | undefined, signals: SignalId[] = [], read?: [Band, number]): OutcomeCase {
  const c: OutcomeCase = { applicationId: nextId, label: `Company ${nextId}`, signals };
  nextId += 1;
  if (outcome) c.outcome = outcome;
  if (read) c.read = { band: read[0], score: read[1] };
  return c;
}
/** The text with wrapped lines joined, for checking whole sentences. */
const flat = (text: string) => text.replace(/\s+/g, " ");
const times = (n: number, make: () => OutcomeCase) => Array.from({ length: n }, make);

const FEW = [
  app("offer", ["sold-the-role"], ["strong", 0.9]),
  app("offer", ["sold-the-role"], ["promising", 0.75]),
  app("rejected", ["cut-short"], ["weak", 0.2]),
  app("withdrew", ["sold-the-role"]),
  app(undefined, ["sold-the-role"]),
];

const ENOUGH = [
  ...times(3, () => app("offer", ["sold-the-role"], ["strong", 0.9])),
  app("offer", [], ["mixed", 0.5]),
  ...times(4, () => app("rejected", ["ran-long"], ["mixed", 0.4])),
  app("ghosted", ["ran-long", "sold-the-role"], ["promising", 0.8]),
];

describe("renderInsights", () => {
  it("opens with the totals line", () => {
    const text = renderInsights(
      learnFromOutcomes([
        ...times(2, () => app("offer")),
        ...times(2, () => app("rejected")),
        app("ghosted"),
        app("withdrew"),
        ...times(6, () => app(undefined)),
      ]),
      { color: false },
    );
    expect(text.split("\n")[0]).toBe(
      "12 applications: 5 decided (2 offers, 3 rejected or ghosted), 1 withdrawn, 6 open",
    );
  });

  it("with few outcomes says how few, and still shows the raw counts", () => {
    const text = renderInsights(learnFromOutcomes(FEW), { color: false });
    expect(flat(text)).toContain(
      "Only 3 outcomes so far: at least 5 are needed before any pattern means anything; these counts are shown as they are.",
    );
    expect(text).toContain("Sold you the role — too few outcomes to tell");
    expect(text).toContain("with signal: 2/2 offers (100%, 95% CI 34–100%)");
    expect(text).toContain("without:     0/1 offers (0%, 95% CI 0–79%)");
    expect(text).toContain("1 withdrawn application left out");
    expect(text).toContain("this is noise");
    expect(text).toContain("AUC not computed");
    expect(text).not.toContain("NaN");
  });

  it("says nothing is recorded yet for empty input, with no NaN or undefined", () => {
    const text = renderInsights(learnFromOutcomes([]), { color: false });
    expect(text.split("\n")[0]).toBe(
      "0 applications: 0 decided (0 offers, 0 rejected or ghosted), 0 withdrawn, 0 open",
    );
    expect(text).toContain("No outcomes recorded yet");
    expect(text).toContain("no signals recorded yet");
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("with enough outcomes gives verdicts, the difference, the polarity note and the reads", () => {
    const text = renderInsights(learnFromOutcomes(ENOUGH), { color: false });
    expect(text).not.toContain("Only ");
    expect(text).toContain("Overall: 4/9 offers (44%, 95% CI 19–73%).");
    // Sold you the role: 3 of 4 with it ended in offers, 1 of 5 without.
    expect(text).toContain("Sold you the role — ");
    expect(text).toContain("with signal: 3/4 offers (75%, 95% CI 30–95%)");
    expect(text).toContain("without:     1/5 offers (20%, 95% CI 4–62%)");
    // Ran past its time, a positive signal, came before every rejection here.
    expect(text).toContain("Ran past its time — came before your rejections");
    expect(flat(text)).toContain("Usually a good sign, yet for you it came before rejections");
    expect(text).toMatch(/strong\s+3\s+0\s+100%/);
    expect(text).toMatch(/mixed\s+1\s+4\s+20%/);
    expect(text).toContain("Brier score");
    expect(text).toMatch(/AUC 0\.\d\d/);
    expect(text).not.toMatch(/NaN|undefined/);
  });

  it("colours only when asked", () => {
    const insights = learnFromOutcomes(ENOUGH);
    expect(renderInsights(insights, { color: false })).not.toContain(ESC);
    expect(renderInsights(insights, { color: true })).toContain(ESC);
  });
});
