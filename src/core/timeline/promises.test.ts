import { describe, expect, it } from "vitest";
import type { EmailDoc } from "../read/documents.js";
import { isSystemNotice, type Promised, standingPromise } from "./promises.js";
import type { Mail } from "./timeline-mail.js";

function mail(from: string, date: string, extra: Partial<EmailDoc> = {}): EmailDoc {
  return {
    kind: "email",
    source: `emails/${date}.eml`,
    references: [],
    from: { email: from },
    to: [{ email: "wren.castellane@fastmail.example" }],
    cc: [],
    date,
    subject: "Your application",
    text: "An update on your application.",
    ...extra,
  };
}

function boxOf(docs: EmailDoc[]): Mail {
  return { mail: docs, isCandidate: () => false, who: { names: [], addresses: [] } };
}

const PROMISE: Promised = {
  saidMs: Date.parse("2026-11-10T16:00:00Z"),
  due: "2026-11-20T23:59:59+00:00",
  quote: "They'll decide by Friday 20 November.",
  where: "notes.md:4",
  source: "notes.md",
};

describe("standingPromise", () => {
  it("lapses once a person at the company has written after its date", () => {
    const box = boxOf([mail("mabel.ortiz@brisk.example", "2026-11-23T09:00:00Z")]);
    expect(standingPromise([PROMISE], box)).toBeUndefined();
  });

  it("stands after a system's notice: a no-reply sender, or a message marked automatic", () => {
    expect(standingPromise([PROMISE], boxOf([mail("no-reply@ats.example", "2026-11-23T07:00:00Z")]))).toBe(
      PROMISE,
    );
    const marked = mail("careers@brisk.example", "2026-11-23T07:00:00Z", { isAutomatic: true });
    expect(standingPromise([PROMISE], boxOf([marked]))).toBe(PROMISE);
  });

  it("is none where the last word names no day ('in a few days'), though an earlier one did", () => {
    const vague: Promised = {
      ...PROMISE,
      saidMs: Date.parse("2026-11-12T10:00:00Z"),
      due: "2026-11-17T23:59:59+00:00",
      quote: "Mabel says they'll be in touch in a few days.",
      isVague: true,
    };
    expect(standingPromise([PROMISE, vague], boxOf([]))).toBeUndefined();
    // Said at the same moment, the day named stands.
    expect(standingPromise([PROMISE, { ...vague, saidMs: PROMISE.saidMs }], boxOf([]))).toBe(PROMISE);
  });
});

describe("isSystemNotice", () => {
  it.each([
    ["no-reply@myworkday.example", true],
    ["donotreply@talent.example", true],
    ["notifications@portal.example", true],
    ["mabel.ortiz@brisk.example", false],
    ["careers@brisk.example", false],
  ])("%s: %s", (address, expected) => {
    expect(isSystemNotice(mail(address, "2026-11-23T07:00:00Z"))).toBe(expected);
  });
});
