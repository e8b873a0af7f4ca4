import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASES, caseNames, describeShared } from "../../test/shared.js";
import type { EmailDoc } from "../core/read/documents.js";
import { MAX_EML_BYTES, parseEml } from "./parse-eml.js";
import { formatProblem, type ParseResult, type Problem } from "./parse-result.js";
import { splitMbox } from "./split-mbox.js";

const SOURCE = "mail.eml";

/** A message from header lines and a body, CRLF as on the wire. */
function mail(headers: string[], body: string): string {
  return `${[...headers, "", body].join("\r\n")}\r\n`;
}

const BASIC = [
  'From: "Whitlock, Dana" <dana.whitlock@hirer.example>',
  "To: Marco Bellini <marco@candidate.example>, panel@hirer.example",
  "Cc: Recruiting <recruiting@hirer.example>",
  "Subject: Next steps",
  "Date: Tue, 3 Feb 2026 10:02:00 +0100",
  "Message-ID: <m2.abc@hirer.example>",
  "In-Reply-To: <m1.xyz@candidate.example>",
  "References: <m0.root@hirer.example>\r\n <m1.xyz@candidate.example>",
  "MIME-Version: 1.0",
];

function ok(result: ParseResult<EmailDoc>): { doc: EmailDoc; warnings: Problem[] } {
  if (!result.ok) throw new Error(`expected ok, got ${result.problems.map(formatProblem).join("; ")}`);
  return { doc: result.value, warnings: result.warnings };
}

function problemsOf(result: ParseResult<EmailDoc>): Problem[] {
  if (result.ok) throw new Error(`expected failure, got ${JSON.stringify(result.value)}`);
  return result.problems;
}

