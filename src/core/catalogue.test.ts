import { describe, expect, it } from "vitest";
import { analyzeInterview } from "./read/analyze-interview.js";
import type { SignalId } from "./signals/signal.js";

/*
 * Letters from companies, read across signals. Each signal's own examples are beside its module,
 * in signals/<id>.test.ts.
 */

function idsFromMail(text: string): SignalId[] {
  return analyzeInterview({
    docs: [
      {
        kind: "email",
        source: "reply.eml",
        from: { name: "Acme Recruiting", email: "jobs@acme.example" },
        to: [{ name: "Sam Okafor", email: "sam@mail.example" }],
        cc: [],
        references: [],
        subject: "Your application",
        date: "2026-05-20T10:00:00Z",
        text,
      },
    ],
    me: "Sam Okafor",
    now: "2026-06-01T12:00:00Z",
  }).signals.map((s) => s.id);
}

/*
 * Rejection letters as companies write them, and the near misses: a rejection is never an offer,
 * and someone else's accepted offer is not yours.
 */
const LETTERS: { text: string; is: SignalId[]; isNot: SignalId[] }[] = [
  {
    text: "Unfortunately you weren't selected for this role, but we appreciate your interest and hope you will continue to explore our opportunities.",
    is: ["rejected"],
    isNot: ["offer-made"],
  },
  {
    text: "Although we were impressed by your skills, we are unable to offer you a position at this time.",
    is: ["rejected"],
    // A letdown's politeness is not praise of your answers.
    isNot: ["offer-made", "positive-feedback"],
  },
  {
    text: "This morning we had a candidate accept an offer for this role, and we will be closing the position.",
    is: ["rejected"],
    isNot: ["offer-made"],
  },
  {
    text: "We were able to finalize our interviews and make our final selection for this role with a different candidate.",
    is: ["rejected"],
    isNot: [],
  },
  {
    text: "After careful consideration, we have determined that the credentials of other candidates may better fit our needs.",
    is: ["rejected"],
    isNot: [],
  },
  {
    text: "Unfortunately, you have not been selected to interview for this position.",
    is: ["rejected"],
    isNot: [],
  },
  {
    text: "We regret that we cannot respond individually to each application we receive.",
    is: [],
    isNot: ["rejected"],
  },
  {
    text: "We are pleased to offer you the position of Software Engineer.",
    is: ["offer-made"],
    isNot: ["rejected"],
  },
  { text: "We will be closing the role for applications on Friday.", is: [], isNot: ["rejected"] },
];

describe("letters from companies", () => {
  it.each(LETTERS)("$text", ({ text, is, isNot }) => {
    const ids = idsFromMail(text);
    for (const id of is) expect(ids).toContain(id);
    for (const id of isNot) expect(ids).not.toContain(id);
  });
});
