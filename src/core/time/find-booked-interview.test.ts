import { describe, expect, it } from "vitest";
import type { EmailDoc } from "../read/documents.js";
import { findBookedInterview, lengthIn } from "./find-booked-interview.js";

// Made-up people and companies.
function mail(date: string, text: string, subject = "Your interview"): EmailDoc {
  return {
    kind: "email",
    source: `emails/${date.slice(0, 10)}.eml`,
    references: [],
    from: { name: "Petra Quill", email: "petra@lanternworks.example" },
    to: [{ name: "Robin Vale", email: "robin@example.net" }],
    cc: [],
    date,
    subject,
    text,
  };
}

const ZONE = "+00:00";
const NOW = Date.parse("2026-11-20T12:00:00Z");
const CONFIRMED = mail(
  "2026-11-02T10:00:00Z",
  "Hi Robin,\n\nThanks for confirming. You're all set for Thursday 5 November at 14:00 with our head of data. It'll be about an hour.\n\nPetra",
  "Interview confirmation",
);

describe("findBookedInterview", () => {
  it("takes the time a company's mail booked, now past, with the length it gives", () => {
    expect(findBookedInterview([CONFIRMED], NOW, ZONE)).toMatchObject({
      start: "2026-11-05T14:00:00+00:00",
      minutes: 60,
      source: "emails/2026-11-02.eml",
    });
  });

  it("leaves a booking still to come, or after the candidate's thank-you, to the next round", () => {
    expect(findBookedInterview([CONFIRMED], Date.parse("2026-11-04T12:00:00Z"), ZONE)).toBeUndefined();
    expect(findBookedInterview([CONFIRMED], NOW, ZONE, Date.parse("2026-11-01T18:00:00Z"))).toBeUndefined();
  });

  it("takes the company's wish to meet as an agency passes it on", () => {
    const passedOn = mail(
      "2026-11-10T09:00:00Z",
      "Hi Robin, Lantern Works would like to meet you on Thursday 12 November at 2pm at their Derby office. Petra",
      "Lantern Works",
    );
    expect(findBookedInterview([passedOn], NOW, ZONE)?.start).toBe("2026-11-12T14:00:00+00:00");
  });

  it("drops a booking a later message moved before its day, and books nothing from times offered", () => {
    const moved = mail(
      "2026-11-04T09:00:00Z",
      "Hi Robin, sorry, we need to reschedule; I'll send a new date soon.",
    );
    expect(findBookedInterview([CONFIRMED, moved], NOW, ZONE)).toBeUndefined();
    const offered = mail(
      "2026-11-02T10:00:00Z",
      "Could we set up the interview? Options: Tuesday 3 November at 10:00 or Wednesday 4 November at 15:00.",
    );
    expect(findBookedInterview([offered], NOW, ZONE)).toBeUndefined();
  });
});

describe("lengthIn", () => {
  it.each([
    ["Duration: 45 minutes", 45],
    ["It'll be about an hour.", 60],
    ["Time: 10:00am - 10:45am (WAT)", 45],
    ["The call is booked 2-3pm.", 60],
    ["The session will last an hour and a half.", 90],
    ["Please arrive 15 minutes early.", undefined],
    ["We are 20 minutes from the station.", undefined],
  ])("%s → %s", (text, minutes) => {
    expect(lengthIn(text)).toBe(minutes);
  });
});

describe("findBookedInterview: a booking passed on in another language", () => {
  it.each([
    [
      "Spanish, from an agency",
      "Hola Robin,\n\nYa te puedo compartir que el cliente es Lanternworks. Quieren entrevistarte el martes 17 de\nnoviembre a las 10:00 en sus oficinas.\n\nPetra",
      "2026-11-17T10:00:00+00:00",
    ],
    [
      "French",
      "Bonjour Robin,\n\nNous vous proposons un entretien le mardi 17 novembre à 10h30.\n\nPetra",
      "2026-11-17T10:30:00+00:00",
    ],
    [
      "German",
      "Guten Tag,\n\nwir laden Sie zu einem Vorstellungsgespräch am Dienstag, 17. November um 10 Uhr ein.\n\nPetra",
      "2026-11-17T10:00:00+00:00",
    ],
  ])("%s", (_, text, start) => {
    expect(findBookedInterview([mail("2026-11-13T12:00:00Z", text, "Entrevista")], NOW, ZONE)?.start).toBe(
      start,
    );
  });
});
