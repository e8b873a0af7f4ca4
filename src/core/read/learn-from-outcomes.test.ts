import { describe, expect, it } from "vitest";
import type { Band, SignalId } from "../signals/signal.js";
import {
  brierScore,
  type Insights,
  learnFromOutcomes,
  MIN_DECIDED,
  newcombeDifference,
  type Outcome,
  type OutcomeCase,
  offerRate,
  pairwiseAuc,
  wilsonInterval,
} from "./learn-from-outcomes.js";

let nextId = 1;
function app(outcome: Outcome | undefined, signals: SignalId[] = [], read?: [Band, number]): OutcomeCase {
  const c: OutcomeCase = { applicationId: nextId, label: `Company ${nextId}, Engineer`, signals };
  nextId += 1;
  if (outcome) c.outcome = outcome;
  if (read) c.read = { band: read[0], score: read[1] };
  return c;
}
const times = (n: number, make: () => OutcomeCase) => Array.from({ length: n }, make);

/** Every number anywhere in the value is finite, and the JSON has neither NaN nor null (JSON's NaN). */
function expectAllFinite(value: unknown): void {
  const walk = (v: unknown, path: string): void => {
    if (typeof v === "number") expect(Number.isFinite(v), path).toBe(true);
    else if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, `${path}[${i}]`);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(value, "$");
  const json = JSON.stringify(value);
  expect(json).not.toMatch(/NaN|null|Infinity/);
}

const signal = (insights: Insights, id: SignalId) => insights.signals.find((s) => s.id === id);

describe("wilsonInterval", () => {
  // By hand, z = 1.959964, z² = 3.841459:
  //  3 of 4: p̂ = .75, 1 + z²/n = 1.960365, centre = (.75 + .480182)/1.960365 = .627527,
  //          half = 1.959964·√(.046875 + .060023)/1.960365 = 1.959964·.326953/1.960365 = .326886
  //          → [.300641, .954413]
  //  1 of 4: the mirror image, [1 − .954413, 1 − .300641] = [.045587, .699359]
  //  0 of 5: low 0; high = z²/(n + z²) = 3.841459/8.841459 = .434483
  //  5 of 5: [1 − .434483, 1] = [.565517, 1]
  //  0 of 0: nothing known, [0, 1]
  it.each([
    { s: 3, n: 4, low: 0.300641, high: 0.954413 },
    { s: 1, n: 4, low: 0.045587, high: 0.699359 },
    { s: 0, n: 5, low: 0, high: 0.434483 },
    { s: 5, n: 5, low: 0.565517, high: 1 },
    { s: 0, n: 0, low: 0, high: 1 },
  ])("$s of $n → [$low, $high]", ({ s, n, low, high }) => {
    const ci = wilsonInterval(s, n);
    expect(ci.low).toBeCloseTo(low, 3);
    expect(ci.high).toBeCloseTo(high, 3);
  });
});

describe("newcombeDifference", () => {
  it("matches Newcombe's (1998) worked example: 56/70 − 48/80 = .2000, 95% CI .0524 to .3339", () => {
    const d = newcombeDifference(offerRate(56, 70), offerRate(48, 80));
    expect(d?.value).toBeCloseTo(0.2, 4);
    expect(d?.ci.low).toBeCloseTo(0.0524, 4);
    expect(d?.ci.high).toBeCloseTo(0.3339, 4);
  });

  it("3/4 − 1/4 by hand: .5 ∓ √(.449359² + .449359²) and √(.204413² + .204413²) → [−.1355, .7891]", () => {
    const d = newcombeDifference(offerRate(3, 4), offerRate(1, 4));
    expect(d?.value).toBeCloseTo(0.5, 6);
    expect(d?.ci.low).toBeCloseTo(-0.1355, 3);
    expect(d?.ci.high).toBeCloseTo(0.7891, 3);
  });

  it("is undefined when a side has no cases", () => {
    expect(newcombeDifference(offerRate(2, 3), offerRate(0, 0))).toBeUndefined();
  });
});

