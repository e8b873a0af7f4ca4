import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dueMatches,
  type ExpectedAdvice,
  type ExpectedFiling,
  mentionsTopic,
  scoreAdviceCase,
  scoreFiling,
  scoreMailbox,
  scorePlan,
} from "../scripts/advice-scores.js";
import { readAndAnalyze } from "../src/app/analyze-case.js";
import type { Plan } from "../src/core/plan/action.js";
import { buildTimeline } from "../src/core/timeline/build-timeline.js";
import { emlText as eml, icsText as ics } from "./mail-fixtures.js";

/**
 * The scoring behind eval's "Advice (eval/advice, written blind)" section, on one tiny made-up case folder
 * and one tiny made-up mailbox written here (never the set's own texts, whose figures are measured, not
 * asserted). Everyone and everything is made up, on .example domains.
 */

const ROBIN = "Robin Calder <robin.calder@fastmail.com>";
const MAREN = "Maren Osei <maren.osei@quillfeather.example>";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "debrief-advice-scores-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("dueMatches", () => {
  it("takes a due within an hour of the expected instant, whatever the offset", () => {
    expect(dueMatches("thank-you", "2026-03-04T11:00:00+01:00", "2026-03-04T10:45:00Z")).toBe(true);
    expect(dueMatches("thank-you", "2026-03-04T11:00:00+01:00", "2026-03-04T11:30:00Z")).toBe(false);
    expect(dueMatches("thank-you", "2026-03-04T11:00:00+01:00", undefined)).toBe(false);
  });
  it("takes a status check on the same calendar date in the label's offset", () => {
    expect(dueMatches("status-check", "2026-03-18T23:59:00-05:00", "2026-03-18T09:00:00-05:00")).toBe(true);
    // 02:00 UTC on the 19th is still the 18th in New York's winter offset.
    expect(dueMatches("status-check", "2026-03-18T23:59:00-05:00", "2026-03-19T02:00:00Z")).toBe(true);
    expect(dueMatches("status-check", "2026-03-18T23:59:00-05:00", "2026-03-19T09:00:00-05:00")).toBe(false);
  });
});

describe("mentionsTopic", () => {
  const draft = "Thank you for walking me through the warehouse robots and the night shifts.";
  it("needs every word of the topic, small words and asides aside, plurals either way", () => {
    expect(mentionsTopic(draft, "the night shift")).toBe(true);
    expect(mentionsTopic(draft, "warehouse robot (she showed me)")).toBe(true);
    expect(mentionsTopic(draft, "night shift pay")).toBe(false);
  });
  it("reads 'x / y' as either side only when asked", () => {
    expect(mentionsTopic(draft, "robots / salary")).toBe(false);
    expect(mentionsTopic(draft, "robots / salary", true)).toBe(true);
  });
});

