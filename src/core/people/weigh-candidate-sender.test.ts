import { describe, expect, it } from "vitest";
import type { EmailDoc, Person } from "../read/documents.js";
import { identifyCandidate } from "./identify-candidate.js";
import { resolveCandidateMail } from "./identify-candidate-mail.js";
import { likeliestCandidateSender } from "./weigh-candidate-sender.js";

// A ferry operator hiring a timetable planner; every name and word here is made up for the tests.
const ROBIN: Person = { name: "Robin Vale", email: "robin.vale@gmail.com" };
const ODA: Person = { name: "Oda Brekke", email: "oda.brekke@fjordline.example" };
const KAI: Person = { name: "Kai Lund", email: "kai.lund@fjordline.example" };
const TEAM: Person = { name: "Fjordline Recruitment", email: "jobs@fjordline.example" };

let n = 0;
function mail(from: Person, to: Person, text: string, day: number): EmailDoc {
  n++;
  return {
    kind: "email",
    source: `emails/${n}.eml`,
    messageId: `<m${n}@test.example>`,
    from,
    to: [to],
    cc: [],
    references: [],
    date: `2026-05-${String(day).padStart(2, "0")}T09:00:00Z`,
    subject: "Timetable planner",
    text,
  };
}

describe("who writes as the candidate", () => {
  const confirmation = mail(
    ODA,
    ROBIN,
    "Hi Robin,\n\nThanks for making time. Confirming Thursday at 10:00 at the terminal; you'll meet me and Kai.\n\nOda",
    4,
  );
  const note = mail(
    ROBIN,
    ODA,
    "Hi Oda,\n\nThank you for this morning; I enjoyed hearing about the winter timetable.\n\nRobin",
    7,
  );
  const offer = mail(ODA, ROBIN, "Hi Robin,\n\nI'm delighted to offer you the planner role.\n\nOda", 12);

  it("is not the company whose confirmation opens with thanks", () => {
    expect(likeliestCandidateSender([confirmation, note, offer])).toEqual(ROBIN);
    const who = identifyCandidate([confirmation, note, offer], undefined);
    expect(who.names).toEqual(["Robin Vale"]);
    expect(resolveCandidateMail([confirmation, note, offer], { names: [], addresses: [] }).names).toEqual([
      "Robin Vale",
    ]);
  });

  it("is the one a company writes to, when only the company writes", () => {
    expect(likeliestCandidateSender([confirmation, offer])).toEqual(ROBIN);
  });

  it("is never a team's mailbox, nor a colleague of one thanking the candidate for their time", () => {
    const ack = mail(
      TEAM,
      ROBIN,
      "Dear Robin,\n\nGreetings from Fjordline! Your interview is confirmed for Monday.",
      2,
    );
    const reply = mail(ROBIN, TEAM, "Dear Recruitment Team,\n\nThank you for the update.\n\nRobin", 2);
    const kaiThanks = mail(
      KAI,
      ROBIN,
      "Dear Robin,\n\nThank you for your time in the panel on Monday.\n\nKai",
      6,
    );
    expect(likeliestCandidateSender([ack, reply, kaiThanks])).toEqual(ROBIN);
  });

  it("is the personal mailbox an agency's recruiter writes to, though her mail thanks and sounds like news", () => {
    const AGENT: Person = { name: "Mina Sorel", email: "mina@harbourtalent.example" };
    const debrief = mail(
      AGENT,
      ROBIN,
      "Hi Robin,\n\nJust had a debrief with Oda. Feedback is positive, she liked your winter numbers.\n\nMina",
      8,
    );
    const recap = mail(
      AGENT,
      ROBIN,
      "Hi Robin,\n\nThanks for the call today. Confirming what we discussed: you're still keen.\n\nMina",
      10,
    );
    expect(likeliestCandidateSender([debrief, recap])).toEqual(ROBIN);
    expect(identifyCandidate([debrief, recap], undefined).basis).toContain("written to");
    // One stray message to a personal mailbox tells nothing.
    expect(
      likeliestCandidateSender([mail(AGENT, ROBIN, "Visitor parking is on level 2.", 3)]),
    ).toBeUndefined();
  });

  it("says nothing when the thread does not tell", () => {
    const a = mail(ODA, KAI, "Kai, can you look at the rota?", 3);
    const b = mail(KAI, ODA, "Done.", 3);
    expect(likeliestCandidateSender([a, b])).toBeUndefined();
  });
});
