import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CASES, caseNames, describeShared } from "../../test/shared.js";
import type { InviteDoc } from "../core/read/documents.js";
import { MAX_ICS_CHARS, parseIcs } from "./parse-ics.js";
import { formatProblem, type ParseResult, type Problem } from "./parse-result.js";

const SOURCE = "invite.ics";

/** A calendar around the given lines, CRLF as calendar apps write it. */
function calendar(...lines: string[]): string {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Debrief tests//EN",
    ...lines,
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

function event(...lines: string[]): string[] {
  return ["BEGIN:VEVENT", "UID:evt-1@tests.example", "DTSTAMP:20260101T000000Z", ...lines, "END:VEVENT"];
}

function ok(result: ParseResult<InviteDoc[]>): { docs: InviteDoc[]; warnings: Problem[] } {
  if (!result.ok) throw new Error(`expected ok, got ${result.problems.map(formatProblem).join("; ")}`);
  return { docs: result.value, warnings: result.warnings };
}

function only(result: ParseResult<InviteDoc[]>): InviteDoc {
  const { docs } = ok(result);
  expect(docs).toHaveLength(1);
  const [doc] = docs;
  if (doc === undefined) throw new Error("no invite");
  return doc;
}

function problems(result: ParseResult<InviteDoc[]>): Problem[] {
  if (result.ok) throw new Error(`expected failure, got ${JSON.stringify(result.value)}`);
  return result.problems;
}

const BERLIN_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Berlin",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

const CUSTOM_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Customized Time Zone",
  "BEGIN:STANDARD",
  "DTSTART:16010101T030000",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
  "END:STANDARD",
  "BEGIN:DAYLIGHT",
  "DTSTART:16010101T020000",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
  "END:DAYLIGHT",
  "END:VTIMEZONE",
];

