"""Callum Reid, Glasgow: a data analyst job search, with an agency, an NHS trust and a start-up (all made up)."""
from mboxlib import AUTO, GENERATED, LIST, at, build

P = "callum.reid.data@hotmail.co.uk"
ME = "Callum Reid <callum.reid.data@hotmail.co.uk>"
FIONA = "Fiona Baird <fiona.baird@moorcroftsearch.co.uk>"
NADIA = "Nadia Rahman <nadia.rahman@pellucid.io>"
OWEN = "Owen Tait <owen.tait@pellucid.io>"
ORCH = "Dr Ailsa Munro <ailsa.munro@orchardvale.nhs.uk>"
ORCH_NET = "Ailsa Munro <ailsa.munro2@nhs.net>"
GRAN = "Gran <morag.reid@btinternet.com>"
A, PL, O = "Ashgrove Building Society", "Pellucid", "Orchard Vale NHS Foundation Trust"
m = []
add = m.append
tz = 0

add(dict(key="fiona-1", date=at(tz, 2026, 11, 2, 9), frm=FIONA, to=[ME], file=A,
         subject="Data Analyst - mutual, Glasgow", body="""
Hi Callum,

I'm recruiting for a Data Analyst role with Ashgrove Building Society in Glasgow. It's a permanent role,
£38-42k, and they're keen on someone with your SQL and Power BI experience. Can I send your CV over?

Fiona Baird
Senior Consultant, Moorcroft Search
"""))
add(dict(key="fiona-1-re", date=at(tz, 2026, 11, 2, 12), frm=ME, to=[FIONA], reply_to_key="fiona-1", file=A,
         subject="Re: Data Analyst - mutual, Glasgow", body="""
Hi Fiona, yes please go ahead. Thanks, Callum
"""))
add(dict(key="nadia-1", date=at(tz, 2026, 11, 3, 10), frm=NADIA, to=[ME], file=PL,
         subject="Quick question", body="""
Hi Callum,

Saw your talk at the Glasgow data meetup. Would you have 15 minutes on Thursday for a call about what
we're building on the platform side?

Nadia
"""))
add(dict(key="trac-ack", date=at(tz, 2026, 11, 3, 15), frm="Orchard Vale NHS Foundation Trust <noreply@trac.jobs>", to=[P], file=O,
         subject="Application received: Information Analyst (Band 6)", body="""
Dear Callum Reid,

Thank you for applying for the post of Information Analyst (Band 6) with Orchard Vale NHS Foundation Trust.
Your application reference is 1184-22. Shortlisting will take place after the closing date.
"""))
add(dict(key="nhs-alert", date=at(tz, 2026, 11, 4, 6), frm="NHS Jobs <alerts@jobs.nhs.uk>", to=[P], headers=LIST,
         subject="New jobs matching your search: analyst", body="""
Information Analyst (Band 6) - Orchard Vale NHS Foundation Trust
Data Analyst (Band 5) - Clydeside Health Board

Manage your alerts or unsubscribe.
"""))
add(dict(key="nadia-2", date=at(tz, 2026, 11, 5, 16), frm=NADIA, to=[ME], cc=[OWEN], file=PL,
         subject="Pellucid - interview with Owen", body="""
Hi Callum,

Great to chat today. As discussed, I'd like to set up an interview with Owen Tait, our Head of Data, for
the Senior Data Analyst role. Does Tuesday 10 November at 11:00 work?

Nadia Rahman
Talent Lead, Pellucid
"""))
add(dict(key="nadia-2-re", date=at(tz, 2026, 11, 5, 18), frm=ME, to=[NADIA], cc=[OWEN], file=PL,
         subject="RE: Pellucid - interview with Owen", body="""
Hi Nadia, Tuesday at 11:00 is perfect. See you then. Callum
"""))
add(dict(key="a-workday", date=at(tz, 2026, 11, 6, 9), frm="Ashgrove Building Society <ashgrove@myworkday.com>", to=[P], file=A,
         subject="Complete your application: Data Analyst", body="""
Dear Callum,

Moorcroft Search has put you forward for the Data Analyst position at Ashgrove Building Society. Please
complete your candidate profile by 9 November so we can consider your application.
"""))
add(dict(key="gran", date=at(tz, 2026, 11, 8, 11), frm=GRAN, to=[ME],
         subject="Tuesday", body="""
Callum, your mum says you've an interview for the building society job, that would be lovely and steady.
Come for tea Sunday. Gran
"""))
add(dict(key="o-invite", date=at(tz, 2026, 11, 9, 14), frm="Orchard Vale NHS Foundation Trust <noreply@trac.jobs>", to=[P], file=O,
         subject="Invitation to interview: Information Analyst (Band 6)", body="""
Dear Callum Reid,

We are pleased to invite you to interview for the post of Information Analyst (Band 6) on 17 November at
10:30 at Orchard Vale Hospital, Education Centre. Please book your slot via your Trac account.
"""))
add(dict(key="pl-ty", date=at(tz, 2026, 11, 10, 15), frm=ME, to=[OWEN], cc=[NADIA], file=PL,
         subject="Thanks for today", body="""
Hi Owen,

Thanks for the conversation this morning, I enjoyed the discussion about the event pipeline and the
data contracts work.

Best,
Callum
"""))
add(dict(key="pl-survey", date=at(tz, 2026, 11, 11, 9), frm="Pellucid <no-reply@greenhouse-mail.io>", to=[P], headers=LIST, file=PL,
         subject="How was your interview experience with Pellucid?", body="""
Hi Callum,

Thanks for interviewing with Pellucid. We'd love to hear about your interview experience. The survey
takes two minutes and your answers are anonymous.

Unsubscribe from candidate surveys.
"""))
add(dict(key="a-fiona-2", date=at(tz, 2026, 11, 12, 10), frm=FIONA, to=[ME], file=A,
         subject="Ashgrove - interview Friday", body="""
Hi Callum,

Ashgrove would like to see you on Friday 20 November at 2pm at their St Vincent Street office. You'll meet
Gordon Leckie, their Head of MI.

Fiona
"""))
add(dict(key="o-ailsa", date=at(tz, 2026, 11, 13, 9), frm=ORCH, to=[ME], file=O,
         subject="Interview on 17 November", body="""
Dear Callum,

I'll be chairing your interview panel on 17 November. Please bring photo ID and be ready to present for
ten minutes on how you would improve our waiting list reporting.

Dr Ailsa Munro
Head of Information, Orchard Vale NHS Foundation Trust
"""))
add(dict(key="o-ty", date=at(tz, 2026, 11, 17, 15), frm=ME, to=[ORCH], file=O,
         subject="Thank you for this morning", body="""
Dear Dr Munro,

Thank you for the interview this morning. I enjoyed presenting on the waiting list reporting.

Kind regards,
Callum Reid
"""))
add(dict(key="o-ailsa-net", date=at(tz, 2026, 11, 18, 20), frm=ORCH_NET, to=[ME], reply_to_key="o-ty", file=O,
         subject="Re: Thank you for this morning", body="""
Thank you Callum, it was a pleasure. We hope to let everyone know by the end of next week.
Ailsa
"""))
add(dict(key="pl-offer", date=at(tz, 2026, 11, 19, 16), frm=NADIA, to=[ME], file=PL,
         subject="Offer", body="""
Hi Callum,

Owen and the team loved meeting you. I'm delighted to offer you the Senior Data Analyst role at
£52,000. Full details attached.

Nadia
"""))
add(dict(key="a-ty", date=at(tz, 2026, 11, 20, 17), frm=ME, to=[FIONA], file=A,
         subject="Ashgrove interview", body="""
Hi Fiona, the interview with Gordon went well I think. We talked a lot about their member retention
reporting. Let me know what you hear. Callum
"""))
add(dict(key="a-reject", date=at(tz, 2026, 11, 25, 11), frm=FIONA, to=[ME], file=A,
         subject="Ashgrove feedback", body="""
Hi Callum,

Sorry to say Ashgrove have decided to go with another candidate. Gordon said it was very close.

Fiona
"""))
add(dict(key="pl-bgv", date=at(tz, 2026, 11, 26, 9), frm="Sterling <no-reply@sterlingcheck.com>", to=[P], file=PL,
         subject="Action required: background check for Pellucid", body="""
Hello Callum,

Pellucid has asked Sterling to complete a background check as part of your offer. Please provide your
details within 3 days.
"""))
add(dict(key="deals", date=at(tz, 2026, 11, 27, 8), frm="Highland Outdoor <deals@highlandoutdoor.co.uk>", to=[P], headers=LIST,
         subject="Black Friday: 40% off jackets", body="""
Our biggest sale of the year. Unsubscribe.
"""))

build("callum-reid-glasgow", P, m, {A: "Data Analyst", PL: "Senior Data Analyst", O: "Information Analyst (Band 6)"})
