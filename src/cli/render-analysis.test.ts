import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASE_013, itShared } from "../../test/shared.js";
import { analyzeCase, type CaseAnalysis } from "../app/analyze-case.js";
import type { Plan } from "../core/plan/action.js";
import type { Analysis } from "../core/read/analyze-interview.js";
import type { Band } from "../core/signals/signal.js";
import {
  describeSource,
  describeWhen,
  formatDue,
  renderAnalysis,
  shouldColor,
  wrapText,
} from "./render-analysis.js";

const ESC = "\x1b[";

const PLAN: Plan = {
  actions: [
    {
      kind: "thank-you",
      due: "2026-02-04T17:19:00-08:00",
      why: "Due 24 hours after the interview ended, Tue 3 Feb, 17:19 (invite.ics start + the 79-minute transcript.vtt).",
      text: "Hi Rafael,\n\nThank you for your time.",
    },
    {
      kind: "status-check",
      due: "2026-01-30T23:59:59-08:00",
      why: "They said word would come by Fri 23 Jan (notes.md:4).",
    },
    { kind: "use-direct-contact", why: "Rafael Ortiz gave you a direct line (transcript.vtt 01:14:37)." },
    {
      kind: "address-gap",
      due: "2026-02-04T17:19:00-08:00",
      why: "Sent already (emails/01.eml).",
      done: true,
    },
  ],
};

function fixture(
  overrides: Partial<Analysis> = {},
  band: Band = "promising",
  plan: Plan = PLAN,
): CaseAnalysis {
  const analysis: Analysis = {
    signals: [
      {
        id: "ran-long",
        label: "Ran past its time",
        polarity: "positive",
        evidence: [
          { source: "transcript.vtt", quote: "ran 79 minutes against 60 scheduled (+19)", isFact: true },
          { source: "notes.md", quote: "We went way over time.", line: 3 },
        ],
      },
      {
        id: "pictured-in-role",
        label: "Pictured you in the job",
        polarity: "positive",
        evidence: [
          {
            source: "transcript.vtt",
            quote: "When you join, you'd own ingestion.",
            speaker: "Rafael Ortiz",
            at: "00:42:12",
            line: 66,
          },
          { source: "notes.md", quote: "He kept saying 'when you join'.", line: 14 },
          { source: "notes.md", quote: "Second.", line: 15 },
          { source: "notes.md", quote: "Third.", line: 16 },
          { source: "notes.md", quote: "Fourth.", line: 17 },
        ],
      },
      {
        id: "curt-reply",
        label: "Curt reply",
        polarity: "negative",
        evidence: [
          {
            source: "emails/02-reply.eml",
            quote: "Thanks, noted.",
            speaker: "Rosa Beltran",
            message: { from: "Rosa Beltran", date: "2026-02-03T12:00:00Z", subject: "Re: Thank you" },
          },
        ],
      },
    ],
    read: {
      band,
      score: 0.71,
      summary:
        "Promising: this rests on 2 positive against 1 negative. What would change it: a dated next step.",
      contributions: [
        {
          id: "ran-long",
          polarity: "positive",
          base: 3,
          weight: 1.5,
          changes: ["×0.5: in a panel, running long says less"],
        },
        { id: "pictured-in-role", polarity: "positive", base: 2, weight: 2, changes: [] },
        { id: "curt-reply", polarity: "negative", base: 1, weight: -1, changes: [] },
      ],
      caveats: ["A good interview is not an offer: other candidates may be in the next round too."],
    },
    context: [
      {
        key: "format",
        value: "panel",
        how: "inferred",
        evidence: { source: "notes.md", quote: "A panel of four.", line: 1 },
      },
      { key: "company", value: "large", how: "stated" },
    ],
    length: { scheduledMinutes: 60, actualMinutes: 79 },
    talkShare: [
      { speaker: "Rafael Ortiz", words: 640, share: 0.64, isCandidate: false },
      { speaker: "Jordan Lee", words: 360, share: 0.36, isCandidate: true },
    ],
    candidate: {
      names: ["Jordan Lee"],
      how: "inferred",
      basis: "the invite's outside attendee (invite.ics)",
    },
    skipped: [{ source: "emails/bad.eml", reason: "this is a PDF file, not an email" }],
    ...overrides,
  };
  return { analysis, plan, warnings: [], isEmpty: false };
}

const plain = (r: CaseAnalysis, width?: number) =>
  renderAnalysis(r, { color: false, timeZone: "UTC", ...(width ? { width } : {}) });

