import { describe, expect, it } from "vitest";
import { analyzeInterview } from "../read/analyze-interview.js";

// Mail made up for these tests.
function idsInMail(text: string): string[] {
  return analyzeInterview({
    docs: [
      {
        kind: "email",
        source: "reply.eml",
        from: { name: "Dana Whitcroft", email: "dana@harbourline.example" },
        to: [{ name: "Applicant", email: "applicant@example.org" }],
        cc: [],
        references: [],
        subject: "Re: Thursday",
        text,
        date: "2026-05-01T10:00:00Z",
      },
    ],
    now: "2026-05-02T12:00:00Z",
    me: "Applicant",
  }).signals.map((s) => s.id);
}

describe("a day or a meeting called off is no rejection", () => {
  it.each([
    "So sorry, I've just heard that tomorrow can't go ahead either; the board moved its meeting.",
    "Unfortunately the site visit will not go ahead on Thursday. I'll send new times.",
  ])("%s", (text) => {
    expect(idsInMail(text)).not.toContain("rejected");
  });
  it("while the candidacy not going ahead still is", () => {
    expect(idsInMail("Unfortunately we will not be moving forward with your application.")).toContain(
      "rejected",
    );
  });
});
