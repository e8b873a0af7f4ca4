import { describe, expect, it } from "vitest";
import type { ContextFact } from "../detect/infer-context.js";
import type { Finding } from "../signals/evidence.js";
import type { Band, SignalId } from "../signals/signal.js";
import { BAND_FLOORS, scoreRead, weighFindings } from "./score-read.js";

const found = (...ids: SignalId[]): Finding[] =>
  ids.map((id) => ({ id, evidence: [{ source: "notes.md", quote: id }] }));
const panel: ContextFact[] = [{ key: "format", value: "panel", how: "stated" }];

describe("scoreRead", () => {
  it("says plainly when there is too little to read, and what would help, instead of a bare verdict", () => {
    const nothing = scoreRead([], []);
    const one = scoreRead(found("natural-rapport"), []);
    const gutOnly = scoreRead([], [], {
      ownSense: { lean: "well", evidence: [{ source: "notes.md", quote: "It was fine I guess" }] },
    });
    for (const r of [nothing, one, gutOnly]) {
      expect(r.thin).toBe(true);
      expect(r.summary).toMatch(/^Too little to read yet/);
      expect(r.summary).toContain("What would help");
      expect(r.band).toBe("mixed");
    }
    const two = scoreRead(found("natural-rapport", "deep-follow-ups"), []);
    expect(two.thin).toBeUndefined();
    expect(two.summary).not.toMatch(/Too little/);
    // An outcome is never thin: it settles the read.
    expect(scoreRead(found("rejected"), []).thin).toBeUndefined();
  });

  it("discounts a self-doubter's own account of what went wrong, whatever the notes file is called", () => {
    const doubter: ContextFact[] = [{ key: "selfDoubt", value: true, how: "stated" }];
    const from = (source: string): Finding[] => [
      { id: "cut-short", evidence: [{ source, quote: "It felt rushed." }] },
    ];
    const weights = ["notes.md", "notes.txt", "stdin"].map(
      (source) => weighFindings(from(source), doubter)[0]?.weight,
    );
    expect(new Set(weights).size).toBe(1);
    expect(weights[0]).toBeGreaterThan(-3);
    // From a transcript or a measured fact it is what happened, not the candidate's account.
    const measured: Finding[] = [
      { id: "cut-short", evidence: [{ source: "transcript.vtt", quote: "ran 20 of 45", isFact: true }] },
    ];
    expect(weighFindings(measured, doubter)[0]?.weight).toBe(-3);
  });

  it("one signal alone decides nothing: the read stays mixed", () => {
    for (const id of ["next-round-booked", "cut-short", "sold-the-role"] as SignalId[]) {
      expect(scoreRead(found(id), []).band).toBe("mixed");
    }
  });

  it("a pattern of intent reads strong; the same count of weaker signals does not", () => {
    expect(
      scoreRead(found("sold-the-role", "pictured-in-role", "next-round-booked", "deep-follow-ups"), []).band,
    ).toBe("strong");
    const weaker = scoreRead(
      found("deep-follow-ups", "role-specifics", "growth-discussed", "questions-welcomed", "contact-shared"),
      [],
    );
    expect(weaker.band).not.toBe("strong");
  });

  it("a strong negative keeps the read below strong", () => {
    const r = scoreRead(
      found(
        "sold-the-role",
        "pictured-in-role",
        "next-round-booked",
        "ran-long",
        "specific-next-steps",
        "interest-checked",
        "cut-short",
      ),
      [],
    );
    expect(r.band).toBe("promising");
    expect(r.summary).toMatch(/cut short keeps the read below strong/i);
  });

  it("a pattern of negatives reads weak", () => {
    expect(
      scoreRead(found("cut-short", "disengaged-interviewer", "vague-next-steps", "questions-discouraged"), [])
        .band,
    ).toBe("weak");
  });

  it("an outcome settles the read whatever the signals", () => {
    const offer = scoreRead(found("cut-short", "disengaged-interviewer", "offer-made"), []);
    expect(offer).toMatchObject({ band: "strong", score: 1, outcome: "offer-made" });
    const no = scoreRead(found("sold-the-role", "pictured-in-role", "next-round-booked", "rejected"), []);
    expect(no).toMatchObject({ band: "weak", score: 0, outcome: "rejected" });
  });

  it("keeps the score inside the range of the band the rules settle on", () => {
    const ceiling: Record<Band, number> = {
      strong: 1,
      promising: BAND_FLOORS.strong,
      mixed: BAND_FLOORS.promising,
      weak: BAND_FLOORS.mixed,
    };
    const strongest = found(
      "sold-the-role",
      "pictured-in-role",
      "next-round-booked",
      "ran-long",
      "specific-next-steps",
      "interest-checked",
    );
    const cases: [Finding[], Band][] = [
      [found(), "mixed"],
      [found("next-round-booked"), "mixed"],
      [strongest, "strong"],
      // A strong negative holds the read at promising: the score is pulled down into that band.
      [[...strongest, ...found("cut-short")], "promising"],
      [found("cut-short", "gone-quiet", "curt-reply", "disengaged-interviewer"), "weak"],
    ];
    for (const [findings, band] of cases) {
      const r = scoreRead(findings, []);
      expect(r.band).toBe(band);
      expect(r.score).toBeGreaterThanOrEqual(BAND_FLOORS[band]);
      expect(r.score).toBeLessThan(ceiling[band]);
    }
  });
});

