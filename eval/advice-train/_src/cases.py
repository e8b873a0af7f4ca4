"""Writes the made-up training case folders in eval/advice-train/cases (issue 14): each a kind of date the
plan must get right, in the blind set's format (eval/advice/README.md: inputs + expected-advice.json).
Everyone and everything is made up. Rebuild: cd eval/advice-train/_src && python3 cases.py (deterministic)."""
import json
import os
import shutil

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cases")


def ics(summary, start, end, organizer, attendees, tzid=None):
    def person(p):
        name, addr = p.split(" <")
        return f"CN={name}:mailto:{addr.rstrip('>')}"
    when = (
        [f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}"]
        if tzid
        else [f"DTSTART:{start}", f"DTEND:{end}"]
    )
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Advice training//EN", "BEGIN:VEVENT",
             f"UID:{start}-{summary[:8].replace(' ', '')}@training.example", "DTSTAMP:20261101T090000Z", *when,
             f"SUMMARY:{summary}", f"ORGANIZER;{person(organizer)}",
             *[f"ATTENDEE;{person(a)}" for a in attendees], "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def eml(frm, to, subject, date, mid, body, reply=None, extra=()):
    head = [f"From: {frm}", f"To: {to}", f"Subject: {subject}", f"Date: {date}", f"Message-ID: <{mid}>"]
    if reply:
        head += [f"In-Reply-To: <{reply}>", f"References: <{reply}>"]
    head += list(extra) + ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", ""]
    return "\r\n".join(head + body.split("\n") + [""])