describe("parseIcs: times", () => {
  it("reads UTC times as they are", () => {
    const doc = only(
      parseIcs(
        calendar(...event("DTSTART:20260302T140000Z", "DTEND:20260302T144500Z", "SUMMARY:Screening call")),
        SOURCE,
      ),
    );
    expect(doc).toMatchObject({
      kind: "invite",
      source: SOURCE,
      start: "2026-03-02T14:00:00.000Z",
      end: "2026-03-02T14:45:00.000Z",
      summary: "Screening call",
    });
    expect(doc.timeZone).toBeUndefined();
  });

  it("reads a TZID that a VTIMEZONE in the file defines", () => {
    const doc = only(
      parseIcs(
        calendar(
          ...BERLIN_VTIMEZONE,
          ...event("DTSTART;TZID=Europe/Berlin:20260210T093000", "DTEND;TZID=Europe/Berlin:20260210T103000"),
        ),
        SOURCE,
      ),
    );
    expect(doc.start).toBe("2026-02-10T08:30:00.000Z");
    expect(doc.end).toBe("2026-02-10T09:30:00.000Z");
    expect(doc.timeZone).toBe("Europe/Berlin");
  });

  it.each([
    ["Pacific Standard Time", "20260716T100000", "2026-07-16T17:00:00.000Z", "America/Los_Angeles"], // PDT -07:00
    ["Pacific Standard Time", "20260115T100000", "2026-01-15T18:00:00.000Z", "America/Los_Angeles"], // PST -08:00
    ['"Pacific Standard Time"', "20260115T100000", "2026-01-15T18:00:00.000Z", "America/Los_Angeles"],
    ["Eastern Standard Time", "20260309T090000", "2026-03-09T13:00:00.000Z", "America/New_York"], // day after DST
    ["Eastern Standard Time", "20260306T090000", "2026-03-06T14:00:00.000Z", "America/New_York"], // before it
    ["GMT Standard Time", "20260701T120000", "2026-07-01T11:00:00.000Z", "Europe/London"],
    ["W. Europe Standard Time", "20260701T120000", "2026-07-01T10:00:00.000Z", "Europe/Berlin"],
    ["Romance Standard Time", "20261201T120000", "2026-12-01T11:00:00.000Z", "Europe/Paris"],
    ["AUS Eastern Standard Time", "20260115T100000", "2026-01-14T23:00:00.000Z", "Australia/Sydney"], // AEDT
    ["AUS Eastern Standard Time", "20260715T100000", "2026-07-15T00:00:00.000Z", "Australia/Sydney"], // AEST
    ["India Standard Time", "20260715T100000", "2026-07-15T04:30:00.000Z", "Asia/Kolkata"],
    [
      "(UTC-08:00) Pacific Time (US & Canada)",
      "20260716T100000",
      "2026-07-16T17:00:00.000Z",
      "America/Los_Angeles",
    ],
    ["America/Chicago", "20260716T100000", "2026-07-16T15:00:00.000Z", "America/Chicago"],
  ])("reads TZID=%s without a VTIMEZONE: %s is %s", (tzid, local, iso, zone) => {
    const doc = only(parseIcs(calendar(...event(`DTSTART;TZID=${tzid}:${local}`)), SOURCE));
    expect(doc.start).toBe(iso);
    expect(doc.timeZone).toBe(zone);
  });

  it.each([
    // 02:30 does not exist on the spring-forward night: the offset before the gap applies (03:30 PDT).
    ["20260308T023000", "2026-03-08T10:30:00.000Z"],
    // 01:30 happens twice on the fall-back night: the first one (PDT) is meant.
    ["20261101T013000", "2026-11-01T08:30:00.000Z"],
    ["20261101T033000", "2026-11-01T11:30:00.000Z"],
  ])("handles the DST edge %s in a Windows zone", (local, iso) => {
    const doc = only(parseIcs(calendar(...event(`DTSTART;TZID=Pacific Standard Time:${local}`)), SOURCE));
    expect(doc.start).toBe(iso);
  });

  it("reads a custom TZID through its VTIMEZONE rules", () => {
    const doc = only(
      parseIcs(
        calendar(
          ...CUSTOM_VTIMEZONE,
          ...event(
            "DTSTART;TZID=Customized Time Zone:20260715T100000",
            "DTEND;TZID=Customized Time Zone:20260715T110000",
          ),
        ),
        SOURCE,
      ),
    );
    expect(doc.start).toBe("2026-07-15T08:00:00.000Z");
    expect(doc.end).toBe("2026-07-15T09:00:00.000Z");
    expect(doc.timeZone).toBeUndefined();
  });

  it("reads an all-day event as UTC midnights without a zone", () => {
    const doc = only(
      parseIcs(calendar(...event("DTSTART;VALUE=DATE:20260420", "DTEND;VALUE=DATE:20260421")), SOURCE),
    );
    expect(doc.start).toBe("2026-04-20T00:00:00.000Z");
    expect(doc.end).toBe("2026-04-21T00:00:00.000Z");
    expect(doc.timeZone).toBeUndefined();
  });

  it("gives an all-day event without DTEND one day", () => {
    const doc = only(parseIcs(calendar(...event("DTSTART;VALUE=DATE:20260228")), SOURCE));
    expect(doc.end).toBe("2026-03-01T00:00:00.000Z");
  });

  it("ends a timed event without DTEND by its DURATION, or leaves the end unknown", () => {
    const withDuration = only(
      parseIcs(calendar(...event("DTSTART:20260302T140000Z", "DURATION:PT1H30M")), SOURCE),
    );
    expect(withDuration.end).toBe("2026-03-02T15:30:00.000Z");
    const without = only(parseIcs(calendar(...event("DTSTART:20260302T140000Z")), SOURCE));
    expect(without.end).toBeUndefined();
  });

  it("reads floating times in the calendar's X-WR-TIMEZONE", () => {
    const doc = only(
      parseIcs(calendar("X-WR-TIMEZONE:Europe/Berlin", ...event("DTSTART:20260715T100000")), SOURCE),
    );
    expect(doc.start).toBe("2026-07-15T08:00:00.000Z");
    expect(doc.timeZone).toBe("Europe/Berlin");
  });

  it("gives UTC times the calendar's X-WR-TIMEZONE as their zone", () => {
    const doc = only(
      parseIcs(calendar("X-WR-TIMEZONE:America/Denver", ...event("DTSTART:20260715T160000Z")), SOURCE),
    );
    expect(doc.start).toBe("2026-07-15T16:00:00.000Z");
    expect(doc.timeZone).toBe("America/Denver");
  });

  it("reads floating times without a calendar zone as UTC, with a warning", () => {
    const { docs, warnings } = ok(parseIcs(calendar(...event("DTSTART:20260715T100000")), SOURCE));
    expect(docs[0]?.start).toBe("2026-07-15T10:00:00.000Z");
    expect(warnings.map((w) => w.message)).toEqual(["DTSTART has no time zone; read as UTC"]);
  });

  it("reads floating times in the reader's zone when it is given, without a warning", () => {
    const { docs, warnings } = ok(
      parseIcs(calendar(...event("DTSTART:20260715T100000")), SOURCE, { floatingZone: "America/Chicago" }),
    );
    expect(docs[0]?.start).toBe("2026-07-15T15:00:00.000Z");
    expect(warnings).toEqual([]);
  });

  it.each([
    ["a number", "7"],
    ["a prefixed IANA-like name", "my_Europe/Berlin"],
    ["a made-up region", "Somewhere/Central"],
  ])("reads a zone the file defines under %s by its own rules", (_name, tzid) => {
    const zone = CUSTOM_VTIMEZONE.map((l) => (l.startsWith("TZID:") ? `TZID:${tzid}` : l));
    const { docs, warnings } = ok(
      parseIcs(
        calendar(
          ...zone,
          ...event(`DTSTART;TZID=${tzid}:20260112T110000`, `DTEND;TZID=${tzid}:20260712T110000`),
        ),
        SOURCE,
      ),
    );
    expect(docs[0]?.start).toBe("2026-01-12T10:00:00.000Z");
    expect(docs[0]?.end).toBe("2026-07-12T09:00:00.000Z");
    expect(warnings).toEqual([]);
  });

  it("warns about a time zone it does not know and reads the time as UTC", () => {
    const { docs, warnings } = ok(
      parseIcs(calendar(...event("DTSTART;TZID=Atlantis/Poseidon:20260715T100000")), SOURCE),
    );
    expect(docs[0]?.start).toBe("2026-07-15T10:00:00.000Z");
    expect(warnings[0]?.message).toContain('time zone "Atlantis/Poseidon" is not known');
    expect(warnings[0]?.line).toBe(7);
  });

  describe("whatever the machine's own zone", () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it.each(["Asia/Tokyo", "America/Los_Angeles", "UTC"])("gives the same instants with TZ=%s", (tz) => {
      process.env.TZ = tz;
      const { docs } = ok(
        parseIcs(
          calendar(
            ...CUSTOM_VTIMEZONE,
            ...event("DTSTART;TZID=Customized Time Zone:20260715T100000"),
            "BEGIN:VEVENT",
            "UID:evt-2@tests.example",
            "DTSTART;VALUE=DATE:20260420",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:evt-3@tests.example",
            "DTSTART;TZID=Tokyo Standard Time:20260420T090000",
            "END:VEVENT",
          ),
          SOURCE,
        ),
      );
      expect(docs.map((d) => d.start)).toEqual([
        "2026-07-15T08:00:00.000Z",
        "2026-04-20T00:00:00.000Z",
        "2026-04-20T00:00:00.000Z",
      ]);
    });
  });
});