describe("renderAnalysis", () => {
  it.each(["strong", "promising", "mixed", "weak"] as const)(
    "names the %s band in words, coloured or not",
    (band) => {
      const r = fixture({}, band);
      const header = (text: string) => text.split("\n")[0] ?? "";
      expect(header(plain(r))).toContain(`Read: ${band.toUpperCase()}`);
      expect(header(plain(r))).toContain("score 0.71");
      const coloured = renderAnalysis(r, { color: true, timeZone: "UTC" });
      expect(header(coloured)).toContain(band.toUpperCase());
      expect(header(coloured)).toContain(ESC);
    },
  );

  it("shows the candidate's own sense apart from the signals, with its weight, quotes and why it changed", () => {
    const r = fixture();
    r.analysis.read.ownSense = {
      lean: "badly",
      weight: -0.5,
      evidence: [{ source: "notes.md", quote: "I think I bombed it.", line: 5 }],
      changes: ["×0.5: you tend to doubt yourself"],
    };
    const text = plain(r);
    const own = text.indexOf("Your own sense");
    expect(own).toBeGreaterThan(text.indexOf("Negative signals"));
    expect(text.slice(own)).toContain("You feel it went badly: counts as one weak sign (−0.5)");
    expect(text.slice(own)).toContain("“I think I bombed it.” — notes.md:5");
    expect(text.slice(own)).toContain("×0.5: you tend to doubt yourself");
    expect(plain(fixture())).not.toContain("Your own sense");
  });

  it("uses no escape codes without colour", () => {
    expect(plain(fixture())).not.toContain(ESC);
  });

  it("lists signals under their polarity with + and − marks", () => {
    const text = plain(fixture());
    const pos = text.indexOf("Positive signals");
    const neg = text.indexOf("Negative signals");
    expect(pos).toBeGreaterThan(0);
    expect(neg).toBeGreaterThan(pos);
    expect(text.slice(pos, neg)).toContain("  + Ran past its time");
    expect(text.slice(neg)).toContain("  − Curt reply");
    expect(text.slice(pos, neg)).not.toContain("Curt reply");
  });

  it("shows each kind of evidence with where it came from, facts without quotes", () => {
    const text = plain(fixture());
    expect(text).toContain("      ran 79 minutes against 60 scheduled (+19) — transcript.vtt\n");
    expect(text).toContain("“We went way over time.” — notes.md:3");
    expect(text).toContain("“When you join, you'd own ingestion.” — Rafael Ortiz, transcript.vtt 00:42:12");
    expect(text).toContain("“Thanks, noted.” — email from Rosa Beltran, 3 Feb, “Re: Thank you”");
  });

  it("shows at most three pieces of evidence per signal, then how many more", () => {
    const text = plain(fixture());
    expect(text).toContain("“Second.”");
    expect(text).not.toContain("“Third.”");
    expect(text).toContain("…and 2 more");
  });

  it("shows the same evidence only once", () => {
    const r = fixture();
    const first = r.analysis.signals[0];
    if (!first) throw new Error("fixture has signals");
    first.evidence.push({ ...(first.evidence[1] ?? { source: "", quote: "" }) });
    expect(plain(r).split("We went way over time.").length - 1).toBe(1);
  });

  it("explains context: stated and inferred facts, and the weights they changed", () => {
    const text = plain(fixture());
    const ctx = text.slice(text.indexOf("Context"));
    expect(ctx).toContain("a panel interview, inferred from “A panel of four.” — notes.md:1");
    expect(ctx).toContain("a large employer (you said so in context.json)");
    expect(ctx).toContain("Ran past its time ×0.5: in a panel, running long says less");
  });

  it("shows talk share with the candidate marked, the length and who the candidate is", () => {
    const text = plain(fixture());
    expect(text).toMatch(/Talk share\n {2}Rafael Ortiz +64%/);
    expect(text).toMatch(/Jordan Lee \(you\) +36%/);
    expect(text).toContain("Length: 79 minutes against 60 scheduled (19 over)");
    expect(text).toContain("You: Jordan Lee (inferred: the invite's outside attendee (invite.ics))");
  });

  it("leaves out talk share, length and context when there are none", () => {
    const text = plain(
      fixture({
        talkShare: [],
        length: {},
        context: [],
        candidate: { names: [], how: "unknown", basis: "not found" },
      }),
    );
    expect(text).not.toContain("Talk share");
    expect(text).not.toContain("Length:");
    expect(text).toContain("Context"); // a weight was still changed
  });

  it("asks for --me when the candidate is unknown but there is a transcript", () => {
    const text = plain(fixture({ candidate: { names: [], how: "unknown", basis: "not found" } }));
    expect(text).toContain('pass --me "Your Name"');
  });

  it("shows caveats and skipped files", () => {
    const text = plain(fixture());
    expect(text).toMatch(/Caveats\n {2}• A good interview is not an offer/);
    expect(text).toMatch(/Skipped\n {2}! emails\/bad\.eml: this is a PDF file, not an email/);
  });

  it("puts the outcome first when there is one", () => {
    const r = fixture({
      signals: [
        {
          id: "offer-made",
          label: "Offer made",
          polarity: "outcome",
          evidence: [{ source: "emails/03-offer.eml", quote: "We'd like to offer you the role." }],
        },
      ],
    });
    r.analysis.read.outcome = "offer-made";
    const text = plain(r);
    expect(text).toContain("Outcome\n  An offer was made.");
    expect(text.indexOf("Outcome")).toBeLessThan(text.indexOf("Positive signals"));
    expect(text).toContain("“We'd like to offer you the role.”");
  });

  it("says none found for an empty side", () => {
    const text = plain(fixture({ signals: [] }));
    expect(text).toMatch(/Positive signals\n {2}none found/);
    expect(text).toMatch(/Negative signals\n {2}none found/);
  });

  it("wraps to the width", () => {
    const long = fixture();
    long.analysis.read.summary = "word ".repeat(80).trim();
    for (const line of plain(long, 50).split("\n").slice(1)) expect(line.length).toBeLessThanOrEqual(50);
  });

  itShared("reads case 013 with its band word and positive signals", async () => {
    const result = await analyzeCase([CASE_013], { now: "2026-02-03T18:45:00-08:00" });
    const text = plain(result);
    expect(text).toContain(`Read: ${result.analysis.read.band.toUpperCase()}`);
    expect(text).toContain("Positive signals");
    for (const s of result.analysis.signals.filter((x) => x.polarity === "positive"))
      expect(text).toContain(`+ ${s.label}`);
    for (const line of text.split("\n").slice(1)) expect(line.length).toBeLessThanOrEqual(88);
  });

  itShared("ends case 013 with its dated next steps", async () => {
    const now = "2026-02-03T18:45:00-08:00";
    const result = await analyzeCase([CASE_013], { now });
    const text = renderAnalysis(result, { color: false, timeZone: "UTC", now });
    const next = text.slice(text.indexOf("Next steps"));
    expect(next).toContain("• Send a thank-you note — Wed 4 Feb, 17:19 · in 23 hours");
    expect(next).toContain("• Prepare for the next round — Tue 10 Feb, 10:00 · in 7 days");
    expect(next).toContain("rafael@pinecrestlabs.example");
  });
});