def case(slug, files, expected):
    d = os.path.join(ROOT, slug)
    os.makedirs(d, exist_ok=True)
    for name, text in files.items():
        path = os.path.join(d, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    with open(os.path.join(d, "expected-advice.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=2, ensure_ascii=False)
        f.write("\n")


def act(kind, due, done=False):
    return {"kind": kind, "due": due, "done": done}


shutil.rmtree(ROOT, ignore_errors=True)

ME = "Wren Castellane <wren.castellane@fastmail.com>"

# "Friday week": the Friday of the week after, not this one.
case("friday-week-notes", {
    "invite.ics": ics("Harrow & Finch: paralegal interview", "20261110T100000Z", "20261110T110000Z",
                      "Odile Marchetti <odile.marchetti@harrowfinch.example>", [ME]),
    "notes.md": "# Harrow & Finch, paralegal\n\nMet Odile Marchetti (senior associate).\n\n"
                "- talked through the disclosure bundles and the e-filing backlog\n"
                "- she liked my tribunal casework\n"
                "- Odile said they'll let me know by Friday week, once the partners have met.\n",
}, {"now": "2026-11-12T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Odile Marchetti"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-11T11:00:00+00:00"), act("status-check", "2026-11-27T23:59:00+00:00")],
    "why": "Said Tue 10 Nov: 'Friday week' is Fri 20 Nov; the check a week later."})

# "The week after next", said in a transcript.
case("week-after-next-transcript", {
    "invite.ics": ics("Corvane Labs: data engineer, first interview", "20261112T140000Z", "20261112T150000Z",
                      "Bastien Oduya <bastien.oduya@corvane.example>", [ME]),
    "transcript.vtt": "WEBVTT\n\n00:00:05.000 --> 00:00:12.000\n<v Bastien Oduya>Thanks for joining, Wren. Shall we start with the pipelines you run now?\n\n"
                      "00:10:00.000 --> 00:10:20.000\n<v Wren Castellane>Sure. We batch the meter readings every night and I moved the joins into dbt last spring.\n\n"
                      "00:52:00.000 --> 00:52:20.000\n<v Bastien Oduya>Great. We're seeing two more people this week, so you'll hear back from us the week after next.\n\n"
                      "00:55:00.000 --> 00:55:06.000\n<v Wren Castellane>Thank you, that sounds good.\n",
}, {"now": "2026-11-13T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Bastien Oduya"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-13T14:55:00+00:00"), act("status-check", "2026-12-04T23:59:00+00:00")],
    "why": "Said Thu 12 Nov: the week after next ends Fri 27 Nov; the transcript ends 14:55."})

# A thank-you drafted in the notes, and a reminder to send it, is not a thank-you sent.
case("thank-you-drafted-not-sent", {
    "invite.ics": ics("Tollgate Housing: tenancy officer interview", "20261116T093000Z", "20261116T101500Z",
                      "Priyanka Lowe <priyanka.lowe@tollgatehousing.example>", [ME]),
    "notes.md": "# Tollgate Housing, tenancy officer\n\nPanel: Priyanka Lowe and Dermot Haig.\n"
                "They asked about arrears cases and a difficult home visit.\n"
                "Priyanka said a decision by Friday 27 November.\n\n"
                "Haven't sent the thank you yet - need to do it tonight.\n\n"
                "Thank-you draft:\n> Hi Priyanka, thank you for your time this morning...\n",
}, {"now": "2026-11-16T14:00:00+00:00", "candidate": "Wren Castellane",
    "interviewers": ["Priyanka Lowe", "Dermot Haig"], "settled": None,
    "actions": [act("thank-you", "2026-11-17T10:15:00+00:00"), act("status-check", "2026-12-04T23:59:00+00:00")],
    "why": "The thank-you is a draft and a reminder, not sent."})

# The interview's day and hours told in a sentence of the notes, no invite.
case("time-in-prose", {
    "notes.md": "Notes after my interview at Pellworth Logistics\n\n"
                "The interview was on Wednesday 18 November at 2.30pm with Gideon Ashby, the ops manager. "
                "We wrapped up at ten past three.\n\n"
                "He walked me round the cross-dock and asked how I'd handle a late trailer.\n"
                "No word on when they'd decide.\n",
}, {"now": "2026-11-19T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Gideon Ashby"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-19T15:10:00+00:00"), act("status-check", None)],
    "why": "Day and hours in prose; no date promised."})

# A tracking system's automatic notice after the promised date is not word from the company.
case("portal-notice-after-promise", {
    "invite.ics": ics("Brisk Analytics: analyst interview", "20261110T150000Z", "20261110T160000Z",
                      "Mabel Ortiz <mabel.ortiz@briskanalytics.example>", [ME]),
    "notes.md": "# Brisk Analytics, analyst\n\nMabel Ortiz and one of her leads.\n"
                "Mostly SQL and a case on churn.\nMabel: they'll decide by Friday 20 November.\n",
    "emails/01-thanks.eml": eml(ME, "Mabel Ortiz <mabel.ortiz@briskanalytics.example>",
                                "Thank you for today", "Tue, 10 Nov 2026 18:00:00 +0000", "ty1@fastmail.example",
                                "Hi Mabel,\n\nThank you for your time today, I enjoyed the churn case.\n\nBest,\nWren"),
    "emails/02-portal.eml": eml("Brisk Analytics <no-reply@myworkdayjobs.com>", ME,
                                "Your application status has changed", "Mon, 23 Nov 2026 07:12:00 +0000",
                                "wd-20261123@myworkdayjobs.com",
                                "Hello Wren,\n\nThe status of your application for Analyst has changed to: Closed.\n"
                                "Log in to your candidate home to see your applications."),
}, {"now": "2026-11-30T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Mabel Ortiz"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-11T16:00:00+00:00", True), act("status-check", "2026-11-27T23:59:00+00:00")],
    "why": "The portal's automatic notice is no word from a person: the check stays a week after the 20th."})

# A second round booked by mail, then moved twice: the last time counts.
case("round-two-moved-twice", {
    "invite.ics": ics("Quarrystone: product designer, first interview", "20261116T110000Z", "20261116T120000Z",
                      "Ines Varga <ines.varga@quarrystone.example>", [ME]),
    "notes.md": "# Quarrystone, product designer\n\nIness Varga and Tom Achebe. Portfolio walk-through, the booking flow.\n",
    "emails/01-invite.eml": eml("Ines Varga <ines.varga@quarrystone.example>", ME,
                                "Second interview at Quarrystone", "Wed, 18 Nov 2026 10:00:00 +0000", "r2a@quarrystone.example",
                                "Hi Wren,\n\nThanks again for Monday. We'd love to invite you to a second interview with our CTO "
                                "on Monday 23 November at 10:00. Same video link.\n\nBest,\nInes"),
    "emails/02-move.eml": eml("Ines Varga <ines.varga@quarrystone.example>", ME,
                              "Change of time: your second interview", "Fri, 20 Nov 2026 09:00:00 +0000", "r2b@quarrystone.example",
                              "Hi Wren,\n\nOur CTO has a clash on Monday. Could we move it to Wednesday 25 November at 15:00 instead?\n\nBest,\nInes"),
    "emails/03-move-again.eml": eml("Ines Varga <ines.varga@quarrystone.example>", ME,
                                    "Re: Change of time: your second interview", "Tue, 24 Nov 2026 08:30:00 +0000",
                                    "r2c@quarrystone.example",
                                    "Hi Wren,\n\nSorry to do this again: can we make it Thursday 26 November at 11:00? Same link.\n\nInes",
                                    reply="r2b@quarrystone.example"),
}, {"now": "2026-11-24T12:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Ines Varga", "Tom Achebe"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-17T12:00:00+00:00"), act("prepare-next-round", "2026-11-26T11:00:00+00:00")],
    "why": "Moved twice: 26 Nov 11:00 counts; a round booked means no status check."})

# Said on a Friday afternoon: "on Monday" is the coming Monday, across the weekend.
case("friday-says-monday", {
    "invite.ics": ics("Nettlebed Dental: practice manager interview", "20261113T160000Z", "20261113T170000Z",
                      "Carys Penrose <carys.penrose@nettlebed.example>", [ME]),
    "notes.md": "# Nettlebed Dental, practice manager\n\nCarys Penrose, the principal.\n"
                "- the rota, the NHS contract targets\n- Carys: \"We'll call you on Monday either way.\"\n",
}, {"now": "2026-11-14T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Carys Penrose"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-14T17:00:00+00:00"), act("status-check", "2026-11-23T23:59:00+00:00")],
    "why": "Monday 16 Nov, a week later 23 Nov."})

# "Friday next week" said on a Thursday: the Friday of next week, not tomorrow.
case("friday-next-week-thursday", {
    "invite.ics": ics("Lindqvist Freight: customs coordinator", "20261119T130000Z", "20261119T140000Z",
                      "Ola Brenner <ola.brenner@lindqvistfreight.example>", [ME]),
    "notes.md": "# Lindqvist Freight, customs coordinator\n\nOla Brenner.\nQuestions on tariff codes and a late shipment.\n"
                "Ola: they'll get back to me on Friday next week.\n",
}, {"now": "2026-11-20T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Ola Brenner"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-20T14:00:00+00:00"), act("status-check", "2026-12-04T23:59:00+00:00")],
    "why": "Said Thu 19 Nov: Friday next week is 27 Nov."})

# An invite in a Windows zone name across daylight saving (Sydney in December is +11).
case("windows-zone-summer", {
    "invite.ics": ics("Kestrel Water: graduate engineer", "20261201T100000", "20261201T110000",
                      "Aroha Finch <aroha.finch@kestrelwater.example>", [ME], tzid="AUS Eastern Standard Time"),
    "notes.md": "# Kestrel Water, graduate engineer\n\nAroha Finch. Pump stations, my thesis on leak detection.\n"
                "She said they will let me know by Friday 11 December.\n",
}, {"now": "2026-12-02T09:00:00+11:00", "candidate": "Wren Castellane", "interviewers": ["Aroha Finch"],
    "settled": None,
    "actions": [act("thank-you", "2026-12-02T11:00:00+11:00"), act("status-check", "2026-12-18T23:59:00+11:00")],
    "why": "AEDT in December: 10:00-11:00 +11."})

# The interview's day and time in a sentence, no date line at the top.
case("prose-date-scheduled-for", {
    "notes.md": "Warehouse shift lead - Ostrava Parts\n\n"
                "The interview was scheduled for Monday, November 30 at 10:00 a.m. and lasted about an hour, "
                "with Radek Novy (site manager) and someone from HR.\n\n"
                "Walked the picking floor. He asked about forklift certificates and the night shift.\n",
}, {"now": "2026-11-30T18:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Radek Novy"],
    "settled": None,
    "actions": [act("thank-you", "2026-12-01T11:00:00+00:00"), act("status-check", None)],
    "why": "Day and start in prose, an hour long."})

case("prose-date-numeric", {
    "notes.md": "Job: planner, Fenwick Mills\nDate: 30/11/2026, 14:00-14:45, phone\nWith: Agnes Moyo\n\n"
                "She asked about MRP runs and supplier lead times.\nAgnes will email by Friday.\n",
}, {"now": "2026-12-01T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Agnes Moyo"],
    "settled": None,
    "actions": [act("thank-you", "2026-12-01T14:45:00+00:00"), act("status-check", "2026-12-11T23:59:00+00:00")],
    "why": "Numeric date line with hours; Friday 4 Dec + 7."})

# The day at the top, the time told further down.
case("day-on-top-time-below", {
    "notes.md": "## Tue 24 Nov - Halberd Insurance, claims handler\n\n"
                "Video call with Leona Brandt. Nervous at first.\n"
                "- motor claims, the fraud flags\n- team of 9\n\n"
                "We started a bit late, around 2:10pm, and finished at 3pm.\n"
                "Leona said they'd let me know by Tuesday 1 December.\n",
}, {"now": "2026-11-25T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Leona Brandt"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-25T15:00:00+00:00"), act("status-check", "2026-12-08T23:59:00+00:00")],
    "why": "Finished at 3pm on the day at the top."})

# Notes written days later, dated the day of writing: the interview was 'last Tuesday'.
case("notes-written-later", {
    "notes.md": "Fri 27 Nov\n\nCatching up on notes from my interview last Tuesday with Bram Ekwueme at Solace Care.\n"
                "He asked about medication rounds and a complaint I handled.\n"
                "He said they'd call by Monday.\n",
}, {"now": "2026-11-27T12:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Bram Ekwueme"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-25T23:59:00+00:00"), act("status-check", "2026-12-07T23:59:00+00:00")],
    "why": "Interview Tue 24 Nov (day only, end of day + 24h); 'by Monday' said on the 24th is Mon 30 Nov, +7 = 7 Dec."})

# A second round asked as a question, then confirmed by the candidate's reply.
case("round-two-asked", {
    "invite.ics": ics("Greyfold Studio: junior developer", "20261117T100000Z", "20261117T110000Z",
                      "Nadia Osei <nadia.osei@greyfold.example>", [ME]),
    "notes.md": "# Greyfold, junior developer\n\nNadia Osei and a senior dev. Pairing exercise on a React form.\n",
    "emails/01-ask.eml": eml("Nadia Osei <nadia.osei@greyfold.example>", ME, "Next steps", "Thu, 19 Nov 2026 10:00:00 +0000",
                             "ask@greyfold.example",
                             "Hi Wren,\n\nGood news: the team would like to see you again. Would you be available for a final "
                             "interview with our CTO on Tuesday 1 December at 11:00?\n\nNadia"),
    "emails/02-yes.eml": eml(ME, "Nadia Osei <nadia.osei@greyfold.example>", "Re: Next steps", "Thu, 19 Nov 2026 12:00:00 +0000",
                             "yes@fastmail.example", "Hi Nadia,\n\nYes, Tuesday 1 December at 11:00 works for me. Thank you!\n\nWren",
                             reply="ask@greyfold.example"),
}, {"now": "2026-11-20T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Nadia Osei"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-18T11:00:00+00:00"), act("prepare-next-round", "2026-12-01T11:00:00+00:00")],
    "why": "A final interview asked as a question and accepted: booked."})

# The next round booked in the notes only.
case("round-two-in-notes", {
    "invite.ics": ics("Mirefield Council: planning officer", "20261116T140000Z", "20261116T150000Z",
                      "Hugo Lamb <hugo.lamb@mirefield.example>", [ME]),
    "notes.md": "# Mirefield Council, planning officer\n\nHugo Lamb and Sita Rao.\nAppeals, the local plan.\n\n"
                "Update 18 Nov: Hugo rang - I'm through to the second stage! Presentation to the panel on Thu 3 Dec at 10am.\n",
}, {"now": "2026-11-19T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Hugo Lamb", "Sita Rao"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-17T15:00:00+00:00"), act("prepare-next-round", "2026-12-03T10:00:00+00:00")],
    "why": "The second stage booked in a dated line of the notes."})

# Two days named: word by one, 'at the latest' another.
case("two-days-at-the-latest", {
    "invite.ics": ics("Brightwater Bank: KYC analyst", "20261117T090000Z", "20261117T100000Z",
                      "Esther Kalu <esther.kalu@brightwater.example>", [ME]),
    "transcript.vtt": "WEBVTT\n\n00:00:03.000 --> 00:00:09.000\n<v Esther Kalu>Morning Wren, thanks for making the time.\n\n"
                      "00:40:00.000 --> 00:40:20.000\n<v Wren Castellane>I reviewed about forty files a week, mostly corporate.\n\n"
                      "00:58:00.000 --> 00:58:20.000\n<v Esther Kalu>We'll let you know by Friday, or Monday at the latest.\n",
}, {"now": "2026-11-18T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Esther Kalu"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-18T09:58:00+00:00"), act("status-check", "2026-11-30T23:59:00+00:00")],
    "why": "'Monday at the latest' is the date they can be held to: Mon 23 Nov, +7."})

case("friday-after-next-bare", {
    "invite.ics": ics("Copperline Media: account manager", "20261117T150000Z", "20261117T160000Z",
                      "Theo Marsh <theo.marsh@copperline.example>", [ME]),
    "transcript.vtt": "WEBVTT\n\n00:00:03.000 --> 00:00:09.000\n<v Theo Marsh>Hi Wren, good to meet you.\n\n"
                      "00:50:00.000 --> 00:50:20.000\n<v Theo Marsh>The MD is away, so we'll come back to you Friday after next.\n",
}, {"now": "2026-11-18T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Theo Marsh"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-18T15:50:00+00:00"), act("status-check", "2026-12-04T23:59:00+00:00")],
    "why": "Said Tue 17 Nov: Friday after next is 27 Nov."})

# Written on a Friday about Tuesday's interview: 'by Friday' is the Friday of the interview's week.
case("notes-written-later-by-friday", {
    "notes.md": "Friday 27 November\n\nFinally writing up. My interview on Tuesday with "
                "Ruth Adeyemi at Lowmoor Schools Trust went fine.\n"
                "She asked about safeguarding and the timetable.\n"
                "She said they'll let me know by Friday.\n",
}, {"now": "2026-11-27T12:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Ruth Adeyemi"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-25T23:59:00+00:00"), act("status-check", "2026-12-04T23:59:00+00:00")],
    "why": "Interview Tue 24 Nov; 'by Friday' said then is Fri 27 Nov, +7 = 4 Dec."})

# A numeric date written day first, as most of the world writes it, with the hours on the same line.
case("day-first-numeric-date", {
    "notes.md": "Interview - 01/12/2026, 10:00-11:00, with Sofia Garza (plant manager), Saltillo Components\n\n"
                "She asked about shift handovers and a safety incident.\nNo date given for a decision.\n",
}, {"now": "2026-12-02T08:00:00-06:00", "candidate": "Wren Castellane", "interviewers": ["Sofia Garza"],
    "settled": None,
    "actions": [act("thank-you", "2026-12-02T11:00:00-06:00"), act("status-check", None)],
    "why": "01/12/2026 is 1 December, day first; it ended 11:00."})

# A weekday and the hour at the top, no date.
case("weekday-and-hour-on-top", {
    "notes.md": "Tuesday 3pm - phone interview w/ Dana Whitfield, Orrin Freight\n\n"
                "- asked about route planning, a missed delivery\n- about 40 mins\n"
                "Dana will call by Friday.\n",
}, {"now": "2026-12-02T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Dana Whitfield"],
    "settled": None,
    "actions": [act("thank-you", "2026-12-02T15:40:00+00:00"), act("status-check", "2026-12-11T23:59:00+00:00")],
    "why": "Tue 1 Dec 15:00, about 40 minutes; Friday 4 Dec + 7."})

