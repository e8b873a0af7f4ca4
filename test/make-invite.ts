/** A person as a calendar line writes them: `CN=Name:mailto:address`. */
export interface InvitePerson {
  name: string;
  email: string;
}

/** A one-event calendar invite (.ics text, CRLF lines) for tests. Everyone in tests is made up. */
export function makeInvite(o: {
  uid: string;
  /** UTC, as iCalendar writes it: 20260310T100000Z. */
  start: string;
  end: string;
  summary: string;
  organizer: InvitePerson;
  attendees: InvitePerson[];
}): string {
  const person = (p: InvitePerson) => `CN=${p.name}:mailto:${p.email}`;
  return [
    "BEGIN:VCALENDAR",
    "BEGIN:VEVENT",
    `UID:${o.uid}`,
    `DTSTART:${o.start}`,
    `DTEND:${o.end}`,
    `SUMMARY:${o.summary}`,
    `ORGANIZER;${person(o.organizer)}`,
    ...o.attendees.map((a) => `ATTENDEE;${person(a)}`),
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}