describe("a tiny case folder", () => {
  const expected: ExpectedAdvice = {
    now: "2026-03-04T15:00:00+00:00",
    settled: null,
    actions: [
      { kind: "thank-you", due: "2026-03-05T11:00:00+00:00", done: false },
      { kind: "status-check", due: "2026-03-20T23:59:00+00:00", done: false },
      // Not booked in the inputs: a label the plan cannot meet, so one expected action is missed.
      { kind: "prepare-next-round", due: "2026-03-24T10:00:00+00:00", done: false },
    ],
    draft_must_not_mention: ["salary", "spring catalogue / pay"],
  };
  let folder: string;
  beforeAll(async () => {
    folder = join(dir, "case");
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, "notes.md"),
      [
        "# Quillfeather Press: production editor, first interview",
        "",
        "Interview with Maren Osei, the managing editor, for an hour on video.",
        "We talked about the spring catalogue and how proofs move between the designers and print.",
        "She said they will let me know by Friday 13 March.",
        "",
      ].join("\n"),
    );
    await writeFile(
      join(folder, "invite.ics"),
      ics({
        summary: "Quillfeather Press: production editor interview",
        start: "20260304T100000Z",
        end: "20260304T110000Z",
        organizer: MAREN,
        attendees: [ROBIN],
      }),
    );
  });

  it("is read, planned and drafted as debrief analyze does, and scored", async () => {
    expect(await scoreAdviceCase(folder, expected)).toEqual({
      cases: 1,
      settledRight: 1,
      expectedActions: 3,
      found: 2,
      dated: 3,
      dueRight: 2,
      undated: 0,
      undatedRight: 0,
      doneRight: 2,
      extra: 0,
      otherKinds: 1,
      contradictions: 0,
      casesContradicting: 0,
      drafts: 2,
      draftsFailing: 0,
      draftsMentioning: 0,
      draftsMentioningEither: 0,
    });
  });

  it("counts what a wrong plan gets wrong", async () => {
    const { analysis, docs } = await readAndAnalyze([folder], { now: expected.now });
    const timeline = buildTimeline({ docs, analysis, now: expected.now });
    const plan: Plan = {
      actions: [
        {
          kind: "thank-you",
          due: "2026-03-05T11:30:00Z", // within the hour
          done: true, // wrong
          why: "24 hours after the interview ended (invite.ics).",
          // A placeholder where the name is known; the catalogue, but not "pay".
          text: "Hi [name],\n\nI enjoyed hearing about the spring catalogue.\n\nBest regards,\nRobin",
        },
        {
          kind: "status-check",
          due: "2026-03-21T09:00:00Z", // the day after
          why: "No date for word is in the inputs.", // two contradictions: the draft and the notes name one
          text: "Hi Maren,\n\nI understood there would be an update by Friday, March 13, so I am writing to ask.\n\nBest regards,\nRobin",
        },
        { kind: "status-check", due: "2026-03-27T09:00:00Z", why: "Again." }, // extra
        { kind: "share-competing-offers", why: "Say so if another offer comes." }, // a kind not labelled
      ],
    };
    const template: Plan = { actions: plan.actions.map(({ text: _, ...a }) => a) };
    const labels: ExpectedAdvice = {
      ...expected,
      settled: "rejected",
      actions: [...expected.actions.slice(0, 2), { kind: "prepare-next-round", due: null, done: false }],
    };
    expect(scorePlan(labels, plan, timeline, template, { ranLong: false })).toEqual({
      cases: 1,
      settledRight: 0,
      expectedActions: 3,
      found: 2,
      dated: 2,
      dueRight: 1,
      undated: 1,
      undatedRight: 0,
      doneRight: 1,
      extra: 1,
      otherKinds: 1,
      contradictions: 2,
      casesContradicting: 1,
      drafts: 2,
      draftsFailing: 1,
      draftsMentioning: 0,
      draftsMentioningEither: 1,
    });
  });
});

describe("scoreFiling", () => {
  const labels: ExpectedFiling = {
    applications: [
      { company: "Quillfeather Press", message_ids: ["<q1@x>", "<q2@x>", "<q3@x>"] },
      { company: "Tallowmere", message_ids: ["<t1@x>", "<t2@x>"] },
      { company: "Brackenfold", message_ids: ["<b1@x>"] },
    ],
    not_filed: ["<n1@x>", "<n2@x>"],
  };
  it("matches each process to one application, biggest first, and counts strays", () => {
    const filed = new Map([
      [1, ["<Q1@X>", "q2@x"]], // Quillfeather, less one message; ids compared without brackets or case
      [2, ["<q3@x>", "<n1@x>"]], // the rest of Quillfeather, with a newsletter: a stray
      [3, ["<t1@x>", "<t2@x>", "<b1@x>"]], // Tallowmere whole, but Brackenfold merged into it
    ]);
    expect(scoreFiling(labels, filed)).toEqual({
      processes: 3,
      processesWhole: 0,
      messages: 6,
      messagesRight: 4,
      filedNotExpected: 1,
      applications: 3,
      strayApplications: 1,
    });
  });
  it("gives full marks to the filing the labels describe", () => {
    const filed = new Map(labels.applications.map((a, i) => [i + 1, a.message_ids]));
    expect(scoreFiling(labels, filed)).toMatchObject({
      processesWhole: 3,
      messagesRight: 6,
      filedNotExpected: 0,
      strayApplications: 0,
    });
  });
});

