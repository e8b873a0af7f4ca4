import { describe, expect, it } from "vitest";
import { findContradictions } from "../plan/find-contradictions.js";
import { planFollowUps } from "../plan/plan-actions.js";
import { analyzeInterview } from "../read/analyze-interview.js";
import type { Doc, EmailDoc, NotesDoc } from "../read/documents.js";
import { buildTimeline } from "./build-timeline.js";

// Made-up people and companies throughout.
const ME = { name: "Robin Vale", email: "robin.vale@example.net" };
const RECRUITER = { name: "Petra Quill", email: "petra@lanternworks.example" };

function notes(text: string): NotesDoc {
  return { kind: "notes", source: "notes.md", text };
}

function mail(source: string, date: string, text: string, subject = "Your interview"): EmailDoc {
  return {
    kind: "email",
    source,
    references: [],
    from: RECRUITER,
    to: [ME],
    cc: [],
    date,
    subject,
    text,
  };
}

function plan(docs: Doc[], now: string, firstSeen?: string) {
  const analysis = analyzeInterview({ docs, now });
  const timeline = buildTimeline({ docs, analysis, now, ...(firstSeen ? { firstSeen } : {}) });
  return { timeline, plan: planFollowUps({ docs, analysis, now, timeline }) };
}

const FIRST_ROUND = notes(
  "Lanternworks, first round, Mon 2 Nov.\n\nPetra asked about my last project. She said I'd hear about next steps soon.\n",
);

