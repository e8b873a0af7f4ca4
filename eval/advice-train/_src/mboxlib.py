"""Frames hand-written training mailboxes: From_ lines, mboxrd quoting, RFC 2047 headers, Message-IDs,
and the expected filing (the same format as eval/advice: {"me", "applications", "not_filed"}).
Everything in the mailboxes is made up. Deterministic: the same script gives the same bytes."""
import json
import re
from email.header import Header
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
import hashlib


def _enc(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def _addr(person):
    # person: "Name <a@b>" or "a@b"
    m = re.match(r"^(.*?)\s*<([^>]+)>$", person)
    if not m:
        return person
    name, email = m.group(1).strip(), m.group(2)
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            name = '"' + name + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"


def build(slug, me, messages, applications):
    """messages: dicts with key, date (datetime with tz), frm, to, cc?, subject, body, reply_to_key?,
    refs_keys?, headers?, msgid?, file (application name or None). applications: {name: role}."""
    ids = {}
    for i, m in enumerate(messages):
        mid = m.get("msgid") or f"<{hashlib.sha1((slug + m['key']).encode()).hexdigest()[:16]}@mail.{m['frm'].split('@')[-1].rstrip('>')}>"
        ids[m["key"]] = mid
    out = []
    expected = {name: [] for name in applications}
    not_filed = []
    for m in sorted(messages, key=lambda m: m["date"]):
        h = []
        h.append(("From", _addr(m["frm"])))
        h.append(("To", ", ".join(_addr(t) for t in m["to"])))
        if m.get("cc"):
            h.append(("Cc", ", ".join(_addr(t) for t in m["cc"])))
        h.append(("Subject", _enc(m["subject"])))
        h.append(("Date", format_datetime(m["date"])))
        h.append(("Message-ID", ids[m["key"]]))
        if m.get("reply_to_key"):
            h.append(("In-Reply-To", ids[m["reply_to_key"]]))
            refs = [ids[k] for k in m.get("refs_keys", [])] + [ids[m["reply_to_key"]]]
            h.append(("References", " ".join(dict.fromkeys(refs))))
        for k, v in m.get("headers", []):
            h.append((k, v))
        h.append(("MIME-Version", "1.0"))
        h.append(("Content-Type", 'text/plain; charset="utf-8"'))
        h.append(("Content-Transfer-Encoding", "8bit"))
        body = m["body"].strip("\n") + "\n"
        body = re.sub(r"^(>*From )", r">\1", body, flags=re.M)
        sender = re.sub(r"^.*<([^>]+)>$", r"\1", m["frm"])
        stamp = m["date"].astimezone(timezone.utc).strftime("%a %b %d %H:%M:%S %Y").replace(" 0", "  ", 1) if False else m["date"].astimezone(timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
        out.append(f"From {sender} {stamp}\n" + "".join(f"{k}: {v}\n" for k, v in h) + "\n" + body + "\n")
        if m.get("file"):
            expected[m["file"]].append(ids[m["key"]])
        else:
            not_filed.append(ids[m["key"]])
    with open(f"../{slug}.mbox", "w", encoding="utf-8") as f:
        f.write("".join(out))
    with open(f"../{slug}.expected.json", "w", encoding="utf-8") as f:
        json.dump(
            {
                "me": me,
                "applications": [
                    {"company": name, "role": role, "message_ids": expected[name]}
                    for name, role in applications.items()
                ],
                "not_filed": not_filed,
            },
            f,
            indent=1,
            ensure_ascii=False,
        )
        f.write("\n")


def at(tz_hours, y, mo, d, h, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=tz_hours)))


LIST = [("List-Unsubscribe", "<https://example.org/unsubscribe?u=1>")]
AUTO = [("Auto-Submitted", "auto-replied")]
GENERATED = [("Auto-Submitted", "auto-generated")]