# The one mail moves a second round that was booked by phone: the move books it.
case("round-two-moved-by-mail-only", {
    "invite.ics": ics("Fernhill Hospital: IT service lead", "20261124T080000Z", "20261124T090000Z",
                      "Thabo Nkosi <thabo.nkosi@fernhill.example>", [ME]),
    "notes.md": "# Fernhill Hospital, IT service lead\n\nThabo Nkosi and the CIO. ITIL, the EHR rollout.\n"
                "Thabo rang on Wednesday: I'm through to a second interview with the board.\n",
    "emails/01-move.eml": eml("Thabo Nkosi <thabo.nkosi@fernhill.example>", ME, "Second interview - new time",
                              "Fri, 27 Nov 2026 09:00:00 +0000", "move@fernhill.example",
                              "Dear Wren,\n\nWe need to move your second interview to Tuesday 8 December at 11:00, as the board "
                              "chair is travelling. Apologies for the change.\n\nThabo"),
}, {"now": "2026-11-30T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Thabo Nkosi"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-25T09:00:00+00:00"), act("prepare-next-round", "2026-12-08T11:00:00+00:00")],
    "why": "The move books round 2 on 8 Dec 11:00; no status check once a round is booked."})

# The next round booked, then moved, in the notes only.
case("round-two-notes-moved", {
    "invite.ics": ics("Ashgrove Legal: associate", "20261123T150000Z", "20261123T160000Z",
                      "Miriam Cole <miriam.cole@ashgrovelegal.example>", [ME]),
    "notes.md": "# Ashgrove Legal, associate\n\nMiriam Cole. Disclosure, a client who went quiet.\n\n"
                "Round 2 booked for Thu 3 Dec 10am with the managing partner.\n"
                "Update 1 Dec: they moved round 2 to Mon 7 Dec at 2pm.\n",
}, {"now": "2026-12-01T18:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Miriam Cole"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-24T16:00:00+00:00"), act("prepare-next-round", "2026-12-07T14:00:00+00:00")],
    "why": "The later line moves round 2: Mon 7 Dec 14:00."})