describe("parseIcs: content", () => {
  it("reads organizer and attendees from CN and mailto", () => {
    const doc = only(
      parseIcs(
        calendar(
          ...event(
            "DTSTART:20260302T140000Z",
            'ORGANIZER;CN="Okafor, Chidi":mailto:chidi.okafor@hirer.example',
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ilse Varga:MAILTO:ilse@candidate.example",
            "ATTENDEE;RSVP=TRUE:mailto:room-4@hirer.example",
            "ATTENDEE;CN=Dial-in only:invalid:nomail",
          ),
        ),
        SOURCE,
      ),
    );
    expect(doc.organizer).toEqual({ name: "Okafor, Chidi", email: "chidi.okafor@hirer.example" });
    expect(doc.attendees).toEqual([
      { name: "Ilse Varga", email: "ilse@candidate.example" },
      { email: "room-4@hirer.example" },
      { name: "Dial-in only" },
    ]);
  });

  it("unfolds folded lines, parameters included, and unescapes text", () => {
    const doc = only(
      parseIcs(
        calendar(
          ...event(
            "DTSTART:20260302T140000Z",
            "SUMMARY:Second round with the platf",
            " orm team",
            "DESCRIPTION:Bring your notes\\, please.\\nWe meet on the fourth fl",
            " oor.",
            "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marguerite",
            "  Olsen:mailto:m.olsen@hirer.exa",
            " mple",
          ),
        ),
        SOURCE,
      ),
    );
    expect(doc.summary).toBe("Second round with the platform team");
    expect(doc.description).toBe("Bring your notes, please.\nWe meet on the fourth floor.");
    expect(doc.attendees).toEqual([{ name: "Marguerite Olsen", email: "m.olsen@hirer.example" }]);
  });

  it("reads a recurring series as one invite with its first start", () => {
    const { docs } = ok(
      parseIcs(
        calendar(
          ...event(
            "DTSTART;TZID=W. Europe Standard Time:20260105T100000",
            "DTEND;TZID=W. Europe Standard Time:20260105T103000",
            "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=6",
            "EXDATE;TZID=W. Europe Standard Time:20260112T100000",
            "SUMMARY:Weekly check-in during the trial",
          ),
          "BEGIN:VEVENT",
          "UID:evt-1@tests.example",
          "RECURRENCE-ID;TZID=W. Europe Standard Time:20260119T100000",
          "DTSTART;TZID=W. Europe Standard Time:20260119T140000",
          "SUMMARY:Weekly check-in (moved)",
          "END:VEVENT",
        ),
        SOURCE,
      ),
    );
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      start: "2026-01-05T09:00:00.000Z",
      end: "2026-01-05T09:30:00.000Z",
      summary: "Weekly check-in during the trial",
      timeZone: "Europe/Berlin",
    });
  });

  it("does not choke on a recurrence rule node-ical would reject", () => {
    const doc = only(
      parseIcs(calendar(...event("DTSTART:20260302T140000Z", "RRULE:FREQ=SOMETIMES")), SOURCE),
    );
    expect(doc.start).toBe("2026-03-02T14:00:00.000Z");
  });

  it("reads each VEVENT of a calendar", () => {
    const { docs } = ok(
      parseIcs(
        calendar(
          ...event("DTSTART:20260302T140000Z", "SUMMARY:First"),
          "BEGIN:VEVENT",
          "UID:evt-2@tests.example",
          "DTSTART:20260309T140000Z",
          "SUMMARY:Second",
          "BEGIN:VALARM",
          "ACTION:DISPLAY",
          "TRIGGER:-PT15M",
          "DESCRIPTION:Reminder",
          "END:VALARM",
          "END:VEVENT",
        ),
        SOURCE,
      ),
    );
    expect(docs.map((d) => [d.summary, d.description])).toEqual([
      ["First", undefined],
      ["Second", undefined],
    ]);
  });

  it("skips a stray line with a warning and reads the rest", () => {
    const { docs, warnings } = ok(
      parseIcs(
        calendar(...event("DTSTART:20260302T140000Z", "this line is not a property", "SUMMARY:Kept")),
        SOURCE,
      ),
    );
    expect(docs[0]?.summary).toBe("Kept");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 8, excerpt: "this line is not a property" });
  });

  it("says so when a calendar has no events", () => {
    const result = parseIcs(
      calendar("BEGIN:VTODO", "UID:t1", "SUMMARY:Send references", "END:VTODO"),
      SOURCE,
    );
    const { docs, warnings } = ok(result);
    expect(docs).toEqual([]);
    expect(warnings[0]?.message).toContain("no events");
  });
});