describe("parseEml: headers", () => {
  it("reads addresses, date, subject and thread ids", async () => {
    const { doc, warnings } = ok(
      await parseEml(
        mail([...BASIC, "Content-Type: text/plain; charset=utf-8"], "Hi Marco,\r\n\r\nThursday?"),
        SOURCE,
      ),
    );
    expect(warnings).toEqual([]);
    expect(doc).toEqual({
      kind: "email",
      source: SOURCE,
      from: { name: "Whitlock, Dana", email: "dana.whitlock@hirer.example" },
      to: [{ name: "Marco Bellini", email: "marco@candidate.example" }, { email: "panel@hirer.example" }],
      cc: [{ name: "Recruiting", email: "recruiting@hirer.example" }],
      date: "2026-02-03T09:02:00.000Z",
      subject: "Next steps",
      messageId: "<m2.abc@hirer.example>",
      inReplyTo: "<m1.xyz@candidate.example>",
      references: ["<m0.root@hirer.example>", "<m1.xyz@candidate.example>"],
      isAutomatic: false,
      text: "Hi Marco,\n\nThursday?",
    });
  });

  it.each([
    ["a UTF-8 base64 encoded word", "=?UTF-8?B?SW50ZXJ2aWV3IGF0IEPDtmxu?=", "Interview at Cöln"],
    ["an ISO-8859-1 Q encoded word", "=?ISO-8859-1?Q?R=E9sum=E9_received?=", "Résumé received"],
    ["encoded words next to each other", "=?UTF-8?Q?Caf=C3=A9?= =?UTF-8?Q?_chat?=", "Café chat"],
    ["encoded and plain text", "Re: =?utf-8?q?Gespr=C3=A4ch?= tomorrow", "Re: Gespräch tomorrow"],
  ])("decodes %s in the subject", async (_name, header, subject) => {
    const { doc } = ok(await parseEml(mail(["From: a@hirer.example", `Subject: ${header}`], "x"), SOURCE));
    expect(doc.subject).toBe(subject);
  });

  it("flattens address groups and splits comma-separated references", async () => {
    const { doc } = ok(
      await parseEml(
        mail(
          [
            "From: a@hirer.example",
            "To: Panel: one@hirer.example, Two <two@hirer.example>;, me@candidate.example",
            "References: <r1@x.example>,<r2@x.example>",
          ],
          "x",
        ),
        SOURCE,
      ),
    );
    expect(doc.to.map((p) => p.email)).toEqual([
      "one@hirer.example",
      "two@hirer.example",
      "me@candidate.example",
    ]);
    expect(doc.references).toEqual(["<r1@x.example>", "<r2@x.example>"]);
  });

  it("warns about a missing Date header and leaves the date out", async () => {
    const { doc, warnings } = ok(await parseEml(mail(["From: a@hirer.example", "Subject: hi"], "x"), SOURCE));
    expect(doc.date).toBeUndefined();
    expect(warnings.map((w) => w.message)).toEqual(["no Date header; the message is undated"]);
  });

  it("warns about a Date that is not a date", async () => {
    const { doc, warnings } = ok(
      await parseEml(mail(["From: a@hirer.example", "Date: sometime on Tuesday"], "x"), SOURCE),
    );
    expect(doc.date).toBeUndefined();
    expect(warnings[0]?.message).toBe('Date "sometime on Tuesday" is not a date; the message is undated');
  });

  it.each([
    ["a weekday, month, day and time", "Wed Mar 04 09:30:00 +0100"],
    ["a day and month only", "4 Mar 09:30 -0500"],
  ])("leaves a Date with no year undated, with a warning: %s", async (_name, header) => {
    const { doc, warnings } = ok(
      await parseEml(mail(["From: a@hirer.example", `Date: ${header}`], "x"), SOURCE),
    );
    expect(doc.date).toBeUndefined();
    expect(warnings[0]?.message).toBe(`Date "${header}" has no year; the message is undated`);
  });

  it.each([
    ["a four-digit year", "Wed, 4 Mar 2026 09:30:00 +0100", "2026-03-04T08:30:00.000Z"],
    ["an obsolete two-digit year", "4 Mar 26 09:30 +0000", "2026-03-04T09:30:00.000Z"],
  ])("reads a Date with %s", async (_name, header, iso) => {
    const { doc } = ok(await parseEml(mail(["From: a@hirer.example", `Date: ${header}`], "x"), SOURCE));
    expect(doc.date).toBe(iso);
  });

  it("reads the body of a message with no blank line after its headers, with a warning", async () => {
    const raw = [
      "From: a@hirer.example",
      "Date: 4 Mar 2026 09:30 +0000",
      "We will ring you tomorrow.",
      "Kim",
      "",
    ];
    const { doc, warnings } = ok(await parseEml(raw.join("\r\n"), SOURCE));
    expect(doc.text).toBe("We will ring you tomorrow.\nKim");
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [3, "no blank line after the headers; the body is read from the first line that is not a header"],
    ]);
  });

  it("keeps folded header lines as headers", async () => {
    const raw = ["From: a@hirer.example", "Subject: One", " and two", "", "Body", ""];
    const { doc, warnings } = ok(await parseEml(raw.join("\n"), SOURCE));
    expect(doc.subject).toBe("One and two");
    expect(doc.text).toBe("Body");
    expect(warnings.map((w) => w.message)).not.toContain(
      "no blank line after the headers; the body is read from the first line that is not a header",
    );
  });

  it("warns about a missing From and reads the rest", async () => {
    const { doc, warnings } = ok(
      await parseEml(
        mail(["To: me@candidate.example", "Date: Mon, 2 Mar 2026 09:00:00 +0000"], "Body"),
        SOURCE,
      ),
    );
    expect(doc.from).toBeUndefined();
    expect(doc.text).toBe("Body");
    expect(warnings.map((w) => w.message)).toEqual(["no From address; the sender is unknown"]);
  });

  it("reads bytes, an mbox From line and blank lines before the headers", async () => {
    const text = `\r\nFrom dana@hirer.example Mon Mar  2 09:00:00 2026\r\n${mail(["From: dana@hirer.example", "Subject: Bytes"], "Hello")}`;
    const { doc } = ok(await parseEml(new TextEncoder().encode(text), SOURCE));
    expect(doc).toMatchObject({ subject: "Bytes", text: "Hello", from: { email: "dana@hirer.example" } });
  });
});

describe("parseEml: messages of an mbox", () => {
  it("reads each message split from an mbox, >From lines unescaped", async () => {
    const mbox = [
      "From dana@hirer.example Mon Mar  2 09:00:00 2026",
      "From: Dana <dana@hirer.example>",
      "Date: Mon, 2 Mar 2026 09:00:00 +0000",
      "Subject: One",
      "",
      ">From our side, all good.",
      "",
      "From marco@candidate.example Mon Mar  2 10:00:00 2026",
      "From: Marco <marco@candidate.example>",
      "Date: Mon, 2 Mar 2026 10:00:00 +0000",
      "Subject: Two",
      "",
      "Thanks!",
      "",
    ].join("\n");
    const docs: EmailDoc[] = [];
    for (const { raw } of splitMbox(mbox)) docs.push(ok(await parseEml(raw, SOURCE)).doc);
    expect(docs.map((d) => [d.from?.email, d.subject, d.text])).toEqual([
      ["dana@hirer.example", "One", "From our side, all good."],
      ["marco@candidate.example", "Two", "Thanks!"],
    ]);
  });
});