# A next round jotted in the notes only, no word of booking: 'Stage 2 is…'.
case("stage-two-jotted", {
    "invite.ics": ics("Brackley Water: asset planner", "20261123T100000Z", "20261123T110000Z",
                      "Yusuf Idris <yusuf.idris@brackleywater.example>", [ME]),
    "notes.md": "# Brackley Water, asset planner\n\nYusuf Idris. Pipe condition scores, the capital plan.\n\n"
                "Stage 2 is Tuesday 8 December 11:00 - a case study.\n",
}, {"now": "2026-11-24T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Yusuf Idris"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-24T11:00:00+00:00"), act("prepare-next-round", "2026-12-08T11:00:00+00:00")],
    "why": "Stage 2 on 8 Dec 11:00, jotted; no status check."})

# A next round stated in mail, not asked: 'Your second interview will be on…'.
case("round-two-stated-in-mail", {
    "invite.ics": ics("Pennant Foods: category analyst", "20261123T140000Z", "20261123T150000Z",
                      "Clara Mbeki <clara.mbeki@pennantfoods.example>", [ME]),
    "notes.md": "# Pennant Foods, category analyst\n\nClara Mbeki. Promotions, a range review.\n",
    "emails/01-round2.eml": eml("Clara Mbeki <clara.mbeki@pennantfoods.example>", ME, "Next stage",
                                "Wed, 25 Nov 2026 10:00:00 +0000", "r2@pennantfoods.example",
                                "Hi Wren,\n\nGood news. Your second interview will be on Thursday 3 December at 10:00 "
                                "with our commercial director, at the Leeds office.\n\nClara"),
}, {"now": "2026-11-26T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Clara Mbeki"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-24T15:00:00+00:00"), act("prepare-next-round", "2026-12-03T10:00:00+00:00")],
    "why": "A statement books round 2."})

# Word promised in Portuguese, in the company's mail: 'até sexta-feira, dia 4'.
case("promise-in-portuguese", {
    "invite.ics": ics("Ventura Bebidas: analista de marketing", "20261124T130000Z", "20261124T140000Z",
                      "Beatriz Lopes <beatriz.lopes@venturabebidas.example>", [ME]),
    "notes.md": "# Ventura Bebidas, marketing analyst\n\nBeatriz Lopes. Brand tracking, a launch in the north-east.\n",
    "emails/01-retorno.eml": eml("Beatriz Lopes <beatriz.lopes@venturabebidas.example>", ME, "Processo seletivo",
                                 "Wed, 25 Nov 2026 12:00:00 +0000", "pt1@venturabebidas.example",
                                 "Olá Wren,\n\nObrigada pela conversa de ontem. Vamos dar um retorno até sexta-feira, dia 4.\n\nAbraços,\nBeatriz"),
}, {"now": "2026-11-26T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Beatriz Lopes"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-25T14:00:00+00:00"), act("status-check", "2026-12-11T23:59:00+00:00")],
    "why": "Friday 4 Dec promised in Portuguese; +7 = 11 Dec."})

# The day and the hour on lines of their own, as a form: 'Date: Tuesday' / 'Time: 2:00 PM - 2:45 PM'.
case("date-and-time-lines", {
    "notes.md": "Orrin Freight - dispatcher\n\nTime: 2:00 PM - 2:45 PM\nDate: Tuesday\nWith: Dana Whitfield\n\n"
                "- route planning, a missed delivery\n",
}, {"now": "2026-12-03T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Dana Whitfield"],
    "settled": None,
    "actions": [act("thank-you", "2026-12-02T14:45:00+00:00"), act("status-check", None)],
    "why": "Tue 1 Dec, 14:00-14:45 from the form's lines."})

# "In a few days" counts no days: there is no date to hold them to, so the check has none.
case("few-days-no-date", {
    "notes.md": "Fri 27 Nov, 9:00-9:40 - Lindqvist Tools, stores supervisor\n\nWith Maren Holt (ops manager).\n\n"
                "- stock counts, the night shift rota\n"
                "- Maren: they'll be in touch in a few days with an answer\n",
}, {"now": "2026-11-30T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Maren Holt"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-28T09:40:00+00:00"), act("status-check", None)],
    "why": "'In a few days' names no day: the check has no due date."})

# A deadline told after another event in the same sentence: 'once … on Friday, by Wednesday' is the Wednesday after.
case("deadline-after-event-transcript", {
    "invite.ics": ics("Quillon Print: production planner", "20261125T100000Z", "20261125T104500Z",
                      "Tamsin Achebe <tamsin.achebe@quillonprint.example>", [ME]),
    "transcript.vtt": "WEBVTT\n\n00:00:04.000 --> 00:00:10.000\n<v Tamsin Achebe>Morning Wren, thanks for making the time.\n\n"
                      "00:20:00.000 --> 00:20:15.000\n<v Wren Castellane>At the moment I plan the litho jobs a week out and re-plan daily.\n\n"
                      "00:43:00.000 --> 00:43:20.000\n<v Tamsin Achebe>We'll get back to you once the last interviews are done on Friday, hopefully by Wednesday.\n\n"
                      "00:44:30.000 --> 00:44:35.000\n<v Wren Castellane>Great, thank you.\n",
}, {"now": "2026-11-26T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Tamsin Achebe"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-26T10:44:35+00:00"), act("status-check", "2026-12-09T23:59:00+00:00")],
    "why": "Said Wed 25 Nov: Friday 27 is the event, the Wednesday after it (2 Dec) the deadline; +7 = 9 Dec."})

