import { describe, expect, it } from "vitest";
import type { InviteDoc, NotesDoc } from "../read/documents.js";
import { findRoleAndCompany } from "./find-role-and-company.js";

const INVITE: InviteDoc = {
  kind: "invite",
  source: "invite.ics",
  summary: "",
  start: "2026-03-05T15:00:00.000Z",
  end: "2026-03-05T16:00:00.000Z",
  attendees: [],
};

function notes(text: string): NotesDoc {
  return { kind: "notes", source: "notes.md", text };
}

describe("findRoleAndCompany", () => {
  it.each([
    ["Pinewood: Ana Lima / Joe Brandt (Senior Analyst)", "Senior Analyst", "Pinewood"],
    ["Interview: Ana Lima - QA Analyst", "QA Analyst", undefined],
    ["Greyfield | Frontend Developer | Intro interview (Ana Lima)", "Frontend Developer", "Greyfield"],
    ["Northwind Outdoor - Marketing Manager interview - Ana Lima", "Marketing Manager", "Northwind Outdoor"],
    // Notes' arrows and equals signs part a title; the shorthand never reaches a letter.
    ["Harbourline = VP Engineering → coffee chat", "VP Engineering", "Harbourline"],
    ["Harbourline - VP Eng ~ coffee", "VP Eng", "Harbourline"],
    // An exclaimed title is a feeling around a name.
    ["OMG ok Quillmark Press interview done!!!", undefined, "Quillmark Press"],
  ])("%s", (summary, role, company) => {
    const about = findRoleAndCompany([{ ...INVITE, summary }], ["Ana Lima", "Joe Brandt"]);
    expect(about?.role).toBe(role);
    expect(about?.company).toBe(company);
  });

  it("reads nothing from a first line that is not a header", () => {
    expect(findRoleAndCompany([notes("ok writing this down quickly\n\nit went fine")], [])).toBeUndefined();
  });
});

describe("findRoleAndCompany on an account of the meeting", () => {
  it.each([
    "Met Dana Whitlock, the engineering manager, for an hour.",
    "Spoke with Priya Raman, Director of Data.",
    "Had a call with the hiring manager about the analyst role.",
    // A job word as the subject of a clause is someone talking, not the role.
    "Mr Quenby asked most of it, manager only nodded along",
  ])("takes no company (nor the interviewer's title as the role) from %j", (text) => {
    const about = findRoleAndCompany([{ kind: "notes", source: "notes.md", text }], []);
    expect(about?.company).toBeUndefined();
    expect(about?.role).toBeUndefined();
  });

  it("still reads a title line", () => {
    const about = findRoleAndCompany(
      [{ kind: "notes", source: "notes.md", text: "Acme Corp: backend engineer, round 2" }],
      [],
    );
    expect(about).toMatchObject({ company: "Acme Corp", role: "backend engineer" });
    const head = findRoleAndCompany([notes("Quillanby Care - Head of Nursing, first round")], []);
    expect(head).toMatchObject({ company: "Quillanby Care", role: "Head of Nursing" });
  });
});

describe("findRoleAndCompany: a company's name shouted in the notes (made up)", () => {
  const mail = (subject: string, text: string) => ({
    kind: "email" as const,
    source: "m.eml",
    references: [],
    to: [],
    cc: [],
    subject,
    text,
  });

  it("is written as the company's own mail writes it", () => {
    const docs = [
      notes("BRACKENRIDGE - DS clinical analytics - panel"),
      mail("Interview times - Brackenridge Health", "Hi"),
    ];
    expect(findRoleAndCompany(docs, [])?.company).toBe("Brackenridge Health");
  });

  it("is put in title case where no mail writes it, and an acronym is left as it is", () => {
    expect(findRoleAndCompany([notes("BRACKENRIDGE - analyst - panel")], [])?.company).toBe("Brackenridge");
    expect(findRoleAndCompany([notes("NHS: analyst")], [])?.company).toBe("NHS");
  });
});