describe("context changes weights, and says why", () => {
  it("running long counts half in a panel", () => {
    const [plain] = weighFindings(found("ran-long"), []);
    const [inPanel] = weighFindings(found("ran-long"), panel);
    expect(plain?.weight).toBe(3);
    expect(inPanel?.weight).toBe(1.5);
    expect(inPanel?.changes.join(" ")).toMatch(/panel/);
  });

  it("a warm interviewer's praise counts less; a reserved one's flatness too", () => {
    const warm: ContextFact[] = [{ key: "interviewerStyle", value: "warm", how: "inferred" }];
    const reserved: ContextFact[] = [{ key: "interviewerStyle", value: "reserved", how: "stated" }];
    expect(weighFindings(found("positive-feedback"), warm)[0]?.weight).toBeLessThan(2);
    expect(weighFindings(found("disengaged-interviewer"), reserved)[0]?.weight).toBeGreaterThan(-2);
  });

  it("a large company's curt reply means less", () => {
    const large: ContextFact[] = [{ key: "company", value: "large", how: "stated" }];
    expect(weighFindings(found("curt-reply"), large)[0]?.weight).toBe(-0.5);
  });
});

describe("other weights (ScoreOptions)", () => {
  it("without options, weighs as the catalogue does", () => {
    const ids = found("ran-long", "natural-rapport", "cut-short");
    expect(scoreRead(ids, [], {})).toEqual(scoreRead(ids, []));
    expect(weighFindings(ids, [], { weights: {} })).toEqual(weighFindings(ids, []));
  });

  it("takes a given weight in place of the catalogue's; context still applies; others keep theirs", () => {
    const weights = { "ran-long": 5, "gone-quiet": -4 };
    const plain = weighFindings(found("ran-long", "gone-quiet", "cut-short"), [], { weights });
    expect(plain.map((c) => [c.id, c.base, c.weight])).toEqual([
      ["ran-long", 5, 5],
      ["gone-quiet", 4, -4],
      ["cut-short", 3, -3],
    ]);
    const [inPanel] = weighFindings(found("ran-long"), panel, { weights });
    expect(inPanel?.weight).toBe(2.5);
  });

  it("moves the score with the weights; a weight of zero counts for nothing", () => {
    const ids = found("compensation-discussed", "natural-rapport");
    const prior = scoreRead(ids, []);
    const heavier = scoreRead(ids, [], { weights: { "compensation-discussed": 5 } });
    const none = scoreRead(ids, [], { weights: { "compensation-discussed": 0, "natural-rapport": 0 } });
    expect(heavier.score).toBeGreaterThan(prior.score);
    expect(none.score).toBe(0.5);
  });

  it("leaves the rules alone: an outcome still settles, one signal alone still reads mixed", () => {
    const weights = { "sold-the-role": 30 };
    expect(scoreRead(found("sold-the-role"), [], { weights }).band).toBe("mixed");
    expect(scoreRead(found("sold-the-role", "rejected"), [], { weights })).toMatchObject({
      band: "weak",
      score: 0,
    });
  });
});

