import { describe, expect, it } from "vitest";
import type { TranscriptDoc } from "../read/documents.js";
import { detectExchanges } from "./detect-exchanges.js";

const ME = "Sam";
function transcript(turns: [string, string][]): TranscriptDoc {
  return {
    kind: "transcript",
    source: "t.txt",
    format: "text",
    utterances: turns.map(([speaker, text], i) => ({ speaker, text, start: i * 30, line: i + 1 })),
  };
}
const ids = (doc: TranscriptDoc) => detectExchanges(doc, (s) => s === ME).map((f) => f.id);
const long =
  "We run a two-week planning cycle where each side brings its top three, and I arbitrate with our CTO, which mostly works, though we lost a month last autumn to a fight about styling and had to rebuild the process from scratch.";

describe("detectExchanges", () => {
  it("a company reply that opens by praising the full answer just given is positive-feedback", () => {
    const praised = transcript([
      ["Ann", "Tell me about a conflict between two of your teams."],
      [ME, long],
      ["Ann", "Very good. That's useful, because we have the same fight here. What did you change?"],
    ]);
    const found = detectExchanges(praised, (s) => s === ME);
    expect(found.find((f) => f.id === "positive-feedback")?.evidence[0]).toMatchObject({
      speaker: "Ann",
      line: 3,
    });
  });

  it("manners after an answer, praise of a question, or praise later in a long reply are not", () => {
    const replyTo = (candidate: string, reply: string) =>
      ids(
        transcript([
          ["Ann", "Tell me about a conflict between two of your teams."],
          [ME, candidate],
          ["Ann", reply],
        ]),
      );
    expect(replyTo(long, "Great, thanks. Let's move on to your time at the bank.")).not.toContain(
      "positive-feedback",
    );
    expect(
      replyTo(`${long} How does your team plan its work?`, "Brilliant question. We plan in pairs."),
    ).not.toContain("positive-feedback");
    expect(replyTo("Yes, that was me.", "Brilliant, exactly right.")).not.toContain("positive-feedback");
    expect(
      replyTo(
        long,
        "Okay. So let me tell you how we split the work here between the two offices and who decides. It is brilliant when it works.",
      ),
    ).not.toContain("positive-feedback");
  });

  it("a long turn that describes the job's days and duties to the candidate is role-specifics", () => {
    const day =
      "On a normal day you'd start at seven with the handover from nights, then you'd walk the quay with the shift leader and check the crane logs. Most afternoons you'll be on planned maintenance, and one week in six you're on call from home for breakdowns, which is paid on top.";
    expect(
      ids(
        transcript([
          ["Ann", day],
          [ME, "That is clear, thank you."],
        ]),
      ),
    ).toContain("role-specifics");
    expect(
      ids(
        transcript([
          ["Ann", "Any questions?"],
          [ME, day],
        ]),
      ),
    ).not.toContain("role-specifics");
  });

  it("a long turn on the role, naming its holder's part, its team and its tools, is role-specifics", () => {
    const role =
      "So, about the role. We're building the charging firmware for the new scooter platform this year. The team is six people here and two more in the plant. You'd own the sensor layer and the diagnostics, and we're on Zephyr now, moving off the old scheduler, which is a bit painful.";
    const turns = (text: string) =>
      ids(
        transcript([
          ["Ann", text],
          [ME, "That sounds good, thank you."],
        ]),
      );
    expect(turns(role)).toContain("role-specifics");
    // The same words with no holder's part: the company telling of itself, not the job described.
    expect(turns(role.replace("You'd own", "Kim owns"))).not.toContain("role-specifics");
    // A day is no tool: the team's size alone, beside "we're on Monday", tells too little of the job.
    expect(turns(role.replace("we're on Zephyr now", "we're on Monday now"))).not.toContain("role-specifics");
  });

  it("long turns in which the company tells of itself are a company briefing; one is not enough", () => {
    const briefing =
      "Our plan for next year is to open two more depots in the north, and honestly our biggest problem is that the routing software we bought three years ago does not scale, so we are rebuilding it with a partner. Our customers are mostly regional grocers, and the team you would join is six planners who cover the early shift and two who cover nights. We have budget to hire two more.";
    const twice = transcript([
      ["Ann", briefing],
      [ME, "That sounds like a lot of change."],
      ["Ann", briefing.replace("next year", "the coming year")],
      [ME, "Thanks, that helps."],
    ]);
    expect(ids(twice)).toContain("company-briefing");
    const once = transcript([
      ["Ann", briefing],
      [ME, "That sounds like a lot of change."],
      ["Ann", "Any questions for me?"],
      [ME, "None, thanks."],
    ]);
    expect(ids(once)).not.toContain("company-briefing");
    // The candidate telling of their own company is no briefing.
    const mine = transcript([
      ["Ann", "Tell me about your team?"],
      [ME, briefing],
      ["Ann", "And then?"],
      [ME, briefing],
    ]);
    expect(ids(mine)).not.toContain("company-briefing");
  });

  it("questions that pick up the last answer are deep follow-ups", () => {
    const doc = transcript([
      ["Ann", "Tell me about the ingestion pipeline."],
      [ME, "I owned the backfill path for forty thousand sensors."],
      ["Ann", "Why was the backfill path harder than the live one?"],
      [ME, "Late data arrived in bursts after outages and broke ordering."],
      ["Ann", "How did you stop the late data double counting?"],
      [ME, "We keyed readings on a sequence counter and made writes upserts."],
      ["Ann", "What happened when the sequence counter reset?"],
      [ME, "We found it on a dashboard of duplicate rates."],
    ]);
    expect(ids(doc)).toContain("deep-follow-ups");
  });

  it("a list of unrelated questions is not", () => {
    const doc = transcript([
      ["Ann", "Tell me about yourself?"],
      [ME, "I work in logistics analytics."],
      ["Ann", "What is your greatest weakness?"],
      [ME, "Delegation."],
      ["Ann", "Where do you see yourself in five years?"],
      [ME, "Leading a team."],
    ]);
    expect(ids(doc)).not.toContain("deep-follow-ups");
  });

  it("full answers to the candidate's questions welcome them; brush-offs discourage them", () => {
    const welcomed = transcript([
      [ME, "How do you decide what gets built?"],
      ["Ann", long],
      [ME, "What was hardest about joining?"],
      ["Ann", long],
    ]);
    expect(ids(welcomed)).toEqual(["questions-welcomed"]);
    const brushed = transcript([
      [ME, "How is the team structured?"],
      ["Ann", "Let's just focus on this role for now."],
      [ME, "Is there room to grow into a lead role?"],
      ["Ann", "Hard to say."],
    ]);
    const found = ids(brushed);
    expect(found).toContain("questions-discouraged");
    expect(found).toContain("no-growth-talk");
    expect(found).toContain("thin-company-info");
  });

  it("several shorter turns about the company brief as much as two long ones; two do not", () => {
    const parts = [
      "Our plan this year is to open a second depot in the north, and our customers keep asking us for weekend routes we cannot run yet.",
      "We run the whole fleet from one site today, and honestly our biggest problem is the routing software we bought in a hurry two years ago.",
      "We are hiring two more planners this spring because our contracts with the regional grocers grew much faster than the team did over the winter.",
    ];
    const told = (n: number) =>
      ids(
        transcript(
          parts.slice(0, n).flatMap((p, i): [string, string][] => [
            ["Ann", p],
            [ME, i % 2 === 0 ? "That makes sense." : "I see, thanks."],
          ]),
        ),
      );
    expect(told(3)).toContain("company-briefing");
    expect(told(2)).not.toContain("company-briefing");
  });

  it("a short answer that says something is not a brush-off", () => {
    const concise = transcript([
      [ME, "How is the team structured?"],
      ["Ann", "Six people, four backend and two data, all reporting to me."],
      [ME, "Is there room to grow into a lead role?"],
      ["Ann", "Yes, we expect a second team lead next year."],
    ]);
    const found = ids(concise);
    expect(found).not.toContain("questions-discouraged");
    expect(found).not.toContain("thin-company-info");
    expect(found).not.toContain("no-growth-talk");
  });
});