# A length told after an event's day: the last candidates on Thursday 3 December, word 'two days after that' (Sat 5 Dec).
case("days-after-final-round", {
    "invite.ics": ics("Brackwater Trust: grants officer", "20261124T140000Z", "20261124T150000Z",
                      "Idris Vance <idris.vance@brackwater.example>", [ME]),
    "notes.md": "# Brackwater Trust - grants officer\n\nIdris Vance, head of grants.\n\n"
                "- due diligence on small charities, the spring round\n"
                "- Idris: they see the last two candidates on Thursday 3 December and will get back to me two days after that.\n",
}, {"now": "2026-11-25T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Idris Vance"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-25T15:00:00+00:00"), act("status-check", "2026-12-12T23:59:00+00:00")],
    "why": "Said Tue 24 Nov: the last candidates Thu 3 Dec + 2 days = Sat 5 Dec; +7 = 12 Dec."})

# Two days named with no 'or': 'by Friday, Monday at the latest' holds Monday.
case("friday-monday-at-the-latest", {
    "notes.md": "Tue 24 Nov 2026, 2pm-2:45pm\nCarrow Logistics - fleet coordinator, with Petra Nyland\n\n"
                "- telematics, the winter tyre swap\n"
                "- Petra said they'll let me know by Friday, Monday at the latest.\n",
}, {"now": "2026-11-25T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Petra Nyland"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-25T14:45:00+00:00"), act("status-check", "2026-12-07T23:59:00+00:00")],
    "why": "Said Tue 24 Nov: Monday 30 Nov at the latest; +7 = 7 Dec."})

# A weekday alone at the top, read as the latest such day before now, must come before a later dated entry.
case("weekday-before-later-entry", {
    "notes.md": "Tuesday - Corran Mills, maintenance planner\nWith Fola Adeyemi (engineering manager)\n\n"
                "- planned maintenance schedules, the spares audit\n"
                "- shift cover over Christmas\n"
                "- she asked about CMMS migrations\n\n"
                "Thu 26 Nov: Fola emailed to say they'd decide by Friday 4 December.\n",
}, {"now": "2026-12-03T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Fola Adeyemi"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-25T23:59:00+00:00"), act("status-check", "2026-12-11T23:59:00+00:00")],
    "why": "'Tuesday' is 24 Nov, not 1 Dec: the entry of Thu 26 Nov came after it. Day only: end of day + 24h."})

# The interview's day told in a sentence further down, the hour at the top.
case("day-told-further-down", {
    "notes.md": "Lindgren Audio - support engineer\n10:30 video call with Hamid Osei (support lead)\n\n"
                "- ticket triage, the firmware rollback last spring\n"
                "- he asked how I'd handle an angry studio owner\n"
                "- on-call is one week in six\n"
                "- they use a ticket queue and a wiki\n\n"
                "Interview was Thursday 26 Nov. Hamid said they'd let me know by Friday 4 Dec.\n",
}, {"now": "2026-11-27T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Hamid Osei"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-27T10:30:00+00:00"), act("status-check", "2026-12-11T23:59:00+00:00")],
    "why": "The day is told on line 9, the hour at the top; only the start is given, so the thank-you counts from it."})

# A round moved 'from' its old day 'to' a new one, earlier: the new day counts, not the old.
case("round-two-moved-from-to", {
    "invite.ics": ics("Pellam Foods: category buyer", "20261123T150000Z", "20261123T160000Z",
                      "Ottilie Brandt <ottilie.brandt@pellamfoods.example>", [ME]),
    "notes.md": "# Pellam Foods, category buyer\n\nOttilie Brandt. Supplier reviews, a chilled range relaunch.\n\n"
                "Round 2 booked for Fri 4 Dec 9am with the trading director.\n"
                "Update 1 Dec: Ottilie moved round 2 from Fri 4 Dec to Thu 3 Dec, 10am.\n",
}, {"now": "2026-12-01T18:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Ottilie Brandt"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-24T16:00:00+00:00"), act("prepare-next-round", "2026-12-03T10:00:00+00:00")],
    "why": "'from Fri 4 Dec' is the old day; Thu 3 Dec 10:00 the new."})

# A round moved against the time it had: 'the day before, same time'.
case("round-two-day-before", {
    "invite.ics": ics("Tolland Rail: planning engineer", "20261123T100000Z", "20261123T110000Z",
                      "Jasper Quayle <jasper.quayle@tollandrail.example>", [ME]),
    "notes.md": "# Tolland Rail, planning engineer\n\nJasper Quayle. Possessions planning, a blockade overrun.\n\n"
                "Second interview booked for Thu 3 Dec at 11:00 on site.\n"
                "Update 30 Nov: they moved the second interview to the day before, same time.\n",
}, {"now": "2026-12-01T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Jasper Quayle"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-24T11:00:00+00:00"), act("prepare-next-round", "2026-12-02T11:00:00+00:00")],
    "why": "The day before Thu 3 Dec 11:00 is Wed 2 Dec 11:00."})

# A booking and its move on one line: the time after the words that move it.
case("round-two-moved-same-line", {
    "invite.ics": ics("Hesketh Dental: practice manager", "20261124T090000Z", "20261124T100000Z",
                      "Rosalind Achterberg <rosalind.achterberg@heskethdental.example>", [ME]),
    "notes.md": "# Hesketh Dental, practice manager\n\nRosalind Achterberg. Rota gaps, patient complaints.\n\n"
                "Final interview on Thu 3 Dec at 10am - since moved to Wed 2 Dec, 2pm.\n",
}, {"now": "2026-12-01T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Rosalind Achterberg"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-25T10:00:00+00:00"), act("prepare-next-round", "2026-12-02T14:00:00+00:00")],
    "why": "The line books Thu 3 Dec and moves it to Wed 2 Dec 14:00."})

# Word promised for part of a month after an event: 'after Thursday's panel … by mid-December' is 15 Dec.
case("mid-month-after-panel", {
    "invite.ics": ics("Harlow Vane: finance business partner", "20261201T100000Z", "20261201T110000Z",
                      "Cosima Reyes <cosima.reyes@harlowvane.example>", [ME]),
    "transcript.vtt": "WEBVTT\n\n00:00:04.000 --> 00:00:09.000\n<v Cosima Reyes>Hi Wren, thanks for coming in.\n\n"
                      "00:25:00.000 --> 00:25:12.000\n<v Wren Castellane>I partner the ops directors on the monthly forecast and the capex cases.\n\n"
                      "00:55:00.000 --> 00:55:14.000\n<v Cosima Reyes>The panel meets on Thursday, and after that we'll let everyone know by mid-December.\n\n"
                      "00:58:00.000 --> 00:58:04.000\n<v Wren Castellane>Thank you.\n",
}, {"now": "2026-12-02T09:00:00+00:00", "candidate": "Wren Castellane", "interviewers": ["Cosima Reyes"],
    "settled": None,
    "actions": [act("thank-you", "2026-12-02T10:58:00+00:00"), act("status-check", "2026-12-22T23:59:00+00:00")],
    "why": "Mid-December is the 15th (Thursday is the panel, not the deadline); +7 = 22 Dec."})


# ---------------------------------------------------------------------------------------------------------------
# The notes folders beside the made-up mailboxes saoirse-kavanagh-dublin and tendai-moyo-toronto: each
# interview's notes as the candidate jotted them, with the mail of that process saved as .eml.