describe("a tiny mailbox", () => {
  it("is filed by debrief add into a fresh workspace and scored", async () => {
    const invite = {
      from: MAREN,
      to: ROBIN,
      subject: "Interview invitation: production editor at Quillfeather Press",
      date: "Mon, 02 Mar 2026 09:00:00 +0000",
      id: "invite-1@quillfeather.example",
      body: "Hi Robin,\n\nThank you for applying for the production editor role at Quillfeather Press. We would like to invite you to an interview on Wednesday 4 March at 10:00 by video.\n\nBest,\nMaren Osei\nManaging Editor, Quillfeather Press",
    };
    const confirm = {
      from: ROBIN,
      to: MAREN,
      subject: "Re: Interview invitation: production editor at Quillfeather Press",
      date: "Mon, 02 Mar 2026 11:00:00 +0000",
      id: "confirm-1@fastmail.com",
      inReplyTo: invite.id,
      body: "Hi Maren,\n\nThank you, Wednesday at 10:00 works well. I look forward to it.\n\nBest,\nRobin",
    };
    const thanks = {
      from: ROBIN,
      to: MAREN,
      subject: "Thank you for today",
      date: "Wed, 04 Mar 2026 15:00:00 +0000",
      id: "thanks-1@fastmail.com",
      inReplyTo: confirm.id,
      body: "Hi Maren,\n\nThank you for the interview today. I enjoyed hearing about the spring catalogue.\n\nBest,\nRobin",
    };
    const newsletter = {
      from: "Inkwell Weekly <news@inkwell-weekly.example>",
      to: ROBIN,
      subject: "This week in publishing: 12 new roles",
      date: "Thu, 05 Mar 2026 07:00:00 +0000",
      id: "issue-88@inkwell-weekly.example",
      body: "This week: twelve new roles in publishing, a column on proofreading, and our events.\n\nUnsubscribe at any time.",
    };
    const friend = {
      from: "Sam Ferreira <sam.ferreira@gmail.com>",
      to: ROBIN,
      subject: "how did it go??",
      date: "Wed, 04 Mar 2026 19:00:00 +0000",
      id: "CAfriend1@mail.gmail.com",
      body: "Hey! How did the Quillfeather interview go? Drinks on Friday?\n\nSam",
    };
    const text = [invite, confirm, thanks, friend, newsletter]
      .map((m) => {
        let body = eml(m).replace(/\r\n/g, "\n");
        if (m === newsletter)
          body = body.replace(
            "MIME-Version:",
            "List-Unsubscribe: <mailto:leave@inkwell-weekly.example>\nMIME-Version:",
          );
        return `From x@mbox Thu Mar  5 10:00:00 2026\n${body}\n`;
      })
      .join("");
    const path = join(dir, "tiny.mbox");
    await writeFile(path, text);
    const labels: ExpectedFiling = {
      applications: [
        {
          company: "Quillfeather Press",
          message_ids: [invite.id, confirm.id, thanks.id].map((id) => `<${id}>`),
        },
      ],
      not_filed: [`<${newsletter.id}>`, `<${friend.id}>`],
    };
    // The friend's mail that names the company is left out: mail among people's own mailboxes, outside any
    // filed thread, is personal (the judgment call eval/advice/README.md describes).
    expect(await scoreMailbox(path, labels)).toEqual({
      processes: 1,
      processesWhole: 1,
      messages: 3,
      messagesRight: 3,
      filedNotExpected: 0,
      applications: 1,
      strayApplications: 0,
    });
  });
});
