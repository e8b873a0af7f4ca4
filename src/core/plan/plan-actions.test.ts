import { describe, expect, it } from "vitest";
import { type Analysis, analyzeInterview } from "../read/analyze-interview.js";
import type { Doc, EmailDoc, InviteDoc, NotesDoc } from "../read/documents.js";
import type { Band, SignalId } from "../signals/signal.js";
import type { Action, ActionKind, Plan } from "./action.js";
import { DEFAULT_NUDGE_AFTER_DAYS, planFollowUps } from "./plan-actions.js";

// ---------------------------------------------------------------------------------------------------------------
// Inputs, built as the ingest layer would hand them over

const NOW = "2026-02-10T20:00:00-06:00";

function notes(text: string): NotesDoc {
  return { kind: "notes", source: "notes.md", text };
}

function email(
  source: string,
  from: { name: string; email: string },
  to: { name: string; email: string },
  date: string,
  subject: string,
  text: string,
): EmailDoc {
  return { kind: "email", source, references: [], from, to: [to], cc: [], date, subject, text };
}

const ME = { name: "Jordan Lee", email: "jordan.lee@example.net" };
const RECRUITER = { name: "Carmen Ruiz", email: "carmen@sablewood.example" };
const INTERVIEWER = { name: "Ines Carvalho", email: "ines@tallyfern.example" };

/** A founder call that went very well: long, pitched, pictured in the role, a dated next step. */
const STRONG =
  "Tuesday 10 Feb, written the same evening.\n\n" +
  "The invite said 45 minutes, 2:00 to 2:45. We hung up at 3:17.\n\n" +
  'She was clearly pitching me. At one point she said "when you join, you\'d own onboarding end to end."\n\n' +
  "Next steps, in her words: Jonah from their ops side will email me by Thursday either way.\n";
/** A rushed screen: cut short, distracted, generic, no timeline, and a point cut off. */
const WEAK =
  "Tue 10 Feb, 2pm. Booked for an hour, done in half an hour.\n\n" +
  "She was looking at another screen most of the time. Cut me off mid-sentence on the cannibalization result, which was the best thing I had.\n\n" +
  "Questions were the generic list. No follow-ups on anything.\n\n" +
  '"We\'ll be in touch." No timeline.\n';
/** The next round booked on the spot, a week ahead. */
const BOOKED =
  "Tue 3 Feb. It ran twenty minutes over. She told me my answer on the backfill was exactly what they need, " +
  "and she booked the final round with the CTO for Tuesday the 10th at 10am.\n";
const BOOKED_NOW = "2026-02-03T20:00:00-06:00";

function analyse(docs: Doc[], now: string): Analysis {
  return analyzeInterview({ docs, now });
}

function withBand(analysis: Analysis, band: Band): Analysis {
  return { ...analysis, read: { ...analysis.read, band } };
}

interface PlanCase {
  docs: Doc[];
  now?: string;
  /** Overrides the read's band, to test a rule against the band alone. */
  band?: Band;
  /** Signals the case must show for the row to test what it says it tests. */
  needs?: SignalId[];
  nudgeAfterDays?: number;
}

function planOf(c: PlanCase): Plan {
  const now = c.now ?? NOW;
  const analysis = analyse(c.docs, now);
  for (const id of c.needs ?? []) expect(analysis.signals.map((s) => s.id)).toContain(id);
  return planFollowUps({
    docs: c.docs,
    analysis: c.band ? withBand(analysis, c.band) : analysis,
    now,
    ...(c.nudgeAfterDays !== undefined ? { nudgeAfterDays: c.nudgeAfterDays } : {}),
  });
}

function actionOf(plan: Plan, kind: ActionKind): Action | undefined {
  return plan.actions.find((a) => a.kind === kind);
}

// ---------------------------------------------------------------------------------------------------------------
// Each rule: a case where it fires and one where it must not

interface RuleRow extends PlanCase {
  name: string;
  kind: ActionKind;
  fires: boolean;
  /** What a fired action must say or be due. */
  due?: string;
  why?: RegExp[];
}

