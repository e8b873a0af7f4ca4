"""Lena Hoffmann, Berlin: a backend developer job search in German and English (all made up)."""
from mboxlib import AUTO, GENERATED, LIST, at, build

P = "lena.hoffmann.dev@gmx.de"
ME = "Lena Hoffmann <lena.hoffmann.dev@gmx.de>"
JONAS = "Jonas Brück <jonas.brueck@quellwerk.de>"
ANKE = "Anke Vogt <a.vogt@quellwerk-group.com>"
KAI = "Kai Steinmetz <k.steinmetz@hirschfeld-pb.de>"
NORD = "Miriam Adeyemi <miriam.adeyemi@nordlicht-mobility.com>"
TESS = "Tessel Robotics Recruiting <recruiting@tesselrobotics.io>"
OLE = "Ole Brandt <ole.brandt@web.de>"
Q, N, T, S = "Quellwerk Systems", "Nordlicht Mobility", "Tessel Robotics", "Sandberg Analytics"
m = []
add = m.append
tz = 1

add(dict(key="q-apply", date=at(tz, 2026, 10, 5, 20, 10), frm=ME, to=["Quellwerk Systems Karriere <karriere@quellwerk.de>"], file=Q,
         subject="Bewerbung als Backend Developer (Kennziffer 2026-17)", body="""
Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als Backend Developer.
Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Lena Hoffmann
"""))
add(dict(key="q-auto", date=at(tz, 2026, 10, 5, 20, 11), frm="Quellwerk Systems Karriere <karriere@quellwerk.de>", to=[ME], headers=AUTO, file=Q,
         subject="Automatische Antwort: Bewerbung als Backend Developer (Kennziffer 2026-17)", body="""
Vielen Dank für Ihre Nachricht. Wir haben Ihre Bewerbung erhalten und melden uns innerhalb von zwei Wochen.

Ihr Recruiting-Team der Quellwerk Systems GmbH
"""))
add(dict(key="stepstone-1", date=at(tz, 2026, 10, 6, 7), frm="StepStone Jobagent <jobagent@stepstone.de>", to=[P], headers=LIST,
         subject="12 neue Jobs für Backend Developer in Berlin", body="""
Backend Developer (m/w/d) - Quellwerk Systems GmbH - Berlin
Senior Python Engineer - Nordlicht Mobility - Berlin
Software Engineer Platform - Kranich Bank - Frankfurt

Jobagent abbestellen | Unsubscribe
"""))
add(dict(key="n-kai", date=at(tz, 2026, 10, 7, 10, 30), frm=KAI, to=[ME], file=N,
         subject="Spannende Position: Senior Python Engineer (Mobility)", body="""
Hallo Frau Hoffmann,

ich bin Personalberater bei Hirschfeld Personalberatung und suche im Auftrag unseres Kunden Nordlicht Mobility
einen Senior Python Engineer für das Routing-Team in Berlin. Ihr Profil passt sehr gut.

Hätten Sie diese Woche Zeit für ein kurzes Telefonat?

Viele Grüße
Kai Steinmetz
Hirschfeld Personalberatung GmbH
"""))
add(dict(key="n-kai-re", date=at(tz, 2026, 10, 7, 18), frm=ME, to=[KAI], file=N,
         subject="AW: Spannende Position: Senior Python Engineer (Mobility)", body="""
Hallo Herr Steinmetz,

danke für Ihre Nachricht, das klingt interessant. Donnerstag ab 14 Uhr passt mir gut.

Viele Grüße
Lena Hoffmann
"""))
add(dict(key="t-ack", date=at(tz, 2026, 10, 8, 9), frm="Tessel Robotics <no-reply@ashbyhq.com>", to=[P], file=T,
         subject="Thanks for applying to Tessel Robotics!", body="""
Hi Lena,

Thanks for applying for the Backend Engineer, Fleet role at Tessel Robotics. We review every application
and will get back to you within a week.

The Tessel Robotics team
"""))
add(dict(key="q-invite", date=at(tz, 2026, 10, 12, 11), frm=JONAS, to=[ME], reply_to_key="q-apply", file=Q,
         subject="AW: Bewerbung als Backend Developer (Kennziffer 2026-17)", body="""
Hallo Frau Hoffmann,

vielen Dank für Ihre Bewerbung. Wir würden Sie gerne zu einem ersten Gespräch per Video einladen.
Passt Ihnen Dienstag, der 20. Oktober, um 10:00 Uhr?

Beste Grüße
Jonas Brück
Talent Acquisition, Quellwerk Systems GmbH
"""))
add(dict(key="q-invite-re", date=at(tz, 2026, 10, 12, 14), frm=ME, to=[JONAS], reply_to_key="q-invite", refs_keys=["q-apply"], file=Q,
         subject="AW: AW: Bewerbung als Backend Developer (Kennziffer 2026-17)", body="""
Hallo Herr Brück,

vielen Dank, der Termin passt mir sehr gut. Ich freue mich auf das Gespräch.

Viele Grüße
Lena Hoffmann
"""))
add(dict(key="q-gcal", date=at(tz, 2026, 10, 12, 14, 30), frm="Google Calendar <calendar-notification@google.com>", to=[P], file=Q,
         subject="Einladung: Kennenlernen Quellwerk Systems / Lena Hoffmann @ Di. 20. Okt. 2026 10:00 - 10:45 (MESZ)", body="""
Jonas Brück hat Sie zu folgendem Termin eingeladen.

Kennenlernen Quellwerk Systems / Lena Hoffmann
Dienstag, 20. Oktober 2026 10:00 - 10:45 Mitteleuropäische Zeit
Google Meet: https://meet.google.com/abc-defg-hij

Einladung von Google Calendar
"""))
add(dict(key="ole-1", date=at(tz, 2026, 10, 13, 19), frm=OLE, to=[ME],
         subject="Kino am Freitag?", body="""
Hey Lena, Kino am Freitag? Und erzähl mal, wie läuft die Jobsuche? Hast du schon was von Quellwerk gehört?
Ole
"""))
add(dict(key="ole-1-re", date=at(tz, 2026, 10, 13, 21), frm=ME, to=[OLE], reply_to_key="ole-1",
         subject="Re: Kino am Freitag?", body="""
Freitag passt! Und ja, nächste Woche habe ich das erste Gespräch bei Quellwerk. Drück mir die Daumen.
"""))
add(dict(key="n-client", date=at(tz, 2026, 10, 14, 9), frm=NORD, to=[ME], cc=[KAI], file=N,
         subject="Interview Senior Python Engineer - Nordlicht Mobility", body="""
Dear Lena,

Kai passed on your CV and we'd love to meet you. Could you do a 60 minute technical interview with me
and our staff engineer on Wednesday 21 October at 15:00 CEST? We'll send a Teams link.

Best regards,
Miriam Adeyemi
Engineering Manager, Routing
"""))
add(dict(key="n-client-re", date=at(tz, 2026, 10, 14, 12), frm=ME, to=[NORD], cc=[KAI], reply_to_key="n-client", file=N,
         subject="Re: Interview Senior Python Engineer - Nordlicht Mobility", body="""
Dear Miriam,

Thank you, Wednesday 21 October at 15:00 works for me. I'm looking forward to it.

Best regards,
Lena
"""))
add(dict(key="t-schedule", date=at(tz, 2026, 10, 15, 16), frm="Tessel Robotics <no-reply@ashbyhq.com>", to=[P], file=T,
         subject="Schedule your interview with Tessel Robotics", body="""
Hi Lena,

We'd like to invite you to a 30 minute intro call with our hiring manager, Priyanka Rao.
Please choose a time that works for you: https://jobs.ashbyhq.com/tessel/schedule/xyz

Thanks,
Tessel Robotics Recruiting
"""))
add(dict(key="linkedin-inmail", date=at(tz, 2026, 10, 16, 8), frm="Clara Jensen via LinkedIn <inmail-hit-reply@linkedin.com>", to=[P], file=S,
         subject="Clara Jensen sent you a message: Data Engineer role at Sandberg Analytics", body="""
Hi Lena, I'm a recruiter at Sandberg Analytics in Hamburg. We're hiring a Data Engineer to work on our
pricing platform and your background in Python and Kafka stood out. Would you be open to a chat?

Reply to Clara

This is an InMail from a recruiter.
"""))
add(dict(key="s-reply", date=at(tz, 2026, 10, 16, 20), frm=ME, to=["Clara Jensen <clara.jensen@sandberg-analytics.de>"], file=S,
         subject="Data Engineer role at Sandberg Analytics", body="""
Hi Clara,

Thanks for reaching out on LinkedIn. I'd be happy to chat about the Data Engineer role. I'm free on
Monday or Tuesday afternoon.

Best,
Lena Hoffmann
"""))
add(dict(key="q-ty", date=at(tz, 2026, 10, 20, 12), frm=ME, to=[JONAS], file=Q,
         subject="Vielen Dank für das Gespräch", body="""
Hallo Herr Brück,

vielen Dank für das angenehme Gespräch heute Vormittag. Besonders spannend fand ich die Pläne für die
neue Event-Plattform. Ich freue mich auf die nächsten Schritte.

Viele Grüße
Lena Hoffmann
"""))
add(dict(key="q-round2", date=at(tz, 2026, 10, 22, 10), frm=ANKE, to=[ME], cc=[JONAS], file=Q,
         subject="Zweites Gespräch bei Quellwerk Systems", body="""
Hallo Frau Hoffmann,

ich leite das Platform-Team und würde Sie gerne zu einem zweiten Gespräch vor Ort einladen,
am Donnerstag, 29. Oktober, 13:00 Uhr, in unserem Büro am Spreeufer.

Viele Grüße
Anke Vogt
Head of Platform, Quellwerk Group
"""))
add(dict(key="n-ty", date=at(tz, 2026, 10, 21, 17), frm=ME, to=[NORD], file=N,
         subject="Thank you - technical interview", body="""
Dear Miriam,

Thank you for the interview this afternoon. I really enjoyed the routing problem and hearing how the
team plans to move to event sourcing.

Best regards,
Lena Hoffmann
"""))
add(dict(key="bahn", date=at(tz, 2026, 10, 23, 8), frm="Reisezentrum <buchung@bahnreisen-online.de>", to=[P],
         subject="Ihre Buchungsbestätigung", body="""
Vielen Dank für Ihre Buchung. Ihre Fahrkarte Berlin Hbf - Hamburg Hbf am 30.10.2026 finden Sie im Anhang.
"""))
add(dict(key="s-skill", date=at(tz, 2026, 10, 26, 9), frm="SkillSurvey <noreply@skillsurvey.com>", to=[P], file=S,
         subject="Sandberg Analytics: please provide references", body="""
Dear Lena Hoffmann,

Sandberg Analytics has asked you to provide references as part of your candidacy for the Data Engineer
position. Please enter at least two referees by 30 October.

https://www.skillsurvey.com/candidate/xyz
"""))
add(dict(key="t-reject", date=at(tz, 2026, 10, 27, 17), frm=TESS, to=[ME], file=T,
         subject="Your application to Tessel Robotics", body="""
Hi Lena,

Thank you for speaking with Priyanka last week. We've decided to move forward with other candidates whose
experience is closer to what we need right now. We appreciate your interest and wish you the best.

Tessel Robotics Recruiting
"""))
add(dict(key="meetup", date=at(tz, 2026, 10, 28, 12), frm="Berlin Python Meetup <info@meetup.com>", to=[P], headers=LIST,
         subject="New event: Python in production - hiring night", body="""
Join us on 12 November for talks and a hiring night with Quellwerk Systems, Nordlicht Mobility and others.

Manage your email preferences or unsubscribe.
"""))
add(dict(key="q-round2-re", date=at(tz, 2026, 10, 22, 13), frm=ME, to=[ANKE], cc=[JONAS], file=Q,
         subject="AW: Zweites Gespräch bei Quellwerk Systems", body="""
Hallo Frau Vogt,

vielen Dank für die Einladung, der 29. Oktober um 13:00 Uhr passt mir sehr gut.

Viele Grüße
Lena Hoffmann
"""))
add(dict(key="q-anke-ooo", date=at(tz, 2026, 10, 22, 13, 1), frm=ANKE, to=[ME], headers=AUTO, file=Q,
         subject="Abwesenheitsnotiz: AW: Zweites Gespräch bei Quellwerk Systems", body="""
Ich bin bis zum 26. Oktober nicht im Büro. In dringenden Fällen wenden Sie sich bitte an Jonas Brück.
"""))
add(dict(key="n-kai-update", date=at(tz, 2026, 10, 30, 11), frm=KAI, to=[ME], file=N,
         subject="Rückmeldung Nordlicht", body="""
Hallo Frau Hoffmann,

kurzes Update: Nordlicht ist sehr angetan und möchte Sie zur finalen Runde mit dem CTO einladen.
Ich melde mich mit Terminvorschlägen.

Viele Grüße
Kai Steinmetz
"""))
add(dict(key="q-offer", date=at(tz, 2026, 11, 3, 15), frm=JONAS, to=[ME], file=Q,
         subject="Ihr Vertragsangebot - Backend Developer", body="""
Hallo Frau Hoffmann,

wir freuen uns sehr, Ihnen die Stelle als Backend Developer anbieten zu können. Das Vertragsangebot finden
Sie im Anhang. Wir freuen uns auf Ihre Rückmeldung bis zum 10. November.

Beste Grüße
Jonas Brück
"""))
add(dict(key="ole-2", date=at(tz, 2026, 11, 3, 21), frm=OLE, to=[ME],
         subject="Glückwunsch!!", body="""
Hab gehört, Quellwerk hat dir ein Angebot gemacht - Glückwunsch!! Das feiern wir.
"""))
add(dict(key="xing-news", date=at(tz, 2026, 11, 4, 7), frm="XING News <news@xing.com>", to=[P], headers=LIST,
         subject="Ihre Woche auf XING: 5 Personen haben Ihr Profil besucht", body="""
Ein Recruiter von Quellwerk Systems hat Ihr Profil besucht. Jetzt ansehen.

Newsletter abbestellen
"""))

build("lena-hoffmann-berlin", P, m, {Q: "Backend Developer", N: "Senior Python Engineer", T: "Backend Engineer, Fleet", S: "Data Engineer"})
