"""Priya Natarajan, Leeds: an operations analyst job search, October to December (all made up)."""
from mboxlib import AUTO, GENERATED, LIST, at, build

ME = "Priya Natarajan <priya.natarajan.ops@gmail.com>"
P = "priya.natarajan.ops@gmail.com"
TOM = "Tom Ashcombe <tom.ashcombe@fernhollow.co.uk>"
HANA = "Hana Mistry <hana.mistry@fernhollow.co.uk>"
HANA_HOME = "Hana Mistry <hana.k.mistry@gmail.com>"
JADE = "Jade Whitlock <jade.whitlock@ardenttalent.co.uk>"
MARK = "Mark Oduya <mark.oduya@castlemere-insurance.co.uk>"
BO = "Brindle & Oak People Team <people@brindleoak.com>"
SAM = "Sam Wetherby <sam.wetherby@btinternet.com>"
MUM = "Mum <lakshmi.natarajan@yahoo.co.uk>"
F, C, B = "Fernhollow Logistics", "Castlemere Insurance", "Brindle & Oak"

m = []
add = m.append

add(dict(key="ops-weekly-1", date=at(0, 2026, 10, 26, 7), frm="The Ops Weekly <newsletter@opsweekly.io>", to=[P],
         subject="The Ops Weekly: forecasting without tears", headers=LIST, body="""
This week: why your demand forecast is wrong, and three charts that help.

Also: hiring is picking up across logistics, with operations analyst roles up 12% on last quarter.

You are receiving this because you subscribed at opsweekly.io. Unsubscribe any time.
"""))
add(dict(key="f-ack", date=at(0, 2026, 10, 27, 9, 14), frm="Fernhollow Logistics <fernhollow@myworkday.com>", to=[P],
         subject="Thank you for applying: Operations Analyst (R-10442)", headers=GENERATED, file=F, body="""
Dear Priya,

Thank you for your application for the Operations Analyst role (R-10442) at Fernhollow Logistics.
Our talent team will review your application and be in touch if your experience matches what we need.

You can follow the status of your application in your candidate home.

Fernhollow Logistics Talent Acquisition
"""))
add(dict(key="c-intro", date=at(0, 2026, 10, 28, 11, 2), frm=JADE, to=[ME], file=C,
         subject="Claims Data Manager opportunity - Leeds", body="""
Hi Priya,

I came across your profile and wanted to reach out about a Claims Data Manager role I'm recruiting for.
My client, Castlemere Insurance, is building out its claims analytics team in Leeds and is looking for
someone with your mix of operations and SQL.

Salary is £48-55k plus bonus, hybrid three days in the office. Would you be open to a quick call this week?

Best,
Jade Whitlock
Senior Consultant | Ardent Talent Partners
"""))
add(dict(key="c-reply", date=at(0, 2026, 10, 28, 18, 40), frm=ME, to=[JADE], reply_to_key="c-intro", file=C,
         subject="Re: Claims Data Manager opportunity - Leeds", body="""
Hi Jade,

Thanks for getting in touch, this sounds interesting. I'm free Thursday after 2pm for a call.

Best,
Priya
"""))
add(dict(key="b-ack", date=at(0, 2026, 10, 29, 8, 30), frm="Brindle & Oak <no-reply@hire.lever.co>", to=[P], file=B,
         subject="Thanks for applying to Brindle & Oak", body="""
Hi Priya,

Thanks for applying for the Supply Planner position at Brindle & Oak. We've received your application
and our team is reviewing it now.

Brindle & Oak
Sent via Lever
"""))
add(dict(key="f-invite", date=at(0, 2026, 10, 30, 10, 5), frm=TOM, to=[ME], file=F,
         subject="Operations Analyst - next steps", body="""
Hi Priya,

Thanks for applying for the Operations Analyst role. I'd like to set up a 30 minute phone screen to
talk through your background. Please pick a time that suits you with the link below.

https://calendly.com/tom-ashcombe/30min

Kind regards,
Tom Ashcombe
Talent Partner, Fernhollow Logistics
"""))
add(dict(key="f-invite-re", date=at(0, 2026, 10, 30, 12, 30), frm=ME, to=[TOM], reply_to_key="f-invite", file=F,
         subject="Re: Operations Analyst - next steps", body="""
Hi Tom,

Thank you, I've booked Tuesday at 10am. Looking forward to speaking with you.

Best wishes,
Priya
"""))
add(dict(key="f-calendly", date=at(0, 2026, 10, 30, 12, 28), frm="Calendly <no-reply@calendly.com>", to=[P], file=F,
         subject="Confirmed: Priya Natarajan and Tom Ashcombe on Tuesday, 3 November 2026", body="""
Hi Priya Natarajan,

A new event has been scheduled.

Event Type: Phone screen - Fernhollow Logistics
Invitee: Priya Natarajan
Invitee Email: priya.natarajan.ops@gmail.com
Event Date/Time: 10:00 - Tuesday, 3 November 2026 (GMT)

Cancel or reschedule: https://calendly.com/cancellations/abc
"""))
add(dict(key="sam-1", date=at(0, 2026, 10, 31, 9), frm=SAM, to=[ME],
         subject="Saturday?", body="""
Hey P, are you still up for the climbing wall on Saturday? Also heard you've got an interview at
Fernhollow next week, good luck!! They're a decent lot apparently.

Sam
"""))
add(dict(key="sam-1-re", date=at(0, 2026, 10, 31, 13), frm=ME, to=[SAM], reply_to_key="sam-1",
         subject="Re: Saturday?", body="""
Yes! 11am? And thanks, it's just a phone screen with their recruiter, fingers crossed.
"""))
add(dict(key="alert-1", date=at(0, 2026, 11, 1, 6), frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", to=[P],
         subject="15 new jobs for 'operations analyst' in Leeds", headers=LIST, body="""
Operations Analyst
Fernhollow Logistics - Leeds (Hybrid)

Claims Data Manager
Castlemere Insurance - Leeds

Supply Chain Analyst
Harrowgate Foods - Bradford

See all jobs. You are receiving job alert emails. Unsubscribe: https://www.linkedin.com/e/unsub
"""))
add(dict(key="c-booked", date=at(0, 2026, 11, 2, 15, 20), frm=JADE, to=[ME], file=C,
         subject="RE: Claims Data Manager - Castlemere Insurance interview", body="""
Hi Priya,

Great news, Castlemere would like to meet you. Mark Oduya, Head of Claims Analytics, will interview you
on Friday 6 November at 2pm at their Wellington Place office. He'll send a calendar invite directly.

Any questions, shout.

Jade
Ardent Talent Partners
"""))
add(dict(key="f-screen-ty", date=at(0, 2026, 11, 3, 14, 10), frm=ME, to=[TOM], file=F,
         subject="Thank you", body="""
Hi Tom,

Thank you for taking the time to speak with me this morning. I enjoyed hearing about how the network
planning team works with the depots, and I'm keen to take the next step.

Best wishes,
Priya Natarajan
"""))
add(dict(key="c-hackerrank", date=at(0, 2026, 11, 3, 16), frm="HackerRank <support@hackerrankforwork.com>", to=[P], file=C,
         subject="Castlemere Insurance has invited you to take a test", body="""
Hi Priya,

Castlemere Insurance has invited you to complete the SQL Skills Assessment as part of your application.
The test takes about 60 minutes and must be completed within 5 days.

Start test: https://www.hackerrank.com/tests/abc123

Good luck!
The HackerRank Team
"""))
add(dict(key="c-mark-invite", date=at(0, 2026, 11, 3, 17, 45), frm=MARK, to=[ME], file=C,
         subject="Interview: Claims Data Manager", body="""
Dear Priya,

I'm looking forward to meeting you on Friday 6 November at 14:00 at Wellington Place, 4th floor.
We'll talk through your experience and then I'll give you a short case to discuss. Plan for an hour.

Ask for me at reception.

Mark Oduya
Head of Claims Analytics
Castlemere Insurance
"""))
add(dict(key="f-round2", date=at(0, 2026, 11, 4, 9, 30), frm=TOM, to=[ME], reply_to_key="f-screen-ty", file=F,
         subject="RE: Thank you", body="""
Hi Priya,

Thanks Priya, lovely to speak. I'm pleased to say we'd like to invite you to a second round with Hana
Mistry, our Network Planning Manager. You'll get an invitation from our scheduling system shortly.

Tom
"""))
add(dict(key="f-greenhouse", date=at(0, 2026, 11, 4, 9, 41), frm="Fernhollow Logistics <no-reply@greenhouse.io>", to=[P], file=F,
         subject="Interview invitation: Operations Analyst at Fernhollow Logistics", body="""
Hi Priya,

You've been invited to interview for the Operations Analyst position at Fernhollow Logistics.

Please choose a time for your 60 minute interview with Hana Mistry:
https://app.greenhouse.io/schedule/xyz

Thanks,
Fernhollow Logistics Recruiting
"""))
add(dict(key="b-invite", date=at(0, 2026, 11, 4, 13), frm=BO, to=[ME], file=B,
         subject="Your application for Supply Planner - Brindle & Oak", body="""
Hi Priya,

Thanks for your interest in Brindle & Oak. We'd like to invite you to a 45 minute video interview with
Ellis Grant, our Head of Supply, on Monday 9 November at 11:00. Please confirm that time works.

Best,
Brindle & Oak People Team
"""))
add(dict(key="b-invite-re", date=at(0, 2026, 11, 4, 19, 20), frm=ME, to=[BO], reply_to_key="b-invite", file=B,
         subject="Re: Your application for Supply Planner - Brindle & Oak", body="""
Hi,

Monday 9 November at 11:00 works well for me, thank you. I look forward to it.

Kind regards,
Priya Natarajan
"""))
add(dict(key="b-ooo", date=at(0, 2026, 11, 4, 19, 21), frm=BO, to=[ME], reply_to_key="b-invite-re", headers=AUTO, file=B,
         subject="Automatic reply: Re: Your application for Supply Planner - Brindle & Oak", body="""
Thanks for your email. The People Team reads this mailbox Monday to Thursday and will reply as soon
as we can.
"""))
add(dict(key="f-hana-note", date=at(0, 2026, 11, 5, 8, 50), frm=ME, to=[HANA], file=F,
         subject="Looking forward to Thursday", body="""
Hi Hana,

I've booked Thursday 12 November at 3pm through your scheduling system. Is there anything you'd like me
to prepare beforehand?

Best,
Priya
"""))
add(dict(key="f-hana-home", date=at(0, 2026, 11, 5, 21, 15), frm=HANA_HOME, to=[ME], reply_to_key="f-hana-note", file=F,
         subject="Re: Looking forward to Thursday", body="""
Hi Priya, replying from my phone. No need to prepare anything, but have a think about how you'd set
weekly stock targets for a depot. See you Thursday!

Hana
"""))
add(dict(key="b-shl", date=at(0, 2026, 11, 5, 10), frm="SHL <noreply@shl.com>", to=[P], file=B,
         subject="Brindle & Oak: please complete your assessment", body="""
Dear Priya Natarajan,

Brindle & Oak has asked you to complete an online assessment for the Supply Planner role.
Please complete it before 8 November 2026.

Start your assessment: https://candidate.shl.com/start/xyz
"""))
add(dict(key="bank-1", date=at(0, 2026, 11, 5, 12), frm="Northgate Bank <statements@northgatebank.co.uk>", to=[P],
         subject="Your November statement is ready", body="""
Dear Ms Natarajan,

Your statement for account ending 4471 is ready to view in online banking.

Northgate Bank
"""))
add(dict(key="c-ty", date=at(0, 2026, 11, 6, 17, 5), frm=ME, to=[MARK], file=C,
         subject="Thank you for today", body="""
Dear Mark,

Thank you for meeting me this afternoon. I enjoyed working through the claims leakage case with you and
hearing how the team plans to move reporting off spreadsheets.

Kind regards,
Priya Natarajan
"""))
add(dict(key="mum-1", date=at(0, 2026, 11, 7, 10), frm=MUM, to=[ME],
         subject="how did it go", body="""
Hello darling, how did the interview go yesterday? Call me this weekend. Dad says hello.
Love, Mum
"""))
add(dict(key="b-reject", date=at(0, 2026, 11, 10, 16), frm=BO, to=[ME], file=B,
         subject="Supply Planner at Brindle & Oak", body="""
Hi Priya,

Thank you for taking the time to interview with us for the Supply Planner role. After careful
consideration we have decided not to move forward with your application at this time.

We wish you every success with your search.

Brindle & Oak People Team
"""))
add(dict(key="c-feedback", date=at(0, 2026, 11, 11, 11, 30), frm=JADE, to=[ME], file=C,
         subject="Feedback from Castlemere", body="""
Hi Priya,

I've had feedback from Mark. He enjoyed meeting you and liked your approach to the case, but they've
decided to go with a candidate with more insurance experience. I'm sorry it's not better news.

I'll keep you in mind for other roles.

Jade
"""))
add(dict(key="ops-weekly-2", date=at(0, 2026, 11, 9, 7), frm="The Ops Weekly <newsletter@opsweekly.io>", to=[P],
         subject="The Ops Weekly: the interview questions planners dread", headers=LIST, body="""
This week: five interview questions for supply and operations roles, and how to answer them.

You are receiving this because you subscribed at opsweekly.io. Unsubscribe any time.
"""))
add(dict(key="f-ty2", date=at(0, 2026, 11, 12, 16, 40), frm=ME, to=[HANA], cc=[TOM], file=F,
         subject="Thank you - second round", body="""
Hi Hana,

Thank you for the conversation this afternoon. I really enjoyed the depot stock-target exercise and
hearing about the new cross-dock in Wakefield.

Best wishes,
Priya
"""))
add(dict(key="f-ooo", date=at(0, 2026, 11, 12, 16, 41), frm=HANA, to=[ME], reply_to_key="f-ty2", headers=AUTO, file=F,
         subject="Automatic reply: Thank you - second round", body="""
I'm out of the office until Monday 16 November with limited access to email.
"""))
add(dict(key="f-fwd", date=at(0, 2026, 11, 17, 10), frm=TOM, to=[ME], file=F,
         subject="Fwd: Operations Analyst - feedback", body="""
Hi Priya,

Forwarding Hana's note below, I thought you'd like to see it. We're putting an offer together and I'll
call you tomorrow.

Tom

---------- Forwarded message ---------
From: Hana Mistry <hana.mistry@fernhollow.co.uk>
Date: Mon, 16 Nov 2026 at 09:12
Subject: Operations Analyst - feedback
To: Tom Ashcombe <tom.ashcombe@fernhollow.co.uk>

Tom, Priya was the strongest of the three. Happy to go to offer.
Hana
"""))
add(dict(key="sam-2", date=at(0, 2026, 11, 17, 20), frm=SAM, to=[ME],
         subject="!!!", body="""
Heard from Jo that Fernhollow want you - congrats on the offer!! Drinks on you.
"""))
add(dict(key="f-parcel", date=at(0, 2026, 11, 18, 8), frm="Fernhollow Logistics <tracking@fernhollow.co.uk>", to=[P],
         subject="Your parcel is on its way", body="""
Your parcel from Eastmoor Books is on its way and will arrive tomorrow between 10:00 and 14:00.

Track your delivery: https://track.fernhollow.co.uk/FH88231
"""))
add(dict(key="f-offer", date=at(0, 2026, 11, 18, 15), frm=TOM, to=[ME], file=F,
         subject="Offer - Operations Analyst", body="""
Hi Priya,

Following our call, I'm delighted to confirm our offer for the Operations Analyst role at a salary of
£42,000. The formal offer letter will follow by DocuSign today.

Tom Ashcombe
Talent Partner, Fernhollow Logistics
"""))
add(dict(key="f-docusign", date=at(0, 2026, 11, 18, 15, 20), frm="Tom Ashcombe via Docusign <dse_NA4@docusign.net>", to=[P], file=F,
         subject="Please DocuSign: Fernhollow Logistics - Offer of Employment", body="""
Tom Ashcombe sent you a document to review and sign.

REVIEW DOCUMENT

Please review and sign the offer letter for the Operations Analyst role.

Do Not Share This Email. This email contains a secure link to Docusign.
"""))
add(dict(key="f-accept", date=at(0, 2026, 11, 19, 9), frm=ME, to=[TOM], reply_to_key="f-offer", file=F,
         subject="Re: Offer - Operations Analyst", body="""
Hi Tom,

I'm delighted to accept, and I've signed the letter. Thank you for all your help through the process.

Best wishes,
Priya
"""))
add(dict(key="alert-2", date=at(0, 2026, 11, 20, 6), frm="Indeed <alert@indeed.com>", to=[P],
         subject="Supply Planner at Brindle & Oak and 9 more jobs", headers=LIST, body="""
Supply Planner - Brindle & Oak - Harrogate
Operations Analyst - Fernhollow Logistics - Leeds

Unsubscribe from this job alert.
"""))

build("priya-natarajan-leeds", P, m, {F: "Operations Analyst", C: "Claims Data Manager", B: "Supply Planner"})