const RULES: RuleRow[] = [
  {
    name: "thank-you after any interview, due 24 hours after the end the notes give",
    kind: "thank-you",
    docs: [notes(STRONG)],
    fires: true,
    due: "2026-02-11T15:17:00-06:00",
    why: [/Tue 10 Feb/, /notes\.md/, /“We hung up at 3:17\.”/],
  },
  {
    name: "no thank-you once an offer settled the process",
    kind: "thank-you",
    docs: [
      notes(STRONG),
      email(
        "emails/02-offer.eml",
        RECRUITER,
        ME,
        "2026-02-10T16:00:00Z",
        "Offer of employment",
        "Hi Jordan,\n\nI'm delighted to confirm that we would like to offer you the role of Senior Designer.\n\nCarmen",
      ),
    ],
    fires: false,
  },
  {
    name: "status-check a week past a promised date",
    kind: "status-check",
    docs: [notes(STRONG)],
    needs: ["specific-next-steps"],
    fires: true,
    due: "2026-02-19T23:59:59-06:00",
    why: [/Thu 12 Feb/, /will email me by Thursday/, /notes\.md:7/, /a week past it/],
  },
  {
    name: "no status-check while a booked next round is still ahead",
    kind: "status-check",
    docs: [notes(BOOKED)],
    now: BOOKED_NOW,
    needs: ["next-round-booked"],
    fires: false,
  },
  {
    name: "prepare-next-round when a round is booked, due when it starts",
    kind: "prepare-next-round",
    docs: [notes(BOOKED)],
    now: BOOKED_NOW,
    needs: ["next-round-booked"],
    fires: true,
    due: "2026-02-10T10:00:00-06:00",
    why: [/Tue 10 Feb, 10:00/, /notes\.md:1/],
  },
  {
    name: "no prepare-next-round on a weak read with no round booked",
    kind: "prepare-next-round",
    docs: [notes(WEAK)],
    fires: false,
  },
  {
    name: "share-competing-offers on a strong read with an offer elsewhere",
    kind: "share-competing-offers",
    docs: [notes(`${STRONG}\nI have another offer from Northwind and they want an answer by Friday.\n`)],
    fires: true,
    due: "2026-02-11T20:00:00-06:00",
    why: [/another offer from Northwind/, /notes\.md:9/],
  },
  {
    name: "no share-competing-offers when the other process has no offer or deadline yet",
    kind: "share-competing-offers",
    docs: [
      notes(
        `${STRONG}\nI'm in the final stage with one other company, no offer yet, and no deadline so far.\n` +
          "She asked whether I have any other offers or deadlines.\n",
      ),
    ],
    fires: false,
  },
  {
    name: "no share-competing-offers on a weak read, offer or not",
    kind: "share-competing-offers",
    docs: [notes(`${WEAK}\nI have another offer from Northwind and they want an answer by Friday.\n`)],
    band: "weak",
    fires: false,
  },
  {
    name: "keep-salary-consistent when a recruiter writes to reconfirm salary after the interview",
    kind: "keep-salary-consistent",
    docs: [
      notes(STRONG),
      email(
        "emails/02-recruiter.eml",
        RECRUITER,
        ME,
        "2026-02-12T15:30:00Z",
        "Next steps",
        "Hi Jordan,\n\nCould we speak tomorrow? I'd like to reconfirm your interest and check that your compensation expectations are unchanged.\n\nCarmen",
      ),
    ],
    now: "2026-02-12T20:00:00-06:00",
    fires: true,
    why: [/compensation expectations are unchanged/, /emails\/02-recruiter\.eml/],
  },
  {
    name: "no keep-salary-consistent for pay asked about in the interview itself",
    kind: "keep-salary-consistent",
    docs: [notes(`${STRONG}\nShe asked what I make now and what range I'm looking for.\n`)],
    needs: ["compensation-discussed"],
    fires: false,
  },
  {
    name: "use-direct-contact when the interviewer gave a direct line",
    kind: "use-direct-contact",
    docs: [
      notes(
        `${STRONG}\nLuis gave me his business card and said to email him directly at luis.ortega@plant.example if I think of anything.\n`,
      ),
    ],
    needs: ["contact-shared"],
    fires: true,
    why: [/^Luis gave you a direct line \(luis\.ortega@plant\.example\)/, /business card/, /notes\.md:9/],
  },
  {
    name: "no use-direct-contact without a contact",
    kind: "use-direct-contact",
    docs: [notes(STRONG)],
    fires: false,
  },
  {
    name: "address-gap on a weak read: the point cut off and the negative signals",
    kind: "address-gap",
    docs: [notes(WEAK)],
    needs: ["cut-short"],
    fires: true,
    // 2pm and half an hour: the thank-you's due, 24 hours after 14:30.
    due: "2026-02-11T14:30:00-06:00",
    why: [/cannibalization result/, /notes\.md:3/, /cut short|ended early/i],
  },
  {
    name: "no address-gap on a strong read",
    kind: "address-gap",
    docs: [notes(`${STRONG}\nThe one thing I fumbled: the pricing question.\n`)],
    fires: false,
  },
];

