"""Tendai Moyo, Toronto: a data scientist's search with a health-tech firm (times sent for the interview, a
vague promise), a robotics firm through an agency (rejected with thanks for interviewing, from the
client's own domain) and a Montreal firm writing in French (all made up)."""
from mboxlib import AUTO, GENERATED, LIST, at, build

P = "tendai.moyo.ds@outlook.com"
ME = "Tendai Moyo <tendai.moyo.ds@outlook.com>"
MAYA = "Maya Lindqvist <maya.lindqvist@quillfeather.ca>"
FARID = "Farid Osei <farid.osei@quillfeather.ca>"
GH = "Quillfeather Health <no-reply@us.greenhouse-mail.io>"
BH = "Wynne Castory <wynne.castory@brambleandhart.com>"
TR = "Jonas Whitfield <jonas.whitfield@tessaractrobotics.com>"
TR_HR = "Tessaract Robotics Talent <talent@tessaractrobotics.com>"
MO = "Élodie Fournier <elodie.fournier@maisonobrecht.ca>"
MO_RH = "Maison Obrecht - Ressources humaines <rh@maisonobrecht.ca>"
FRIEND = "Kuda <kuda.moyo@gmail.com>"
Q, T, M = "Quillfeather Health", "Tessaract Robotics", "Maison Obrecht"
m = []
add = m.append
tz = -5

