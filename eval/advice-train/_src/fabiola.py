"""Fabiola Quintanar, Guadalajara: a backend developer's search with a US start-up through a tracking
system (round-two times offered by mail, a calendar update moving one), a local fintech writing in
Spanish (rejected in Spanish, thanking her for interviewing) and a mining firm through an agency that
names its client late (all made up)."""
from mboxlib import AUTO, GENERATED, LIST, at, build

P = "fabiola.quintanar.dev@gmail.com"
ME = "Fabiola Quintanar <fabiola.quintanar.dev@gmail.com>"
TAMSIN = "Tamsin Ryle <tamsin@orvanta.io>"
BRUNO = "Bruno Gowland <bruno@orvanta.io>"
LEVER = "Orvanta <no-reply@hire.lever.co>"
GCAL = "Google Calendar <calendar-notification@google.com>"
ANDRES = "Andrés Velarde <andres.velarde@nubera.mx>"
NUBERA_RH = "Talento Nubera <talento@nubera.mx>"
EZEQ = "Ezequiel Pardo <ezequiel@pardaltalent.com>"
COBRE = "Marta Ibargüen <m.ibarguen@cobrehill.com>"
MOM = "Mamá <lupita.quintanar@hotmail.com>"
O, N, C = "Orvanta", "Nubera", "Cobrehill Mining"
m = []
add = m.append
tz = -6