describe("renderAnalysis: next steps", () => {
  const NOW = "2026-02-03T18:45:00-08:00";
  const steps = (r: CaseAnalysis, now: string | null = NOW) => {
    const text = renderAnalysis(r, { color: false, timeZone: "UTC", ...(now ? { now } : {}) });
    return text.slice(text.indexOf("Next steps"));
  };

  it("comes last: one line per action with its date in the interview's offset and how far off it is", () => {
    const text = plain(fixture());
    expect(text.indexOf("Next steps")).toBeGreaterThan(text.indexOf("Skipped"));
    const next = steps(fixture());
    expect(next).toContain("  • Send a thank-you note — Wed 4 Feb, 17:19 · in 23 hours\n");
    expect(next).toContain("  • Ask where things stand — Fri 30 Jan, 23:59 · overdue by 4 days\n");
    expect(next).toContain("  • Use the direct contact you were given\n");
  });

  it("shows the why indented under each action, and done actions with a check mark", () => {
    const next = steps(fixture());
    expect(next).toContain("\n      Due 24 hours after the interview ended, Tue 3 Feb, 17:19");
    expect(next).toContain("  ✓ Close a gap in your thank-you — ✓ done\n      Sent already (emails/01.eml).");
    expect(next).toContain("Drafts of the notes to send are in --json");
  });

  it("leaves out how far off a date is when now is not given", () => {
    expect(steps(fixture(), null)).toContain("  • Send a thank-you note — Wed 4 Feb, 17:19\n");
  });

  it("shows the settled note instead of actions once an outcome is known", () => {
    const settled: Plan = {
      actions: [],
      settled: {
        outcome: "rejected",
        note: "You were told the process will not go forward (emails/03.eml).",
      },
    };
    const next = steps(fixture({}, "weak", settled));
    expect(next).toContain("Next steps\n  You were told the process will not go forward (emails/03.eml).");
    expect(next).not.toContain("•");
  });

  it("colours an overdue date red", () => {
    const text = renderAnalysis(fixture(), { color: true, timeZone: "UTC", now: NOW });
    expect(text).toContain(`${ESC}31moverdue by 4 days`);
  });
});