describe("learnFromOutcomes: totals", () => {
  it("counts every status, leaves withdrawn and open out of the decided", () => {
    const cases = [
      app("offer"),
      app("offer"),
      app("rejected"),
      app("ghosted"),
      app("rejected"),
      app("withdrew"),
      ...times(6, () => app(undefined)),
    ];
    const { totals } = learnFromOutcomes(cases);
    expect(totals).toMatchObject({
      applications: 12,
      decided: 5,
      offers: 2,
      negative: 3,
      rejected: 2,
      ghosted: 1,
      withdrew: 1,
      open: 6,
      enoughToLearn: true,
      needMore: 0,
    });
    expect(totals.offerRate.rate).toBeCloseTo(0.4, 9);
  });

  it("with 3 outcomes nothing is learned yet: enoughToLearn false, needMore 2, every verdict too-few", () => {
    expect(MIN_DECIDED).toBe(5);
    const insights = learnFromOutcomes([
      app("offer", ["sold-the-role", "ran-long"]),
      app("offer", ["sold-the-role", "ran-long"]),
      app("rejected", ["cut-short"]),
      app(undefined, ["sold-the-role"]),
    ]);
    expect(insights.totals.enoughToLearn).toBe(false);
    expect(insights.totals.needMore).toBe(2);
    expect(insights.signals.length).toBe(3);
    for (const s of insights.signals) expect(s.verdict).toBe("too-few");
    // The raw counts are still there: 2 of 2 with "sold-the-role" ended in an offer, seen in 3.
    expect(signal(insights, "sold-the-role")).toMatchObject({
      seen: 3,
      with: { offers: 2, decided: 2 },
      without: { offers: 0, decided: 1 },
    });
  });

  it("empty input gives zeros and no NaN anywhere", () => {
    const insights = learnFromOutcomes([]);
    expect(insights.totals).toMatchObject({
      applications: 0,
      decided: 0,
      offers: 0,
      negative: 0,
      withdrew: 0,
      open: 0,
      enoughToLearn: false,
      needMore: 5,
    });
    expect(insights.signals).toEqual([]);
    expect(insights.reads.judged).toBe(0);
    expect(insights.reads.brier).toBeUndefined();
    expect(insights.reads.auc).toBeUndefined();
    expectAllFinite(insights);
  });

  it("only open and withdrawn applications: still no NaN, signals listed with zero decided", () => {
    const insights = learnFromOutcomes([
      app(undefined, ["ran-long"], ["mixed", 0.5]),
      app("withdrew", ["ran-long"], ["strong", 0.9]),
    ]);
    expect(insights.totals).toMatchObject({ decided: 0, withdrew: 1, open: 1 });
    expect(signal(insights, "ran-long")).toMatchObject({
      seen: 2,
      with: { decided: 0 },
      verdict: "too-few",
      polarityCheck: "no-direction",
    });
    expectAllFinite(insights);
  });
});

