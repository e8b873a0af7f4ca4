import { writeFileSync } from "node:fs";

/**
 * A large synthetic mailbox for the workspace's process tests and the bench: a candidate's export with
 * the hiring mail of a few dozen fictional companies (invitations, replies with In-Reply-To, thank-you
 * notes, updates, some offers and rejections) among newsletters that are about nothing of the kind.
 * Deterministic: the same options give the same bytes. Every name and domain is made up (the domains
 * use the reserved `.example` top-level domain).
 */
export interface MboxOptions {
  /** How many messages, newsletters included. */
  messages: number;
  /** How many companies the hiring mail comes from. */
  companies?: number;
  /** About this share of the messages are newsletters (0–1). */
  newsletterShare?: number;
  /** About this share of the companies' messages carry an attachment of 10–30 kB (the bulk of a real export). */
  attachmentShare?: number;
  seed?: number;
}

/** One generated message: its raw text (without the mbox "From " line) and whose it is. */
export interface MailMessage {
  /** The company's index, or -1 for a newsletter. */
  company: number;
  date: Date;
  sender: string;
  raw: string;
}

export const CANDIDATE = { name: "Riley Quinn", email: "riley.quinn@example.net" };

const FIRST = [
  "Avery",
  "Bram",
  "Calla",
  "Dorian",
  "Elsbeth",
  "Fenn",
  "Greer",
  "Hollis",
  "Ilsa",
  "Joss",
  "Kestrel",
  "Linnea",
  "Marlow",
  "Nerys",
  "Orrin",
  "Pell",
  "Quilla",
  "Rowan",
  "Saoirse",
  "Tamsin",
  "Ulric",
  "Vesna",
  "Wren",
  "Yara",
  "Zephyr",
];
const LAST = [
  "Ashdown",
  "Brackwell",
  "Corrigan",
  "Dunmore",
  "Ellery",
  "Farrow",
  "Galloway",
  "Hartigan",
  "Inchley",
  "Jessop",
  "Kilbride",
  "Lorimer",
  "Marchbank",
  "Nettleford",
  "Oakhurst",
  "Pennick",
  "Quarrie",
  "Rushworth",
  "Stainforth",
  "Thackery",
];
const STEM = [
  "Bright",
  "Copper",
  "Driftwood",
  "Ember",
  "Fern",
  "Glass",
  "Harbor",
  "Iron",
  "Juniper",
  "Kettle",
  "Lantern",
  "Moss",
  "North",
  "Orchard",
  "Pebble",
  "Quartz",
  "River",
  "Salt",
  "Thistle",
  "Umber",
];
const SUFFIX = ["Analytics", "Labs", "Logistics", "Health", "Robotics", "Foods", "Energy", "Systems"];
const ROLES = [
  "Data Analyst",
  "Senior Data Analyst",
  "Analytics Engineer",
  "Business Intelligence Analyst",
  "Product Analyst",
  "Data Scientist",
];
const WEEKDAY = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const COMPANY_LINES = [
  "The conversation will be with {person}, who leads the analytics group, and it will last about forty-five minutes.",
  "We would like to walk through a recent project of yours and talk about how you approach messy data.",
  "Please let me know which of the times below works best for you, all times are in Eastern time.",
  "The session will include a short SQL exercise that we will do together on a shared screen.",
  "You will also meet two people from the product team who work closely with the analysts every day.",
  "There is no need to prepare slides, but it helps to have an example of a dashboard you built.",
  "We are hoping to make a decision within the next two weeks and will keep you posted either way.",
  "If anything comes up please reply to this thread and I will find another slot for you.",
  "Our team works mostly in Python and dbt, with a warehouse that a dozen teams share.",
  "I have attached a short description of the team and what the first three months usually look like.",
  "Thanks again for your patience while we lined up the panel, it took longer than we expected.",
  "The hiring manager enjoyed your questions about data quality and wants to continue that discussion.",
  "We are still talking with a few other people, and I will be in touch by the end of next week.",
  "Parking is available in the garage on the corner, and reception will bring you up to the fourth floor.",
];
const CANDIDATE_LINES = [
  "Thank you for reaching out, I would be glad to talk about the {role} position.",
  "Tuesday afternoon works well for me, and I can also do Thursday morning if that is easier.",
  "I enjoyed hearing how the team measures the effect of its experiments on retention.",
  "I have been working on a forecasting model for a retail client and would be happy to walk through it.",
  "Could you tell me a little more about how the analysts and the engineers split the work on pipelines?",
  "Please let me know if there is anything I should read or prepare ahead of the conversation.",
  "It was a pleasure meeting {person} and learning about the plans for the new reporting platform.",
  "I am very interested in the work and look forward to hearing about the next steps.",
];
const OUTCOME_LINES = {
  offer: [
    "I am delighted to let you know that we would like to offer you the {role} position at {company}.",
    "The formal offer letter is attached, and I am happy to walk you through it on a call this week.",
  ],
  rejected: [
    "Thank you for the time you spent with us. After careful consideration we have decided not to move forward with your application.",
    "We were impressed by your experience and would be glad to hear from you again in the future.",
  ],
};
const FOOTER =
  "This message and any attachments are confidential and intended only for the people it is addressed to. If you received it in error, please tell the sender and delete it. {company} processes personal data in line with its privacy notice, which you can read on our website; we keep the records of our conversations for up to twelve months.";