describe("formatDue and describeWhen", () => {
  it.each([
    ["2026-02-11T14:45:00+00:00", "Wed 11 Feb, 14:45"],
    ["2026-03-08T17:00:00-07:00", "Sun 8 Mar, 17:00"],
    ["2026-03-08T01:00:00Z", "Sun 8 Mar, 01:00"],
  ])("formatDue(%s) → %s", (iso, expected) => {
    expect(formatDue(iso)).toBe(expected);
  });

  it.each([
    ["2026-02-05T18:45:00-08:00", "in 2 days"],
    ["2026-02-03T19:15:00-08:00", "in 30 minutes"],
    ["2026-02-04T00:45:00-08:00", "in 6 hours"],
    ["2026-01-31T18:45:00-08:00", "overdue by 3 days"],
    ["2026-02-04T18:45:00-08:00", "in 1 day"],
  ])("describeWhen(%s) → %s", (due, expected) => {
    expect(describeWhen(due, "2026-02-03T18:45:00-08:00")).toBe(expected);
  });
});

describe("describeSource", () => {
  it.each([
    [{ source: "notes.md", quote: "q", line: 14 }, "notes.md:14"],
    [
      { source: "transcript.vtt", quote: "q", speaker: "Ana", at: "00:01:02", line: 9 },
      "Ana, transcript.vtt 00:01:02",
    ],
    [{ source: "transcript.txt", quote: "q", speaker: "Ana", line: 9 }, "Ana, transcript.txt:9"],
    [{ source: "invite.ics", quote: "q", isFact: true }, "invite.ics"],
    [{ source: "e.eml", quote: "q", message: { from: "Bo", subject: "Hi" } }, "email from Bo, “Hi”"],
  ])("%j → %s", (e, expected) => {
    expect(describeSource(e, "UTC")).toBe(expected);
  });
});

describe("the text read without drafts", () => {
  // `debrief analyze` without --json reads with `drafts: false`: the text shows no draft, only that the
  // actions have texts, which the planner's own wording gives them too.
  it("is the same as with them, on each example", async () => {
    const options = { now: "2026-03-04T18:00:00Z", width: 88, color: false };
    let drafts = 0;
    for (const name of ["strong-product-designer", "mixed-data-analyst", "weak-support-lead"]) {
      const folder = join(import.meta.dirname, "..", "..", "examples", name);
      const drafted = await analyzeCase([folder], { now: options.now });
      const plain = await analyzeCase([folder], { now: options.now, drafts: false });
      drafts += drafted.plan.actions.filter((a, k) => a.text !== plain.plan.actions[k]?.text).length;
      expect(renderAnalysis(plain, options), name).toBe(renderAnalysis(drafted, options));
    }
    expect(drafts).toBeGreaterThan(0);
  });
});

describe("wrapText", () => {
  it("wraps with a hanging indent and keeps long words whole", () => {
    expect(wrapText("aa bb cc dd", 8, "- ", "  ")).toEqual(["- aa bb", "  cc dd"]);
    expect(wrapText("abcdefghijkl x", 5)).toEqual(["abcdefghijkl", "x"]);
  });
});

describe("shouldColor", () => {
  it.each([
    [{ isTTY: true }, {}, true, true],
    [{ isTTY: false }, {}, true, false],
    [{ isTTY: true }, { NO_COLOR: "1" }, true, false],
    [{ isTTY: true }, {}, false, false],
    [{ isTTY: false }, { FORCE_COLOR: "1" }, true, true],
    [{ isTTY: true }, { TERM: "dumb" }, true, false],
  ])("%j %j wanted=%s → %s", (out, env, isWanted, expected) => {
    expect(shouldColor(out, env, isWanted)).toBe(expected);
  });
});
