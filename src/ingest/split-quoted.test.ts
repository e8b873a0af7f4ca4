import { describe, expect, it } from "vitest";
import { splitQuoted } from "./split-quoted.js";

const lines = (...l: string[]): string => l.join("\n");

describe("splitQuoted", () => {
  it.each<[string, string, string, string]>([
    [
      "no quote at all",
      lines("Hi Sam,", "", "Thanks for today.", "", "Lena"),
      lines("Hi Sam,", "", "Thanks for today.", "", "Lena"),
      "",
    ],
    [
      "a Gmail attribution on one line",
      lines(
        "Works for me.",
        "",
        "On Tue, 3 Feb 2026 at 10:02, Priya <p@x.example> wrote:",
        "> Does Thursday suit?",
        ">",
        "> Priya",
      ),
      "Works for me.",
      lines(
        "On Tue, 3 Feb 2026 at 10:02, Priya <p@x.example> wrote:",
        "> Does Thursday suit?",
        ">",
        "> Priya",
      ),
    ],
    [
      "an attribution wrapped over two lines",
      lines(
        "Works for me.",
        "",
        "On Tue, 3 Feb 2026 at 10:02, Priya Raman <priya.raman@x.example>",
        "wrote:",
        "> Does Thursday suit?",
      ),
      "Works for me.",
      lines(
        "On Tue, 3 Feb 2026 at 10:02, Priya Raman <priya.raman@x.example>",
        "wrote:",
        "> Does Thursday suit?",
      ),
    ],
    [
      "an Apple Mail attribution",
      lines("Yes please.", "", "On 3 Feb 2026, at 10:02, Priya wrote:", "", "> Shall I send the brief?"),
      "Yes please.",
      lines("On 3 Feb 2026, at 10:02, Priya wrote:", "", "> Shall I send the brief?"),
    ],
    [
      "a German attribution",
      lines("Passt.", "", "Am Di., 3. Feb. 2026 um 10:02 Uhr schrieb Jonas <j@x.example>:", "> Termin?"),
      "Passt.",
      lines("Am Di., 3. Feb. 2026 um 10:02 Uhr schrieb Jonas <j@x.example>:", "> Termin?"),
    ],
    [
      "an Outlook Original Message separator",
      lines(
        "See below.",
        "",
        "-----Original Message-----",
        "From: Dana Whitlock",
        "Sent: Monday, March 2, 2026 9:14 AM",
        "Hello",
      ),
      "See below.",
      lines(
        "-----Original Message-----",
        "From: Dana Whitlock",
        "Sent: Monday, March 2, 2026 9:14 AM",
        "Hello",
      ),
    ],
    [
      "an Outlook header block without separator",
      lines(
        "Thursday is fine.",
        "",
        "Kind regards,",
        "Marco",
        "",
        "From: Dana Whitlock <dana@hirer.example>",
        "Sent: Monday, March 2, 2026 9:14 AM",
        "To: Marco Bellini <marco@candidate.example>",
        "Subject: Next steps",
        "",
        "Hi Marco, can we talk on Thursday?",
      ),
      lines("Thursday is fine.", "", "Kind regards,", "Marco"),
      lines(
        "From: Dana Whitlock <dana@hirer.example>",
        "Sent: Monday, March 2, 2026 9:14 AM",
        "To: Marco Bellini <marco@candidate.example>",
        "Subject: Next steps",
        "",
        "Hi Marco, can we talk on Thursday?",
      ),
    ],
    [
      "a bold header block from an HTML mail",
      lines("Noted.", "*From:* Dana <dana@hirer.example>", "*Date:* 2 March 2026", "Earlier text"),
      "Noted.",
      lines("*From:* Dana <dana@hirer.example>", "*Date:* 2 March 2026", "Earlier text"),
    ],
    [
      "an underscore separator",
      lines("Thanks!", "", "________________________________", "From: Dana", "Earlier"),
      "Thanks!",
      lines("________________________________", "From: Dana", "Earlier"),
    ],
    [
      "a forwarded message",
      lines("FYI", "", "---------- Forwarded message ---------", "From: Dana"),
      "FYI",
      lines("---------- Forwarded message ---------", "From: Dana"),
    ],
    [
      "> lines between new text",
      lines("> Can you start in May?", "Yes, from the 4th.", "> And the salary band?", "That works."),
      lines("Yes, from the 4th.", "That works."),
      lines("> Can you start in May?", "> And the salary band?"),
    ],
    [
      "an attribution above an unmarked earlier message",
      lines("Sounds good.", "", "On 2 Mar 2026, Kim wrote:", "", "Shall we meet at ten?", "Kim"),
      "Sounds good.",
      lines("On 2 Mar 2026, Kim wrote:", "", "Shall we meet at ten?", "Kim"),
    ],
    [
      "an attribution in another language wrapped inside the address",
      lines("Noted.", "2026-03-02 18:00 Kim Ode <", "kim@x.example> пишет:", "", "> See you then."),
      "Noted.",
      lines("2026-03-02 18:00 Kim Ode <", "kim@x.example> пишет:", "> See you then."),
    ],
    [
      "a From:/Date: attribution above a marked quote, and the answer below",
      lines(
        "From: Kim <kim@x.example>",
        "Date: Mon, 2 Mar 2026 18:00",
        "",
        "> Could you send it today?",
        "",
        "Sent.",
      ),
      "Sent.",
      lines("From: Kim <kim@x.example>", "Date: Mon, 2 Mar 2026 18:00", "> Could you send it today?"),
    ],
    [
      "a bottom-posted reply under its quote",
      lines(
        "On Mon, 2 Mar 2026 at 18:00, Ola <ola@x.example> wrote:",
        "> Thanks for the call.",
        "",
        "Glad it went well. Can you do a second call on Friday?",
      ),
      "Glad it went well. Can you do a second call on Friday?",
      lines("On Mon, 2 Mar 2026 at 18:00, Ola <ola@x.example> wrote:", "> Thanks for the call."),
    ],
    [
      "answers written between the quoted questions",
      lines(
        "Hi Ola,",
        "",
        "On 2 Mar 2026, Kim <kim@x.example>",
        "wrote:",
        "> When could you start?",
        "",
        "In June.",
        "",
        "> And your notice period?",
        "",
        "One month.",
      ),
      lines("Hi Ola,", "", "", "In June.", "", "", "One month."),
      lines(
        "On 2 Mar 2026, Kim <kim@x.example>",
        "wrote:",
        "> When could you start?",
        "> And your notice period?",
      ),
    ],
    [
      "an attribution in another language above a quote",
      lines("Noted, thanks.", "", "2026-03-02 18:00 Kim <kim@x.example> пишет:", "> See you then."),
      "Noted, thanks.",
      lines("2026-03-02 18:00 Kim <kim@x.example> пишет:", "> See you then."),
    ],
  ])("splits %s", (_name, input, text, quoted) => {
    expect(splitQuoted(input)).toEqual({ text, quoted });
  });

  it.each([
    ["a sentence starting with On", lines("On balance I think it went well.", "I wrote: a lot of notes.")],
    ["a From: line with no Sent:", lines("From: the team's side, all good.", "", "Best,", "Ana")],
    [
      "prose that ends with wrote:",
      lines("On that note, here is what the interviewer wrote:", "be concise."),
    ],
    ["a signature", lines("Talk soon,", "--", "Lena Fischer", "Senior Analyst")],
    ["a dated line ending in a colon with no quote below", lines("Agenda for 4 March:", "- intro", "- tour")],
  ])("leaves %s in the text", (_name, input) => {
    expect(splitQuoted(input)).toEqual({ text: input, quoted: "" });
  });

  it("reads CRLF and trims the text", () => {
    expect(splitQuoted("\r\n\r\nHello\r\n\r\nOn Mon, 2 Mar 2026, Dana wrote:\r\n> hi\r\n")).toEqual({
      text: "Hello",
      quoted: "On Mon, 2 Mar 2026, Dana wrote:\n> hi",
    });
  });

  it("handles a very long quoted tail", () => {
    const tail = Array.from({ length: 300_000 }, (_, i) => `> line ${i}`).join("\n");
    const { text, quoted } = splitQuoted(`New text\nOn 1 Mar 2026, A wrote:\n${tail}`);
    expect(text).toBe("New text");
    expect(quoted.endsWith("> line 299999")).toBe(true);
  });
});
