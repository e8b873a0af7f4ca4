import { describe, expect, it } from "vitest";
import { ACTION_KINDS, type Action, type ActionKind, type Plan } from "./action.js";
import {
  foldLine,
  formatDueShort,
  formatReminders,
  icsEscape,
  reminderDescription,
  reminderSummary,
  reminderUid,
} from "./format-reminders.js";

const NOW = "2026-02-03T18:45:00-08:00";
const encoder = new TextEncoder();
const strictDecoder = new TextDecoder("utf-8", { fatal: true });

const octets = (s: string) => encoder.encode(s).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");
const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));

/** The unfolded content lines of a calendar. */
function contentLines(ics: string): string[] {
  return unfold(ics)
    .split("\r\n")
    .filter((l) => l !== "");
}

/** The values of a property in each VEVENT, in order (the event's own, not its alarm's). */
function eventValues(ics: string, name: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const line of contentLines(ics)) {
    if (line === "BEGIN:VEVENT") depth = 1;
    else if (line === "BEGIN:VALARM") depth = 2;
    else if (line === "END:VALARM") depth = 1;
    else if (line === "END:VEVENT") depth = 0;
    else if (depth === 1 && (line.startsWith(`${name}:`) || line.startsWith(`${name};`))) {
      out.push(line.slice(line.indexOf(":") + 1));
    }
  }
  return out;
}

const thankYou: Action = {
  kind: "thank-you",
  due: "2026-02-04T16:00:00-08:00",
  why: "24 hours after the interview ended (invite.ics)",
  text: "Hi Rafael, thank you for the conversation today.",
};
const statusCheck: Action = {
  kind: "status-check",
  due: "2026-02-12T09:00:00-08:00",
  why: "Rafael said you would hear by Wednesday; a day after that",
};

describe("icsEscape", () => {
  it.each([
    ["plain text", "plain text"],
    ["a, b", "a\\, b"],
    ["a; b", "a\\; b"],
    ["C:\\path\\file", "C:\\\\path\\\\file"],
    ["one\ntwo", "one\\ntwo"],
    ["one\r\ntwo", "one\\ntwo"],
    ["one\rtwo", "one\\ntwo"],
    ["a:b", "a:b"],
    ['say "hi"', 'say "hi"'],
    ["tab\there", "tab\there"],
    ["bell\u0007 and del\u007f", "bell and del"],
    ["Zoë, café; 🎉\n", "Zoë\\, café\\; 🎉\\n"],
  ])("%j → %j", (input, expected) => {
    expect(icsEscape(input)).toBe(expected);
  });

  it("a backslash before n stays a backslash and an n", () => {
    expect(unescapeText(icsEscape("\\n is not a newline"))).toBe("\\n is not a newline");
  });
});

