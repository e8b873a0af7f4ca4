import { describe, expect, it } from "vitest";
import { analyzeInterview } from "../read/analyze-interview.js";
import { setAsideOtherDocuments } from "./set-aside.js";

// Notes made up for these tests.
const ACCOUNT = `Interview with the depot manager, Tuesday 10am.
She asked me about route planning and how I handled a missed delivery.
She told me the team is six people and the pay is £13.50 an hour.`;

const PASTED_ADVERT = `Warehouse Team Leader - Northfield Depot
About the role: lead a shift of eight pickers.
Requirements: two years in logistics, forklift licence.
We offer a competitive salary, 25 days' holiday and the chance of a permanent contract.
The successful candidate will be offered a place on our leadership programme.`;

const notes = (text: string) => [{ kind: "notes" as const, source: "notes.md", text }];

describe("a job advert pasted into the notes", () => {
  it("under a separator line is set aside, and the account kept", () => {
    const text = `${ACCOUNT}\n\n---- the advert, pasted ----\n${PASTED_ADVERT}`;
    const { docs, setAside } = setAsideOtherDocuments(notes(text));
    expect(setAside).toEqual([{ source: "notes.md (lines 5–10)", reason: "looks like a job advert" }]);
    const kept = docs[0]?.kind === "notes" ? docs[0].text : "";
    expect(kept).toContain("route planning");
    expect(kept).not.toContain("leadership programme");
    // Its lines are kept blank, so the account's evidence keeps its line numbers.
    expect(kept.split("\n")).toHaveLength(text.split("\n").length);
  });

  it("under a Markdown heading is set aside, and the read does not take its offer for this one", () => {
    const text = `## The ad (copied so I remember it)\n${PASTED_ADVERT}\n\n## My notes\n${ACCOUNT}`;
    const analysis = analyzeInterview({ docs: notes(text), now: "2026-05-02T12:00:00Z" });
    expect(analysis.setAside?.map((s) => s.reason)).toEqual(["looks like a job advert"]);
    expect(analysis.signals.map((s) => s.id)).not.toContain("offer-made");
    expect(analysis.signals.map((s) => s.id)).toContain("compensation-discussed");
  });

  it("keeps blocks that are the account, whatever their headings, and a pasted reply from the company", () => {
    const text = `## Before\nI prepared two examples.\n\n## The interview\n${ACCOUNT}\n\n---- their reply, pasted ----\nThanks for coming in. We will let you know by Friday.`;
    const { docs, setAside } = setAsideOtherDocuments(notes(text));
    expect(setAside).toEqual([]);
    expect(docs[0]).toEqual(notes(text)[0]);
  });
});