SK = "Saoirse Kavanagh <saoirse.kavanagh.pm@gmail.com>"
NIAMH = "Niamh Doherty <niamh.doherty@tallowinquay.example>"
COLM = "Colm Brady <colm.brady@tallowinquay.example>"

# A first interview booked by a calendar invite, thanked, answered with a date, then a final round booked.
case("mailbox-fintech-final-round-booked", {
    "invite.ics": ics("Interview - Saoirse Kavanagh / Colm Brady", "20261109T110000Z", "20261109T114500Z",
                      NIAMH, [COLM, SK]),
    "notes.md": "tallowin quay - colm (GPM payments)\n\n"
                "- started 5 min late, his previous call\n"
                "- refunds flow rebuild, they lose ~2% of volume to chargebacks, he wants\n"
                "  someone to own the disputes roadmap end to end\n"
                "- asked me to walk through the card-controls launch. went ok, rambled on the metrics\n"
                "- he never asked about salary or notice period (Niamh will?)\n"
                "- I asked about team size -> 6 PMs, 40 eng\n"
                "- (note to self: read up on 3DS2 exemptions before round 2)\n"
                "- he said they'd decide on next steps by Friday\n",
    "emails/01-thanks.eml": eml(SK, COLM, "Thank you - Senior Product Manager", "Mon, 09 Nov 2026 16:00:00 +0000",
                                "sk-ty-1@mail.gmail.example",
                                "Hi Colm,\n\nThank you for taking the time to speak with me this morning. I really enjoyed hearing how the team\n"
                                "is rebuilding the refunds flow.\n\nBest regards,\nSaoirse"),
    "emails/02-ooo.eml": eml(COLM, SK, "Automatic reply: Thank you - Senior Product Manager", "Mon, 09 Nov 2026 16:01:00 +0000",
                             "colm-ooo@tallowinquay.example", "I'm out of the office until Wednesday 11 November with limited access to email.",
                             reply="sk-ty-1@mail.gmail.example", extra=("Auto-Submitted: auto-replied",)),
    "emails/03-reply.eml": eml(COLM, SK, "RE: Thank you - Senior Product Manager", "Wed, 11 Nov 2026 10:00:00 +0000",
                               "colm-re-1@tallowinquay.example",
                               "Hi Saoirse,\n\nThanks for the note, I enjoyed it too. We're finishing first rounds this week and we'll make a\n"
                               "decision on next steps by Friday.\n\nColm\n\n-----Original Message-----\nFrom: Saoirse Kavanagh\n"
                               "Subject: Thank you - Senior Product Manager\n\nThank you for taking the time to speak with me this morning.",
                               reply="sk-ty-1@mail.gmail.example"),
    "emails/04-final.eml": eml(NIAMH, SK, "Tallowin Quay - final round", "Mon, 16 Nov 2026 14:00:00 +0000",
                               "niamh-final@tallowinquay.example",
                               "Hi Saoirse,\n\nAs promised, the final round will be on Tuesday 24 November from 13:00 to 15:00 at our office:\n"
                               "a case presentation with Aisling Moran (VP Product) and then 45 minutes with our CTO. Does that work?\n\nNiamh"),
}, {"now": "2026-11-19T12:00:00+00:00", "candidate": "Saoirse Kavanagh", "interviewers": ["Colm Brady"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-10T11:45:00+00:00", True), act("prepare-next-round", "2026-11-24T13:00:00+00:00")],
    "draft_must_not_mention": ["salary", "notice period"], "draft_may_mention": ["refunds flow", "chargebacks"],
    "why": "Thanked the same day; the final round is booked by mail, so no status check."})

# An agency's process: the client's own careers address turns the candidate down, thanking them for interviewing.
case("mailbox-agency-client-rejects", {
    "notes.md": "Larchmont Insurance - Product Owner, Claims (via Ruairi @ Keystone)\n"
                "Wed 11 Nov, 10am, Harcourt St\n\n"
                "Deirdre Fallon (Head of Claims Change) + Paul Geraghty (Product Lead)\n"
                "* claims triage backlog, they want a PO who has done insurance before\n"
                "* I don't have direct claims experience, said so. Paul seemed fine w/ it, Deirdre less so\n"
                "* they did not talk about salary at all\n"
                "* finished around 10:50\n",
    "emails/01-booking.eml": eml("Ruairi Walsh <ruairi.walsh@keystonetalent.example>", SK, "Larchmont - interview Wednesday 11th",
                                 "Fri, 06 Nov 2026 12:00:00 +0000", "ruairi-2@keystonetalent.example",
                                 "Hi Saoirse,\n\nGreat news, Larchmont would like to meet you on Wednesday 11 November at 10am at their\n"
                                 "Harcourt Street office. You'll meet Deirdre Fallon and Paul Geraghty. Can you confirm?\n\nRuairi\n"
                                 "Keystone Talent | Technology Recruitment"),
    "emails/02-thanks-via-agency.eml": eml(SK, "Ruairi Walsh <ruairi.walsh@keystonetalent.example>", "Re: Larchmont - interview Wednesday 11th",
                                           "Wed, 11 Nov 2026 15:00:00 +0000", "sk-ruairi@mail.gmail.example",
                                           "Hi Ruairi, went well I think! Deirdre and Paul were lovely. Could you pass on my thanks? Saoirse",
                                           reply="ruairi-2@keystonetalent.example"),
    "emails/03-decision.eml": eml("Larchmont Insurance Careers <careers@larchmontinsurance.example>", "saoirse.kavanagh.pm@gmail.com",
                                  "Your application: Product Owner, Claims", "Mon, 16 Nov 2026 09:00:00 +0000",
                                  "larch-no@larchmontinsurance.example",
                                  "Dear Saoirse,\n\nThank you for taking the time to interview with us for the Product Owner, Claims role.\n"
                                  "After careful consideration we have decided to move forward with another candidate whose experience\n"
                                  "more closely matches our needs.\n\nLarchmont Insurance Talent Team"),
}, {"now": "2026-11-19T12:00:00+00:00", "candidate": "Saoirse Kavanagh", "interviewers": ["Deirdre Fallon", "Paul Geraghty"],
    "settled": "rejected", "actions": [],
    "why": "The client's careers address declines, opening with thanks for interviewing: it is their word, not the candidate's."})

# A German firm: invitation, thanks and second round all in German.
case("mailbox-german-second-round", {
    "notes.md": "Kühnel Logistik, Produktmanagerin Digitale Plattform\n\n"
                "Videocall with Jana Kühnel (HR) Tue 10 Nov 15:00 CET, full hour\n"
                "- Sendungsverfolgung in Echtzeit is THE project for 2027\n"
                "- she asked about my German (B2, said I'm taking lessons)\n"
                "- didn't discuss remote vs office, need to ask next time\n",
    "emails/01-einladung.eml": eml("Kühnel Logistik Personal <bewerbung@kuehnel-logistik.example>", SK,
                                   "Ihre Bewerbung als Produktmanagerin Digitale Plattform", "Wed, 04 Nov 2026 10:00:00 +0100",
                                   "k-1@kuehnel-logistik.example",
                                   "Sehr geehrte Frau Kavanagh,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zu einem ersten Videogespräch am\n"
                                   "Dienstag, 10. November 2026 um 15:00 Uhr (MEZ) ein.\n\nMit freundlichen Grüßen\nJana Kühnel"),
    "emails/02-danke.eml": eml(SK, "Jana Kühnel <j.kuehnel@kuehnel-logistik.example>", "Vielen Dank für das Gespräch",
                               "Tue, 10 Nov 2026 17:00:00 +0000", "sk-k-ty@mail.gmail.example",
                               "Sehr geehrte Frau Kühnel,\n\nvielen Dank für das angenehme Gespräch heute.\n\nMit freundlichen Grüßen\nSaoirse Kavanagh"),
    "emails/03-zweites.eml": eml("Kühnel Logistik Personal <bewerbung@kuehnel-logistik.example>", SK,
                                 "Zweites Gespräch - Produktmanagerin Digitale Plattform", "Tue, 17 Nov 2026 09:00:00 +0100",
                                 "k-2@kuehnel-logistik.example",
                                 "Sehr geehrte Frau Kavanagh,\n\nwir freuen uns, Sie zu einem zweiten Gespräch mit unserem Geschäftsführer\n"
                                 "einzuladen: Donnerstag, 26. November 2026, 10:00 bis 11:00 Uhr (MEZ), per Teams.\n\nMit freundlichen Grüßen\nJana Kühnel"),
}, {"now": "2026-11-19T12:00:00+00:00", "candidate": "Saoirse Kavanagh", "interviewers": ["Jana Kühnel"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-11T15:00:00+00:00", True), act("prepare-next-round", "2026-11-26T09:00:00+00:00")],
    "draft_must_not_mention": ["remote"],
    "why": "15:00 CET is 14:00 in Dublin; the German thank-you was sent; the second round is booked for 10:00 CET."})

TM = "Tendai Moyo <tendai.moyo.ds@outlook.com>"
FARID = "Farid Osei <farid.osei@quillfeather.example>"
MAYA = "Maya Lindqvist <maya.lindqvist@quillfeather.example>"

# Times sent after a screen ("I'll send over some times this week"), one picked, a vague promise after.
case("mailbox-times-sent-vague-promise", {
    "notes.md": "QUILLFEATHER - DS clinical analytics - panel\n"
                "Wed 18th 10-11, Farid Osei (Director Clin Analytics) + Ana Petrov (senior DS)\n\n"
                "- readmission-risk model, validated w/ clinicians every quarter\n"
                "- Ana: how would I handle label leakage from discharge codes -> talked about time-based\n"
                "  splits, she seemed to like that\n"
                "- Farid did NOT ask about my visa status (phew)\n"
                "- what do you enjoy most here? (my question) - Farid: the clinicians\n"
                "- next steps: 2 more candidates, 'hopefully by the end of next week'\n",
    "emails/01-times.eml": eml(MAYA, TM, "Interview times - Quillfeather Health", "Fri, 06 Nov 2026 16:00:00 -0500",
                               "maya-3@quillfeather.example",
                               "Hi Tendai,\n\nAs promised, here are some times for a 60 minute interview with Farid Osei and Ana Petrov:\n\n"
                               "- Tuesday 17 November, 2:00-3:00pm\n- Wednesday 18 November, 10:00-11:00am\n\nLet me know which works best.\n\nMaya"),
    "emails/02-pick.eml": eml(TM, MAYA, "Re: Interview times - Quillfeather Health", "Fri, 06 Nov 2026 18:00:00 -0500",
                              "tm-pick@outlook.example", "Hi Maya,\n\nWednesday 18 November at 10am would be great, thank you.\n\nTendai",
                              reply="maya-3@quillfeather.example"),
    "emails/03-thanks.eml": eml(TM, FARID, "Thank you for this morning", "Wed, 18 Nov 2026 15:00:00 -0500",
                                "tm-ty@outlook.example",
                                "Hi Farid,\n\nThank you for the interview this morning, and please pass my thanks to Ana. I really enjoyed\n"
                                "talking about the readmission-risk model.\n\nBest regards,\nTendai Moyo"),
    "emails/04-reply.eml": eml(FARID, TM, "Re: Thank you for this morning", "Thu, 19 Nov 2026 09:00:00 -0500",
                               "farid-re@quillfeather.example",
                               "Hi Tendai,\n\nThanks, it was a pleasure. We have two more candidates to see, so hopefully by the end of next\n"
                               "week we'll have an answer for you.\n\nFarid", reply="tm-ty@outlook.example"),
}, {"now": "2026-11-25T09:00:00-05:00", "candidate": "Tendai Moyo", "interviewers": ["Farid Osei", "Ana Petrov"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-19T11:00:00-05:00", True), act("status-check", "2026-12-04T23:59:00-05:00")],
    "draft_must_not_mention": ["visa"], "draft_may_mention": ["readmission-risk model", "time-based splits"],
    "why": "'Hopefully by the end of next week', said Thu 19 Nov, is Fri 27 Nov; the check a week later."})

# A French firm's invitation, a French thank-you (sent) that got an out-of-office, and 'd'ici vendredi prochain'.
case("mailbox-french-promise", {
    "notes.md": "Maison Obrecht - analyste de données (Montréal)\n"
                "mardi 10 nov, 14h30, visio w/ Élodie Fournier (directrice analytique), ~45 min\n\n"
                "supply-chain dashboards in Power BI, want to move to dbt next year\n"
                "she asked about my French -> fine, interview was half in French\n"
                "salary not discussed\n",
    "emails/01-convocation.eml": eml("Maison Obrecht - Ressources humaines <rh@maisonobrecht.example>", TM,
                                     "Convocation à un entretien - Analyste de données", "Thu, 05 Nov 2026 09:00:00 -0500",
                                     "mo-1@maisonobrecht.example",
                                     "Bonjour Tendai,\n\nNous vous proposons un entretien par vidéoconférence le mardi 10 novembre à 14h30 avec\n"
                                     "Élodie Fournier, directrice de l'analytique.\n\nL'équipe des ressources humaines"),
    "emails/02-merci.eml": eml(TM, "Élodie Fournier <elodie.fournier@maisonobrecht.example>", "Merci pour l'entretien",
                               "Tue, 10 Nov 2026 17:00:00 -0500", "tm-mo-ty@outlook.example",
                               "Bonjour Madame Fournier,\n\nMerci pour l'entretien de cet après-midi.\n\nCordialement,\nTendai Moyo"),
    "emails/03-absente.eml": eml("Élodie Fournier <elodie.fournier@maisonobrecht.example>", TM,
                                 "Réponse automatique : Merci pour l'entretien", "Tue, 10 Nov 2026 17:01:00 -0500",
                                 "mo-ooo@maisonobrecht.example", "Je suis absente du bureau jusqu'au 16 novembre.",
                                 reply="tm-mo-ty@outlook.example", extra=("Auto-Submitted: auto-replied",)),
    "emails/04-suite.eml": eml("Élodie Fournier <elodie.fournier@maisonobrecht.example>", TM, "Suite à notre entretien",
                               "Mon, 16 Nov 2026 10:00:00 -0500", "mo-2@maisonobrecht.example",
                               "Bonjour Tendai,\n\nMerci encore pour votre temps la semaine dernière. Nous rencontrons encore deux candidats\n"
                               "cette semaine et nous vous reviendrons d'ici vendredi prochain.\n\nÉlodie Fournier"),
}, {"now": "2026-11-25T09:00:00-05:00", "candidate": "Tendai Moyo", "interviewers": ["Élodie Fournier"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-11T15:15:00-05:00", True), act("status-check", "2026-11-27T23:59:00-05:00")],
    "draft_must_not_mention": ["salary"],
    "why": "'D'ici vendredi prochain', written Mon 16 Nov, is Fri 20 Nov; +7 = 27 Nov. The French thank-you was sent."})

# The agency's client declines from its own domain; the agency's follow-up says the same.
case("mailbox-agency-rejection-thanks-for-interviewing", {
    "notes.md": "Tessaract Robotics (through Wynne, Bramble & Hart) - ML engineer, perception\n"
                "Thu 12 Nov 11-12, Teams. Jonas Whitfield + an engineer (didn't catch her name)\n"
                "- depth estimation design exercise, I went too deep on the loss function\n"
                "- he asked about ROS, I've only used it a little\n",
    "emails/01-agency.eml": eml("Wynne Castory <wynne.castory@brambleandhart.example>", TM, "Tessaract - interview Thursday 12th",
                                "Fri, 06 Nov 2026 10:00:00 -0500", "bh-2@brambleandhart.example",
                                "Hi Tendai,\n\nGood news! My client, Tessaract Robotics, would like to meet you on Thursday 12 November at 11am\n"
                                "(video). You'll speak with Jonas Whitfield, their perception lead.\n\nWynne\nSenior Consultant, Bramble & Hart"),
    "emails/02-thanks.eml": eml(TM, "Jonas Whitfield <jonas.whitfield@tessaractrobotics.example>", "Thank you - ML Engineer interview",
                                "Thu, 12 Nov 2026 15:00:00 -0500", "tm-tr-ty@outlook.example",
                                "Hi Jonas,\n\nThanks for your time this morning. I enjoyed the design exercise.\n\nBest,\nTendai"),
    "emails/03-no.eml": eml("Tessaract Robotics Talent <talent@tessaractrobotics.example>", "tendai.moyo.ds@outlook.com",
                            "Your interview with Tessaract Robotics", "Fri, 20 Nov 2026 11:00:00 -0500", "tr-no@tessaractrobotics.example",
                            "Hi Tendai,\n\nThank you for taking the time to interview with us for the Machine Learning Engineer role.\n"
                            "Unfortunately, we will not be moving forward with your application at this time.\n\nTessaract Robotics Talent Team"),
}, {"now": "2026-11-25T09:00:00-05:00", "candidate": "Tendai Moyo", "interviewers": ["Jonas Whitfield"],
    "settled": "rejected", "actions": [],
    "why": "A decline that opens with thanks for interviewing is the company's word."})

# The notes folders beside fabiola-quintanar-guadalajara: a Spanish process turned down in Spanish, and an
# agency's client interview booked in Spanish.
FQ = "Fabiola Quintanar <fabiola.quintanar.dev@gmail.com>"

case("mailbox-spanish-rejection", {
    "notes.md": "Nubera - Desarrollador Backend Sr\njueves 5 nov 12:00, presencial, con Andrés Velarde (líder de ingeniería)\n\n"
                "- conciliación de pagos en tiempo real, Kafka + Postgres\n"
                "- me preguntó por mi experiencia con Go -> 3 años\n"
                "- no hablamos de sueldo\n",
    "emails/01-gracias.eml": eml(FQ, "Andrés Velarde <andres.velarde@nubera.example>", "Gracias por la entrevista",
                                 "Thu, 05 Nov 2026 17:00:00 -0600", "fq-ty@gmail.example",
                                 "Hola Andrés,\n\nMuchas gracias por la entrevista de hoy.\n\nSaludos,\nFabiola"),
    "emails/02-respuesta.eml": eml("Andrés Velarde <andres.velarde@nubera.example>", FQ, "Re: Gracias por la entrevista",
                                   "Fri, 06 Nov 2026 09:00:00 -0600", "av-re@nubera.example",
                                   "Hola Fabiola, gracias a ti. Te damos respuesta a más tardar el viernes 13 de noviembre.\n\nAndrés",
                                   reply="fq-ty@gmail.example"),
    "emails/03-decision.eml": eml("Talento Nubera <talento@nubera.example>", "fabiola.quintanar.dev@gmail.com",
                                  "Actualización de tu proceso en Nubera", "Fri, 13 Nov 2026 16:00:00 -0600", "nb-no@nubera.example",
                                  "Hola Fabiola,\n\nGracias por tomarte el tiempo de entrevistarte con nosotros. Después de revisar todos los perfiles,\n"
                                  "decidimos continuar con otro candidato cuyo perfil se ajusta más a lo que buscamos.\n\nEquipo de Talento Nubera"),
}, {"now": "2026-11-19T09:00:00-06:00", "candidate": "Fabiola Quintanar", "interviewers": ["Andrés Velarde"],
    "settled": "rejected", "actions": [],
    "why": "'Decidimos continuar con otro candidato' turns her down; it opens by thanking her for interviewing."})

case("mailbox-spanish-agency-booking", {
    "notes.md": "Cobrehill (via Ezequiel, Pardal Talent)\n\n"
                "Marta Ibargüen, gerente de sistemas. Sala de monitoreo, sensores en las bandas.\n"
                "Quieren migrar de PHP a Go. Ezequiel says they decide next week\n",
    "emails/01-agencia.eml": eml("Ezequiel Pardo <ezequiel@pardaltalent.example>", FQ, "Cliente: Cobrehill Mining - entrevista",
                                 "Fri, 13 Nov 2026 12:00:00 -0600", "ep-2@pardaltalent.example",
                                 "Hola Fabiola,\n\nYa te puedo compartir que el cliente es Cobrehill Mining. Quieren entrevistarte el martes 17 de\n"
                                 "noviembre a las 10:00 en sus oficinas de Zapopan, con Marta Ibargüen, gerente de sistemas.\n\nEzequiel"),
}, {"now": "2026-11-17T18:00:00-06:00", "candidate": "Fabiola Quintanar", "interviewers": ["Marta Ibargüen"],
    "settled": None,
    "actions": [act("thank-you", "2026-11-18T11:00:00-06:00"), act("status-check", "2026-12-04T23:59:00-06:00")],
    "draft_must_not_mention": ["PHP"],
    "why": "The agency's Spanish mail books Tue 17 Nov 10:00 (an hour assumed); 'they decide next week', noted that day, is Fri 27 Nov, +7."})
