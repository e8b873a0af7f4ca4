import { describe, expect, it } from "vitest";
import type { CandidateMail } from "../people/identify-candidate-mail.js";
import type { Doc, EmailDoc, InviteDoc, NotesDoc, Person } from "../read/documents.js";
import {
  type BundleFacts,
  companyKey,
  companyNameForDomain,
  describeBundle,
  isHiringMail,
  type KnownApplication,
  mailDomains,
  matchApplications,
  nameFitsDomain,
} from "./match-application.js";

const JAMIE: Person = { name: "Jamie Ortega", email: "jamie.ortega@fastmail.com" };
const ME: CandidateMail = {
  names: ["Jamie Ortega"],
  addresses: ["jamie.ortega@fastmail.com", "jamie@ortega.dev"],
};
const DANA: Person = { name: "Dana Whitlock", email: "dana.whitlock@lumenfold.example" };

function mail(fields: Partial<EmailDoc>): EmailDoc {
  return { kind: "email", source: "mail.eml", references: [], to: [], cc: [], text: "", ...fields };
}

function notes(text: string): NotesDoc {
  return { kind: "notes", source: "case/notes.md", text };
}

function invite(fields: Partial<InviteDoc>): InviteDoc {
  return {
    kind: "invite",
    source: "case/invite.ics",
    start: "2026-03-02T15:00:00Z",
    end: "2026-03-02T16:00:00Z",
    attendees: [],
    ...fields,
  };
}

describe("companyKey", () => {
  it.each([
    ["The Acme Co., Inc.", "acme"],
    ["ACME", "acme"],
    ["Acme Corporation", "acme"],
    ["Café Zürich GmbH", "cafezurich"],
    ["Nørd Ångström AB", "nordangstromab"],
    ["Bolt & Nut Ltd", "boltandnut"],
    ["Bolt and Nut", "boltandnut"],
    ["  Lumenfold   Analytics, LLC ", "lumenfoldanalytics"],
    // Nothing but legal words: the words themselves, not an empty key that would match everything.
    ["The Company", "thecompany"],
  ])("%j → %j", (name, key) => {
    expect(companyKey(name)).toBe(key);
  });

  it("gives names that differ only in form the same key, and different companies different keys", () => {
    expect(companyKey("Tidewater Labs Ltd.")).toBe(companyKey("tidewater labs"));
    expect(companyKey("Tidewater Labs")).not.toBe(companyKey("Tidewater Foods"));
  });
});

describe("nameFitsDomain", () => {
  it.each([
    ["Wrenfield Robotics", "wrenfieldrobotics.com", true],
    ["Wrenfield Robotics, Inc.", "wrenfieldrobotics.com", true],
    // The domain adds a word to a name of 5 letters or more.
    ["Wrenfield", "wrenfieldrobotics.com", true],
    // The name adds a word to the domain's label.
    ["Wrenfield Robotics", "wrenfield.com", true],
    ["Acme", "acme.io", true],
    ["IBM", "ibm.com", true],
    ["Acme Corp", "acmecorp.com", true],
    ["Lumenfold", "lumenfold.co.uk", true],
    // Short names fit only exactly: "Wren" is not wrenfieldrobotics.com, "HP" is too short to tell.
    ["Wren", "wrenfieldrobotics.com", false],
    ["Acme", "acmetools.com", false],
    ["HP", "hp.com", false],
    // A longer word is another name: "Orbital" is not orbit.dev.
    ["Orbital", "orbit.dev", false],
    ["Globex", "initech.com", false],
    ["Tidewater Labs", "tidewaterfoods.com", false],
  ])("%j and %s: %s", (name, domain, fits) => {
    expect(nameFitsDomain(name, domain)).toBe(fits);
  });
});

describe("companyNameForDomain", () => {
  it.each([
    [
      "a signature's run of capitalised words",
      "wrenfieldrobotics.com",
      ["Hi Jamie,\n\nThanks for your time.\n\nPriya Nand\nTalent Partner | Wrenfield Robotics\n"],
      "Wrenfield Robotics",
    ],
    [
      "as the company writes it",
      "wrenfieldrobotics.com",
      ["Best regards, the WrenField Robotics team"],
      "WrenField Robotics",
    ],
    ["one word that is the label", "lumenfold.example", ["Welcome to Lumenfold."], "Lumenfold"],
    [
      "the second text when the first does not spell it",
      "tidewaterlabs.example",
      ["Nothing here.", "Sent from Tidewater Labs HQ"],
      "Tidewater Labs",
    ],
    [
      "the label, capitalised, when no text spells it",
      "wrenfieldrobotics.com",
      ["Regards, Priya"],
      "Wrenfieldrobotics",
    ],
    ["the label of a .co.uk domain", "harrowgate.co.uk", [], "Harrowgate"],
  ])("%s", (_what, domain, texts, name) => {
    expect(companyNameForDomain(domain, texts)).toBe(name);
  });
});

