import { describe, expect, it } from "vitest";
import { draftThankYou } from "../draft/draft-thank-you.js";
import { findContradictions } from "../plan/find-contradictions.js";
import { planFollowUps } from "../plan/plan-actions.js";
import { analyzeInterview } from "../read/analyze-interview.js";
import type { Doc, EmailDoc, InviteDoc, TranscriptDoc } from "../read/documents.js";
import { buildTimeline } from "../timeline/build-timeline.js";
import { closestNames, identifyPeople } from "./identify-people.js";

// Made-up people and companies throughout.
const NOW = "2026-06-03T18:00:00+02:00";
const CANDIDATE = { name: "Noor Castell", email: "noor.castell@example.net" };
const RECRUITER = { name: "Ivo Brandt", email: "ivo.brandt@pellucid.example" };
const INTERVIEWER = { name: "Marta Quinlan", email: "marta.quinlan@pellucid.example" };

const INVITE: InviteDoc = {
  kind: "invite",
  source: "invite.ics",
  summary: "Interview: Data Analyst at Pellucid",
  start: "2026-06-03T10:00:00+02:00",
  end: "2026-06-03T11:00:00+02:00",
  organizer: RECRUITER,
  attendees: [INTERVIEWER, CANDIDATE],
};

const TRANSCRIPT: TranscriptDoc = {
  kind: "transcript",
  source: "transcript.vtt",
  format: "vtt",
  utterances: [
    {
      speaker: "Marta Quinlan",
      line: 1,
      start: 0,
      text: "Thanks for joining. Tell me about the churn model you built.",
    },
    {
      speaker: "Noor Castell",
      line: 4,
      start: 30,
      text: "I built it on two years of subscription data, and my model cut churn by a fifth.",
    },
    {
      speaker: "Marta Quinlan",
      line: 7,
      start: 300,
      text: "Our team is rebuilding the pricing dashboard this quarter, and you would own the weekly revenue report.",
    },
    { speaker: "Noor Castell", line: 10, start: 600, text: "That sounds like exactly the work I enjoy." },
  ],
};

function mail(
  source: string,
  from: typeof CANDIDATE,
  to: typeof CANDIDATE,
  date: string,
  subject: string,
  text: string,
): EmailDoc {
  return { kind: "email", source, references: [], from, to: [to], cc: [], date, subject, text };
}

describe("identifyPeople", () => {
  it("tells the candidate, the interviewer, the organiser and the recruiter apart", () => {
    const docs: Doc[] = [INVITE, TRANSCRIPT];
    const people = identifyPeople(docs, analyzeInterview({ docs, now: NOW }));
    expect(people.candidate.names).toEqual(["Noor Castell"]);
    expect(people.interviewers.map((i) => [i.name, i.email])).toEqual([
      ["Marta Quinlan", "marta.quinlan@pellucid.example"],
    ]);
    expect(people.organisers.map((o) => o.name)).toEqual(["Ivo Brandt"]);
    expect(people.warning).toBeUndefined();
  });

  it("warns when --me matches no one, naming the closest names", () => {
    const docs: Doc[] = [INVITE, TRANSCRIPT];
    const people = identifyPeople(
      docs,
      analyzeInterview({ docs, now: NOW, me: "Nour Castel" }),
      "Nour Castel",
    );
    expect(people.warning).toMatch(
      /^--me "Nour Castel" matches no one in these files; the closest: Noor Castell,/,
    );
    expect(people.warning).toContain("Taken to be Noor Castell, who gets no thank-you.");
    // Signed as given, but the near miss is not thanked as if an interviewer.
    expect(people.candidate.names).toEqual(["Nour Castel", "Noor Castell"]);
    expect(people.interviewers.map((i) => i.name)).toEqual(["Marta Quinlan"]);
    const far = identifyPeople(docs, analyzeInterview({ docs, now: NOW, me: "Piet Vos" }), "Piet Vos");
    expect(far.warning).toMatch(/^--me "Piet Vos" matches no one/);
    expect(far.warning).not.toContain("Taken to be");
    expect(
      identifyPeople(docs, analyzeInterview({ docs, now: NOW }), "Noor Castell").warning,
    ).toBeUndefined();
    expect(
      identifyPeople(docs, analyzeInterview({ docs, now: NOW }), "noor.castell@example.net").warning,
    ).toBeUndefined();
  });

  it("orders the closest names by how few letters differ", () => {
    const people = [
      { name: "Jonas Albrecht", basis: "" },
      { name: "Jana Obrecht", basis: "" },
      { name: "Piet Vos", basis: "" },
    ];
    expect(closestNames("Jonas Albrect", people, 2)).toEqual(["Jonas Albrecht", "Jana Obrecht"]);
  });

  it("does not take a company's 'thank you for taking the time to interview with us' for the candidate's note", () => {
    const docs: Doc[] = [
      mail(
        "emails/01-outcome.eml",
        RECRUITER,
        CANDIDATE,
        "2026-06-05T09:00:00+02:00",
        "Your application",
        "Dear Noor,\n\nThank you for taking the time to interview with us last week. We have decided to move forward with other candidates.\n\nIvo",
      ),
    ];
    const people = identifyPeople(docs, analyzeInterview({ docs, now: NOW }));
    expect(people.candidate.names).not.toContain("Ivo Brandt");
  });

  it("finds the candidate as the one invited guest writing from a personal mailbox", () => {
    const guest = { name: "Tamsin Orrey", email: "tamsin.orrey@gmail.com" };
    const hiring = { name: "Bram Keel", email: "bram.keel@northwold.example" };
    const agency = { name: "Lise Fenn", email: "lise@fennsearch.example" };
    const docs: Doc[] = [
      { ...INVITE, organizer: agency, attendees: [guest, hiring] },
      mail(
        "emails/01.eml",
        agency,
        guest,
        "2026-06-02T09:00:00+02:00",
        "Northwold",
        "Dear Tamsin,\n\nThank you for making the trip. Bram will decide soon.\n\nLise",
      ),
    ];
    const people = identifyPeople(docs, analyzeInterview({ docs, now: NOW }));
    expect(people.candidate.names).toEqual(["Tamsin Orrey"]);
    expect(people.interviewers.map((i) => i.name)).not.toContain("Tamsin Orrey");
  });
});

describe("the plan and the drafts read the same people", () => {
  it("thanks the interviewer (not the organiser), signs with the candidate's name and knows the To: address", () => {
    const docs: Doc[] = [INVITE, TRANSCRIPT];
    const analysis = analyzeInterview({ docs, now: NOW });
    const timeline = buildTimeline({ docs, analysis, now: NOW });
    const plan = planFollowUps({ docs, analysis, now: NOW, timeline });
    const thanks = plan.actions.find((a) => a.kind === "thank-you");
    expect(thanks?.why).toContain("Name Marta Quinlan");
    const [draft] = draftThankYou({ docs, analysis, candidateNames: timeline.people.candidate.names });
    expect(draft?.to).toEqual({ name: "Marta Quinlan", email: "marta.quinlan@pellucid.example" });
    expect(draft?.body).toMatch(/^Dear Marta,/);
    expect(draft?.body.trimEnd().endsWith("Best regards,\nNoor Castell")).toBe(true);
    expect(draft?.body).not.toMatch(/\[(?:your )?name\]/);
    expect(
      findContradictions(
        {
          ...plan,
          actions: plan.actions.map((a) => (a.kind === "thank-you" ? { ...a, text: draft?.body ?? "" } : a)),
        },
        timeline,
      ),
    ).toEqual([]);
  });
});
