import { describe, expect, it } from "vitest";
import { analyzeInterview } from "../read/analyze-interview.js";
import { recogniseOtherDocument } from "./recognise-document.js";

// Documents made up for these tests.
const ADVERT = `Operations Coordinator (12-month contract)

About the role
We are looking for an organised coordinator to join our busy depot team.

Key responsibilities:
- Plan daily routes and shifts
- Liaise with drivers and customers

Requirements
- Two years' experience in logistics
- Full driving licence

What we offer
A competitive salary, 25 days' holiday and a generous pension. The successful candidate will be offered
a place on our leadership programme.

How to apply
Send your CV by 30 June.`;

const CV = `Amira Haddad
amira@example.org | 07700 900123

Profile
Registered nurse with six years on acute medical wards.

Experience
Staff Nurse, St Brendan's Hospital, 2019 – present
Healthcare Assistant, Riverside Care Home, 2016 – 2019

Education
BSc Nursing, 2015 – 2019

Skills
IV therapy, triage, mentoring students`;

const LETTER = `Dear Hiring Manager,

I am writing to apply for the post of Senior Buyer advertised on your website. Please find attached my CV.

Over the last five years I have managed supplier relationships worth over two million a year.

Thank you for considering my application. Yours sincerely,
Tomasz Nowak`;

const ACCOUNT = `Interview with Dana at the depot, Tuesday

- She asked about my experience planning routes and dug into the
  winter backlog story for a good ten minutes.
- I was asked what salary I was looking for.
- She said they offer a competitive package and a leadership programme.
- We went 15 minutes past the hour. I think it went well.`;

describe("recogniseOtherDocument", () => {
  it.each([
    ["job-description.txt", ADVERT, "job advert"],
    ["notes.txt", ADVERT, "job advert"],
    ["amira.md", CV, "CV"],
    ["letter.txt", LETTER, "cover letter"],
  ])("%s is a %s", (name, text, kind) => {
    expect(recogniseOtherDocument(name, text)).toBe(kind);
  });

  it("leaves the candidate's own account alone, even one that mentions an advert's words", () => {
    expect(recogniseOtherDocument("notes.md", ACCOUNT)).toBeUndefined();
    expect(
      recogniseOtherDocument("notes.md", "Felt fine. She asked about salary and my notice period."),
    ).toBeUndefined();
  });

  it("sets such a file aside in the read, names it, and reads nothing from it", () => {
    const a = analyzeInterview({
      docs: [
        { kind: "notes", source: "notes.md", text: ACCOUNT },
        { kind: "notes", source: "job-description.txt", text: ADVERT },
      ],
      now: "2026-06-10T12:00:00Z",
    });
    expect(a.setAside).toEqual([{ source: "job-description.txt", reason: "looks like a job advert" }]);
    expect(a.signals.flatMap((s) => s.evidence.map((e) => e.source))).not.toContain("job-description.txt");
    expect(a.signals.map((s) => s.id)).not.toContain("offer-made");
    expect(a.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining(["compensation-discussed", "ran-long"]),
    );
  });
});