describe("learnFromOutcomes: signals", () => {
  it("a signal seen before 8 offers of 10 outcomes, and before no rejection, comes before offers", () => {
    const insights = learnFromOutcomes([
      ...times(8, () => app("offer", ["sold-the-role"])),
      app("rejected", ["cut-short"]),
      app("ghosted", []),
    ]);
    const s = signal(insights, "sold-the-role");
    expect(s).toMatchObject({
      with: { offers: 8, decided: 8, rate: 1 },
      without: { offers: 0, decided: 2, rate: 0 },
      verdict: "before-offers",
      polarityCheck: "agrees",
    });
    // Wilson 8/8 = [.6756, 1], 0/2 = [0, .6576]: low = 1 − √(.3244² + .6576²) = .2667.
    expect(s?.difference?.ci.low).toBeCloseTo(0.2667, 3);
    expect(s?.difference?.ci.high).toBe(1);
    // cut-short appears once: too few to say anything.
    expect(signal(insights, "cut-short")?.verdict).toBe("too-few");
  });

  it.each([
    {
      name: "a negative signal before every rejection agrees with its polarity",
      cases: [...times(5, () => app("rejected", ["cut-short"])), ...times(5, () => app("offer"))],
      id: "cut-short" as SignalId,
      verdict: "before-rejections",
      check: "agrees",
    },
    {
      name: "a positive signal before every rejection disagrees with its polarity",
      cases: [...times(5, () => app("ghosted", ["ran-long"])), ...times(5, () => app("offer"))],
      id: "ran-long" as SignalId,
      verdict: "before-rejections",
      check: "disagrees",
    },
    {
      name: "a signal spread evenly has no clear link",
      cases: [
        ...times(2, () => app("offer", ["met-the-team"])),
        ...times(2, () => app("rejected", ["met-the-team"])),
        ...times(2, () => app("offer")),
        ...times(2, () => app("rejected")),
      ],
      id: "met-the-team" as SignalId,
      verdict: "no-clear-link",
      check: "no-direction",
    },
    {
      name: "3 of 4 offers with, 1 of 4 without: +50 points, but the interval [−.14, .79] holds 0",
      cases: [
        ...times(3, () => app("offer", ["sold-the-role"])),
        app("rejected", ["sold-the-role"]),
        app("offer"),
        ...times(3, () => app("ghosted")),
      ],
      id: "sold-the-role" as SignalId,
      verdict: "no-clear-link",
      check: "agrees",
    },
    {
      name: "a signal in every decided application has nothing to compare against",
      cases: times(6, () => app("offer", ["questions-welcomed"])),
      id: "questions-welcomed" as SignalId,
      verdict: "too-few",
      check: "no-direction",
    },
  ])("$name", ({ cases, id, verdict, check }) => {
    const s = signal(learnFromOutcomes(cases), id);
    expect(s?.verdict).toBe(verdict);
    expect(s?.polarityCheck).toBe(check);
  });

  it("withdrawn applications are left out of the statistics but counted as seen", () => {
    const base = [...times(4, () => app("offer", ["sold-the-role"])), ...times(4, () => app("rejected", []))];
    const without = learnFromOutcomes(base);
    const withWithdrawals = learnFromOutcomes([
      ...base,
      ...times(3, () => app("withdrew", ["sold-the-role"])),
    ]);
    const a = signal(without, "sold-the-role");
    const b = signal(withWithdrawals, "sold-the-role");
    expect(b?.with).toEqual(a?.with);
    expect(b?.without).toEqual(a?.without);
    expect(b?.verdict).toBe(a?.verdict);
    expect(b?.seen).toBe(7);
    expect(withWithdrawals.totals).toMatchObject({ decided: 8, withdrew: 3 });
  });

  it("drops outcome signals and duplicates, sorts by decided-with-signal count then id", () => {
    const insights = learnFromOutcomes([
      app("offer", ["offer-made", "ran-long", "ran-long", "met-the-team"]),
      app("rejected", ["rejected", "met-the-team", "cut-short"]),
      app("offer", ["cut-short"]),
      app(undefined, ["vague-next-steps", "vague-next-steps"]),
    ]);
    expect(insights.signals.map((s) => [s.id, s.with.decided])).toEqual([
      ["cut-short", 2],
      ["met-the-team", 2],
      ["ran-long", 1],
      ["vague-next-steps", 0],
    ]);
    expect(insights.signals.find((s) => s.id === "vague-next-steps")?.seen).toBe(1);
  });
});