describe("parseEml: automatic mail", () => {
  it.each<[string, string[], boolean]>([
    ["Auto-Submitted: auto-replied", ["Auto-Submitted: auto-replied"], true],
    [
      "Auto-Submitted: auto-generated with a comment",
      ["Auto-Submitted: auto-generated; owner-email=x@y"],
      true,
    ],
    ["Auto-Submitted: no", ["Auto-Submitted: no"], false],
    ["X-Autoreply", ["X-Autoreply: yes"], true],
    ["X-Autorespond", ["X-Autorespond: on"], true],
    ["Precedence: auto_reply", ["Precedence: auto_reply"], true],
    ["Precedence: bulk", ["Precedence: bulk"], true],
    ["Precedence: junk", ["Precedence: junk"], true],
    ["Precedence: list", ["Precedence: list"], false],
    ["an Automatic reply subject", ["Subject: Automatic reply: Thank you"], true],
    ["an Out of Office subject", ["Subject: Out of Office: back Monday"], true],
    ["an Autoreply subject", ["Subject: Autoreply: on leave"], true],
    ["an ordinary reply", ["Subject: Re: Thank you"], false],
    ["a subject that mentions office", ["Subject: Welcome to our office"], false],
  ])("%s is automatic: %s", async (_name, headers, automatic) => {
    const { doc } = ok(await parseEml(mail(["From: a@hirer.example", ...headers], "x"), SOURCE));
    expect(doc.isAutomatic).toBe(automatic);
  });
});

