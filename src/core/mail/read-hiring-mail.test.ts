import { describe, expect, it } from "vitest";
import type { EmailDoc } from "../read/documents.js";
import { bulkMailSign, hiringConversation } from "./read-hiring-mail.js";

// Everyone and everything here is made up.
const ME = { names: ["Sasha Brandt"], addresses: ["sasha.brandt@postbox.example"] };
const SASHA = { name: "Sasha Brandt", email: "sasha.brandt@postbox.example" };

function mail(o: Partial<EmailDoc> & { from: { name?: string; email: string } }): EmailDoc {
  return { kind: "email", source: "m.eml", references: [], to: [SASHA], cc: [], text: "", ...o };
}

describe("bulkMailSign", () => {
  it.each([
    [
      "a List-Unsubscribe header",
      mail({ from: { email: "team@jobboard.example" }, listHeader: "List-Unsubscribe" }),
      "List-Unsubscribe header",
    ],
    [
      "a List-Id header",
      mail({ from: { email: "group@lists.example" }, listHeader: "List-Id" }),
      "List-Id header",
    ],
    [
      "automatic mail",
      mail({ from: { email: "hr@quarry.example" }, isAutomatic: true }),
      "sent automatically",
    ],
    ["a newsletter's sender", mail({ from: { email: "newsletter@hatchery.example" } }), "a list's sender"],
    ["a job alert's sender", mail({ from: { email: "job-alerts@jobboard.example" } }), "a list's sender"],
    [
      "a no-reply sender with a list's words",
      mail({ from: { email: "no-reply@shop.example" }, text: "Spring sale!\n\nUnsubscribe here." }),
      "a no-reply sender",
    ],
    [
      "a list's words at the end",
      mail({
        from: { email: "sam@hatchery.example" },
        text: "New roles this week.\n\nManage your email preferences.",
      }),
      "a list's words",
    ],
  ])("marks %s", (_, doc, sign) => {
    expect(bulkMailSign(doc)).toContain(sign);
  });

  it.each([
    [
      "a person",
      mail({ from: { name: "Ines Ruiz", email: "ines.ruiz@quarry.example" }, text: "See you Tuesday." }),
    ],
    [
      "a careers address",
      mail({ from: { email: "careers@quarry.example" }, text: "We would like to invite you to interview." }),
    ],
    [
      "a no-reply invitation",
      mail({ from: { email: "no-reply@quarry.example" }, text: "Your interview is booked for Tuesday." }),
    ],
  ])("leaves %s alone", (_, doc) => {
    expect(bulkMailSign(doc)).toBeUndefined();
  });
});

describe("hiringConversation", () => {
  const INES = { name: "Ines Ruiz", email: "ines.ruiz@quarry.example" };
  it.each([
    [
      "an invitation to interview",
      mail({
        from: INES,
        subject: "Next steps",
        text: "We would like to invite you to a final round with the team.",
      }),
      "an invitation to interview",
    ],
    [
      "the candidate's thank-you",
      mail({
        from: SASHA,
        to: [INES],
        subject: "Thank you",
        text: "Thank you for the interview today, Ines.",
      }),
      "your thank-you for an interview",
    ],
    [
      "word on an application",
      mail({
        from: INES,
        subject: "An update",
        text: "We have reviewed your application and would like to talk.",
      }),
      "mail about your interview or application",
    ],
    [
      "an interview's subject",
      mail({
        from: INES,
        subject: "Interview for Data Analyst at Quarry",
        text: "Which of these times suits you?",
      }),
      "mail about your interview or application",
    ],
    [
      "a recruiter about a role",
      mail({
        from: INES,
        subject: "Hello",
        text: "I'm a recruiter at Quarry and your background fits a role on my team.",
      }),
      "a recruiter's message about a role",
    ],
  ])("finds %s", (_, doc, reason) => {
    expect(hiringConversation(doc, ME)).toBe(reason);
  });

  it.each([
    [
      "a jobs newsletter",
      mail({
        from: { name: "Hatchery Jobs", email: "digest@hatchery.example" },
        subject: "12 new roles from companies hiring now",
        text: "Interview tips and new positions this week.",
      }),
    ],
    [
      "a job alert with list headers",
      mail({
        from: { email: "team@jobboard.example" },
        listHeader: "List-Unsubscribe",
        subject: "Data engineer jobs near you",
        text: "Recruiters are hiring for these roles.",
      }),
    ],
    [
      "a friend's mail",
      mail({
        from: { name: "Jo", email: "jo@postbox.example" },
        subject: "Dinner?",
        text: "Free on Friday?",
      }),
    ],
    [
      "mail the candidate is no party to",
      mail({
        from: INES,
        to: [{ email: "all-staff@quarry.example" }],
        subject: "Interview training",
        text: "Please invite candidates to a call first.",
      }),
    ],
  ])("finds none in %s", (_, doc) => {
    expect(hiringConversation(doc, ME)).toBeUndefined();
  });
});

describe("hiringConversation: a recruiter naming a firm hiring for a title", () => {
  it("is a recruiter's message about a role, though it never says 'role'", () => {
    const m = mail({
      from: { name: "Cara Holt", email: "cara.holt@brightlane-search.example" },
      subject: "ML Engineer - robotics",
      text: "Hi Sasha, I'm a recruitment consultant. My client, Ostervale Robotics, is hiring a Machine Learning Engineer. Open to a chat?",
    });
    expect(hiringConversation(m, ME)).toBe("a recruiter's message about a role");
  });
});