describe("learnFromOutcomes: reads against outcomes", () => {
  // Four judged applications:     score  offer?
  //   promising                    0.9   yes      (0.9 − 1)² = .01
  //   mixed                        0.6   no       (0.6 − 0)² = .36
  //   mixed                        0.6   yes      (0.6 − 1)² = .16
  //   weak                         0.2   no       (0.2 − 0)² = .04
  // Brier = .57 / 4 = .1425; the base rate is 2/4, Brier .25 each → .25: the read did better.
  // AUC: offers {.9, .6} against non-offers {.6, .2}: 1 + 1 + ½ (tie) + 1 = 3.5 of 4 = .875.
  const worked = [
    app("offer", [], ["promising", 0.9]),
    app("rejected", [], ["mixed", 0.6]),
    app("offer", [], ["mixed", 0.6]),
    app("ghosted", [], ["weak", 0.2]),
    app("withdrew", [], ["strong", 0.95]),
    app("rejected", []),
    app(undefined, [], ["strong", 0.99]),
  ];

  it("Brier, base rate and AUC match the hand-worked figures; withdrawn, open and unread are left out", () => {
    const { reads } = learnFromOutcomes(worked);
    expect(reads).toMatchObject({ judged: 4, unread: 1, offers: 2, notOffers: 2, enoughToJudge: false });
    expect(reads.brier?.read).toBeCloseTo(0.1425, 9);
    expect(reads.brier?.baseRate).toBeCloseTo(0.25, 9);
    expect(reads.brier?.rate).toBeCloseTo(0.5, 9);
    expect(reads.brier?.verdict).toBe("read-better");
    expect(reads.auc).toBeCloseTo(0.875, 9);
  });

  it("counts bands × outcome, weakest band first, empty bands kept", () => {
    const { reads } = learnFromOutcomes(worked);
    expect(reads.bands.map((b) => [b.band, b.offers, b.notOffers])).toEqual([
      ["weak", 0, 1],
      ["mixed", 1, 1],
      ["promising", 1, 0],
      ["strong", 0, 0],
    ]);
    expect(reads.bands[1]?.offerRate.rate).toBe(0.5);
    expect(reads.bands[3]?.offerRate.rate).toBeUndefined();
  });

  it("AUC is undefined with a single offer; the base rate wins when the read is backwards", () => {
    const { reads } = learnFromOutcomes([
      app("offer", [], ["weak", 0.1]),
      app("rejected", [], ["strong", 0.9]),
      app("rejected", [], ["strong", 0.9]),
      app("ghosted", [], ["promising", 0.8]),
    ]);
    expect(reads.auc).toBeUndefined();
    // Read: (.81 + .81 + .81 + .64)/4 = .7675; base rate ¼: (.5625 + 3·.0625)/4 = .1875.
    expect(reads.brier?.read).toBeCloseTo(0.7675, 9);
    expect(reads.brier?.baseRate).toBeCloseTo(0.1875, 9);
    expect(reads.brier?.verdict).toBe("base-rate-better");
  });

  it("pairwiseAuc and brierScore on their own", () => {
    expect(pairwiseAuc([0.5, 0.5], [true, false])).toBe(0.5);
    expect(pairwiseAuc([0.9, 0.1], [false, true])).toBe(0);
    expect(pairwiseAuc([0.9], [true])).toBeUndefined();
    expect(brierScore([], [])).toBe(0);
    expect(brierScore([1, 0], [true, false])).toBe(0);
  });
});

describe("learnFromOutcomes: the candidate's own sense", () => {
  const felt = (c: OutcomeCase, lean: "well" | "badly" | "mixed"): OutcomeCase => ({ ...c, ownSense: lean });

  it("a doubter who felt it went badly before 5 offers of 6: the outcomes did not follow the gut", () => {
    const insights = learnFromOutcomes([
      ...times(5, () => felt(app("offer"), "badly")),
      felt(app("rejected"), "badly"),
      ...times(4, () => app("rejected")),
      felt(app(undefined), "badly"),
    ]);
    expect(insights.ownSense.map((o) => o.lean)).toEqual(["badly"]);
    expect(insights.ownSense[0]).toMatchObject({
      lean: "badly",
      seen: 7,
      with: { offers: 5, decided: 6 },
      without: { offers: 0, decided: 4 },
      verdict: "before-offers",
      // "Went badly" reads as a bad sign; here it came before offers.
      polarityCheck: "disagrees",
    });
  });

  it("lists each feeling seen, well before badly; 'mixed' and none are not judged", () => {
    const insights = learnFromOutcomes([
      felt(app("offer"), "badly"),
      felt(app("offer"), "well"),
      felt(app("rejected"), "mixed"),
      app("rejected"),
    ]);
    expect(insights.ownSense.map((o) => [o.lean, o.verdict])).toEqual([
      ["well", "too-few"],
      ["badly", "too-few"],
    ]);
    expect(learnFromOutcomes([app("offer"), felt(app("rejected"), "mixed")]).ownSense).toEqual([]);
    expectAllFinite(insights);
  });
});