describe("mailDomains", () => {
  it.each([
    [
      "the sender's company, once, subdomains folded",
      mail({
        from: { name: "Priya Nand", email: "priya@talent.wrenfieldrobotics.com" },
        to: [JAMIE],
        cc: [{ email: "ops@wrenfieldrobotics.com" }],
      }),
      ["wrenfieldrobotics.com"],
    ],
    [
      "every company party, sender first",
      mail({ from: DANA, to: [JAMIE], cc: [{ email: "sam@harrowgate.co.uk" }] }),
      ["lumenfold.example", "harrowgate.co.uk"],
    ],
    [
      "not the candidate's own domain, even from another address there",
      mail({ from: { name: "Jamie Ortega", email: "jobs@ortega.dev" }, to: [DANA] }),
      ["lumenfold.example"],
    ],
    [
      "not the candidate's own domain, by address",
      mail({ from: { email: "jamie@ortega.dev" }, to: [{ email: "hr@harrowgate.co.uk" }] }),
      ["harrowgate.co.uk"],
    ],
    [
      "no free-mail domains",
      mail({
        from: { name: "Sam Friend", email: "sam.friend@gmail.com" },
        to: [JAMIE],
        cc: [{ email: "x@outlook.com" }],
      }),
      [],
    ],
  ])("%s", (_what, doc, domains) => {
    expect(mailDomains(doc, ME)).toEqual(domains);
  });
});

describe("describeBundle", () => {
  const cases: { what: string; docs: Doc[]; expected: Partial<BundleFacts> }[] = [
    {
      what: "company and role from the notes' first line",
      docs: [notes("# Acme Corp: backend engineer, round 2\n\nMet Dana Whitlock. It went well.")],
      expected: { company: "Acme Corp", role: "backend engineer", basis: "case/notes.md", domains: [] },
    },
    {
      what: "the invite's domain and people; the company named in the notes",
      docs: [
        notes("# Lumenfold Analytics: data engineer\n\nGood talk."),
        invite({ summary: "Interview", organizer: DANA, attendees: [JAMIE, DANA] }),
      ],
      expected: {
        company: "Lumenfold Analytics",
        role: "data engineer",
        domains: ["lumenfold.example"],
        people: ["Dana Whitlock"],
      },
    },
    {
      what: "a person's name in the invite summary is no company: the domain's is used",
      docs: [
        invite({
          summary: "Dana Whitlock: Platform Engineer",
          description: "Video call with the Lumenfold team",
          organizer: DANA,
          attendees: [JAMIE],
        }),
      ],
      expected: {
        company: "Lumenfold",
        role: "Platform Engineer",
        domains: ["lumenfold.example"],
        basis: "mail from lumenfold.example",
      },
    },
    {
      what: "nor is a person named only by an address (dana.whitlock@)",
      docs: [
        invite({
          summary: "Dana Whitlock: Platform Engineer",
          organizer: { email: "dana.whitlock@lumenfold.example" },
          attendees: [{ email: "jamie.ortega@fastmail.com" }],
        }),
      ],
      expected: { company: "Lumenfold", role: "Platform Engineer", domains: ["lumenfold.example"] },
    },
    {
      what: "nor is the candidate's own name",
      docs: [
        invite({
          summary: "Jamie Ortega: Platform Engineer",
          organizer: { email: "recruiting@lumenfold.example" },
          attendees: [{ email: "jamie.ortega@fastmail.com" }],
        }),
      ],
      expected: { company: "Lumenfold", role: "Platform Engineer" },
    },
    {
      what: "the company from a signature when only mail names the domain",
      docs: [
        mail({
          source: "reply.eml",
          subject: "Next steps",
          from: { name: "Priya Nand", email: "priya@wrenfieldrobotics.com" },
          to: [JAMIE],
          text: "Hi Jamie, we'd like to book a second call.\n\nPriya Nand\nWrenfield Robotics",
        }),
      ],
      expected: { company: "Wrenfield Robotics", domains: ["wrenfieldrobotics.com"] },
    },
    {
      what: "a company named in a sentence of the notes",
      docs: [notes("Lumenfold Analytics interview.\nIt went well, I think.")],
      expected: { company: "Lumenfold Analytics", basis: "case/notes.md" },
    },
    {
      what: "no company from notes that open with prose",
      docs: [notes("Went well overall, they liked my answers.\nSpoke to the CTO today.")],
      expected: { domains: [], people: [] },
    },
    {
      what: "no company from a sentence that happens to start with a capital",
      docs: [notes("Good chat.\n\nShe asked about my last project.")],
      expected: { domains: [], people: [] },
    },
  ];
  it.each(cases)("$what", ({ docs, expected }) => {
    const facts = describeBundle(docs, ME);
    expect(facts).toMatchObject(expected);
    if (!("company" in expected)) expect(facts.company).toBeUndefined();
  });
});