add(dict(key="gh-ack", date=at(tz, 2026, 11, 2, 9), frm=GH, to=[P], file=Q,
         subject="Thank you for applying to Quillfeather Health", body="""
Hi Tendai,

Thanks for applying for the Data Scientist, Clinical Analytics role at Quillfeather Health. Our team
will review your application and be in touch if there's a fit.

The Quillfeather Talent Team
"""))
add(dict(key="indeed", date=at(tz, 2026, 11, 3, 6), frm="Indeed <alert@indeed.example>", to=[P], headers=LIST,
         subject="Data Scientist jobs in Toronto, ON: Quillfeather Health and more", body="""
Data Scientist, Clinical Analytics - Quillfeather Health - Toronto, ON
Machine Learning Engineer - Tessaract Robotics - Waterloo, ON
Analyste de données - Maison Obrecht - Montréal, QC

Unsubscribe | Manage alerts
"""))
add(dict(key="bh-1", date=at(tz, 2026, 11, 3, 11), frm=BH, to=[ME], file=T,
         subject="ML Engineer - robotics, Waterloo", body="""
Hi Tendai,

I'm a recruitment consultant at Bramble & Hart. My client, Tessaract Robotics, is hiring a Machine
Learning Engineer for their perception team (hybrid, Waterloo). Your computer vision work looks like a
great fit. Open to a chat?

Wynne Castory
Senior Consultant, Bramble & Hart
"""))
add(dict(key="bh-1-re", date=at(tz, 2026, 11, 3, 14), frm=ME, to=[BH], reply_to_key="bh-1", file=T,
         subject="RE: ML Engineer - robotics, Waterloo", body="""
Hi Wynne, yes, happy to be put forward. Tendai

From: Wynne Castory <wynne.castory@brambleandhart.com>
Sent: Tuesday, November 3, 2026 11:00 AM
Subject: ML Engineer - robotics, Waterloo

My client, Tessaract Robotics, is hiring a Machine Learning Engineer for their perception team.
"""))
add(dict(key="maya-1", date=at(tz, 2026, 11, 4, 10), frm=MAYA, to=[ME], file=Q,
         subject="Quillfeather Health - Data Scientist", body="""
Hi Tendai,

Thanks for applying! I'd love to set up a 20 minute phone screen. Are you free Thursday 5 November at
1pm?

Maya Lindqvist
Talent Acquisition Partner, Quillfeather Health
"""))
add(dict(key="maya-1-re", date=at(tz, 2026, 11, 4, 12), frm=ME, to=[MAYA], reply_to_key="maya-1", file=Q,
         subject="Re: Quillfeather Health - Data Scientist", body="""
Hi Maya, Thursday at 1pm works. Talk then! Tendai
"""))
add(dict(key="glassdoor", date=at(tz, 2026, 11, 5, 7), frm="Glassdoor Community <community@glassdoor.example>", to=[P], headers=LIST,
         subject="Your weekly Bowls: 'Is it normal to wait 3 weeks after an interview?'", body="""
Trending in Data Science: Is it normal to wait 3 weeks after an interview? How many rounds is too many?

Unsubscribe from Bowl digests.
"""))
add(dict(key="mo-1", date=at(tz, 2026, 11, 5, 9), frm=MO_RH, to=[ME], file=M,
         subject="Convocation à un entretien - Analyste de données", body="""
Bonjour Tendai,

Nous avons bien reçu votre candidature pour le poste d'Analyste de données et nous aimerions vous
rencontrer. Nous vous proposons un entretien par vidéoconférence le mardi 10 novembre à 14h30 avec
Élodie Fournier, directrice de l'analytique.

Merci de nous confirmer votre disponibilité.

L'équipe des ressources humaines
Maison Obrecht inc.
"""))
add(dict(key="mo-1-re", date=at(tz, 2026, 11, 5, 11), frm=ME, to=[MO_RH], reply_to_key="mo-1", file=M,
         subject="RE: Convocation à un entretien - Analyste de données", body="""
Bonjour,

Merci pour votre message. Je confirme ma disponibilité pour le mardi 10 novembre à 14h30.

Cordialement,
Tendai Moyo
"""))
add(dict(key="maya-2", date=at(tz, 2026, 11, 5, 15), frm=MAYA, to=[ME], file=Q,
         subject="Thanks for today", body="""
Hi Tendai,

Thanks for the chat today! I'll share your profile with Farid, our Director of Clinical Analytics, and
I'll send over some times this week for a longer interview with him and the team.

Maya
"""))
add(dict(key="bh-2", date=at(tz, 2026, 11, 6, 10), frm=BH, to=[ME], file=T,
         subject="Tessaract - interview Thursday 12th", body="""
Hi Tendai,

Good news! Tessaract would like to meet you on Thursday 12 November at 11am (video). You'll speak with
Jonas Whitfield, their perception lead, and one of his engineers. He'll send the invite.

Wynne
"""))
add(dict(key="maya-3", date=at(tz, 2026, 11, 6, 16), frm=MAYA, to=[ME], cc=[FARID], file=Q,
         subject="Interview times - Quillfeather Health", body="""
Hi Tendai,

As promised, here are some times for a 60 minute interview with Farid Osei and Ana Petrov:

- Tuesday 17 November, 2:00-3:00pm
- Wednesday 18 November, 10:00-11:00am

Let me know which works best.

Maya
"""))
add(dict(key="maya-3-re", date=at(tz, 2026, 11, 6, 18), frm=ME, to=[MAYA], cc=[FARID], reply_to_key="maya-3", file=Q,
         subject="Re: Interview times - Quillfeather Health", body="""
Hi Maya,

Wednesday 18 November at 10am would be great, thank you.

Tendai

On Fri, Nov 6, 2026 at 4:00 PM Maya Lindqvist <maya.lindqvist@quillfeather.ca> wrote:
> Hi Tendai,
> As promised, here are some times for a 60 minute interview with Farid Osei and Ana Petrov:
"""))
add(dict(key="tr-inv", date=at(tz, 2026, 11, 6, 17), frm=TR, to=[ME], file=T,
         subject="Invitation: Tendai Moyo / Tessaract perception interview", body="""
Hi Tendai,

Wynne passed on your details. I've sent a Teams invite for Thursday 12 November, 11:00-12:00. We'll
talk through your vision projects and do a short design exercise.

Jonas Whitfield
Perception Lead, Tessaract Robotics
"""))
add(dict(key="tr-accept", date=at(tz, 2026, 11, 6, 18, 30), frm=ME, to=[TR], reply_to_key="tr-inv", file=T,
         subject="Accepted: Tendai Moyo / Tessaract perception interview", body="""
Tendai Moyo has accepted this meeting.
"""))
add(dict(key="friend-1", date=at(tz, 2026, 11, 7, 19), frm=FRIEND, to=[ME],
         subject="sunday lunch", body="""
Mum wants to know if you're coming Sunday. Also how did the health company interview go? She keeps asking lol
"""))
add(dict(key="mo-ty", date=at(tz, 2026, 11, 10, 17), frm=ME, to=[MO], file=M,
         subject="Merci pour l'entretien", body="""
Bonjour Madame Fournier,

Merci pour l'entretien de cet après-midi. J'ai beaucoup apprécié la discussion sur vos tableaux de bord
de la chaîne d'approvisionnement.

Cordialement,
Tendai Moyo
"""))
add(dict(key="mo-ooo", date=at(tz, 2026, 11, 10, 17, 1), frm=MO, to=[ME], reply_to_key="mo-ty", file=M, headers=AUTO,
         subject="Réponse automatique : Merci pour l'entretien", body="""
Je suis absente du bureau jusqu'au 16 novembre. Pour toute question urgente, écrivez à rh@maisonobrecht.ca.
"""))
add(dict(key="tr-ty", date=at(tz, 2026, 11, 12, 15), frm=ME, to=[TR], cc=[BH], file=T,
         subject="Thank you - ML Engineer interview", body="""
Hi Jonas,

Thanks for your time this morning. I enjoyed the design exercise on the depth-estimation pipeline.

Best,
Tendai
"""))
add(dict(key="medium", date=at(tz, 2026, 11, 13, 7), frm="Medium Daily Digest <noreply@medium.example>", to=[P], headers=LIST,
         subject="How I passed 6 data science interviews in a month", body="""
Today's highlights: How I passed 6 data science interviews in a month. Unsubscribe.
"""))
add(dict(key="mo-2", date=at(tz, 2026, 11, 16, 10), frm=MO, to=[ME], file=M,
         subject="Suite à notre entretien", body="""
Bonjour Tendai,

Merci encore pour votre temps la semaine dernière. Nous rencontrons encore deux candidats cette semaine
et nous vous reviendrons d'ici vendredi prochain.

Élodie Fournier
Directrice, Analytique
"""))
add(dict(key="q-ty", date=at(tz, 2026, 11, 18, 15), frm=ME, to=[FARID], cc=[MAYA], file=Q,
         subject="Thank you for this morning", body="""
Hi Farid,

Thank you for the interview this morning, and please pass my thanks to Ana. I really enjoyed talking
about the readmission-risk model and how the team validates it with clinicians.

Best regards,
Tendai Moyo
"""))
add(dict(key="farid-re", date=at(tz, 2026, 11, 19, 9), frm=FARID, to=[ME], cc=[MAYA], reply_to_key="q-ty", file=Q,
         subject="Re: Thank you for this morning", body="""
Hi Tendai,

Thanks, it was a pleasure. We have two more candidates to see, so hopefully by the end of next week
we'll have an answer for you.

Farid

On Wed, Nov 18, 2026 at 3:00 PM Tendai Moyo <tendai.moyo.ds@outlook.com> wrote:
> Thank you for the interview this morning, and please pass my thanks to Ana.
"""))
add(dict(key="tr-no", date=at(tz, 2026, 11, 20, 11), frm=TR_HR, to=[P], file=T,
         subject="Your interview with Tessaract Robotics", body="""
Hi Tendai,

Thank you for taking the time to interview with us for the Machine Learning Engineer role. Unfortunately,
we will not be moving forward with your application at this time. We appreciated the chance to get to
know you.

Tessaract Robotics Talent Team
"""))
add(dict(key="bh-3", date=at(tz, 2026, 11, 20, 14), frm=BH, to=[ME], file=T,
         subject="Tessaract update", body="""
Hi Tendai, I've just heard Tessaract went with someone with more ROS experience. Gutted for you, let's
keep looking. Wynne
"""))
add(dict(key="eventbrite", date=at(tz, 2026, 11, 21, 9), frm="Eventbrite <noreply@eventbrite.example>", to=[P], headers=GENERATED,
         subject="Your ticket for Toronto Data Night: Thursday 3 December", body="""
You're going to Toronto Data Night on Thursday 3 December, 6:00pm. Add to calendar.
"""))
add(dict(key="li-views", date=at(tz, 2026, 11, 23, 8), frm="LinkedIn <notifications-noreply@linkedin.com>", to=[P], headers=LIST,
         subject="You appeared in 14 searches this week", body="""
Recruiters from Tessaract Robotics and Quillfeather Health viewed profiles like yours. Unsubscribe.
"""))
add(dict(key="friend-2", date=at(tz, 2026, 11, 24, 20), frm=FRIEND, to=[ME],
         subject="Re: sunday lunch", body="""
any news from the health ppl? fingers crossed x
"""))

build("tendai-moyo-toronto", P, m,
      {Q: "Data Scientist, Clinical Analytics", T: "Machine Learning Engineer", M: "Analyste de données"})