describe("parseEml: bodies", () => {
  const base = ["From: a@hirer.example", "Date: Mon, 2 Mar 2026 09:00:00 +0000", "MIME-Version: 1.0"];

  it("decodes a quoted-printable body", async () => {
    const body = "Caf=C3=A9 at 10? The office is a long wa=\r\nlk from the station =E2=80=93 sorry.";
    const { doc } = ok(
      await parseEml(
        mail(
          [...base, "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
          body,
        ),
        SOURCE,
      ),
    );
    expect(doc.text).toBe("Café at 10? The office is a long walk from the station – sorry.");
  });

  it("decodes a base64 body", async () => {
    const body = Buffer.from("Grüße aus Köln.\nBis Donnerstag!", "utf8")
      .toString("base64")
      .replace(/(.{60})/g, "$1\r\n");
    const { doc } = ok(
      await parseEml(
        mail([...base, "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"], body),
        SOURCE,
      ),
    );
    expect(doc.text).toBe("Grüße aus Köln.\nBis Donnerstag!");
  });

  it("reads a Latin-1 body by its label", async () => {
    const head = mail(
      [...base, "Content-Type: text/plain; charset=iso-8859-1", "Content-Transfer-Encoding: 8bit"],
      "",
    );
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(head),
      ...[0x44, 0xe9, 0x6a, 0xe0, 0x20, 0x76, 0x75],
    ]);
    const { doc } = ok(await parseEml(bytes, SOURCE));
    expect(doc.text).toBe("Déjà vu");
  });

  it("turns an HTML-only body into text", async () => {
    const html =
      "<html><head><style>p{color:red}</style></head><body><p>Hi Marco,</p>" +
      "<p>We&rsquo;d like you to meet the team &amp; see the lab.<br>Does Friday work?</p>" +
      "<ul><li>10:00</li><li>14:00</li></ul></body></html>";
    const { doc } = ok(
      await parseEml(mail([...base, "Content-Type: text/html; charset=utf-8"], html), SOURCE),
    );
    expect(doc.text).toBe(
      "Hi Marco,\n\nWe’d like you to meet the team & see the lab.\nDoes Friday work?\n\n- 10:00\n- 14:00",
    );
  });

  it("prefers the plain part of multipart/alternative", async () => {
    const body = [
      "--alt-1",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Plain version.",
      "--alt-1",
      "Content-Type: text/html; charset=utf-8",
      "",
      "<p>HTML version.</p>",
      "--alt-1--",
    ].join("\r\n");
    const { doc, warnings } = ok(
      await parseEml(mail([...base, 'Content-Type: multipart/alternative; boundary="alt-1"'], body), SOURCE),
    );
    expect(doc.text).toBe("Plain version.");
    expect(warnings).toEqual([]);
  });

  it("reads the parts by the boundary they use when Content-Type names another, with a warning", async () => {
    const body = [
      "This is a multi-part message in MIME format.",
      "--real-boundary",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Text behind a broken boundary.",
      "--real-boundary",
      "Content-Type: text/html; charset=utf-8",
      "",
      "<p>Text behind a broken boundary.</p>",
      "--real-boundary--",
    ].join("\r\n");
    const { doc, warnings } = ok(
      await parseEml(
        mail([...base, 'Content-Type: multipart/alternative;\r\n boundary="declared-one"'], body),
        SOURCE,
      ),
    );
    expect(doc.text).toBe("Text behind a broken boundary.");
    expect(warnings.map((w) => w.message)).toEqual([
      'the MIME boundary "declared-one" in Content-Type is not the one the parts use; read them by "--real-boundary"',
    ]);
  });

  it("reads the parts of a multipart without a boundary parameter, with a warning", async () => {
    const body = ["--b1", "Content-Type: text/plain", "", "Found anyway.", "--b1--"].join("\r\n");
    const { doc, warnings } = ok(
      await parseEml(mail([...base, "Content-Type: multipart/mixed"], body), SOURCE),
    );
    expect(doc.text).toBe("Found anyway.");
    expect(warnings[0]?.message).toMatch(/without a boundary/);
  });

  it("reads a multipart with no parts at all as plain text, with a warning", async () => {
    const { doc, warnings } = ok(
      await parseEml(
        mail([...base, 'Content-Type: multipart/mixed; boundary="zz"'], "Just text, no parts."),
        SOURCE,
      ),
    );
    expect(doc.text).toBe("Just text, no parts.");
    expect(warnings[0]?.message).toMatch(/no parts; read it as plain text/);
  });

  it("reads UTF-8 under an unknown charset label as UTF-8, with warnings", async () => {
    const { doc, warnings } = ok(
      await parseEml(
        mail(
          [...base, "Content-Type: text/plain; charset=utf-eight", "Content-Transfer-Encoding: 8bit"],
          "Ça va très bien.",
        ),
        SOURCE,
      ),
    );
    expect(doc.text).toBe("Ça va très bien.");
    expect(warnings.map((w) => w.message)).toEqual([
      'unknown charset "utf-eight"; its text was read as Windows-1252',
      "the text was UTF-8 under another charset label; read it as UTF-8",
    ]);
  });

  it("reads UTF-8 labelled us-ascii as UTF-8, with a warning", async () => {
    const { doc, warnings } = ok(
      await parseEml(
        mail(
          [...base, "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 8bit"],
          "Grüße, Zoë",
        ),
        SOURCE,
      ),
    );
    expect(doc.text).toBe("Grüße, Zoë");
    expect(warnings).toHaveLength(1);
  });

  it("warns when there is no text, only an attachment", async () => {
    const body = [
      "--m",
      "Content-Type: application/pdf; name=cv.pdf",
      "Content-Disposition: attachment; filename=cv.pdf",
      "Content-Transfer-Encoding: base64",
      "",
      "JVBERi0xLjcK",
      "--m--",
    ].join("\r\n");
    const { doc, warnings } = ok(
      await parseEml(mail([...base, 'Content-Type: multipart/mixed; boundary="m"'], body), SOURCE),
    );
    expect(doc.text).toBe("");
    expect(warnings.map((w) => w.message)).toEqual(["no readable text: the message has only attachments"]);
  });
});

