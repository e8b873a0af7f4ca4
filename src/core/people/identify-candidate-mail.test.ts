import { describe, expect, it } from "vitest";
import type { EmailDoc, Person } from "../read/documents.js";
import {
  isCandidateThankYou,
  isFromCandidate,
  isThankYouNote,
  resolveCandidateMail,
  sameName,
} from "./identify-candidate-mail.js";

const SAM: Person = { name: "Sam Rivera", email: "sam.rivera@mail.example" };
const DANA: Person = { name: "Dana Okafor", email: "dana.okafor@tidewire.example" };
const LEE: Person = { name: "Lee Marsh", email: "lee.marsh@tidewire.example" };

function mail(from: Person, to: Person, date: string, subject: string, text: string): EmailDoc {
  return {
    kind: "email",
    source: `emails/${date}.eml`,
    references: [],
    from,
    to: [to],
    cc: [],
    date,
    subject,
    text,
  };
}

describe("sameName", () => {
  it.each([
    ["Sam Rivera", "sam rivera", true],
    ["Sam Rivera", "Rivera, Sam", true],
    ["Sam", "Sam Rivera", true],
    ["Sam Rivera", "Sam R.", true],
    ["José Núñez", "Jose Nunez (he/him)", true],
    ["Dr. Sam Rivera", "Sam Rivera", true],
    ["Sam Rivera", "Sam Okafor", false],
    ["Sam Rivera", "Dana Okafor", false],
  ])("%s ~ %s: %s", (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
});

describe("isFromCandidate", () => {
  const note = mail(SAM, DANA, "2026-03-02T18:00:00Z", "Thank you", "Thanks for today.");
  it.each([
    ["by address, any case", { names: [], addresses: ["SAM.RIVERA@mail.example"] }, true],
    ["by name", { names: ["Rivera, Sam"], addresses: [] }, true],
    ["by first name", { names: ["sam"], addresses: [] }, true],
    ["someone else", { names: ["Dana Okafor"], addresses: ["dana.okafor@tidewire.example"] }, false],
  ])("%s", (_name, who, expected) => {
    expect(isFromCandidate(note, who)).toBe(expected);
  });

  it("reads a name from an address without a display name", () => {
    const bare = { ...note, from: { email: "sam.rivera@mail.example" } };
    expect(isFromCandidate(bare, { names: ["Sam Rivera"], addresses: [] })).toBe(true);
  });
});

describe("isThankYouNote", () => {
  it.each([
    ["a thank-you subject", "Thank you - Data Engineer interview", "Hi Dana,\n\nGreat to meet you.", true],
    [
      "thanks for the conversation in the first lines",
      "Following up",
      "Hi Dana,\n\nThank you for the conversation this morning.",
      true,
    ],
    ["thanks for the time", "Data Engineer", "Dana,\n\nMany thanks for your time yesterday.", true],
    ["thanks for an update", "Re: Status", "Hi Lee,\n\nThank you for the update. Tuesday works.", false],
    ["thanks for an email", "Re: Next steps", "Thanks for your email, it has been passed on.", false],
    ["thanks for an update about the panel", "Re: Timeline", "Thanks for the update on the panel.", false],
    ["no thanks", "Checking in", "Hi Lee,\n\nAny news on the role?", false],
  ])("%s", (_name, subject, text, expected) => {
    expect(isThankYouNote(mail(SAM, DANA, "2026-03-02T18:00:00Z", subject, text))).toBe(expected);
  });
});

describe("resolveCandidateMail", () => {
  it("keeps what is given", () => {
    const given = { names: ["Sam Rivera"], addresses: [] };
    expect(resolveCandidateMail([], given)).toEqual({ ...given, how: "given" });
  });

  it("infers the one address on every message", () => {
    const emails = [
      mail(DANA, SAM, "2026-03-03T09:00:00Z", "Re: Thank you", "Thanks Sam, good to meet you too."),
      mail(SAM, DANA, "2026-03-02T18:00:00Z", "Thank you", "Hi Dana,\n\nThank you for this morning."),
      mail(LEE, SAM, "2026-03-05T09:00:00Z", "Next steps", "Hi Sam, a quick update on where things stand."),
    ];
    expect(resolveCandidateMail(emails, { names: [], addresses: [] })).toEqual({
      names: ["Sam Rivera"],
      addresses: ["sam.rivera@mail.example"],
      how: "inferred",
    });
  });

  it("infers the sender of the thank-you note in a one-to-one thread", () => {
    const emails = [
      mail(SAM, DANA, "2026-03-02T18:00:00Z", "Thank you for today", "Hi Dana,\n\nI enjoyed it."),
      mail(DANA, SAM, "2026-03-03T09:00:00Z", "Re: Thank you for today", "Thank you, Sam."),
    ];
    expect(resolveCandidateMail(emails, { names: [], addresses: [] }).addresses).toEqual([
      "sam.rivera@mail.example",
    ]);
  });

  it("says so when it cannot tell", () => {
    const emails = [mail(DANA, SAM, "2026-03-03T09:00:00Z", "Parking", "Visitor parking is on level 2.")];
    expect(resolveCandidateMail(emails, { names: [], addresses: [] }).how).toBe("unknown");
  });
});

describe("a company's thanks is not the candidate's thank-you note", () => {
  it.each([
    "Thank you for your time and interest in Harrowgate Foods.",
    "Thank you for applying to the Data Analyst role.",
    "Thanks for your interest in joining our team.",
    "Thank you for your patience during the interview process.",
  ])("%s", (text) => {
    const doc: EmailDoc = {
      kind: "email",
      source: "r.eml",
      references: [],
      to: [{ name: "Jamie Rivers", email: "jamie@example.net" }],
      cc: [],
      from: { name: "Harrowgate Careers", email: "careers@harrowgate.example" },
      subject: "Your application",
      text: `${text}\nAfter careful consideration, we have decided not to move forward with your application.`,
    };
    expect(isThankYouNote(doc)).toBe(false);
  });

  it("still reads the candidate's note thanking for the time", () => {
    const doc: EmailDoc = {
      kind: "email",
      source: "t.eml",
      references: [],
      to: [{ name: "Dana", email: "dana@harrowgate.example" }],
      cc: [],
      from: { name: "Jamie Rivers", email: "jamie@example.net" },
      subject: "Following up",
      text: "Hi Dana,\nThank you for your time today. I enjoyed hearing about the team.",
    };
    expect(isThankYouNote(doc)).toBe(true);
  });
});

describe("isCandidateThankYou", () => {
  const rejection = mail(
    DANA,
    SAM,
    "2026-03-02T09:00:00Z",
    "Your application",
    "Hi Sam,\n\nThank you for taking the time to interview with us. We have decided not to proceed.\n\nDana",
  );
  const note = mail(
    SAM,
    DANA,
    "2026-03-01T09:00:00Z",
    "Thank you",
    "Hi Dana,\n\nThank you for taking the time to interview me today.\n\nSam",
  );

  it("is a thank-you note, but not the company's thanks for interviewing with them", () => {
    expect(isThankYouNote(rejection)).toBe(true);
    expect(isCandidateThankYou(rejection)).toBe(false);
    expect(isCandidateThankYou(note)).toBe(true);
  });

  it("keeps a company's rejection from making its sender the candidate", () => {
    const who = resolveCandidateMail([rejection], { names: [], addresses: [] }, isCandidateThankYou);
    expect(who.names).not.toContain("Dana Okafor");
    // Nor does the detectors' reading: a decision is what a company writes (weigh-candidate-sender).
    expect(resolveCandidateMail([rejection], { names: [], addresses: [] }).names).not.toContain(
      "Dana Okafor",
    );
  });
});