describe("parseIcs: bad input", () => {
  const good = event("DTSTART:20260302T140000Z", "DTEND:20260302T150000Z", "SUMMARY:Fine");

  it.each<[string, string, RegExp, number | undefined]>([
    ["plain text", "Dear hiring team,\nthank you for your time.\n", /not an iCalendar file/, 1],
    ["an empty file", "", /empty/, undefined],
    ["blank lines only", "\n\n  \n", /empty/, undefined],
    ["a vCard", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Someone\r\nEND:VCARD\r\n", /expected BEGIN:VCALENDAR/, 1],
    ["binary bytes", "%PDF-1.7\n\u0000\u0001\u0002", /binary/, undefined],
    [
      "a file cut off inside its event",
      calendar(...good).slice(0, calendar(...good).indexOf("DTEND") + 9),
      /truncated/,
      4,
    ],
    [
      "DTEND that is not a date",
      calendar(...event("DTSTART:20260302T140000Z", "DTEND:half past three")),
      /DTEND "half past three" is not a date/,
      8,
    ],
    [
      "DTEND in month 13",
      calendar(...event("DTSTART:20260302T140000Z", "DTEND:20261302T150000Z")),
      /DTEND "20261302T150000Z" is not a date/,
      8,
    ],
    [
      "DTEND on 31 April",
      calendar(...event("DTSTART;VALUE=DATE:20260430", "DTEND;VALUE=DATE:20260431")),
      /is not a date/,
      8,
    ],
    [
      "DTEND before DTSTART",
      calendar(...event("DTSTART:20260302T140000Z", "DTEND:20260302T130000Z")),
      /DTEND 20260302T130000Z is before DTSTART 20260302T140000Z/,
      8,
    ],
    ["no DTSTART", calendar(...event("SUMMARY:When?")), /no DTSTART/, 4],
    [
      "a bad DURATION",
      calendar(...event("DTSTART:20260302T140000Z", "DURATION:an hour")),
      /not a duration/,
      8,
    ],
    [
      "a VEVENT that is never closed",
      calendar("BEGIN:VEVENT", "UID:x", "DTSTART:20260302T140000Z"),
      /BEGIN:VEVENT has no END:VEVENT/,
      4,
    ],
  ])("fails on %s, saying what is wrong", (_name, text, message, line) => {
    const [first, ...rest] = problems(parseIcs(text, SOURCE));
    const all = [first, ...rest].map((p) => p?.message).join(" | ");
    expect(all).toMatch(message);
    expect(first?.source).toBe(SOURCE);
    if (line !== undefined) expect([first, ...rest].map((p) => p?.line)).toContain(line);
  });

  it("keeps the good events when one is bad, with a warning naming the bad one", () => {
    const { docs, warnings } = ok(
      parseIcs(
        calendar(
          ...good,
          "BEGIN:VEVENT",
          "UID:evt-2@tests.example",
          "DTSTART:20260309T140000Z",
          "DTEND:not yet decided",
          "END:VEVENT",
        ),
        SOURCE,
      ),
    );
    expect(docs.map((d) => d.summary)).toEqual(["Fine"]);
    expect(warnings).toHaveLength(1);
    expect(formatProblem(warnings[0] ?? { source: "", message: "" })).toMatch(
      /^invite\.ics:14: DTEND "not yet decided" is not a date/,
    );
  });

  it("keeps the complete events of a truncated file, with a warning", () => {
    const text = calendar(...good, ...event("DTSTART:20260309T140000Z", "DTEND:20260309T150000Z"));
    const cut = text.slice(0, text.lastIndexOf("DTEND"));
    const { docs, warnings } = ok(parseIcs(cut, SOURCE));
    expect(docs.map((d) => d.summary)).toEqual(["Fine"]);
    expect(warnings.map((w) => w.message).join(" | ")).toMatch(/truncated/);
  });

  it("fails on a file over 5 MB without reading it", () => {
    const text = calendar(...good) + "X".repeat(MAX_ICS_CHARS);
    expect(problems(parseIcs(text, SOURCE))[0]?.message).toMatch(/MB/);
  });

  it("gets through pathological input of the largest size it reads", () => {
    const oneLine = `BEGIN:VCALENDAR\r\n${"a;".repeat(2_000_000)}\r\n`;
    const manyBegins = `BEGIN:VCALENDAR\r\n${"BEGIN:VEVENT\r\n".repeat(300_000)}`;
    const quotes = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nATTENDEE;CN="${'"'.repeat(1_000_000)}\r\nEND:VEVENT\r\n`;
    for (const text of [oneLine, manyBegins, quotes]) {
      expect(text.length).toBeLessThan(MAX_ICS_CHARS);
      expect(parseIcs(text, SOURCE).ok).toBe(false);
    }
  });
});

describeShared("parseIcs: the sample corpus", () => {
  const files = caseNames()
    .map((c) => join(CASES, c, "invite.ics"))
    .filter((f) => existsSync(f));

  it("has invites to read", () => expect(files.length).toBeGreaterThan(0));
  it.each(files)("reads %s", (file) => {
    const { docs, warnings } = ok(parseIcs(readFileSync(file, "utf8"), file));
    expect(warnings).toEqual([]);
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      expect(doc.start).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(doc.end).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(Date.parse(doc.end ?? "")).toBeGreaterThan(Date.parse(doc.start ?? ""));
      expect(doc.organizer?.email).toContain("@");
      expect(doc.attendees.length).toBeGreaterThan(0);
    }
  });
});