describe("parseEml: quoted earlier messages", () => {
  it("keeps a Gmail-style quote apart", async () => {
    const body = [
      "Hi Priya,",
      "",
      "Thursday at 2pm works well for me.",
      "",
      "Best,",
      "Marco",
      "",
      "On Tue, 3 Feb 2026 at 10:02, Priya <p@x.example> wrote:",
      "> Hi Marco,",
      ">",
      "> Could you do Thursday afternoon?",
    ].join("\r\n");
    const { doc } = ok(
      await parseEml(mail(["From: marco@candidate.example", "Subject: Re: Panel"], body), SOURCE),
    );
    expect(doc.text).toBe("Hi Priya,\n\nThursday at 2pm works well for me.\n\nBest,\nMarco");
    expect(doc.quoted).toBe(
      "On Tue, 3 Feb 2026 at 10:02, Priya <p@x.example> wrote:\n> Hi Marco,\n>\n> Could you do Thursday afternoon?",
    );
  });

  it("keeps new text under a format=flowed quote whose line ends in a space", async () => {
    const raw = mail(
      [
        "From: kim@hirer.example",
        "Date: 4 Mar 2026 10:00 +0000",
        'Content-Type: text/plain; charset=utf-8; format="flowed"',
      ],
      "On 3 Mar 2026, Ann wrote:\r\n> Thanks for the call \r\n> today.\r\nGlad it went well. A second \r\nround is next.",
    );
    const { doc } = ok(await parseEml(raw, SOURCE));
    expect(doc.text).toBe("Glad it went well. A second round is next.");
    expect(doc.quoted).toBe("On 3 Mar 2026, Ann wrote:\n> Thanks for the call today.");
  });

  it("keeps an Outlook-style header block apart", async () => {
    const body = [
      "Thanks Dana, confirmed.",
      "",
      "Marco",
      "",
      "From: Dana Whitlock <dana.whitlock@hirer.example>",
      "Sent: Monday, March 2, 2026 4:15 PM",
      "To: Marco Bellini <marco@candidate.example>",
      "Subject: Final round",
      "",
      "Hi Marco, we would like to invite you to a final round.",
    ].join("\r\n");
    const { doc } = ok(
      await parseEml(mail(["From: marco@candidate.example", "Subject: RE: Final round"], body), SOURCE),
    );
    expect(doc.text).toBe("Thanks Dana, confirmed.\n\nMarco");
    expect(doc.quoted?.split("\n")[0]).toBe("From: Dana Whitlock <dana.whitlock@hirer.example>");
    expect(doc.quoted).toContain("invite you to a final round");
  });

  it("keeps a blockquote of an HTML reply apart", async () => {
    const html =
      '<div dir="ltr">Sounds great, see you then.</div><br><div class="gmail_quote">' +
      "<div>On Wed, 4 Mar 2026 at 09:15, Dana &lt;dana@hirer.example&gt; wrote:<br></div>" +
      "<blockquote>Shall we say 10am?</blockquote></div>";
    const { doc } = ok(
      await parseEml(
        mail(["From: marco@candidate.example", "Content-Type: text/html; charset=utf-8"], html),
        SOURCE,
      ),
    );
    expect(doc.text).toBe("Sounds great, see you then.");
    expect(doc.quoted).toBe(
      "On Wed, 4 Mar 2026 at 09:15, Dana <dana@hirer.example> wrote:\n\n> Shall we say 10am?",
    );
  });

  it("has no quoted part when nothing is quoted", async () => {
    const { doc } = ok(await parseEml(mail(["From: a@hirer.example"], "Just this."), SOURCE));
    expect(doc.quoted).toBeUndefined();
  });
});

describe("parseEml: not mail", () => {
  const pdf = new Uint8Array([
    ...new TextEncoder().encode("%PDF-1.7\n%"),
    0xe2,
    0xe3,
    0xcf,
    0xd3,
    ...new TextEncoder().encode("\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
  ]);

  it.each<[string, string | Uint8Array, RegExp]>([
    ["a PDF's bytes", pdf, /not an email: the file is a PDF document/],
    ["a PDF read as text", new TextDecoder("latin1").decode(pdf), /PDF/],
    ["a zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), /zip/],
    ["an Outlook .msg", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /\.msg/],
    ["binary data", new Uint8Array([0x41, 0x3a, 0x00, 0x01, 0x02]), /binary/],
    ["an empty file", "", /empty/],
    ["blank lines", "\r\n\r\n  \r\n", /empty/],
    ["prose", "Dear hiring team,\nthank you for your time today.\n", /does not start with header lines/],
    [
      "a note with a colon",
      "Note: ask about the team size\nand the on-call rota\n",
      /none of From, To, Subject/,
    ],
  ])("fails on %s", async (_name, raw, message) => {
    const [problem] = problemsOf(await parseEml(raw, SOURCE));
    expect(problem?.message).toMatch(message);
    expect(problem?.source).toBe(SOURCE);
  });

  it("fails on a file over 25 MB without reading it", async () => {
    const raw = new Uint8Array(MAX_EML_BYTES + 1);
    expect(problemsOf(await parseEml(raw, SOURCE))[0]?.message).toMatch(/25 MB/);
  });
});

describeShared("parseEml: the sample corpus", () => {
  const files = caseNames().flatMap((c) => {
    const dir = join(CASES, c, "emails");
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".eml"))
          .map((f) => join(dir, f))
      : [];
  });

  it("has mail to read", () => expect(files.length).toBeGreaterThan(0));
  it.each(files)("reads %s", async (file) => {
    const { doc, warnings } = ok(await parseEml(readFileSync(file), file));
    expect(warnings).toEqual([]);
    expect(doc.from?.email).toContain("@");
    expect(doc.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(doc.text.length).toBeGreaterThan(0);
  });
});
