"""Tomás Aguilar, Sydney: a finance and events job search in English and Spanish (all made up)."""
from mboxlib import AUTO, GENERATED, LIST, at, build

P = "tomas.aguilar.fin@bigpond.com"
ME = "Tomás Aguilar <tomas.aguilar.fin@bigpond.com>"
REB = "Rebecca Lowe <rebecca.lowe@pearsonfinch.com.au>"
GUM = "Hugh Carver <hugh.carver@gumleaf.com.au>"
WAT = "Wattle Energy Careers <careers@wattleenergy.com.au>"
WAT_BILL = "Wattle Energy <accounts@wattleenergy.com.au>"
SOFIA = "Sofía Medina <sofia.medina@grupo-alameda.mx>"
LUIS = "Luis Ortega <luis.ortega@gmail.com>"
FRIEND = "Daniel Park <danpark88@optusnet.com.au>"
G, W, A, H = "Gumleaf Capital", "Wattle Energy", "Grupo Alameda", "Harbourview Council"
m = []
add = m.append
tz = 11

add(dict(key="seek-sub", date=at(tz, 2026, 10, 1, 9), frm="SEEK <noreply@s.seek.com.au>", to=[P], file=W,
         subject="Your application was successfully submitted", body="""
Hi Tomás,

Your application for Financial Analyst at Wattle Energy was successfully submitted.

Good luck!
SEEK
"""))
add(dict(key="rebecca-1", date=at(tz, 2026, 10, 2, 10), frm=REB, to=[ME], file=G,
         subject="Senior Financial Analyst - confidential search", body="""
Hi Tomás,

I'm leading a search for a Senior Financial Analyst at Gumleaf Capital, a Sydney-based infrastructure
investor. The role reports to the CFO and would suit your modelling background. Are you open to a
conversation this week?

Kind regards,
Rebecca Lowe
Principal | Pearson Finch Executive Search
"""))
add(dict(key="rebecca-1-re", date=at(tz, 2026, 10, 2, 15), frm=ME, to=[REB], reply_to_key="rebecca-1", file=G,
         subject="Re: Senior Financial Analyst - confidential search", body="""
Hi Rebecca, yes, happy to talk. Thursday morning suits me. Tomás
"""))
add(dict(key="seek-viewed", date=at(tz, 2026, 10, 3, 11), frm="SEEK <noreply@s.seek.com.au>", to=[P], file=W,
         subject="Wattle Energy viewed your application", body="""
Hi Tomás,

Good news: Wattle Energy viewed your application for Financial Analyst.

SEEK
"""))
add(dict(key="seek-alert", date=at(tz, 2026, 10, 4, 6), frm="SEEK Job Mail <jobmail@s.seek.com.au>", to=[P], headers=LIST,
         subject="8 new Financial Analyst jobs", body="""
Financial Analyst - Wattle Energy - Sydney NSW
Senior Analyst - Gumleaf Capital - Sydney NSW

Unsubscribe from Job Mail.
"""))
add(dict(key="w-bill", date=at(tz, 2026, 10, 5, 9), frm=WAT_BILL, to=[ME],
         subject="Your Wattle Energy bill is ready", body="""
Hi Tomás, your electricity bill for September is $142.30, due on 20 October. Pay online or by direct debit.
"""))
add(dict(key="w-invite", date=at(tz, 2026, 10, 6, 14), frm=WAT, to=[ME], file=W,
         subject="Interview invitation - Financial Analyst", body="""
Dear Tomás,

Thank you for applying for the Financial Analyst position. We would like to invite you to an interview
with our Finance Manager, Grace Tan, on Tuesday 13 October at 10:00 AEDT at our North Sydney office.

Please reply to confirm.

Wattle Energy Talent Acquisition
"""))
add(dict(key="w-confirm", date=at(tz, 2026, 10, 6, 18), frm=ME, to=[WAT], file=W,
         subject="RE: Interview invitation - Financial Analyst", body="""
Dear Grace and team, I confirm I'll attend on Tuesday 13 October at 10:00. Thank you. Tomás Aguilar
"""))
add(dict(key="g-booked", date=at(tz, 2026, 10, 8, 16), frm=REB, to=[ME], file=G,
         subject="Gumleaf - first interview", body="""
Hi Tomás,

Gumleaf would like to meet you. You'll meet Hugh Carver, their CFO, on Monday 12 October at 2pm at
their Barangaroo office. Hugh may email you directly.

Rebecca
"""))
add(dict(key="g-hugh", date=at(tz, 2026, 10, 9, 9), frm=GUM, to=[ME], cc=[REB], file=G,
         subject="Monday", body="""
Tomás, looking forward to Monday at 2. Level 21, ask for me at reception. Hugh
"""))
add(dict(key="luis-1", date=at(tz, 2026, 10, 9, 20), frm=LUIS, to=[ME],
         subject="¿Cómo va todo?", body="""
¡Hola primo! ¿Qué tal la búsqueda de trabajo? Mi mamá dice que tienes una entrevista la próxima semana. ¡Suerte!
Luis
"""))
add(dict(key="a-sofia", date=at(tz, 2026, 10, 10, 8), frm=SOFIA, to=[ME], file=A,
         subject="Proceso de selección - Gerente de Planeación Financiera", body="""
Estimado Tomás:

Gracias por tu interés en Grupo Alameda. Nos gustaría invitarte a una entrevista por videollamada para
la posición de Gerente de Planeación Financiera el jueves 15 de octubre a las 9:00 (hora de Ciudad de México).

Por favor confírmame tu disponibilidad.

Saludos cordiales,
Sofía Medina
Atracción de Talento, Grupo Alameda
"""))
add(dict(key="a-sofia-re", date=at(tz, 2026, 10, 10, 12), frm=ME, to=[SOFIA], reply_to_key="a-sofia", file=A,
         subject="RE: Proceso de selección - Gerente de Planeación Financiera", body="""
Hola Sofía, muchas gracias. Confirmo el jueves 15 a las 9:00. Saludos, Tomás
"""))
add(dict(key="a-calendly", date=at(tz, 2026, 10, 10, 12, 5), frm="Calendly <no-reply@calendly.com>", to=[P], file=A,
         subject="Nuevo evento: Entrevista Grupo Alameda - Tomás Aguilar", body="""
Hola Tomás Aguilar:

Se ha programado un nuevo evento.

Tipo de evento: Entrevista Grupo Alameda
Fecha: jueves, 15 de octubre de 2026, 09:00 (hora de Ciudad de México)
"""))
add(dict(key="g-ty", date=at(tz, 2026, 10, 12, 17), frm=ME, to=[GUM], cc=[REB], file=G,
         subject="Thank you", body="""
Dear Hugh,

Thank you for your time this afternoon. I enjoyed our discussion of the toll road refinancing and the
team's plans for the new reporting pack.

Kind regards,
Tomás
"""))
add(dict(key="w-ty", date=at(tz, 2026, 10, 13, 15), frm=ME, to=["Grace Tan <grace.tan@wattleenergy.com.au>"], file=W,
         subject="Thank you for this morning", body="""
Dear Grace,

Thank you for meeting me this morning. I appreciated hearing about the hedging work and the move to
monthly forecasting.

Kind regards,
Tomás Aguilar
"""))
add(dict(key="w-grace-ooo", date=at(tz, 2026, 10, 13, 15, 1), frm="Grace Tan <grace.tan@wattleenergy.com.au>", to=[ME], headers=AUTO, file=W,
         subject="Out of Office: Thank you for this morning", body="""
I'm on leave until 19 October. For urgent matters please contact the finance team.
"""))
add(dict(key="a-shl", date=at(tz, 2026, 10, 14, 7), frm="SHL <noreply@shl.com>", to=[P], file=A,
         subject="Grupo Alameda: invitación a evaluación", body="""
Estimado/a Tomás Aguilar:

Grupo Alameda le invita a completar una evaluación en línea para la posición de Gerente de Planeación
Financiera. Tiene 5 días para completarla.
"""))
add(dict(key="friend-1", date=at(tz, 2026, 10, 14, 19), frm=FRIEND, to=[ME],
         subject="footy sunday + how'd it go", body="""
Mate, footy on Sunday? And how'd the energy company interview go?
"""))
add(dict(key="a-ty", date=at(tz, 2026, 10, 16, 2), frm=ME, to=[SOFIA], file=A,
         subject="Gracias por la entrevista", body="""
Hola Sofía,

Muchas gracias por la entrevista de ayer. Me encantó conocer los planes de expansión en Monterrey.

Saludos,
Tomás
"""))
add(dict(key="g-final", date=at(tz, 2026, 10, 19, 10), frm=REB, to=[ME], file=G,
         subject="Good news - final round", body="""
Hi Tomás,

Hugh was impressed and would like you to meet the CEO for a final round next week. I'll confirm the time
tomorrow.

Rebecca
"""))
add(dict(key="h-apply", date=at(tz, 2026, 10, 20, 20), frm=ME, to=["Harbourview Council Recruitment <jobs@harbourview.nsw.gov.au>"], file=H,
         subject="Application - Finance Business Partner (Ref 4471)", body="""
Dear Recruitment Team,

Please find attached my resume and cover letter for the Finance Business Partner role (Ref 4471).

Kind regards,
Tomás Aguilar
"""))
add(dict(key="h-auto", date=at(tz, 2026, 10, 20, 20, 1), frm="Harbourview Council Recruitment <jobs@harbourview.nsw.gov.au>", to=[ME], headers=AUTO, file=H,
         subject="Automatic reply: Application - Finance Business Partner (Ref 4471)", body="""
Thank you for your email. Applications are reviewed after the closing date. Shortlisted applicants will be
contacted within three weeks.
"""))
add(dict(key="w-reject", date=at(tz, 2026, 10, 22, 11), frm=WAT, to=[ME], file=W,
         subject="Your application - Financial Analyst", body="""
Dear Tomás,

Thank you for your interest in Wattle Energy. Unfortunately we will not be progressing your application
further. We wish you well.

Wattle Energy Talent Acquisition
"""))
add(dict(key="a-offer", date=at(tz, 2026, 10, 26, 3), frm=SOFIA, to=[ME], file=A,
         subject="Oferta - Gerente de Planeación Financiera", body="""
Estimado Tomás:

Nos da mucho gusto compartirte nuestra oferta laboral para la posición de Gerente de Planeación
Financiera. Adjunto la carta oferta. Quedo atenta a tus comentarios.

Sofía
"""))
add(dict(key="newsletter", date=at(tz, 2026, 10, 27, 6), frm="AFR Weekend <newsletters@afr.com>", to=[P], headers=LIST,
         subject="The week in markets", body="""
Rates, resources and the race for talent: the CFO hiring market is heating up.

Unsubscribe or manage preferences.
"""))

build("tomas-aguilar-sydney", P, m, {G: "Senior Financial Analyst", W: "Financial Analyst", A: "Gerente de Planeación Financiera", H: "Finance Business Partner"})
