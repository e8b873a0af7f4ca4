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

  it("books the round where the company last moved it, in a thread of its own", () => {
    const invite = mail(
      "emails/02-round-2.eml",
      "2026-11-04T09:00:00-05:00",
      "Hi Robin,\n\nThe team would like to invite you to a second round interview on Tuesday 10 November at 2pm.\n\nPetra\n",
    );
    const move = mail(
      "emails/03-move.eml",
      "2026-11-06T09:00:00-05:00",
      "Hi Robin,\n\nOur CTO has a clash. Could we move it to Wednesday 11 November at 3pm instead?\n\nPetra\n",
      "Change of time",
    );
    const again = mail(
      "emails/04-again.eml",
      "2026-11-09T09:00:00-05:00",
      "Hi Robin,\n\nSorry to do this again: can we make it Thursday 12 November at 11am? Same link.\n\nPetra\n",
      "Re: Change of time",
    );
    const { timeline: twice } = plan([FIRST_ROUND, invite, move, again], "2026-11-09T12:00:00-05:00");
    expect(twice.booked?.time?.start).toBe("2026-11-12T11:00:00-05:00");
    expect(twice.booked?.basis).toBe("emails/04-again.eml");
    const { timeline: once } = plan([FIRST_ROUND, invite, move], "2026-11-07T12:00:00-05:00");
    expect(once.booked?.time?.start).toBe("2026-11-11T15:00:00-05:00");
  });

  it("books a later round asked as a question", () => {
    const ask = mail(
      "emails/02-ask.eml",
      "2026-11-04T09:00:00-05:00",
      "Hi Robin,\n\nThe team would like to see you again. Would you be available for a final interview with our CTO on Tuesday 10 November at 2pm?\n\nPetra\n",
    );
    const { timeline } = plan([FIRST_ROUND, ask], "2026-11-05T12:00:00-05:00");
    expect(timeline.booked?.time?.start).toBe("2026-11-10T14:00:00-05:00");
    // A question to meet with no later round named may be the first interview being arranged.
    const first = mail(
      "emails/01-ask.eml",
      "2026-10-28T09:00:00-05:00",
      "Hi Robin,\n\nWould you be available for a call on Monday 2 November at 10am?\n\nPetra\n",
    );
    expect(plan([first], "2026-10-29T12:00:00-05:00").timeline.booked).toBeUndefined();
  });

  it("dates a round told in a dated line of the notes from the rest of the line, not the line's own date", () => {
    const told = notes(
      "Lanternworks, first round, Mon 2 Nov.\n\nPetra asked about my last project.\n\nUpdate 4 Nov: Petra rang - I'm through to the second stage! Presentation to the panel on Thu 12 Nov at 10am.\n",
    );
    const { timeline } = plan([told], "2026-11-05T12:00:00-05:00");
    expect(timeline.booked?.time?.start).toBe("2026-11-12T10:00:00-05:00");
  });

  it("books a next round the notes jot, the last line that moves it counting", () => {
    const jotted = notes(
      "Lanternworks, first round, Mon 2 Nov.\n\nPetra asked about my last project.\n\nStage 2 is Thursday 12 November 10:00.\n",
    );
    expect(plan([jotted], "2026-11-03T12:00:00-05:00").timeline.booked?.time?.start).toBe(
      "2026-11-12T10:00:00-05:00",
    );
    const moved = notes(
      "Lanternworks, first round, Mon 2 Nov.\n\nRound 2 booked for Thu 12 Nov 10am.\nUpdate 4 Nov: they moved round 2 to Mon 16 Nov at 2pm.\n",
    );
    expect(plan([moved], "2026-11-05T12:00:00-05:00").timeline.booked?.time?.start).toBe(
      "2026-11-16T14:00:00-05:00",
    );
    // The day word comes about the round is not the round's day.
    const deadline = notes(
      "Lanternworks, first round, Mon 2 Nov.\n\nNext steps: Petra said she would email me by Friday 13 Nov with the final round.\n",
    );
    expect(plan([deadline], "2026-11-03T12:00:00-05:00").timeline.booked).toBeUndefined();
    // A round hoped for is not booked.
    const hoped = notes(
      "Lanternworks, first round, Mon 2 Nov.\n\nHoping for a second round on Thu 12 Nov.\n",
    );
    expect(plan([hoped], "2026-11-03T12:00:00-05:00").timeline.booked).toBeUndefined();
  });

  it("books a later round stated in mail, not asked, nor the day word about it comes", () => {
    const word = mail(
      "emails/02-word.eml",
      "2026-11-04T09:00:00-05:00",
      "Hi Robin,\n\nLovely to meet you. I'll be in touch by next Friday about the final round.\n\nPetra\n",
    );
    expect(plan([FIRST_ROUND, word], "2026-11-05T12:00:00-05:00").timeline.booked).toBeUndefined();
    const stated = mail(
      "emails/02-next.eml",
      "2026-11-04T09:00:00-05:00",
      "Hi Robin,\n\nGood news. Your second interview will be on Thursday 12 November at 10:00 with our director.\n\nPetra\n",
      "Next stage",
    );
    expect(plan([FIRST_ROUND, stated], "2026-11-05T12:00:00-05:00").timeline.booked?.time?.start).toBe(
      "2026-11-12T10:00:00-05:00",
    );
  });

  it("does not take the interview's own booking, told in the notes, for a next round", () => {
    const own = notes(
      "Lanternworks, data analyst\n\nThe interview was scheduled for Monday, November 2 at 10:00 a.m. and lasted about an hour.\nPetra asked about my last project.\n",
    );
    const { timeline } = plan([own], "2026-11-02T18:00:00-05:00");
    expect(timeline.interview?.start).toBe("2026-11-02T10:00:00-05:00");
    expect(timeline.booked).toBeUndefined();
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

  it("reads a numeric date at the top of the notes day first where month first falls out of range", () => {
    const dayFirst = notes(
      "Interview - 01/11/2026, 10:00-11:00, with Petra Quill\n\nShe asked about my last project.\n",
    );
    const { timeline } = plan([dayFirst], "2026-11-02T08:00:00-05:00");
    expect(timeline.interview?.end).toBe("2026-11-01T11:00:00-05:00");
    // Month first is in range: 11/01 is 1 November, as written.
    const monthFirst = notes("Interview - 11/01/2026, 10:00-11:00, with Petra Quill\n");
    expect(plan([monthFirst], "2026-11-02T08:00:00-05:00").timeline.interview?.end).toBe(
      "2026-11-01T11:00:00-05:00",
    );
  });

  it("takes the interview's hours from a line of their own near the day", () => {
    const form = notes(
      "Lanternworks - analyst\n\nTime: 2:00 PM - 2:45 PM\nDate: Tuesday\nWith: Petra Quill\n",
    );
    const { timeline } = plan([form], "2026-11-05T09:00:00-05:00");
    expect(timeline.interview?.start).toBe("2026-11-03T14:00:00-05:00");
    expect(timeline.interview?.end).toBe("2026-11-03T14:45:00-05:00");
    const range = notes("Tuesday, 2-3pm, Lanternworks, Petra Quill\n");
    expect(plan([range], "2026-11-05T09:00:00-05:00").timeline.interview?.start).toBe(
      "2026-11-03T14:00:00-05:00",
    );
  });

  it("reads notes dated the day they were written about an interview days before from the interview's day", () => {
    const later = notes(
      "Fri 6 Nov\n\nFinally writing up. My interview on Tuesday with Petra at Lanternworks went fine.\nShe said they'll let me know by Friday.\n",
    );
    const { timeline } = plan([later], "2026-11-06T12:00:00-05:00");
    expect(timeline.interview?.start?.slice(0, 10)).toBe("2026-11-03");
    // 'By Friday' said on Tuesday the 3rd is Friday the 6th, not the Friday after the notes' date.
    expect(timeline.promise?.due).toBe("2026-11-06T23:59:59-05:00");
    const yesterday = notes("Wed 4 Nov\n\nNotes on yesterday's interview with Petra.\n");
    expect(plan([yesterday], "2026-11-06T12:00:00-05:00").timeline.interview?.start?.slice(0, 10)).toBe(
      "2026-11-03",
    );
    // On the line the day is read from, "yesterday" is that day already.
    const told = notes("Had my interview yesterday at 2pm with Petra, about 45 minutes.\n");
    expect(plan([told], "2026-11-04T09:00:00-05:00").timeline.interview?.start?.slice(0, 10)).toBe(
      "2026-11-03",
    );
    const same = notes("Tue 3 Nov\n\nMy interview on Tuesday with Petra went fine.\n");
    expect(plan([same], "2026-11-06T12:00:00-05:00").timeline.interview?.start?.slice(0, 10)).toBe(
      "2026-11-03",
    );
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

  it("does not take the invitation to the interview itself, now past, for a next round", () => {
    const invitation = mail(
      "emails/01-invitation.eml",
      "2026-11-02T10:00:00-05:00",
      "Dear Robin,\n\nWe are pleased to invite you to interview on Thursday 5 November at 14:00 at our office. Please confirm that you can attend.\n\nPetra\n",
      "Interview invitation",
    );
    const { timeline, plan: p } = plan([invitation], "2026-11-09T18:00:00-05:00");
    expect(timeline.interview?.start).toBe("2026-11-05T14:00:00-05:00");
    expect(timeline.booked).toBeUndefined();
    expect(p.actions.some((a) => /A next round is on the table/.test(a.why))).toBe(false);
  });

  it("dates the interview from a transcript's heading where no invite does, for the transcript's length", () => {
    const transcript: Doc = {
      kind: "transcript",
      source: "otter.txt",
      format: "text",
      startedAt: "2026-11-05T14:00:00",
      utterances: [
        { speaker: "Petra Quill", text: "Thanks for joining, Robin.", start: 4, line: 7 },
        { speaker: "Robin Vale", text: "Thank you, that sounds good.", start: 2875, line: 20 },
      ],
    };
    const { timeline } = plan([transcript], "2026-11-06T09:00:00-05:00");
    expect(timeline.interview).toMatchObject({
      start: "2026-11-05T14:00:00-05:00",
      end: "2026-11-05T14:48:00-05:00",
      sources: ["otter.txt"],
    });
  });

  it("keeps a promise that names its date with the month though the interview has no date", () => {
    const undated = notes(
      "Lanternworks - analyst\nCall with Petra Quill (hiring manager)\n\n- pipelines\n- Petra said they will decide by Friday 13 November\n",
    );
    const { timeline, plan: p } = plan([undated], "2026-11-09T09:00:00-05:00");
    expect(timeline.interview).toBeUndefined();
    expect(timeline.promise?.due).toBe("2026-11-13T23:59:59-05:00");
    const check = p.actions.find((a) => a.kind === "status-check");
    expect(check?.why).toMatch(/^They said word would come by Fri 13 Nov/);
    expect(findContradictions(p, timeline)).toEqual([]);
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