describe("foldLine", () => {
  it("leaves a line of up to 75 octets alone", () => {
    const line = `SUMMARY:${"x".repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it("folds the 76th octet onto a continuation line", () => {
    const line = `SUMMARY:${"x".repeat(68)}`;
    expect(foldLine(line)).toBe(`SUMMARY:${"x".repeat(67)}\r\n x`);
  });

  it.each([
    ["accents (2 octets)", "é"],
    ["CJK (3 octets)", "面"],
    ["emoji (4 octets)", "🎉"],
  ])("never splits %s and keeps every physical line within 75 octets", (_, ch) => {
    for (let prefix = 0; prefix < 5; prefix++) {
      const line = `DESCRIPTION:${"a".repeat(prefix)}${ch.repeat(60)}`;
      const physical = foldLine(line).split("\r\n");
      expect(physical.length).toBeGreaterThan(1);
      for (const [i, p] of physical.entries()) {
        expect(octets(p)).toBeLessThanOrEqual(75);
        if (i > 0) expect(p.startsWith(" ")).toBe(true);
        // A split character would not decode on its own.
        expect(() => strictDecoder.decode(encoder.encode(p))).not.toThrow();
      }
      expect(unfold(foldLine(line))).toBe(line);
    }
  });

  it("fills lines up to the limit rather than folding early", () => {
    const physical = foldLine(`X:${"y".repeat(300)}`).split("\r\n");
    expect(physical.slice(0, -1).map(octets)).toEqual(physical.slice(0, -1).map(() => 75));
  });
});

describe("formatReminders", () => {
  it("writes a calendar with the required properties and CRLF line endings only", () => {
    const ics = formatReminders({ actions: [thankYou, statusCheck] }, { now: NOW });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(ics).toContain("\r\nCALSCALE:GREGORIAN\r\n");
    expect(ics).toContain("\r\nMETHOD:PUBLISH\r\n");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(eventValues(ics, "DTSTAMP")).toEqual(["20260204T024500Z", "20260204T024500Z"]);
  });

  it("gives each event an alarm 30 minutes before, a summary, a description and a 30-minute slot", () => {
    const ics = formatReminders({ actions: [thankYou, statusCheck] }, { now: NOW });
    const lines = contentLines(ics);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines.filter((l) => l === "BEGIN:VALARM")).toHaveLength(2);
    expect(lines.filter((l) => l === "ACTION:DISPLAY")).toHaveLength(2);
    expect(lines.filter((l) => l === "TRIGGER:-PT30M")).toHaveLength(2);
    expect(eventValues(ics, "SUMMARY")).toEqual([
      "Debrief: send the thank-you note",
      "Debrief: ask where things stand",
    ]);
    expect(eventValues(ics, "DESCRIPTION").map(unescapeText)).toEqual([
      "24 hours after the interview ended (invite.ics)\n\nText to send:\nHi Rafael, thank you for the conversation today.",
      "Rafael said you would hear by Wednesday; a day after that",
    ]);
    expect(eventValues(ics, "DTEND")).toEqual(["20260205T003000Z", "20260212T173000Z"]);
  });

  it("folds a long description with emoji and accents, and unfolding gives it back", () => {
    const why =
      "Zoë et André à l'équipe 🎉: merci, c'est très apprécié; «déjà vu» — naïve façade, crème brûlée 🍮, " +
      "señor Muñoz 👋🏽 and the Ångström team 🚀; see C:\\notes\\jour-1.md,\nthen the next line, ünd so weiter …!";
    expect(why.length).toBeGreaterThanOrEqual(200);
    const ics = formatReminders(
      { actions: [{ ...thankYou, why, text: "Dank je wel 🙏, Zoë" }] },
      { now: NOW },
    );
    for (const physical of ics.split("\r\n")) {
      expect(octets(physical)).toBeLessThanOrEqual(75);
      expect(() => strictDecoder.decode(encoder.encode(physical))).not.toThrow();
    }
    expect(ics.split("\r\n").some((l) => l.startsWith(" "))).toBe(true);
    const [description] = eventValues(ics, "DESCRIPTION");
    expect(unescapeText(description ?? "")).toBe(`${why}\n\nText to send:\nDank je wel 🙏, Zoë`);
  });

  it("gives the same UIDs on every call, whatever the time of the call", () => {
    const plan: Plan = { actions: [thankYou, statusCheck] };
    const first = eventValues(formatReminders(plan, { now: NOW }), "UID");
    const again = eventValues(formatReminders(plan, { now: "2026-02-09T08:00:00Z" }), "UID");
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(2);
    expect(first[0]).toMatch(/^debrief-thank-you-[0-9a-f]{16}@debrief\.local$/);
  });

  it("bases the UID on kind, due instant and title", () => {
    const base = reminderUid(thankYou, { title: "Pinecrest" });
    // The same instant written in another offset is the same reminder.
    expect(reminderUid({ ...thankYou, due: "2026-02-05T00:00:00Z" }, { title: "Pinecrest" })).toBe(base);
    expect(reminderUid({ ...thankYou, why: "reworded", text: "edited" }, { title: "Pinecrest" })).toBe(base);
    expect(reminderUid({ ...thankYou, due: "2026-02-04T17:00:00-08:00" }, { title: "Pinecrest" })).not.toBe(
      base,
    );
    expect(reminderUid({ ...thankYou, kind: "status-check" }, { title: "Pinecrest" })).not.toBe(base);
    expect(reminderUid(thankYou, { title: "Another case" })).not.toBe(base);
    expect(reminderUid(thankYou, { title: "Pinecrest", uidDomain: "example.net" })).toMatch(/@example\.net$/);
  });

  it("skips done and undated actions, and plans nothing once settled", () => {
    const plan: Plan = {
      actions: [
        { ...thankYou, done: true },
        { kind: "keep-salary-consistent", why: "you gave a figure; keep to it" },
        statusCheck,
      ],
    };
    const ics = formatReminders(plan, { now: NOW });
    expect(eventValues(ics, "SUMMARY")).toEqual(["Debrief: ask where things stand"]);
    const settled = formatReminders(
      { actions: [statusCheck], settled: { outcome: "rejected", note: "they said no" } },
      { now: NOW },
    );
    expect(settled).not.toContain("BEGIN:VEVENT");
  });

  it("writes a valid empty calendar for a plan with nothing dated", () => {
    const ics = formatReminders({ actions: [] }, { now: NOW });
    expect(contentLines(ics)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Debrief//Debrief reminders//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "END:VCALENDAR",
    ]);
  });

  it.each([
    ["a -08:00 offset", "2026-02-04T16:00:00-08:00", "20260205T000000Z", "20260205T003000Z"],
    ["UTC", "2026-02-04T16:00:00Z", "20260204T160000Z", "20260204T163000Z"],
    ["a +05:30 offset", "2026-02-04T09:15:00+05:30", "20260204T034500Z", "20260204T041500Z"],
    ["a compact +0100 offset", "2026-02-04T09:00:00+0100", "20260204T080000Z", "20260204T083000Z"],
    // US daylight saving begins Sun 8 Mar 2026: the interview was in PST (-08:00), the due is in PDT.
    ["PDT, the day after the change", "2026-03-09T10:00:00-07:00", "20260309T170000Z", "20260309T173000Z"],
    ["PDT, just after the change", "2026-03-08T03:30:00-07:00", "20260308T103000Z", "20260308T110000Z"],
    ["PST, just before the change", "2026-03-08T01:30:00-08:00", "20260308T093000Z", "20260308T100000Z"],
    // Europe leaves summer time on Sun 25 Oct 2026.
    ["CET, after the change", "2026-10-26T09:00:00+01:00", "20261026T080000Z", "20261026T083000Z"],
    ["a slot across midnight UTC", "2026-12-31T23:45:00Z", "20261231T234500Z", "20270101T001500Z"],
  ])("puts DTSTART in UTC for %s", (_, due, start, end) => {
    const ics = formatReminders({ actions: [{ ...thankYou, due }] }, { now: NOW });
    expect(eventValues(ics, "DTSTART")).toEqual([start]);
    expect(eventValues(ics, "DTEND")).toEqual([end]);
  });

  it("makes a bare date an all-day event whose alarm rings at 09:00 on the day", () => {
    const ics = formatReminders({ actions: [{ ...statusCheck, due: "2026-02-28" }] }, { now: NOW });
    const lines = contentLines(ics);
    expect(lines).toContain("DTSTART;VALUE=DATE:20260228");
    expect(lines).toContain("DTEND;VALUE=DATE:20260301");
    expect(lines).toContain("TRIGGER:PT9H");
  });

  it("keeps a time without an offset floating", () => {
    const ics = formatReminders({ actions: [{ ...statusCheck, due: "2026-02-12T09:00:00" }] }, { now: NOW });
    expect(eventValues(ics, "DTSTART")).toEqual(["20260212T090000"]);
    expect(eventValues(ics, "DTEND")).toEqual(["20260212T093000"]);
  });

  it("names the calendar after the title, escaped", () => {
    const ics = formatReminders({ actions: [] }, { now: NOW, title: "Pinecrest Labs, backend; round 1" });
    expect(contentLines(ics)).toContain("X-WR-CALNAME:Pinecrest Labs\\, backend\\; round 1");
  });

  it.each([
    ["a due that is not a date", { actions: [{ ...thankYou, due: "next Tuesday" }] }, NOW],
    ["a due on 30 February", { actions: [{ ...thankYou, due: "2026-02-30T10:00:00Z" }] }, NOW],
    ["a now that is not a date", { actions: [] }, "yesterday"],
  ])("throws on %s (a bug upstream, not user input)", (_, plan: Plan, now) => {
    expect(() => formatReminders(plan, { now })).toThrow(RangeError);
  });
});

describe("reminderSummary and reminderDescription", () => {
  const kinds: readonly ActionKind[] = ACTION_KINDS;

  it("says each kind in its own words", () => {
    const summaries = kinds.map(reminderSummary);
    expect(new Set(summaries).size).toBe(kinds.length);
    for (const s of summaries) expect(s).toMatch(/^[a-z]/);
  });

  it("is the why alone when there is no text to send", () => {
    expect(reminderDescription(statusCheck)).toBe(statusCheck.why);
    expect(reminderDescription({ ...statusCheck, text: "  " })).toBe(statusCheck.why);
  });
});

describe("formatDueShort", () => {
  it.each([
    ["2026-02-10T14:45:00-08:00", "Tue 10 Feb 14:45"],
    ["2026-02-11T09:05:00+01:00", "Wed 11 Feb 09:05"],
    ["2026-02-28", "Sat 28 Feb"],
    ["2026-03-01T00:00:00Z", "Sun 1 Mar 00:00"],
    ["not a date", "not a date"],
  ])("%s → %s, in the due's own offset", (due, expected) => {
    expect(formatDueShort(due)).toBe(expected);
  });
});

describe("a due by the end of a day", () => {
  const endOfDay: Action = {
    kind: "status-check",
    due: "2026-02-13T23:59:59-08:00",
    why: "They said word would come by Fri 6 Feb; a week past it.",
  };

  it("reminds on the morning of that day, not at 23:29", () => {
    const ics = formatReminders({ actions: [endOfDay] }, { now: NOW });
    // 09:00 on Fri 13 Feb in the due's own zone (-08:00) is 17:00 UTC.
    expect(eventValues(ics, "DTSTART")).toEqual(["20260213T170000Z"]);
    expect(unfold(ics)).toContain("TRIGGER:PT0M");
    expect(unfold(ics)).not.toContain("T073000Z");
  });

  it("is shown as the end of that day", () => {
    expect(formatDueShort("2026-02-13T23:59:59-08:00")).toBe("Fri 13 Feb, end of day");
    expect(formatDueShort("2026-02-13T16:00:00-08:00")).toBe("Fri 13 Feb 16:00");
  });
});