describe("the candidate's own sense in the read", () => {
  const sense = (lean: "well" | "badly" | "mixed") => ({
    lean,
    evidence: [{ source: "notes.md", quote: lean === "badly" ? "I think I bombed it." : "It went well." }],
  });
  const doubter: ContextFact[] = [{ key: "selfDoubt", value: true, how: "stated" }];

  it("alone decides nothing: with no signals the band stays mixed and the score leans only a little", () => {
    const well = scoreRead([], [], { ownSense: sense("well") });
    const badly = scoreRead([], [], { ownSense: sense("badly") });
    expect([well.band, badly.band]).toEqual(["mixed", "mixed"]);
    expect(well.score).toBeGreaterThan(0.5);
    expect(well.score).toBeLessThan(0.6);
    expect(badly.score).toBeLessThan(0.5);
    expect(badly.score).toBeGreaterThan(0.4);
    expect(well.summary).toContain("alone it decides nothing");
    expect(scoreRead([], [], { ownSense: sense("mixed") }).score).toBe(0.5);
  });

  it("counts as one weak sign: it never makes a pattern, so it cannot lift a read to strong or sink it to weak", () => {
    const two = found("sold-the-role", "pictured-in-role");
    expect(scoreRead(two, [], { ownSense: sense("well") }).band).not.toBe("strong");
    const oneNegative = found("cut-short");
    expect(scoreRead(oneNegative, [], { ownSense: sense("badly") }).band).toBe("mixed");
  });

  it("moves the score the way the candidate leans, by a weak signal's weight", () => {
    const signals = found("ran-long", "deep-follow-ups", "vague-next-steps");
    const none = scoreRead(signals, []).score;
    expect(scoreRead(signals, [], { ownSense: sense("well") }).score).toBeGreaterThan(none);
    expect(scoreRead(signals, [], { ownSense: sense("badly") }).score).toBeLessThan(none);
    expect(scoreRead(signals, [], { ownSense: sense("badly") }).ownSense?.weight).toBe(-1);
  });

  it("halves a habitual doubter's 'it went badly', and says why", () => {
    const r = scoreRead([], doubter, { ownSense: sense("badly") });
    expect(r.ownSense?.weight).toBe(-0.5);
    expect(r.ownSense?.changes.join(" ")).toMatch(/doubt yourself/);
    expect(scoreRead([], doubter, { ownSense: sense("well") }).ownSense?.weight).toBe(1);
  });

  it("says so when the gut and the signals part ways", () => {
    const good = found("sold-the-role", "pictured-in-role", "next-round-booked", "ran-long");
    expect(scoreRead(good, [], { ownSense: sense("badly") }).summary).toMatch(
      /You feel it went badly, but what the company did reads better/,
    );
    const bad = found("cut-short", "disengaged-interviewer", "vague-next-steps");
    expect(scoreRead(bad, [], { ownSense: sense("well") }).summary).toMatch(
      /You feel it went well, but what the company did reads worse/,
    );
  });

  it("is kept, with its weight, when an outcome settles the read", () => {
    const r = scoreRead(found("rejected"), [], { ownSense: sense("well") });
    expect(r.score).toBe(0);
    expect(r.ownSense?.lean).toBe("well");
  });
});
