"""Inés Robledo, Valencia: service notices written in Spanish, a reply that lost its thread, alerts that name a
live company, a friend's mail (all made up)."""
from mboxlib import LIST, at, build

P = "ines.robledo.pm@gmail.com"
ME = "Inés Robledo <ines.robledo.pm@gmail.com>"
LUM_HR = "Talento Lumbre <talento@lumbrelogistica.example>"
LUM = "Marcos Ybarra <marcos.ybarra@lumbrelogistica.example>"
CER = "Aitana Prieto <aitana.prieto@ceramicasorvell.example>"
FRIEND = "Pilar <pili.sanchis@hotmail.com>"
LU, CO = "Lumbre Logística", "Cerámicas Orvell"
m = []
add = m.append
tz = 1

add(dict(key="lu-ack", date=at(tz, 2026, 11, 2, 9), frm=LUM_HR, to=[ME], file=LU,
         subject="Hemos recibido tu candidatura - Jefa de proyecto", body="""
Hola Inés,

Gracias por tu interés en Lumbre Logística. Hemos recibido tu candidatura para el puesto de Jefa de proyecto
y la revisaremos en los próximos días.

Equipo de Talento
Lumbre Logística
"""))
# A tracking system's notice in a list's dress, in Spanish: its own process all the same.
add(dict(key="lu-test", date=at(tz, 2026, 11, 4, 10), frm="Evalua <no-reply@testgorilla.com>", to=[P], headers=LIST, file=LU,
         subject="Lumbre Logística te ha invitado a una evaluación", body="""
Hola Inés,

Lumbre Logística te ha invitado a completar una evaluación en línea como parte de su proceso de selección.
Tienes 5 días para completarla.

Empezar: https://app.testgorilla.example/start/abc

Si no quieres recibir estos correos, date de baja aquí.
"""))
add(dict(key="alert", date=at(tz, 2026, 11, 5, 7), frm="Alertas de empleo <alertas@portalempleo.example>", to=[P], headers=LIST,
         subject="Nuevas ofertas para ti: Jefe de proyecto", body="""
Nuevas ofertas que encajan con tu alerta:
- Jefe de proyecto, Lumbre Logística, Valencia
- Coordinadora de operaciones, Cerámicas Orvell, Castellón
Darse de baja.
"""))
add(dict(key="lu-inv", date=at(tz, 2026, 11, 9, 12), frm=LUM, to=[ME], file=LU,
         subject="Entrevista - Jefa de proyecto", body="""
Hola Inés,

Nos gustaría invitarte a una entrevista el jueves 12 de noviembre a las 10:00 en nuestras oficinas del puerto.
¿Te viene bien?

Un saludo,
Marcos Ybarra
Director de Operaciones
"""))
# The candidate's answer, its thread lost (a new message with the subject typed again).
add(dict(key="lu-inv-re", date=at(tz, 2026, 11, 9, 15), frm=ME, to=[LUM], file=LU,
         subject="RE: Entrevista - Jefa de proyecto", body="""
Hola Marcos, perfecto, allí estaré el jueves a las 10:00. Gracias, Inés
"""))
add(dict(key="friend", date=at(tz, 2026, 11, 12, 19), frm=FRIEND, to=[ME],
         subject="y qué tal??", body="""
¿Qué tal fue la entrevista de hoy? ¡Cuéntame! Besos, Pili
"""))
add(dict(key="co-1", date=at(tz, 2026, 11, 13, 11), frm=CER, to=[ME], file=CO,
         subject="Coordinadora de operaciones - Cerámicas Orvell", body="""
Hola Inés,

Soy Aitana, de selección en Cerámicas Orvell. Hemos visto tu perfil y creemos que encajas en el puesto de
Coordinadora de operaciones. ¿Tendrías 20 minutos esta semana para una llamada?

Aitana Prieto
Selección de personal
"""))
# A scheduler's confirmation in Spanish, in a list's dress: the call with the company's recruiter.
add(dict(key="co-cal", date=at(tz, 2026, 11, 13, 16), frm="Calendly <notifications@calendly.com>", to=[P], headers=LIST, file=CO,
         subject="Confirmado: Llamada con Aitana Prieto (Cerámicas Orvell)", body="""
Hola Inés,

Tu evento está confirmado.

Llamada de 20 minutos con Aitana Prieto - Cerámicas Orvell
Lunes, 16 de noviembre de 2026, 09:30 - 09:50 (hora de Europa Central)

Cancelar o reprogramar: https://calendly.example/cancellations/xyz
Gestionar las preferencias de notificación.
"""))
add(dict(key="lu-ty", date=at(tz, 2026, 11, 12, 18), frm=ME, to=[LUM], file=LU,
         subject="Gracias por la entrevista", body="""
Hola Marcos, muchas gracias por la entrevista de esta mañana y por enseñarme la terminal. Un saludo, Inés
"""))
add(dict(key="news", date=at(tz, 2026, 11, 14, 8), frm="Logística Hoy <boletin@logisticahoy.example>", to=[P], headers=LIST,
         subject="Boletín semanal: Lumbre Logística abre nueva terminal", body="""
Lumbre Logística abre una nueva terminal en el puerto y contratará a 40 personas. Darse de baja.
"""))

build("ines-robledo-valencia", P, m, {LU: "Jefa de proyecto", CO: "Coordinadora de operaciones"})