describe("buildTimeline", () => {
  it("books the next round from an invitation by mail: prepare for it, no status check", () => {
    const invite = mail(
      "emails/02-round-2.eml",
      "2026-11-04T09:00:00-05:00",
      "Hi Robin,\n\nThe team would like to invite you to a second round interview on Tuesday 10 November at 2pm.\n\nPetra\n",
    );
    const { timeline, plan: p } = plan([FIRST_ROUND, invite], "2026-11-05T12:00:00-05:00");
    expect(timeline.booked?.time?.start).toBe("2026-11-10T14:00:00-05:00");
    expect(timeline.entries.map((e) => e.kind)).toContain("booked");
    const kinds = p.actions.map((a) => a.kind);
    expect(kinds).toContain("prepare-next-round");
    expect(kinds).not.toContain("status-check");
    const prepare = p.actions.find((a) => a.kind === "prepare-next-round");
    expect(prepare?.why).toMatch(/^Next round booked for Tue 10 Nov, 14:00/);
    expect(prepare?.due).toBe("2026-11-10T14:00:00-05:00");
    expect(p.actions.some((a) => /none is booked yet/.test(a.why))).toBe(false);
    expect(findContradictions(p, timeline)).toEqual([]);
  });

  it("takes times offered for the next round as something to answer, not a booking", () => {
    const offer = mail(
      "emails/02-times.eml",
      "2026-11-04T09:00:00-05:00",
      "Hi Robin,\n\nWe'd love to set up a second round. Here are some times for the panel: Tuesday 10 November at 2pm, or Thursday 12 November at 10am.\n\nPetra\n",
    );
    const { timeline, plan: p } = plan([FIRST_ROUND, offer], "2026-11-05T12:00:00-05:00");
    expect(timeline.booked?.time).toBeUndefined();
    expect(timeline.booked?.options?.length).toBe(2);
    const prepare = p.actions.find((a) => a.kind === "prepare-next-round");
    expect(prepare?.why).toMatch(/offered times/);
    expect(p.actions.map((a) => a.kind)).not.toContain("status-check");
  });

  it("does not read a maybe as a booking", () => {
    const maybe = mail(
      "emails/02-update.eml",
      "2026-11-04T09:00:00-05:00",
      "Hi Robin,\n\nWe'll let you know next week whether we'll set up a second round interview.\n\nPetra\n",
    );
    const { timeline } = plan([FIRST_ROUND, maybe], "2026-11-05T12:00:00-05:00");
    expect(timeline.booked).toBeUndefined();
    expect(timeline.promise?.due).toBe("2026-11-13T23:59:59-05:00");
  });

  it("counts from when the inputs were filed when the interview has no date, so overdue stays overdue", () => {
    const undated = [notes("Lanternworks call with Petra. She asked about my last project.\n")];
    const filed = "2026-11-01T10:00:00Z";
    const early = plan(undated, "2026-11-01T12:00:00Z", filed);
    const late = plan(undated, "2026-11-12T12:00:00Z", filed);
    const due = (p: ReturnType<typeof plan>) => p.plan.actions.find((a) => a.kind === "thank-you")?.due;
    expect(due(early)).toBe("2026-11-02T10:00:00+00:00");
    expect(due(late)).toBe(due(early));
    expect(late.plan.actions.find((a) => a.kind === "thank-you")?.why).toMatch(
      /within 24 hours of when you filed it, Sun 1 Nov: the inputs do not say when the interview was/,
    );
    // Without a first-filed time it is counted from now, as a one-off read must.
    expect(due(plan(undated, "2026-11-12T12:00:00Z"))).toBe("2026-11-13T12:00:00+00:00");
  });

  it("takes the interview's end from the notes where no invite gives it: the thank-you is due a day after", () => {
    const thankYou = (text: string, now = "2026-11-04T12:00:00-05:00") => {
      const p = plan([notes(text)], now);
      return {
        interview: p.timeline.interview,
        thankYou: p.plan.actions.find((a) => a.kind === "thank-you"),
      };
    };
    const said = thankYou(
      "Lanternworks, first round, Mon 2 Nov, 2pm on Zoom.\n\nWe finished at 3:40. Petra asked about my last project.\n",
    );
    expect(said.interview).toMatchObject({
      start: "2026-11-02T14:00:00-05:00",
      end: "2026-11-02T15:40:00-05:00",
      isDayOnly: false,
    });
    expect(said.thankYou?.due).toBe("2026-11-03T15:40:00-05:00");
    expect(said.thankYou?.why).toMatch(/24 hours after the interview ended, .*“We finished at 3:40\.”/);
    // A start and the length the notes give.
    const length = thankYou(
      "Lanternworks, Mon 2 Nov, 10:00.\n\nBooked for 30 min, went 50. Petra asked about my last project.\n",
    );
    expect(length.thankYou?.due).toBe("2026-11-03T10:50:00-05:00");
    // The day alone: by the end of the next day, as before.
    expect(thankYou(FIRST_ROUND.text).thankYou?.due).toBe("2026-11-03T23:59:59-05:00");
    // An end not yet reached is a misreading: the day alone.
    const early = thankYou(
      "Lanternworks, Mon 2 Nov, 2pm.\n\nWe finished at 3:40.\n",
      "2026-11-02T15:00:00-05:00",
    );
    expect(early.interview?.isDayOnly).toBe(true);
  });

  it("takes no date from a job advert set aside beside the notes", () => {
    const advert: NotesDoc = {
      kind: "notes",
      source: "job-advert.txt",
      text: "Fri 6 Nov, 4pm: applications close.\nWe are looking for a product designer.\n",
    };
    const docs = [advert, notes("Lanternworks call with Petra. She asked about my last project.\n")];
    const now = "2026-11-12T12:00:00Z";
    const analysis = {
      ...analyzeInterview({ docs, now }),
      setAside: [{ source: "job-advert.txt", reason: "looks like a job advert" }],
    };
    expect(buildTimeline({ docs, analysis, now }).interview).toBeUndefined();
  });

  it("dates the interview by the mail that booked it where nothing else does", () => {
    const booked = mail(
      "emails/01-confirmation.eml",
      "2026-11-02T10:00:00-05:00",
      "Hi Robin,\n\nYou're all set for Thursday 5 November at 14:00 with our head of data. It'll be about an hour.\n\nPetra\n",
      "Interview confirmation",
    );
    const { timeline, plan: p } = plan([booked], "2026-11-05T18:00:00-05:00");
    expect(timeline.interview).toMatchObject({
      start: "2026-11-05T14:00:00-05:00",
      end: "2026-11-05T15:00:00-05:00",
      sources: ["emails/01-confirmation.eml"],
    });
    expect(p.actions.find((a) => a.kind === "thank-you")?.due).toBe("2026-11-06T15:00:00-05:00");
    // Before its day it is still to come: nothing to thank anyone for yet.
    expect(plan([booked], "2026-11-04T18:00:00-05:00").timeline.interview).toBeUndefined();
  });

  it("dates word a company's mail promises without a verb of telling, once the read found it about next steps", () => {
    const reply = mail(
      "emails/02-reply.eml",
      "2026-11-03T09:00:00-05:00",
      "Hi Robin,\n\nWe have a few more interviews this week. After that we'll be checking references, and I'd hope to be in a\nposition to let everyone know by the end of next week.\n\nPetra\n",
    );
    const { timeline } = plan([FIRST_ROUND, reply], "2026-11-05T12:00:00-05:00");
    expect(timeline.promise).toMatchObject({
      due: "2026-11-13T23:59:59-05:00",
      source: "emails/02-reply.eml",
    });
  });

  it("keeps a vague promise's window and the words it came from", () => {
    const update = mail(
      "emails/02-update.eml",
      "2026-11-04T09:00:00-05:00",
      "Hi Robin,\n\nThanks again. I'll send over some times this week for the next conversation.\n\nPetra\n",
    );
    const { timeline } = plan([FIRST_ROUND, update], "2026-11-05T12:00:00-05:00");
    expect(timeline.promise).toMatchObject({
      from: "2026-11-04T00:00:00-05:00",
      due: "2026-11-06T23:59:59-05:00",
      source: "emails/02-update.eml",
    });
  });
});