describe("matchApplications", () => {
  const apps: KnownApplication[] = [
    { id: 1, company: "Acme", domain: "acme.io" },
    { id: 2, company: "Bright Kettle", domain: null },
    { id: 3, company: "Wrenfield Robotics" },
    { id: 4, company: "Lumenfold Analytics", domain: "lumenfold.example" },
  ];
  it.each([
    ["by domain before any name", { domains: ["acme.io"], company: "Bright Kettle" }, [1]],
    ["by the name's key", { domains: [], company: "BRIGHT KETTLE, Inc." }, [2]],
    ["by name before name-vs-domain", { domains: ["brightkettle.example"], company: "Bright Kettle" }, [2]],
    ["a new name that fits an application's domain", { domains: [], company: "Lumenfold" }, [4]],
    [
      "a domain that fits an application's name",
      { domains: ["wrenfieldrobotics.com"], company: "Wrenfield" },
      [3],
    ],
    ["a domain alone that fits a name", { domains: ["wrenfieldrobotics.com"] }, [3]],
    ["nothing for an unknown company", { domains: [], company: "Zephyr" }, []],
    ["nothing for an unknown domain", { domains: ["zephyr.example"] }, []],
    ["nothing for nothing", { domains: [] }, []],
  ])("%s", (_what, facts, ids) => {
    const matched = matchApplications({ people: [], ...facts }, apps);
    expect(matched.map((a) => a.id)).toEqual(ids);
  });

  it("returns every application that shares the domain, for the caller to ask", () => {
    const twice = [...apps, { id: 5, company: "Acme Labs", domain: "acme.io" }];
    expect(matchApplications({ domains: ["acme.io"], people: [] }, twice).map((a) => a.id)).toEqual([1, 5]);
  });
});

describe("isHiringMail", () => {
  it.each([
    [
      "yes: an interview invitation from a company",
      mail({
        subject: "Interview invitation",
        from: { name: "Priya Nand", email: "priya@wrenfieldrobotics.com" },
        to: [JAMIE],
        text: "Hi Jamie, we'd like to meet you.",
      }),
      true,
    ],
    [
      "yes: a rejection of an application",
      mail({
        subject: "Update",
        from: { email: "careers@harrowgate.co.uk" },
        to: [JAMIE],
        text: "Thank you for your application. We have decided not to move forward.",
      }),
      true,
    ],
    [
      "no: a newsletter from a company domain",
      mail({
        subject: "March product digest",
        from: { name: "Wrenfield Robotics", email: "news@wrenfieldrobotics.com" },
        to: [JAMIE],
        text: "New this month: faster arms, and a webinar on safety.",
      }),
      false,
    ],
    [
      "no: hiring words between free-mail parties only",
      mail({
        subject: "Interview invitation",
        from: { name: "Sam Friend", email: "sam.friend@gmail.com" },
        to: [JAMIE],
        text: "Any tips for my interview next week? My application went in on Monday.",
      }),
      false,
    ],
    [
      "no: the candidate writing from their own domain to a friend",
      mail({
        subject: "My application",
        from: { name: "Jamie Ortega", email: "jamie@ortega.dev" },
        to: [{ email: "sam.friend@gmail.com" }],
        text: "I sent my application today.",
      }),
      false,
    ],
  ])("%s", (_what, doc, hiring) => {
    expect(isHiringMail(doc, ME)).toBe(hiring);
  });
});

describe("a calendar's notice and a German firm's name (made up)", () => {
  it("takes a calendar service's notice to be about the organiser's and guests' company", () => {
    const notice = mail({
      from: { name: "Ada Kerr (Google Calendar)", email: "calendar-notification@google.com" },
      to: [{ email: "jamie.ortega@fastmail.com" }],
      subject: "Invitation: Interview - Jamie Ortega / Bo Lund @ Mon 9 Nov 2026 11:00 - 11:45 (GMT)",
      text: "You have been invited to the following event.\nOrganizer: ada.kerr@quillmoor.example\nGuests: bo.lund@quillmoor.example, jamie.ortega@fastmail.com\n",
    });
    expect(mailDomains(notice, ME)).toContain("quillmoor.example");
  });

  it("reads a German name's umlauts as its domain writes them out", () => {
    expect(nameFitsDomain("Mühlgrund Logistik", "muehlgrund-logistik.example")).toBe(true);
    expect(
      companyNameForDomain("muehlgrund-logistik.example", [
        "Mit freundlichen Grüßen\nMühlgrund Logistik GmbH",
      ]),
    ).toBe("Mühlgrund Logistik");
  });
});
