/*
 * Mail and calendar files for tests, composed as text. People are written "Name <address>".
 * Everyone in tests is made up.
 */

/** One message as an .eml file: headers and a plain-text body, CRLF as mail is sent. */
export function emlText(m: {
  from: string;
  to: string;
  subject: string;
  date: string;
  id: string;
  inReplyTo?: string;
  body: string;
}): string {
  return [
    `From: ${m.from}`,
    `To: ${m.to}`,
    `Subject: ${m.subject}`,
    `Date: ${m.date}`,
    `Message-ID: <${m.id}>`,
    ...(m.inReplyTo ? [`In-Reply-To: <${m.inReplyTo}>`, `References: <${m.inReplyTo}>`] : []),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    ...m.body.split("\n"),
    "",
  ].join("\r\n");
}

/** "Name <address>" as a calendar line writes it: `CN=Name:mailto:address`. */
function calendarPerson(p: string): string {
  const [, name, address] = /^(.*) <(.*)>$/.exec(p) ?? [];
  return `CN=${name}:mailto:${address}`;
}

/** A one-event calendar invite (.ics, CRLF lines); times in UTC as iCalendar writes them: 20260310T100000Z. */
export function icsText(o: {
  summary: string;
  start: string;
  end: string;
  organizer: string;
  attendees: string[];
  uid?: string;
}): string {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Debrief tests//EN",
    "BEGIN:VEVENT",
    `UID:${o.uid ?? `${o.start}@tests.example`}`,
    "DTSTAMP:20260220T090000Z",
    `DTSTART:${o.start}`,
    `DTEND:${o.end}`,
    `SUMMARY:${o.summary}`,
    `ORGANIZER;${calendarPerson(o.organizer)}`,
    ...o.attendees.map((a) => `ATTENDEE;${calendarPerson(a)}`),
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}
