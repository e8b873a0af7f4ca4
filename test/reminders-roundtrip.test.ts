import ical from "node-ical";
import { describe, expect, it } from "vitest";
import type { Action, Plan } from "../src/core/plan/action.js";
import { formatReminders, reminderUid } from "../src/core/plan/format-reminders.js";
import { parseIcs } from "../src/ingest/parse-ics.js";

/*
 * The reminders file read back by two readers: node-ical (what many tools use) and our own invite
 * reader. Each event must come back with the instant, summary and description the plan gave it.
 */

const NOW = "2026-02-03T18:45:00-08:00";
const TITLE = "Pinecrest Labs — Señor Backend Engineer";

const timed: (Action & { due: string })[] = [
  {
    kind: "thank-you",
    due: "2026-02-04T16:00:00-08:00",
    why: "24 hours after the interview ended (invite.ics); name Rafael, mention the ingestion layer",
    text:
      "Hi Rafael,\n\nThank you for today — I enjoyed the deep dive into the ingestion layer; the " +
      "back-pressure question was a good one. Looking forward to meeting Zoë (CTO) on Tuesday 🚀.\n\nBest,\nJordan",
  },
  {
    kind: "prepare-next-round",
    due: "2026-02-09T10:00:00-08:00",
    why: 'The CTO round is Tue 10 Feb, 10:00; review: queues, idempotency; C:\\work\\design.md, "the 1:18 call"',
  },
  {
    kind: "status-check",
    // After the US change to daylight saving time (8 Mar 2026).
    due: "2026-03-10T09:30:00-07:00",
    why: "Rafael said a decision within 2–3 weeks; résumé sent 3 Feb. 見てください",
    text: "Hi Rafael, any news on the role? Ça me ferait plaisir d'en parler. 🙏",
  },
  {
    kind: "use-direct-contact",
    due: "2026-02-12T08:00:00+05:30",
    why: "Rafael gave his address: rafael@pinecrestlabs.example",
  },
];

const allDay: Action & { due: string } = {
  kind: "share-competing-offers",
  due: "2026-02-20",
  why: "Another offer expires on 20 Feb; tell them before then",
};

const plan: Plan = {
  actions: [
    ...timed,
    allDay,
    { kind: "keep-salary-consistent", why: "You said $185k; keep to it" },
    { kind: "address-gap", due: "2026-02-05T12:00:00-08:00", why: "already done", done: true },
  ],
};

const summaries: Record<string, string> = {
  "thank-you": "Debrief: send the thank-you note",
  "prepare-next-round": "Debrief: prepare for the next round",
  "status-check": "Debrief: ask where things stand",
  "use-direct-contact": "Debrief: follow up with your direct contact",
  "share-competing-offers": "Debrief: tell them about your other offers",
};

const descriptionOf = (a: Action) => (a.text ? `${a.why}\n\nText to send:\n${a.text}` : a.why);

const ics = formatReminders(plan, { now: NOW, title: TITLE });

function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && "val" in value && typeof value.val === "string") {
    return value.val;
  }
  return undefined;
}

describe("the reminders file, read back", () => {
  it("node-ical reads every dated, open action with its instant, summary, description and alarm", () => {
    const parsed = ical.sync.parseICS(ics);
    const events = Object.values(parsed).filter(
      (c): c is ical.VEvent => typeof c === "object" && c !== null && c.type === "VEVENT",
    );
    expect(events).toHaveLength(timed.length + 1);
    for (const action of timed) {
      const uid = reminderUid(action, { title: TITLE });
      const event = events.find((e) => e.uid === uid);
      expect(event, `${action.kind}: no event with UID ${uid}`).toBeDefined();
      if (event === undefined) continue;
      expect(event.start.getTime(), action.kind).toBe(Date.parse(action.due));
      expect(event.end?.getTime(), action.kind).toBe(Date.parse(action.due) + 30 * 60_000);
      expect(textOf(event.summary)).toBe(summaries[action.kind]);
      expect(textOf(event.description)).toBe(descriptionOf(action));
      expect(event.alarms).toHaveLength(1);
      expect(event.alarms?.[0]?.action).toBe("DISPLAY");
      expect(event.alarms?.[0]?.trigger).toBe("-PT30M");
    }
    const day = events.find((e) => e.uid === reminderUid(allDay, { title: TITLE }));
    expect(day?.datetype).toBe("date");
    expect(textOf(day?.summary)).toBe(summaries[allDay.kind]);
    expect(textOf(day?.description)).toBe(allDay.why);
    expect(parsed.vcalendar?.method).toBe("PUBLISH");
  });

  it("our own invite reader reads the same events, times as UTC instants", () => {
    const result = parseIcs(ics, "reminders.ics");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    const docs = result.value;
    expect(docs).toHaveLength(timed.length + 1);
    for (const action of timed) {
      const doc = docs.find((d) => d.start === new Date(action.due).toISOString());
      expect(doc, `${action.kind}: no event starting at ${action.due}`).toBeDefined();
      expect(doc?.end).toBe(new Date(Date.parse(action.due) + 30 * 60_000).toISOString());
      expect(doc?.summary).toBe(summaries[action.kind]);
      expect(doc?.description).toBe(descriptionOf(action));
    }
    const day = docs.find((d) => d.start === "2026-02-20T00:00:00.000Z");
    expect(day?.end).toBe("2026-02-21T00:00:00.000Z");
    expect(day?.summary).toBe(summaries[allDay.kind]);
    expect(day?.description).toBe(allDay.why);
  });

  it("node-ical misreads an escaped backslash before n: the file is right, the reader is not", () => {
    // Known limitation of node-ical 0.26 (and so of parseIcs, which takes its text from node-ical):
    // it unescapes \n before \\, so "C:\\notes" comes back as "C:\" + newline + "otes".
    const why = "see C:\\notes";
    const text = formatReminders(
      { actions: [{ kind: "thank-you", due: "2026-02-04T16:00:00Z", why }] },
      { now: NOW },
    );
    expect(text).toContain("DESCRIPTION:see C:\\\\notes\r\n");
    const [event] = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === "VEVENT");
    expect(textOf(event && "description" in event ? event.description : undefined)).toBe("see C:\\\notes");
  });

  it("an empty plan reads back as a calendar with no events", () => {
    const empty = formatReminders({ actions: [] }, { now: NOW });
    const parsed = ical.sync.parseICS(empty);
    expect(Object.values(parsed).filter((c) => c?.type === "VEVENT")).toHaveLength(0);
    const ours = parseIcs(empty, "empty.ics");
    expect(ours.ok && ours.value).toEqual([]);
  });
});
