"""Noor Haddad, Bristol: a process whose company writes again from its group's domain, a candidate survey and
a job alert from tracking systems in a list's dress, a scheduler's mail naming only the person met, a
tracking system's application beside the council's own invitation, and a friend writing from work (all made up)."""
from mboxlib import GENERATED, LIST, at, build

P = "noor.haddad.data@gmail.com"
ME = "Noor Haddad <noor.haddad.data@gmail.com>"
HANA = "Hana Brook <hana.brook@veldtmoor.co.uk>"
OLU = "Olu Pratt <olu.pratt@veldtmoorgroup.com>"
FEMI = "Femi Adu <femi.adu@rookwood.io>"
GWEN = "Gwen Ashcombe <gwen.ashcombe@larkhill.gov.uk>"
V, R, T = "Veldtmoor Energy", "Rookwood Analytics", "City of Larkhill"
m = []
add = m.append
tz = 0

add(dict(key="t-ack", date=at(tz, 2026, 11, 2, 8, 14), frm="City of Larkhill <noreply@taleo.net>", to=[P], file=T,
         headers=GENERATED, subject="Application received - Transport Planner (REQ 2291)", body="""
Dear Noor,

Thank you for applying to City of Larkhill for the position of Transport Planner (REQ 2291). We will review
your application and contact you if you are shortlisted.

City of Larkhill Recruitment
"""))
add(dict(key="v-invite", date=at(tz, 2026, 11, 3, 10), frm=HANA, to=[ME], file=V,
         subject="Interview invitation - Data Engineer", body="""
Hi Noor,

Thanks for applying to Veldtmoor Energy. We'd like to invite you to a first interview for the Data Engineer
role on Tuesday 10 November at 11:00, on Teams, with me and Raj from the platform team.

Best wishes,
Hana Brook
Talent Partner, Veldtmoor Energy
"""))
add(dict(key="v-conf", date=at(tz, 2026, 11, 3, 12), frm=ME, to=[HANA], file=V,
         subject="RE: Interview invitation - Data Engineer", body="""
Hi Hana, Tuesday at 11:00 is fine, thank you. Best, Noor
"""))
add(dict(key="r-intro", date=at(tz, 2026, 11, 4, 9), frm=FEMI, to=[ME], file=R,
         subject="Analytics Engineer at Rookwood", body="""
Hi Noor,

I lead talent at Rookwood Analytics. We're hiring an Analytics Engineer and your dbt work looks a great
fit. Would you be open to a first interview? Pick any slot in my calendar and it will send you the details.

Femi Adu
"""))
add(dict(key="r-intro-re", date=at(tz, 2026, 11, 4, 13), frm=ME, to=[FEMI], reply_to_key="r-intro", file=R,
         subject="Re: Analytics Engineer at Rookwood", body="""
Hi Femi, yes please, I've picked Thursday afternoon. Noor
"""))
add(dict(key="r-cal", date=at(tz, 2026, 11, 4, 13, 2), frm="Calendly <notifications@calendly.com>", to=[P], file=R,
         subject="Confirmed: Noor Haddad and Femi Adu on Thursday, 12 November 2026", body="""
Hi Noor Haddad,

A new event has been scheduled.

Event type: 45 Minute Interview
Host: Femi Adu
Invitee: Noor Haddad
Date: Thursday, 12 November 2026, 14:00 - 14:45 (GMT)
Location: Google Meet

Need to make changes? Cancel or reschedule.
"""))
add(dict(key="t-invite", date=at(tz, 2026, 11, 5, 15), frm=GWEN, to=[P], file=T,
         subject="Interview invitation - City of Larkhill", body="""
Dear Noor,

Further to your application for Transport Planner, we would like to invite you to interview on Monday
16 November at 09:30 at the Civic Centre, Room 4.

Gwen Ashcombe
HR Advisor
"""))
add(dict(key="t-conf", date=at(tz, 2026, 11, 5, 19), frm=ME, to=[GWEN], file=T,
         subject="RE: Interview invitation - City of Larkhill", body="""
Dear Gwen, thank you, I confirm Monday 16 November at 09:30. Kind regards, Noor Haddad
"""))
add(dict(key="jobs", date=at(tz, 2026, 11, 6, 7), frm="LinkedIn <jobs-listings@linkedin.com>", to=[P], headers=LIST,
         subject="Rookwood Analytics and 5 more are hiring: jobs you may like", body="""
Jobs you may like
Senior Analytics Engineer - Rookwood Analytics - Bristol
Data Engineer - Veldtmoor Energy - Bristol
See all jobs. Unsubscribe.
"""))
add(dict(key="v-ty", date=at(tz, 2026, 11, 10, 15), frm=ME, to=[HANA], file=V,
         subject="Thank you - Data Engineer interview", body="""
Hi Hana, thank you and Raj for your time this morning. I enjoyed hearing about the smart meter pipeline.
Best, Noor
"""))
add(dict(key="friend", date=at(tz, 2026, 11, 10, 18), frm="Sam Yates <sam.yates@pellucidads.co.uk>", to=[P],
         subject="how did it go??", body="""
Noor!! How did the Veldtmoor interview go? Fingers crossed for you. Drinks Friday to celebrate either way?
Sam
"""))
add(dict(key="r-ty", date=at(tz, 2026, 11, 12, 16), frm=ME, to=[FEMI], file=R,
         subject="Thank you", body="""
Hi Femi, thank you for the interview today, I enjoyed the discussion about the metrics layer. Noor
"""))
add(dict(key="v-group", date=at(tz, 2026, 11, 13, 11), frm=OLU, to=[ME], file=V,
         subject="Second interview - Data Engineer, Veldtmoor Energy", body="""
Dear Noor,

I coordinate interviews for Veldtmoor Energy. The hiring team would like to invite you to a second interview
on Friday 20 November at 10:00 at our Temple Quay office.

Olu Pratt
Veldtmoor Group People Services
"""))
add(dict(key="v-survey", date=at(tz, 2026, 11, 13, 12), frm="Veldtmoor Energy <no-reply@greenhouse.io>", to=[P],
         headers=LIST, file=V, subject="How was your recent interview with Veldtmoor Energy?", body="""
Hi Noor,

Thank you for taking the time to interview with Veldtmoor Energy. We'd love to hear about your recent
interview experience: the survey takes two minutes and is anonymous.

Unsubscribe from candidate surveys.
"""))
add(dict(key="v-alert", date=at(tz, 2026, 11, 14, 7), frm="Veldtmoor Energy Careers <alerts@myworkdayjobs.com>", to=[P],
         headers=LIST, subject="New jobs at Veldtmoor Energy that match your alert", body="""
New jobs matching your job alert: Data Analyst, Bristol; Platform Engineer, Bristol.
Manage your job alerts. Unsubscribe.
"""))
add(dict(key="v-bill", date=at(tz, 2026, 11, 15, 6), frm="Veldtmoor Energy <billing@veldtmoor.co.uk>", to=[P],
         subject="Your November energy bill is ready", body="""
Your bill for account 4417-220 is ready: £86.12, to be collected on 1 December.
"""))
add(dict(key="t-portal", date=at(tz, 2026, 11, 18, 9), frm="City of Larkhill <noreply@taleo.net>", to=[P], file=T,
         headers=LIST, subject="Update on your application - Transport Planner", body="""
Dear Noor,

There is an update on your application for Transport Planner (REQ 2291). Please log in to view it.

Unsubscribe from job alerts.
"""))
add(dict(key="t-portal2", date=at(tz, 2026, 11, 19, 8), frm="City of Larkhill <noreply@taleo.net>", to=[P], file=T,
         headers=LIST, subject="Transport Planner (REQ 2291)", body="""
Dear Noor,

Please log in to the candidate portal to see a new document.

Unsubscribe
"""))
add(dict(key="r-viewed", date=at(tz, 2026, 11, 5, 8), frm="Reed <noreply@reed.co.uk>", to=[P], file=R,
         subject="Rookwood Analytics viewed your CV", body="""
Good news, Noor: Rookwood Analytics viewed your CV for Analytics Engineer.
"""))
add(dict(key="r-alert", date=at(tz, 2026, 11, 16, 7), frm="Reed <noreply@reed.co.uk>", to=[P], headers=LIST,
         subject="New jobs for you in Bristol", body="""
New jobs matching your search: Analytics Engineer - Rookwood Analytics; BI Developer - Copperfield Ltd.
Unsubscribe.
"""))
add(dict(key="r-no", date=at(tz, 2026, 11, 19, 10), frm=FEMI, to=[ME], file=R,
         subject="Rookwood - Analytics Engineer", body="""
Hi Noor, thank you for your time last week. We've decided to move forward with another candidate this time.
Femi
"""))

build("noor-haddad-bristol", P, m, {V: "Data Engineer", R: "Analytics Engineer", T: "Transport Planner"})
