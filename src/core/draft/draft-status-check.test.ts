import { describe, expect, it } from "vitest";
import { analyzeInterview } from "../read/analyze-interview.js";
import type { Doc, EmailDoc, InviteDoc, TranscriptDoc } from "../read/documents.js";
import { dayText, draftStatusCheck, MAX_STATUS_CHECK_WORDS } from "./draft-status-check.js";
import { countWords } from "./words.js";

const SAM = { name: "Sam Okafor", email: "sam.okafor@example.org" };
const PRIYA = { name: "Priya Raman", email: "priya.raman@harborloop.example" };

const INVITE: InviteDoc = {
  kind: "invite",
  source: "invite.ics",
  summary: "Harbor Loop - Data Engineer - Sam Okafor / Priya Raman",
  start: "2026-03-05T15:00:00.000Z",
  end: "2026-03-05T16:00:00.000Z",
  organizer: PRIYA,
  attendees: [PRIYA, SAM, { name: "Nadia Brook", email: "nadia.brook@harborloop.example" }],
};

const THANKS: EmailDoc = {
  kind: "email",
  source: "emails/01-thank-you.eml",
  messageId: "<thanks-1@example.org>",
  references: [],
  from: SAM,
  to: [PRIYA],
  cc: [],
  date: "2026-03-05T22:10:00.000Z",
  subject: "Thank you - Data Engineer interview",
  text: "Hi Priya,\n\nThank you for the conversation today about the tide gauge pipeline.\n\nSam",
};

const REPLY: EmailDoc = {
  kind: "email",
  source: "emails/02-reply.eml",
  messageId: "<reply-2@harborloop.example>",
  inReplyTo: "<thanks-1@example.org>",
  references: ["<thanks-1@example.org>"],
  from: PRIYA,
  to: [SAM],
  cc: [],
  date: "2026-03-06T14:00:00.000Z",
  subject: "Re: Thank you - Data Engineer interview",
  text: "Thanks Sam, it was good to meet you. We will get back to you by Friday 13 March.\n\nPriya",
};

function draft(docs: Doc[], now: string, extra: { promisedDue?: string; to?: string } = {}) {
  const analysis = analyzeInterview({ docs, now, me: "Sam Okafor" });
  return draftStatusCheck({ docs, analysis, now, candidateName: "Sam Okafor", ...extra });
}

describe("draftStatusCheck", () => {
  it("writes to whoever promised, mentions their date, asks for news, and replies in their thread", () => {
    const d = draft([INVITE, THANKS, REPLY], "2026-03-17T09:00:00-04:00");
    expect(d.to).toEqual(PRIYA);
    expect(d.isDue).toBe(true);
    expect(d.promised).toMatchObject({ source: "emails/02-reply.eml", dueText: "Friday, March 13" });
    expect(REPLY.text).toContain(d.promised?.quote ?? "?");
    expect(d.body.startsWith("Dear Priya,")).toBe(true);
    expect(d.body).toContain("an update by Friday, March 13");
    expect(d.body).toContain("I remain very interested in the role and in joining Harbor Loop.");
    expect(d.body).toMatch(/let me know if there is any news/);
    expect(d.body.trimEnd().endsWith("Best regards,\nSam Okafor")).toBe(true);
    expect(d.inReplyTo).toBe("<reply-2@harborloop.example>");
    expect(d.references).toEqual(["<thanks-1@example.org>", "<reply-2@harborloop.example>"]);
    expect(d.subject).toBe("Re: Thank you - Data Engineer interview");
    expect(d.words).toBe(countWords(d.body));
    expect(d.words).toBeLessThan(MAX_STATUS_CHECK_WORDS);
    expect(d.note).toBeUndefined();
  });

  it("says when the date has not passed yet", () => {
    const d = draft([INVITE, THANKS, REPLY], "2026-03-10T09:00:00-04:00");
    expect(d.isDue).toBe(false);
    expect(d.note).toMatch(/Friday, March 13\) has not passed yet/);
  });

  it("asks without a date, and says so, where no date was promised", () => {
    const quiet: EmailDoc = { ...REPLY, text: "Thanks Sam, it was good to meet you.\n\nPriya" };
    const d = draft([INVITE, THANKS, quiet], "2026-03-17T09:00:00-04:00");
    expect(d.promised).toBeUndefined();
    expect(d.isDue).toBe(false);
    expect(d.body).not.toMatch(/update by/);
    expect(d.note).toMatch(/No promised date/);
    expect(d.to.name).toBe("Priya Raman");
  });

  it("uses the date the caller gives when the inputs do not have it", () => {
    const d = draft([INVITE], "2026-03-20T09:00:00-04:00", { promisedDue: "2026-03-18T23:59:59-04:00" });
    expect(d.body).toContain("an update by Wednesday, March 18");
    expect(d.isDue).toBe(true);
    expect(d.inReplyTo).toBeUndefined();
    expect(d.subject).toBe("Following up - Data Engineer interview");
  });

  it("writes to the person a spoken promise names, at the address the invite gives", () => {
    const transcript: TranscriptDoc = {
      kind: "transcript",
      source: "transcript.vtt",
      format: "vtt",
      utterances: [
        { speaker: "Priya Raman", text: "Tell me about the replay tool you wrote.", start: 10, line: 3 },
        {
          speaker: "Sam Okafor",
          text: "It re-reads a day of events from cold storage into the queue.",
          start: 20,
          line: 6,
        },
        {
          speaker: "Priya Raman",
          text: "On next steps, Nadia from our talent team will email you by Thursday either way.",
          start: 3300,
          line: 9,
        },
      ],
    };
    const d = draft([INVITE, transcript], "2026-03-13T09:00:00-05:00");
    expect(d.to).toEqual({ name: "Nadia Brook", email: "nadia.brook@harborloop.example" });
    expect(d.promised).toMatchObject({
      source: "transcript.vtt",
      line: 9,
      at: "00:55:00",
      dueText: "Thursday, March 12",
    });
    expect(d.isDue).toBe(true);
  });

  it("writes to the person chosen with `to`", () => {
    const d = draft([INVITE, THANKS, REPLY], "2026-03-17T09:00:00-04:00", { to: "Nadia" });
    expect(d.to).toEqual({ name: "Nadia Brook", email: "nadia.brook@harborloop.example" });
    expect(d.body.startsWith("Dear Nadia,")).toBe(true);
  });
});

describe("dayText", () => {
  it.each([
    ["2026-02-12T23:59:59-06:00", "Thursday, February 12"],
    ["2026-03-01T00:30:00+09:00", "Sunday, March 1"],
  ])("%s is %s", (iso, text) => {
    expect(dayText(iso)).toBe(text);
  });
});

describe("draftStatusCheck: a team's mailbox wrote last (made up)", () => {
  it("greets the interviewer, a person, not a team's name in another language", () => {
    const team: EmailDoc = {
      ...REPLY,
      source: "emails/03-team.eml",
      messageId: "<team-3@harborloop.example>",
      from: { name: "Talento Harbor Loop", email: "talento@harborloop.example" },
      date: "2026-03-10T15:00:00.000Z",
      subject: "Actualización de tu proceso",
      text: "Hola Sam, seguimos revisando perfiles. Saludos, Equipo de Talento",
    };
    const d = draft([INVITE, THANKS, team], "2026-03-30T09:00:00-04:00");
    expect(d.body).not.toMatch(/^Dear Talento/);
    expect(d.body).toMatch(/^(?:Dear Priya,|Hello,)/);
  });
});
