"""Dara Whitlock, Leicester: a council process that starts on a tracking system and goes on by standalone mail,
the candidate's reply with a typed 'RE:' and no thread, and a bank's process via an agency (all made up)."""
from mboxlib import LIST, at, build

P = "dara.whitlock@outlook.com"
ME = "Dara Whitlock <dara.whitlock@outlook.com>"
HR = "Recruitment Team <recruitment@kestrelvale.gov.example>"
PANEL = "Sunita Marr <sunita.marr@kestrelvale.gov.example>"
AG = "Owen Blake <owen.blake@harcourtstaffing.example>"
KV, FB = "Kestrel Vale Borough Council", "Fenmore Building Society"
m = []
add = m.append
tz = 0

add(dict(key="kv-ack", date=at(tz, 2026, 11, 2, 8), frm="Kestrel Vale Borough Council <noreply@taleo.net>", to=[P], file=KV,
         subject="Application received: Housing Officer (ref KV-2231)", body="""
Dear Dara Whitlock,

Thank you for applying for the Housing Officer post at Kestrel Vale Borough Council. We will be in touch
if you are shortlisted.

Kestrel Vale Borough Council
"""))
add(dict(key="fb-1", date=at(tz, 2026, 11, 3, 10), frm=AG, to=[ME], file=FB,
         subject="Mortgage Adviser - Fenmore Building Society", body="""
Hi Dara,

I'm recruiting for a Mortgage Adviser at Fenmore Building Society, branch based in Loughborough. Your
background in housing advice would suit them. Are you happy for me to put you forward?

Owen Blake
Senior Consultant, Harcourt Staffing
"""))
add(dict(key="fb-1-re", date=at(tz, 2026, 11, 3, 12), frm=ME, to=[AG], reply_to_key="fb-1", file=FB,
         subject="Re: Mortgage Adviser - Fenmore Building Society", body="""
Hi Owen, yes please do. Thanks, Dara
"""))
add(dict(key="alert", date=at(tz, 2026, 11, 5, 7), frm="Council Jobs <alerts@localgovjobs.example>", to=[P], headers=LIST,
         subject="6 new jobs for you", body="""
Housing Officer - Kestrel Vale Borough Council
Tenancy Support Worker - Kestrel Vale Borough Council
Unsubscribe from these alerts.
"""))
# Standalone: the council's own mail, no thread, the same process the tracking system started.
add(dict(key="kv-inv", date=at(tz, 2026, 11, 9, 11), frm=HR, to=[ME], file=KV,
         subject="Interview invitation - Housing Officer", body="""
Dear Dara,

We are pleased to invite you to interview for the Housing Officer post on Tuesday 17 November at 10:30
at the Civic Centre. The panel will be Sunita Marr and a tenant representative.

Please confirm that you can attend.

Recruitment Team
Kestrel Vale Borough Council
"""))
# The candidate's confirmation: 'RE:' typed into a new message, to the panel's chair, no In-Reply-To.
add(dict(key="kv-conf", date=at(tz, 2026, 11, 9, 14), frm=ME, to=[PANEL], file=KV,
         subject="RE: Interview invitation - Housing Officer", body="""
Dear Sunita, I'm writing to confirm I can attend on Tuesday 17 November at 10:30. Kind regards, Dara Whitlock
"""))
add(dict(key="fb-2", date=at(tz, 2026, 11, 10, 9), frm=AG, to=[ME], file=FB,
         subject="Fenmore - interview", body="""
Hi Dara, Fenmore would like to meet you on Thursday 19 November at 2pm at the Loughborough branch. Owen
"""))
add(dict(key="mum", date=at(tz, 2026, 11, 17, 18), frm="Mum <jean.whitlock@btinternet.com>", to=[ME],
         subject="council", body="""
How did the council interview go love? Fingers crossed x
"""))
add(dict(key="kv-ref", date=at(tz, 2026, 11, 20, 9), frm="SkillSurvey <no-reply@skillsurvey.com>", to=[P], file=KV,
         subject="Reference request for Kestrel Vale Borough Council", body="""
Dear Dara,

Kestrel Vale Borough Council has asked us to collect references for your application. Please enter the
details of two referees.

SkillSurvey
"""))

build("dara-whitlock-leicester", P, m, {KV: "Housing Officer", FB: "Mortgage Adviser"})
