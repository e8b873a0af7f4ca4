"""Ama Boateng, London: two agency processes, one search that names its client late (all made up)."""
from mboxlib import AUTO, GENERATED, LIST, at, build

P = "ama.boateng@icloud.com"
ME = "Ama Boateng <ama.boateng@icloud.com>"
REC = "Leo Hartley <leo.hartley@ravenhillsearch.com>"
CON = "Priti Desai <priti.desai@calderwoodhale.co.uk>"
CLIENT = "Joanna Fry <joanna.fry@thamesmerebank.co.uk>"
TB, SG = "Thamesmere Bank", "Stonegate Utilities"
m = []
add = m.append
tz = 0

add(dict(key="leo-1", date=at(tz, 2026, 11, 2, 9), frm=REC, to=[ME], file=TB,
         subject="Risk Analytics Lead - confidential", body="""
Hi Ama,

I'm working on a confidential Risk Analytics Lead role for a well-known UK bank. It's a new team of six
and your credit modelling background looks a strong fit. Do you have time for a call tomorrow?

Leo Hartley
Ravenhill Search
"""))
add(dict(key="leo-1-re", date=at(tz, 2026, 11, 2, 13), frm=ME, to=[REC], reply_to_key="leo-1", file=TB,
         subject="Re: Risk Analytics Lead - confidential", body="""
Hi Leo, happy to talk, 10am tomorrow works. Ama
"""))
add(dict(key="priti-1", date=at(tz, 2026, 11, 3, 11), frm=CON, to=[ME], file=SG,
         subject="Head of Pricing Analytics", body="""
Hi Ama,

Following our chat, I've sent your CV to Stonegate Utilities for the Head of Pricing Analytics role.
They'll let me know about interviews by Friday.

Priti Desai
Principal Consultant
"""))
add(dict(key="leo-2", date=at(tz, 2026, 11, 4, 10), frm=REC, to=[ME], file=TB,
         subject="Next steps", body="""
Hi Ama,

Good news: I can now tell you the client is Thamesmere Bank. Their Chief Risk Officer, Joanna Fry, would
like to meet you next Wednesday. She'll be in touch directly.

Leo
"""))
add(dict(key="tb-1", date=at(tz, 2026, 11, 5, 9), frm=CLIENT, to=[ME], file=TB,
         subject="Interview - Risk Analytics Lead", body="""
Dear Ama,

Leo tells me you're free on Wednesday 11 November. Could we meet at 14:00 at our Moorgate office for an
hour? I'll bring one of my team.

Joanna Fry
Chief Risk Officer
"""))
add(dict(key="tb-1-re", date=at(tz, 2026, 11, 5, 12), frm=ME, to=[CLIENT], reply_to_key="tb-1", file=TB,
         subject="Re: Interview - Risk Analytics Lead", body="""
Dear Joanna, Wednesday at 14:00 is perfect, thank you. Kind regards, Ama
"""))
add(dict(key="news", date=at(tz, 2026, 11, 6, 7), frm="Risk Weekly <newsletter@riskweekly.example>", to=[P], headers=LIST,
         subject="Risk Weekly: banks are hiring again", body="""
Thamesmere Bank is building a new risk analytics team. Unsubscribe.
"""))
add(dict(key="sg-1", date=at(tz, 2026, 11, 9, 15), frm=CON, to=[ME], file=SG,
         subject="Stonegate - interview Thursday", body="""
Hi Ama, Stonegate would like to interview you on Thursday 12 November at 10am at their Reading office.
Priti
"""))
add(dict(key="tb-ty", date=at(tz, 2026, 11, 11, 16), frm=ME, to=[CLIENT], cc=[REC], file=TB,
         subject="Thank you", body="""
Dear Joanna, thank you for your time this afternoon. I enjoyed the discussion about the new IFRS 9 models.
Kind regards, Ama
"""))
add(dict(key="sg-2", date=at(tz, 2026, 11, 16, 12), frm=CON, to=[ME], file=SG,
         subject="Stonegate feedback", body="""
Hi Ama, Stonegate have decided not to progress, they went with an internal candidate. Sorry! Priti
"""))

build("ama-boateng-london", P, m, {TB: "Risk Analytics Lead", SG: "Head of Pricing Analytics"})