describe("planFollowUps: each rule fires where it should and only there", () => {
  it.each(RULES)("$name", (row) => {
    const action = actionOf(planOf(row), row.kind);
    if (!row.fires) {
      expect(action).toBeUndefined();
      return;
    }
    expect(action).toBeDefined();
    if (row.due !== undefined) expect(action?.due).toBe(row.due);
    for (const re of row.why ?? []) expect(action?.why).toMatch(re);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The thank-you

describe("planFollowUps: a status check waits for the thank-you", () => {
  it("word promised for the same day as the interview is checked on only once the thank-you is due", () => {
    const invite: InviteDoc = {
      kind: "invite",
      source: "invite.ics",
      summary: "Quillmark Press: designer interview",
      start: "2026-02-13T20:00:00.000Z",
      end: "2026-02-13T21:00:00.000Z",
      attendees: [],
    };
    const plan = planOf({
      docs: [
        invite,
        notes("Fri 13 Feb. She said they will contact me by the end of today about the test.\n"),
      ],
      now: "2026-02-15T12:00:00-06:00",
      nudgeAfterDays: 0,
    });
    const thank = actionOf(plan, "thank-you");
    const status = actionOf(plan, "status-check");
    expect(thank?.due).toBeDefined();
    expect(status?.due).toBeDefined();
    expect(Date.parse(status?.due ?? "")).toBeGreaterThanOrEqual(Date.parse(thank?.due ?? ""));
    expect(status?.why).toContain("thanks come first");
  });
});

describe("planFollowUps: thank-you", () => {
  const invite: InviteDoc = {
    kind: "invite",
    source: "invite.ics",
    start: "2026-02-10T20:00:00.000Z",
    end: "2026-02-10T21:00:00.000Z",
    timeZone: "America/Chicago",
    organizer: INTERVIEWER,
    attendees: [INTERVIEWER, ME],
  };

  it("greets the invite's organizer, not a transcript's speaker label", () => {
    const transcript: Doc = {
      kind: "transcript",
      source: "call.vtt",
      format: "vtt",
      utterances: [
        { speaker: "Interviewer", text: "Thanks for joining. Tell me about the pilot.", start: 5, line: 1 },
        { speaker: "Jordan Lee", text: "We ran it with three clinics for a month.", start: 20, line: 2 },
      ],
    };
    const plan = planFollowUps({
      docs: [invite, transcript],
      analysis: analyzeInterview({ docs: [invite, transcript], now: NOW, me: "Jordan Lee" }),
      now: NOW,
    });
    expect(actionOf(plan, "thank-you")?.text?.split("\n")[0]).toBe("Hi Ines,");
  });

  it("is done once the candidate's thank-you email is in the inputs", () => {
    const plan = planOf({
      docs: [
        invite,
        notes(STRONG),
        email(
          "emails/01-thank-you.eml",
          ME,
          INTERVIEWER,
          "2026-02-10T23:30:00Z",
          "Thank you for today",
          "Hi Ines,\n\nThank you for the conversation this afternoon. I enjoyed hearing about the pilot.\n\nJordan",
        ),
      ],
    });
    const thankYou = actionOf(plan, "thank-you");
    expect(thankYou?.done).toBe(true);
    expect(thankYou?.why).toMatch(/Sent on Tue 10 Feb, 17:30 \(emails\/01-thank-you\.eml\)/);
    expect(thankYou?.text).toBeUndefined();
    // Done things go last.
    expect(plan.actions.at(-1)?.kind).toBe("thank-you");
  });

  it("is not done by a thank-you sent before this interview (an earlier round)", () => {
    const plan = planOf({
      docs: [
        invite,
        email(
          "emails/00-thank-you-round-1.eml",
          ME,
          INTERVIEWER,
          "2026-02-02T23:30:00Z",
          "Thank you for today",
          "Hi Ines,\n\nThank you for the conversation this afternoon.\n\nJordan",
        ),
      ],
    });
    expect(actionOf(plan, "thank-you")?.done).toBeUndefined();
  });

  it("is done when the notes say it was sent", () => {
    const plan = planOf({ docs: [notes(`${STRONG}\nSent a thank-you email that evening.\n`)] });
    const thankYou = actionOf(plan, "thank-you");
    expect(thankYou?.done).toBe(true);
    expect(thankYou?.why).toContain("notes.md:9");
  });

  it("is due 24 hours after the invite's end, and has a draft naming the interviewer", () => {
    const thankYou = actionOf(planOf({ docs: [invite, notes(STRONG)] }), "thank-you");
    expect(thankYou?.due).toBe("2026-02-11T15:00:00-06:00");
    expect(thankYou?.why).toContain("Tue 10 Feb, 15:00 (invite.ics)");
    expect(thankYou?.text).toMatch(/^Hi Ines,/);
  });

  it("ends at the invite's start plus the transcript's length when there are both", () => {
    const thankYou = actionOf(
      planOf({
        docs: [
          invite,
          {
            kind: "transcript",
            source: "transcript.vtt",
            format: "vtt",
            utterances: [
              { speaker: "Ines Carvalho", text: "Shall we start?", start: 5, end: 8, line: 3 },
              { speaker: "Jordan Lee", text: "Thanks, bye.", start: 4_680, end: 4_740, line: 90 },
            ],
          },
        ],
      }),
      "thank-you",
    );
    // 79 minutes from 14:00 local.
    expect(thankYou?.due).toBe("2026-02-11T15:19:00-06:00");
    expect(thankYou?.why).toContain("invite.ics start + the 79-minute transcript.vtt");
  });

  it("is due within a day of now when nothing says when the interview was", () => {
    const thankYou = actionOf(planOf({ docs: [notes("It went fine, I think.")] }), "thank-you");
    expect(thankYou?.due).toBe("2026-02-11T20:00:00-06:00");
    expect(thankYou?.why).toMatch(/do not say when the interview was/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Dates across a daylight-saving change

describe("planFollowUps: daylight saving", () => {
  // Sat 7 March 2026, 16:00-17:00 in Los Angeles (PST, -08:00); clocks go forward on Sun 8 March.
  const laInvite = (timeZone?: string): InviteDoc => ({
    kind: "invite",
    source: "invite.ics",
    start: "2026-03-08T00:00:00.000Z",
    end: "2026-03-08T01:00:00.000Z",
    ...(timeZone ? { timeZone } : {}),
    organizer: INTERVIEWER,
    attendees: [INTERVIEWER, ME],
  });
  const now = "2026-03-07T18:00:00-08:00";

  it("with the invite's IANA zone: the thank-you is due at 17:00 the next day, now -07:00", () => {
    const due = actionOf(planOf({ docs: [laInvite("America/Los_Angeles")], now }), "thank-you")?.due;
    expect(due).toBe("2026-03-08T17:00:00-07:00");
    // 23 hours later by the clock on the wall: the day was short.
    expect(Date.parse(due ?? "") - Date.parse("2026-03-08T01:00:00Z")).toBe(23 * 3_600_000);
  });

  it("with only the fixed offset of now: exactly 24 hours later, still written -08:00", () => {
    const due = actionOf(planOf({ docs: [laInvite()], now }), "thank-you")?.due;
    expect(due).toBe("2026-03-08T17:00:00-08:00");
    expect(Date.parse(due ?? "") - Date.parse("2026-03-08T01:00:00Z")).toBe(24 * 3_600_000);
  });

  it("a promised day after the change ends at 23:59:59 in the new offset, and so does the check after it", () => {
    const docs = [
      laInvite("America/Los_Angeles"),
      notes("Priya said I'd hear from her by Monday either way."),
    ];
    const plan = planOf({ docs, now, needs: ["specific-next-steps"] });
    expect(actionOf(plan, "status-check")?.due).toBe("2026-03-16T23:59:59-07:00");
    const onTheDay = planOf({ docs, now, nudgeAfterDays: 0 });
    expect(actionOf(onTheDay, "status-check")?.due).toBe("2026-03-09T23:59:59-07:00");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The status check

describe("planFollowUps: status check", () => {
  it(`--nudge-after 0 asks on the promised date; the default waits ${DEFAULT_NUDGE_AFTER_DAYS} days`, () => {
    const byDefault = actionOf(planOf({ docs: [notes(STRONG)] }), "status-check");
    const onTheDate = actionOf(planOf({ docs: [notes(STRONG)], nudgeAfterDays: 0 }), "status-check");
    const three = actionOf(planOf({ docs: [notes(STRONG)], nudgeAfterDays: 3 }), "status-check");
    expect(byDefault?.due).toBe("2026-02-19T23:59:59-06:00");
    expect(onTheDate?.due).toBe("2026-02-12T23:59:59-06:00");
    expect(three?.due).toBe("2026-02-15T23:59:59-06:00");
    expect(byDefault?.why).toMatch(/--nudge-after 0/);
    expect(onTheDate?.why).toMatch(/on the date itself/);
    expect(three?.why).toMatch(/3 days past it/);
  });

  it("a later statement overrules an earlier promise", () => {
    const plan = planOf({
      docs: [
        notes(STRONG),
        email(
          "emails/02-update.eml",
          RECRUITER,
          ME,
          "2026-02-12T16:00:00Z",
          "Update",
          "Hi Jordan,\n\nThe team is still meeting candidates. I'll update you on Tuesday.\n\nCarmen",
        ),
      ],
      now: "2026-02-12T20:00:00-06:00",
    });
    const check = actionOf(plan, "status-check");
    expect(check?.due).toBe("2026-02-24T23:59:59-06:00");
    expect(check?.why).toMatch(/Tue 17 Feb.*emails\/02-update\.eml/);
    expect(check?.text).toMatch(/^Hi Carmen,/);
  });

  it("with no date given, has no due date and names a fair wait of 10 working days after the interview", () => {
    const check = actionOf(planOf({ docs: [notes(WEAK)] }), "status-check");
    expect(check?.due).toBeUndefined();
    expect(check?.why).toMatch(/No date was given for word/);
    // Tue 10 Feb + 10 working days = Tue 24 Feb.
    expect(check?.why).toMatch(/10 working days after the interview \(notes\.md[^)]*\) \(Tue 24 Feb\)/);
  });

  it("refuses a nudge that is not a whole number of days", () => {
    const analysis = analyse([notes(STRONG)], NOW);
    expect(() => planFollowUps({ docs: [], analysis, now: NOW, nudgeAfterDays: -1 })).toThrow(RangeError);
    expect(() => planFollowUps({ docs: [], analysis, now: NOW, nudgeAfterDays: 1.5 })).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Outcomes settle the process

describe("planFollowUps: settled", () => {
  it.each([
    [
      "offer-made",
      "Offer of employment",
      "Hi Jordan,\n\nI'm delighted to confirm that we would like to offer you the role of Senior Designer.\n\nCarmen",
      /An offer was made \(emails\/03-outcome\.eml, Thu 12 Feb\)/,
    ],
    [
      "rejected",
      "Your application",
      "Dear Jordan,\n\nAfter careful consideration, we have decided not to progress your application further.\n\nCarmen",
      /will not go forward \(emails\/03-outcome\.eml, Thu 12 Feb\).*feedback/,
    ],
  ] as const)("%s: no actions, a note saying why and where", (outcome, subject, text, note) => {
    const plan = planOf({
      docs: [
        notes(STRONG),
        email("emails/03-outcome.eml", RECRUITER, ME, "2026-02-12T16:00:00Z", subject, text),
      ],
      now: "2026-02-12T20:00:00-06:00",
    });
    expect(plan.actions).toEqual([]);
    expect(plan.settled?.outcome).toBe(outcome);
    expect(plan.settled?.note).toMatch(note);
  });

  it("an outcome dated after now is not seen yet", () => {
    const plan = planOf({
      docs: [
        notes(STRONG),
        email(
          "emails/03-outcome.eml",
          RECRUITER,
          ME,
          "2026-02-20T16:00:00Z",
          "Offer",
          "Hi Jordan,\n\nWe would like to offer you the role.\n\nCarmen",
        ),
      ],
    });
    expect(plan.settled).toBeUndefined();
    expect(actionOf(plan, "thank-you")).toBeDefined();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Every action says what it rests on

describe("planFollowUps: every action explains itself", () => {
  it.each([
    ["strong", [notes(STRONG)]],
    ["weak", [notes(WEAK)]],
  ] as const)("%s case: each why names a file, each due is ISO with an offset", (_name, docs) => {
    const plan = planOf({ docs: [...docs] });
    expect(plan.actions.length).toBeGreaterThan(1);
    for (const a of plan.actions) {
      expect(a.why).toMatch(/notes\.md/);
      if (a.due !== undefined) expect(a.due).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    }
  });

  it("lists open dated actions by date, then undated ones", () => {
    const plan = planOf({
      docs: [notes(`${STRONG}\nShe gave me her card and said to email her directly with any questions.\n`)],
    });
    const kinds = plan.actions.map((a) => a.kind);
    expect(kinds.indexOf("thank-you")).toBeLessThan(kinds.indexOf("status-check"));
    expect(kinds.at(-1)).toMatch(/use-direct-contact|prepare-next-round/);
    const dues = plan.actions.flatMap((a) => (a.due ? [Date.parse(a.due)] : []));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });
});

describe("a process the candidate says is still open", () => {
  it("is not settled by a rejection in the mail", () => {
    const docs: Doc[] = [
      {
        kind: "notes",
        source: "notes.md",
        text: "Tue 3 Mar. Interview with Dana Reyes at Corvid Tools for the analyst role.",
      },
      {
        kind: "email",
        source: "no.eml",
        references: [],
        from: { name: "Corvid Careers", email: "careers@corvid.example" },
        to: [{ name: "Sam Lee", email: "sam@example.net" }],
        cc: [],
        date: "2026-03-04T10:00:00Z",
        subject: "Your application",
        text: "After careful consideration, we have decided not to move forward with your application.",
      },
    ];
    const now = "2026-03-05T12:00:00Z";
    const analysis = analyzeInterview({ docs, now, me: "Sam Lee" });
    expect(planFollowUps({ docs, analysis, now }).settled?.outcome).toBe("rejected");
    const open = planFollowUps({ docs, analysis, now, isOpen: true });
    expect(open.settled).toBeUndefined();
    expect(open.actions.length).toBeGreaterThan(0);
  });
});

describe("an invitation to interview, and nothing else", () => {
  const invitation = email(
    "invite.eml",
    INTERVIEWER,
    ME,
    "2026-02-09T09:00:00-06:00",
    "Interview invitation",
    "Hi Jordan,\n\nWe would like to invite you to an interview on Thursday 12 February at 10:00 with the data team.\n\nInes",
  );

  it("plans no thank-you before the interview, only preparing for it", () => {
    const docs = [invitation];
    const plan = planFollowUps({
      docs,
      analysis: analyzeInterview({ docs, now: NOW, me: "Jordan Lee" }),
      now: NOW,
    });
    expect(plan.actions.map((a) => a.kind)).not.toContain("thank-you");
    expect(plan.actions.map((a) => a.kind)).toContain("prepare-next-round");
  });

  it("plans the thank-you once the interview's day is past", () => {
    const later = "2026-02-13T09:00:00-06:00";
    const docs = [invitation];
    const plan = planFollowUps({
      docs,
      analysis: analyzeInterview({ docs, now: later, me: "Jordan Lee" }),
      now: later,
    });
    expect(plan.actions.map((a) => a.kind)).toContain("thank-you");
  });
});

describe("a process told by mail alone (made up)", () => {
  const booking = email(
    "booking.eml",
    RECRUITER,
    ME,
    "2026-02-02T09:00:00-06:00",
    "Interview Wednesday",
    "Hi Jordan,\n\nI'd like to set up an interview with Ines Carvalho, our Head of Data, on Wednesday 4 February at 10:00.\n\nCarmen",
  );
  const thanks = email(
    "thanks.eml",
    ME,
    INTERVIEWER,
    "2026-02-04T15:00:00-06:00",
    "Thank you for today",
    "Hi Ines,\n\nThank you for the interview this morning.\n\nJordan",
  );
  const round2 = email(
    "round2.eml",
    RECRUITER,
    ME,
    "2026-02-09T09:00:00-06:00",
    "Final round",
    "Hi Jordan,\n\nWe'd like to invite you to the final round on Tuesday 17 February at 13:00 with our CTO.\n\nCarmen",
  );

  it("greets the one the company's mail said the candidate would meet, not [name]", () => {
    const docs = [booking];
    const later = "2026-02-05T09:00:00-06:00";
    const plan = planFollowUps({
      docs,
      analysis: analyzeInterview({ docs, now: later, me: "Jordan Lee" }),
      now: later,
    });
    expect(actionOf(plan, "thank-you")?.text).toMatch(/^Hi Ines,/);
  });

  it("with the next round booked ahead, puts what was missed into that round, not into a status check", () => {
    const docs = [booking, thanks, round2];
    const plan = planFollowUps({
      docs,
      analysis: withBand(analyzeInterview({ docs, now: NOW, me: "Jordan Lee" }), "mixed"),
      now: NOW,
    });
    expect(plan.actions.map((a) => a.kind)).not.toContain("status-check");
    const why = actionOf(plan, "address-gap")?.why ?? "";
    expect(why).toMatch(/next round, Tue 17 Feb/);
    expect(why).not.toMatch(/status check/);
    // Mail alone gives no read of the interview to call mixed.
    expect(why).toMatch(/too little to read/);
  });
});