add(dict(key="lever-ack", date=at(tz, 2026, 11, 2, 8), frm=LEVER, to=[P], file=O,
         subject="Thanks for applying to Orvanta", body="""
Hi Fabiola,

Thanks for your interest in the Senior Backend Engineer (Remote, LATAM) role at Orvanta. We've received
your application and our team will review it shortly.

- The Orvanta Team
"""))
add(dict(key="occ-alert", date=at(tz, 2026, 11, 3, 7), frm="OCC Mundial <alertas@occ.example>", to=[P], headers=LIST,
         subject="Nuevas vacantes para ti: Desarrollador Backend", body="""
Desarrollador Backend Sr - Nubera - Guadalajara, Jal.
Backend Engineer - Orvanta - Remoto

Para dejar de recibir estas alertas, haz clic aquí.
"""))
add(dict(key="nubera-1", date=at(tz, 2026, 11, 3, 10), frm=NUBERA_RH, to=[ME], file=N,
         subject="Invitación a entrevista - Desarrollador Backend Sr", body="""
Hola Fabiola,

Gracias por tu interés en Nubera. Nos gustaría invitarte a una entrevista presencial el jueves 5 de
noviembre a las 12:00 en nuestras oficinas de Chapultepec, con Andrés Velarde, líder de ingeniería.

¿Nos confirmas tu asistencia?

Saludos,
Equipo de Talento Nubera
"""))
add(dict(key="nubera-1-re", date=at(tz, 2026, 11, 3, 13), frm=ME, to=[NUBERA_RH], reply_to_key="nubera-1", file=N,
         subject="Re: Invitación a entrevista - Desarrollador Backend Sr", body="""
Hola, confirmo mi asistencia el jueves a las 12:00. ¡Gracias!

Fabiola Quintanar
"""))
add(dict(key="tamsin-1", date=at(tz, 2026, 11, 4, 9), frm=TAMSIN, to=[ME], file=O,
         subject="Orvanta: intro call?", body="""
Hi Fabiola,

I'm the recruiter for our Senior Backend Engineer role. Your Go and Postgres experience stood out.
Could we do a 30 minute intro call? Here's my calendar: calendly.com/tamsin-orvanta

Tamsin Ryle
Recruiting, Orvanta
"""))
add(dict(key="calendly", date=at(tz, 2026, 11, 4, 11), frm="Calendly <notifications@calendly.com>", to=[P], file=O,
         subject="Confirmed: Fabiola Quintanar and Tamsin Ryle on Friday, November 6, 2026", body="""
Hi Fabiola Quintanar,

Your event has been scheduled.

Event: 30 Minute Intro - Orvanta
Invitee: Fabiola Quintanar
Event date/time: 10:00am - 10:30am Friday, November 6, 2026 (Central Time - Mexico City)
Host: Tamsin Ryle
"""))
add(dict(key="ezeq-1", date=at(tz, 2026, 11, 4, 16), frm=EZEQ, to=[ME], file=C,
         subject="Oportunidad: Backend Developer - sector minero", body="""
Hola Fabiola,

Soy consultor de reclutamiento en Pardal Talent. Estoy buscando un Backend Developer para un cliente del
sector minero con oficinas en Zapopan (híbrido). El cliente es confidencial por ahora. ¿Te interesa que
platiquemos?

Ezequiel Pardo
Pardal Talent
"""))
add(dict(key="ezeq-1-re", date=at(tz, 2026, 11, 4, 18), frm=ME, to=[EZEQ], reply_to_key="ezeq-1", file=C,
         subject="RE: Oportunidad: Backend Developer - sector minero", body="""
Hola Ezequiel, sí me interesa. Mi CV actualizado va adjunto. Saludos, Fabiola
"""))
add(dict(key="nubera-ty", date=at(tz, 2026, 11, 5, 17), frm=ME, to=[ANDRES], file=N,
         subject="Gracias por la entrevista", body="""
Hola Andrés,

Muchas gracias por la entrevista de hoy. Me gustó mucho conocer cómo manejan la conciliación de pagos
en tiempo real.

Saludos,
Fabiola
"""))
add(dict(key="andres-re", date=at(tz, 2026, 11, 6, 9), frm=ANDRES, to=[ME], reply_to_key="nubera-ty", file=N,
         subject="Re: Gracias por la entrevista", body="""
Hola Fabiola, gracias a ti. Estamos entrevistando a otros candidatos esta semana; te damos respuesta a
más tardar el viernes 13 de noviembre.

Andrés

El jue, 5 nov 2026 a las 17:00, Fabiola Quintanar escribió:
> Muchas gracias por la entrevista de hoy.
"""))
add(dict(key="newsletter", date=at(tz, 2026, 11, 7, 8), frm="Backend Weekly <issue@backendweekly.example>", to=[P], headers=LIST,
         subject="Backend Weekly #318: Postgres 19, Go generics in anger", body="""
This week: Postgres 19's new planner, Go generics in anger, and who's hiring (Orvanta, remote LATAM).

Unsubscribe.
"""))
add(dict(key="tamsin-2", date=at(tz, 2026, 11, 6, 15), frm=TAMSIN, to=[ME], cc=[BRUNO], file=O,
         subject="Next step: technical interview with Bruno", body="""
Hi Fabiola,

Great speaking this morning! Next step is a 60 minute technical interview with Bruno Gowland, our
Engineering Manager. Could you do one of these (Mexico City time)?

- Tuesday 10 November, 11:00am-12:00pm
- Wednesday 11 November, 3:00-4:00pm

Tamsin
"""))
add(dict(key="tamsin-2-re", date=at(tz, 2026, 11, 6, 17), frm=ME, to=[TAMSIN], cc=[BRUNO], reply_to_key="tamsin-2", file=O,
         subject="Re: Next step: technical interview with Bruno", body="""
Hi Tamsin, Wednesday 11 November at 3pm works for me. Thanks! Fabiola
"""))
add(dict(key="gcal-inv", date=at(tz, 2026, 11, 6, 18), frm=GCAL, to=[P], file=O, headers=GENERATED,
         subject="Invitation: Orvanta technical interview - Fabiola Quintanar @ Wed Nov 11, 2026 3pm - 4pm (CST)", body="""
You have been invited to the following event.

Orvanta technical interview - Fabiola Quintanar
When: Wednesday Nov 11, 2026 3pm - 4pm (CST)
Organizer: tamsin@orvanta.io
Guests: bruno@orvanta.io, fabiola.quintanar.dev@gmail.com
"""))
add(dict(key="gcal-upd", date=at(tz, 2026, 11, 9, 10), frm=GCAL, to=[P], file=O, headers=GENERATED,
         subject="Updated invitation: Orvanta technical interview - Fabiola Quintanar @ Thu Nov 12, 2026 3pm - 4pm (CST)", body="""
This event has been changed.

Orvanta technical interview - Fabiola Quintanar
When: CHANGED: Thursday Nov 12, 2026 3pm - 4pm (CST)
Organizer: tamsin@orvanta.io
Guests: bruno@orvanta.io, fabiola.quintanar.dev@gmail.com
"""))
add(dict(key="mom", date=at(tz, 2026, 11, 10, 20), frm=MOM, to=[ME], subject="la entrevista", body="""
Mija, ¿cómo te fue en la entrevista de la fintech? Tu papá pregunta. Besos
"""))
add(dict(key="o-ty", date=at(tz, 2026, 11, 12, 18), frm=ME, to=[BRUNO], cc=[TAMSIN], file=O,
         subject="Thanks for the technical interview", body="""
Hi Bruno,

Thanks for your time this afternoon. I enjoyed working through the idempotency problem for the payouts
API together.

Best,
Fabiola
"""))
add(dict(key="bruno-re", date=at(tz, 2026, 11, 13, 10), frm=BRUNO, to=[ME], cc=[TAMSIN], reply_to_key="o-ty", file=O,
         subject="Re: Thanks for the technical interview", body="""
Thanks Fabiola, I enjoyed it too. Tamsin will be in touch about next steps in a few days.

Bruno
"""))
add(dict(key="ezeq-2", date=at(tz, 2026, 11, 13, 12), frm=EZEQ, to=[ME], file=C,
         subject="Cliente: Cobrehill Mining - entrevista", body="""
Hola Fabiola,

Ya te puedo compartir que el cliente es Cobrehill Mining. Quieren entrevistarte el martes 17 de
noviembre a las 10:00 en sus oficinas de Zapopan, con Marta Ibargüen, gerente de sistemas.

Ezequiel
"""))
add(dict(key="nubera-no", date=at(tz, 2026, 11, 13, 16), frm=NUBERA_RH, to=[P], file=N,
         subject="Actualización de tu proceso en Nubera", body="""
Hola Fabiola,

Gracias por tomarte el tiempo de entrevistarte con nosotros. Después de revisar todos los perfiles,
decidimos continuar con otro candidato cuyo perfil se ajusta más a lo que buscamos en este momento.

Te deseamos mucho éxito.
Equipo de Talento Nubera
"""))
add(dict(key="lever-survey", date=at(tz, 2026, 11, 14, 9), frm=LEVER, to=[P], headers=LIST, file=O,
         subject="How was your interview with Orvanta?", body="""
Hi Fabiola, thanks for interviewing with Orvanta. Tell us about your interview experience in this
two-minute survey. Unsubscribe from surveys.
"""))
add(dict(key="cobre-ty", date=at(tz, 2026, 11, 17, 16), frm=ME, to=[COBRE], cc=[EZEQ], file=C,
         subject="Gracias por la entrevista de hoy", body="""
Estimada Marta,

Muchas gracias por la entrevista de esta mañana y por la visita a la sala de monitoreo.

Saludos cordiales,
Fabiola Quintanar
"""))
add(dict(key="cobre-ooo", date=at(tz, 2026, 11, 17, 16, 1), frm=COBRE, to=[ME], reply_to_key="cobre-ty", file=C, headers=AUTO,
         subject="Respuesta automática: Gracias por la entrevista de hoy", body="""
Estaré fuera de la oficina hasta el 23 de noviembre con acceso limitado al correo.
"""))
add(dict(key="tamsin-3", date=at(tz, 2026, 11, 18, 11), frm=TAMSIN, to=[ME], file=O,
         subject="Orvanta - final round times", body="""
Hi Fabiola,

Good news: the team would like you to do the final round, a 45 minute conversation with our CTO. Would
any of these work (Mexico City time)?

- Monday 23 November, 9:00am
- Tuesday 24 November, 1:00pm
- Wednesday 25 November, 10:30am

Tamsin
"""))
add(dict(key="friend", date=at(tz, 2026, 11, 18, 21), frm="Dani <dani.rmz@yahoo.com.mx>", to=[ME], subject="felicidades!!", body="""
¡Supe que pasaste a la final con los gringos! Felicidades, vamos por unas chelas el sábado.
"""))

build("fabiola-quintanar-guadalajara", P, m,
      {O: "Senior Backend Engineer", N: "Desarrollador Backend Sr", C: "Backend Developer"})
