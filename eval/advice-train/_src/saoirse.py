"""Saoirse Kavanagh, Dublin: a product manager's search with a fintech (calendar invites, a forwarded
note, replies that quote), an insurer through an agency (rejected with thanks for interviewing) and a
German logistics firm writing in German (all made up)."""
from mboxlib import AUTO, GENERATED, LIST, at, build

P = "saoirse.kavanagh.pm@gmail.com"
ME = "Saoirse Kavanagh <saoirse.kavanagh.pm@gmail.com>"
NIAMH = "Niamh Doherty <niamh.doherty@tallowinquay.com>"
COLM = "Colm Brady <colm.brady@tallowinquay.com>"
GCAL = "Niamh Doherty (Google Calendar) <calendar-notification@google.com>"
KEY = "Ruairi Walsh <ruairi.walsh@keystonetalent.ie>"
LARCH_HR = "Larchmont Insurance Careers <careers@larchmontinsurance.ie>"
KUEHNEL = "Jana Kuehnel <j.kuehnel@kuehnel-logistik.de>"
KUEHNEL_HR = "Kühnel Logistik Personal <bewerbung@kuehnel-logistik.de>"
FRIEND = "Orla <orla.mcgrath84@gmail.com>"
F, L, K = "Tallowin Quay", "Larchmont Insurance", "Kühnel Logistik"
m = []
add = m.append
tz = 0