const NEWSLETTERS = [
  { name: "The Allotment Weekly", domain: "allotmentweekly.example", topic: "gardening" },
  { name: "Night Sky Notes", domain: "nightskynotes.example", topic: "astronomy" },
  { name: "Slow Kitchen", domain: "slowkitchen.example", topic: "cooking" },
  { name: "Trail and Ridge", domain: "trailandridge.example", topic: "hiking" },
];
const NEWSLETTER_LINES = [
  "This week we look at {topic} through the eyes of three readers who wrote in with their stories.",
  "The early frost caught many of us by surprise, so here are a few ways to protect what is left.",
  "Our long read is about a small club that has met every Thursday for forty years.",
  "Readers asked about the best time of year to start, and the honest answer is: whenever you can.",
  "The photo of the month comes from a reader who waited six hours for the light to change.",
  "A reminder that the spring meetup is open to everyone, and tea will be served from noon.",
  "We tested five cheap tools and two expensive ones, and the results surprised the whole team.",
  "Thank you for reading, and see you next week with more news from the {topic} world.",
];

/** mulberry32: a small seeded generator, so that the same seed gives the same mailbox. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rfc2822(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${WEEKDAY[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTH[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

function asctime(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${WEEKDAY[d.getUTCDay()]} ${MONTH[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, " ")} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Generates the messages, oldest first. */
export function generateMail(options: MboxOptions): MailMessage[] {
  const random = seeded(options.seed ?? 20260301);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const companyCount = options.companies ?? 40;
  const companies = Array.from({ length: companyCount }, (_, i) => {
    const stem = STEM[i % STEM.length] ?? "Bright";
    const suffix = SUFFIX[(i * 7 + Math.floor(i / STEM.length)) % SUFFIX.length] ?? "Labs";
    const name = `${stem}${i >= STEM.length ? "wick" : ""} ${suffix}`;
    const domain = `${name.toLowerCase().replace(/[^a-z]/g, "")}.example`;
    const person = () => {
      const first = pick(FIRST);
      const last = pick(LAST);
      return { name: `${first} ${last}`, email: `${first}.${last}@${domain}`.toLowerCase() };
    };
    return { name, domain, recruiter: person(), manager: person() };
  });
  const start = Date.UTC(2025, 5, 1);
  const span = Date.UTC(2026, 1, 20) - start;
  // A thread is about 4.5 messages: the chance of a newsletter per draw that gives this share of messages.
  const share = options.newsletterShare ?? 0.08;
  const newsletterDraw = (share * 4.5) / (1 - share + share * 4.5);
  const attachmentShare = options.attachmentShare ?? 0.2;
  const out: MailMessage[] = [];
  let serial = 0;

  const message = (m: {
    company: number;
    date: Date;
    from: { name: string; email: string };
    to: { name: string; email: string };
    subject: string;
    paragraphs: string[];
    inReplyTo?: string[];
    quoted?: string;
    footer?: string;
  }): { id: string; text: string } => {
    const attachment =
      m.company >= 0 && random() < attachmentShare ? attachmentOf(10_000 + random() * 20_000) : "";
    serial++;
    const id = `<${serial}.${Math.floor(random() * 1e9).toString(36)}@${companyOf(m.company)}>`;
    const text = m.paragraphs.join("\n\n");
    const plain = `${text}\n\n${m.from.name}${m.footer ? `\n\n--\n${m.footer}` : ""}${
      m.quoted ? `\n\nOn ${rfc2822(m.date)}, ${m.to.name} wrote:\n${m.quoted.replace(/^/gm, "> ")}` : ""
    }\n`;
    const headers = [
      `From: ${m.from.name} <${m.from.email}>`,
      `To: ${m.to.name} <${m.to.email}>`,
      `Subject: ${m.subject}`,
      `Date: ${rfc2822(m.date)}`,
      `Message-ID: ${id}`,
      ...(m.inReplyTo && m.inReplyTo.length > 0
        ? [`In-Reply-To: ${m.inReplyTo[m.inReplyTo.length - 1]}`, `References: ${m.inReplyTo.join(" ")}`]
        : []),
      "MIME-Version: 1.0",
    ];
    let raw: string;
    const boundary = `b${serial}x${Math.floor(random() * 1e9).toString(36)}`;
    if (random() < 0.5) {
      const part = `Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${plain}`;
      raw = attachment
        ? `${headers.join("\n")}\nContent-Type: multipart/mixed; boundary="${boundary}"\n\n--${boundary}\n${part}\n--${boundary}\n${attachment}\n--${boundary}--\n`
        : `${headers.join("\n")}\n${part}`;
    } else {
      const html = `<html><body>${m.paragraphs.map((p) => `<p style="font-family: Helvetica, Arial, sans-serif; font-size: 14px; color: #222222; margin: 0 0 12px 0;">${escapeHtml(p)}</p>`).join("\n")}\n<p>${escapeHtml(m.from.name)}</p>${m.footer ? `\n<p style="font-size: 11px; color: #777777;">${escapeHtml(m.footer)}</p>` : ""}${m.quoted ? `\n<blockquote style="border-left: 2px solid #cccccc; padding-left: 8px;">${escapeHtml(m.quoted).replace(/\n/g, "<br>\n")}</blockquote>` : ""}</body></html>\n`;
      const alternative = `--${boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${plain}\n--${boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${html}\n--${boundary}--\n`;
      raw = attachment
        ? `${headers.join("\n")}\nContent-Type: multipart/mixed; boundary="m${boundary}"\n\n--m${boundary}\nContent-Type: multipart/alternative; boundary="${boundary}"\n\n${alternative}\n--m${boundary}\n${attachment}\n--m${boundary}--\n`
        : `${headers.join("\n")}\nContent-Type: multipart/alternative; boundary="${boundary}"\n\n${alternative}`;
    }
    out.push({ company: m.company, date: m.date, sender: m.from.email, raw });
    return { id, text };
  };
  /** A made-up PDF of about `size` bytes, as a base64 MIME part. */
  function attachmentOf(size: number): string {
    const bytes = Buffer.alloc(Math.floor(size));
    bytes.write("%PDF-1.4\n% fictional team overview\n");
    for (let i = 40; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
    const b64 = bytes.toString("base64").replace(/.{76}/g, "$&\n");
    return `Content-Type: application/pdf; name="team-overview.pdf"\nContent-Disposition: attachment; filename="team-overview.pdf"\nContent-Transfer-Encoding: base64\n\n${b64}`;
  }
  function companyOf(i: number): string {
    return i < 0 ? "news.example" : (companies[i]?.domain ?? "x.example");
  }

  const fill = (lines: readonly string[], count: number, vars: Record<string, string>): string[] => {
    const paragraphs: string[] = [];
    for (let p = 0; p < count; p++) {
      const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, () =>
        pick(lines).replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? k),
      );
      paragraphs.push(sentences.join(" "));
    }
    return paragraphs;
  };

  while (out.length < options.messages) {
    let t = start + Math.floor(random() * span);
    const next = (hours: number) => {
      t += Math.floor((0.5 + random()) * hours * 3_600_000);
      return new Date(Math.min(t, start + span + 5 * 86_400_000));
    };
    if (random() < newsletterDraw) {
      const n = pick(NEWSLETTERS);
      message({
        company: -1,
        date: new Date(t),
        from: { name: n.name, email: `letters@${n.domain}` },
        to: CANDIDATE,
        subject: `${n.name}: ${pick(["a quiet week", "notes from the field", "what readers sent us", "the season ahead"])}`,
        paragraphs: fill(NEWSLETTER_LINES, 6 + Math.floor(random() * 8), { topic: n.topic }),
      });
      continue;
    }
    // A thread: an invitation, the candidate's answer, a confirmation, a thank-you, and sometimes news.
    const ci = Math.floor(random() * companies.length);
    const c = companies[ci];
    if (!c) continue;
    const role = pick(ROLES);
    const vars = { person: c.manager.name, role, company: c.name };
    const subject = `Interview for ${role} at ${c.name}`;
    const chain: string[] = [];
    const invite = message({
      company: ci,
      date: new Date(t),
      from: c.recruiter,
      to: CANDIDATE,
      subject,
      paragraphs: [`Hi Riley,`, ...fill(COMPANY_LINES, 2 + Math.floor(random() * 2), vars)],
      footer: FOOTER.replace("{company}", c.name),
    });
    chain.push(invite.id);
    const answer = message({
      company: ci,
      date: next(20),
      from: CANDIDATE,
      to: c.recruiter,
      subject: `Re: ${subject}`,
      paragraphs: [`Hi ${c.recruiter.name.split(" ")[0]},`, ...fill(CANDIDATE_LINES, 1, vars), "Best, Riley"],
      inReplyTo: [...chain],
      quoted: invite.text,
    });
    chain.push(answer.id);
    const confirm = message({
      company: ci,
      date: next(10),
      from: c.recruiter,
      to: CANDIDATE,
      subject: `Re: ${subject}`,
      paragraphs: ["Hi Riley,", ...fill(COMPANY_LINES, 1 + Math.floor(random() * 2), vars)],
      inReplyTo: [...chain],
      quoted: answer.text,
      footer: FOOTER.replace("{company}", c.name),
    });
    chain.push(confirm.id);
    message({
      company: ci,
      date: next(96),
      from: CANDIDATE,
      to: c.manager,
      subject: `Thank you: ${role} interview`,
      paragraphs: [
        `Dear ${c.manager.name.split(" ")[0]},`,
        `Thank you for taking the time to interview me for the ${role} position at ${c.name}.`,
        ...fill(CANDIDATE_LINES, 1, vars),
        "Kind regards, Riley Quinn",
      ],
    });
    const roll = random();
    if (roll < 0.55) {
      const kind = roll < 0.08 ? "offer" : roll < 0.2 ? "rejected" : undefined;
      message({
        company: ci,
        date: next(120),
        from: c.recruiter,
        to: CANDIDATE,
        subject: `Re: ${subject}`,
        paragraphs: [
          "Hi Riley,",
          ...(kind
            ? OUTCOME_LINES[kind].map((l) => l.replace("{role}", role).replace("{company}", c.name))
            : []),
          ...fill(COMPANY_LINES, 1 + Math.floor(random() * 2), vars),
        ],
        inReplyTo: [...chain],
        quoted: confirm.text,
        footer: FOOTER.replace("{company}", c.name),
      });
    }
  }
  out.length = Math.min(out.length, options.messages);
  return out.sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** The messages as one mbox file (mboxrd: body lines that start "From " are written ">From "). */
export function formatMbox(messages: MailMessage[]): string {
  return messages
    .map((m) => `From ${m.sender} ${asctime(m.date)}\n${m.raw.replace(/^(>*From )/gm, ">$1")}`)
    .join("\n");
}

/** Writes an mbox of these messages to `path`; returns its size in bytes. */
export function writeMbox(path: string, messages: MailMessage[]): number {
  const text = formatMbox(messages);
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}