add(dict(key="li-alert-1", date=at(tz, 2026, 11, 2, 6), frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", to=[P], headers=LIST,
         subject="\"product manager\": 14 new jobs in Dublin", body="""
Senior Product Manager - Tallowin Quay - Dublin (hybrid)
Product Owner, Claims - Larchmont Insurance - Dublin
Product Manager - Brightquay - Cork

You're receiving this because you set an alert. Unsubscribe.
"""))
add(dict(key="niamh-1", date=at(tz, 2026, 11, 2, 11), frm=NIAMH, to=[ME], file=F,
         subject="Senior Product Manager at Tallowin Quay", body="""
Hi Saoirse,

I'm the talent partner at Tallowin Quay. We're hiring a Senior Product Manager for our payments
team and your background at a card issuer caught my eye. Would you be open to a 30 minute intro call
this week?

Best,
Niamh Doherty
Talent Partner, Tallowin Quay
"""))
add(dict(key="niamh-1-re", date=at(tz, 2026, 11, 2, 14), frm=ME, to=[NIAMH], reply_to_key="niamh-1", file=F,
         subject="Re: Senior Product Manager at Tallowin Quay", body="""
Hi Niamh,

Thanks for reaching out, yes I'd be very interested. Wednesday or Thursday afternoon suit me best.

Saoirse

On Mon, 2 Nov 2026 at 11:00, Niamh Doherty <niamh.doherty@tallowinquay.com> wrote:
> Hi Saoirse,
>
> I'm the talent partner at Tallowin Quay. We're hiring a Senior Product Manager for our payments
> team and your background at a card issuer caught my eye.
"""))
add(dict(key="ruairi-1", date=at(tz, 2026, 11, 3, 9), frm=KEY, to=[ME], file=L,
         subject="Product Owner role - insurance client", body="""
Hi Saoirse,

Hope you're well. I'm working with Larchmont Insurance on a Product Owner role in their claims
division, permanent, Dublin 2, three days in office. Happy for me to put you forward?

Ruairi Walsh
Keystone Talent | Technology Recruitment
"""))
add(dict(key="ruairi-1-re", date=at(tz, 2026, 11, 3, 10), frm=ME, to=[KEY], reply_to_key="ruairi-1", file=L,
         subject="Re: Product Owner role - insurance client", body="""
Hi Ruairi, yes please do. CV attached is the latest. Thanks, Saoirse
"""))
add(dict(key="gcal-1", date=at(tz, 2026, 11, 3, 16), frm=GCAL, to=[P], file=F, headers=GENERATED,
         subject="Invitation: Saoirse / Niamh intro call @ Thu 5 Nov 2026 14:00 - 14:30 (GMT) (saoirse.kavanagh.pm@gmail.com)", body="""
You have been invited to the following event.

Saoirse / Niamh intro call
When: Thursday 5 Nov 2026 14:00 - 14:30 (GMT)
Joining info: meet.google.com/xyz-abcd-efg
Organizer: niamh.doherty@tallowinquay.com
Guests: niamh.doherty@tallowinquay.com, saoirse.kavanagh.pm@gmail.com

Going? Yes - Maybe - No
Invitation from Google Calendar
"""))
add(dict(key="newsletter-1", date=at(tz, 2026, 11, 4, 7), frm="Roadmap Weekly <hello@roadmapweekly.example>", to=[P], headers=LIST,
         subject="Roadmap Weekly #212: how to ace your product interview", body="""
This week: five questions every PM interview asks, why your case study should be shorter, and who is
hiring in fintech (Tallowin Quay is growing its payments team).

You subscribed to Roadmap Weekly. Unsubscribe or manage preferences.
"""))
add(dict(key="k-1", date=at(1, 2026, 11, 4, 10), frm=KUEHNEL_HR, to=[ME], file=K,
         subject="Ihre Bewerbung als Produktmanagerin Digitale Plattform", body="""
Sehr geehrte Frau Kavanagh,

vielen Dank für Ihre Bewerbung als Produktmanagerin Digitale Plattform (Remote, EU). Wir würden Sie
gerne kennenlernen und laden Sie zu einem ersten Videogespräch am Dienstag, 10. November 2026 um
15:00 Uhr (MEZ) ein. Bitte bestätigen Sie uns den Termin kurz.

Mit freundlichen Grüßen
Jana Kühnel
Personalabteilung, Kühnel Logistik GmbH
"""))
add(dict(key="k-1-re", date=at(tz, 2026, 11, 4, 12), frm=ME, to=[KUEHNEL_HR], reply_to_key="k-1", file=K,
         subject="AW: Ihre Bewerbung als Produktmanagerin Digitale Plattform", body="""
Sehr geehrte Frau Kühnel,

vielen Dank für die Einladung. Den Termin am 10. November um 15:00 Uhr bestätige ich gerne.

Mit freundlichen Grüßen
Saoirse Kavanagh
"""))
add(dict(key="friend-1", date=at(tz, 2026, 11, 5, 20), frm=FRIEND, to=[ME],
         subject="drinks?", body="""
heya! how did the fintech call go?? you HAVE to tell me everything. drinks friday? x
"""))
add(dict(key="ruairi-2", date=at(tz, 2026, 11, 6, 12), frm=KEY, to=[ME], file=L,
         subject="Larchmont - interview Wednesday 11th", body="""
Hi Saoirse,

Great news, Larchmont would like to meet you on Wednesday 11 November at 10am at their Harcourt Street
office. You'll meet Deirdre Fallon (Head of Claims Change) and Paul Geraghty (Product Lead). Allow an
hour. Can you confirm?

Ruairi
"""))
add(dict(key="ruairi-2-re", date=at(tz, 2026, 11, 6, 13), frm=ME, to=[KEY], reply_to_key="ruairi-2", file=L,
         subject="Re: Larchmont - interview Wednesday 11th", body="""
Confirmed, thanks Ruairi!

> Great news, Larchmont would like to meet you on Wednesday 11 November at 10am at their Harcourt Street
> office.
"""))
add(dict(key="niamh-2", date=at(tz, 2026, 11, 6, 15), frm=NIAMH, to=[ME], cc=[COLM], file=F,
         subject="Tallowin Quay - next step with Colm", body="""
Hi Saoirse,

Lovely to chat yesterday. I'd like to set up a 45 minute interview with Colm Brady, our Group Product
Manager for payments. I've sent an invite for Monday 9 November at 11:00. Shout if that doesn't suit.

Niamh
"""))
add(dict(key="gcal-2", date=at(tz, 2026, 11, 6, 15, 5), frm=GCAL, to=[P], file=F, headers=GENERATED,
         subject="Invitation: Interview - Saoirse Kavanagh / Colm Brady @ Mon 9 Nov 2026 11:00 - 11:45 (GMT) (saoirse.kavanagh.pm@gmail.com)", body="""
You have been invited to the following event.

Interview - Saoirse Kavanagh / Colm Brady
When: Monday 9 Nov 2026 11:00 - 11:45 (GMT)
Organizer: niamh.doherty@tallowinquay.com
Guests: colm.brady@tallowinquay.com, saoirse.kavanagh.pm@gmail.com

Invitation from Google Calendar
"""))
add(dict(key="dentist", date=at(tz, 2026, 11, 7, 9), frm="Google Calendar <calendar-notification@google.com>", to=[P], headers=GENERATED,
         subject="Notification: Dentist - Dr Keane @ Tue 10 Nov 2026 08:30 - 09:00 (GMT)", body="""
This is a reminder for the following event.

Dentist - Dr Keane
When: Tuesday 10 Nov 2026 08:30 - 09:00 (GMT)
"""))
add(dict(key="f-ty", date=at(tz, 2026, 11, 9, 16), frm=ME, to=[COLM], cc=[NIAMH], file=F,
         subject="Thank you - Senior Product Manager", body="""
Hi Colm,

Thank you for taking the time to speak with me this morning. I really enjoyed hearing how the team is
rebuilding the refunds flow, and the chargeback numbers you shared.

Best regards,
Saoirse
"""))
add(dict(key="f-ty-ooo", date=at(tz, 2026, 11, 9, 16, 1), frm=COLM, to=[ME], reply_to_key="f-ty", file=F, headers=AUTO,
         subject="Automatic reply: Thank you - Senior Product Manager", body="""
I'm out of the office until Wednesday 11 November with limited access to email. For anything urgent
please contact niamh.doherty@tallowinquay.com.
"""))
add(dict(key="k-ty", date=at(tz, 2026, 11, 10, 17), frm=ME, to=[KUEHNEL], file=K,
         subject="Vielen Dank für das Gespräch", body="""
Sehr geehrte Frau Kühnel,

vielen Dank für das angenehme Gespräch heute. Besonders spannend fand ich die Pläne für die
Sendungsverfolgung in Echtzeit.

Mit freundlichen Grüßen
Saoirse Kavanagh
"""))
add(dict(key="k-ty-ooo", date=at(1, 2026, 11, 10, 18, 2), frm=KUEHNEL, to=[ME], reply_to_key="k-ty", file=K, headers=AUTO,
         subject="Abwesenheitsnotiz: Vielen Dank für das Gespräch", body="""
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 13.11. nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet.
"""))
add(dict(key="colm-reply", date=at(tz, 2026, 11, 11, 10), frm=COLM, to=[ME], cc=[NIAMH], reply_to_key="f-ty", file=F,
         subject="RE: Thank you - Senior Product Manager", body="""
Hi Saoirse,

Thanks for the note, I enjoyed it too. We're finishing first rounds this week and we'll make a decision
on next steps by Friday.

Colm

-----Original Message-----
From: Saoirse Kavanagh <saoirse.kavanagh.pm@gmail.com>
Sent: Monday, November 9, 2026 4:00 PM
Subject: Thank you - Senior Product Manager

Thank you for taking the time to speak with me this morning.
"""))
add(dict(key="l-ty", date=at(tz, 2026, 11, 11, 15), frm=ME, to=[KEY], reply_to_key="ruairi-2", file=L,
         subject="Re: Larchmont - interview Wednesday 11th", body="""
Hi Ruairi, went well I think! Deirdre and Paul were lovely. Could you pass on my thanks? Saoirse
"""))
add(dict(key="indeed-1", date=at(tz, 2026, 11, 12, 6), frm="Indeed <alert@indeed.example>", to=[P], headers=LIST,
         subject="Product Owner jobs in Dublin: Larchmont Insurance and 9 more", body="""
Product Owner - Larchmont Insurance - Dublin 2
Product Manager, Payments - Tallowin Quay - Dublin

Unsubscribe from these emails.
"""))
add(dict(key="niamh-fwd", date=at(tz, 2026, 11, 13, 12), frm=NIAMH, to=[ME], file=F,
         subject="Fwd: Saoirse - round 2", body="""
Hi Saoirse, good news, see Colm's note below! I'll send times for the final round shortly.

Niamh

---------- Forwarded message ---------
From: Colm Brady <colm.brady@tallowinquay.com>
Date: Fri, 13 Nov 2026 at 11:20
Subject: Saoirse - round 2
To: Niamh Doherty <niamh.doherty@tallowinquay.com>

Niamh, let's bring Saoirse to the final round with Aisling and the CTO. Strong on payments.
"""))
add(dict(key="larch-no", date=at(tz, 2026, 11, 16, 9), frm=LARCH_HR, to=[P], file=L,
         subject="Your application: Product Owner, Claims", body="""
Dear Saoirse,

Thank you for taking the time to interview with us for the Product Owner, Claims role. We enjoyed meeting
you. After careful consideration we have decided to move forward with another candidate whose experience
more closely matches our needs.

We wish you every success in your search.

Larchmont Insurance Talent Team
"""))
add(dict(key="ruairi-3", date=at(tz, 2026, 11, 16, 11), frm=KEY, to=[ME], file=L,
         subject="Larchmont feedback", body="""
Hi Saoirse, sorry to see Larchmont went the other way. Their feedback was that they wanted someone with
more direct claims experience. I've a couple of other roles that might suit, can we chat this week?
Ruairi
"""))
add(dict(key="niamh-3", date=at(tz, 2026, 11, 16, 14), frm=NIAMH, to=[ME], file=F,
         subject="Tallowin Quay - final round", body="""
Hi Saoirse,

As promised, the final round will be on Tuesday 24 November from 13:00 to 15:00 at our office on
Sir John Rogerson's Quay: a case presentation with Aisling Moran (VP Product) and then 45 minutes with
our CTO. Does that work?

Niamh
"""))
add(dict(key="niamh-3-re", date=at(tz, 2026, 11, 16, 16), frm=ME, to=[NIAMH], reply_to_key="niamh-3", file=F,
         subject="Re: Tallowin Quay - final round", body="""
Hi Niamh, Tuesday 24th works perfectly. See you then! Saoirse

On Mon, 16 Nov 2026 at 14:00, Niamh Doherty <niamh.doherty@tallowinquay.com> wrote:
> As promised, the final round will be on Tuesday 24 November from 13:00 to 15:00
"""))
add(dict(key="bank", date=at(tz, 2026, 11, 17, 8), frm="Bank of Leinster <statements@bankofleinster.example>", to=[P], headers=GENERATED,
         subject="Your November statement is ready", body="""
Your November statement is ready to view in the app.
"""))
add(dict(key="k-2", date=at(1, 2026, 11, 17, 9), frm=KUEHNEL_HR, to=[ME], file=K,
         subject="Zweites Gespräch - Produktmanagerin Digitale Plattform", body="""
Sehr geehrte Frau Kavanagh,

wir freuen uns, Sie zu einem zweiten Gespräch mit unserem Geschäftsführer, Herrn Matthias Kühnel,
einzuladen: Donnerstag, 26. November 2026, 10:00 bis 11:00 Uhr (MEZ), per Teams.

Mit freundlichen Grüßen
Jana Kühnel
"""))
add(dict(key="friend-2", date=at(tz, 2026, 11, 18, 21), frm=FRIEND, to=[ME],
         subject="Re: drinks?", body="""
final round!!! so proud. insurance lot are eejits anyway x
"""))

build("saoirse-kavanagh-dublin", P, m,
      {F: "Senior Product Manager", L: "Product Owner, Claims", K: "Produktmanagerin Digitale Plattform"})

# The same final-round message as a saved .eml, to add beside the mbox (stored once by Message-ID).
import hashlib
mid = f"<{hashlib.sha1(('saoirse-kavanagh-dublin' + 'niamh-3').encode()).hexdigest()[:16]}@mail.tallowinquay.com>"
with open("../saoirse-final-round.eml", "w", encoding="utf-8", newline="") as f:
    f.write("\r\n".join([
        f"From: {NIAMH}", f"To: {ME}", "Subject: Tallowin Quay - final round",
        "Date: Mon, 16 Nov 2026 14:00:00 +0000", f"Message-ID: {mid}", "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "",
        "Hi Saoirse,", "", "As promised, the final round will be on Tuesday 24 November from 13:00 to 15:00 at our office on",
        "Sir John Rogerson's Quay: a case presentation with Aisling Moran (VP Product) and then 45 minutes with",
        "our CTO. Does that work?", "", "Niamh", ""]))
